"""On a machine with a CUDA GPU: classification throughput at batch 1, 16 and 64, and fine-tuning time.

Skipped (never failed) where there is no CUDA device. Fine-tuning runs on a small seeded synthetic
corpus (born-digital documents and mails, no scans) into a scratch registry: the user's registry
and its ``current`` model are never touched.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from models.classifier import Device

BATCHES = (1, 16, 64)


def cuda_available() -> bool:
    """Whether torch sees a CUDA device (torch is imported only where a driver is installed)."""
    if shutil.which("nvidia-smi") is None:
        return False
    try:
        import torch
    except ImportError:
        return False
    return bool(torch.cuda.is_available())


def measure_gpu(model_dir: Path | None, texts: Sequence[str], *, quick: bool) -> dict[str, Any]:
    """GPU figures, or ``{"skipped": "no CUDA device"}``; an error is reported, not raised."""
    if not cuda_available():
        print("no CUDA device: GPU benchmark skipped")
        return {"skipped": "no CUDA device"}
    try:
        return _measure(model_dir, texts, quick=quick)
    except Exception as error:  # the GPU section must never sink the CPU figures
        return {"error": f"{type(error).__name__}: {error}"}


def _measure(
    model_dir: Path | None,
    texts: Sequence[str],
    *,
    quick: bool,
    device: Device = "cuda",
    count: int | None = None,
) -> dict[str, Any]:
    """Fine-tune on a seeded synthetic corpus, then time classification (``device`` and ``count``
    exist so that the code path can be tried on a CPU with a tiny corpus)."""
    import torch

    from models.synth import generate_corpus

    name = torch.cuda.get_device_name(0) if device == "cuda" else device
    result: dict[str, Any] = {"device": name}
    with tempfile.TemporaryDirectory(prefix="docpipe-bench-gpu-") as tmp:
        corpus_dir = Path(tmp) / "corpus"
        generate_corpus(corpus_dir, count=count or (220 if quick else 1100), seed=7, scan_share=0.0)
        epochs = 1 if quick else 3
        result["fine_tuning"] = _fine_tune(corpus_dir, Path(tmp) / "registry", epochs=epochs, device=device)
        measured = model_dir or Path(result["fine_tuning"]["model_dir"])
        sample = list(texts) or _corpus_texts(corpus_dir)
        n = 256 if quick else 1024
        result["classification"] = _classification(measured, sample, n=count or n, device=device)
        result["classification"]["model"] = measured.name
    return result


def _fine_tune(corpus_dir: Path, registry_dir: Path, *, epochs: int, device: Device) -> dict[str, Any]:
    from models.dataset import load_corpus
    from models.registry import ModelRegistry
    from models.train import TrainConfig, train_classifier

    corpus = load_corpus(corpus_dir, progress=False)
    config = TrainConfig(epochs=epochs, patience=epochs, device=device, progress=False)
    started = time.perf_counter()
    trained = train_classifier(corpus, ModelRegistry(registry_dir), config)
    elapsed = time.perf_counter() - started
    examples = len(corpus.split("train"))
    return {
        "examples": examples,
        "epochs": epochs,
        "seconds": elapsed,
        "train_seconds": trained.metrics.get("train_seconds"),
        "examples_per_s": examples * epochs / elapsed if elapsed > 0 else 0.0,
        "model_dir": str(trained.version.path),
    }


def _classification(model_dir: Path, texts: Sequence[str], *, n: int, device: Device) -> dict[str, Any]:
    import torch

    from models.classifier import TransformerClassifier

    pool = [texts[i % len(texts)] for i in range(n)]
    figures: dict[str, Any] = {}
    sync = torch.cuda.synchronize if device == "cuda" else (lambda: None)
    for batch in BATCHES:
        classifier = TransformerClassifier(model_dir, device=device, batch_size=batch)
        classifier.classify(pool[:batch])  # warm-up: kernels, allocator
        sync()
        started = time.perf_counter()
        classifier.classify(pool)
        sync()
        elapsed = time.perf_counter() - started
        figures[f"batch_{batch}"] = {"docs_per_s": n / elapsed, "per_doc_ms": 1000 * elapsed / n}
        del classifier
        if device == "cuda":
            torch.cuda.empty_cache()
    return figures


def _corpus_texts(corpus_dir: Path) -> list[str]:
    from models.dataset import load_corpus

    return [example.text for example in load_corpus(corpus_dir, progress=False).examples][:256]
