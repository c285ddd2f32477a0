"""Learning from a larger trained classifier: knowledge distillation.

A classifier keeping all six of the base's layers reads held-out mails better than the three-layer
default but costs twice the time per mail. Trained with ``TrainConfig.teacher`` set to such a
model's directory, the small model learns from the teacher's softened class probabilities as well
as from the labels (Hinton et al., 2015): how much a quote request also looks like a complaint,
which a one-hot label never says.

The loss is ``(1 - w) * cross_entropy(labels) + w * T^2 * KL(teacher_T || student_T)``, both
softened by the temperature ``T``; the ``T^2`` keeps the soft term's gradients the size of the
hard term's.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import torch

from models.classifier import LABELS_FILE, predict_logits
from models.heads import MeanPoolingClassifier


def teacher_logits(
    teacher_dir: Path,
    encoded: Sequence[Sequence[int]],
    labels: list[str],
    *,
    pad_id: int,
    batch_size: int,
    device: torch.device,
) -> torch.Tensor:
    """The teacher's logits for each encoded training text, columns in ``labels`` order.

    Raises ValueError when the teacher does not score the same categories.
    """
    teacher_labels = json.loads((teacher_dir / LABELS_FILE).read_text(encoding="utf-8"))["labels"]
    if sorted(teacher_labels) != sorted(labels):
        raise ValueError(f"teacher {teacher_dir} scores {', '.join(teacher_labels)}, not {', '.join(labels)}")
    model = MeanPoolingClassifier.load(teacher_dir).to(device).eval()
    logits = predict_logits(model, encoded, pad_id=pad_id, batch_size=batch_size, device=device)
    column = [teacher_labels.index(name) for name in labels]
    return logits[:, column]


def distilled_loss(
    student: torch.Tensor,
    hard_loss: torch.Tensor,
    teacher: torch.Tensor,
    *,
    weight: float,
    temperature: float,
) -> torch.Tensor:
    """The labels' loss blended with the softened teacher's, ``weight`` of the latter."""
    soft = torch.nn.functional.kl_div(
        torch.log_softmax(student.float() / temperature, dim=-1),
        torch.log_softmax(teacher.float() / temperature, dim=-1),
        reduction="batchmean",
        log_target=True,
    )
    return (1.0 - weight) * hard_loss + weight * temperature**2 * soft
