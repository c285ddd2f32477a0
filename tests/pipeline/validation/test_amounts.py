"""Amounts in the document's own locale: 1.234,56 and 1,234.56 are the same number."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.validation.amounts import find_amounts, format_amount, infer_decimal_comma, parse_amount


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.234,56", "1234.56"),
        ("1,234.56", "1234.56"),
        ("1 234,56", "1234.56"),
        ("1\u202f234,56", "1234.56"),
        ("1'234.56", "1234.56"),
        ("-12,00", "-12.00"),
        ("12,00-", "-12.00"),
        ("(12.00)", "-12.00"),
        ("€ 717,97", "717.97"),
        ("717,97 €", "717.97"),
        ("EUR 1.021,91", "1021.91"),
        ("$127.50", "127.50"),
        ("£ -9.32", "-9.32"),
        ("CHF 1'234.50", "1234.50"),
        ("RM 9.00", "9.00"),
        ("1.234.567,89", "1234567.89"),
        ("9,9000", "9.9000"),
        ("0,125", "0.125"),
    ],
)
def test_amounts_in_every_locale(text: str, value: str) -> None:
    assert parse_amount(text) == Decimal(value)


def test_a_lone_thousands_separator_is_resolved_by_the_locale() -> None:
    assert parse_amount("1.234", decimal_comma=True) == Decimal("1234")  # German: one thousand ...
    assert parse_amount("1.234", decimal_comma=False) == Decimal("1.234")  # English: one point ...
    assert parse_amount("1,234", decimal_comma=False) == Decimal("1234")
    assert parse_amount("1,234", decimal_comma=True) == Decimal("1.234")
    assert parse_amount("1.234") == Decimal("1234")  # no hint: amounts rarely have three decimals


def test_the_document_tells_its_decimal_separator() -> None:
    german = ["Positionssumme 473,00", "Bruttosumme 529,87", "Datum 05.03.2018"]
    english = ["Subtotal $ 262.90", "Total $ 279.84", "Due 03/20/2023"]
    assert infer_decimal_comma(german) is True
    assert infer_decimal_comma(english) is False
    assert infer_decimal_comma(["Total 1.234,56"]) is True
    assert infer_decimal_comma(["Total 1,234.56"]) is False
    assert infer_decimal_comma(["no amounts here"], "fr") is True
    assert infer_decimal_comma(["no amounts here"], "en") is False
    assert infer_decimal_comma(["no amounts here"]) is None


def test_scanning_a_table_row() -> None:
    row = "Umsatzsteuer (S) 850,00 8,75 858,75 19 % 163,16 am 05.03.2018 -500,00"
    found = [(m.number, m.negative, m.has_cents) for m in find_amounts(row)]
    # The tax rate (19 %) and the date are not amounts; a space separates two numbers here.
    assert found == [
        ("850,00", False, True),
        ("8,75", False, True),
        ("858,75", False, True),
        ("163,16", False, True),
        ("500,00", True, True),
    ]


def test_french_space_grouping_only_when_asked() -> None:
    text = "SARL au capital de 120 000,00 €"
    assert [m.number for m in find_amounts(text, space_groups=True)] == ["120 000,00"]
    assert [m.number for m in find_amounts(text)] == ["120", "000,00"]


def test_a_code_before_an_amount_is_not_part_of_its_span() -> None:
    text = "Total TTC -233,47 €"
    [found] = list(find_amounts(text))
    assert text[found.start : found.end] == "-233,47 €"
    assert found.negative and found.currency == "€"


def test_format_amount() -> None:
    assert [format_amount(Decimal(v)) for v in ("0", "12.5", "529.87", "9.9000", "-0.50")] == [
        "0.00",
        "12.50",
        "529.87",
        "9.9000",
        "-0.50",
    ]
