"""The model registry: one directory per trained model under the data dir, and a ``current`` pointer.

Layout::

    <data_dir>/models/
        2026-11-21T1130-abc123/    model.safetensors, tokenizer, labels.json, temperature.json, ...
        2026-11-22T0915-9f00d1/
        current                    one line: the name of the version in use

A version is written into a hidden staging directory and renamed into place when complete, so a
crash never leaves a half-written version; ``current`` is replaced atomically.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

CURRENT_FILE = "current"
_VERSION_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{4}-[0-9a-f]{6}(?:-\d+)?$")


class NoModelError(LookupError):
    """No trained model is available where one was asked for."""


@dataclass(frozen=True)
class ModelVersion:
    """One trained model in the registry."""

    name: str
    path: Path
    is_current: bool


class ModelRegistry:
    """Versioned model directories under ``root`` (``settings.registry_dir``)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def versions(self) -> list[ModelVersion]:
        """Every complete version, oldest first."""
        if not self.root.is_dir():
            return []
        current = self.current_name()
        names = sorted(p.name for p in self.root.iterdir() if p.is_dir() and _VERSION_NAME.match(p.name))
        return [ModelVersion(name, self.root / name, name == current) for name in names]

    def current_name(self) -> str | None:
        """The name the ``current`` pointer holds, or None when there is none."""
        try:
            name = (self.root / CURRENT_FILE).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        return name or None

    def current(self) -> Path | None:
        """The directory of the current model, or None when none is marked or it has gone."""
        name = self.current_name()
        if name is None or not _VERSION_NAME.match(name):
            return None
        path = self.root / name
        return path if path.is_dir() else None

    def resolve(self, name: str | None = None) -> Path:
        """The directory of version ``name`` (None or ``"current"``: the current one)."""
        if name is None or name == CURRENT_FILE:
            path = self.current()
            if path is None:
                raise NoModelError(f"no current model in {self.root}; train one with `docpipe train`")
            return path
        if not _VERSION_NAME.match(name) or not (self.root / name).is_dir():
            raise NoModelError(f"no model version {name!r} in {self.root}")
        return self.root / name

    def mark_current(self, name: str) -> None:
        """Point ``current`` at version ``name`` (atomic replace of the pointer file)."""
        self.resolve(name)
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".current-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(name + "\n")
        os.chmod(tmp, 0o644)  # mkstemp makes 0600
        os.replace(tmp, self.root / CURRENT_FILE)

    def staging_dir(self) -> Path:
        """A fresh hidden directory to write a new version into before :meth:`publish`."""
        self.root.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(dir=self.root, prefix=".staging-"))

    def publish(self, staging: Path, digest: str, *, when: datetime | None = None) -> ModelVersion:
        """Rename a complete staging directory to its version name ``<UTC minute>-<digest[:6]>``."""
        stamp = (when or datetime.now(UTC)).strftime("%Y-%m-%dT%H%M")
        base = f"{stamp}-{digest[:6].lower()}"
        name, n = base, 1
        while (self.root / name).exists():
            n += 1
            name = f"{base}-{n}"
        _readable(staging)
        staging.rename(self.root / name)
        return ModelVersion(name, self.root / name, self.current_name() == name)

    def discard(self, staging: Path) -> None:
        """Remove a staging directory that will not be published."""
        if staging.parent == self.root and staging.name.startswith(".staging-"):
            shutil.rmtree(staging, ignore_errors=True)


def _readable(directory: Path) -> None:
    # mkdtemp makes 0700 and some writers 0600: workers running as another user must read the model.
    directory.chmod(0o755)
    for path in directory.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
