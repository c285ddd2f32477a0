"""Suppliers learnt from processed invoices, and the IBAN check against invoice-redirection fraud.

A supplier is known by its VAT number. Its first invoice records it (name, IBAN, first and last
seen). A later invoice that asks to be paid into an IBAN never seen for that supplier is flagged
and its IBAN is *not* added to the known ones: every invoice with it goes to review until a person
confirms it (``confirm_supplier_iban``), so one slipped-through fake does not whitelist itself.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pipeline.db.models import Supplier
from pipeline.records import FieldValue, InvoiceData
from pipeline.validation.ids import check_vat, normalise_id, vat_country


def _aware(value: datetime) -> datetime:
    # SQLite hands timestamps back without their zone; they were written in UTC.
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _find(session: Session, vat: str) -> Supplier | None:
    # FOR UPDATE: two workers learning the same supplier update its IBAN list one after the other.
    return session.scalar(select(Supplier).where(Supplier.vat == vat).with_for_update())


def _create(
    session: Session, vat: str, invoice: InvoiceData, iban: str | None, seen_at: datetime
) -> Supplier | None:
    """A new supplier row; None when a concurrent transaction created it first."""
    supplier = Supplier(
        vat=vat,
        name=invoice.supplier_name,
        ibans=[iban] if iban else [],
        first_seen=seen_at,
        last_seen=seen_at,
    )
    try:
        with session.begin_nested():
            session.add(supplier)
    except IntegrityError:
        return None
    return supplier


def learn_supplier(session: Session, invoice: InvoiceData, *, seen_at: datetime) -> list[FieldValue]:
    """Record the invoice's supplier; problems (``valid=False``) that must send the document to review.

    Call it in the transaction that persists the document. An invoice without a supplier VAT
    number, or with one that fails its check digits, teaches nothing and raises nothing.
    """
    if not invoice.supplier_vat:
        return []
    vat, problem = check_vat(invoice.supplier_vat)
    if problem is not None and vat_country(vat) is not None:
        return []  # a VAT number that fails its check identifies no one (an OCR slip, a sample)
    iban = normalise_id(invoice.supplier_iban) if invoice.supplier_iban else None
    supplier = _find(session, vat)
    if supplier is None:
        if _create(session, vat, invoice, iban, seen_at) is not None:
            return []
        supplier = _find(session, vat)
        if supplier is None:  # pragma: no cover - created and gone within one transaction
            return []
    supplier.last_seen = max(_aware(supplier.last_seen), _aware(seen_at))
    supplier.first_seen = min(_aware(supplier.first_seen), _aware(seen_at))
    if not supplier.name and invoice.supplier_name:
        supplier.name = invoice.supplier_name
    known = list(supplier.ibans or [])
    if iban is None or iban in known:
        return []
    if not known:
        supplier.ibans = [iban]  # the supplier never showed an IBAN before: nothing to compare with
        return []
    return [
        FieldValue(
            name="supplier_iban",
            value=iban,
            valid=False,
            problem=f"IBAN not seen before for this supplier (was: {', '.join(known)})",
        )
    ]


def confirm_supplier_iban(session: Session, vat: str, iban: str) -> bool:
    """Add an IBAN a person has confirmed to the supplier's known ones; False for an unknown supplier."""
    supplier = _find(session, normalise_id(vat))
    if supplier is None:
        return False
    number = normalise_id(iban)
    if number not in (supplier.ibans or []):
        supplier.ibans = [*(supplier.ibans or []), number]
    return True
