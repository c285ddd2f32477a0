"""A mean-pooling classification head over a Hugging Face encoder, saved and loaded offline.

Sentence-transformer checkpoints such as all-MiniLM-L6-v2 were trained to be read by mean pooling
over the tokens; their [CLS] pooler is untrained, so a pooler-based head starts from noise and
fine-tuning on CPU budgets barely moves it. This head averages the last hidden states over the
attention mask, applies dropout and one linear layer. The encoder may keep only ``num_layers`` of
its transformer layers, which roughly halves the cost of training and inference: its first ones, or
(``spread``) the first, the last and evenly spread between (``spread_layers``; 0, 2 and 5 of six).
Training keeps layers 0, 2, 5 by default (``TrainConfig.spread_layers``): on the synthetic corpus
(2,600 items, the same split) they gave held-out macro-F1 0.869-0.889 over four builds against
0.852-0.866 for the first three, and on the held-out half of ../shared/data 41-43 of 44
documents' categories, as the first three did (41 and 43 in two builds).

A saved model directory holds ``config.json`` (the encoder's configuration, its layer count as
kept), ``head.json`` (this head's settings, including how texts were truncated) and
``model.safetensors`` (encoder and head weights; no pickles).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch
from torch import nn

from models.base_model import WEIGHTS_FILE

if TYPE_CHECKING:
    from transformers import PretrainedConfig, PreTrainedModel
    from transformers.modeling_outputs import SequenceClassifierOutput

HEAD_FILE = "head.json"


@dataclass(frozen=True)
class HeadConfig:
    """What ``head.json`` records: the head's shape and the text truncation it was trained with."""

    num_labels: int
    pooling: str = "mean"
    dropout: float = 0.1
    num_layers: int | None = None  # encoder layers kept (at most); None: all of the base model's
    kept_layers: list[int] | None = None  # which of the base model's layers (None: the first ones)
    tail_tokens: int = 0  # tokens kept from the end of a long text (the rest from its start)
    clean_text: bool = False  # mail quotes and signatures left out (classifier_text.classification_text)


class MeanPoolingClassifier(nn.Module):
    """Encoder -> mean over unmasked tokens -> dropout -> linear: logits per class."""

    def __init__(self, encoder: PreTrainedModel, head: HeadConfig) -> None:
        """Wrap ``encoder`` (a bare ``AutoModel``); its pooler, if any, is dropped."""
        super().__init__()
        if getattr(encoder, "pooler", None) is not None:
            setattr(encoder, "pooler", None)  # noqa: B010  unused: mean pooling reads last_hidden_state
        self.encoder = encoder
        self.head = head
        self.dropout = nn.Dropout(head.dropout)
        self.classifier = nn.Linear(int(encoder.config.hidden_size), head.num_labels)

    @property
    def config(self) -> PretrainedConfig:
        """The encoder's configuration (max_position_embeddings and the like)."""
        return self.encoder.config

    @property
    def num_labels(self) -> int:
        """How many classes the head scores."""
        return self.head.num_labels

    def forward(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        labels: torch.Tensor | None = None,
    ) -> SequenceClassifierOutput:
        """Logits (and the cross-entropy loss when ``labels`` are given)."""
        from transformers.modeling_outputs import SequenceClassifierOutput

        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1.0)
        logits = self.classifier(self.dropout(pooled))
        loss = None if labels is None else nn.functional.cross_entropy(logits.float(), labels)
        return SequenceClassifierOutput(loss=loss, logits=logits)

    def head_parameters(self) -> list[nn.Parameter]:
        """The new (randomly initialised) parameters, which may train with a higher learning rate."""
        return list(self.classifier.parameters())

    def freeze_bottom(self, num_layers: int) -> None:
        """Keep the embeddings and the lowest ``num_layers`` layers as they are (no gradients).

        Backpropagation then stops at the first trainable layer: cheaper steps, and the pre-trained
        lower layers cannot drift towards the training templates.
        """
        embeddings: Any = getattr(self.encoder, "embeddings", None)
        layers = _layers(self.encoder)
        if not isinstance(embeddings, nn.Module) or not 0 < num_layers <= len(layers):
            raise ValueError(f"cannot freeze {num_layers} layers of {type(self.encoder).__name__}")
        embeddings.requires_grad_(False)
        for layer in layers[:num_layers]:
            layer.requires_grad_(False)

    def save(self, out_dir: Path) -> None:
        """Write config.json, head.json and model.safetensors into ``out_dir``."""
        from safetensors.torch import save_model

        out_dir.mkdir(parents=True, exist_ok=True)
        self.encoder.config.save_pretrained(out_dir)
        (out_dir / HEAD_FILE).write_text(json.dumps(asdict(self.head), indent=2) + "\n", encoding="utf-8")
        save_model(self, str(out_dir / WEIGHTS_FILE))

    @classmethod
    def from_base(cls, base_dir: Path, head: HeadConfig, *, spread: bool = False) -> MeanPoolingClassifier:
        """The base checkpoint's encoder (``head.num_layers`` of its layers: the first ones, or with
        ``spread`` the first, the last and evenly between; all where it has no more) under a fresh head.

        Raises ValueError when the checkpoint lacks encoder weights (they would be left random).
        """
        from transformers import AutoModel
        from transformers.utils import logging as hf_logging

        verbosity = hf_logging.get_verbosity()
        hf_logging.set_verbosity_error()  # its load report lists the unused pooler; checked below
        try:
            encoder, info = AutoModel.from_pretrained(
                base_dir, local_files_only=True, output_loading_info=True
            )
        finally:
            hf_logging.set_verbosity(verbosity)
        missing = [k for k in info.get("missing_keys", []) if not k.startswith("pooler.")]
        if missing:
            raise ValueError(
                f"base model {base_dir}: encoder weights missing from the checkpoint: {missing[:5]}"
            )
        available = len(_layers(encoder)) if head.num_layers is not None else 0
        if head.num_layers is not None and head.num_layers < available:
            kept = spread_layers(available, head.num_layers) if spread else list(range(head.num_layers))
            keep_layers(encoder, kept)
            head = replace(head, kept_layers=kept)
        else:  # all of them: record how many there are
            head = replace(head, num_layers=int(encoder.config.num_hidden_layers))
        return cls(encoder, head)

    @classmethod
    def load(cls, model_dir: Path) -> MeanPoolingClassifier:
        """A model saved by :meth:`save`, built from its config and weights with no network."""
        from safetensors.torch import load_model
        from transformers import AutoConfig, AutoModel

        head = read_head_config(model_dir)
        config = AutoConfig.from_pretrained(model_dir, local_files_only=True)
        model = cls(AutoModel.from_config(config), head)
        load_model(model, str(model_dir / WEIGHTS_FILE))
        return model


def spread_layers(total: int, count: int) -> list[int]:
    """``count`` of ``total`` layers: the first, the last and evenly spaced between ([0, 2, 5] of 6)."""
    if not 1 <= count <= total:
        raise ValueError(f"num_layers must be between 1 and {total}, not {count}")
    if count == 1:
        return [0]
    return sorted({round(i * (total - 1) / (count - 1)) for i in range(count)})


def keep_layers(encoder: PreTrainedModel, layers: Sequence[int]) -> None:
    """Cut a BERT-like encoder down to the transformer layers numbered in ``layers`` (in their
    order), in place."""
    stack_layers = _layers(encoder)
    numbers = list(layers)
    valid = all(0 <= n < len(stack_layers) for n in numbers) and len(set(numbers)) == len(numbers)
    if not numbers or not valid:
        raise ValueError(f"cannot keep layers {layers} of {len(stack_layers)}")
    stack: Any = encoder.encoder
    stack.layer = nn.ModuleList([stack_layers[n] for n in numbers])
    encoder.config.num_hidden_layers = len(numbers)


def _layers(encoder: nn.Module) -> nn.ModuleList:
    """The transformer layers of a BERT-like encoder (``encoder.encoder.layer``)."""
    layers = getattr(getattr(encoder, "encoder", None), "layer", None)
    if not isinstance(layers, nn.ModuleList):
        raise ValueError(f"{type(encoder).__name__}: not a BERT-like encoder with encoder.layer")
    return layers


def read_head_config(model_dir: Path) -> HeadConfig:
    """The :class:`HeadConfig` saved in ``model_dir``."""
    data = json.loads((model_dir / HEAD_FILE).read_text(encoding="utf-8"))
    known = set(HeadConfig.__dataclass_fields__)
    return HeadConfig(**{k: v for k, v in data.items() if k in known})


def has_head(model_dir: Path) -> bool:
    """Whether ``model_dir`` holds a :class:`MeanPoolingClassifier` (else a transformers model)."""
    return (model_dir / HEAD_FILE).is_file()
