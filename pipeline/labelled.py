"""Labelled folders: the file that holds a folder's expected values.

``expected.jsonl`` for real documents (../shared/data), ``labels.jsonl`` for a synthetic corpus
(``docpipe synth``); both hold one JSON object per document with ``file`` and ``fields``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

LABEL_FILES = ("expected.jsonl", "labels.jsonl")


def label_file(folder: Path) -> Path | None:
    """The folder's ``expected.jsonl``, else its ``labels.jsonl``; None when it has neither."""
    return next((folder / name for name in LABEL_FILES if (folder / name).is_file()), None)


def missing_labels(folder: Path) -> str:
    """What to say of a folder without a labels file."""
    return f"no {' or '.join(LABEL_FILES)} in {folder}"


def read_label_rows(folder: Path) -> list[dict[str, Any]]:
    """Every row of the folder's labels file; FileNotFoundError when it has none."""
    path = label_file(folder)
    if path is None:
        raise FileNotFoundError(missing_labels(folder))
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
