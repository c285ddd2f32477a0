"""Distillation: a model trained with a teacher learns what the teacher says, not only the labels."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
import torch

from models.classifier import LABELS_FILE, TransformerClassifier
from models.commands import train_command
from models.distill import distilled_loss, teacher_logits
from models.train import TrainConfig
from pipeline.settings import Settings
from tests.tiny_model import make_tiny_base, write_word_corpus

SPLITS = ("train",) * 8 + ("val", "val", "test", "test")
RECIPE = TrainConfig(epochs=25, patience=25, batch_size=16, learning_rate=1e-2, max_length=32, progress=False)


def test_the_loss_is_the_labels_alone_at_weight_zero_and_nothing_where_student_matches() -> None:
    student = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]])
    hard = torch.nn.functional.cross_entropy(student, torch.tensor([0, 2]))
    assert torch.equal(distilled_loss(student, hard, student * 3, weight=0.0, temperature=2.0), hard)
    assert float(distilled_loss(student, hard, student, weight=1.0, temperature=2.0)) == pytest.approx(
        0.0, abs=1e-6
    )
    disagreeing = torch.tensor([[-1.0, 0.5, 2.0], [3.0, 0.2, 0.1]])
    assert float(distilled_loss(student, hard, disagreeing, weight=1.0, temperature=2.0)) > 0.5


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(data_dir=tmp_path_factory.mktemp("data"), device="cpu", torch_threads=1)


@pytest.fixture(scope="module")
def tiny_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_tiny_base(tmp_path_factory.mktemp("tiny-base"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_word_corpus(tmp_path_factory.mktemp("corpus"), SPLITS)


@pytest.fixture(scope="module")
def teacher_who_swaps_spam_and_other(
    settings: Settings, tiny_base: Path, corpus: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """A teacher trained on the corpus with spam labelled other and other labelled spam."""
    swapped = tmp_path_factory.mktemp("swapped")
    rows = [json.loads(line) for line in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    for row in rows:
        (swapped / row["file"]).write_bytes((corpus / row["file"]).read_bytes())
        row["category"] = {"spam": "other", "other": "spam"}.get(row["category"], row["category"])
    (swapped / "labels.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = train_command(settings, swapped, RECIPE, base_model=tiny_base, mark_current=False)
    return result.version.path


def _test_texts(corpus: Path, category: str) -> list[str]:
    rows = [json.loads(line) for line in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    return [(corpus / r["file"]).read_text(encoding="utf-8") for r in rows if r["category"] == category]


def test_a_student_of_the_teacher_alone_reads_as_the_teacher_does(
    settings: Settings, tiny_base: Path, corpus: Path, teacher_who_swaps_spam_and_other: Path
) -> None:
    config = replace(RECIPE, teacher=teacher_who_swaps_spam_and_other, distill_weight=1.0)
    student = train_command(settings, corpus, config, base_model=tiny_base, mark_current=False).version.path
    classifier = TransformerClassifier(student, device="cpu", lexical=False)  # what was distilled
    spam = [p.category for p in classifier.classify(_test_texts(corpus, "spam"))]
    other = [p.category for p in classifier.classify(_test_texts(corpus, "other"))]
    assert spam.count("other") >= 0.8 * len(spam), spam  # the teacher's word, against the labels
    assert other.count("spam") >= 0.8 * len(other), other
    card = (student / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert str(teacher_who_swaps_spam_and_other) in card


def test_a_teacher_of_other_categories_is_refused(
    tmp_path: Path, teacher_who_swaps_spam_and_other: Path
) -> None:
    other_teacher = tmp_path / "teacher"
    other_teacher.mkdir()
    (other_teacher / LABELS_FILE).write_text(json.dumps({"labels": ["invoice", "spam"]}), encoding="utf-8")
    with pytest.raises(ValueError, match="teacher"):
        teacher_logits(
            other_teacher,
            [[101, 102]],
            ["invoice", "other"],
            pad_id=0,
            batch_size=4,
            device=torch.device("cpu"),
        )


def test_teacher_columns_follow_the_students_label_order(teacher_who_swaps_spam_and_other: Path) -> None:
    labels = json.loads((teacher_who_swaps_spam_and_other / LABELS_FILE).read_text(encoding="utf-8"))[
        "labels"
    ]
    encoded = [[101, 7279, 102], [101, 5942, 102]]
    as_saved = teacher_logits(
        teacher_who_swaps_spam_and_other, encoded, labels, pad_id=0, batch_size=4, device=torch.device("cpu")
    )
    reversed_order = teacher_logits(
        teacher_who_swaps_spam_and_other,
        encoded,
        labels[::-1],
        pad_id=0,
        batch_size=4,
        device=torch.device("cpu"),
    )
    assert torch.allclose(as_saved.flip(-1), reversed_order)
