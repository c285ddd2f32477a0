"""Fitting the lexical expert beside a trained transformer, and their blend.

The blend's weights are fitted on the validation split by an expert that has not seen it, so they
weigh each expert as it reads texts it has never seen. The expert published beside the transformer is
then fitted again on train and validation together: the validation split holds phrase templates and
layout families training does not (a sixth more to learn from), and the weights, fitted on unseen
text, still describe how it reads unseen text. Measured on the make-model corpus (held-out split,
one build): 0.930 -> 0.944. Its validation figures are then no longer held out; the test split's are.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import torch

from models.blend import fit_blend, succession_smoothing
from models.dataset import Example
from models.lexical import LexicalConfig, LexicalModel
from models.metrics import top_class_metrics


def fit_lexical_expert(
    train: list[Example],
    val: list[Example],
    val_logits: torch.Tensor,
    labels: list[str],
    config: LexicalConfig,
    out_dir: Path,
    *,
    refit: bool = True,
) -> dict[str, Any]:
    """Fit the expert on ``train``, its blend with the transformer (``val_logits``) on ``val``, and,
    with ``refit``, the expert again on both; save the expert and the blend into ``out_dir``."""
    started = time.perf_counter()
    lexical = LexicalModel.fit([e.text for e in train], [e.label for e in train], labels, config)
    scores = torch.from_numpy(lexical.scores([e.text for e in val]))
    targets = torch.tensor([labels.index(e.label) for e in val])
    smoothing = max(succession_smoothing(val_logits, targets), succession_smoothing(scores, targets))
    blend = fit_blend(val_logits, scores, targets, label_smoothing=smoothing)
    truth = [e.label for e in val]
    alone = top_class_metrics(truth, scores, labels)
    blended = top_class_metrics(truth, blend.logits(val_logits, scores), labels)
    if refit and val:
        both = train + val
        lexical = LexicalModel.fit([e.text for e in both], [e.label for e in both], labels, config)
    lexical.save(out_dir)
    blend.save(out_dir)
    return {
        "features": lexical.feature_count,
        "ngrams": [[n.analyzer, n.shortest, n.longest] for n in lexical.config.ngrams],
        "transformer_weight": blend.transformer_weight,
        "lexical_weight": blend.lexical_weight,
        "label_smoothing": smoothing,
        "val_macro_f1_alone": alone.macro_f1,  # fitted on train alone: held out
        "val_macro_f1_blend": blended.macro_f1,  # the blend with the expert fitted on train alone
        "refit_on_val": bool(refit and val),
        "seconds": round(time.perf_counter() - started, 2),
    }
