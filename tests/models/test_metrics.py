"""Classification metrics against values computed by hand."""

from __future__ import annotations

import json

import pytest
from rich.console import Console

from models.metrics import compute_metrics, confusion_table, expected_calibration_error, scores_table

TRUE = ["a", "a", "a", "b", "b", "c"]
PRED = ["a", "a", "b", "b", "c", "c"]


def test_per_class_and_macro_scores() -> None:
    m = compute_metrics(TRUE, PRED)
    assert m.labels == ["a", "b", "c"]
    assert m.confusion == [[2, 1, 0], [0, 1, 1], [0, 0, 1]]
    assert m.accuracy == pytest.approx(4 / 6)
    a, b, c = m.per_class["a"], m.per_class["b"], m.per_class["c"]
    assert (a.precision, a.recall, a.f1, a.support) == pytest.approx((1.0, 2 / 3, 0.8, 3))
    assert (b.precision, b.recall, b.f1, b.support) == pytest.approx((0.5, 0.5, 0.5, 2))
    assert (c.precision, c.recall, c.f1, c.support) == pytest.approx((0.5, 1.0, 2 / 3, 1))
    assert m.macro_precision == pytest.approx((1.0 + 0.5 + 0.5) / 3)
    assert m.macro_recall == pytest.approx((2 / 3 + 0.5 + 1.0) / 3)
    assert m.macro_f1 == pytest.approx((0.8 + 0.5 + 2 / 3) / 3)
    assert json.loads(json.dumps(m.to_dict()))["per_class"]["a"]["support"] == 3


def test_classes_never_predicted_or_absent_score_zero() -> None:
    m = compute_metrics(["a", "b"], ["a", "a"], labels=["a", "b", "c"])
    assert m.per_class["b"].precision == 0.0 and m.per_class["b"].recall == 0.0  # never predicted
    assert m.per_class["c"].f1 == 0.0 and m.per_class["c"].support == 0  # in the label map only
    assert m.per_class["a"].precision == pytest.approx(0.5) and m.per_class["a"].recall == 1.0
    assert m.macro_f1 == pytest.approx((2 / 3 + 0 + 0) / 3)
    assert m.accuracy == 0.5


def test_empty_and_mismatched_inputs() -> None:
    m = compute_metrics([], [])
    assert (m.count, m.accuracy, m.macro_f1, m.confusion) == (0, 0.0, 0.0, [])
    with pytest.raises(ValueError):
        compute_metrics(["a"], [])


def test_expected_calibration_error() -> None:
    # Bins 9, 8 and 1 each hold one item: |0.95 - 1|, |0.85 - 0|, |0.15 - 0|, weighted 1/3 each.
    assert expected_calibration_error([0.95, 0.85, 0.15], [True, False, False]) == pytest.approx(0.35)
    assert expected_calibration_error([1.0, 1.0], [True, True]) == 0.0  # 1.0 falls in the top bin
    assert expected_calibration_error([], []) == 0.0


def test_tables_render() -> None:
    m = compute_metrics(TRUE, PRED)
    console = Console(record=True, width=120)
    console.print(scores_table(m, title="scores"))
    console.print(confusion_table(m))
    text = console.export_text()
    assert "macro avg" in text and "0.656" in text  # macro-F1 0.6556
    assert "true \\ predicted" in text
