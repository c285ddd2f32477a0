"""The transformer and the lexical model together: a product of experts, calibrated on held-out data.

Class probabilities are ``softmax(a · transformer_logits + b · lexical_scores)``. The weights a and b
are fitted like a temperature (:func:`models.train.fit_temperature` is the one-expert case, a = 1/T):
by the negative log-likelihood of the validation split, so they both decide how much each expert
counts and make the confidence mean what it says.
"""

from __future__ import annotations

import json
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
        weights = torch.tensor([blend.transformer_weight, blend.lexical_weight])
        if not bool(torch.isfinite(weights).all()) or bool((weights < 0).any()) or not bool(weights.any()):
            raise ValueError(f"{directory}: blend weights {raw} must be finite, not negative, not both 0")
        return blend


def succession_smoothing(logits: torch.Tensor, targets: torch.Tensor) -> float:
    """Label smoothing for a fit on held-out data: without a single error plain NLL sharpens without
    bound; aim instead at the accuracy the rule of succession expects after n right out of n,
    (n + 1) / (n + 2). Zero where some item is wrong."""
    perfect = bool((logits.argmax(-1) == targets).all())
    return 1.0 / (len(targets) + 2) if perfect else 0.0


def fit_blend(
    transformer_logits: torch.Tensor,
    lexical_scores: torch.Tensor,
    targets: torch.Tensor,
    *,
    label_smoothing: float = 0.0,
    max_iter: int = 200,
) -> Blend:
    """The weights minimising the held-out NLL of the blend (LBFGS on their logarithms).

    ``label_smoothing`` keeps the fit finite where the held-out items are all right.
    """
    lexical_scores = lexical_scores.to(transformer_logits.dtype)
    log_weights = torch.zeros(2, requires_grad=True)
    optimizer = torch.optim.LBFGS([log_weights], lr=0.1, max_iter=max_iter, line_search_fn="strong_wolfe")

    def closure() -> torch.Tensor:
        optimizer.zero_grad()
        a, b = log_weights.exp()
        loss = torch.nn.functional.cross_entropy(
            a * transformer_logits + b * lexical_scores, targets, label_smoothing=label_smoothing
        )
        loss.backward()
        return loss

    optimizer.step(closure)
    a, b = log_weights.detach().exp().clamp(1e-3, 50.0).tolist()
    return Blend(transformer_weight=a, lexical_weight=b)
