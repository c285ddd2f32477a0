"""Persist: one transaction writes a document's records, its children and its route."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pipeline.blobstore import BlobStore
from pipeline.db.models import Document, Email, ExtractedField, Invoice, InvoiceLine, Route, utcnow
from pipeline.extract.email_mime import safe_display_name
from pipeline.ingest import Ingested, add_document_row
from pipeline.records import ExtractedFields, Extraction, Prediction, RouteDecision


@dataclass
class DocumentResult:
    """Everything the stages found for one document."""

    status: str
    mime_type: str | None = None
    error: str | None = None
    extraction: Extraction | None = None
    language: str | None = None
    prediction: Prediction | None = None
    fields: ExtractedFields = field(default_factory=ExtractedFields)
    route: RouteDecision | None = None
    route_payload: dict[str, object] = field(default_factory=dict)


def persist_result(
    session: Session, document: Document, result: DocumentResult, store: BlobStore
) -> list[Ingested]:
    """Write ``result`` onto ``document`` and its tables; returns the children created."""
    extraction = result.extraction
    document.status = result.status
    document.error = result.error
    document.mime_type = result.mime_type
    document.processed_at = utcnow()
    children: list[Ingested] = []
    if extraction is not None:
        document.text = extraction.text
        document.text_method = extraction.text_method
        document.page_count = extraction.page_count
        document.language = result.language
        if extraction.email is not None:
            _write_email(session, document.id, extraction)
        children = _add_children(session, document, extraction, store)
    if result.prediction is not None:
        document.category = result.prediction.category
        document.confidence = result.prediction.confidence
        document.model_version = result.prediction.model_version
    _write_fields(session, document.id, result.fields)
    if result.route is not None:
        session.add(
            Route(
                document_id=document.id,
                queue=result.route.queue,
                rule=result.route.rule,
                status="pending",
                payload=result.route_payload,
            )
        )
    return children


def _write_email(session: Session, document_id: int, extraction: Extraction) -> None:
    headers = extraction.email
    assert headers is not None
    row = session.get(Email, document_id) or Email(document_id=document_id)
    row.message_id = headers.message_id
    row.from_addr = headers.from_addr
    row.from_name = headers.from_name
    row.to_addrs = ", ".join(headers.to_addrs) or None
    row.subject = headers.subject
    row.sent_at = headers.sent_at
    row.in_reply_to = headers.in_reply_to
    session.add(row)


def _add_children(
    session: Session, document: Document, extraction: Extraction, store: BlobStore
) -> list[Ingested]:
    children = []
    for child in extraction.children:
        digest = store.put(child.data)
        children.append(
            add_document_row(
                session,
                sha256=digest,
                size_bytes=len(child.data),
                source=document.source,
                source_ref=document.source_ref,
                filename=safe_display_name(child.filename),
                parent_id=document.id,
            )
        )
    return children


def _write_fields(session: Session, document_id: int, fields: ExtractedFields) -> None:
    # Idempotent: a document processed again replaces what an interrupted run left.
    for model in (ExtractedField, InvoiceLine, Invoice):
        session.execute(delete(model).where(model.document_id == document_id))
    for value in fields.fields:
        session.add(
            ExtractedField(
                document_id=document_id,
                name=value.name,
                value=value.value,
                confidence=value.confidence,
                page=value.page,
                bbox=list(value.bbox) if value.bbox else None,
                valid=value.valid,
                problem=value.problem,
            )
        )
    invoice = fields.invoice
    if invoice is None:
        return
    session.add(
        Invoice(
            document_id=document_id,
            invoice_number=invoice.invoice_number,
            invoice_date=_iso_date(invoice.invoice_date),
            due_date=_iso_date(invoice.due_date),
            supplier_name=invoice.supplier_name,
            supplier_vat=invoice.supplier_vat,
            supplier_iban=invoice.supplier_iban,
            customer_name=invoice.customer_name,
            customer_vat=invoice.customer_vat,
            po_number=invoice.po_number,
            payment_reference=invoice.payment_reference,
            currency=invoice.currency,
            subtotal=invoice.subtotal,
            tax_total=invoice.tax_total,
            total=invoice.total,
        )
    )
    for line in invoice.lines:
        session.add(
            InvoiceLine(
                document_id=document_id,
                line_no=line.line_no,
                description=line.description,
                quantity=line.quantity,
                unit_price=line.unit_price,
                amount=line.amount,
                tax_rate=line.tax_rate,
            )
        )


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def load_document(session: Session, document_id: int) -> Document | None:
    return session.scalar(select(Document).where(Document.id == document_id))
