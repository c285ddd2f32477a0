"""What ``docpipe train`` and ``docpipe eval`` do; the CLI in ``workers/`` parses options and calls these.

torch and transformers are imported only when a command runs, so the CLI starts fast.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console

from models.base_model import ensure_offline
from models.dataset import SHARED_TRAIN_FRACTION, SharedPart, Split, load_corpus
from models.evaluate import EvalReport, evaluate_classifier, render_report
from models.registry import ModelRegistry, NoModelError
from pipeline.settings import Settings

if TYPE_CHECKING:
    from models.train import TrainConfig, TrainResult


def train_command(
    settings: Settings,
    corpus_dir: Path,
    config: TrainConfig | None = None,
    *,
    with_corrections_pairs: Iterable[tuple[str, str]] | None = None,
    base_model: str | Path | None = None,
    jobs: int = 1,
    cache_dir: Path | None = None,
    include_shared: Path | None = None,
    shared_fraction: float = SHARED_TRAIN_FRACTION,
    mark_current: bool = True,
    console: Console | None = None,
) -> TrainResult:
    """Fine-tune on a labelled folder (plus corrections), publish to the registry, mark it current.

    ``config``: the training recipe (``TrainConfig``'s defaults are the measured ones); it runs on
    ``settings.device`` whatever the config says.
    ``base_model``: a local checkpoint directory; None for the packaged all-MiniLM-L6-v2.
    ``jobs``: processes for reading (OCR) corpus files not yet in the text cache; ``cache_dir``: where
    that cache lives (default: next to the labels file, or the data dir's text-cache where that
    folder cannot be written). ``include_shared``: a folder of real documents with expected.jsonl
    whose train part (``shared_fraction`` of each category) joins the training data. The config's
    ``threads`` are torch CPU threads for training; None: every core
    (``settings.torch_threads`` is for classifying worker processes, which run side by side).
    """
    ensure_offline()
    from models.base_model import resolve_base_model
    from models.train import TrainConfig, train_classifier

    console = console or Console(stderr=True)
    base = resolve_base_model(base_model)  # fail on a bad base before reading the corpus
    if not 0.0 < shared_fraction <= SHARED_TRAIN_FRACTION:
        raise ValueError(f"shared_fraction must be in (0, {SHARED_TRAIN_FRACTION}], not {shared_fraction}")
    options = settings.extract_options()
    corpus = load_corpus(
        corpus_dir, options, jobs=jobs, cache_dir=cache_dir or text_cache_dir(settings, corpus_dir)
    )
    sizes = ", ".join(f"{split} {sum(c.values())}" for split, c in corpus.counts().items())
    classes = len({e.label for e in corpus.examples})
    console.print(
        f"corpus {corpus_dir}: {sizes} documents, {classes} categories; {len(corpus.failed)} unreadable"
    )
    shared = None
    if include_shared is not None:
        real = load_corpus(
            include_shared,
            options,
            splits=("train",),
            jobs=jobs,
            cache_dir=cache_dir or settings.data_dir / "text-cache",  # never write into real data
            shared_fraction=shared_fraction,
        )
        shared = SharedPart(str(include_shared), shared_fraction, real.examples)
        console.print(f"real documents from {include_shared}: {len(real.examples)} added to train")
    config = dataclasses.replace(config or TrainConfig(), device=settings.device)
    result = train_classifier(
        corpus,
        ModelRegistry(settings.registry_dir),
        config,
        base=base,
        corrections=with_corrections_pairs or (),
        shared=shared,
        mark_current=mark_current,
    )
    val, test = result.metrics["val"], result.metrics.get("test")
    lexical = result.metrics.get("lexical")
    console.print(
        f"model [bold]{result.version.name}[/] in {result.version.path}: "
        + (f"held-out test macro-F1 {test['macro_f1']:.4f}, " if test else "")
        + f"validation macro-F1 {val['macro_f1']:.4f}"
        + (" (the published n-gram model has seen it)" if lexical and lexical["refit_on_val"] else "")
        + (" (current)" if result.version.is_current else "")
    )
    alone = result.metrics.get("transformer_alone")
    if alone and lexical:
        console.print(
            f"  validation macro-F1 with the n-gram model fitted on train alone: blend "
            f"{lexical['val_macro_f1_blend']:.4f}, the transformer alone {alone['val_macro_f1']:.4f}, "
            f"the n-gram model alone {lexical['val_macro_f1_alone']:.4f}"
        )
    return result


def text_cache_dir(settings: Settings, folder: Path) -> Path | None:
    """Where extracted texts of ``folder`` are cached: next to the labels of a synthetic corpus
    (None) that can be written, else ``<data dir>/text-cache``.

    A folder of real documents (expected.jsonl, such as ../shared/data) is never written to, even
    by root, for whom every folder passes ``os.access``.
    """
    synthetic = (folder / "labels.jsonl").is_file()
    return None if synthetic and os.access(folder, os.W_OK) else settings.data_dir / "text-cache"


def eval_command(
    settings: Settings,
    folder: Path,
    as_json: bool = False,
    *,
    split: Split | None = None,
    cache_dir: Path | None = None,
    console: Console | None = None,
) -> EvalReport:
    """Evaluate the current model (or ``settings.model_dir``) on a labelled folder and print the report.

    The split of real (expected.jsonl) documents is the one the model was trained with, so
    ``split="test"`` leaves out what ``--include-shared`` trained on. Raises NoModelError when
    there is no model to evaluate.
    """
    ensure_offline()
    from models.classifier import load_classifier

    classifier = load_classifier(settings)
    if classifier is None:
        raise NoModelError(
            f"no current model in {ModelRegistry(settings.registry_dir).root}; run `docpipe train`"
        )
    report = evaluate_classifier(
        folder,
        classifier,
        split=split,
        options=settings.extract_options(),
        review_threshold=settings.review_threshold,
        progress=not as_json,
        cache_dir=cache_dir or text_cache_dir(settings, folder),
        shared_fraction=trained_shared_fraction(classifier.model_dir),
    )
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
    else:
        render_report(report, console or Console())
    return report


def trained_shared_fraction(model_dir: Path) -> float:
    """The share of real documents the model trained on (metrics.json), else the default split's."""
    try:
        metrics = json.loads((model_dir / "metrics.json").read_text(encoding="utf-8"))
        return float(metrics["shared"]["fraction"])
    except (OSError, KeyError, TypeError, ValueError):
        return SHARED_TRAIN_FRACTION
