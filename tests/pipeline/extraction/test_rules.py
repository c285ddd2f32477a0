"""The rule baseline from text alone, and the extractor around it.

The shared born-digital invoices (invoice2data's and the e-invoice PDFs with their XML left out)
are read from their text layer and word boxes; per-field accuracy is printed (``pytest -s``) and
held to a floor. These documents were looked at while the rules were written, so their accuracy
is an upper bound of what unseen layouts get; the small invoices written below in four languages
were not, and check the same rules on layouts of their own.
"""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from pipeline.extraction import RuleFieldExtractor
from pipeline.fields import FieldExtractor
from pipeline.records import EmailHeaders, ExtractedFields, Extraction, PageText, Word
from pipeline.validation.ids import normalise_id

INVOICES = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "invoices"
AMOUNTS = {"total", "subtotal", "tax_total", "amount_due"}
HEADER_FIELDS = (
    "invoice_number",
    "invoice_date",
    "due_date",
    "total",
    "subtotal",
    "tax_total",
    "amount_due",
    "currency",
    "supplier_name",
    "supplier_vat",
    "supplier_iban",
    "customer_name",
    "po_number",
)
# What the rules reach on these documents, less a margin; the targets are 0.9 for number,
# date and total, 0.85 for supplier name, VAT, IBAN and currency.
FLOORS = {name: 0.9 for name in HEADER_FIELDS} | {"customer_name": 0.75}


def read_pdf(path: Path) -> Extraction:
    """Text and words as the PDF text layer gives them (PDF points, origin top left), no XML."""
    pages = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words = [Word(w["text"], w["x0"], w["top"], w["x1"], w["bottom"]) for w in page.extract_words()]
            pages.append(
                PageText(
                    number=page.page_number,
                    text=page.extract_text() or "",
                    method="text-layer",
                    width=float(page.width),
                    height=float(page.height),
                    words=words,
                )
            )
    return Extraction(text="\n\n".join(page.text for page in pages), text_method="text-layer", pages=pages)


def read_document(path: Path) -> Extraction:
    if path.suffix == ".txt":
        return Extraction(text=path.read_text(encoding="utf-8"), text_method="plain")
    return read_pdf(path)


def embedded_xml(path: Path) -> bytes | None:
    for name, contents in PdfReader(path).attachments.items():
        if name.lower().endswith(".xml"):
            return contents[0]
    return None


@pytest.fixture(scope="module")
def documents() -> dict[str, tuple[dict[str, object], Extraction]]:
    """Every shared invoice with a text layer (the PNG needs OCR), read without its XML."""
    found = {}
    with (INVOICES / "expected.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            path = INVOICES / record["file"]
            if path.suffix in (".pdf", ".txt"):
                found[record["file"]] = (record, read_document(path))
    return found


@pytest.fixture(scope="module")
def extracted(documents: dict[str, tuple[dict[str, object], Extraction]]) -> dict[str, ExtractedFields]:
    extractor = RuleFieldExtractor()
    return {name: extractor.extract_fields(extraction, None) for name, (_, extraction) in documents.items()}


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


def _values(result: ExtractedFields) -> dict[str, str]:
    return {value.name: value.value for value in result.fields}


def test_per_field_accuracy_from_text_alone(
    documents: dict[str, tuple[dict[str, object], Extraction]], extracted: dict[str, ExtractedFields]
) -> None:
    hits: dict[str, list[bool]] = {}
    misses = []
    for name, (record, _) in documents.items():
        values = _values(extracted[name])
        expected = record["fields"]
        assert isinstance(expected, dict)
        for field, value in expected.items():
            right = _normalised(field, values.get(field)) == _normalised(field, value)
            hits.setdefault(field, []).append(right)
            if not right:
                misses.append(f"{name}: {field} expected {value!r}, got {values.get(field)!r}")
    accuracy = {field: sum(found) / len(found) for field, found in hits.items()}
    print(f"\nrule baseline, text alone, shared invoices ({len(documents)} documents)")
    for field in HEADER_FIELDS:
        if field in accuracy:
            print(f"  {field:15} {accuracy[field]:.2f}  ({sum(hits[field])}/{len(hits[field])})")
    print("\n".join(f"  miss: {miss}" for miss in misses))
    low = {field: value for field, value in accuracy.items() if value < FLOORS.get(field, 0.9)}
    assert not low, f"below the floor: {low}; misses: {misses}"


def test_specific_values_on_a_dutch_invoice(extracted: dict[str, ExtractedFields]) -> None:
    values = _values(extracted["coolblue1.pdf"])
    assert {name: values.get(name) for name in HEADER_FIELDS if name in values} == {
        "invoice_number": "993548900",  # "F actuurnummer:" - the text layer splits the drop letter
        "invoice_date": "2014-04-19",  # "19 april 2014"
        "total": "717.97",
        "subtotal": "593.36",  # "Exclusief BTW", not "Subtotaal" (717,97 incl. VAT): the sum decides
        "tax_total": "124.61",
        "currency": "EUR",
        "supplier_name": "Coolblue B.V.",  # "FACTUUR. Coolblue B.V."
        "supplier_vat": "NL810433941B01",
        "supplier_iban": "NL50INGB0683251309",
        "customer_name": "Pino Bluebird",  # under the title and the slogan, above the street (unlabelled)
        "po_number": "12572103",
    }


def test_specific_values_on_a_french_credit_note(extracted: dict[str, ExtractedFields]) -> None:
    result = extracted["Avoir_FR_type381_BASIC.pdf"]
    values = _values(result)
    # Printed with a minus sign; a credit note carries positive amounts (as its EN 16931 XML).
    assert (values["total"], values["subtotal"], values["tax_total"]) == ("233.47", "218.48", "14.99")
    assert values["supplier_vat"] == "FR11999999998"  # not "N° TVA client FR19787878784"
    assert values["supplier_name"] == "Au bon moulin"  # the letterhead words that spell aubonmoulin.fr
    assert (values["invoice_date"], values["due_date"], values["po_number"]) == (
        "2017-11-16",
        "2017-11-16",
        "PO445",
    )
    assert result.invoice is not None
    assert [line.amount for line in result.invoice.lines] == [Decimal("20.48"), Decimal("198.00")]


def test_specific_values_on_an_american_invoice(extracted: dict[str, ExtractedFields]) -> None:
    values = _values(extracted["AzureInterior.pdf"])
    # Month-first dates (03/20/2023); values under their column headings; "$" alone is no currency.
    assert (values["invoice_date"], values["due_date"]) == ("2023-03-20", "2023-04-04")
    assert (values["subtotal"], values["tax_total"], values["total"]) == ("262.90", "16.94", "279.84")
    assert "currency" not in values


def test_specific_values_on_a_polish_plain_text_invoice(extracted: dict[str, ExtractedFields]) -> None:
    values = _values(extracted["Orlen.txt"])
    assert (values["invoice_date"], values["total"], values["currency"]) == ("2021-01-01", "316.83", "PLN")
    assert values["supplier_vat"] == "7740001454"  # "NIP: 774-00-01-454"


def test_text_values_carry_their_provenance(extracted: dict[str, ExtractedFields]) -> None:
    result = extracted["EN16931_Einfach.pdf"]
    total = next(value for value in result.fields if value.name == "total")
    assert total.page == 2 and total.bbox is not None
    assert total.confidence is not None and 0 < total.confidence < 1
    assert all(value.valid is not None or value.problem for value in result.fields)
    vat = next(value for value in result.fields if value.name == "supplier_vat")
    assert (vat.value, vat.valid) == ("DE123456789", False)  # the samples' number fails its check


def test_line_items_from_a_table(extracted: dict[str, ExtractedFields]) -> None:
    invoice = extracted["zugferd_2p0_EXTENDED_Kostenrechnung.pdf"].invoice
    assert invoice is not None
    assert [(line.description, line.quantity, line.amount) for line in invoice.lines] == [
        ("Wirkarbeit", Decimal("10000"), Decimal("52.00")),
        ("Ökosteuer", Decimal("10000"), Decimal("20.50")),
        ("Kommissionierer", Decimal("27.5"), Decimal("288.75")),
        ("FALTENBEUTEL", Decimal("3500"), Decimal("36.75")),
        ("Kopierpapier", Decimal("1210"), Decimal("12.10")),
    ]
    # A wrapped layout: the amount sits one line below the description, quantity and price.
    einfach = extracted["EN16931_Einfach.pdf"].invoice
    assert einfach is not None
    assert [(line.description, line.unit_price, line.amount) for line in einfach.lines] == [
        ("Trennblätter A4", Decimal("9.9000"), Decimal("198.00")),
        ("Joghurt Banane", Decimal("5.5000"), Decimal("275.00")),
    ]


def test_line_items_match_the_xml_on_most_e_invoices(
    documents: dict[str, tuple[dict[str, object], Extraction]], extracted: dict[str, ExtractedFields]
) -> None:
    from pipeline.einvoice import parse_einvoice

    same = compared = 0
    for name in documents:
        xml = embedded_xml(INVOICES / name) if name.endswith(".pdf") else None
        parsed = parse_einvoice(xml) if xml else None
        invoice = extracted[name].invoice
        if parsed is None or not parsed.invoice.lines or invoice is None:
            continue
        compared += 1
        same += [line.amount for line in invoice.lines] == [line.amount for line in parsed.invoice.lines]
    print(f"\nline items equal to the XML's from text alone: {same}/{compared}")
    assert compared >= 18 and same >= 15


GERMAN = """Elektro Maier GmbH · Hauptstraße 5 · 80331 München
Rechnung
Rechnungsnummer: RE-2024-0815
Rechnungsdatum: 14. März 2024
Fällig am: 13.04.2024
Ihre Bestellung: B-4711
Pos  Beschreibung            Menge   Einzelpreis   Betrag
1    Kabel NYM 3x1,5         100     1,20          120,00
2    Schalter                 10     8,50           85,00
Nettobetrag                                        205,00
MwSt. 19 %                                          38,95
Gesamtbetrag                                       243,95 EUR
IBAN: DE89 3704 0044 0532 0130 00   BIC: COBADEFFXXX
USt-IdNr.: DE136695976
"""

DUTCH = """Bakkerij De Korenaar B.V.
Factuur
Factuurnummer 2024/117        Factuurdatum 05-03-2024
Vervaldatum 04-04-2024
Totaal excl. BTW      € 1.250,00
BTW 9%                € 112,50
Totaal                € 1.362,50
Betalen op NL91 ABNA 0417 1643 00 t.n.v. De Korenaar
BTW-nummer NL810433941B01
"""

FRENCH = """Atelier Dubois SARL - 12 rue des Lilas - 69003 Lyon
Facture n° F-2024-031 du 14/03/2024
Date d'échéance : 13/04/2024
Total HT        1 000,00 €
TVA 20 %          200,00 €
Total TTC       1 200,00 €
IBAN : FR76 3000 6000 0112 3456 7890 189
N° TVA intracommunautaire : FR40303265045
"""

ENGLISH = """Northwind Trading Ltd
INVOICE
Invoice No: NW-88412
Invoice Date: 14 March 2024
Due Date: 13 April 2024
Subtotal          £1,020.00
VAT 20%             £204.00
Total             £1,224.00
VAT Reg No: GB 980 7806 84
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            GERMAN,
            {
                "invoice_number": "RE-2024-0815",
                "invoice_date": "2024-03-14",
                "due_date": "2024-04-13",
                "po_number": "B-4711",
                "subtotal": "205.00",
                "tax_total": "38.95",
                "total": "243.95",
                "currency": "EUR",
                "supplier_name": "Elektro Maier GmbH",
                "supplier_iban": "DE89370400440532013000",
                "supplier_bic": "COBADEFFXXX",
                "supplier_vat": "DE136695976",
            },
            id="de",
        ),
        pytest.param(
            DUTCH,
            {
                "invoice_number": "2024/117",
                "invoice_date": "2024-03-05",
                "due_date": "2024-04-04",
                "subtotal": "1250.00",
                "tax_total": "112.50",
                "total": "1362.50",
                "currency": "EUR",
                "supplier_name": "Bakkerij De Korenaar B.V.",
                "supplier_iban": "NL91ABNA0417164300",
                "supplier_vat": "NL810433941B01",
            },
            id="nl",
        ),
        pytest.param(
            FRENCH,
            {
                "invoice_number": "F-2024-031",
                "invoice_date": "2024-03-14",
                "due_date": "2024-04-13",
                "subtotal": "1000.00",
                "tax_total": "200.00",
                "total": "1200.00",
                "currency": "EUR",
                "supplier_name": "Atelier Dubois SARL",
                "supplier_iban": "FR7630006000011234567890189",
                "supplier_vat": "FR40303265045",
            },
            id="fr",
        ),
        pytest.param(
            ENGLISH,
            {
                "invoice_number": "NW-88412",
                "invoice_date": "2024-03-14",
                "due_date": "2024-04-13",
                "subtotal": "1020.00",
                "tax_total": "204.00",
                "total": "1224.00",
                "currency": "GBP",
                "supplier_name": "Northwind Trading Ltd",
                "supplier_vat": "GB980780684",
            },
            id="en",
        ),
    ],
)
def test_new_layouts_in_four_languages(text: str, expected: dict[str, str]) -> None:
    result = RuleFieldExtractor().extract_fields(Extraction(text=text, text_method="plain"), None)
    values = _values(result)
    assert {name: values.get(name) for name in expected} == expected
    assert result.invoice is not None and result.invoice.total == Decimal(expected["total"])
    assert all(value.valid for value in result.fields), [(v.name, v.problem) for v in result.fields]


def test_xml_values_win_and_are_located_on_the_page(
    documents: dict[str, tuple[dict[str, object], Extraction]],
) -> None:
    _, extraction = documents["EN16931_Einfach.pdf"]
    xml = embedded_xml(INVOICES / "EN16931_Einfach.pdf")
    result = RuleFieldExtractor().extract_fields(replace(extraction, structured_xml=xml), None)
    values = {value.name: value for value in result.fields}
    assert values["total"].value == "529.87" and values["total"].confidence == 1.0
    assert values["total"].page == 2 and values["total"].bbox is not None  # where the text agrees
    assert values["document_type"].value == "380"
    assert result.invoice is not None and result.invoice.invoice_number == "471102"
    assert all(value.problem is None or "text says" not in value.problem for value in result.fields)


def test_a_disagreement_between_text_and_xml_is_noted(
    documents: dict[str, tuple[dict[str, object], Extraction]],
) -> None:
    _, extraction = documents["EN16931_Einfach.pdf"]
    xml = embedded_xml(INVOICES / "EN16931_Einfach.pdf")
    assert xml is not None
    altered = xml.replace(b"<ram:ID>471102</ram:ID>", b"<ram:ID>471103</ram:ID>")
    result = RuleFieldExtractor().extract_fields(replace(extraction, structured_xml=altered), None)
    number = next(value for value in result.fields if value.name == "invoice_number")
    assert (number.value, number.confidence, number.valid) == ("471103", 1.0, True)
    assert number.problem == "text says 471102, XML says 471103"


def test_refused_xml_falls_back_to_the_text(
    documents: dict[str, tuple[dict[str, object], Extraction]],
) -> None:
    _, extraction = documents["EN16931_Einfach.pdf"]
    hostile = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    result = RuleFieldExtractor().extract_fields(replace(extraction, structured_xml=hostile), None)
    values = {value.name: value for value in result.fields}
    assert values["structured_xml"].valid is False
    assert "refused" in (values["structured_xml"].problem or "")
    assert values["total"].value == "529.87" and (values["total"].confidence or 0) < 1


def test_it_is_a_field_extractor() -> None:
    extractor: FieldExtractor = RuleFieldExtractor()
    assert isinstance(
        extractor.extract_fields(Extraction(text="", text_method="plain"), None), ExtractedFields
    )


def test_a_letter_is_not_an_invoice() -> None:
    letter = Extraction(
        text="Dear Sir,\nThank you for your visit on 12 March 2024.\nKind regards", text_method="plain"
    )
    result = RuleFieldExtractor().extract_fields(letter, None)
    assert result.invoice is None and result.fields == []


def test_a_mail_refers_to_invoice_order_and_quote_numbers() -> None:
    body = (
        "Hello,\nour payment for invoice no. 2024-118 is late because order #PO-5512 was short.\n"
        "Please also send the offerte 24-0031 again.\nBest regards"
    )
    mail = Extraction(text=body, text_method="email", email=EmailHeaders(subject="Late payment"))
    result = RuleFieldExtractor().extract_fields(mail, "supplier_message")
    assert [(value.name, value.value, value.valid) for value in result.fields] == [
        ("ref_invoice_number", "2024-118", True),
        ("ref_order_number", "PO-5512", True),
        ("ref_quote_number", "24-0031", True),
    ]
    assert result.invoice is None


def test_a_bare_xml_file_is_not_cross_checked_against_its_own_rendering() -> None:
    xml = embedded_xml(INVOICES / "EN16931_Einfach.pdf")
    assert xml is not None
    rendering = Extraction(
        text="ExchangedDocument\nID: 471102\nDate 01.03.2018", text_method="xml", structured_xml=xml
    )
    result = RuleFieldExtractor().extract_fields(rendering, None)
    assert not [value for value in result.fields if value.problem and "text says" in value.problem]
    assert result.invoice is not None and result.invoice.total == Decimal("529.87")


def test_through_the_pdf_text_stage() -> None:
    from pipeline.extract import extract_text
    from pipeline.options import ExtractOptions

    data = (INVOICES / "zugferd_2p0_EXTENDED_Fremdwaehrung.pdf").read_bytes()
    extraction = extract_text(data, "application/pdf", ExtractOptions())
    result = RuleFieldExtractor().extract_fields(extraction, None)
    values = {value.name: value for value in result.fields}
    assert (values["total"].value, values["currency"].value, values["amount_due"].value) == (
        "1021.91",
        "GBP",
        "521.91",
    )
    assert values["supplier_iban"].valid is False  # the sample's IBAN fails its check digits
    assert values["supplier_iban"].page is not None  # found on the page too: located there
