"""Sums: lines to the subtotal, subtotal plus tax to the total, within 0.02; credit notes of one sign."""

from __future__ import annotations

from decimal import Decimal

from pipeline.records import InvoiceData, InvoiceLine
from pipeline.validation.arithmetic import check_arithmetic


def _invoice(sub: str | None, tax: str | None, total: str | None, *lines: str) -> InvoiceData:
    return InvoiceData(
        subtotal=Decimal(sub) if sub else None,
        tax_total=Decimal(tax) if tax else None,
        total=Decimal(total) if total else None,
        lines=[InvoiceLine(line_no=n, amount=Decimal(a)) for n, a in enumerate(lines, start=1)],
    )


def test_consistent_invoice() -> None:
    assert check_arithmetic(_invoice("473.00", "56.87", "529.87", "198.00", "275.00")) == {}


def test_rounding_within_two_cents_is_fine() -> None:
    assert check_arithmetic(_invoice("473.00", "56.86", "529.88", "198.01", "275.00")) == {}


def test_a_total_that_does_not_add_up() -> None:
    assert check_arithmetic(_invoice("473.00", "56.87", "539.87")) == {
        "total": "subtotal 473.00 + tax 56.87 = 529.87, but the total is 539.87"
    }


def test_lines_that_do_not_add_up() -> None:
    assert check_arithmetic(_invoice("473.00", "56.87", "529.87", "198.00", "270.00")) == {
        "subtotal": "the 2 lines sum to 468.00, not 473.00"
    }


def test_lines_are_held_to_the_printed_line_total_where_there_is_one() -> None:
    # Header charges: lines 850, subtotal 858.75 (ZUGFeRD "Fremdwaehrung"); only the line total counts.
    invoice = _invoice("858.75", "163.16", "1021.91", "850.00")
    assert check_arithmetic(invoice, lines_total=Decimal("850.00")) == {}
    assert check_arithmetic(invoice, lines_total=Decimal("860.00")) == {
        "line_total": "the 1 lines sum to 850.00, not 860.00"
    }


def test_a_subtotal_above_the_total_without_tax() -> None:
    assert check_arithmetic(_invoice("600.00", None, "500.00")) == {
        "total": "the subtotal 600.00 is larger than the total 500.00"
    }


def test_negative_invoices_are_consistent_too() -> None:
    assert check_arithmetic(_invoice("-473.00", "-56.87", "-529.87")) == {}


def test_credit_notes_keep_one_sign() -> None:
    assert check_arithmetic(_invoice("218.48", "14.99", "233.47"), credit_note=True) == {}
    assert check_arithmetic(_invoice("-218.48", "-14.99", "-233.47"), credit_note=True) == {}
    mixed = _invoice("-218.48", "14.99", "-203.49")
    assert check_arithmetic(mixed, credit_note=True) == {
        "total": "credit note amounts mix positive and negative values"
    }
