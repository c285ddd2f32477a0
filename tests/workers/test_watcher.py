"""The watched inbox on a real file system: settled files only, once, then moved out of the way."""

from __future__ import annotations

import hashlib
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import select

from pipeline.db.models import Document
from pipeline.ingest import ingest_bytes
from pipeline.process import PipelineDeps, process_tree
from workers.sources.run_loop import run_sources
from workers.sources.source_settings import SourceSettings
from workers.sources.watcher import InboxWatcher

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
pytestmark = SQLITE_ONLY


def process_all(deps: PipelineDeps) -> Callable[[Sequence[int]], None]:
    def process(ids: Sequence[int]) -> None:
        for document_id in ids:
            process_tree(document_id, deps)

    return process


@contextmanager
def watching(watcher: InboxWatcher) -> Iterator[InboxWatcher]:
    stop = threading.Event()
    thread = threading.Thread(target=watcher.run, args=(stop,), daemon=True)
    thread.start()
    try:
        yield watcher
    finally:
        stop.set()
        thread.join(timeout=10)
        assert not thread.is_alive()


def watcher_for(inbox: Path, deps: PipelineDeps, **options: object) -> InboxWatcher:
    settings: dict[str, object] = {"settle_seconds": 0.5, **options}
    return InboxWatcher(inbox, deps, process_all(deps), **settings)  # type: ignore[arg-type]


def rows(deps: PipelineDeps) -> list[Document]:
    with deps.sessions() as session:
        return list(
            session.scalars(
                select(Document)
                .where(Document.source == "folder", Document.parent_id.is_(None))
                .order_by(Document.id)
            )
        )


def wait_for(condition: Callable[[], bool], timeout: float, step: float = 0.02) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return condition()


def test_a_file_written_slowly_is_taken_once_whole(
    deps: PipelineDeps, tmp_path: Path, shared_data: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    pdf = (shared_data / "invoices" / "EN16931_Einfach.pdf").read_bytes()
    target = inbox / "scan-0001.pdf"
    finished = threading.Event()
    finished_at = 0.0

    def write_slowly() -> None:  # a scanner on a slow share: 12 chunks over about 3 s
        nonlocal finished_at
        size = len(pdf) // 12 + 1
        with target.open("wb") as handle:
            for start in range(0, len(pdf), size):
                handle.write(pdf[start : start + size])
                handle.flush()
                time.sleep(0.25)
        finished_at = time.monotonic()
        finished.set()

    warm_up = ingest_bytes(deps.sessions, deps.store, b"%PDF-1.4 warm-up", source="cli")
    process_tree(warm_up.document_id, deps)  # the PDF libraries' first import is not the watcher's latency
    with watching(watcher_for(inbox, deps, settle_seconds=2.0)):
        writer = threading.Thread(target=write_slowly)
        writer.start()
        assert wait_for(lambda: bool(rows(deps)) and rows(deps)[0].status != "pending", 20)
        committed_at = time.monotonic()
        writer.join()
        assert wait_for(lambda: (inbox / "processed" / "scan-0001.pdf").exists(), 5)
        time.sleep(0.5)  # nothing else happens afterwards

    assert finished.is_set()
    documents = rows(deps)
    assert len(documents) == 1, "taken once"
    assert documents[0].sha256 == hashlib.sha256(pdf).hexdigest(), "taken whole"
    assert documents[0].size_bytes == len(pdf) and documents[0].status in ("processed", "needs_review")
    assert not target.exists()
    print(f"\nWATCHER: finished write -> committed row {committed_at - finished_at:.2f} s (settle 2.0 s)")


def test_files_dropped_while_down_are_taken_at_start_up_subfolders_too(
    deps: PipelineDeps, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    (inbox / "2024" / "march").mkdir(parents=True)
    (inbox / "a.txt").write_text("Invoice A\nTotal 10.00 EUR\n")
    (inbox / "2024" / "march" / "b.txt").write_text("Invoice B\nTotal 20.00 EUR\n")

    with watching(watcher_for(inbox, deps)):
        assert wait_for(lambda: (inbox / "processed" / "2024" / "march" / "b.txt").exists(), 10)
        assert wait_for(lambda: (inbox / "processed" / "a.txt").exists(), 5)

    assert sorted(d.filename or "" for d in rows(deps)) == ["a.txt", "b.txt"]
    assert not (inbox / "a.txt").exists() and not (inbox / "2024" / "march" / "b.txt").exists()


def test_polling_mode_picks_up_new_files(deps: PipelineDeps, tmp_path: Path) -> None:
    inbox = tmp_path / "share"
    inbox.mkdir()
    with watching(watcher_for(inbox, deps, polling=True, poll_seconds=0.5)):
        time.sleep(0.3)
        (inbox / "scan.txt").write_text("Delivery note 4711\n")
        (inbox / "sub").mkdir()
        (inbox / "sub" / "later.txt").write_text("Delivery note 4712\n")
        assert wait_for(lambda: len(list((inbox / "processed").rglob("*.txt"))) == 2, 10)
    assert sorted(d.filename or "" for d in rows(deps)) == ["later.txt", "scan.txt"]


def test_temporary_and_hidden_files_are_left_alone(deps: PipelineDeps, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    (inbox / ".sync").mkdir(parents=True)
    ignored = [".hidden.pdf", "upload.pdf.part", "~$letter.docx", "scan.tmp", ".sync/state.txt"]
    for name in ignored:
        (inbox / name).write_text("not yet")
    with watching(watcher_for(inbox, deps)):
        (inbox / "real.txt").write_text("Invoice 1\n")
        (inbox / "copy.txt.crdownload").write_text("half")
        assert wait_for(lambda: (inbox / "processed" / "real.txt").exists(), 10)
        time.sleep(0.8)
    assert [d.filename for d in rows(deps)] == ["real.txt"]
    for name in [*ignored, "copy.txt.crdownload"]:
        assert (inbox / name).exists(), name


def test_a_corrupt_file_goes_to_failed_with_the_error_beside_it(deps: PipelineDeps, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "broken.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(4000))
    with watching(watcher_for(inbox, deps)):
        assert wait_for(lambda: (inbox / "failed" / "broken.pdf.error.txt").exists(), 10)
    assert (inbox / "failed" / "broken.pdf").exists() and not (inbox / "broken.pdf").exists()
    document = rows(deps)[0]
    assert document.status == "failed" and document.error
    note = (inbox / "failed" / "broken.pdf.error.txt").read_text()
    assert document.error in note and f"document: {document.id}" in note


def test_the_same_name_dropped_again_is_handled(deps: PipelineDeps, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with watching(watcher_for(inbox, deps)):
        for number, text in enumerate(["first version\n", "second version\n", "first version\n"]):
            (inbox / "scan.txt").write_text(text)
            expected = "scan.txt" if number == 0 else f"scan-{number}.txt"
            assert wait_for(lambda e=expected: (inbox / "processed" / e).exists(), 10), expected
    assert (inbox / "processed" / "scan-1.txt").read_text() == "second version\n"
    first, second, third = rows(deps)
    assert {first.filename, second.filename, third.filename} == {"scan.txt"}
    assert first.status != "pending" and second.status != "pending" and first.sha256 != second.sha256
    assert (third.status, third.duplicate_of) == ("duplicate", first.id), "the same bytes again"


def test_delete_after_commit_when_so_configured(deps: PipelineDeps, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "note.txt").write_text("Payment reminder\n")
    with watching(watcher_for(inbox, deps, on_done="delete")):
        assert wait_for(lambda: not (inbox / "note.txt").exists(), 10)
    assert [d.filename for d in rows(deps)] == ["note.txt"]
    assert list((inbox / "processed").iterdir()) == []


def test_a_file_recorded_before_a_crash_is_not_recorded_twice(deps: PipelineDeps, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "order.txt").write_text("Purchase order 77\n")
    crashed = threading.Event()

    def crash_once(ids: Sequence[int]) -> None:
        if not crashed.is_set():
            crashed.set()
            raise RuntimeError("worker killed")
        process_all(deps)(ids)

    watcher = InboxWatcher(inbox, deps, crash_once, settle_seconds=0.3, retry_seconds=0.5)
    with watching(watcher):
        assert wait_for(lambda: (inbox / "processed" / "order.txt").exists(), 10)
    assert crashed.is_set()
    documents = rows(deps)
    assert [d.filename for d in documents] == ["order.txt"], "recorded once"
    assert documents[0].status != "pending"


def test_run_sources_stops_cleanly_on_sigterm(deps: PipelineDeps, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "x.txt").write_text("Quote request\n")
    sources = SourceSettings(inbox_settle_seconds=0.3)
    previous = signal.getsignal(signal.SIGTERM)

    def terminate_when_processed() -> None:
        wait_for(lambda: (inbox / "processed" / "x.txt").exists(), 10)
        os.kill(os.getpid(), signal.SIGTERM)

    killer = threading.Thread(target=terminate_when_processed)
    killer.start()
    started = time.monotonic()
    run_sources(deps, process_all(deps), inbox=inbox, sources=sources)  # returns on SIGTERM
    killer.join()
    assert (inbox / "processed" / "x.txt").exists()
    assert time.monotonic() - started < 10
    assert signal.getsignal(signal.SIGTERM) == previous, "the previous handler is restored"
