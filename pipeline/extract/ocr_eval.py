"""``docpipe eval DIR --ocr``: does the OCR text hold the labelled values, and at what cost in time?

For every image and scanned PDF listed in ``DIR/expected.jsonl`` (or a synthetic corpus's
``labels.jsonl``, one split of it with ``--split``): the share of labelled field
values (total, invoice date, invoice number, supplier name) that appear in the text docpipe's OCR
reads, after normalisation (amounts by their digits, whatever the decimal separator; dates by
value, in the forms documents print; names case- and space-insensitively), and the OCR time per
page next to the plain ``tesseract PAGE - -l LANGUAGES`` command (one thread) on the same page,
the two measured back to back, page by page, in the same run.
"""

from __future__ import annotations

import json
import math
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PIL import Image
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from pipeline.errors import DocumentError, LimitExceededError
from pipeline.labelled import label_file, missing_labels, read_label_rows
from pipeline.options import ExtractOptions
from pipeline.validation.dates import find_dates

FIELDS = ("total", "invoice_date", "invoice_number", "supplier_name")
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff"})
STEPS_VARIABLE = "DOCPIPE_OCR_STEPS"  # preparation steps to measure instead of the default

# Numeric dates with any separator and stray spaces OCR puts around it, not glued to other digits.
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2}) ?([./-]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})(?!\d)")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?!\d)")


# --- matching -------------------------------------------------------------------------------


def amount_in_text(label: str, text: str) -> bool:
    """Whether the amount ``label`` ("1234.50") is printed in ``text``.

    Found as ``1234.50``, ``1234,50``, ``1,234.50``, ``1.234,50``, ``1 234.50``, ``RM1234.50`` or
    ``-1234.50``; not inside a longer number (``11234.50``, ``1234.505``).
    """
    try:
        value = abs(Decimal(label.strip()))
    except InvalidOperation:
        return False
    whole, _, cents = f"{value:.2f}".partition(".")
    groups = [whole[max(0, end - 3) : end] for end in range(len(whole), 0, -3)][::-1]
    pattern = r"(?<![\d.,])" + r"[.,' ]?".join(groups) + r"[.,]" + cents + r"(?!\d)"
    return re.search(pattern, text) is not None


def dates_in_text(text: str) -> set[date]:
    """Every date ``text`` may print: numeric both day-first and month-first, ISO and with month names."""
    found: set[date] = set()
    for match in _NUMERIC_DATE.finditer(text):
        first, second, year = int(match[1]), int(match[3]), _year(match[4])
        found.update(d for d in (_date(year, second, first), _date(year, first, second)) if d)
    for match in _ISO_DATE.finditer(text):
        found.update(d for d in (_date(int(match[1]), int(match[3]), int(match[4])),) if d)
    for day_first in (True, False):
        found.update(m.value for m in find_dates(text, day_first=day_first))
    return found


def date_in_text(label: str, text: str) -> bool:
    """Whether the ISO date ``label`` is printed in ``text`` in any of the usual forms."""
    try:
        return date.fromisoformat(label.strip()) in dates_in_text(text)
    except ValueError:
        return False


def name_in_text(label: str, text: str) -> bool:
    """Whether ``label`` appears in ``text``, ignoring case and all whitespace."""
    wanted = _squash(label)
    return bool(wanted) and wanted in _squash(text)


def field_in_text(name: str, label: str, text: str) -> bool:
    """Whether the labelled value of field ``name`` appears in ``text``."""
    if name == "total":
        return amount_in_text(label, text)
    if name == "invoice_date":
        return date_in_text(label, text)
    return name_in_text(label, text)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def _year(text: str) -> int:
    year = int(text)
    return year + (2000 if year < 70 else 1900) if len(text) == 2 else year


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# --- the report -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PageTime:
    """One page read by docpipe and by the raw command, back to back."""

    seconds: float  # docpipe's OCR, wall clock, preparation included
    raw_seconds: float  # tesseract PAGE - -l LANGUAGES, one thread
    cpu_seconds: float  # CPU time of the same, Tesseract's included
    raw_cpu_seconds: float

    @property
    def ratio(self) -> float:
        return self.seconds / self.raw_seconds if self.raw_seconds > 0 else math.inf

    @property
    def cpu_ratio(self) -> float:
        return self.cpu_seconds / self.raw_cpu_seconds if self.raw_cpu_seconds > 0 else math.inf


@dataclass
class FileResult:
    """One labelled file: which values its OCR text holds, and its pages' times."""

    file: str
    found: dict[str, bool] = field(default_factory=dict)  # labelled fields only
    pages: list[PageTime] = field(default_factory=list)
    skipped: str | None = None  # why it was not scored: a text layer, an unreadable file
    error: str | None = None  # OCR failed (time limit): scored with an empty text
    text: str = ""


@dataclass
class OcrEvalReport:
    """What ``evaluate_ocr`` found; JSON-serialisable through :meth:`to_dict`."""

    folder: str
    languages: str
    files: list[FileResult]
    steps: tuple[str, ...] | None = None  # preparation steps measured; None: the default

    def field_counts(self) -> dict[str, tuple[int, int]]:
        """(found, labelled) per field, over the scored files."""
        counts = {name: [0, 0] for name in FIELDS}
        for result in self.files:
            for name, hit in result.found.items():
                counts[name][0] += hit
                counts[name][1] += 1
        return {name: (found, labelled) for name, (found, labelled) in counts.items() if labelled}

    def page_times(self) -> list[PageTime]:
        return [page for result in self.files for page in result.pages]

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data: per-file rows, per-field recall, time ratios."""
        times = self.page_times()
        fields = {
            name: {"found": found, "labelled": labelled, "recall": round(found / labelled, 4)}
            for name, (found, labelled) in self.field_counts().items()
        }
        counts = self.field_counts().values()
        found, labelled = sum(f for f, _ in counts), sum(n for _, n in counts)
        return {
            "folder": self.folder,
            "languages": self.languages,
            "steps": list(self.steps) if self.steps is not None else "default",
            "files": [_file_row(result) for result in self.files],
            "fields": fields,
            "all_fields": {"found": found, "labelled": labelled, "recall": _share(found, labelled)},
            "pages": len(times),
            "time": _time_summary(times),
        }


def _file_row(result: FileResult) -> dict[str, Any]:
    row = asdict(result)
    row.pop("text")
    row["pages"] = [
        {**asdict(page), "ratio": round(page.ratio, 3), "cpu_ratio": round(page.cpu_ratio, 3)}
        for page in result.pages
    ]
    return row


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _time_summary(times: list[PageTime]) -> dict[str, float | None]:
    if not times:
        return {key: None for key in ("median_ratio", "max_ratio", "median_cpu_ratio", "max_cpu_ratio")}
    ratios = [t.ratio for t in times]
    cpu = [t.cpu_ratio for t in times]
    return {
        "median_ratio": round(statistics.median(ratios), 3),
        "max_ratio": round(max(ratios), 3),
        "median_cpu_ratio": round(statistics.median(cpu), 3),
        "max_cpu_ratio": round(max(cpu), 3),
        "seconds": round(sum(t.seconds for t in times), 2),
        "raw_seconds": round(sum(t.raw_seconds for t in times), 2),
    }


# --- measuring ------------------------------------------------------------------------------


def evaluate_ocr(
    folder: Path,
    *,
    languages: str,
    options: ExtractOptions | None = None,
    on_file: Callable[[str], None] | None = None,
    split: str | None = None,
) -> OcrEvalReport:
    """Read every image and scanned PDF of ``folder``'s expected.jsonl and score the OCR text.

    ``options`` carries the limits and preparation steps (its languages are replaced by
    ``languages``); ``on_file`` is called after each file (progress). A file whose OCR fails
    (time limit) is scored with an empty text. Born-digital PDFs are not
    OCRed and are listed as skipped. ``split``: only the rows of that split. Raises
    FileNotFoundError without ``expected.jsonl`` or ``labels.jsonl``.
    """
    options = replace(options or ExtractOptions(), ocr_languages=languages)
    _warm_up()
    results = []
    for row in _labels(folder, split):
        results.append(_evaluate_file(folder / row["file"], row.get("fields") or {}, options))
        if on_file:
            on_file(row["file"])
    return OcrEvalReport(folder=str(folder), languages=languages, files=results, steps=options.ocr_steps)


def _warm_up() -> None:
    """Load once what a worker process loads once (the language model, OpenCV), before any timing."""
    from pipeline.extract.ocr import text_language
    from pipeline.extract.prepare import prepare_page

    text_language("This invoice is payable within thirty days of its date. " * 2, ["eng", "nld"])
    prepare_page(Image.new("L", (64, 64), 255))


def _labels(folder: Path, split: str | None = None) -> Iterator[dict[str, Any]]:
    for row in read_label_rows(folder):
        suffix = Path(row["file"]).suffix.lower()
        if (suffix in IMAGE_SUFFIXES or suffix == ".pdf") and split in (None, row.get("split")):
            yield row


def _evaluate_file(path: Path, labels: dict[str, Any], options: ExtractOptions) -> FileResult:
    result = FileResult(file=path.name)
    text, pages = "", list[PageTime]()
    try:
        data = path.read_bytes()
        if path.suffix.lower() == ".pdf":
            text, pages = _read_pdf(path, data, options)
            if not pages:
                result.skipped = "text layer: not OCRed"
                return result
        else:
            text, pages = _read_image(path, data, options)
    except LimitExceededError as exc:
        result.error = str(exc)
    except (OSError, DocumentError) as exc:
        result.skipped = f"unreadable: {exc}"
        return result
    result.text, result.pages = text, pages
    result.found = {name: field_in_text(name, str(labels[name]), text) for name in FIELDS if labels.get(name)}
    return result


def _read_image(path: Path, data: bytes, options: ExtractOptions) -> tuple[str, list[PageTime]]:
    """The image file through extract_image and through the raw command; per-page times."""
    from pipeline.extract.image import extract_image

    holder: dict[str, Any] = {}

    def ours() -> None:
        holder["extraction"] = extract_image(data, options)

    total = _paired(ours, [path], options.ocr_languages, first=_first_of(path.name))
    extraction = holder["extraction"]
    count = max(1, len(extraction.pages))
    page = PageTime(*(value / count for value in total))
    return extraction.text, [page] * count


def _read_pdf(path: Path, data: bytes, options: ExtractOptions) -> tuple[str, list[PageTime]]:
    """A PDF through extract_pdf, as production reads it, and its scanned pages through the raw command.

    Which pages production OCRs is told first by extract_pdf without any OCR time (text layers
    only). Production's time covers the whole file (text layers, rendering, OCR), the raw
    command's the scanned pages rendered as pdf.py renders them; both are spread over those pages.
    """
    import pypdfium2 as pdfium

    from pipeline.extract.pdf import extract_pdf

    scanned = _scanned_pages(data, options)
    if not scanned:
        return "", []
    holder: dict[str, Any] = {}

    def ours() -> None:
        holder["extraction"] = extract_pdf(data, options)

    with tempfile.TemporaryDirectory(prefix="docpipe-ocr-eval-") as tmp:
        document = pdfium.PdfDocument(data)
        try:
            images = [Path(tmp) / f"page-{index + 1}.png" for index in scanned]
            for index, image in zip(scanned, images, strict=True):
                _render(document, index, options).save(image)
        finally:
            document.close()
        total = _paired(ours, images, options.ocr_languages, first=_first_of(path.name))
    per_page = PageTime(*(value / len(scanned) for value in total))
    return holder["extraction"].text, [per_page] * len(scanned)


def _scanned_pages(data: bytes, options: ExtractOptions) -> list[int]:
    """0-based numbers of the pages extract_pdf OCRs: those its text layers leave to OCR."""
    import pypdfium2 as pdfium

    from pipeline.extract.pdf import extract_pdf

    no_ocr_time = replace(options, limits=replace(options.limits, ocr_seconds_per_page=0.0))
    try:
        layers = extract_pdf(data, no_ocr_time)
    except LimitExceededError:  # every page needs OCR (a page limit is raised again below)
        document = pdfium.PdfDocument(data)
        try:
            return list(range(len(document)))
        finally:
            document.close()
    return [index for index, page in enumerate(layers.pages) if page.method == "ocr"]


def _render(document: Any, index: int, options: ExtractOptions) -> Any:
    """Page ``index`` rendered as pdf.py renders pages for OCR (``ocr_dpi``, within the pixel limit)."""
    page = document[index]
    try:
        width, height = page.get_size()
        scale = options.ocr_dpi / 72
        area = max(width * height, 1.0)
        if area * scale * scale > options.limits.max_image_pixels:
            scale = math.sqrt(options.limits.max_image_pixels / area)
        return page.render(scale=scale, grayscale=True).to_pil()
    finally:
        page.close()


def _first_of(name: str) -> bool:
    return sum(name.encode()) % 2 == 0  # alternate which of the two runs first, file by file


def _paired(ours: Callable[[], None], pages: list[Path], languages: str, *, first: bool) -> tuple[float, ...]:
    """(seconds, raw seconds, CPU seconds, raw CPU seconds): docpipe and the raw command, back to back."""

    def raw_command() -> None:
        for page in pages:
            _raw_tesseract(page, languages)

    if first:
        mine = _timed(ours)
        raw = _timed(raw_command)
    else:
        raw = _timed(raw_command)
        mine = _timed(ours)
    return mine[0], raw[0], mine[1], raw[1]


def _timed(call: Callable[[], None]) -> tuple[float, float]:
    """Wall and CPU seconds of ``call``, CPU of this process and of the children it waited for."""
    start_wall, start_cpu = time.perf_counter(), _cpu()
    call()
    return time.perf_counter() - start_wall, _cpu() - start_cpu


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _raw_tesseract(path: Path, languages: str) -> None:
    """The reference: ``tesseract PAGE - -l LANGUAGES`` with one thread, its text thrown away."""
    subprocess.run(
        ["tesseract", str(path), "-", "-l", languages],
        check=True,
        capture_output=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )


def _steps(value: str | None) -> tuple[str, ...] | None:
    """Preparation steps from ``DOCPIPE_OCR_STEPS``; None (the default steps) when unset or empty.

    Raises ValueError naming an unknown step.
    """
    from pipeline.extract.prepare import STEPS

    if not value or not value.strip():
        return None
    if value.strip() == "none":
        return ()
    steps = tuple(name.strip() for name in value.split(",") if name.strip())
    unknown = [name for name in steps if name not in STEPS]
    if unknown:
        known = ", ".join(STEPS)
        raise ValueError(f"unknown step(s) in {STEPS_VARIABLE}: {', '.join(unknown)}; known: {known}")
    return steps


# --- showing ----------------------------------------------------------------------------------


def render_ocr_report(report: OcrEvalReport, console: Console) -> None:
    """Print the report: one row per file, then recall per field and the time ratios."""
    steps = "default steps" if report.steps is None else "steps: " + (", ".join(report.steps) or "none")
    table = Table(title=f"OCR on {report.folder} ({report.languages}; {steps})")
    table.add_column("file")
    for name in FIELDS:
        table.add_column(name)
    table.add_column("pages", justify="right")
    table.add_column("s/page", justify="right")
    table.add_column("raw s/page", justify="right")
    table.add_column("ratio", justify="right")
    for result in report.files:
        if result.skipped:
            table.add_row(result.file, *([""] * len(FIELDS)), "", "", "", f"[dim]{result.skipped}[/]")
            continue
        marks = [
            ("[green]yes[/]" if result.found[name] else "[red]no[/]") if name in result.found else ""
            for name in FIELDS
        ]
        pages = result.pages
        table.add_row(
            result.file,
            *marks,
            str(len(pages)),
            f"{sum(p.seconds for p in pages) / len(pages):.2f}",
            f"{sum(p.raw_seconds for p in pages) / len(pages):.2f}",
            f"{statistics.median(p.ratio for p in pages):.2f}",
        )
    console.print(table)
    for name, (found, labelled) in report.field_counts().items():
        console.print(f"{name}: {found}/{labelled} ({100 * found / labelled:.1f}%) in the OCR text")
    summary = report.to_dict()["time"]
    if summary["median_ratio"] is not None:
        console.print(
            f"time vs raw tesseract per page: median {summary['median_ratio']:.2f}x, "
            f"max {summary['max_ratio']:.2f}x (CPU: median {summary['median_cpu_ratio']:.2f}x, "
            f"max {summary['max_cpu_ratio']:.2f}x) over {len(report.page_times())} pages"
        )


def ocr_eval_command(folder: Path, *, as_json: bool, languages: str, split: str | None = None) -> int:
    """``docpipe eval DIR --ocr [--json] [--split S]``: 0 when measured, 2 without labels in ``DIR``.

    ``DOCPIPE_OCR_STEPS`` (comma-separated ``prepare.STEPS`` names, ``none`` for none) measures
    other preparation steps than the default: how the per-step table in prepare.py was made.
    """
    console = Console(stderr=as_json)
    if label_file(folder) is None:
        Console(stderr=True).print(f"[red]{missing_labels(folder)}[/]")
        return 2
    try:
        options = ExtractOptions(ocr_steps=_steps(os.environ.get(STEPS_VARIABLE)))
    except ValueError as exc:
        Console(stderr=True).print(f"[red]{exc}[/]")
        return 2
    rows = sum(1 for _ in _labels(folder, split))
    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("OCR", total=rows)
        report = evaluate_ocr(
            folder, languages=languages, options=options, on_file=lambda _: bar.advance(task), split=split
        )
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
    else:
        render_ocr_report(report, console)
    return 0


__all__ = [
    "FIELDS",
    "OcrEvalReport",
    "amount_in_text",
    "date_in_text",
    "evaluate_ocr",
    "field_in_text",
    "name_in_text",
    "ocr_eval_command",
    "render_ocr_report",
]
