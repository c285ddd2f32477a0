"""Rules for what receipts and small suppliers print: a cash rounding before the total paid, a title
with its number ("Rechnung Nr. 4711"), a company name with its registration number or phone beside it."""

from __future__ import annotations

import pytest

from pipeline.extraction import RuleFieldExtractor
from pipeline.extraction.candidates import Analysis, Choice
from pipeline.extraction.extractor import read_text_fields
from pipeline.extraction.names import clean_party_name
from pipeline.extraction.parties import Parties
from pipeline.records import Extraction, PageText, Word

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


def test_the_rounded_total_is_found_when_the_printed_adjustment_was_misread() -> None:
    """OCR read the rounding adjustment 0.04 as 0.02: the total below it, a multiple of 0.05 within
    a coin step of the unrounded one, is still the total paid."""
    text = RECEIPT.replace("Total Incl. GST    12.47", "Total Incl. GST    12.49")
    assert _values(text, "receipt")["total"] == "12.45"
    unrelated = RECEIPT.replace("Total              12.45", "Total              12.25")
    assert _values(unrelated, "receipt")["total"] == "12.47"  # 0.22 away: not a cash rounding


# OCR could not read the total's digits (a faint print): what was paid still says what it was.
UNREAD_TOTAL = (
    "KEDAI RUNCIT ABC SDN BHD\nDate: 12/03/2018\nItem A     30.00\nItem B      5.80\n"
    "TOTAL PAYABLE AMOUNT  89\nCASH               50.00\nCHANGE             14.20\n"
)


def test_a_total_ocr_could_not_read_is_the_cash_paid_less_the_change() -> None:
    assert _values(UNREAD_TOTAL, "receipt")["total"] == "35.80"
    exact = UNREAD_TOTAL.replace("CHANGE             14.20\n", "")
    assert _values(exact, "receipt")["total"] == "50.00"  # no change given: paid exactly


def test_a_printed_total_wins_over_the_payment_lines() -> None:
    assert _values(RECEIPT, "receipt")["total"] == "12.45"  # Cash 20.00 - Change 7.55 agrees
    overpaid = UNREAD_TOTAL.replace("TOTAL PAYABLE AMOUNT  89", "TOTAL PAYABLE AMOUNT  35.90")
    assert _values(overpaid, "receipt")["total"] == "35.90"


def test_no_total_from_the_cash_paid_when_the_change_is_unreadable() -> None:
    unreadable = UNREAD_TOTAL.replace("CHANGE             14.20", "CHANGE             &.4O")
    assert "total" not in _values(unreadable, "receipt")


def test_a_label_in_brackets_does_not_cut_off_the_total() -> None:
    """A weak date label ("of") inside the total's bracket is not where its value stops."""
    text = RECEIPT.replace("Total Incl. GST    12.47", "Total (Inclusive of GST): 12.47")
    assert _values(text, "receipt")["total"] == "12.45"
    text = "KEDAI RUNCIT ABC SDN BHD\nDate: 12/03/2018\nTotal (Trelusive of F°): 2.40\n"
    assert _values(text, "receipt")["total"] == "2.40"


def test_a_total_discount_or_quantity_is_not_the_total() -> None:
    text = UNREAD_TOTAL.replace("TOTAL PAYABLE AMOUNT  89", "Total Item Discount: 0.00\nTotal Qty: 2.00")
    assert _values(text, "receipt")["total"] == "35.80"


def test_the_rounded_total_printed_by_the_rounding_label_is_the_total() -> None:
    """By "Rounding  RM 13,60", the adjustment unreadable: the amount by the label is the total."""
    text = (
        "KEDAI RUNCIT ABC SDN BHD\nDate: 12/03/2018\nTotal Sales (Inclusive GST) RM 13.58\n"
        "Rounding Adjustment RM 02\nRounding RM 13,60\n"
    )
    assert _values(text, "receipt")["total"] == "13.60"
    assert _values(text.replace("13,60", "13,70"), "receipt")["total"] == "13.58"  # not a coin step away


class _PicksTheFirstTotal:
    """A refiner that, like a scorer trained on receipts without a cash rounding, picks the total
    printed before the rounding line."""

    def refine(
        self, analysis: Analysis, parties: Parties, rules: dict[str, Choice], category: str | None
    ) -> dict[str, Choice]:
        first = min((c for c in analysis.candidates if c.field == "total"), key=lambda c: c.line)
        return {**rules, "total": Choice(first.value, 0.9, first.page, first.bbox, line=first.line)}


def test_a_learned_pick_of_the_unrounded_total_gets_the_cash_rounding_too() -> None:
    extraction = Extraction(text=RECEIPT, text_method="plain")
    picked = read_text_fields(extraction, category="receipt", refiner=_PicksTheFirstTotal())
    assert picked.value("total") == "12.45"


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
        ("Bakker Verpakkingen BV", "Bakker Verpakkingen BV"),  # a legal form, though also the initials
    ],
)
def test_party_names_end_with_their_legal_form(printed: str, name: str) -> None:
    assert clean_party_name(printed) == name


def test_a_stray_mark_beside_the_addressee_does_not_make_it_the_letterhead() -> None:
    """OCR reads a stamp or smudge as a tall "word" on the addressee's line: the issuer is still
    the large name at the top."""
    rows = [
        (40, 40, [(300, "Groupe"), (420, "Rochys"), (540, "SASU")]),
        (100, 16, [(300, "115"), (340, "rue"), (380, "du"), (410, "Port"), (470, "69007"), (540, "Lyon")]),
        (200, 18, [(60, "Claireo"), (150, "Transports"), (280, "SARL")]),
        (185, 60, [(700, "—_—")]),  # the smudge, level with the addressee's name
        (230, 16, [(60, "185"), (100, "rue"), (140, "de"), (170, "la"), (200, "République")]),
        (260, 16, [(60, "35461"), (130, "Rennes")]),
        (400, 16, [(60, "Total"), (600, "3408,41")]),
    ]
    words = [
        Word(text, x, y, x + 11.0 * len(text), y + height, 90.0) for y, height, row in rows for x, text in row
    ]
    page = PageText(1, "\n".join(w.text for w in words), "ocr", 900.0, 1200.0, words)
    extraction = Extraction(text=page.text, text_method="ocr", pages=[page])
    found = RuleFieldExtractor().extract_fields(extraction, "purchase_order")
    values = {value.name: value.value for value in found.fields}
    assert values["customer_name"] == "Groupe Rochys SASU"  # who issues the order
    assert values["supplier_name"] == "Claireo Transports SARL"  # whom it is addressed to


def test_a_logo_ocr_read_as_letters_is_not_the_shop_name() -> None:
    """Above a receipt's name, OCR turns the logo into big, unsure "letters": the shop is the name."""
    rows = [
        (20, 70, 40.0, [(200, "ua"), (260, "wi"), (320, "aea")]),  # the logo
        (110, 22, 93.0, [(120, "RESTORAN"), (228, "WAN"), (276, "SHENG")]),
        (140, 18, 90.0, [(110, "No."), (150, "2,"), (180, "Jalan"), (250, "Temenggung")]),
        (400, 18, 92.0, [(40, "TOTAL"), (400, "9.60")]),
    ]
    words = [
        Word(text, x, y, x + 12.0 * len(text), y + height, confidence)
        for y, height, confidence, row in rows
        for x, text in row
    ]
    page = PageText(1, "\n".join(w.text for w in words), "ocr", 600.0, 900.0, words)
    values = {
        value.name: value.value
        for value in RuleFieldExtractor()
        .extract_fields(Extraction(text=page.text, text_method="ocr", pages=[page]), "receipt")
        .fields
    }
    assert values["supplier_name"] == "RESTORAN WAN SHENG"


def _ocr_receipt_values(rows: list[tuple[int, int, list[tuple[int, str]]]]) -> dict[str, str]:
    words = [
        Word(text, x, y, x + 12.0 * len(text), y + height, 92.0) for y, height, row in rows for x, text in row
    ]
    page = PageText(1, "\n".join(w.text for w in words), "ocr", 600.0, 900.0, words)
    extraction = Extraction(text=page.text, text_method="ocr", pages=[page])
    return {
        value.name: value.value for value in RuleFieldExtractor().extract_fields(extraction, "receipt").fields
    }


def test_the_shop_name_is_the_line_that_heads_the_address_not_a_line_of_it() -> None:
    """The second address line printed a little larger than the shop's name is still its address."""
    rows = [
        (110, 20, [(120, "RESTORAN"), (228, "WAN"), (276, "SHENG")]),
        (140, 20, [(150, "002043319")]),
        (170, 23, [(110, "No.2,"), (180, "Jalan"), (250, "Temenggung"), (380, "19/9,")]),
        (200, 23, [(100, "Seksyen"), (190, "9,"), (215, "Bandar"), (290, "Mahkota"), (380, "Cheras,")]),
        (230, 23, [(140, "43200"), (210, "Cheras"), (290, "Selangor")]),
        (400, 20, [(40, "TOTAL"), (400, "2.40")]),
    ]
    assert _ocr_receipt_values(rows)["supplier_name"] == "RESTORAN WAN SHENG"


def test_the_receipt_title_above_the_shop_name_is_not_the_name() -> None:
    rows = [
        (80, 24, [(100, "SIMPLIFIED"), (240, "TAX"), (290, "INVOICE")]),
        (110, 20, [(120, "SIN"), (170, "THYE"), (230, "&"), (250, "COMPANY")]),
        (140, 20, [(120, "REG."), (180, "NO:00168397-H")]),
        (170, 20, [(110, "NO.54,"), (190, "BATU"), (250, "5,"), (280, "IPOH")]),
        (200, 22, [(140, "51200"), (210, "KUALA"), (290, "LUMPUR")]),
        (400, 20, [(40, "TOTAL"), (400, "110.00")]),
    ]
    assert _ocr_receipt_values(rows)["supplier_name"] == "SIN THYE & COMPANY"


SHOP_AND_OWNER = (
    "SANYU STATIONERY SHOP\nNO. 31G&33G, JALAN SETIA INDAH X ,U13/X\n40170 SETIA ALAM\nTel: +603-3362 4137\n"
    "GST ID No: 001531760640 TAX INVOICE\n{owner}SANYU SUPPLY SDN BHD (1135772-K)\nCASH SALES COUNTER\n"
    "RESTAURANT ORDER CHIT NCR  3 X 2.9000  8.70 SR\nTotal Sales Inclusive GST @6%  8.70\n"
)


@pytest.mark.parametrize(
    "owner", ["Owned By :\n", "Owned By: :\n", "ned By :\n", "Owned by ", "Operated by: ", "Exploité par "]
)
def test_the_company_a_shop_is_owned_by_is_not_the_shops_name(owner: str) -> None:
    """The legal entity behind a shop, given by an "Owned By :" label on its line or the line above (or
    what OCR left of it), is not the name the receipt prints as the shop's own."""
    assert _values(SHOP_AND_OWNER.format(owner=owner), "receipt")["supplier_name"] == "SANYU STATIONERY SHOP"


def test_without_the_owner_label_the_company_with_a_legal_form_is_the_name() -> None:
    assert _values(SHOP_AND_OWNER.format(owner=""), "receipt")["supplier_name"] == "SANYU SUPPLY SDN BHD"


def _wrapped_name_rows(second: str, height: int) -> list[tuple[int, int, list[tuple[int, str]]]]:
    """A receipt whose centred name, in capitals, OCR read with "|" and "!" for its final Is."""
    return [
        (110, 22, [(180, "RESTAURANT"), (320, "JIAWE|")]),
        (136, height, [(212 + 80 * n, word) for n, word in enumerate(second.split())]),
        (162, 18, [(220, "002693074-K")]),
        (188, 18, [(150, "13,"), (190, "JLN"), (240, "TASIK"), (310, "UTAMA"), (380, "8")]),
        (214, 18, [(220, "57000"), (290, "KL")]),
        (400, 20, [(40, "TOTAL"), (400, "74.80")]),
    ]


def test_a_shop_name_in_capitals_that_wraps_onto_the_next_line_is_read_whole() -> None:
    """sroie 065: "RESTAURANT JIAWEI" / "JIAWEI HOUSE", centred, in the same print."""
    values = _ocr_receipt_values(_wrapped_name_rows("JIAWE! HOUSE", 22))
    assert values["supplier_name"] == "RESTAURANT JIAWEI JIAWEI HOUSE"


@pytest.mark.parametrize(
    ("second", "height"),
    [
        ("KEPONG OUTLET", 14),  # a branch in smaller print: not more of the name
        ("TEL 03-62636977", 22),  # digits
        ("Jalan Besar", 22),  # not in capitals: the address
    ],
)
def test_a_line_below_the_shop_name_that_is_no_more_of_it_is_left_out(second: str, height: int) -> None:
    assert _ocr_receipt_values(_wrapped_name_rows(second, height))["supplier_name"] == "RESTAURANT JIAWEI"


def test_a_name_with_its_legal_form_ends_on_its_line() -> None:
    rows = [
        (110, 22, [(150, "HAI-O"), (230, "RAYA"), (300, "BHD")]),
        (136, 22, [(200, "KEPONG"), (300, "OUTLET")]),
        (162, 18, [(150, "LOT"), (200, "12,"), (240, "JALAN"), (320, "KEPONG")]),
        (188, 18, [(220, "52100"), (290, "KUALA"), (360, "LUMPUR")]),
        (400, 20, [(40, "TOTAL"), (400, "12.00")]),
    ]
    assert _ocr_receipt_values(rows)["supplier_name"] == "HAI-O RAYA BHD"


def test_a_street_line_with_a_number_is_not_the_shop_name() -> None:
    """sroie 289: where OCR read no name line, "LOT PTD 101051" (a lot number) is no name either."""
    rows = [
        (110, 20, [(150, "LOT"), (200, "PTD"), (260, "101051")]),
        (136, 20, [(150, "Jalan"), (220, "Permas"), (300, "10/10")]),
        (162, 20, [(150, "81750"), (220, "Masai,"), (300, "Johor")]),
        (400, 20, [(40, "TOTAL"), (400, "50.00")]),
    ]
    assert "supplier_name" not in _ocr_receipt_values(rows)


def test_a_name_with_a_branch_number_above_its_street_is_the_name() -> None:
    rows = [
        (110, 20, [(150, "BHPetrol"), (260, "Permas"), (350, "Jaya"), (410, "2")]),
        (136, 20, [(150, "LOT"), (200, "PTD"), (260, "101051")]),
        (162, 20, [(150, "Jalan"), (220, "Permas"), (300, "10/10")]),
        (188, 20, [(150, "81750"), (220, "Masai,"), (300, "Johor")]),
        (400, 20, [(40, "TOTAL"), (400, "50.00")]),
    ]
    assert _ocr_receipt_values(rows)["supplier_name"] == "BHPetrol Permas Jaya 2"


def test_a_street_with_its_house_number_over_the_city_line_stays_an_address() -> None:
    rows = [
        (110, 20, [(150, "Hauptstraße"), (300, "12")]),
        (136, 20, [(150, "12345"), (230, "Berlin")]),
        (400, 20, [(40, "TOTAL"), (400, "50.00")]),
    ]
    assert "supplier_name" not in _ocr_receipt_values(rows)


def test_the_customers_vat_number_is_not_the_suppliers_where_no_other_is_printed() -> None:
    """A Dutch credit note whose OCR lost the supplier's VAT line: the customer's number, under its
    label, must not become the supplier's (the suppliers table would learn the customer as one)."""
    text = (
        "Dekker Techniek B.V.\nHavenstraat 4\n3011 AB Rotterdam\nCREDITNOTA\nCreditnota nr.: CN-2024-0107\n"
        "Datum: 03-05-2024\nOxford Office Ltd\nBTW-nummer klant:  GB406 2403 94\n"
        "Totaal excl. btw 3.045,35 EUR\nOmzetbelasting 0% 0,00 EUR\nBTW verlegd\n"
    )
    values = _values(text, "credit_note")
    assert values.get("customer_vat") == "GB406240394"
    assert "supplier_vat" not in values
