"""Validation of extracted fields: identifiers, dates, amounts, currencies and sums.

``validate_fields`` sets ``valid`` and ``problem`` on every value and keeps the value when it fails:
a person sees what the document said and why it was not trusted. ``valid`` is None only where no
check is possible (a VAT number without a country prefix and no hint where it comes from).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation

from pipeline.records import ExtractedFields, FieldValue, InvoiceData
from pipeline.validation.amounts import format_amount, infer_decimal_comma, parse_amount
from pipeline.validation.arithmetic import TOLERANCE, check_arithmetic, totals_agree
from pipeline.validation.currency import check_currency, currency_for_sign, is_currency_code
from pipeline.validation.dates import check_date, check_due_date, infer_day_first, parse_date
from pipeline.validation.ids import check_bic, check_iban, check_vat, normalise_id, vat_country

__all__ = [
    "TOLERANCE",
    "check_arithmetic",
    "check_bic",
    "check_currency",
    "check_date",
    "check_due_date",
    "check_iban",
    "check_vat",
    "currency_for_sign",
    "format_amount",
    "infer_day_first",
    "infer_decimal_comma",
    "is_currency_code",
    "normalise_id",
    "parse_amount",
    "parse_date",
    "totals_agree",
    "validate_fields",
    "vat_country",
]

AMOUNT_FIELDS = frozenset({"total", "subtotal", "tax_total", "amount_due", "line_total"})
DATE_FIELDS = frozenset({"invoice_date", "due_date"})
MAX_REFERENCE_LENGTH = 64


@dataclass(frozen=True)
class _Context:
    received: date | None
    invoice_date: date | None
    country: str | None  # where the supplier is, from its IBAN: the hint for a bare VAT number


@dataclass(frozen=True)
class _Verdict:
    valid: bool | None
    problem: str | None = None


_OK = _Verdict(True)


def _check_reference(value: str, _context: _Context) -> _Verdict:
    if not value.strip():
        return _Verdict(False, "empty")
    if len(value) > MAX_REFERENCE_LENGTH:
        return _Verdict(False, f"longer than {MAX_REFERENCE_LENGTH} characters")
    return _OK


def _iso(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _check_date(value: str, context: _Context) -> _Verdict:
    parsed = _iso(value)
    if parsed is None:
        return _Verdict(False, f"{value!r} is not an ISO date")
    problem = check_date(parsed, received=context.received)
    return _Verdict(problem is None, problem)


def _check_due_date(value: str, context: _Context) -> _Verdict:
    verdict = _check_date(value, context)
    parsed = _iso(value)
    if verdict.valid is False or parsed is None:
        return verdict
    problem = check_due_date(context.invoice_date, parsed)
    return _Verdict(problem is None, problem)


def _check_amount(value: str, _context: _Context) -> _Verdict:
    try:
        Decimal(value)
    except InvalidOperation:
        return _Verdict(False, f"{value!r} is not a decimal amount")
    return _OK


def _check_currency(value: str, _context: _Context) -> _Verdict:
    problem = check_currency(value)
    return _Verdict(problem is None, problem)


def _check_iban(value: str, _context: _Context) -> _Verdict:
    problem = check_iban(value)[1]
    return _Verdict(problem is None, problem)


def _check_bic(value: str, _context: _Context) -> _Verdict:
    problem = check_bic(value)[1]
    return _Verdict(problem is None, problem)


def _check_vat(country: Callable[[_Context], str | None]) -> Callable[[str, _Context], _Verdict]:
    def check(value: str, context: _Context) -> _Verdict:
        hint = country(context)
        problem = check_vat(value, country=hint)[1]
        if problem is not None and vat_country(value) is None and hint is None:
            return _Verdict(None, problem)
        return _Verdict(problem is None, problem)

    return check


def _check_text(value: str, _context: _Context) -> _Verdict:
    return _OK if value.strip() else _Verdict(False, "empty")


_CHECKS: dict[str, Callable[[str, _Context], _Verdict]] = {
    "invoice_number": _check_reference,
    "po_number": _check_reference,
    "payment_reference": _check_reference,
    "ref_invoice_number": _check_reference,
    "ref_order_number": _check_reference,
    "ref_quote_number": _check_reference,
    "invoice_date": _check_date,
    "due_date": _check_due_date,
    "currency": _check_currency,
    "supplier_iban": _check_iban,
    "supplier_bic": _check_bic,
    "supplier_vat": _check_vat(lambda context: context.country),
    "customer_vat": _check_vat(lambda _context: None),
    **{name: _check_amount for name in AMOUNT_FIELDS},
}


def _first(fields: list[FieldValue], name: str) -> str | None:
    return next((value.value for value in fields if value.name == name), None)


def _invoice_from_fields(fields: list[FieldValue]) -> InvoiceData:
    def amount(name: str) -> Decimal | None:
        value = _first(fields, name)
        try:
            return Decimal(value) if value is not None else None
        except InvalidOperation:
            return None

    return InvoiceData(subtotal=amount("subtotal"), tax_total=amount("tax_total"), total=amount("total"))


def _merge(existing: str | None, new: str | None) -> str | None:
    if not new or (existing and new in existing):
        return existing
    return f"{existing}; {new}" if existing else new


def validate_fields(
    extracted: ExtractedFields, *, category: str | None, received: date | None
) -> ExtractedFields:
    """Every value checked: ``valid`` and ``problem`` set, the value kept even when it fails.

    ``received`` anchors the plausible years of a date (today when None); ``category``
    ``credit_note`` holds the amounts to one sign. A problem already on a value (a cross-check
    note) is kept and does not by itself make the value invalid.
    """
    fields = extracted.fields
    iban = _first(fields, "supplier_iban")
    invoice_date = _first(fields, "invoice_date")
    context = _Context(
        received=received,
        invoice_date=_iso(invoice_date) if invoice_date else None,
        country=normalise_id(iban)[:2] if iban else None,
    )
    invoice = extracted.invoice or _invoice_from_fields(fields)
    lines_total = _first(fields, "line_total")
    try:
        sums = check_arithmetic(
            invoice,
            credit_note=category == "credit_note",
            lines_total=Decimal(lines_total) if lines_total else None,
        )
    except InvalidOperation:
        sums = {}
    checked = []
    for value in fields:
        verdict = _CHECKS.get(value.name, _check_text)(value.value, context)
        sum_problem = sums.pop(value.name, None)
        # A value its extractor already found wrong (a refused XML, an unknown IBAN) stays wrong.
        valid = False if sum_problem is not None or value.valid is False else verdict.valid
        problem = _merge(_merge(value.problem, verdict.problem), sum_problem)
        checked.append(replace(value, valid=valid, problem=problem))
    for name, problem in sums.items():  # a sum that fails on a field nobody extracted
        checked.append(FieldValue(name=name, value="", valid=False, problem=problem))
    return replace(extracted, fields=checked)
