"""Per-stage timing of the embedded mode: the real ``process_tree`` with a timer on every stage.

The stage functions ``pipeline.process`` calls (``extract_text``, ``detect_language``,
``classify_texts``, ``extract_document_fields``, ``review_reasons``, ``check_supplier``,
``route_document``) and ``ocr_image`` inside the PDF and image extractors are wrapped for the
duration of a run, so what runs is exactly ``process_document`` over a real SQLite database; each
stage is charged its own time (a stage called inside another is not counted twice). OCR is the
share of ``extract`` spent in ``ocr_image``; ``load`` is reading the row and the blob before the
stages, ``persist`` the transaction after them, ``other`` what is left of the end-to-end time.
"""

from __future__ import annotations

import functools
import importlib
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.corpus import KINDS, Item
from models.fields.extractor import fields_registry, use_scorer
from models.registry import ModelRegistry
from pipeline.classify import Classifier
from pipeline.ingest import ingest_bytes
from pipeline.process import PipelineDeps, process_tree
from pipeline.settings import Settings

STAGES = (
    "ingest",
    "load",
    "extract",
    "ocr",
    "language",
    "classify",
    "fields",
    "validate",
    "route",
    "persist",
    "other",
)
# (module, function, stage). ``document`` and ``analyse`` frame the stages; they are not stages.
# A stage may be reached under more than one name while the pipeline evolves (``ocr_image``,
# ``ocr_page``): every name found is timed, and a stage none of whose names exists is reported.
PROBES = (
    ("pipeline.process", "process_document", "document"),
    ("pipeline.process", "analyse", "analyse"),
    ("pipeline.process", "extract_text", "extract"),
    ("pipeline.extract.pdf", "ocr_image", "ocr"),
    ("pipeline.extract.pdf", "ocr_page", "ocr"),
    ("pipeline.extract.image", "ocr_image", "ocr"),
    ("pipeline.extract.image", "ocr_page", "ocr"),
    ("pipeline.process", "detect_language", "language"),
    ("pipeline.process", "classify_texts", "classify"),
    ("pipeline.process", "extract_document_fields", "fields"),
    ("pipeline.process", "review_reasons", "validate"),
    ("pipeline.process", "check_supplier", "validate"),
    ("pipeline.process", "route_document", "route"),
)


@dataclass(frozen=True)
class OcrCall:
    """One ``ocr_image`` call: its time and the size of the image docpipe handed to Tesseract."""

    seconds: float
    width: int
    height: int


@dataclass
class _Frame:
    stage: str
    start: float
    nested: float = 0.0
    analyse_start: float | None = None


@dataclass
class StageRecorder:
    """Seconds per stage for the item being run, and what the probes saw."""

    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    ocr_calls: list[OcrCall] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # every text handed to the classifier, all items
    installed: list[str] = field(default_factory=list)  # module.function names being timed
    missing: list[str] = field(default_factory=list)  # stages none of whose functions exists
    _stack: list[_Frame] = field(default_factory=list)

    def reset(self) -> None:
        """Start a new item (the classifier texts are kept for the batched measurement)."""
        self.seconds = defaultdict(float)
        self.ocr_calls = []

    def wrap(self, stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
        """``function`` with its time charged to ``stage``."""

        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            frame = _Frame(stage, time.perf_counter())
            self._stack.append(frame)
            try:
                return function(*args, **kwargs)
            finally:
                end = time.perf_counter()
                self._stack.pop()
                self._close(frame, end, args)

        return timed

    def _close(self, frame: _Frame, end: float, args: tuple[Any, ...]) -> None:
        total = end - frame.start
        parent = self._stack[-1] if self._stack else None
        if frame.stage == "ocr":  # a share of extract: not taken out of it
            self.seconds["ocr"] += total
            image = args[0] if args else None
            self.ocr_calls.append(OcrCall(total, getattr(image, "width", 0), getattr(image, "height", 0)))
            return
        if parent is not None:
            parent.nested += total
        own = total - frame.nested
        if frame.stage == "document":
            load = (frame.analyse_start - frame.start) if frame.analyse_start is not None else own
            self.seconds["load"] += load
            self.seconds["persist"] += own - load
        elif frame.stage == "analyse":
            if parent is not None:
                parent.analyse_start = frame.start
        else:
            self.seconds[frame.stage] += own
            if frame.stage == "classify" and args:
                self.texts.extend(str(text) for text in args[0])


@contextmanager
def instrument(recorder: StageRecorder) -> Iterator[StageRecorder]:
    """Install the stage timers for the duration of the block; the originals come back after."""
    installed: list[tuple[Any, str, Any]] = []
    try:
        for module_name, name, stage in PROBES:
            module = importlib.import_module(module_name)
            original = getattr(module, name, None)
            if callable(original) and not isinstance(original, type):
                setattr(module, name, recorder.wrap(stage, original))
                installed.append((module, name, original))
                recorder.installed.append(f"{module_name}.{name}")
        timed = {
            stage for module_name, name, stage in PROBES if f"{module_name}.{name}" in recorder.installed
        }
        recorder.missing = sorted({stage for _m, _n, stage in PROBES} - timed)
        yield recorder
    finally:
        for module, name, original in reversed(installed):
            setattr(module, name, original)


@dataclass(frozen=True)
class ItemRun:
    """One item through the embedded pipeline: seconds per stage and end to end."""

    kind: str
    name: str
    pages: int
    end_to_end: float
    seconds: dict[str, float]
    ocr_calls: tuple[OcrCall, ...]
    statuses: tuple[str, ...]


def run_item(item: Item, deps: PipelineDeps, recorder: StageRecorder) -> ItemRun:
    """Ingest one file and process it (and its attachments) as ``docpipe process`` does."""
    recorder.reset()
    start = time.perf_counter()
    data = item.path.read_bytes()
    ingested = ingest_bytes(
        deps.sessions, deps.store, data, source="cli", source_ref=str(item.path), filename=item.name
    )
    ingested_at = time.perf_counter()
    if ingested.is_duplicate:
        raise RuntimeError(f"{item.name} is a duplicate in the benchmark database: reused bytes")
    outcomes = process_tree(ingested.document_id, deps)
    end = time.perf_counter()
    seconds = {stage: recorder.seconds.get(stage, 0.0) for stage in STAGES}
    seconds["ingest"] = ingested_at - start
    accounted = sum(value for stage, value in seconds.items() if stage not in ("ocr", "other"))
    seconds["other"] = max(0.0, (end - start) - accounted)
    return ItemRun(
        kind=item.kind,
        name=item.name,
        pages=item.pages,
        end_to_end=end - start,
        seconds=seconds,
        ocr_calls=tuple(recorder.ocr_calls),
        statuses=tuple(outcome.status for outcome in outcomes),
    )


def resolve_model_dir() -> Path | None:
    """The model a run measures: ``DOCPIPE_MODEL_DIR``, else the registry's current one, else None."""
    settings = Settings()
    return settings.model_dir or ModelRegistry(settings.registry_dir).current()


def resolve_field_scorer() -> Path | None:
    """The field scorer a run reads fields with: the user's current one, else None (the rules)."""
    return fields_registry(Settings()).current()


def bench_settings(data_dir: Path, model_dir: Path | None, *, workers: int = 0) -> Settings:
    """Embedded-mode settings over a scratch data dir and SQLite file, never the user's database;
    the fields are read with the user's current field scorer, where one is trained (as the pipeline
    reads them), else with the rules."""
    settings = Settings(
        data_dir=data_dir,
        database_url=f"sqlite:///{(data_dir / 'docpipe.db').resolve()}",
        broker_url=None,
        model_dir=model_dir,
        workers=workers,
    )
    scorer = resolve_field_scorer()
    if scorer is not None and fields_registry(settings).current() is None:
        use_scorer(settings, scorer)
    return settings


def measure_classification(
    classifier: Classifier | None, texts: Sequence[str], *, repeats: int = 3, batch: int = 64
) -> dict[str, Any]:
    """Classification per document, batched (``batch`` texts at once) and one by one, on this process."""
    if classifier is None:
        return {"model": None, "note": "no model"}
    if not texts:
        return {"model": classifier.model_version, "note": "no texts reached the classifier"}
    pool = [texts[i % len(texts)] for i in range(max(batch, len(texts)))][:batch]
    classifier.classify(pool[:2])  # first call: lazy kernels, allocator
    batched = []
    for _ in range(repeats):
        start = time.perf_counter()
        classifier.classify(pool)
        batched.append((time.perf_counter() - start) / len(pool))
    single = []
    for text in pool[: min(len(pool), 16)]:
        start = time.perf_counter()
        classifier.classify([text])
        single.append(time.perf_counter() - start)
    return {
        "model": classifier.model_version,
        "batch": len(pool),
        "per_doc_batched_s": statistics.median(batched),
        "per_doc_single_s": statistics.median(single),
    }


def summary(values: Iterable[float]) -> dict[str, Any]:
    """n, median, p95 (linear interpolation), min and max of ``values``; None figures when empty."""
    data = sorted(values)
    if not data:
        return {"n": 0, "median": None, "p95": None, "min": None, "max": None}
    return {
        "n": len(data),
        "median": statistics.median(data),
        "p95": percentile(data, 95),
        "min": data[0],
        "max": data[-1],
    }


def percentile(sorted_values: Sequence[float], pct: float) -> float:
    """The ``pct`` percentile of already sorted values, linearly interpolated."""
    position = (len(sorted_values) - 1) * pct / 100
    low = int(position)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (position - low)


def kind_summaries(runs: Sequence[ItemRun]) -> dict[str, Any]:
    """Per kind: median and p95 of every stage and of end to end over every run, in seconds."""
    out: dict[str, Any] = {}
    for kind in KINDS:
        mine = [run for run in runs if run.kind == kind]
        if not mine:
            continue
        statuses: dict[str, int] = {}
        for run in mine:
            for status in run.statuses:
                statuses[status] = statuses.get(status, 0) + 1
        out[kind] = {
            "items": len({run.name for run in mine}),
            "n_runs": len(mine),
            "stages": {stage: summary(run.seconds[stage] for run in mine) for stage in STAGES},
            "end_to_end": summary(run.end_to_end for run in mine),
            "extract_per_page": summary(run.seconds["extract"] / run.pages for run in mine if run.pages),
            "statuses": statuses,
            "runs": [
                {"item": run.name, "pages": run.pages, "end_to_end_s": run.end_to_end, "seconds": run.seconds}
                for run in mine
            ],
        }
    return out
