"""Ingest: the original bytes into the blob store, then a ``documents`` row at once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from pipeline.blobstore import BlobStore
from pipeline.db.models import Document, Email, utcnow


@dataclass(frozen=True)
class MailOrigin:
    """Where a mail came from, for the ``emails`` row and the checkpoint."""

    account: str
    mailbox: str
    uid: int


@dataclass(frozen=True)
class Ingested:
    document_id: int
    sha256: str
    duplicate_of: int | None

    @property
    def is_duplicate(self) -> bool:
        return self.duplicate_of is not None


def add_document_row(
    session: Session,
    *,
    sha256: str,
    size_bytes: int,
    source: str,
    source_ref: str | None = None,
    filename: str | None = None,
    parent_id: int | None = None,
    received_at: datetime | None = None,
) -> Ingested:
    """A ``pending`` row for new content, or a ``duplicate`` row pointing at the original.

    Safe under concurrency: a unique index admits one original per sha256, and the loser of a
    race is recorded as the duplicate.
    """
    fields = dict(
        sha256=sha256,
        size_bytes=size_bytes,
        source=source,
        source_ref=source_ref,
        filename=filename,
        parent_id=parent_id,
        received_at=received_at or utcnow(),
    )
    original = _original_of(session, sha256)
    if original is None:
        try:
            with session.begin_nested():
                document = Document(status="pending", **fields)
                session.add(document)
            return Ingested(document.id, sha256, None)
        except IntegrityError:
            original = _original_of(session, sha256)
            if original is None:
                raise
    duplicate = Document(status="duplicate", duplicate_of=original, processed_at=utcnow(), **fields)
    session.add(duplicate)
    session.flush()
    return Ingested(duplicate.id, sha256, original)


def _original_of(session: Session, sha256: str) -> int | None:
    return session.scalar(
        select(Document.id).where(Document.sha256 == sha256, Document.duplicate_of.is_(None))
    )


def ingest_bytes(
    sessions: sessionmaker[Session],
    store: BlobStore,
    data: bytes,
    *,
    source: str,
    source_ref: str | None = None,
    filename: str | None = None,
    mail_origin: MailOrigin | None = None,
    received_at: datetime | None = None,
) -> Ingested:
    """Store ``data`` durably, then record it; the returned row is ready to process."""
    digest = store.put(data)
    with sessions.begin() as session:
        ingested = add_document_row(
            session,
            sha256=digest,
            size_bytes=len(data),
            source=source,
            source_ref=source_ref,
            filename=filename,
            received_at=received_at,
        )
        if mail_origin is not None:
            session.add(
                Email(
                    document_id=ingested.document_id,
                    account=mail_origin.account,
                    mailbox=mail_origin.mailbox,
                    uid=mail_origin.uid,
                )
            )
    return ingested


def record_rejected(
    sessions: sessionmaker[Session],
    *,
    sha256: str,
    size_bytes: int,
    error: str,
    source: str,
    source_ref: str | None = None,
    filename: str | None = None,
) -> Ingested:
    """A row for an item refused before its bytes were stored (too large to keep)."""
    with sessions.begin() as session:
        ingested = add_document_row(
            session,
            sha256=sha256,
            size_bytes=size_bytes,
            source=source,
            source_ref=source_ref,
            filename=filename,
        )
        document = session.get(Document, ingested.document_id)
        if document is not None and document.status == "pending":
            document.status = "failed"
            document.error = error
            document.processed_at = utcnow()
    return ingested
