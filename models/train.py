"""Fine-tune an encoder as docpipe's document classifier and publish it to the model registry.

The model is the base encoder under a mean-pooling head (:mod:`models.heads`). A plain torch loop:
AdamW with a higher learning rate for the new head than for the encoder, linear warmup and decay,
batches of similar lengths (little padding), bf16 autocast on CUDA, early stopping on the validation
macro-F1, then temperature scaling fitted on the validation logits. The saved model is loaded back
through :class:`TransformerClassifier`, fp32 and int8, and scored before it is published, so
metrics.json describes the artefact that will run.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from models.base_model import WEIGHTS_FILE, BaseModel, ensure_offline, file_sha256, resolve_base_model
from models.blend import fit_scales, succession_smoothing
from models.classifier import (
    LABELS_FILE,
    TEMPERATURE_FILE,
    Device,
    TransformerClassifier,
    encode,
    pad_batch,
    pick_device,
    predict_logits,
)
from models.dataset import Corpus, Example, SharedPart, label_order
from models.distill import distilled_loss, teacher_logits
from models.heads import HeadConfig, MeanPoolingClassifier
from models.lexical import LexicalConfig
from models.lexical_training import fit_lexical_expert
from models.metrics import expected_calibration_error, top_class_metrics
from models.model_card import model_card
from models.registry import ModelRegistry, ModelVersion

if TYPE_CHECKING:
    from transformers import PreTrainedTokenizerBase

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TrainConfig:
    """Hyperparameters and runtime choices of one training run.

    The defaults are a recipe for a few hundred steps on a CPU: 3 of MiniLM's 6 layers, its first,
    its last and one between (0, 2, 5: half the cost of all six; measured against the first three
    in ``models.heads``), batches of 16 (more updates per epoch), learning rates of 4e-4 for the
    encoder and 3e-3 for the new head, mail quotes and signatures left out, 10 % token dropout
    against learning the training templates by heart, and the first 96 tokens of each text
    (measured on corpus-v2, 1,800 items: val macro-F1 0.704 at 96 tokens against 0.717 at 128,
    and 6 layers 0.720; 96 tokens in int8 classify in 6.7 ms per document on one core against
    20 ms for 128 in fp32, whose int8 variant lost 0.011).
    """

    epochs: int = 4
    batch_size: int = 16
    learning_rate: float = 4e-4  # the encoder's
    head_learning_rate: float = 3e-3  # the new, randomly initialised classification layer's
    weight_decay: float = 0.01
    warmup_ratio: float = 0.1
    max_grad_norm: float = 1.0
    max_length: int = 96
    tail_tokens: int = 0  # of max_length, kept from the end of a long text
    clean_text: bool = True  # leave mail quotes and signatures out of what the model reads
    num_layers: int | None = 3  # encoder layers kept, at most; None: all
    spread_layers: bool = True  # keep the base's first, last and evenly spread layers, not its first
    dropout: float = 0.1
    frozen_layers: int = 0  # >0: the embeddings and this many lowest layers keep their weights
    balanced: bool = False  # draw training batches class-balanced
    token_dropout: float = 0.1  # share of a training text's tokens left out at random, each time
    patience: int = 2  # epochs without a better validation macro-F1 before stopping
    teacher: Path | None = None  # a trained model's directory to distil from (models.distill)
    distill_weight: float = 0.5  # share of the teacher's soft loss in the training loss
    distill_temperature: float = 2.0
    val_fraction: float = 0.1  # held out of train when the corpus has no val split
    lexical: bool = True  # also fit the n-gram expert (models.lexical) and blend it in on val
    lexical_refit: bool = True  # then fit the expert again on train + val (models.lexical_training)
    seed: int = 42
    device: Device = "auto"
    threads: int | None = None  # torch CPU threads; None leaves torch's default
    eval_batch_size: int = 64
    progress: bool = True


@dataclass
class TrainResult:
    """The published model and what was measured on it."""

    version: ModelVersion
    metrics: dict[str, Any] = field(default_factory=dict)


def train_classifier(
    corpus: Corpus,
    registry: ModelRegistry,
    config: TrainConfig | None = None,
    *,
    base: BaseModel | None = None,
    corrections: Iterable[tuple[str, str]] = (),
    shared: SharedPart | None = None,
    mark_current: bool = True,
) -> TrainResult:
    """Fine-tune ``base`` (default: all-MiniLM-L6-v2) on the corpus; publish and mark it current.

    ``corrections`` are (text, category) pairs people fixed; ``shared`` is the train part of a
    folder of real labelled documents. Both join the training split.
    """
    config = config or TrainConfig()
    base = base or resolve_base_model()
    extra = [Example(text, category, "train", "correction") for text, category in corrections]
    real = list(shared.examples) if shared else []
    train, val = _train_val(corpus.split("train") + extra + real, corpus.split("val"), config)
    test = corpus.split("test")
    labels = label_order(e.label for e in train)
    unseen = sorted({e.label for e in val + test} - set(labels))
    if unseen:
        raise ValueError(f"categories with no training example: {', '.join(unseen)}")
    staging = registry.staging_dir()
    try:
        started = time.perf_counter()
        fit = _fit(base, train, val, labels, config, staging)
        fit["train_seconds"] = round(time.perf_counter() - started, 2)
        metrics = _score_saved(staging, val, test, config) | fit
        if shared:
            metrics["shared"] = shared.info()
        _write_json(staging / "metrics.json", metrics)
        splits = {"train": train, "val": val, "test": test}
        card = model_card(base, corpus, splits, len(extra), config, metrics)
        (staging / "MODEL_CARD.md").write_text(card, encoding="utf-8")
        version = registry.publish(staging, file_sha256(staging / WEIGHTS_FILE))
    except BaseException:
        registry.discard(staging)
        raise
    if mark_current:
        registry.mark_current(version.name)
        version = ModelVersion(version.name, version.path, True)
    log.info("published model %s (val macro-F1 %.3f)", version.name, metrics["val"]["macro_f1"])
    return TrainResult(version, metrics)


def fit_temperature(
    logits: torch.Tensor, targets: torch.Tensor, *, label_smoothing: float = 0.0, max_iter: int = 100
) -> float:
    """The temperature T > 0 minimising the NLL of softmax(logits / T) on held-out data (LBFGS),
    within [0.05, 20].

    ``label_smoothing`` keeps the fit finite where every held-out item is right (NLL -> 0 as T -> 0).
    """
    (scale,) = fit_scales([logits], targets, label_smoothing=label_smoothing, max_iter=max_iter)
    return min(max(1.0 / scale, 0.05), 20.0)


def _train_val(
    train: list[Example], val: list[Example], config: TrainConfig
) -> tuple[list[Example], list[Example]]:
    if val:
        return train, val
    # No val split given: hold out a stable slice of each class (at least one example per class).
    held: set[int] = set()
    by_class: dict[str, list[int]] = {}
    for i, e in enumerate(train):
        by_class.setdefault(e.label, []).append(i)
    for indices in by_class.values():
        if len(indices) >= 2:
            ranked = sorted(
                indices, key=lambda i: hashlib.sha256(f"{config.seed}:{train[i].text}".encode()).digest()
            )
            held.update(ranked[: max(1, round(len(indices) * config.val_fraction))])
    return [e for i, e in enumerate(train) if i not in held], [train[i] for i in sorted(held)]


def _fit(
    base: BaseModel,
    train: list[Example],
    val: list[Example],
    labels: list[str],
    config: TrainConfig,
    out_dir: Path,
) -> dict[str, Any]:
    """Train, keep the best epoch by validation macro-F1, calibrate, and save into ``out_dir``."""
    ensure_offline()
    from transformers import get_linear_schedule_with_warmup, set_seed

    if config.threads is not None:
        torch.set_num_threads(config.threads)
    set_seed(config.seed)
    device = pick_device(config.device)
    tokenizer, model = _load_base(base, labels, config, device)
    positions = int(getattr(model.config, "max_position_embeddings", config.max_length))
    if config.max_length > positions:
        raise ValueError(f"max_length {config.max_length} exceeds the base model's {positions} positions")
    index = {name: i for i, name in enumerate(labels)}
    pad_id = int(tokenizer.pad_token_id or 0)
    train_set = _encoded(tokenizer, train, index, config)
    val_set = _encoded(tokenizer, val, index, config)

    steps_per_epoch = math.ceil(len(train) / config.batch_size)
    total_steps = steps_per_epoch * config.epochs
    optimizer = torch.optim.AdamW(_param_groups(model, config))
    scheduler = get_linear_schedule_with_warmup(
        optimizer, round(total_steps * config.warmup_ratio), total_steps
    )
    generator = torch.Generator().manual_seed(config.seed)
    history: list[dict[str, float]] = []
    best = (-1.0, math.inf)  # (macro-F1, loss): a higher F1, or the same F1 with a lower loss
    best_state: dict[str, torch.Tensor] = {}
    best_epoch, stale, steps, step_seconds = 0, 0, 0, 0.0
    started = time.perf_counter()
    targets = torch.tensor(train_set.targets)
    soft_targets = None
    if config.teacher is not None:
        soft_targets = teacher_logits(
            config.teacher,
            train_set.ids,
            labels,
            pad_id=pad_id,
            batch_size=config.eval_batch_size,
            device=device,
        )
    with _progress(config.progress) as bar:
        task = bar.add_task("training", total=total_steps, loss=float("nan"))
        for epoch in range(1, config.epochs + 1):
            model.train()
            losses: list[float] = []
            for batch in _batches(train_set, config, generator):
                tick = time.perf_counter()
                rows = [_dropped(train_set.ids[i], config.token_dropout, generator) for i in batch]
                inputs = pad_batch(rows, pad_id, device)
                with torch.autocast("cuda", torch.bfloat16, enabled=device.type == "cuda"):
                    output = model(**inputs, labels=targets[batch].to(device))
                loss = output.loss
                if soft_targets is not None:
                    loss = distilled_loss(
                        output.logits,
                        loss,
                        soft_targets[batch].to(device),
                        weight=config.distill_weight,
                        temperature=config.distill_temperature,
                    )
                loss.backward()
                torch.nn.utils.clip_grad_norm_(model.parameters(), config.max_grad_norm)
                optimizer.step()
                scheduler.step()
                optimizer.zero_grad(set_to_none=True)
                losses.append(float(loss.detach()))  # also waits for the GPU: honest step times
                step_seconds += time.perf_counter() - tick
                steps += 1
                bar.update(task, advance=1, description=f"epoch {epoch}/{config.epochs}", loss=losses[-1])
            val_loss, val_f1, val_accuracy = _validate(model, val_set, labels, pad_id, config, device)
            history.append(
                {
                    "epoch": epoch,
                    "steps": steps,
                    "seconds": round(time.perf_counter() - started, 1),
                    "train_loss": sum(losses) / len(losses),
                    "val_loss": val_loss,
                    "val_macro_f1": val_f1,
                    "val_accuracy": val_accuracy,
                }
            )
            _report(
                bar,
                f"epoch {epoch}: train loss {history[-1]['train_loss']:.4f}, val loss {val_loss:.4f}, "
                f"val macro-F1 {val_f1:.4f}",
            )
            if val_f1 > best[0] + 1e-9 or (abs(val_f1 - best[0]) <= 1e-9 and val_loss < best[1]):
                best, best_epoch, stale = (val_f1, val_loss), epoch, 0
                best_state = {k: v.detach().to("cpu", copy=True) for k, v in model.state_dict().items()}
            else:
                stale += 1
                if stale >= config.patience:
                    _report(bar, f"early stop: no better validation macro-F1 for {stale} epochs")
                    break
            bar.update(task, total=steps + steps_per_epoch * (config.epochs - epoch))
    model.load_state_dict(best_state)
    val_logits = _logits(model, val_set, pad_id, config, device)
    calibration = _calibrate(val_logits, torch.tensor(val_set.targets))
    model.to("cpu")
    model.save(out_dir)
    tokenizer.model_max_length = config.max_length  # the classifier truncates to what training saw
    tokenizer.save_pretrained(out_dir)
    _write_json(out_dir / LABELS_FILE, {"labels": labels})
    _write_json(out_dir / TEMPERATURE_FILE, calibration)
    lexical = None
    if config.lexical:
        settings = LexicalConfig(clean_text=config.clean_text, seed=config.seed)
        lexical = fit_lexical_expert(
            train, val, val_logits, labels, settings, out_dir, refit=config.lexical_refit
        )
    return {
        "labels": labels,
        "lexical": lexical,
        "best_epoch": best_epoch,
        "history": history,
        "calibration": calibration,
        "device": str(device),
        "encoder_layers": model.head.num_layers,
        "encoder_layers_kept": model.head.kept_layers,
        "steps": steps,
        "seconds_per_step": round(step_seconds / max(steps, 1), 4),
        "train_examples": len(train),
        "val_examples": len(val),
    }


@dataclass(frozen=True)
class _Held:
    """Token ids and class indices of a split."""

    ids: list[list[int]]
    targets: list[int]


def _encoded(
    tokenizer: PreTrainedTokenizerBase,
    examples: Sequence[Example],
    index: dict[str, int],
    config: TrainConfig,
) -> _Held:
    texts = [e.text for e in examples]
    ids = encode(tokenizer, texts, config.max_length, tail_tokens=config.tail_tokens, clean=config.clean_text)
    return _Held(ids, [index[e.label] for e in examples])


def _batches(data: _Held, config: TrainConfig, generator: torch.Generator) -> list[list[int]]:
    """One epoch of batches of indices, each of documents of similar length, in random order.

    Shuffled, cut into pools of 8 batches, each pool sorted by length and cut into batches: a batch
    pads to about its own length, not the corpus maximum. ``balanced`` draws the epoch with
    replacement, each class equally likely.
    """
    n = len(data.ids)
    if config.balanced:
        per_class = torch.bincount(torch.tensor(data.targets)).double()
        weights = 1.0 / per_class[torch.tensor(data.targets)]
        order = torch.multinomial(weights, n, replacement=True, generator=generator).tolist()
    else:
        order = torch.randperm(n, generator=generator).tolist()
    pool = config.batch_size * 8
    batches: list[list[int]] = []
    for start in range(0, n, pool):
        chunk = sorted(order[start : start + pool], key=lambda i: len(data.ids[i]))
        batches += [chunk[i : i + config.batch_size] for i in range(0, len(chunk), config.batch_size)]
    shuffled = torch.randperm(len(batches), generator=generator).tolist()
    return [batches[i] for i in shuffled]


def _dropped(ids: list[int], rate: float, generator: torch.Generator) -> list[int]:
    """``ids`` without a random ``rate`` of its inner tokens (the first and last, special, stay).

    Seeing each training text with different words missing keeps the model from leaning on a few
    tokens of the phrase templates it was shown, which it will not see again.
    """
    if rate <= 0 or len(ids) <= 3:
        return ids
    keep = torch.rand(len(ids) - 2, generator=generator) >= rate
    return [ids[0], *(t for t, k in zip(ids[1:-1], keep.tolist(), strict=True) if k), ids[-1]]


def _load_base(
    base: BaseModel, labels: list[str], config: TrainConfig, device: torch.device
) -> tuple[PreTrainedTokenizerBase, MeanPoolingClassifier]:
    """The base's tokenizer, and its encoder under a fresh mean-pooling head for ``labels``."""
    from transformers import AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    tokenizer = AutoTokenizer.from_pretrained(base.path, local_files_only=True)
    head = HeadConfig(
        num_labels=len(labels),
        dropout=config.dropout,
        num_layers=config.num_layers,
        tail_tokens=config.tail_tokens,
        clean_text=config.clean_text,
    )
    model = MeanPoolingClassifier.from_base(base.path, head, spread=config.spread_layers)
    if config.frozen_layers > 0:
        model.freeze_bottom(config.frozen_layers)
    model.to(device)
    return tokenizer, model


def _logits(
    model: torch.nn.Module, held: _Held, pad_id: int, config: TrainConfig, device: torch.device
) -> torch.Tensor:
    model.eval()
    return predict_logits(model, held.ids, pad_id=pad_id, batch_size=config.eval_batch_size, device=device)


def _validate(
    model: torch.nn.Module,
    held: _Held,
    labels: list[str],
    pad_id: int,
    config: TrainConfig,
    device: torch.device,
) -> tuple[float, float, float]:
    """Validation loss, macro-F1 and accuracy."""
    logits = _logits(model, held, pad_id, config, device)
    loss = float(torch.nn.functional.cross_entropy(logits, torch.tensor(held.targets)))
    scores = top_class_metrics([labels[i] for i in held.targets], logits, labels)
    return loss, scores.macro_f1, scores.accuracy


def _calibrate(logits: torch.Tensor, targets: torch.Tensor) -> dict[str, float]:
    smoothing = succession_smoothing(logits, targets)
    temperature = fit_temperature(logits, targets, label_smoothing=smoothing)
    out: dict[str, float] = {"temperature": temperature, "label_smoothing": smoothing}
    for name, t in (("before", 1.0), ("after", temperature)):
        probs = torch.softmax(logits / t, dim=-1)
        confidence, predicted = probs.max(dim=-1)
        out[f"val_nll_{name}"] = float(torch.nn.functional.cross_entropy(logits / t, targets))
        out[f"val_ece_{name}"] = expected_calibration_error(
            confidence.tolist(), (predicted == targets).tolist()
        )
    return out


def _score_saved(
    model_dir: Path, val: list[Example], test: list[Example], config: TrainConfig
) -> dict[str, Any]:
    """Score the saved model as the pipeline will load it: fp32 on val and test, int8 on val."""
    fp32 = TransformerClassifier(model_dir, device=config.device, batch_size=config.eval_batch_size)
    blended = fp32.lexical is not None
    out: dict[str, Any] = {}
    for name, examples in (("val", val), ("test", test)):
        if not examples:
            continue
        texts = [e.text for e in examples]
        logits = fp32.transformer_logits(texts)  # once: the blend and the transformer alone read them
        truth = [e.label for e in examples]
        out[name] = top_class_metrics(truth, fp32.calibrated(texts, logits), fp32.labels).to_dict()
        if blended:  # what the transformer reads alone, for the record
            alone = top_class_metrics(truth, fp32.calibrated(texts, logits, lexical=False), fp32.labels)
            out.setdefault("transformer_alone", {})[f"{name}_macro_f1"] = alone.macro_f1
    del fp32
    # Whether int8 holds is a question about the transformer (the lexical expert is not quantised),
    # asked of it alone: the published expert has seen the validation texts (models.lexical_training).
    int8 = TransformerClassifier(
        model_dir, device="cpu", batch_size=config.eval_batch_size, quantize=True, lexical=False
    )
    int8_val = top_class_metrics(
        [e.label for e in val], int8.probabilities([e.text for e in val]), int8.labels
    )
    fp32_val = out["transformer_alone"]["val_macro_f1"] if blended else out["val"]["macro_f1"]
    out["int8"] = {
        "val_macro_f1": int8_val.macro_f1,
        "val_accuracy": int8_val.accuracy,
        "fp32_val_macro_f1": fp32_val,
        "of": "the transformer alone" if blended else "the classifier",
    }
    return out


def _param_groups(model: MeanPoolingClassifier, config: TrainConfig) -> list[dict[str, Any]]:
    """AdamW groups: encoder weights (decayed or not, at the encoder rate) and the head's, at its rate."""
    head = {id(p) for p in model.head_parameters()}
    groups: dict[tuple[bool, bool], list[torch.nn.Parameter]] = {}
    for name, param in model.named_parameters():
        if param.requires_grad:
            no_decay = param.ndim < 2 or "LayerNorm" in name or "layer_norm" in name
            groups.setdefault((id(param) in head, no_decay), []).append(param)
    return [
        {
            "params": params,
            "lr": config.head_learning_rate if is_head else config.learning_rate,
            "weight_decay": 0.0 if no_decay else config.weight_decay,
        }
        for (is_head, no_decay), params in sorted(groups.items())
    ]


def _report(bar: Progress, line: str) -> None:
    log.info(line)
    if not bar.disable:
        bar.console.print(line)


def _progress(enabled: bool) -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("loss {task.fields[loss]:.4f}"),
        TimeRemainingColumn(),
        disable=not enabled,
    )


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
