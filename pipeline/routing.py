"""Routing: which team's or system's queue a finished document goes to."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.records import RouteDecision

DEFAULT_CATEGORY_QUEUES: dict[str, str] = {
    "invoice": "accounting",
    "credit_note": "accounting",
    "receipt": "accounting",
    "payment_reminder": "accounting",
    "purchase_order": "sales",
    "quote_request": "sales",
    "complaint": "support",
    "supplier_message": "purchasing",
    "internal": "internal",
    "spam": "spam",
    "other": "inbox",
}


@dataclass(frozen=True)
class RoutingInput:
    """What routing rules may look at."""

    document_id: int
    status: str
    category: str | None
    confidence: float | None
    from_addr: str | None = None
    fields: dict[str, str] = field(default_factory=dict)


def route_document(item: RoutingInput, category_queues: dict[str, str] | None = None) -> RouteDecision:
    """The queue for one document: review when unsure or invalid, else by category."""
    if item.status == "failed":
        return RouteDecision(queue="failed", rule="status=failed")
    if item.status == "needs_review" or item.category is None:
        return RouteDecision(queue="review", rule="status=needs_review")
    queues = category_queues or DEFAULT_CATEGORY_QUEUES
    queue = queues.get(item.category, "inbox")
    return RouteDecision(queue=queue, rule=f"category={item.category}")
