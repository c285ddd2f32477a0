"""What ``docpipe train`` and ``docpipe eval`` do; the CLI in ``workers/`` parses options and calls these.

torch and transformers are imported only when a command runs, so the CLI starts fast.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console

from models.base_model import ensure_offline
from models.dataset import Split, load_corpus
from models.evaluate import EvalReport, evaluate_classifier, render_report
from models.registry import ModelRegistry, NoModelError
from pipeline.settings import Settings

if TYPE_CHECKING:
    from models.train import TrainResult


def train_command(
    settings: Settings,
    corpus_dir: Path,
    *,
    epochs: int = 8,
    with_corrections_pairs: Iterable[tuple[str, str]] | None = None,
    base_model: str | Path | None = None,
    batch_size: int = 16,
    learning_rate: float = 5e-5,
    max_length: int = 256,
    patience: int = 2,
    seed: int = 42,
    jobs: int = 1,
    cache_dir: Path | None = None,
    mark_current: bool = True,
    console: Console | None = None,
) -> TrainResult:
    """Fine-tune on a labelled folder (plus corrections), publish to the registry, mark it current.

    ``base_model``: a local checkpoint directory; None for the packaged all-MiniLM-L6-v2.
    ``jobs``: processes for reading (OCR) corpus files not yet in the text cache; ``cache_dir``: where
    that cache lives (default: next to the labels file).
    """
    ensure_offline()
    from models.base_model import resolve_base_model
    from models.train import TrainConfig, train_classifier

    console = console or Console(stderr=True)
    base = resolve_base_model(base_model)  # fail on a bad base before reading the corpus
    corpus = load_corpus(corpus_dir, settings.extract_options(), jobs=jobs, cache_dir=cache_dir)
    sizes = ", ".join(f"{split} {sum(c.values())}" for split, c in corpus.counts().items())
    classes = len({e.label for e in corpus.examples})
    console.print(
        f"corpus {corpus_dir}: {sizes} documents, {classes} categories; {len(corpus.failed)} unreadable"
    )
    config = TrainConfig(
        epochs=epochs,
        batch_size=batch_size,
        learning_rate=learning_rate,
        max_length=max_length,
        patience=patience,
        seed=seed,
        device=settings.device,
        threads=settings.torch_threads,
    )
    result = train_classifier(
        corpus,
        ModelRegistry(settings.registry_dir),
        config,
        base=base,
        corrections=with_corrections_pairs or (),
        mark_current=mark_current,
    )
    val = result.metrics["val"]
    console.print(
        f"model [bold]{result.version.name}[/] in {result.version.path}: validation accuracy "
        f"{val['accuracy']:.4f}, macro-F1 {val['macro_f1']:.4f}"
        + (" (current)" if result.version.is_current else "")
    )
    return result


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

    Raises NoModelError when there is no model to evaluate.
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
        cache_dir=cache_dir,
    )
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
    else:
        render_report(report, console or Console())
    return report
