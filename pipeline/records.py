"""Plain records that flow from stage to stage.

Stages are functions over these; none of them knows about the database session,
the environment or the runtime (in-process or Celery).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Literal

TextMethod = Literal["text-layer", "ocr", "mixed", "email", "plain", "xml"]
PageMethod = Literal["text-layer", "ocr"]
Status = Literal["pending", "processed", "needs_review", "failed", "duplicate"]
Source = Literal["folder", "imap", "cli"]


@dataclass(frozen=True)
class Word:
    """One word with its box in page coordinates (PDF points or image pixels) and OCR confidence."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    confidence: float | None = None  # 0..100 for OCR words, None for a text layer


@dataclass
class PageText:
    """The text of one page and how it was obtained."""

    number: int  # 1-based
    text: str
    method: PageMethod
    width: float = 0.0
    height: float = 0.0
    words: list[Word] = field(default_factory=list)
    rotation: int = 0  # degrees the page was turned to read it upright
    error: str | None = None  # a page that could not be read; the rest still counts


@dataclass(frozen=True)
class ChildItem:
    """An attachment, nested message or archive member to be stored as a child document.

    ``filename`` is what the sender called it: display only, never a path.
    """

    filename: str | None
    data: bytes
    mime_type: str | None = None


@dataclass
class EmailHeaders:
    """The headers of a mail that go into the ``emails`` table."""

    message_id: str | None = None
    from_addr: str | None = None
    from_name: str | None = None
    to_addrs: list[str] = field(default_factory=list)
    subject: str | None = None
    sent_at: datetime | None = None
    in_reply_to: str | None = None


@dataclass
class Extraction:
    """What text extraction found in one document."""

    text: str
    text_method: TextMethod
    pages: list[PageText] = field(default_factory=list)
    children: list[ChildItem] = field(default_factory=list)
    email: EmailHeaders | None = None
    structured_xml: bytes | None = None  # an embedded e-invoice (Factur-X, ZUGFeRD, XRechnung)
    warnings: list[str] = field(default_factory=list)

    @property
    def page_count(self) -> int | None:
        return len(self.pages) or None


@dataclass(frozen=True)
class Prediction:
    """A classifier's answer for one document."""

    category: str
    confidence: float
    model_version: str


@dataclass
class FieldValue:
    """One extracted value with its provenance; kept even when it fails validation."""

    name: str
    value: str
    confidence: float | None = None
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    valid: bool | None = None
    problem: str | None = None


@dataclass
class InvoiceLine:
    line_no: int
    description: str | None = None
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    amount: Decimal | None = None
    tax_rate: Decimal | None = None


@dataclass
class InvoiceData:
    """The header and lines of an invoice, credit note, receipt or purchase order."""

    invoice_number: str | None = None
    invoice_date: str | None = None  # ISO date; parsed to a date when persisted
    due_date: str | None = None
    supplier_name: str | None = None
    supplier_vat: str | None = None
    supplier_iban: str | None = None
    customer_name: str | None = None
    customer_vat: str | None = None
    po_number: str | None = None
    payment_reference: str | None = None
    currency: str | None = None
    subtotal: Decimal | None = None
    tax_total: Decimal | None = None
    total: Decimal | None = None
    lines: list[InvoiceLine] = field(default_factory=list)


@dataclass
class ExtractedFields:
    """What field extraction found: invoice data where it applies, and every value's provenance."""

    invoice: InvoiceData | None = None
    fields: list[FieldValue] = field(default_factory=list)


@dataclass(frozen=True)
class RouteDecision:
    queue: str
    rule: str
