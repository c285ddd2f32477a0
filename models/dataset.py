"""Labelled folders as (text, label) examples for training and evaluation.

A labelled folder holds documents and one JSON object per document in ``labels.jsonl`` (the
synthetic corpus: ``file``, ``category``, ``split``, ``layout_family``, ...) or ``expected.jsonl``
(the ../shared/data form: ``file``, ``category``, ``subset``, ...). A folder without either is
searched one or more levels down (``../shared/data`` holds ``invoices/``, ``receipts/``, ``emails/``).

Text comes from the pipeline's own extraction stage, as the classifier reads it
(``pipeline.classifier_input``: a mail's envelope line first), so a model learns from what it will see.
Extracted texts are cached in ``.text-cache.jsonl`` next to the labels file, keyed by the file's
sha256 and the extraction options, so training again does not OCR again. Delete the cache after
changing the extractors.

Splits: a row's own ``split`` wins. Synthetic rows without one get a stable hash split of their
group (layout family or template). Rows of ``expected.jsonl`` (real documents) without one are
halved by a stable hash of their file name: ``train`` below ``shared_fraction`` (default 0.5),
``test`` above, and no ``val``; ``docpipe train --include-shared`` learns from the first part and
``docpipe eval --split test`` scores the second.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal, TextIO

from rich.progress import Progress

from pipeline.categories import DEFAULT_CATEGORIES
from pipeline.classifier_input import INPUT_VERSION, classifier_input
from pipeline.errors import DocumentError
from pipeline.extract import detect_mime_type, extract_text
from pipeline.options import ExtractOptions

log = logging.getLogger(__name__)

Split = Literal["train", "val", "test"]
LABEL_FILES = ("labels.jsonl", "expected.jsonl")
CACHE_FILE = ".text-cache.jsonl"
_SPLIT_NAMES: dict[str, Split] = {
    "train": "train",
    "training": "train",
    "val": "val",
    "valid": "val",
    "validation": "val",
    "dev": "val",
    "test": "test",
    "heldout": "test",
    "held-out": "test",
}
# Keys of a labels row that name the group (layout family, phrase template) a document comes from;
# a derived split keeps a group on one side.
_GROUP_KEYS = ("layout_family", "family", "layout", "template")
SHARED_TRAIN_FRACTION = 0.5  # of the rows of an expected.jsonl, the share in its train part


@dataclass(frozen=True)
class LabelledFile:
    """One row of a labels file."""

    path: Path
    source: str  # the path relative to the folder given, for reports
    category: str
    split: Split
    group: str
    labels_dir: Path  # where its labels file (and text cache) lives


@dataclass(frozen=True)
class Example:
    """A document's text and its true category."""

    text: str
    label: str
    split: Split
    source: str


@dataclass(frozen=True)
class FailedFile:
    """A labelled file whose text could not be read; it is reported, not silently dropped."""

    source: str
    error: str


@dataclass
class Corpus:
    """The examples of a labelled folder, and the files that could not be read."""

    root: Path
    examples: list[Example]
    failed: list[FailedFile]

    def split(self, name: Split) -> list[Example]:
        """The examples of one split."""
        return [e for e in self.examples if e.split == name]

    def counts(self) -> dict[str, dict[str, int]]:
        """Examples per split and per class: ``{split: {category: n}}``."""
        out: dict[str, dict[str, int]] = {}
        for e in self.examples:
            per_class = out.setdefault(e.split, {})
            per_class[e.label] = per_class.get(e.label, 0) + 1
        return {s: dict(sorted(c.items())) for s, c in sorted(out.items())}


@dataclass(frozen=True)
class SharedPart:
    """The train part of a folder of real labelled documents, added to a synthetic corpus."""

    path: str
    fraction: float
    examples: list[Example]

    def info(self) -> dict[str, Any]:
        """What metrics.json and the model card say about it."""
        counts: dict[str, int] = {}
        for e in self.examples:
            counts[e.label] = counts.get(e.label, 0) + 1
        files = sorted(e.source for e in self.examples)
        return {
            "path": self.path,
            "fraction": self.fraction,
            "count": len(self.examples),
            "counts": dict(sorted(counts.items())),
            "files": files,
        }


def label_order(categories: Iterable[str]) -> list[str]:
    """Categories in label-map order: the default ones that occur, as in DESIGN.md, then others sorted."""
    present = set(categories)
    return [c for c in DEFAULT_CATEGORIES if c in present] + sorted(present - set(DEFAULT_CATEGORIES))


def find_label_files(folder: Path) -> list[Path]:
    """The labels files of a folder: its own, else those in its subfolders (sorted)."""
    for name in LABEL_FILES:
        if (folder / name).is_file():
            return [folder / name]
    found: dict[Path, Path] = {}
    for name in LABEL_FILES:
        for path in sorted(folder.rglob(name)):
            found.setdefault(path.parent, path)  # labels.jsonl wins over expected.jsonl
    if not found:
        raise FileNotFoundError(f"{folder}: no {' or '.join(LABEL_FILES)} here or below")
    return [found[parent] for parent in sorted(found)]


def read_labels(
    folder: Path,
    *,
    val_fraction: float = 0.1,
    test_fraction: float = 0.1,
    shared_fraction: float = SHARED_TRAIN_FRACTION,
) -> list[LabelledFile]:
    """Every labelled row under ``folder`` that names a category.

    Rows without a ``split`` get a stable one. In a labels.jsonl: from a hash of their group (layout
    family or template), ``val_fraction`` / ``test_fraction`` of the groups. In an expected.jsonl:
    per category, the rows ranked by a hash of their file name; the first ``shared_fraction`` of
    them (rounded) are ``train``, the rest ``test``. A smaller fraction takes a subset of a larger
    one's train part, so any fraction up to the default leaves the default test part unseen.
    """
    rows: list[LabelledFile] = []
    for labels_file in find_label_files(folder):
        real = labels_file.name == "expected.jsonl"
        found: list[LabelledFile] = []
        to_halve: list[int] = []  # real rows with no split of their own
        for lineno, raw in enumerate(labels_file.read_text(encoding="utf-8").splitlines(), 1):
            if not raw.strip():
                continue
            try:
                row = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{labels_file}:{lineno}: not JSON: {exc}") from exc
            if not row.get("category") or not row.get("file"):
                continue  # e.g. the MIME parsing test messages: no category to learn or score
            group = _group(row)
            where = f"{labels_file}:{lineno}"
            given = _given_split(row, where)
            if real and given is None:
                to_halve.append(len(found))
            derived = "train" if real else _hash_split(group, val_fraction, test_fraction)
            found.append(
                LabelledFile(
                    path=labels_file.parent / str(row["file"]),
                    source=str(labels_file.parent.relative_to(folder) / str(row["file"])),
                    category=str(row["category"]),
                    split=given or derived,
                    group=group,
                    labels_dir=labels_file.parent,
                )
            )
        rows += _halved(found, to_halve, shared_fraction)
    return rows


def _halved(rows: list[LabelledFile], indices: list[int], fraction: float) -> list[LabelledFile]:
    """``rows`` with those at ``indices`` split per category: the first ``fraction`` by hash rank train."""
    out = list(rows)
    by_class: dict[str, list[int]] = {}
    for i in indices:
        by_class.setdefault(rows[i].category, []).append(i)
    for members in by_class.values():
        ranked = sorted(members, key=lambda i: hashlib.sha256(rows[i].path.name.encode()).digest())
        cut = round(len(ranked) * fraction)
        for rank, i in enumerate(ranked):
            out[i] = replace(rows[i], split="train" if rank < cut else "test")
    return out


def load_corpus(
    folder: Path,
    options: ExtractOptions | None = None,
    *,
    splits: tuple[Split, ...] | None = None,
    jobs: int = 1,
    progress: bool = True,
    cache_dir: Path | None = None,
    shared_fraction: float = SHARED_TRAIN_FRACTION,
) -> Corpus:
    """Read the labelled folder's texts (from the cache where possible) as examples.

    ``cache_dir``: keep the text caches there instead of next to the labels files (a read-only
    or shared data folder); ``jobs``: processes for extracting files not yet cached;
    ``shared_fraction``: the train share of expected.jsonl rows (see :func:`read_labels`).
    """
    options = options or ExtractOptions()
    labelled = read_labels(folder, shared_fraction=shared_fraction)
    rows = [r for r in labelled if splits is None or r.split in splits]
    by_dir: dict[Path, list[LabelledFile]] = {}
    for row in rows:
        by_dir.setdefault(row.labels_dir, []).append(row)
    texts: dict[Path, str | FailedFile] = {}
    for directory, members in by_dir.items():  # one cache per labels file
        cache = _cache_path(directory, cache_dir)
        texts.update(_texts_for(directory, members, options, cache, jobs=jobs, progress=progress))
    examples: list[Example] = []
    failed: list[FailedFile] = []
    for row in rows:
        result = texts[row.path]
        if isinstance(result, FailedFile):
            failed.append(result)
        else:
            examples.append(Example(result, row.category, row.split, row.source))
    for item in failed:
        log.warning("skipped %s: %s", item.source, item.error)
    return Corpus(root=folder, examples=examples, failed=failed)


def _cache_path(directory: Path, cache_dir: Path | None) -> Path:
    if cache_dir is None:
        return directory / CACHE_FILE
    cache_dir.mkdir(parents=True, exist_ok=True)
    key = hashlib.sha256(str(directory.resolve()).encode()).hexdigest()[:16]
    return cache_dir / f"{directory.name}-{key}{CACHE_FILE}"


def _texts_for(
    directory: Path,
    rows: list[LabelledFile],
    options: ExtractOptions,
    cache_path: Path,
    *,
    jobs: int,
    progress: bool,
) -> dict[Path, str | FailedFile]:
    options_key = _options_key(options)
    cache = _read_cache(cache_path, options_key)
    out: dict[Path, str | FailedFile] = {}
    todo: list[LabelledFile] = []
    for row in rows:
        try:
            sha = _sha256(row.path)
        except OSError as exc:
            out[row.path] = FailedFile(row.source, f"cannot read: {exc.strerror or exc}")
            continue
        if sha in cache:
            out[row.path] = cache[sha]
        else:
            todo.append(row)
    if not todo:
        return out
    with Progress(disable=not progress, transient=True) as bar, _CacheWriter(cache_path) as writer:
        task = bar.add_task(f"reading {directory.name or directory}", total=len(todo))
        for row, (sha, text, error) in zip(
            todo, _extract_all([r.path for r in todo], options, jobs), strict=True
        ):
            if text is not None:
                out[row.path] = text
                # Written as each file is done, so an interrupted run keeps what it read.
                writer.add({"sha256": sha, "options": options_key, "file": row.source, "text": text})
            else:
                out[row.path] = FailedFile(row.source, error or "unknown error")
            bar.advance(task)
    return out


_Extracted = tuple[str, str | None, str | None]  # sha256, text, error


def _extract_all(paths: list[Path], options: ExtractOptions, jobs: int) -> Iterator[_Extracted]:
    if jobs <= 1:
        yield from (_extract_one(path, options) for path in paths)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_extract_one, paths, [options] * len(paths), chunksize=2)


def _extract_one(path: Path, options: ExtractOptions) -> _Extracted:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return "", None, f"cannot read: {exc.strerror or exc}"
    sha = hashlib.sha256(data).hexdigest()
    try:
        return (
            sha,
            classifier_input(extract_text(data, detect_mime_type(data, path.name), options), options),
            None,
        )
    except DocumentError as exc:
        return sha, None, str(exc)
    except Exception as exc:  # a bug or library failure on one file must not end a long corpus read
        log.exception("extracting %s failed", path)
        return sha, None, f"{type(exc).__name__}: {exc}"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _options_key(options: ExtractOptions) -> str:
    return f"{options.ocr_languages}|{options.ocr_dpi}|{options.min_text_layer_chars}|{INPUT_VERSION}"


def _read_cache(path: Path, options_key: str) -> dict[str, str]:
    cache: dict[str, str] = {}
    if not path.is_file():
        return cache
    for raw in _lines(path):
        try:
            entry = json.loads(raw)
        except json.JSONDecodeError:
            continue  # a line cut short by a crash; that file is read again
        if entry.get("options") == options_key and isinstance(entry.get("text"), str):
            cache[str(entry["sha256"])] = entry["text"]
    return cache


class _CacheWriter:
    """Appends cache entries one line at a time; a folder that cannot be written means no cache."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.handle: TextIO | None = None
        self.failed = False

    def __enter__(self) -> _CacheWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.handle is not None:
            self.handle.close()

    def add(self, entry: dict[str, Any]) -> None:
        if self.failed:
            return
        try:
            if self.handle is None:
                self.handle = self.path.open("a", encoding="utf-8")
            self.handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
            self.handle.flush()
        except OSError as exc:
            self.failed = True
            log.warning("cannot write the text cache %s: %s; carrying on without it", self.path, exc)


def _lines(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield line


def _group(row: dict[str, Any]) -> str:
    for key in _GROUP_KEYS:
        if row.get(key):
            return f"{key}={row[key]}"
    return f"file={row['file']}"


def _given_split(row: dict[str, Any], where: str) -> Split | None:
    given = row.get("split")
    if not given:
        return None
    split = _SPLIT_NAMES.get(str(given).lower())
    if split is None:
        raise ValueError(f"{where}: unknown split {given!r} (train, val or test)")
    return split


def _hash_split(group: str, val_fraction: float, test_fraction: float) -> Split:
    bucket = int.from_bytes(hashlib.sha256(group.encode()).digest()[:8], "big") / 2**64
    if bucket < test_fraction:
        return "test"
    if bucket < test_fraction + val_fraction:
        return "val"
    return "train"
