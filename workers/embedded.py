"""Embedded mode: ingest here, process in a pool of worker processes, SQLite by default."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from pipeline.ingest import Ingested, ingest_bytes, record_rejected
from pipeline.process import ProcessOutcome, process_tree
from pipeline.settings import Settings
from workers.context import WorkerContext, build_context

IGNORED_PREFIXES = (".", "~$")
IGNORED_SUFFIXES = (".part", ".tmp", ".crdownload", ".swp")


@dataclass(frozen=True)
class FileIntake:
    """One file handed to docpipe: ingested, or why it could not even be read."""

    path: Path
    ingested: Ingested | None = None
    error: str | None = None


def is_ignored(path: Path) -> bool:
    """Temporary and hidden files that scanners and editors leave while writing."""
    name = path.name
    return name.startswith(IGNORED_PREFIXES) or name.lower().endswith(IGNORED_SUFFIXES)


def collect_files(paths: Iterable[Path], exclude: Iterable[Path] = ()) -> list[Path]:
    """Files named, and files in folders named (recursively), in a stable order.

    Folders in ``exclude`` (docpipe's own data dir) are never walked into.
    """
    excluded = [e.resolve() for e in exclude]
    found: list[Path] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        for candidate in sorted(path.rglob("*")):
            resolved = candidate.resolve()
            if any(resolved == e or e in resolved.parents for e in excluded):
                continue
            parts = candidate.relative_to(path).parts
            if candidate.is_file() and not any(is_ignored(Path(part)) for part in parts):
                found.append(candidate)
    return found


def ingest_files(ctx: WorkerContext, files: Sequence[Path], source: str = "cli") -> list[FileIntake]:
    """Store each file's bytes and create its row; an unreadable file is reported, not fatal."""
    intakes = []
    limit = ctx.deps.options.limits.max_file_bytes
    for path in files:
        try:
            size = path.stat().st_size
            if size > limit:
                intakes.append(FileIntake(path, ingested=_reject_large(ctx, path, size, limit, source)))
                continue
            data = path.read_bytes()
        except OSError as error:
            intakes.append(FileIntake(path, error=f"cannot read file: {error.strerror or error}"))
            continue
        ingested = ingest_bytes(
            ctx.deps.sessions,
            ctx.deps.store,
            data,
            source=source,
            source_ref=str(path.resolve()),
            filename=path.name,
        )
        intakes.append(FileIntake(path, ingested=ingested))
    return intakes


def _reject_large(ctx: WorkerContext, path: Path, size: int, limit: int, source: str) -> Ingested:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return record_rejected(
        ctx.deps.sessions,
        sha256=digest.hexdigest(),
        size_bytes=size,
        error=f"file too large: {size} bytes, limit {limit}",
        source=source,
        source_ref=str(path.resolve()),
        filename=path.name,
    )


_worker_context: WorkerContext | None = None


def _init_worker(settings: Settings) -> None:
    global _worker_context
    _worker_context = build_context(settings, migrate=False)


def _process_in_worker(document_id: int) -> list[ProcessOutcome]:
    assert _worker_context is not None, "worker not initialised"
    return process_tree(document_id, _worker_context.deps)


def worker_count(settings: Settings, jobs: int) -> int:
    wanted = settings.workers or os.cpu_count() or 1
    return max(1, min(wanted, jobs))


def process_documents(
    ctx: WorkerContext,
    document_ids: Sequence[int],
    on_done: Callable[[list[ProcessOutcome]], None] | None = None,
) -> list[ProcessOutcome]:
    """Process documents (and everything inside them), in parallel where it pays."""
    outcomes: list[ProcessOutcome] = []
    workers = worker_count(ctx.settings, len(document_ids))
    if workers == 1:
        for document_id in document_ids:
            tree = process_tree(document_id, ctx.deps)
            outcomes.extend(tree)
            if on_done:
                on_done(tree)
        return outcomes
    spawn = multiprocessing.get_context("spawn")  # never fork a process that may hold torch threads
    with ProcessPoolExecutor(
        workers, mp_context=spawn, initializer=_init_worker, initargs=(ctx.settings,)
    ) as pool:
        futures = [pool.submit(_process_in_worker, document_id) for document_id in document_ids]
        for future in as_completed(futures):
            tree = future.result()
            outcomes.extend(tree)
            if on_done:
                on_done(tree)
    return outcomes
