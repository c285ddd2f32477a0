"""What both e-invoice syntaxes share: the parsed record, safe XML parsing and value cleaning."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from pipeline.errors import CorruptDocumentError, LimitExceededError
from pipeline.records import FieldValue, InvoiceData
from pipeline.validation.amounts import format_amount
from pipeline.validation.ids import normalise_id

MAX_XML_BYTES = 20 * 1024 * 1024

# UNTDID 1001 codes that EN 16931 treats as credit notes; 751 is a booking aid, not an invoice.
CREDIT_NOTE_CODES = frozenset({"81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"})
NOT_AN_INVOICE_CODES = frozenset({"751"})

_SALUTATION = re.compile(
    r"^(?:herrn?|frau|firma|mr|mrs|ms|miss|m|mme|mlle|monsieur|madame|dhr|mevr|de heer|mevrouw)\.?\s+",
    re.IGNORECASE,
)
_SALUTATION_LINE = re.compile(
    r"^(?:herrn?|frau|firma|mr|mrs|ms|miss|m|mme|mlle|monsieur|madame|dhr|mevr|de heer|mevrouw)\.?$",
    re.IGNORECASE,
)
_IDENTIFIER_LINE = re.compile(
    r"^(?:gln|iln|duns|kunden-?nr|kd\.?-?nr|kundennummer|customer (?:no|number)|klantnummer|n° client)\b",
    re.IGNORECASE,
)

Syntax = Literal["cii", "ubl"]


@dataclass
class EInvoice:
    """A structured e-invoice read from its XML: exact values, as the seller's system sent them."""

    syntax: Syntax
    type_code: str | None
    category: str  # 'invoice', 'credit_note' or 'other' (a booking aid, type 751)
    invoice: InvoiceData
    profile: str | None = None
    amount_due: Decimal | None = None
    line_total: Decimal | None = None
    supplier_bic: str | None = None
    problems: list[str] = field(default_factory=list)  # values present but unreadable

    def field_values(self) -> list[FieldValue]:
        """Every header value as a field with confidence 1.0 (no page or box: it comes from the XML)."""
        inv = self.invoice
        values: dict[str, str | Decimal | None] = {
            "document_type": self.type_code,
            "invoice_number": inv.invoice_number,
            "invoice_date": inv.invoice_date,
            "due_date": inv.due_date,
            "supplier_name": inv.supplier_name,
            "supplier_vat": inv.supplier_vat,
            "supplier_iban": inv.supplier_iban,
            "supplier_bic": self.supplier_bic,
            "customer_name": inv.customer_name,
            "customer_vat": inv.customer_vat,
            "po_number": inv.po_number,
            "payment_reference": inv.payment_reference,
            "currency": inv.currency,
            "subtotal": inv.subtotal,
            "tax_total": inv.tax_total,
            "total": inv.total,
            "amount_due": self.amount_due if self.amount_due != inv.total else None,
            "line_total": self.line_total,
        }
        return [
            FieldValue(
                name=name, value=format_amount(value) if isinstance(value, Decimal) else value, confidence=1.0
            )
            for name, value in values.items()
            if value is not None and value != ""
        ]


def category_for(type_code: str | None, *, credit_note_root: bool = False) -> str:
    """The category a document type code implies: credit_note, other (751) or invoice."""
    if credit_note_root or type_code in CREDIT_NOTE_CODES:
        return "credit_note"
    if type_code in NOT_AN_INVOICE_CODES:
        return "other"
    return "invoice"


def parse_xml(data: bytes) -> Any:
    """The root element of ``data``; DTDs, entities and external references are refused."""
    if len(data) > MAX_XML_BYTES:
        raise LimitExceededError(f"e-invoice XML too large: {len(data)} bytes, limit {MAX_XML_BYTES}")
    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise CorruptDocumentError(f"e-invoice XML refused: {type(error).__name__} ({error})") from error
    except ParseError as error:
        raise CorruptDocumentError(f"e-invoice XML is malformed: {error}") from error


def local_name(tag: str) -> str:
    """``{namespace}Name`` -> ``Name``."""
    return tag.rsplit("}", 1)[-1]


def namespace(tag: str) -> str:
    """``{namespace}Name`` -> ``namespace`` ('' without one)."""
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def text(element: Any) -> str | None:
    """An element's text stripped, None when absent or empty."""
    if element is None or element.text is None:
        return None
    value = str(element.text).strip()
    return value or None


def decimal(element: Any, problems: list[str]) -> Decimal | None:
    """An XML decimal (``-12.5``); an unreadable one is noted in ``problems`` and gives None."""
    value = text(element)
    if value is None:
        return None
    try:
        return Decimal(value)
    except InvalidOperation:
        problems.append(f"{local_name(element.tag)}: {value!r} is not a decimal")
        return None


def clean_name(value: str | None) -> str | None:
    """A party name as printed: salutation and identifier lines left out, whitespace collapsed."""
    if value is None:
        return None
    kept = []
    for line in value.splitlines():
        line = " ".join(line.split())
        if not line or _SALUTATION_LINE.match(line) or _IDENTIFIER_LINE.match(line):
            continue
        kept.append(line)
    name = _SALUTATION.sub("", " ".join(kept)) if kept else ""
    return name or None


def clean_id(value: str | None) -> str | None:
    """An IBAN or VAT number without spaces, dots and hyphens, upper case."""
    return normalise_id(value) or None if value else None
