"""Classification metrics in plain Python: accuracy, macro-F1, per-class scores, confusion matrix.

Conventions (as scikit-learn's with ``zero_division=0``): a class never predicted has precision 0,
a class with no true items has recall 0, and F1 is 0 when precision + recall is 0. Macro averages
run over the ``labels`` passed in; by default the labels that occur in the truth or the predictions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from rich import box
from rich.table import Table

if TYPE_CHECKING:
    import numpy as np
    import torch


@dataclass(frozen=True)
class ClassScores:
    """Precision, recall and F1 of one class, and how many true items it has."""

    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class ClassificationMetrics:
    """Scores of a set of predictions against the truth."""

    labels: list[str]
    count: int
    accuracy: float
    macro_precision: float
    macro_recall: float
    macro_f1: float
    per_class: dict[str, ClassScores]
    confusion: list[list[int]]  # confusion[i][j]: true labels[i] predicted as labels[j]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable form."""
        return asdict(self)


def compute_metrics(
    y_true: Sequence[str], y_pred: Sequence[str], labels: Sequence[str] | None = None
) -> ClassificationMetrics:
    """Accuracy, macro and per-class precision/recall/F1 and the confusion matrix.

    Items whose true or predicted label is not in ``labels`` count toward accuracy but not toward
    the per-class scores or the matrix.
    """
    if len(y_true) != len(y_pred):
        raise ValueError(f"{len(y_true)} true labels but {len(y_pred)} predictions")
    names = list(labels) if labels is not None else sorted(set(y_true) | set(y_pred))
    index = {name: i for i, name in enumerate(names)}
    confusion = [[0] * len(names) for _ in names]
    for truth, pred in zip(y_true, y_pred, strict=True):
        if truth in index and pred in index:
            confusion[index[truth]][index[pred]] += 1
    per_class: dict[str, ClassScores] = {}
    for i, name in enumerate(names):
        tp = confusion[i][i]
        predicted = sum(row[i] for row in confusion)
        support = sum(1 for truth in y_true if truth == name)
        precision = _ratio(tp, predicted)
        recall = _ratio(tp, support)
        f1 = _ratio(2 * precision * recall, precision + recall)
        per_class[name] = ClassScores(precision, recall, f1, support)
    correct = sum(1 for truth, pred in zip(y_true, y_pred, strict=True) if truth == pred)
    return ClassificationMetrics(
        labels=names,
        count=len(y_true),
        accuracy=_ratio(correct, len(y_true)),
        macro_precision=_mean([s.precision for s in per_class.values()]),
        macro_recall=_mean([s.recall for s in per_class.values()]),
        macro_f1=_mean([s.f1 for s in per_class.values()]),
        per_class=per_class,
        confusion=confusion,
    )


def top_class_metrics(
    y_true: Sequence[str], scores: torch.Tensor | np.ndarray, labels: Sequence[str]
) -> ClassificationMetrics:
    """:func:`compute_metrics` of each row's highest-scoring label (columns in ``labels`` order)."""
    return compute_metrics(y_true, [labels[i] for i in scores.argmax(-1).tolist()], labels)


def expected_calibration_error(
    confidences: Sequence[float], correct: Sequence[bool], bins: int = 10
) -> float:
    """Mean gap between confidence and accuracy over equal-width confidence bins, weighted by size."""
    if len(confidences) != len(correct):
        raise ValueError(f"{len(confidences)} confidences but {len(correct)} outcomes")
    if not confidences:
        return 0.0
    buckets: list[list[tuple[float, bool]]] = [[] for _ in range(bins)]
    for conf, ok in zip(confidences, correct, strict=True):
        buckets[min(int(conf * bins), bins - 1)].append((conf, ok))
    total = len(confidences)
    error = 0.0
    for bucket in buckets:
        if bucket:
            mean_conf = sum(c for c, _ in bucket) / len(bucket)
            accuracy = sum(1 for _, ok in bucket if ok) / len(bucket)
            error += len(bucket) / total * abs(mean_conf - accuracy)
    return error


def scores_table(metrics: ClassificationMetrics, title: str | None = None) -> Table:
    """A rich table: one row per class, then the macro average and the accuracy."""
    table = Table(title=title)
    table.add_column("class")
    for column in ("precision", "recall", "F1", "support"):
        table.add_column(column, justify="right")
    for name, s in metrics.per_class.items():
        table.add_row(name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.support))
    table.add_section()
    table.add_row(
        "macro avg",
        f"{metrics.macro_precision:.3f}",
        f"{metrics.macro_recall:.3f}",
        f"{metrics.macro_f1:.3f}",
        str(metrics.count),
    )
    table.add_row("accuracy", "", "", f"{metrics.accuracy:.3f}", str(metrics.count))
    return table


def confusion_table(metrics: ClassificationMetrics, title: str | None = "confusion matrix") -> Table:
    """A rich table of the confusion matrix: rows are true classes, numbered columns predicted ones."""
    # Numbered columns keep eleven classes within an 80-column terminal.
    table = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("true \\ predicted", no_wrap=True)
    for i in range(1, len(metrics.labels) + 1):
        table.add_column(str(i), justify="right", no_wrap=True)
    for i, (name, row) in enumerate(zip(metrics.labels, metrics.confusion, strict=True), 1):
        table.add_row(f"{i:>2} {name}", *[str(n) if n else "·" for n in row])
    return table


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0
