"""validate_fields: every value gets valid/problem, and a failing value is kept."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pipeline.records import ExtractedFields, FieldValue, InvoiceData
from pipeline.validation import validate_fields


def _validated(
    values: dict[str, str], *, category: str | None = "invoice", received: date | None = None
) -> dict[str, FieldValue]:
    extracted = ExtractedFields(
        fields=[FieldValue(name=n, value=v, confidence=0.9) for n, v in values.items()]
    )
    result = validate_fields(extracted, category=category, received=received or date(2024, 3, 20))
    return {value.name: value for value in result.fields}


def test_a_good_invoice_is_valid_throughout() -> None:
    fields = _validated(
        {
            "invoice_number": "2024-118",
            "invoice_date": "2024-03-14",
            "due_date": "2024-04-13",
            "supplier_name": "Coolblue B.V.",
            "supplier_vat": "NL810433941B01",
            "supplier_iban": "NL50INGB0683251309",
            "supplier_bic": "INGBNL2A",
            "currency": "EUR",
            "subtotal": "593.36",
            "tax_total": "124.61",
            "total": "717.97",
        }
    )
    assert {name: (value.valid, value.problem) for name, value in fields.items()} == {
        name: (True, None) for name in fields
    }


def test_failing_values_are_kept_with_their_problem() -> None:
    fields = _validated(
        {
            "invoice_date": "1907-03-05",
            "due_date": "1907-02-01",
            "supplier_vat": "DE123456789",
            "supplier_iban": "DE12123456781234567890",
            "currency": "EURO",
            "subtotal": "473.00",
            "tax_total": "56.87",
            "total": "539.87",
        }
    )
    assert {name: (value.value, value.valid) for name, value in fields.items()} == {
        "invoice_date": ("1907-03-05", False),
        "due_date": ("1907-02-01", False),
        "supplier_vat": ("DE123456789", False),
        "supplier_iban": ("DE12123456781234567890", False),
        "currency": ("EURO", False),
        "subtotal": ("473.00", True),
        "tax_total": ("56.87", True),
        "total": ("539.87", False),
    }
    assert fields["invoice_date"].problem == "date 1907-03-05 is more than 15 years before 2024"
    assert fields["supplier_iban"].problem == "IBAN check digits do not match"
    assert fields["total"].problem == "subtotal 473.00 + tax 56.87 = 529.87, but the total is 539.87"


def test_due_date_before_invoice_date() -> None:
    fields = _validated({"invoice_date": "2024-03-14", "due_date": "2024-03-01"})
    assert (fields["due_date"].valid, fields["due_date"].problem) == (
        False,
        "due date 2024-03-01 is before the invoice date 2024-03-14",
    )


def test_a_bare_vat_number_is_checked_against_the_suppliers_country() -> None:
    unknown = _validated({"supplier_vat": "7740001454"})["supplier_vat"]
    assert (unknown.valid, unknown.problem) == (None, "VAT number without a country prefix: not checked")
    with_iban = _validated({"supplier_vat": "136695976", "supplier_iban": "DE89370400440532013000"})
    assert (with_iban["supplier_vat"].valid, with_iban["supplier_vat"].problem) == (True, None)


def test_a_cross_check_note_is_kept_and_does_not_invalidate() -> None:
    noted = FieldValue(
        name="total", value="529.87", confidence=1.0, problem="text says 530.00, XML says 529.87"
    )
    [result] = validate_fields(ExtractedFields(fields=[noted]), category="invoice", received=None).fields
    assert (result.valid, result.problem) == (True, "text says 530.00, XML says 529.87")


def test_invoice_data_sums_are_checked_and_credit_notes_hold_one_sign() -> None:
    invoice = InvoiceData(subtotal=Decimal("-218.48"), tax_total=Decimal("14.99"), total=Decimal("-203.49"))
    fields = [
        FieldValue(name="subtotal", value="-218.48"),
        FieldValue(name="tax_total", value="14.99"),
        FieldValue(name="total", value="-203.49"),
    ]
    result = validate_fields(
        ExtractedFields(invoice=invoice, fields=fields), category="credit_note", received=None
    )
    total = next(value for value in result.fields if value.name == "total")
    assert (total.valid, total.problem) == (False, "credit note amounts mix positive and negative values")
    assert result.invoice is invoice


def test_references_and_names() -> None:
    fields = _validated(
        {"ref_order_number": "PO-5512", "supplier_name": "Au bon moulin", "customer_name": " "}
    )
    assert fields["ref_order_number"].valid is True
    assert fields["supplier_name"].valid is True
    assert (fields["customer_name"].valid, fields["customer_name"].problem) == (False, "empty")
