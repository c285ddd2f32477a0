"""The watched inbox: files dropped into a folder (often a scanner's network share) become documents.

watchdog reports changes (inotify; polling on network shares, where inotify never fires); the
watcher itself decides when a file is complete: its size and modification time unchanged for a
settle period. Files already there at start-up are taken too, and subfolders; temporary and
hidden files are ignored. Once a file's records commit it moves to ``processed/`` (or is
deleted); one that failed moves to ``failed/`` with ``<name>.error.txt`` beside it saying why.
Both folders sit in the inbox and are never watched. Names already taken there get a suffix.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserverVFS

from pipeline.db.models import Document
from pipeline.ingest import ingest_bytes, record_rejected
from pipeline.process import PipelineDeps
from workers.embedded import is_ignored
from workers.sources import ProcessFn, pending_in_tree

log = logging.getLogger(__name__)

TICK_SECONDS = 0.2
READ_ATTEMPTS = 3


@dataclass(frozen=True)
class _Signature:
    size: int
    mtime_ns: int


@dataclass
class _Candidate:
    signature: _Signature | None
    since: float  # monotonic time the signature was first seen unchanged, or a retry time


@dataclass(frozen=True)
class FileOutcome:
    """What became of one file: its document, and where the original went."""

    path: Path
    document_id: int | None
    status: str  # the document's status, or "unreadable"
    moved_to: Path | None  # None: deleted, or left in place


class InboxWatcher:
    """Watches ``inbox`` and hands settled files to ``process``; ``run`` until stopped."""

    def __init__(
        self,
        inbox: Path,
        deps: PipelineDeps,
        process: ProcessFn,
        *,
        polling: bool = False,
        poll_seconds: float = 2.0,
        settle_seconds: float = 2.0,
        on_done: Literal["processed", "delete"] = "processed",
        retry_seconds: float = 30.0,
        rescan_seconds: float = 300.0,
    ) -> None:
        self.inbox = inbox.resolve()
        self.processed_dir = self.inbox / "processed"
        self.failed_dir = self.inbox / "failed"
        self.deps = deps
        self.process = process
        self.polling = polling
        self.poll_seconds = poll_seconds
        self.settle_seconds = settle_seconds
        self.on_done = on_done
        self.retry_seconds = retry_seconds
        self.rescan_seconds = rescan_seconds
        self._candidates: dict[Path, _Candidate] = {}
        self._read_failures: dict[Path, int] = {}
        self._lock = threading.Lock()

    # -- the loop ---------------------------------------------------------------------------

    def run(self, stop: threading.Event) -> None:
        """Watch until ``stop`` is set; files present at start are taken like new ones."""
        for folder in (self.inbox, self.processed_dir, self.failed_dir):
            folder.mkdir(parents=True, exist_ok=True)
        observer = self._observer()
        observer.schedule(_Handler(self), str(self.inbox), recursive=True)
        observer.start()
        log.info("watching %s (%s)", self.inbox, "polling" if self.polling else "inotify")
        try:
            self.scan()
            last_scan = time.monotonic()
            while not stop.wait(TICK_SECONDS):
                if time.monotonic() - last_scan > self.rescan_seconds:  # events can be lost (queue overflow)
                    self.scan()
                    last_scan = time.monotonic()
                try:
                    self.take_settled()
                except Exception:
                    log.exception("inbox %s: taking files failed; trying again", self.inbox)
        finally:
            observer.stop()
            observer.join(timeout=10)

    def _observer(self) -> BaseObserver:
        if not self.polling:
            return Observer()
        return PollingObserverVFS(os.stat, self._listdir, polling_interval=self.poll_seconds)

    def _listdir(self, path: str | None) -> Iterator[os.DirEntry[str]]:
        # What the polling observer sees: processed/ and failed/ are not listed, let alone stat'ed.
        with os.scandir(path) as entries:
            for entry in entries:
                if Path(entry.path) not in (self.processed_dir, self.failed_dir):
                    yield entry

    # -- candidates -------------------------------------------------------------------------

    def scan(self) -> None:
        """Note every file in the inbox (start-up, and now and then in case an event was lost)."""
        for root, dirs, files in os.walk(self.inbox):
            here = Path(root)
            dirs[:] = [d for d in dirs if self.watches(here / d)]
            for name in files:
                self.notice(here / name)

    def watches(self, path: Path) -> bool:
        """Whether ``path`` is something the watcher takes (or a folder it looks into)."""
        try:
            relative = path.relative_to(self.inbox)
        except ValueError:
            return False
        if path in (self.processed_dir, self.failed_dir) or self.processed_dir in path.parents:
            return False
        if self.failed_dir in path.parents:
            return False
        return bool(relative.parts) and not any(is_ignored(Path(part)) for part in relative.parts)

    def notice(self, path: Path) -> None:
        """A file appeared or changed: take it once it has settled."""
        if not self.watches(path):
            return
        with self._lock:
            if path not in self._candidates:
                self._candidates[path] = _Candidate(None, time.monotonic())

    def take_settled(self) -> list[FileOutcome]:
        """Take the files whose size and mtime have not changed for the settle period."""
        ready: list[tuple[Path, _Signature]] = []
        now = time.monotonic()
        with self._lock:
            for path, candidate in list(self._candidates.items()):
                signature = _signature(path)
                if signature is None:
                    del self._candidates[path]  # gone, or a folder
                elif signature != candidate.signature:
                    self._candidates[path] = _Candidate(signature, max(now, candidate.since))
                elif now - candidate.since >= self.settle_seconds:
                    ready.append((path, signature))
                    del self._candidates[path]
        return self.take(ready) if ready else []

    def _retry_later(self, path: Path) -> None:
        with self._lock:
            self._candidates[path] = _Candidate(None, time.monotonic() + self.retry_seconds)

    # -- taking files -----------------------------------------------------------------------

    def take(self, files: list[tuple[Path, _Signature]]) -> list[FileOutcome]:
        """Record, process, then move (or delete) settled files."""
        recorded: list[tuple[Path, _Signature, int]] = []
        outcomes: list[FileOutcome] = []
        to_process: list[int] = []
        for path, signature in files:
            try:
                data, digest = self._read(path, signature)
            except OSError as error:
                outcomes += self._unreadable(path, error)
                continue
            try:
                document_id, pending = self._record(path, signature, data, digest)
            except Exception as error:  # the database or the blob store, not the file: try again later
                log.warning(
                    "inbox: cannot record %s (%s); trying again in %.0f s",
                    path,
                    _brief(error),
                    self.retry_seconds,
                )
                self._retry_later(path)
                continue
            self._read_failures.pop(path, None)
            recorded.append((path, signature, document_id))
            to_process += pending
        try:
            if to_process:
                self.process(to_process)
        except Exception as error:
            log.warning(
                "inbox: processing failed (%s); the files stay and are tried again in %.0f s",
                _brief(error),
                self.retry_seconds,
            )
            for path, *_ in recorded:
                self._retry_later(path)
            return outcomes
        for path, signature, document_id in recorded:
            outcomes.append(self._finish(path, signature, document_id))
        return outcomes

    def _unreadable(self, path: Path, error: OSError) -> list[FileOutcome]:
        # A share may refuse a file its writer still holds: only the third failure in a row is final.
        failures = self._read_failures.get(path, 0) + 1
        reason = f"cannot read file: {error.strerror or error}"
        if failures < READ_ATTEMPTS:
            self._read_failures[path] = failures
            log.info("inbox: %s (attempt %d of %d)", reason, failures, READ_ATTEMPTS)
            self._retry_later(path)
            return []
        self._read_failures.pop(path, None)
        return [self._fail(path, reason)]

    def _read(self, path: Path, signature: _Signature) -> tuple[bytes | None, str]:
        """The file's bytes and sha256; no bytes for a file over the size limit (hashed as a stream)."""
        if signature.size > self.deps.options.limits.max_file_bytes:
            return None, _file_sha256(path)
        data = path.read_bytes()
        return data, hashlib.sha256(data).hexdigest()

    def _record(
        self, path: Path, signature: _Signature, data: bytes | None, digest: str
    ) -> tuple[int, list[int]]:
        """The file's document id, and the ids to process (none for one already done).

        ``data`` is None for a file over the size limit: it gets a ``failed`` row without its bytes.
        """
        source_ref = str(path)
        if data is None:
            limit = self.deps.options.limits.max_file_bytes
            ingested = record_rejected(
                self.deps.sessions,
                sha256=digest,
                size_bytes=signature.size,
                error=f"file too large: {signature.size} bytes, limit {limit}",
                source="folder",
                source_ref=source_ref,
                filename=path.name,
            )
            return ingested.document_id, []
        with self.deps.sessions() as session:
            existing = _recorded_file(session, digest, source_ref, signature)
            if existing is not None:  # recorded before a crash, the file not yet moved
                return existing, pending_in_tree(session, existing)
        ingested = ingest_bytes(
            self.deps.sessions,
            self.deps.store,
            data,
            source="folder",
            source_ref=source_ref,
            filename=path.name,
        )
        return ingested.document_id, [] if ingested.is_duplicate else [ingested.document_id]

    def _finish(self, path: Path, signature: _Signature, document_id: int) -> FileOutcome:
        status, error = _final_status(self.deps, document_id)
        if _signature(path) != signature:
            log.info("inbox: %s changed while it was processed; it is taken again", path)
            self.notice(path)
            return FileOutcome(path, document_id, status, None)
        if status == "failed":
            return self._fail(path, error or "failed", document_id)
        if self.on_done == "delete":
            path.unlink(missing_ok=True)
            return FileOutcome(path, document_id, status, None)
        target = _move_unique(path, self.processed_dir / path.parent.relative_to(self.inbox))
        log.info("inbox: %s -> document %d (%s), moved to %s", path.name, document_id, status, target)
        return FileOutcome(path, document_id, status, target)

    def _fail(self, path: Path, error: str, document_id: int | None = None) -> FileOutcome:
        try:
            target = _move_unique(path, self.failed_dir / path.parent.relative_to(self.inbox))
            note = target.with_name(target.name + ".error.txt")
            note.write_text(
                f"{error}\n\nfile: {path}\ndocument: {document_id if document_id is not None else '-'}\n"
                f"at: {datetime.now(UTC).isoformat(timespec='seconds')}\n",
                encoding="utf-8",
            )
        except OSError as move_error:
            log.error("inbox: cannot move %s to %s: %s", path, self.failed_dir, move_error)
            return FileOutcome(path, document_id, "failed" if document_id else "unreadable", None)
        log.warning("inbox: %s failed (%s), moved to %s", path.name, error, target)
        return FileOutcome(path, document_id, "failed" if document_id else "unreadable", target)


class _Handler(FileSystemEventHandler):
    def __init__(self, watcher: InboxWatcher) -> None:
        self.watcher = watcher

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("deleted", "opened", "closed_no_write"):
            return
        path = Path(os.fsdecode(event.dest_path or event.src_path))
        if event.is_directory:
            if event.event_type in ("created", "moved") and self.watcher.watches(path):
                self._notice_tree(path)  # a folder moved in brings files without events of their own
            return
        self.watcher.notice(path)

    def _notice_tree(self, folder: Path) -> None:
        for root, dirs, files in os.walk(folder):
            dirs[:] = [d for d in dirs if self.watcher.watches(Path(root) / d)]
            for name in files:
                self.watcher.notice(Path(root) / name)


def _signature(path: Path) -> _Signature | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    if not path.is_file():
        return None
    return _Signature(stat.st_size, stat.st_mtime_ns)


def _recorded_file(session: Session, digest: str, source_ref: str, signature: _Signature) -> int | None:
    """This very file's document, recorded after its last change (so: before a crash, not moved)."""
    modified = datetime.fromtimestamp(signature.mtime_ns / 1e9, UTC)
    return session.scalar(
        select(Document.id)
        .where(
            Document.sha256 == digest,
            Document.source == "folder",
            Document.source_ref == source_ref,
            Document.parent_id.is_(None),
            Document.received_at >= modified,
        )
        .order_by(Document.id.desc())
        .limit(1)
    )


def _final_status(deps: PipelineDeps, document_id: int) -> tuple[str, str | None]:
    """The document's status and error; a duplicate answers with its original's."""
    with deps.sessions() as session:
        document = session.get(Document, document_id)
        if document is None:
            return "missing", None
        if document.duplicate_of is not None:
            original = session.get(Document, document.duplicate_of)
            if original is not None and original.status == "failed":
                return "failed", original.error
        return document.status, document.error


def _move_unique(path: Path, folder: Path) -> Path:
    """Move ``path`` into ``folder``; ``name-1.ext``, ``name-2.ext``... where the name is taken."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    counter = 1
    while target.exists() or target.with_name(target.name + ".error.txt").exists():
        target = folder / f"{path.stem}-{counter}{path.suffix}"
        counter += 1
    os.replace(path, target)
    return target


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _brief(error: BaseException) -> str:
    text = f"{type(error).__name__}: {error}"
    return text if len(text) <= 300 else text[:300] + "…"
