"""The transformer and the lexical model together: a product of experts, calibrated on held-out data.

Class probabilities are ``softmax(a · transformer_logits + b · lexical_scores)``. The weights a and b
are fitted like a temperature (:func:`fit_scales`; temperature scaling is its one-expert case, a = 1/T):
by the negative log-likelihood of the validation split, so they both decide how much each expert
counts and make the confidence mean what it says.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import torch

BLEND_FILE = "blend.json"


@dataclass(frozen=True)
class Blend:
    """The experts' weights."""

    transformer_weight: float
    lexical_weight: float

    def logits(self, transformer_logits: torch.Tensor, lexical_scores: torch.Tensor) -> torch.Tensor:
        """The blended logits (softmax them for probabilities)."""
        return self.transformer_weight * transformer_logits + self.lexical_weight * lexical_scores.to(
            transformer_logits.dtype
        )

    def save(self, directory: Path) -> None:
        """Write ``blend.json``."""
        text = json.dumps(
            {"transformer_weight": self.transformer_weight, "lexical_weight": self.lexical_weight}
        )
        (directory / BLEND_FILE).write_text(text + "\n", encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> Blend:
        """The blend :meth:`save` wrote; both weights must be finite and not negative."""
        raw = json.loads((directory / BLEND_FILE).read_text(encoding="utf-8"))
        blend = cls(float(raw["transformer_weight"]), float(raw["lexical_weight"]))
        weights = (blend.transformer_weight, blend.lexical_weight)
        if not all(math.isfinite(w) and w >= 0 for w in weights) or not any(weights):
            raise ValueError(f"{directory}: blend weights {raw} must be finite, not negative, not both 0")
        return blend


def succession_smoothing(logits: torch.Tensor, targets: torch.Tensor) -> float:
    """Label smoothing for a fit on held-out data: without a single error plain NLL sharpens without
    bound; aim instead at the accuracy the rule of succession expects after n right out of n,
    (n + 1) / (n + 2). Zero where some item is wrong."""
    perfect = bool((logits.argmax(-1) == targets).all())
    return 1.0 / (len(targets) + 2) if perfect else 0.0


def fit_scales(
    parts: Sequence[torch.Tensor],
    targets: torch.Tensor,
    *,
    label_smoothing: float = 0.0,
    max_iter: int = 200,
) -> list[float]:
    """The positive weights w_i minimising the held-out NLL of ``softmax(sum_i w_i * parts[i])``
    (LBFGS on their logarithms, all starting at 1); one part is temperature scaling, w = 1/T.

    ``label_smoothing`` keeps the fit finite where the held-out items are all right.
    """
    parts = [part.to(parts[0].dtype) for part in parts]
    log_weights = torch.zeros(len(parts), requires_grad=True)
    optimizer = torch.optim.LBFGS([log_weights], lr=0.1, max_iter=max_iter, line_search_fn="strong_wolfe")

    def closure() -> torch.Tensor:
        optimizer.zero_grad()
        weights = log_weights.exp()
        summed = sum((w * part for w, part in zip(weights, parts, strict=True)), torch.zeros_like(parts[0]))
        loss = torch.nn.functional.cross_entropy(summed, targets, label_smoothing=label_smoothing)
        loss.backward()
        return loss

    optimizer.step(closure)
    return [float(w) for w in log_weights.detach().exp()]


def fit_blend(
    transformer_logits: torch.Tensor,
    lexical_scores: torch.Tensor,
    targets: torch.Tensor,
    *,
    label_smoothing: float = 0.0,
) -> Blend:
    """The experts' weights minimising the blend's held-out NLL (:func:`fit_scales`), each kept
    within [0.001, 50]."""
    a, b = fit_scales([transformer_logits, lexical_scores], targets, label_smoothing=label_smoothing)
    return Blend(transformer_weight=min(max(a, 1e-3), 50.0), lexical_weight=min(max(b, 1e-3), 50.0))
