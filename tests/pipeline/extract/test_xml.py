"""Bare XML files: e-invoices (CII, UBL) keep their bytes; hostile XML is refused."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from pipeline.errors import CorruptDocumentError
from pipeline.extract.xml import einvoice_syntax, extract_xml
from pipeline.options import ExtractOptions

OPTIONS = ExtractOptions()

UBL_INVOICE = b"""<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
  <cbc:ID>INV-2024-0042</cbc:ID>
  <cbc:IssueDate>2024-05-17</cbc:IssueDate>
  <cac:AccountingSupplierParty>
    <cac:Party><cac:PartyName><cbc:Name>Acme Supplies B.V.</cbc:Name></cac:PartyName></cac:Party>
  </cac:AccountingSupplierParty>
  <cac:LegalMonetaryTotal>
    <cbc:PayableAmount currencyID="EUR">1210.00</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
</Invoice>
"""

UBL_CREDIT_NOTE = b"""<?xml version="1.0"?>
<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:ID>CN-7</cbc:ID>
</CreditNote>
"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<lolz>&lol9;</lolz>
"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<r>&secret;</r>
"""


@pytest.fixture(scope="module")
def cii_invoice(shared_data: Path) -> bytes:
    """The Factur-X XML embedded in a real ZUGFeRD 2.2 sample invoice."""
    reader = pypdf.PdfReader(shared_data / "invoices" / "EN16931_Einfach.pdf")
    return reader.attachments["factur-x.xml"][0]


def test_cii_invoice_keeps_its_bytes_and_reads_as_labelled_lines(cii_invoice: bytes) -> None:
    result = extract_xml(cii_invoice, OPTIONS)

    assert result.text_method == "xml"
    assert result.structured_xml == cii_invoice
    lines = [line.strip() for line in result.text.splitlines()]
    assert "ID: 471102" in lines
    assert "Name: Lieferant GmbH" in lines
    assert "Name: Kunden AG Mitte" in lines
    assert "GrandTotalAmount: 529.87" in lines
    assert "ID: DE123456789 [schemeID=VA]" in lines
    assert "FeRD" not in result.text  # the usage notice is an XML comment, not invoice text


def test_ubl_invoice_and_credit_note_are_e_invoices() -> None:
    invoice = extract_xml(UBL_INVOICE, OPTIONS)
    credit_note = extract_xml(UBL_CREDIT_NOTE, OPTIONS)

    assert invoice.text_method == "xml"
    assert invoice.structured_xml == UBL_INVOICE
    assert "ID: INV-2024-0042" in invoice.text
    assert "      Name: Acme Supplies B.V." in invoice.text.splitlines()  # nested three deep
    assert "PayableAmount: 1210.00 [currencyID=EUR]" in invoice.text
    assert credit_note.text_method == "xml"
    assert "ID: CN-7" in credit_note.text


def test_einvoice_syntax_names_the_standard(cii_invoice: bytes) -> None:
    assert einvoice_syntax(cii_invoice) == "cii"
    assert einvoice_syntax(UBL_INVOICE) == "ubl"
    assert einvoice_syntax(UBL_CREDIT_NOTE) == "ubl"
    assert einvoice_syntax(b"<Invoice><ID>1</ID></Invoice>") is None  # no UBL namespace
    assert einvoice_syntax(b"%PDF-1.7 not xml") is None
    assert einvoice_syntax(BILLION_LAUGHS) is None


def test_other_xml_gives_its_text_in_document_order() -> None:
    data = b"<?xml version='1.0'?><note><to>Tove</to>Dear <b>Tove</b>, the   order\n is late.<sig/></note>"

    result = extract_xml(data, OPTIONS)

    assert result.text_method == "plain"
    assert result.structured_xml is None
    assert result.text.splitlines() == ["Tove", "Dear", "Tove", ", the order is late."]


def test_deeply_nested_xml_is_read_without_recursion() -> None:
    depth = 20_000
    data = b"<a>" * depth + b"bottom" + b"</a>" * depth

    assert extract_xml(data, OPTIONS).text == "bottom"


@pytest.mark.parametrize("hostile", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["billion-laughs", "xxe"])
def test_entity_tricks_are_refused(hostile: bytes) -> None:
    with pytest.raises(CorruptDocumentError, match="refused hostile XML"):
        extract_xml(hostile, OPTIONS)


def test_malformed_xml_is_corrupt(cii_invoice: bytes) -> None:
    with pytest.raises(CorruptDocumentError, match="corrupt XML"):
        extract_xml(cii_invoice[: len(cii_invoice) // 2], OPTIONS)
