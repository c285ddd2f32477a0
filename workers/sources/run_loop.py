"""All sources of one process: the inbox watcher and a poller per mailbox, until SIGINT/SIGTERM.

``run_sources`` is the loop behind ``docpipe run`` (embedded: ``embedded_submit`` processes in
this process's pool), ``docpipe watch DIR`` and ``docpipe imap`` (distributed: a ``submit`` that
hands the ids to Celery and returns once their records are committed).
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from pipeline.process import PipelineDeps
from workers.context import WorkerContext
from workers.embedded import EmbeddedProcessor
from workers.sources import ProcessFn
from workers.sources.imap_config import MailboxConfig, load_mailboxes
from workers.sources.imap_poller import MailboxPoller
from workers.sources.source_settings import SourceSettings
from workers.sources.watcher import InboxWatcher

log = logging.getLogger(__name__)


def embedded_submit(processor: EmbeddedProcessor) -> ProcessFn:
    """Process in the long-lived worker pool, one batch at a time across all sources."""
    lock = threading.Lock()  # sources take turns rather than oversubscribe the CPUs

    def submit(document_ids: Sequence[int]) -> None:
        with lock:
            processor.process(document_ids)

    return submit


def build_sources(
    deps: PipelineDeps,
    submit: ProcessFn,
    *,
    inbox: Path | None = None,
    mailboxes: Sequence[MailboxConfig] = (),
    sources: SourceSettings | None = None,
) -> list[InboxWatcher | MailboxPoller]:
    """The watcher (where an inbox is given) and one poller per mailbox, configured from ``sources``."""
    sources = sources or SourceSettings()
    built: list[InboxWatcher | MailboxPoller] = []
    if inbox is not None:
        built.append(
            InboxWatcher(
                inbox,
                deps,
                submit,
                polling=sources.inbox_polling,
                poll_seconds=sources.inbox_poll_seconds,
                settle_seconds=sources.inbox_settle_seconds,
                on_done=sources.inbox_on_done,
            )
        )
    for mailbox in mailboxes:
        built.append(
            MailboxPoller(
                mailbox,
                deps,
                submit,
                poll_seconds=sources.imap_poll_seconds,
                idle_seconds=sources.imap_idle_seconds,
            )
        )
    return built


def run_sources(
    deps: PipelineDeps,
    submit: ProcessFn,
    *,
    inbox: Path | None = None,
    mailboxes: Sequence[MailboxConfig] = (),
    sources: SourceSettings | None = None,
    stop: threading.Event | None = None,
) -> None:
    """Run the watcher and the pollers, each in a thread, until ``stop`` is set or a signal comes.

    SIGINT and SIGTERM (when called from the main thread) set ``stop``; every source then
    finishes the item in hand (its records commit, its origin is marked) and returns.
    """
    stop = stop or threading.Event()
    workers = build_sources(deps, submit, inbox=inbox, mailboxes=mailboxes, sources=sources)
    if not workers:
        raise ValueError("nothing to run: no inbox folder and no mailbox configured")
    failures: list[BaseException] = []
    threads = [
        threading.Thread(target=_guarded(worker.run, stop, failures), name=_name(worker), daemon=True)
        for worker in workers
    ]
    with _stop_on_signals(stop):
        for thread in threads:
            thread.start()
        log.info("running %s", ", ".join(t.name for t in threads))
        while not stop.wait(0.5):
            pass
        for thread in threads:
            thread.join()
    log.info("stopped")
    if failures:
        raise RuntimeError(f"a source stopped on an unexpected error: {failures[0]!r}") from failures[0]


def run_embedded(
    ctx: WorkerContext,
    *,
    inbox: Path | None = None,
    sources: SourceSettings | None = None,
    config_file: Path | None = None,
    submit: ProcessFn | None = None,
    stop: threading.Event | None = None,
) -> None:
    """``docpipe run [--inbox DIR]``: the inbox and every configured mailbox, processed here."""
    sources = sources or SourceSettings()
    mailboxes = load_mailboxes(ctx.settings, sources, config_file)
    with EmbeddedProcessor(ctx) as processor:
        run_sources(
            ctx.deps,
            submit or embedded_submit(processor),
            inbox=inbox,
            mailboxes=mailboxes,
            sources=sources,
            stop=stop,
        )


def _name(worker: InboxWatcher | MailboxPoller) -> str:
    if isinstance(worker, InboxWatcher):
        return f"inbox {worker.inbox}"
    return f"mailbox {worker.config.name}"


def _guarded(
    run: Callable[[threading.Event], None], stop: threading.Event, failures: list[BaseException]
) -> Callable[[], None]:
    def target() -> None:
        try:
            run(stop)
        except BaseException as error:  # a source never stops on its own: stop them all, loudly
            log.critical("%s stopped on an unexpected error", threading.current_thread().name, exc_info=True)
            failures.append(error)
            stop.set()

    return target


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, _frame: FrameType | None) -> None:
        log.info("%s: stopping after the items in hand", signal.Signals(signum).name)
        stop.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
