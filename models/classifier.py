"""The fine-tuned transformer as a :class:`pipeline.classify.Classifier`.

A model directory from the registry holds the weights, the tokenizer (its ``model_max_length`` is
the length the model was trained with), ``labels.json`` and ``temperature.json``, and, where it was
trained with one, a lexical expert (models.lexical) with the blend of the two (models.blend).
Confidence is the softmax of the transformer's logits divided by the fitted temperature, or of the
blend's fitted sum, so 0.8 means right about 8 times in 10 on the validation data.
"""

from __future__ import annotations

import json
import logging
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import torch

from models.base_model import ensure_offline
from models.blend import BLEND_FILE, Blend
from models.classifier_text import classification_text
from models.heads import MeanPoolingClassifier, has_head
from models.lexical import LexicalModel, has_lexical
from models.registry import ModelRegistry
from pipeline.records import Prediction
from pipeline.settings import Settings

if TYPE_CHECKING:
    from transformers import PreTrainedModel, PreTrainedTokenizerBase

log = logging.getLogger(__name__)

Device = Literal["auto", "cpu", "cuda"]
LABELS_FILE = "labels.json"
TEMPERATURE_FILE = "temperature.json"
_CHARS_PER_TOKEN = 12  # generous (tokens average about 4): cutting by characters first loses none


def pick_device(device: Device) -> torch.device:
    """``auto``: CUDA where present, else the CPU; ``cuda`` without a GPU is an error."""
    if device == "cuda" and not torch.cuda.is_available():
        raise RuntimeError("DOCPIPE_DEVICE=cuda but torch sees no CUDA device")
    if device == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(device)


def encode(
    tokenizer: PreTrainedTokenizerBase,
    texts: Sequence[str],
    max_length: int,
    *,
    tail_tokens: int = 0,
    clean: bool = False,
) -> list[list[int]]:
    """Token ids of each text with the special tokens, at most ``max_length`` of them, unpadded.

    A longer text keeps its first tokens (where the document type, or a mail's subject and opening
    lines, stand) and, with ``tail_tokens``, that many of its last ones (totals, sign-off).
    ``clean``: read :func:`classification_text` of each text.
    """
    if clean:
        texts = [classification_text(t) for t in texts]
    if tail_tokens <= 0:
        encoded = tokenizer(list(texts), truncation=True, max_length=max_length, padding=False)
        return [list(ids) for ids in encoded["input_ids"]]
    room = max_length - tokenizer.num_special_tokens_to_add()
    if not 0 < tail_tokens < room:
        raise ValueError(f"tail_tokens must be between 1 and {room - 1}, not {tail_tokens}")
    head_chars, tail_chars = _CHARS_PER_TOKEN * (room - tail_tokens), _CHARS_PER_TOKEN * tail_tokens
    # Cut long texts first: tokenizing a 500-page document to keep 128 of its tokens is waste.
    cut = [t if len(t) <= head_chars + tail_chars else f"{t[:head_chars]} {t[-tail_chars:]}" for t in texts]
    prefix, suffix = _special_tokens(tokenizer)
    out: list[list[int]] = []
    for ids in tokenizer(cut, add_special_tokens=False, padding=False)["input_ids"]:
        ids = list(ids)
        if len(ids) > room:
            ids = ids[: room - tail_tokens] + ids[-tail_tokens:]
        out.append(prefix + ids + suffix)
    return out


def _special_tokens(tokenizer: PreTrainedTokenizerBase) -> tuple[list[int], list[int]]:
    """The special token ids the tokenizer puts before and after one sequence ([CLS], [SEP])."""
    bare = list(tokenizer("a", add_special_tokens=False)["input_ids"])
    full = list(tokenizer("a")["input_ids"])
    start = next(i for i in range(len(full) - len(bare) + 1) if full[i : i + len(bare)] == bare)
    return full[:start], full[start + len(bare) :]


def pad_batch(rows: Sequence[Sequence[int]], pad_id: int, device: torch.device) -> dict[str, torch.Tensor]:
    """Right-padded ``input_ids`` and ``attention_mask`` tensors for a batch of token id lists."""
    width = max(len(r) for r in rows)
    input_ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    attention_mask = torch.zeros((len(rows), width), dtype=torch.long)
    for i, r in enumerate(rows):
        input_ids[i, : len(r)] = torch.tensor(r, dtype=torch.long)
        attention_mask[i, : len(r)] = 1
    return {"input_ids": input_ids.to(device), "attention_mask": attention_mask.to(device)}


def predict_logits(
    model: torch.nn.Module,
    encoded: Sequence[Sequence[int]],
    *,
    pad_id: int,
    batch_size: int,
    device: torch.device,
) -> torch.Tensor:
    """Float32 logits on the CPU, one row per input in input order.

    Inputs are sorted by length so that a batch pads to about its own length; bf16 autocast on CUDA.
    """
    order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
    out: list[torch.Tensor] = [torch.empty(0)] * len(encoded)
    with torch.inference_mode(), torch.autocast("cuda", torch.bfloat16, enabled=device.type == "cuda"):
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            logits = model(**pad_batch([encoded[i] for i in chunk], pad_id, device)).logits
            for i, row in zip(chunk, logits.float().cpu(), strict=True):
                out[i] = row
    return torch.stack(out) if out else torch.empty(0)


def quantize_int8(model: torch.nn.Module) -> torch.nn.Module:
    """The model with its Linear layers int8 dynamic-quantised, in place (CPU only).

    A :class:`MeanPoolingClassifier` keeps the feed-forward Linears of its first encoder layer in
    fp32 (:func:`fp32_linears`), and its other Linears, the head's included, get one weight scale
    per output channel. Measured on corpus4 (3 layers, 96 tokens, one thread): every Linear per
    tensor lost 0.023 validation macro-F1 (0.8515 -> 0.8287 at batch 64) at 0.4x fp32's time per
    document; this variant loses 0.002 (0.8491 at batch 32 and 64) at 0.5-0.6x. The head left in
    fp32 as well lost 0.002 to 0.005 and ran no faster. The first layer's feed-forward Linears hold
    by far the most extreme weights and read activation outliers, which one scale per tensor
    cannot resolve.
    Any other module (the field scorer's context encoder, a legacy transformers model) has every
    Linear quantised per tensor, as before: its stored features and checks were read that way.
    """
    spec: dict[str | type[torch.nn.Module], Any]
    if isinstance(model, MeanPoolingClassifier):
        keep = set(fp32_linears(model))
        qconfig = torch.ao.quantization.per_channel_dynamic_qconfig
        spec = {
            name: qconfig
            for name, module in model.named_modules()
            if isinstance(module, torch.nn.Linear) and name not in keep
        }
    else:
        spec = {torch.nn.Linear: torch.ao.quantization.default_dynamic_qconfig}
    with warnings.catch_warnings():
        # torch.ao eager quantisation is deprecated in favour of torchao, which docpipe does not ship.
        warnings.simplefilter("ignore", (DeprecationWarning, UserWarning, FutureWarning))
        return torch.ao.quantization.quantize_dynamic(model, spec, dtype=torch.qint8, inplace=True)


def fp32_linears(model: MeanPoolingClassifier) -> list[str]:
    """Names of the Linears :func:`quantize_int8` leaves in fp32: those of the first encoder layer
    outside its attention (BERT: ``intermediate.dense`` and ``output.dense``)."""
    names: list[str] = []
    layers = getattr(getattr(model.encoder, "encoder", None), "layer", None)
    if isinstance(layers, torch.nn.ModuleList) and len(layers) > 0:
        prefix = next(name for name, module in model.named_modules() if module is layers[0])
        names += [
            f"{prefix}.{name}"
            for name, module in layers[0].named_modules()
            if isinstance(module, torch.nn.Linear) and not name.startswith("attention.")
        ]
    return names


class TransformerClassifier:
    """A registry model directory loaded once, classifying batches of document texts."""

    def __init__(
        self,
        model_dir: Path,
        *,
        device: Device = "auto",
        batch_size: int = 32,
        quantize: bool = False,
        max_length: int | None = None,
        threads: int | None = None,
        lexical: bool = True,
    ) -> None:
        """Load the model; ``quantize`` applies int8 dynamic quantisation when running on the CPU.

        ``lexical=False`` reads with the transformer alone where the directory also holds a lexical
        expert (to measure what each adds).
        """
        ensure_offline()
        from transformers import AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        if threads is not None:
            torch.set_num_threads(threads)
        self.model_dir = model_dir
        self.batch_size = batch_size
        self.labels: tuple[str, ...] = tuple(_read_json(model_dir / LABELS_FILE)["labels"])
        self.temperature = float(_read_json(model_dir / TEMPERATURE_FILE)["temperature"])
        if self.temperature <= 0:
            raise ValueError(f"{model_dir}: temperature must be positive, not {self.temperature}")
        self.device = pick_device(device)
        self.tokenizer: PreTrainedTokenizerBase = AutoTokenizer.from_pretrained(
            model_dir, local_files_only=True
        )
        model, self.tail_tokens, self.clean = _load_model(model_dir)
        if model.num_labels != len(self.labels):
            raise ValueError(
                f"{model_dir}: the model has {model.num_labels} outputs, labels.json names {len(self.labels)}"
            )
        positions = int(getattr(model.config, "max_position_embeddings", 512))
        # A tokenizer saved without a limit reports a huge sentinel: never exceed the positions.
        self.max_length = min(max_length or int(self.tokenizer.model_max_length), positions)
        model.eval()
        self.quantized = quantize and self.device.type == "cpu"
        if quantize and not self.quantized:
            log.info(
                "int8 quantisation is for the CPU; running %s in fp32 on %s", model_dir.name, self.device
            )
        self.model = quantize_int8(model) if self.quantized else _moved(model, self.device)
        self.lexical: LexicalModel | None = None
        self.blend: Blend | None = None
        if lexical and has_lexical(model_dir) and (model_dir / BLEND_FILE).is_file():
            self.lexical = LexicalModel.load(model_dir)
            self.blend = Blend.load(model_dir)
            if self.lexical.labels != self.labels:
                raise ValueError(f"{model_dir}: the lexical model's labels differ from labels.json")

    @property
    def model_version(self) -> str:
        """The registry directory name of the loaded model."""
        return self.model_dir.name

    def probabilities(self, texts: Sequence[str]) -> torch.Tensor:
        """Calibrated class probabilities, one row per text, columns in ``labels`` order."""
        return self.calibrated(texts, self.transformer_logits(texts))

    def transformer_logits(self, texts: Sequence[str]) -> torch.Tensor:
        """The transformer's raw logits, one row per text."""
        if not texts:
            return torch.empty((0, len(self.labels)))
        encoded = encode(
            self.tokenizer, texts, self.max_length, tail_tokens=self.tail_tokens, clean=self.clean
        )
        pad_id = int(self.tokenizer.pad_token_id or 0)
        return predict_logits(
            self.model, encoded, pad_id=pad_id, batch_size=self.batch_size, device=self.device
        )

    def calibrated(self, texts: Sequence[str], logits: torch.Tensor, *, lexical: bool = True) -> torch.Tensor:
        """Probabilities from the transformer's ``logits`` for ``texts``: blended with the lexical
        expert where there is one (and ``lexical``), else at the fitted temperature."""
        if not lexical or self.lexical is None or self.blend is None or not texts:
            return torch.softmax(logits / self.temperature, dim=-1)
        scores = torch.from_numpy(self.lexical.scores(texts))
        return torch.softmax(self.blend.logits(logits, scores), dim=-1)

    def classify(self, texts: Sequence[str]) -> list[Prediction]:
        """One prediction per text, in order; batched inside."""
        probs = self.probabilities(texts)
        best = probs.max(dim=-1)
        return [
            Prediction(category=self.labels[int(i)], confidence=float(p), model_version=self.model_version)
            for p, i in zip(best.values, best.indices, strict=True)
        ]


def load_classifier(
    settings: Settings, *, quantize: bool | None = None, batch_size: int = 32
) -> TransformerClassifier | None:
    """The model to classify with in this process, or None when no model is current.

    ``settings.model_dir`` wins over the registry's current model. ``quantize=None`` uses int8 on
    the CPU when the model's metrics.json says int8 matched fp32 on the validation split.
    """
    model_dir = settings.model_dir or ModelRegistry(settings.registry_dir).current()
    if model_dir is None:
        return None
    if quantize is None:
        quantize = int8_holds_accuracy(model_dir)
    return TransformerClassifier(
        model_dir,
        device=settings.device,
        batch_size=batch_size,
        quantize=quantize,
        threads=settings.torch_threads,
    )


def int8_holds_accuracy(model_dir: Path, tolerance: float = 0.005) -> bool:
    """Whether training measured int8 macro-F1 within ``tolerance`` of fp32 on the validation split."""
    try:
        checks = _read_json(model_dir / "metrics.json")["int8"]
        return bool(checks["val_macro_f1"] >= checks["fp32_val_macro_f1"] - tolerance)
    except (OSError, KeyError, TypeError, ValueError):
        return False


def _load_model(model_dir: Path) -> tuple[torch.nn.Module, int, bool]:
    """The model in ``model_dir``, the tail tokens its inputs keep, and whether texts are cleaned.

    A mean-pooling head (head.json) is what ``docpipe train`` writes; a plain transformers
    sequence-classification directory (earlier versions) still loads.
    """
    if has_head(model_dir):
        model = MeanPoolingClassifier.load(model_dir)
        return model, model.head.tail_tokens, model.head.clean_text
    from transformers import AutoModelForSequenceClassification

    legacy: PreTrainedModel = AutoModelForSequenceClassification.from_pretrained(
        model_dir, local_files_only=True
    )
    return legacy, 0, False


def _moved(module: torch.nn.Module, device: torch.device) -> torch.nn.Module:
    return module.to(device)


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))
