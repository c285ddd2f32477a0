"""E-invoices read from their XML: every labelled field of every shared e-invoice PDF, exactly."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from pipeline.einvoice import EInvoice, parse_einvoice
from pipeline.errors import CorruptDocumentError, DocumentError, LimitExceededError
from pipeline.validation.ids import normalise_id

INVOICES = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "invoices"
AMOUNTS = {"total", "subtotal", "tax_total", "amount_due"}


def _expected() -> list[dict[str, object]]:
    with (INVOICES / "expected.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def embedded_xml(path: Path) -> bytes | None:
    """The XML file a PDF carries (Factur-X, ZUGFeRD, XRechnung or UBL), read with pypdf."""
    attachments = PdfReader(path).attachments
    for name, contents in attachments.items():
        if name.lower().endswith(".xml"):
            return contents[0]
    return None


E_INVOICES = [
    pytest.param(record, id=str(record["file"]))
    for record in _expected()
    if str(record["file"]).endswith(".pdf") and embedded_xml(INVOICES / str(record["file"])) is not None
]


def _normalised(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    if name in AMOUNTS:
        return str(Decimal(value).quantize(Decimal("0.01")))
    if name in {"supplier_vat", "supplier_iban"}:
        return normalise_id(value)
    if name.endswith("_name"):
        return " ".join(value.split()).casefold()
    return value


def _parsed(record: dict[str, object]) -> EInvoice:
    xml = embedded_xml(INVOICES / str(record["file"]))
    assert xml is not None
    parsed = parse_einvoice(xml)
    assert parsed is not None
    return parsed


def test_every_e_invoice_pdf_is_found() -> None:
    # 21 CII samples (Factur-X, ZUGFeRD 2.0/2.2, XRechnung) and Odoo's UBL inside AzureInterior.pdf.
    assert len(E_INVOICES) == 22


@pytest.mark.parametrize("record", E_INVOICES)
def test_every_labelled_field_equals_the_xml(record: dict[str, object]) -> None:
    parsed = _parsed(record)
    values = {field.name: field.value for field in parsed.field_values()}
    expected = record["fields"]
    assert isinstance(expected, dict)
    for name, value in expected.items():
        assert _normalised(name, values.get(name)) == _normalised(name, value), name
    assert parsed.category == record["category"]
    if "doc_type_code" in record:
        assert parsed.type_code == record["doc_type_code"]
        assert parsed.profile == record["profile"]
    assert all(field.confidence == 1.0 for field in parsed.field_values())


def _by_file(name: str) -> EInvoice:
    return _parsed(next(record for record in _expected() if record["file"] == name))


def test_lines_come_with_quantity_price_amount_and_rate() -> None:
    lines = _by_file("EN16931_Einfach.pdf").invoice.lines
    assert [(line.line_no, line.description) for line in lines] == [
        (1, "Trennblätter A4"),
        (2, "Joghurt Banane"),
    ]
    assert (lines[0].quantity, lines[0].unit_price, lines[0].amount, lines[0].tax_rate) == (
        Decimal("20.0000"),
        Decimal("9.9000"),
        Decimal("198.00"),
        Decimal("19.00"),
    )
    assert sum(line.amount or 0 for line in lines) == Decimal("473.00")


def test_tax_total_is_the_one_in_the_invoice_currency() -> None:
    parsed = _by_file("zugferd_2p0_EXTENDED_Fremdwaehrung.pdf")
    # The XML states 163.16 GBP and 183.14 EUR (the tax currency); the invoice is in GBP.
    assert (parsed.invoice.currency, parsed.invoice.tax_total) == ("GBP", Decimal("163.16"))
    assert parsed.invoice.supplier_iban == "DE1212344321987600"  # printed with spaces in the XML
    assert parsed.invoice.due_date == "2018-11-20"  # the first of two payment terms (no discount)
    assert parsed.amount_due == Decimal("521.91")


def test_a_direct_debit_account_is_the_buyers_not_the_suppliers() -> None:
    assert _by_file("EN16931_SEPA_Prenotification.pdf").invoice.supplier_iban is None


def test_salutation_lines_are_left_out_of_party_names() -> None:
    invoice = _by_file("EN16931_Haftpflichtversicherung_Versicherungssteuer.pdf").invoice
    assert invoice.customer_name == "Max Mustermann"  # "Herrn\nMax Mustermann" in the XML
    assert invoice.supplier_name == "MVM Musterhafter Versicherungsverein Musterstadt a.G."


def test_type_codes_give_the_category() -> None:
    assert _by_file("Avoir_FR_type381_BASIC.pdf").category == "credit_note"
    assert _by_file("zugferd_2p0_MINIMUM.pdf").category == "other"  # 751, a booking aid
    assert _by_file("EN16931_Gutschrift.pdf").category == "invoice"  # 389, self-billed invoice


UBL_CREDIT_NOTE = b"""\xef\xbb\xbf<?xml version="1.0" encoding="UTF-8"?>
<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
  <cbc:ID>CN-2024-017</cbc:ID>
  <cbc:IssueDate>2024-03-14</cbc:IssueDate>
  <cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:OrderReference><cbc:ID>PO-88</cbc:ID></cac:OrderReference>
  <cac:AccountingSupplierParty><cac:Party>
    <cac:PartyName><cbc:Name>Bakkerij De Korenaar</cbc:Name></cac:PartyName>
    <cac:PartyTaxScheme><cbc:CompanyID>NL810433941B01</cbc:CompanyID>
      <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
    <cac:PartyLegalEntity><cbc:RegistrationName>De Korenaar B.V.</cbc:RegistrationName></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party>
    <cac:PartyName><cbc:Name>Hotel Centraal</cbc:Name></cac:PartyName>
    <cac:PartyTaxScheme><cbc:CompanyID>BE0403170701</cbc:CompanyID>
      <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
  </cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans>
    <cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>
    <cbc:PaymentDueDate>2024-04-13</cbc:PaymentDueDate>
    <cbc:PaymentID>RF18539007547034</cbc:PaymentID>
    <cac:PayeeFinancialAccount><cbc:ID>NL50 INGB 0683 2513 09</cbc:ID>
      <cac:FinancialInstitutionBranch><cbc:ID>INGBNL2A</cbc:ID></cac:FinancialInstitutionBranch>
    </cac:PayeeFinancialAccount>
  </cac:PaymentMeans>
  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">2.10</cbc:TaxAmount></cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">35.00</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">35.00</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">37.10</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="EUR">37.10</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
  <cac:CreditNoteLine>
    <cbc:ID>1</cbc:ID>
    <cbc:CreditedQuantity unitCode="C62">10</cbc:CreditedQuantity>
    <cbc:LineExtensionAmount currencyID="EUR">35.00</cbc:LineExtensionAmount>
    <cac:Item><cbc:Name>Volkoren brood</cbc:Name>
      <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>6</cbc:Percent>
        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="EUR">3.50</cbc:PriceAmount></cac:Price>
  </cac:CreditNoteLine>
</CreditNote>
"""


def test_a_ubl_credit_note() -> None:
    parsed = parse_einvoice(UBL_CREDIT_NOTE)
    assert parsed is not None
    invoice = parsed.invoice
    assert (parsed.syntax, parsed.type_code, parsed.category) == ("ubl", "381", "credit_note")
    assert (invoice.invoice_number, invoice.invoice_date, invoice.due_date) == (
        "CN-2024-017",
        "2024-03-14",
        "2024-04-13",
    )
    assert (invoice.supplier_name, invoice.supplier_vat) == ("De Korenaar B.V.", "NL810433941B01")
    assert (invoice.customer_name, invoice.customer_vat) == ("Hotel Centraal", "BE0403170701")
    assert (invoice.supplier_iban, parsed.supplier_bic, invoice.po_number) == (
        "NL50INGB0683251309",
        "INGBNL2A",
        "PO-88",
    )
    assert invoice.payment_reference == "RF18539007547034"
    assert (invoice.subtotal, invoice.tax_total, invoice.total) == (
        Decimal("35.00"),
        Decimal("2.10"),
        Decimal("37.10"),
    )
    [line] = invoice.lines
    assert (line.description, line.quantity, line.unit_price, line.amount, line.tax_rate) == (
        "Volkoren brood",
        Decimal("10"),
        Decimal("3.50"),
        Decimal("35.00"),
        Decimal("6"),
    )


ZUGFERD_1 = b"""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0"
    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12"
    xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15">
  <rsm:SpecifiedExchangedDocumentContext>
    <ram:GuidelineSpecifiedDocumentContextParameter>
      <ram:ID>urn:ferd:CrossIndustryDocument:invoice:1p0:comfort</ram:ID>
    </ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:SpecifiedExchangedDocumentContext>
  <rsm:HeaderExchangedDocument>
    <ram:ID>RE-2019-0042</ram:ID>
    <ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">20190314</udt:DateTimeString></ram:IssueDateTime>
  </rsm:HeaderExchangedDocument>
  <rsm:SpecifiedSupplyChainTradeTransaction>
    <ram:ApplicableSupplyChainTradeAgreement>
      <ram:SellerTradeParty>
        <ram:Name>Elektro Maier GmbH</ram:Name>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="FC">201/113/40209</ram:ID>
        </ram:SpecifiedTaxRegistration>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE136695976</ram:ID>
        </ram:SpecifiedTaxRegistration>
      </ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>Frau
Erika Musterfrau</ram:Name></ram:BuyerTradeParty>
      <ram:BuyerOrderReferencedDocument><ram:ID>B-778</ram:ID></ram:BuyerOrderReferencedDocument>
    </ram:ApplicableSupplyChainTradeAgreement>
    <ram:ApplicableSupplyChainTradeSettlement>
      <ram:PaymentReference>RE-2019-0042</ram:PaymentReference>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradeSettlementPaymentMeans>
        <ram:TypeCode>58</ram:TypeCode>
        <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>DE89370400440532013000</ram:IBANID>
        </ram:PayeePartyCreditorFinancialAccount>
        <ram:PayeeSpecifiedCreditorFinancialInstitution><ram:BICID>COBADEFFXXX</ram:BICID>
        </ram:PayeeSpecifiedCreditorFinancialInstitution>
      </ram:SpecifiedTradeSettlementPaymentMeans>
      <ram:SpecifiedTradePaymentTerms>
        <ram:DueDateDateTime><udt:DateTimeString format="102">20190413</udt:DateTimeString>
        </ram:DueDateDateTime>
      </ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementMonetarySummation>
        <ram:LineTotalAmount currencyID="EUR">100.00</ram:LineTotalAmount>
        <ram:TaxBasisTotalAmount currencyID="EUR">100.00</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">19.00</ram:TaxTotalAmount>
        <ram:GrandTotalAmount currencyID="EUR">119.00</ram:GrandTotalAmount>
        <ram:DuePayableAmount currencyID="EUR">119.00</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementMonetarySummation>
    </ram:ApplicableSupplyChainTradeSettlement>
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedSupplyChainTradeAgreement>
        <ram:NetPriceProductTradePrice>
          <ram:ChargeAmount currencyID="EUR">250.00</ram:ChargeAmount>
          <ram:BasisQuantity unitCode="C62">100</ram:BasisQuantity>
        </ram:NetPriceProductTradePrice>
      </ram:SpecifiedSupplyChainTradeAgreement>
      <ram:SpecifiedSupplyChainTradeDelivery>
        <ram:BilledQuantity unitCode="C62">40</ram:BilledQuantity>
      </ram:SpecifiedSupplyChainTradeDelivery>
      <ram:SpecifiedSupplyChainTradeSettlement>
        <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:ApplicablePercent>19</ram:ApplicablePercent>
        </ram:ApplicableTradeTax>
        <ram:SpecifiedTradeSettlementMonetarySummation>
          <ram:LineTotalAmount currencyID="EUR">100.00</ram:LineTotalAmount>
        </ram:SpecifiedTradeSettlementMonetarySummation>
      </ram:SpecifiedSupplyChainTradeSettlement>
      <ram:SpecifiedTradeProduct><ram:Name>Schrauben M4</ram:Name></ram:SpecifiedTradeProduct>
    </ram:IncludedSupplyChainTradeLineItem>
  </rsm:SpecifiedSupplyChainTradeTransaction>
</rsm:CrossIndustryDocument>
"""


def test_a_zugferd_1_invoice() -> None:
    parsed = parse_einvoice(ZUGFERD_1)
    assert parsed is not None
    invoice = parsed.invoice
    assert (parsed.syntax, parsed.category, parsed.profile) == (
        "cii",
        "invoice",
        "urn:ferd:CrossIndustryDocument:invoice:1p0:comfort",
    )
    assert (invoice.invoice_number, invoice.invoice_date, invoice.due_date) == (
        "RE-2019-0042",
        "2019-03-14",
        "2019-04-13",
    )
    assert (invoice.supplier_name, invoice.supplier_vat, invoice.customer_name) == (
        "Elektro Maier GmbH",
        "DE136695976",
        "Erika Musterfrau",
    )
    assert (invoice.supplier_iban, parsed.supplier_bic, invoice.po_number) == (
        "DE89370400440532013000",
        "COBADEFFXXX",
        "B-778",
    )
    assert (invoice.subtotal, invoice.tax_total, invoice.total) == (
        Decimal("100.00"),
        Decimal("19.00"),
        Decimal("119.00"),
    )
    [line] = invoice.lines
    # 250.00 per 100 pieces: 2.50 a piece.
    assert (line.description, line.quantity, line.unit_price, line.amount, line.tax_rate) == (
        "Schrauben M4",
        Decimal("40"),
        Decimal("2.5"),
        Decimal("100.00"),
        Decimal("19"),
    )


def test_other_xml_is_not_an_e_invoice() -> None:
    assert parse_einvoice(b"<?xml version='1.0'?><order xmlns='urn:example'><id>1</id></order>") is None


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100">&lol3;
</rsm:CrossIndustryInvoice>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>&xxe;</ID></Invoice>"""


@pytest.mark.parametrize(
    ("xml", "error"),
    [
        pytest.param(BILLION_LAUGHS, CorruptDocumentError, id="entity-expansion"),
        pytest.param(EXTERNAL_ENTITY, CorruptDocumentError, id="external-entity"),
        pytest.param(b"<Invoice><unclosed></Invoice>", CorruptDocumentError, id="malformed"),
        pytest.param(b"<a>" + b" " * (21 * 1024 * 1024) + b"</a>", LimitExceededError, id="too-large"),
    ],
)
def test_hostile_or_broken_xml_is_a_document_error(xml: bytes, error: type[DocumentError]) -> None:
    with pytest.raises(error):
        parse_einvoice(xml)
