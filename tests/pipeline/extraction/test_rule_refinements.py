"""Rules for what receipts and small suppliers print: a cash rounding before the total paid, a title
with its number ("Rechnung Nr. 4711"), a company name with its registration number or phone beside it."""

from __future__ import annotations

import pytest

from pipeline.extraction import RuleFieldExtractor
from pipeline.extraction.names import clean_party_name
from pipeline.records import Extraction

RECEIPT = (
    "KEDAI RUNCIT ABC SDN BHD (169509-A)\nJalan Besar, Kuala Lumpur\nDate: 12/03/2018\n"
    "Item A     10.00\nItem B      2.47\nTotal Incl. GST    12.47\nRounding Adj       -0.02\n"
    "Total              12.45\nCash               20.00\nChange              7.55\n"
)


def _values(text: str, category: str | None) -> dict[str, str]:
    found = RuleFieldExtractor().extract_fields(Extraction(text=text, text_method="plain"), category)
    return {value.name: value.value for value in found.fields}


def test_the_total_of_a_cash_rounded_receipt_is_the_rounded_one() -> None:
    values = _values(RECEIPT, "receipt")
    assert values["total"] == "12.45"
    assert values["supplier_name"] == "KEDAI RUNCIT ABC SDN BHD"


def test_a_numbered_title_names_the_document_type() -> None:
    text = (
        "Rechnung Nr. 4711\nMüller GmbH\nDatum: 03.05.2024\nNettobetrag 100,00 EUR\n"
        "MwSt. 19% 19,00 EUR\nGesamtbetrag 119,00 EUR\n"
    )
    extracted = RuleFieldExtractor().extract_fields(Extraction(text=text, text_method="plain"), None)
    values = {value.name: value.value for value in extracted.fields}
    assert extracted.invoice is not None  # no category, but the title says it is an invoice
    assert values["invoice_number"] == "4711" and values["total"] == "119.00"


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("BOOK TA .K (TAMAN DAYA) SDN BHD (169509-A)", "BOOK TA .K (TAMAN DAYA) SDN BHD"),
        ("Lieferant GmbH Tel. 089 1234", "Lieferant GmbH"),
        ("BEMED (SP) SDN. BHD.", "BEMED (SP) SDN. BHD."),
        ("'Northwind Ltd.'", "Northwind Ltd."),
        ("Acme B.V. | Keizersgracht 1", "Acme B.V."),
        ("AB Volvo", "AB Volvo"),
    ],
)
def test_party_names_end_with_their_legal_form(printed: str, name: str) -> None:
    assert clean_party_name(printed) == name
