"""The fine-tuned transformer's reading of each spot's context, as a few extra scorer features.

A spot's context is the words printed left of it on its line and in the segment above it, values
and numbers left out: ``"datum / rechnungsdatum"``. The encoder of the fine-tuned
classifier (the registry's current model, or the base model where none is trained) reads every
distinct context of a document in one batch; its mean-pooled hidden states are reduced by a PCA
fitted on the training contexts to ``DIMS`` numbers, appended to the spot's numeric features.

The scorer records which encoder (model version directory name) it was trained with: its
features mean nothing under another one, so a scorer whose encoder cannot be found is not used.
Contexts repeat (label wording, across documents too), so their embeddings are kept in a bounded
per-process cache.

Measured on the synthetic corpus (``docpipe eval --fields --split test``) the context columns
changed no field's accuracy: the plain features already pick the labelled value in nearly every
document where it is among the candidates (the misses are OCR errors that leave it out).
``training.CONTEXT`` therefore leaves them off by default.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from models.fields.features import DocumentFeatures
    from models.fields.spots import Spot

DIMS = 16
MAX_TOKENS = 16
CONTEXT_FILE = "context.npz"
_LEFT_WORDS = 4
_ABOVE_WORDS = 3
_CACHE_SIZE = 50_000
_WORD = re.compile(r"[^\W\d_]+")


def context_name(number: int) -> str:
    return f"ctx{number}"


def context_names() -> list[str]:
    """The feature names of the context columns, appended to a group's features."""
    return [context_name(number) for number in range(DIMS)]


def context_text(document: DocumentFeatures, spot: Spot) -> str:
    """The words (letters only: values and numbers left out) printed left of the spot on its line
    and in the segment above it: ``"datum / rechnungsdatum"``. Short and repetitive, so that most
    contexts of a document were already read for an earlier one."""
    line = document.lines[spot.line]
    left = " ".join(_WORD.findall(line.text[: spot.start].casefold())[-_LEFT_WORDS:])
    above = " ".join(_WORD.findall(document.above_text(spot).casefold())[:_ABOVE_WORDS])
    return f"{above} / {left}"


BASE = "base"  # the encoder name recorded for the default base model (no classifier trained)
LAYERS = 1  # encoder layers read (int8): the first of the classifier's, to stay within the 50 ms


class ContextEncoder:
    """A fine-tuned (or base) encoder and its tokenizer, embedding short context texts on the CPU.

    Only the first ``layers`` transformer layers are run, int8-quantised (``quantize``): training
    and extraction read contexts the same way, so the scorer's features mean the same in both.
    """

    def __init__(self, model_dir: Path, name: str, *, layers: int = LAYERS, quantize: bool = True) -> None:
        """Load the encoder of ``model_dir`` (a registry classifier, or a base checkpoint)."""
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        from models.base_model import ensure_offline
        from models.classifier import quantize_int8
        from models.heads import MeanPoolingClassifier, has_head, keep_layers

        ensure_offline()
        hf_logging.disable_progress_bar()
        self.model_dir = model_dir
        self.name = name
        self.layers = layers
        self.quantized = quantize
        self.tokenizer: Any = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
        if has_head(model_dir):
            encoder = MeanPoolingClassifier.load(model_dir).encoder
        else:
            verbosity = hf_logging.get_verbosity()
            hf_logging.set_verbosity_error()  # the unused pooler
            try:
                encoder = AutoModel.from_pretrained(model_dir, local_files_only=True)
            finally:
                hf_logging.set_verbosity(verbosity)
        if layers < int(encoder.config.num_hidden_layers):
            keep_layers(encoder, range(layers))
        encoder.eval()
        self.encoder: Any = quantize_int8(encoder) if quantize else encoder
        self.cache: dict[str, np.ndarray] = {}

    def spec(self) -> dict[str, Any]:
        """What the scorer records about its encoder."""
        return {"encoder": self.name, "layers": self.layers, "quantized": self.quantized, "dims": DIMS}

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Mean-pooled last hidden states, one float32 row per text; each distinct text read once."""
        import torch

        missing = list(dict.fromkeys(text for text in texts if text not in self.cache))
        if missing:
            encoded = self.tokenizer(
                missing, truncation=True, max_length=MAX_TOKENS, padding=True, return_tensors="pt"
            )
            with torch.inference_mode():
                hidden = self.encoder(
                    input_ids=encoded["input_ids"], attention_mask=encoded["attention_mask"]
                ).last_hidden_state
                mask = encoded["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = ((hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1.0)).numpy()
            if len(self.cache) + len(missing) > _CACHE_SIZE:
                self.cache.clear()
            for text, row in zip(missing, pooled.astype(np.float32), strict=True):
                self.cache[text] = row
        if not texts:
            return np.zeros((0, int(self.encoder.config.hidden_size)), dtype=np.float32)
        return np.stack([self.cache[text] for text in texts])


class ContextFeatures:
    """An encoder and the PCA (mean, components) that reduces its embeddings to ``DIMS`` columns."""

    def __init__(self, encoder: ContextEncoder, mean: np.ndarray, components: np.ndarray) -> None:
        self.encoder = encoder
        self.mean = mean.astype(np.float32)
        self.components = components.astype(np.float32)

    @classmethod
    def fit(cls, encoder: ContextEncoder, texts: Sequence[str]) -> ContextFeatures:
        """The PCA of the embeddings of ``texts`` (distinct ones, each counted once)."""
        unique = list(dict.fromkeys(texts))
        embedded = encoder.embed(unique).astype(np.float64)
        mean = embedded.mean(axis=0)
        _, _, vt = np.linalg.svd(embedded - mean, full_matrices=False)
        components = np.zeros((DIMS, embedded.shape[1]))
        components[: min(DIMS, len(vt))] = vt[:DIMS]
        return cls(encoder, mean, components)

    def columns(self, texts: Sequence[str]) -> np.ndarray:
        """``DIMS`` columns per text."""
        if not texts:
            return np.zeros((0, DIMS), dtype=np.float32)
        return (self.encoder.embed(texts) - self.mean) @ self.components.T

    def save(self, directory: Path) -> None:
        np.savez_compressed(directory / CONTEXT_FILE, mean=self.mean, components=self.components)

    @classmethod
    def load(cls, directory: Path, encoder: ContextEncoder) -> ContextFeatures:
        with np.load(directory / CONTEXT_FILE) as arrays:
            mean, components = arrays["mean"], arrays["components"]
        if components.shape != (DIMS, len(mean)) or len(mean) != encoder.encoder.config.hidden_size:
            raise ValueError(f"{directory}: context projection does not fit encoder {encoder.name}")
        return cls(encoder, mean, components)


def find_encoder(name: str, places: Sequence[Path | None]) -> Path | None:
    """The model directory of encoder ``name`` among ``places`` (model directories or registry
    roots); ``base``: the default base model's."""
    if name == BASE:
        from models.base_model import BaseModelError, default_base_model_dir

        try:
            return default_base_model_dir()
        except BaseModelError:
            return None
    for place in places:
        if place is None:
            continue
        for candidate in (place, place / name):
            if candidate.name == name and (candidate / "config.json").is_file():
                return candidate
    return None


def load_context(directory: Path, spec: dict[str, Any], places: Sequence[Path | None]) -> ContextFeatures:
    """The context features a scorer was trained with; ValueError when its encoder is not found."""
    name = str(spec.get("encoder"))
    if spec.get("dims") != DIMS:
        raise ValueError(f"{directory}: {spec.get('dims')} context dimensions, this code reads {DIMS}")
    found = find_encoder(name, places)
    if found is None:
        raise ValueError(f"{directory}: its context encoder {name} is not available")
    encoder = ContextEncoder(found, name, layers=int(spec["layers"]), quantize=bool(spec["quantized"]))
    return ContextFeatures.load(directory, encoder)
