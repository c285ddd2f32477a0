"""Labelled documents for the field scorer: a synthetic corpus's invoice-like files and their fields.

Rows come from ``labels.jsonl`` (``docpipe synth``): the files of the categories that carry an
invoice header (invoices, credit notes, receipts, purchase orders), not mails, with their labelled
``fields`` and layout-family ``split``. Their text comes from the pipeline's own extraction stage,
cached (words and all) under ``cache_dir``: extracting scans again means OCR again.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import pickle
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.categories import INVOICE_LIKE
from pipeline.errors import DocumentError
from pipeline.extract import detect_mime_type, extract_text
from pipeline.options import ExtractOptions
from pipeline.records import Extraction

CACHE_VERSION = "1"
CACHE_DIR = ".field-cache"


@dataclass(frozen=True)
class LabelledDocument:
    """One labelled file: where it is, its category, split, layout family and fields."""

    path: Path
    category: str
    split: str
    family: str
    fields: dict[str, str]


def read_documents(folder: Path, splits: tuple[str, ...] | None = None) -> list[LabelledDocument]:
    """The invoice-like files of a labelled folder (its ``labels.jsonl``), those of ``splits`` when given."""
    labels = folder / "labels.jsonl"
    if not labels.is_file():
        raise FileNotFoundError(f"{folder}: no labels.jsonl (make one with `docpipe synth`)")
    found = []
    for raw in labels.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        row: dict[str, Any] = json.loads(raw)
        if row.get("kind") == "eml" or row.get("category") not in INVOICE_LIKE or not row.get("fields"):
            continue
        split = str(row.get("split", "train"))
        if splits is not None and split not in splits:
            continue
        found.append(
            LabelledDocument(
                folder / str(row["file"]),
                str(row["category"]),
                split,
                str(row.get("family", "")),
                {str(k): str(v) for k, v in row["fields"].items()},
            )
        )
    return found


def cache_file(
    document: LabelledDocument, data: bytes, options: ExtractOptions, cache_dir: Path | None
) -> Path:
    """Where a document's extraction is cached: by content and extraction options."""
    salt = hashlib.sha256(f"{CACHE_VERSION}:{options!r}".encode()).hexdigest()[:12]
    folder = cache_dir or document.path.parent / CACHE_DIR
    return folder / f"{hashlib.sha256(data).hexdigest()[:24]}-{salt}.pkl.gz"


def extractions(
    documents: Iterable[LabelledDocument], options: ExtractOptions, cache_dir: Path | None = None
) -> Iterator[tuple[LabelledDocument, Extraction]]:
    """Each document with its extraction, cached (``cache_dir``, else ``.field-cache`` next to the
    labels); files that cannot be read are skipped, as the pipeline would fail them."""
    for document in documents:
        data = document.path.read_bytes()
        cached = cache_file(document, data, options, cache_dir)
        if cached.is_file():
            with gzip.open(cached, "rb") as handle:
                extraction = pickle.load(handle)  # our own cache, written below
        else:
            try:
                extraction = extract_text(data, detect_mime_type(data, document.path.name), options)
            except DocumentError:
                continue
            cached.parent.mkdir(parents=True, exist_ok=True)
            with gzip.open(cached, "wb") as handle:
                pickle.dump(extraction, handle)
        yield document, extraction
