"""What people fixed: recorded with who and when, applied to the row, and read back for training."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.categories import DEFAULT_CATEGORIES
from pipeline.db.models import Correction, Document, Route, utcnow
from pipeline.routing import RoutingInput, route_document


class CorrectionError(ValueError):
    """The correction cannot be applied (no such document, unknown category)."""


def correct_category(
    session: Session,
    document_id: int,
    category: str,
    *,
    corrected_by: str | None,
    categories: tuple[str, ...] = DEFAULT_CATEGORIES,
) -> Correction:
    """Set a document's category as a person says, record it, and route the document again."""
    if category not in categories:
        raise CorrectionError(f"unknown category {category!r}; one of: {', '.join(categories)}")
    document = session.get(Document, document_id)
    if document is None:
        raise CorrectionError(f"no document {document_id}")
    if document.status in ("pending", "duplicate"):
        raise CorrectionError(f"document {document_id} is {document.status}: correct the processed one")
    correction = Correction(
        document_id=document_id,
        field="category",
        old_value=document.category,
        new_value=category,
        corrected_by=corrected_by,
        at=utcnow(),
    )
    session.add(correction)
    document.category = category
    if document.status == "needs_review":
        document.status = "processed"
    decision = route_document(
        RoutingInput(document_id=document_id, status=document.status, category=category, confidence=1.0)
    )
    session.add(
        Route(
            document_id=document_id,
            queue=decision.queue,
            rule=f"correction by {corrected_by or 'unknown'}",
            status="pending",
            payload={"category": category, "corrected_from": correction.old_value, "status": document.status},
        )
    )
    return correction


def category_corrections(session: Session) -> Iterator[tuple[str, str]]:
    """(text, category) for every corrected document, the latest correction winning."""
    latest: dict[int, str] = {}
    rows = session.execute(
        select(Correction.document_id, Correction.new_value)
        .where(Correction.field == "category")
        .order_by(Correction.at, Correction.id)
    )
    for document_id, value in rows:
        if value:
            latest[document_id] = value
    for document_id, category in latest.items():
        text = session.scalar(select(Document.text).where(Document.id == document_id))
        if text:
            yield text, category
