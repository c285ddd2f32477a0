"""Submitting work to the distributed runtime: ingest (bytes stored, row committed), then queue.

A task is queued only after the transaction that created its row committed, so a worker never
looks for a row that is not there yet. Should the queueing itself be lost (a crash right after
the commit, a broker restart), the row stays ``pending``; :func:`resubmit_stale`, run by the
relay, queues such rows again when the broker holds no work.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from pathlib import Path

from redis import Redis
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from pipeline.db.models import Document, utcnow
from pipeline.ingest import Ingested, MailOrigin, ingest_bytes
from pipeline.settings import Settings
from workers.context import WorkerContext, build_context
from workers.distributed.celery_app import QUEUES, configure
from workers.distributed.config import distributed_settings
from workers.distributed.tasks import submit_extract
from workers.embedded import FileIntake, collect_files, ingest_files
from workers.sources import pending_in_tree


def submit_bytes(
    ctx: WorkerContext,
    data: bytes,
    *,
    source: str,
    source_ref: str | None = None,
    filename: str | None = None,
    mail_origin: MailOrigin | None = None,
    received_at: datetime | None = None,
) -> Ingested:
    """Store and record ``data``, then queue it; duplicates are recorded and not queued.

    The Celery app must be configured (:func:`workers.distributed.celery_app.configure`).
    """
    ingested = ingest_bytes(
        ctx.deps.sessions,
        ctx.deps.store,
        data,
        source=source,
        source_ref=source_ref,
        filename=filename,
        mail_origin=mail_origin,
        received_at=received_at,
    )
    if not ingested.is_duplicate:
        submit_extract([ingested.document_id])
    return ingested


def submit_ingested(intakes: Iterable[FileIntake]) -> list[int]:
    """Queue the new documents among ``intakes``; their ids."""
    ids = [i.ingested.document_id for i in intakes if i.ingested and not i.ingested.is_duplicate]
    submit_extract(ids)
    return ids


def submit_paths(settings: Settings, paths: Sequence[Path]) -> list[FileIntake]:
    """Ingest files and folders (recursively) and queue them for the workers (``docpipe submit``)."""
    config = distributed_settings(settings)
    configure(config)
    ctx = build_context(config, migrate=False, with_models=False)
    try:
        intakes = ingest_files(ctx, collect_files(paths, exclude=[config.data_dir]))
        submit_ingested(intakes)
        return intakes
    finally:
        ctx.engine.dispose()


class StillPending(TimeoutError):
    """Documents submitted to the workers were not done in time; their sources try again later."""


def celery_process_fn(
    ctx: WorkerContext, *, timeout: float = 3600.0, poll_seconds: float = 0.5
) -> Callable[[Sequence[int]], None]:
    """A source's ``ProcessFn`` in distributed mode: queue the ids, return once their trees are committed.

    ``docpipe watch`` and ``docpipe imap`` act on an item (move the file, mark the mail) only after
    it returned; StillPending after ``timeout`` seconds, so that the item is left for a later try
    (submitting it again is safe: a task for a document that is done is a no-op).
    """

    def submit(document_ids: Sequence[int]) -> None:
        submit_extract(document_ids)
        wait_until_done(ctx.deps.sessions, document_ids, timeout=timeout, poll_seconds=poll_seconds)

    return submit


def wait_until_done(
    sessions: sessionmaker[Session], document_ids: Sequence[int], *, timeout: float, poll_seconds: float = 0.5
) -> None:
    """Wait until these documents and everything inside them are no longer ``pending``."""
    deadline = time.monotonic() + timeout
    waiting = list(document_ids)
    while waiting:
        with sessions() as session:
            waiting = [root for root in waiting if pending_in_tree(session, root)]
        if not waiting:
            return
        if time.monotonic() >= deadline:
            shown = ", ".join(map(str, waiting[:10]))
            raise StillPending(f"{len(waiting)} document(s) still pending after {timeout:.0f} s: {shown}")
        time.sleep(poll_seconds)


def broker_backlog(redis: Redis) -> int:
    """Messages the broker holds: waiting in ``extract`` and ``infer`` (kombu keeps each queue in a
    list) or taken by a worker and not yet acknowledged (kombu's ``unacked`` hash)."""
    return sum(int(redis.llen(queue)) for queue in QUEUES) + int(redis.hlen("unacked"))


def resubmit_stale(
    sessions: sessionmaker[Session], redis: Redis, older_than: float, limit: int = 1000
) -> list[int]:
    """Queue again documents pending for ``older_than`` seconds while the broker holds no work at all.

    Then no task exists for them: its message was lost (a broker restart can lose the message a
    worker was just taking; a crash between commit and queueing loses one). Queueing a document
    again is safe in any case, since a task for a document that is done is a no-op.
    """
    if broker_backlog(redis) > 0:
        return []
    cutoff = utcnow() - timedelta(seconds=older_than)
    with sessions.begin() as session:
        ids = list(
            session.scalars(
                select(Document.id)
                .where(Document.status == "pending", Document.updated_at < cutoff)
                .order_by(Document.id)
                .limit(limit)
                .with_for_update(skip_locked=True)
            )
        )
        if ids:  # touched, so the next sweep waits another ``older_than`` for them
            session.execute(update(Document).where(Document.id.in_(ids)).values(updated_at=utcnow()))
    submit_extract(ids)
    return ids
