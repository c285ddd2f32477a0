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


class EmbeddedProcessor:
    """Processes batches of documents in a worker pool that lives as long as this object.

    The pool (and the models each worker loads) is started on the first batch that needs more
    than one process and kept for the next, so a long-running ``docpipe run`` loads models once.
    """

    def __init__(self, ctx: WorkerContext, max_workers: int | None = None) -> None:
        self.ctx = ctx
        self.max_workers = max_workers or worker_count(ctx.settings, os.cpu_count() or 1)
        self._pool: ProcessPoolExecutor | None = None

    def process(
        self,
        document_ids: Sequence[int],
        on_done: Callable[[list[ProcessOutcome]], None] | None = None,
    ) -> list[ProcessOutcome]:
        """Process documents (and everything inside them), in parallel where it pays."""
        outcomes: list[ProcessOutcome] = []
        if self.max_workers == 1 or (len(document_ids) == 1 and self._pool is None):
            for document_id in document_ids:
                tree = process_tree(document_id, self.ctx.deps)
                outcomes.extend(tree)
                if on_done:
                    on_done(tree)
            return outcomes
        pool = self._ensure_pool()
        futures = [pool.submit(_process_in_worker, document_id) for document_id in document_ids]
        for future in as_completed(futures):
            tree = future.result()
            outcomes.extend(tree)
            if on_done:
                on_done(tree)
        return outcomes

    def _ensure_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn: never fork a process that may hold torch threads
            self._pool = ProcessPoolExecutor(
                self.max_workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
                initargs=(self.ctx.settings,),
            )
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> EmbeddedProcessor:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def process_documents(
    ctx: WorkerContext,
    document_ids: Sequence[int],
    on_done: Callable[[list[ProcessOutcome]], None] | None = None,
) -> list[ProcessOutcome]:
    """One batch through a pool sized for it (``docpipe process``)."""
    with EmbeddedProcessor(ctx, max_workers=worker_count(ctx.settings, len(document_ids))) as processor:
        return processor.process(document_ids, on_done)
