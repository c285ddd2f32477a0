"""The outbox relay: pending ``routes`` rows to the Redis streams ``docpipe:route:<queue>``.

At least once: a batch is published (XADD), then marked ``published`` in the same transaction
that selected it; a crash in between publishes the batch again, so consumers dedupe by
``document_id``. On PostgreSQL the batch is selected ``FOR UPDATE SKIP LOCKED``: two relays
share the work instead of publishing the same rows twice.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from redis import Redis
from redis.exceptions import RedisError
from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from pipeline.db.models import Document, Route, utcnow

STREAM_PREFIX = "docpipe:route:"

log = logging.getLogger(__name__)


def stream_name(queue: str) -> str:
    """The Redis stream of a routing queue."""
    return f"{STREAM_PREFIX}{queue}"


def route_message(route: Route, document: Document) -> dict[str, Any]:
    """What a downstream consumer receives for one routed document."""
    payload = route.payload or {}
    return {
        "document_id": document.id,
        "route_id": route.id,
        "queue": route.queue,
        "rule": route.rule,
        "status": payload.get("status", document.status),
        "category": payload.get("category", document.category),
        "confidence": payload.get("confidence", document.confidence),
        "fields": payload.get("fields", {}),
        "error": payload.get("error", document.error),
        "source": document.source,
        "source_ref": document.source_ref,
        "filename": document.filename,
        "parent_id": document.parent_id,
        "sha256": document.sha256,
        "received_at": _iso(document.received_at),
        "processed_at": _iso(document.processed_at),
    }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def publish_pending(sessions: sessionmaker[Session], redis: Redis, batch: int = 500) -> int:
    """Publish up to ``batch`` pending routes and mark them published; how many were published."""
    with sessions.begin() as session:
        rows = session.execute(
            select(Route, Document)
            .join(Document, Document.id == Route.document_id)
            .where(Route.status == "pending")
            .order_by(Route.id)
            .limit(batch)
            .with_for_update(skip_locked=True, of=Route)
        ).all()
        if not rows:
            return 0
        pipe = redis.pipeline(transaction=False)
        for route, document in rows:
            message = route_message(route, document)
            pipe.xadd(
                stream_name(route.queue),
                {"document_id": str(document.id), "data": json.dumps(message, default=str)},
            )
        pipe.execute()
        session.execute(
            update(Route)
            .where(Route.id.in_([route.id for route, _ in rows]))
            .values(status="published", published_at=utcnow())
        )
    return len(rows)


def publish_all(sessions: sessionmaker[Session], redis: Redis, batch: int = 500) -> int:
    """Publish until nothing is pending (``docpipe relay --once``)."""
    total = 0
    while published := publish_pending(sessions, redis, batch):
        total += published
    return total


@dataclass
class RelayLoop:
    """Publish pending routes every ``interval`` seconds, and now and then resubmit lost documents.

    ``maintenance`` runs every ``maintenance_every`` seconds (the relay command resubmits lost
    documents with it: :func:`workers.distributed.submit.resubmit_stale`).
    Database and Redis outages are logged and waited out.
    """

    sessions: sessionmaker[Session]
    redis: Redis
    interval: float = 1.0
    batch: int = 500
    maintenance: Callable[[], object] | None = None
    maintenance_every: float = 60.0

    def run(self, stop: threading.Event | None = None) -> int:
        """Run until ``stop`` is set; the number of routes published."""
        stop = stop or threading.Event()
        total = 0
        next_maintenance = time.monotonic() + self.maintenance_every
        while not stop.is_set():
            try:
                published = publish_pending(self.sessions, self.redis, self.batch)
            except (SQLAlchemyError, RedisError) as error:
                log.warning("relay: %s; trying again in %.0f s", error, max(self.interval, 5.0))
                stop.wait(max(self.interval, 5.0))
                continue
            if published:
                total += published
                log.info("relay: published %d route(s), %d in all", published, total)
            if self.maintenance is not None and time.monotonic() >= next_maintenance:
                next_maintenance = time.monotonic() + self.maintenance_every
                self._maintain()
            if published < self.batch:
                stop.wait(self.interval)
        return total

    def _maintain(self) -> None:
        if self.maintenance is None:
            return
        try:
            self.maintenance()
        except Exception:  # never stop publishing for it; the next round tries again
            log.exception("relay: maintenance failed")
