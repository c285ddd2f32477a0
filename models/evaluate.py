"""Score a classifier on a labelled folder: accuracy, macro-F1, per-class scores, confusion matrix.

Texts come from the pipeline's extraction stage (through :mod:`models.dataset` and its cache), so
the classifier sees what it sees when documents are processed.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console

from models.dataset import SHARED_TRAIN_FRACTION, FailedFile, Split, label_order, load_corpus
from models.metrics import (
    ClassificationMetrics,
    compute_metrics,
    confusion_table,
    expected_calibration_error,
    scores_table,
)
from pipeline.classify import Classifier
from pipeline.options import ExtractOptions


@dataclass(frozen=True)
class Mistake:
    """One document the classifier got wrong."""

    source: str
    true: str
    predicted: str
    confidence: float


@dataclass
class EvalReport:
    """How a classifier did on a labelled folder; JSON-serialisable through :meth:`to_dict`."""

    folder: str
    model_version: str
    split: str | None  # None: every labelled document
    metrics: ClassificationMetrics
    mean_confidence: float
    expected_calibration_error: float
    seconds_per_document: float
    review_threshold: float | None = None
    below_threshold: int = 0  # documents that would go to review
    accuracy_above_threshold: float | None = None
    failed: list[FailedFile] = field(default_factory=list)  # unreadable: not scored
    mistakes: list[Mistake] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable form."""
        return asdict(self)


def evaluate_classifier(
    folder: Path,
    classifier: Classifier,
    *,
    split: Split | None = None,
    options: ExtractOptions | None = None,
    review_threshold: float | None = None,
    progress: bool = False,
    cache_dir: Path | None = None,
    shared_fraction: float = SHARED_TRAIN_FRACTION,
) -> EvalReport:
    """Classify every labelled document in ``folder`` (or one split of it) and score the answers.

    ``cache_dir``: where to keep extracted texts; default next to the labels files.
    ``shared_fraction``: the train share of expected.jsonl rows (see :func:`models.dataset.read_labels`).
    """
    corpus = load_corpus(
        folder,
        options,
        splits=(split,) if split else None,
        progress=progress,
        cache_dir=cache_dir,
        shared_fraction=shared_fraction,
    )
    examples = corpus.examples
    started = time.perf_counter()
    predictions = classifier.classify([e.text for e in examples])
    seconds = time.perf_counter() - started
    truth = [e.label for e in examples]
    predicted = [p.category for p in predictions]
    confidences = [p.confidence for p in predictions]
    correct = [t == p for t, p in zip(truth, predicted, strict=True)]
    above = [
        ok
        for ok, c in zip(correct, confidences, strict=True)
        if review_threshold is None or c >= review_threshold
    ]
    return EvalReport(
        folder=str(folder),
        model_version=classifier.model_version,
        split=split,
        metrics=compute_metrics(truth, predicted, label_order(truth + predicted)),
        mean_confidence=sum(confidences) / len(confidences) if confidences else 0.0,
        expected_calibration_error=expected_calibration_error(confidences, correct),
        seconds_per_document=seconds / len(examples) if examples else 0.0,
        review_threshold=review_threshold,
        below_threshold=len(examples) - len(above),
        accuracy_above_threshold=sum(above) / len(above) if above else None,
        failed=corpus.failed,
        mistakes=[
            Mistake(e.source, e.label, p.category, round(p.confidence, 4))
            for e, p, ok in zip(examples, predictions, correct, strict=True)
            if not ok
        ],
    )


def render_report(report: EvalReport, console: Console, *, max_mistakes: int = 20) -> None:
    """Print the report as rich tables: scores per class, confusion matrix, then the worst mistakes."""
    m = report.metrics
    where = f"{report.folder} (split {report.split})" if report.split else report.folder
    console.print(f"model [bold]{report.model_version}[/] on {where}: {m.count} documents")
    console.print(scores_table(m, title="scores"))
    console.print(confusion_table(m))
    console.print(
        f"accuracy {m.accuracy:.4f}, macro-F1 {m.macro_f1:.4f}, "
        f"mean confidence {report.mean_confidence:.3f}, ECE {report.expected_calibration_error:.4f}, "
        f"{report.seconds_per_document * 1000:.1f} ms per document"
    )
    if report.review_threshold is not None:
        kept = m.count - report.below_threshold
        accuracy = (
            f"{report.accuracy_above_threshold:.4f}" if report.accuracy_above_threshold is not None else "-"
        )
        console.print(
            f"below the review threshold {report.review_threshold}: {report.below_threshold}; "
            f"accuracy of the other {kept}: {accuracy}"
        )
    for miss in sorted(report.mistakes, key=lambda x: -x.confidence)[:max_mistakes]:
        console.print(f"  wrong: {miss.source}: {miss.true} -> {miss.predicted} ({miss.confidence:.2f})")
    if report.failed:
        console.print(f"[yellow]{len(report.failed)} files could not be read and were not scored:[/]")
        for item in report.failed[:max_mistakes]:
            console.print(f"  {item.source}: {item.error}")
