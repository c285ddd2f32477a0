"""What `docpipe process` shows: a summary table, or one JSON object per document."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from rich.console import Console
from rich.table import Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.db.models import Document, Email, Invoice, Route


def document_summaries(session: Session, document_ids: Sequence[int]) -> list[dict[str, Any]]:
    """One plain dict per document, in the order of ``document_ids``."""
    documents = {d.id: d for d in session.scalars(select(Document).where(Document.id.in_(document_ids)))}
    emails = {
        e.document_id: e for e in session.scalars(select(Email).where(Email.document_id.in_(document_ids)))
    }
    invoices = {
        i.document_id: i
        for i in session.scalars(select(Invoice).where(Invoice.document_id.in_(document_ids)))
    }
    routes = {
        r.document_id: r.queue
        for r in session.scalars(select(Route).where(Route.document_id.in_(document_ids)))
    }
    summaries = []
    for document_id in document_ids:
        document = documents.get(document_id)
        if document is None:
            continue
        summary: dict[str, Any] = {
            "id": document.id,
            "parent_id": document.parent_id,
            "filename": document.filename,
            "sha256": document.sha256,
            "status": document.status,
            "duplicate_of": document.duplicate_of,
            "error": document.error,
            "mime_type": document.mime_type,
            "text_method": document.text_method,
            "page_count": document.page_count,
            "language": document.language,
            "category": document.category,
            "confidence": document.confidence,
            "model_version": document.model_version,
            "queue": routes.get(document_id),
        }
        if document_id in emails:
            email = emails[document_id]
            summary["email"] = _columns(
                email, ("message_id", "from_addr", "from_name", "to_addrs", "subject", "sent_at")
            )
        if document_id in invoices:
            summary["invoice"] = _columns(
                invoices[document_id],
                (
                    "invoice_number",
                    "invoice_date",
                    "due_date",
                    "supplier_name",
                    "supplier_vat",
                    "supplier_iban",
                    "currency",
                    "subtotal",
                    "tax_total",
                    "total",
                ),
            )
        summaries.append(summary)
    return summaries


def _columns(row: Any, names: Sequence[str]) -> dict[str, Any]:
    return {name: getattr(row, name) for name in names}


def to_json(value: Any) -> str:
    return json.dumps(value, default=_json_default, ensure_ascii=False)


def _json_default(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_summary_table(console: Console, summaries: Sequence[dict[str, Any]]) -> None:
    """A row per document, attachments indented under the mail or archive they came from."""
    table = Table(title="docpipe: processed documents")
    table.add_column("id", justify="right")
    table.add_column("file", no_wrap=True, max_width=40, overflow="ellipsis")
    for column in ("status", "category", "conf.", "method", "lang", "queue"):
        table.add_column(column, no_wrap=True)
    table.add_column("note", overflow="fold", ratio=1)
    for s in summaries:
        confidence = f"{s['confidence']:.2f}" if s["confidence"] is not None else ""
        note = s["error"] or (f"duplicate of {s['duplicate_of']}" if s["duplicate_of"] else "")
        name = s["filename"] or f"(document {s['id']})"
        table.add_row(
            str(s["id"]),
            f"└ {name}" if s["parent_id"] else name,
            s["status"],
            s["category"] or "",
            confidence,
            s["text_method"] or "",
            s["language"] or "",
            s["queue"] or "",
            (note or "")[:200],
        )
    console.print(table)
    counts: dict[str, int] = {}
    for s in summaries:
        counts[s["status"]] = counts.get(s["status"], 0) + 1
    console.print(", ".join(f"{n} {status}" for status, n in sorted(counts.items())))


def tree_order(summaries: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each document followed by its attachments (depth first), top-level ones in their order."""
    children: dict[int, list[dict[str, Any]]] = {}
    present = {s["id"] for s in summaries}
    roots = []
    for summary in summaries:
        parent = summary["parent_id"]
        if parent in present:
            children.setdefault(parent, []).append(summary)
        else:
            roots.append(summary)
    ordered: list[dict[str, Any]] = []
    stack = list(reversed(roots))
    while stack:
        summary = stack.pop()
        ordered.append(summary)
        stack.extend(reversed(children.get(summary["id"], [])))
    return ordered
