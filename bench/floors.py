"""The floors: the least work anyone could do for the same result on the same input.

- raw ``tesseract IMG - -l LANGS`` with ``OMP_THREAD_LIMIT=1``, per page (a scanned PDF page as
  the same image docpipe renders): no OCR pipeline beats it without reading less;
- pdfplumber alone, ``extract_text`` of each page of a born-digital PDF;
- the standard library's e-mail parser alone on a mail;
- process start-up: bare Python, a process that only imports docpipe and loads the model, and,
  for comparison, ``docpipe --help`` and ``docpipe process`` of one tiny file.

``floor_ratios`` sets each docpipe run beside the floor measured right before or after it.
"""

from __future__ import annotations

import email
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from email import policy
from pathlib import Path
from typing import Any

import pdfplumber

from bench import REPO_ROOT
from bench.corpus import Item
from bench.stages import ItemRun, summary

OCR_KINDS = ("scanned_page", "receipt_photo")
PDF_KINDS = ("born_digital_pdf", "einvoice", "mail_pdf")
MODEL_LOAD_SNIPPET = (
    "from pipeline.settings import Settings\n"
    "from workers.context import configure_process, load_classifier\n"
    "configure_process()\n"
    "load_classifier(Settings())\n"
)


@dataclass(frozen=True)
class FloorRun:
    """The floors of one item: seconds per page (tesseract, pdfplumber) and for a mail's parse."""

    kind: str
    name: str
    tesseract_s: tuple[float, ...] = ()
    pdfplumber_page_s: tuple[float, ...] = ()
    pdfplumber_total_s: float | None = None  # open and every page: the per-file floor
    email_parse_s: float | None = None


def run_floors(item: Item, languages: str, *, with_tesseract: bool = True) -> FloorRun:
    """Every floor that applies to ``item`` (raw tesseract only when ``with_tesseract``)."""
    images = item.floor_images if with_tesseract else ()
    tesseract = tuple(tesseract_seconds(image, languages) for image in images)
    page_s: tuple[float, ...] = ()
    total: float | None = None
    if item.floor_pdf is not None:
        total, pages = pdfplumber_seconds(item.floor_pdf)
        page_s = tuple(pages)
    parse = email_parse_seconds(item.path) if item.path.suffix == ".eml" else None
    return FloorRun(item.kind, item.name, tesseract, page_s, total, parse)


def tesseract_seconds(image: Path, languages: str) -> float:
    """Wall time of one raw ``tesseract IMG - -l LANGS`` run on one thread."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    start = time.perf_counter()
    done = subprocess.run(
        ["tesseract", str(image), "-", "-l", languages],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"tesseract failed on {image.name}: {done.stderr.decode(errors='replace')}")
    return elapsed


def pdfplumber_seconds(pdf: Path) -> tuple[float, list[float]]:
    """pdfplumber alone: the whole file (open and every page) and ``extract_text`` per page."""
    start = time.perf_counter()
    pages: list[float] = []
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            page_start = time.perf_counter()
            page.extract_text()
            pages.append(time.perf_counter() - page_start)
            page.close()
    return time.perf_counter() - start, pages


def email_parse_seconds(path: Path) -> float:
    """The standard library parsing a mail and decoding every part: the floor of mail extraction."""
    data = path.read_bytes()
    start = time.perf_counter()
    message = email.message_from_bytes(data, policy=policy.default)
    for part in message.walk():
        if not part.is_multipart():
            part.get_payload(decode=True)
    return time.perf_counter() - start


def startup_floors(model_dir: Path | None, *, repeats: int) -> dict[str, Any]:
    """Process start-up, interleaved: bare Python, model load alone, ``docpipe`` CLI."""
    runs: dict[str, list[float]] = {
        "python_bare": [],
        "model_load": [],
        "docpipe_help": [],
        "docpipe_process_one": [],
    }
    docpipe = docpipe_command()
    with tempfile.TemporaryDirectory(prefix="docpipe-bench-start-") as tmp:
        scratch = Path(tmp)
        tiny = scratch / "hello.txt"
        tiny.write_text("Hello, this is a short note for the benchmark.\n", encoding="utf-8")
        for repeat in range(repeats):
            data_dir = scratch / f"data-{repeat}"
            env = docpipe_env(data_dir, model_dir)
            runs["python_bare"].append(_wall([sys.executable, "-c", "pass"], env))
            runs["model_load"].append(_wall([sys.executable, "-c", MODEL_LOAD_SNIPPET], env))
            runs["docpipe_help"].append(_wall([*docpipe, "--help"], env))
            runs["docpipe_process_one"].append(_wall([*docpipe, "process", str(tiny)], env))
    return {
        "model": str(model_dir) if model_dir else None,
        "note": None if model_dir else "no model: model_load only imports docpipe and finds none",
        "median_s": {name: statistics.median(values) for name, values in runs.items()},
        "runs_s": runs,
    }


def docpipe_command() -> list[str]:
    """The ``docpipe`` console script of this interpreter's environment."""
    script = Path(sys.executable).with_name("docpipe")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "workers.cli"]


def docpipe_env(data_dir: Path, model_dir: Path | None) -> dict[str, str]:
    """The environment of a docpipe process over a scratch data dir (and the model measured)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOCPIPE_")}
    env["DOCPIPE_DATA_DIR"] = str(data_dir)
    env["DOCPIPE_DATABASE_URL"] = f"sqlite:///{(data_dir / 'docpipe.db').resolve()}"
    env["DOCPIPE_CONFIG"] = str(data_dir / "no-config.toml")  # no docpipe.toml of the working tree
    for name in ("DOCPIPE_OCR_LANGUAGES", "DOCPIPE_DEVICE", "DOCPIPE_TORCH_THREADS"):
        if name in os.environ:
            env[name] = os.environ[name]
    if model_dir is not None:
        env["DOCPIPE_MODEL_DIR"] = str(model_dir)
    return env


def _wall(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=REPO_ROOT, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command[:3])} exited {done.returncode}: {done.stderr.decode(errors='replace')[-500:]}"
        )
    return elapsed


def floor_ratios(runs: Sequence[ItemRun], floors: Sequence[FloorRun]) -> dict[str, Any]:
    """docpipe against its floors, item by item and page by page, measured side by side.

    Where an item ran more than once (``--passes``), each side counts its fastest run: the least
    disturbed by whatever else the machine was doing.
    """
    pages: list[dict[str, Any]] = []
    pdf: dict[str, list[tuple[float, float]]] = {}
    mail: list[tuple[float, float]] = []
    for (kind, name), (mine, theirs) in _pairs(runs, floors).items():
        extract = min(run.seconds["extract"] for run in mine)
        pages.extend(_ocr_pages(kind, name, extract, mine, theirs))
        totals = [f.pdfplumber_total_s for f in theirs if f.pdfplumber_total_s and f.pdfplumber_page_s]
        if kind in PDF_KINDS and totals:
            count = len(theirs[0].pdfplumber_page_s)
            pdf.setdefault(kind, []).append((extract / count, min(totals) / count))
        parses = [f.email_parse_s for f in theirs if f.email_parse_s]
        if parses and kind in ("mail_plain", "mail_pdf"):
            mail.append((extract, min(parses)))
    return {
        "ocr": {kind: _ocr_summary([p for p in pages if p["kind"] == kind]) for kind in OCR_KINDS},
        "ocr_pages": pages,
        "pdf_text": {
            kind: {
                "docpipe_extract_per_page_s": summary(d for d, _ in pairs),
                "pdfplumber_per_page_s": summary(f for _, f in pairs),
                "ratio": summary(d / f for d, f in pairs),
            }
            for kind, pairs in pdf.items()
        },
        "pdfplumber_extract_text_per_page_s": summary(s for f in floors for s in f.pdfplumber_page_s),
        "mail_parse": {
            "docpipe_extract_s": summary(d for d, _ in mail),
            "stdlib_parse_s": summary(f for _, f in mail),
            "ratio": summary(d / f for d, f in mail),
        },
    }


def _pairs(
    runs: Sequence[ItemRun], floors: Sequence[FloorRun]
) -> dict[tuple[str, str], tuple[list[ItemRun], list[FloorRun]]]:
    paired: dict[tuple[str, str], tuple[list[ItemRun], list[FloorRun]]] = {}
    for run in runs:
        paired.setdefault((run.kind, run.name), ([], []))[0].append(run)
    for floor in floors:
        if (floor.kind, floor.name) in paired:
            paired[(floor.kind, floor.name)][1].append(floor)
    return {key: pair for key, pair in paired.items() if pair[1]}


def _ocr_pages(
    kind: str, name: str, extract: float, mine: list[ItemRun], theirs: list[FloorRun]
) -> list[dict[str, Any]]:
    """Per page: docpipe's extract time (image preparation included) and OCR call against tesseract."""
    count = len(theirs[0].tesseract_s)
    pages = []
    for index in range(count):
        tesseract = min(f.tesseract_s[index] for f in theirs if index < len(f.tesseract_s))
        calls = [run.ocr_calls[index] for run in mine if index < len(run.ocr_calls)]
        call = min(calls, key=lambda c: c.seconds) if calls else None
        prepared = extract / count
        pages.append(
            {
                "kind": kind,
                "item": name,
                "page": index + 1,
                "passes": len(mine),
                "docpipe_extract_s": prepared,
                "docpipe_ocr_call_s": call.seconds if call else None,
                "image": [call.width, call.height] if call else None,
                "tesseract_s": tesseract,
                "ratio": prepared / tesseract,
                "ratio_ocr_call": call.seconds / tesseract if call else None,
            }
        )
    return pages


def _ocr_summary(pages: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "ratio": summary(p["ratio"] for p in pages),
        "ratio_ocr_call": summary(p["ratio_ocr_call"] for p in pages if p["ratio_ocr_call"]),
        "docpipe_page_s": summary(p["docpipe_extract_s"] for p in pages),
        "tesseract_page_s": summary(p["tesseract_s"] for p in pages),
    }
