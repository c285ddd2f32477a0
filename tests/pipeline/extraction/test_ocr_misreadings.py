"""A receipt's total read through the OCR slips the shared receipts show: a label word one character
off ("POTAL ROUNDED", "Reunding"), a currency code glued to the amount ("m4.00"), a fuel grade that
looks like lei ("RON 95"), a GST summary's per-rate totals, and a total digit misread after a
cash rounding."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.extract import extract_text
from pipeline.extraction import RuleFieldExtractor
from pipeline.extraction.labels import find_labels
from pipeline.extraction.layout import build_lines
from pipeline.extraction.names import DANGLING
from pipeline.extraction.ocr_words import (
    label_word,
    letters_for_lookalikes,
    repaired,
    split_glued_amount,
    split_glued_form,
    with_legal_forms,
    with_plausible_year,
)
from pipeline.options import ExtractOptions
from pipeline.records import Extraction, PageText, Word
from pipeline.validation.amounts import find_amounts

_CHAR = 10.0
_LINE = 30.0


def _ocr_page(text: str) -> Extraction:
    """``text`` as an OCR'd page: a word per token, boxed by its characters."""
    words = []
    for row, line in enumerate(text.splitlines()):
        column = 0
        for token in line.split(" "):
            if token:
                x0 = column * _CHAR
                words.append(Word(token, x0, row * _LINE, x0 + len(token) * _CHAR, row * _LINE + 20, 80.0))
            column += len(token) + 1
    page = PageText(number=1, text=text, method="ocr", width=600.0, height=_LINE * (row + 1), words=words)
    return Extraction(text=text, text_method="ocr", pages=[page])


def _total(extraction: Extraction) -> str | None:
    found = RuleFieldExtractor().extract_fields(extraction, "receipt")
    return next((value.value for value in found.fields if value.name == "total"), None)


@pytest.mark.parametrize(
    ("read", "meant"),
    [("Tota}", "Total"), ("POTAL", "TOTAL"), ("Reunding", "Rounding"), ("FOUNDING", "ROUNDING"),
     ("T0TAL:", "TOTAL:"), ("Amoumt", "Amount")],
)  # fmt: skip
def test_a_label_word_misread_by_one_character_is_read_as_that_word(read: str, meant: str) -> None:
    assert label_word(read) == meant


@pytest.mark.parametrize("word", ["charge", "Contact", "GASH", "Total", "12.45", "founded", "Totals:"])
def test_real_words_short_words_and_numbers_are_left_as_read(word: str) -> None:
    assert label_word(word) is None


def test_a_misread_currency_code_glued_to_an_amount_is_split_off() -> None:
    assert [w.text for w in split_glued_amount(Word("m4.00", 0, 0, 50, 10))] == ["m", "4.00"]
    pm, amount = split_glued_amount(Word("PM4.00", 0, 0, 60, 10))
    assert (pm.text, amount.text, pm.x1, amount.x0) == ("PM", "4.00", 20, 20)
    for readable in ("RM4.00", "EUR12.00", "A4", "x12"):
        assert [w.text for w in split_glued_amount(Word(readable, 0, 0, 50, 10))] == [readable]


def test_repairs_keep_the_words_boxes_in_order() -> None:
    texts = ["POTAL", "ROUNDED", "RM", "8.", "10"]
    words = [Word(text, i * 90, 0, i * 90 + 80, 20) for i, text in enumerate(texts)]
    fixed = repaired(words)
    assert [w.text for w in fixed] == ["TOTAL", "ROUNDED", "RM", "8.10"]
    assert fixed[0].x0 == 0 and fixed[-1].x1 == 440


RECEIPT = (
    "MR. D.I.Y. (M) SDN BHD\nDate: 17/06/2018\n9964074 2X 1.13 2.25\n9964017 2X 2.83 5.85\n"
    "{rounding} ADJUSTMENT RM 0.01\n{total} ROUNDED RM 8.10\n"
    "CASK RM 50.00\nCHANGE XM 41.90\n"
)


def test_an_ocr_receipt_total_is_found_by_its_misread_label() -> None:
    misread = RECEIPT.format(rounding="FOUNDING", total="POTAL")
    assert _total(_ocr_page(misread)) == "8.10"
    assert _total(_ocr_page(RECEIPT.format(rounding="ROUNDING", total="TOTAL"))) == "8.10"


def test_a_text_layer_is_taken_as_printed() -> None:
    """Born-digital text is what the supplier wrote: no word of it is respelled."""
    text = RECEIPT.format(rounding="FOUNDING", total="POTAL")
    printed = [line.text for line in build_lines(Extraction(text=text, text_method="text-layer"))]
    assert "POTAL ROUNDED RM 8.10" in printed and "FOUNDING ADJUSTMENT RM 0.01" in printed
    assert _total(Extraction(text=text, text_method="text-layer")) is None
    read = [line.text for line in build_lines(_ocr_page(text))]
    assert "TOTAL ROUNDED RM 8.10" in read and "ROUNDING ADJUSTMENT RM 0.01" in read


def test_a_total_whose_currency_code_was_misread_into_the_amount() -> None:
    text = "SUN VICTORY SDN BHD\nParking Fee RM4.00\nGST 6.00 %\nTotal aap m4.00\nPaid As PM4.00\n"
    assert _total(_ocr_page(text)) == "4.00"


def test_a_fuel_grade_is_no_amount_in_lei() -> None:
    assert [m.currency for m in find_amounts("Diesel & Petrol RON 95")] == [None]
    assert [m.currency for m in find_amounts("Total RON 95.00")] == ["RON"]
    text = "SHELL PETRO TRADING\nV-Power 97 86.00\nTotal RM 86.00\nDiesel & Petrol RON 95\n"
    assert _total(_ocr_page(text)) == "86.00"


def test_a_gst_summary_per_rate_total_is_not_the_total() -> None:
    lines = [
        "Total 0% supplies: 11.10",
        "Total 6% supplies (excl. GST): -7.44",
        "Total 6% supplies (Inc. GST): -7.89",
        "Total O% supp'ies: 46.82",  # as OCR read sroie 373: rate and word misread
    ]
    assert all(label.field == "other" for line in lines for label in find_labels(line))
    text = "\n".join(["GARDENIA BAKERIES (KL) SDN BHD", "WHOLEMEAL 11.10", *lines, "Total Payable: 3.21"])
    assert _total(_ocr_page(text)) == "3.21"


SUMMED = (
    "PERNIAGAAN ZHENG HUI\nDate: 12/02/2018\nSub Total(RM] 106.10\nTotal GST (RM) : 6.37\n"
    "Rounding (RM) : -0.02\nTotal (RM): {total}\nCASH : 120.00\n"
)


def test_a_cash_rounded_total_misread_by_a_digit_is_what_its_parts_make() -> None:
    """106.10 + 6.37 - 0.02 = 112.45: "112.46" after a rounding line cannot be a rounded total."""
    assert _total(_ocr_page(SUMMED.format(total="112.46"))) == "112.45"
    assert _total(_ocr_page(SUMMED.format(total="112.45"))) == "112.45"
    no_rounding = SUMMED.format(total="112.46").replace("Rounding (RM) : -0.02\n", "")
    assert _total(_ocr_page(no_rounding)) == "112.46"  # nothing says it was rounded


def test_a_total_rounded_label_is_a_total_label() -> None:
    assert [(label.field, label.weight) for label in find_labels("TOTAL ROUNDED RM 8.10")] == [("total", 1.0)]
    assert [label.field for label in find_labels("Nett Total Rounded 5.00")] == ["total"]


LEGAL_FORMS = [
    ("SUN VICTORY SON BHD", "SUN VICTORY SDN BHD"),
    ("GARDENIA SDN BILD (139386 X)", "GARDENIA SDN BHD (139386 X)"),
    ("ABC SDN. 8HD.", "ABC SDN. BHD."),
    ("RAPID RAIL SC): BHD", "RAPID RAIL SDN BHD"),  # OCR read brackets and a colon into it
    ("SON OF BOB", "SON OF BOB"),
    ("NUMBER ONE LTD", "NUMBER ONE LTD"),
]


@pytest.mark.parametrize(("read", "meant"), LEGAL_FORMS)
def test_a_misread_word_of_a_legal_form_is_spelled_right(read: str, meant: str) -> None:
    words = [Word(text, 0, 0, 10, 10) for text in read.split()]
    assert " ".join(word.text for word in with_legal_forms(words)) == meant


def test_a_supplier_name_ends_at_its_misread_legal_form() -> None:
    text = "GARDENIA BAKERIES (KL) SDN BILD (139386 X)\nLot 3, Jalan Wawasan\nTotal Payable: 46.06\n"
    found = RuleFieldExtractor().extract_fields(_ocr_page(text), "receipt")
    names = {value.name: value.value for value in found.fields}
    assert names["supplier_name"] == "GARDENIA BAKERIES (KL) SDN BHD"


ORDER = (
    "Tratex Ltd\n194 Market Place - Cork - T23 W105\nPURCHASE ORDER\n"
    "Tratex Ltd - 194 Market Place - Cork - T23 W105\nMarcon Plumbing & Heating Ltd\n222 Riverside Close\n"
    "Dublin\n{postcode}\nBusiness cards, 500 pcs  4  66.67  66.67\nOffice chair  6  339.15  2,034.90\n"
    "NET TOTAL  2,101.57\nVAT 23%  483.36\nORDER TOTAL  2,584.93\n"
)


def test_an_order_is_addressed_to_its_supplier_whose_postcode_ocr_misread() -> None:
    """ "Do2 C048" for the Eircode D02 C048: the street and the city line alone still end an address."""
    for postcode in ("D02 C048", "Do2 C048"):
        found = RuleFieldExtractor().extract_fields(
            _ocr_page(ORDER.format(postcode=postcode)), "purchase_order"
        )
        names = {value.name: value.value for value in found.fields}
        assert names.get("supplier_name") == "Marcon Plumbing & Heating Ltd", postcode


@pytest.mark.parametrize(
    ("read", "meant"),
    [("D.1.¥.", "D.I.Y."), ("D.I.¥.", "D.I.Y."), ("D.I.Y¥.", "D.I.Y."), ("S.0.S.", "S.O.S."),
     ("{KL)", "(KL)"), ("(KL}", "(KL)"), ("(D.1.Y.)", "(D.I.Y.)")],
)  # fmt: skip
def test_look_alike_signs_in_initials_and_brackets_are_the_letters(read: str, meant: str) -> None:
    assert letters_for_lookalikes(read) == meant


@pytest.mark.parametrize("word", ["A.1.", "1.2.3.", "¥12.00", "12.50", "{1)", "RM¥", "(M)", "U.S.A."])
def test_numbers_amounts_and_real_initials_keep_their_signs(word: str) -> None:
    assert letters_for_lookalikes(word) == word


def test_a_shop_whose_initials_ocr_read_as_digits_and_a_yen_sign() -> None:
    text = (
        "MR. D.1.¥. (M) SDN BHD\n(CO.REG :860671-D)\nLOT 1851-A & 1851-B, JALAN KPB 6,\n"
        "43300 SERI KEMBANGAN, SELANGOR\nTotal Incl. GST@6% RM 10.60\n"
    )
    found = RuleFieldExtractor().extract_fields(_ocr_page(text), "receipt")
    names = {value.name: value.value for value in found.fields}
    assert names["supplier_name"] == "MR. D.I.Y. (M) SDN BHD"


def test_a_letterhead_whose_registration_number_ocr_cut_is_no_address() -> None:
    """OCR lost the bracket after the registration number, so the name line ends in " 4" like a
    street's house number; the customer's block below must not become the supplier."""
    text = (
        "GARDENIA BAKERIES (KL) SDN BILD (139386 4\nLot 3, Jalan Pelabur 23/1,\n40300 Shah Alam, Selangor.\n"
        "TAX INVOICE\nMAKASSAR FRESH MARKET SDN BHD\nGROUND FLOOR, NO. 4 & 6,\nJALAN SS 15/4B,\n"
        "47500 SUBANG JAYA, SELANGOR\nTotal Payable: 3.21\n"
    )
    found = RuleFieldExtractor().extract_fields(_ocr_page(text), "receipt")
    names = {value.name: value.value for value in found.fields}
    assert names["supplier_name"] == "GARDENIA BAKERIES (KL) SDN BHD"


def _supplier(text: str) -> str | None:
    found = RuleFieldExtractor().extract_fields(_ocr_page(text), "receipt")
    return next((value.value for value in found.fields if value.name == "supplier_name"), None)


def test_a_legal_form_glued_to_the_bracket_before_it_is_split_off() -> None:
    """OCR lost the space in "BEMED (SP) SDN. BHD." and read the bracket curly: "(SP}SDN."."""
    assert [w.text for w in split_glued_form(Word("(SP}SDN.", 0, 0, 80, 10))] == ["(SP}", "SDN."]
    assert [w.text for w in split_glued_form(Word("(SDN)", 0, 0, 50, 10))] == ["(SDN)"]
    text = "BEMED (SP}SDN. BHD.\nNo.49, Jalan Dinar G U3/G,\n40150 Shah Alam, Selangor\nTotal: 12.00\n"
    assert _supplier(text) == "BEMED (SP) SDN. BHD."


def test_a_cash_and_carry_is_a_shop_not_a_payment() -> None:
    assert not find_labels("SLF CASH & CARRY") and not find_labels("Metro Cash and Carry")
    assert [label.field for label in find_labels("CASH 50.00")] == ["tendered"]
    text = "SLF CASH & CARRY\nNO.15, JLN CASH 1832,\n40000 SHAH ALAM, SEL.\nTOTAL 45.28\nCASH 50.00\n"
    assert _supplier(text) == "SLF CASH & CARRY"


def test_a_sentence_about_the_document_is_no_name(shared_data: Path) -> None:
    """A petrol station's chit, OCR'd for real: its largest line "THIS IS NOT A RECEIPT", less its
    title, is "THIS IS NOT A", no shop's name."""
    assert DANGLING.search("THIS IS NOT A") and not DANGLING.search("ACME TOOL & DIE")
    image = (shared_data / "receipts" / "sroie_train_289.jpg").read_bytes()
    extraction = extract_text(image, "image/jpeg", ExtractOptions(ocr_languages="eng"))
    found = RuleFieldExtractor().extract_fields(extraction, "receipt")
    names = [value.value for value in found.fields if value.name == "supplier_name"]
    assert names == ["BHPetrol Permas Jaya 2"], names  # a branch's number, not a street's (above the street)


def test_a_total_label_with_its_gst_rate_misread_is_a_total_label() -> None:
    """ "Total Incl. GST@6%" read "Total Incl. GSTH6x": still the total, not "Incl." (gross)."""
    assert [label.field for label in find_labels("Total Incl. GSTH6x RM 119.70")] == ["total"]
    text = "SHOP SDN BHD\nTotal Incl. GSTH6x RM 119.70\nCASH RM 120.06\nCHANGE RM 0.90\n"
    assert _total(_ocr_page(text)) == "119.70"


@pytest.mark.parametrize(
    ("read", "meant"),
    [("HALAYSIA", "MALAYSIA"), ("(HALAYSIA)", "(MALAYSIA)"), ("RES!AURANT", "RESTAURANT"),
     ("BAKERLES", "BAKERIES"), ("Stationeny", "Stationery")],
)  # fmt: skip
def test_a_common_word_of_shop_names_misread_by_one_character(read: str, meant: str) -> None:
    assert label_word(read) == meant


@pytest.mark.parametrize(
    "word", ["Malaysia", "TRADING", "GRADING", "(SP)", "(Tota}", "restaurant", "Stationary"]
)
def test_real_words_and_brackets_around_labels_stay(word: str) -> None:
    assert label_word(word) is None


def _words(*texts: str) -> list[Word]:
    return [Word(text, 0, 0, 10, 10) for text in texts]


def test_a_shop_whose_country_ocr_misread() -> None:
    text = (
        "THE STORE (HALAYSIA) SDN BHD\n(Co. No. 8761-W)\nLOT 1, JALAN SS 2,\n47300 PETALING JAYA\n"
        "TOTAL 8.80\n"
    )
    assert _supplier(text) == "THE STORE (MALAYSIA) SDN BHD"


def test_a_shop_name_that_starts_with_a_number_and_ends_in_a_misread_s_b() -> None:
    """ "99 SPEED MART S/B (519537-X)" read "5/8": the short legal form, and a name, not a street."""
    assert [w.text for w in repaired(_words("MART", "5/8", "(519537-x)"))] == ["MART", "S/B", "(519537-x)"]
    assert [w.text for w in repaired(_words("BOLT", "5/8", "INCH"))] == ["BOLT", "5/8", "INCH"]
    text = (
        "99 SPEED MART 5/8 (519537-x)\nLOT P.T. 33198, BATU 4\nJALAN KAPAR\n42100 KLANG\n"
        "Total Sales RM 13.58\n"
    )
    assert _supplier(text) == "99 SPEED MART S/B"


@pytest.mark.parametrize(
    ("read", "meant"),
    [("30/09/2617", "30/09/2017"), ("30/09/2617,", "30/09/2017,"), ("2617-09-30", "2017-09-30"),
     ("30.09.1907", "30.09.1997"),
     ("30/09/2017", "30/09/2017"), ("12/05/2688", "12/05/2688"), ("30/09/17", "30/09/17"),
     ("PO-2617", "PO-2617")],
)  # fmt: skip
def test_a_year_misread_into_one_decades_off_is_the_one_a_look_alike_away(read: str, meant: str) -> None:
    """Only where exactly one year a look-alike digit away is plausible (2688: none is)."""
    assert with_plausible_year(read, today=date(2026, 11, 22)) == meant


def test_a_receipt_dated_six_centuries_ahead_by_ocr() -> None:
    text = (
        "GARDENIA BAKERIES (KL) SDN BHD\nCash Inv No.: 7930F713\nV EOS 14 Date: 30/09/2617\n"
        "Total Payable: 3.21\n"
    )
    found = RuleFieldExtractor().extract_fields(_ocr_page(text), "receipt")
    dates = {value.name: value for value in found.fields if value.name == "invoice_date"}
    assert dates["invoice_date"].value == "2017-09-30" and dates["invoice_date"].valid


def _scan_page(words: list[Word]) -> Extraction:
    text = " ".join(word.text for word in words)
    page = PageText(number=1, text=text, method="ocr", width=1654.0, height=2339.0, words=words)
    return Extraction(text=text, text_method="ocr", pages=[page])


# The head of a skewed credit-note scan as OCR boxed it (synthetic corpus 001079): a logo read
# "ce )" in tall boxes, the name rising to the right, the title "Avoir" far right and higher.
_SKEWED_HEAD = [
    Word("ce", 163, 102, 228, 203, 52.0),
    Word(")", 244, 102, 261, 203, 22.0),
    Word("Claireo", 287, 122, 439, 161, 92.0),
    Word("Emballages", 456, 128, 707, 178, 92.0),
    Word("SAS", 722, 137, 814, 175, 97.0),
    Word("Avoir", 1452, 153, 1560, 187, 95.0),
    Word("78", 285, 177, 306, 194, 96.0),
    Word("rue", 314, 182, 343, 195, 96.0),
    Word("du", 349, 180, 371, 196, 96.0),
    Word("Commerce", 380, 180, 520, 199, 96.0),
    Word("44163", 285, 215, 360, 232, 96.0),
    Word("Nantes", 370, 215, 470, 232, 96.0),
]
_SLOPE = 0.0365  # the scan's lines rise this much to the left: 2 degrees
_SKEWED_PAGE = _SKEWED_HEAD + [  # the rest of the page: lines of words at the same slope
    Word(f"word{n}{k}", x, top + _SLOPE * (x - 285), x + 150, top + 18 + _SLOPE * (x - 285), 95.0)
    for n, top in enumerate(range(260, 740, 40))
    for k, x in enumerate(range(285, 1500, 200))
]


def test_a_skewed_name_line_stays_one_line_beside_a_logo_and_a_title() -> None:
    """The rows follow their words: the first word (the title, or a logo's tall box) no longer
    fixes where a row lies, which had split the name into "Claireo SAS" and "ce ) Emballages"
    and made the supplier "SAS"."""
    lines = [line.text for line in build_lines(_scan_page(_SKEWED_PAGE))]
    assert any("Claireo Emballages SAS" in line for line in lines), lines
    assert "78 rue du Commerce" in lines and "44163 Nantes" in lines
    found = RuleFieldExtractor().extract_fields(_scan_page(_SKEWED_PAGE), "credit_note")
    assert {v.name: v.value for v in found.fields}.get("supplier_name") == "Claireo Emballages SAS"


def _letterhead_page(head: list[tuple[str, float]]) -> Extraction:
    """A flat page whose first line is ``head`` (words and OCR confidences), under it an address."""
    words, x = [], 180.0
    for text, confidence in head:
        words.append(Word(text, x, 100, x + 24 * len(text), 140, confidence))
        x += 24 * len(text) + 20
    for row, line in enumerate(["Mariahilfer Straße 197", "50996 Köln", "Rechnung Nr. RE-43248"]):
        x = 180.0
        for text in line.split():
            words.append(Word(text, x, 180 + 40 * row, x + 14 * len(text), 200 + 40 * row, 95.0))
            x += 14 * len(text) + 12
    return _scan_page(words)


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ([("mee", 44.0), ("Krüger", 73.0), ("Logistik", 96.0), ("KG", 97.0)], "Krüger Logistik KG"),
        ([("ce", 52.0), (")", 22.0), ("Claireo", 92.0), ("Emballages", 92.0), ("SAS", 97.0)],
         "Claireo Emballages SAS"),
        # Capitals OCR was unsure of may be the name's initials: they stay.
        ([("C", 40.0), ("W", 45.0), ("KHOO", 90.0), ("HARDWARE", 93.0), ("SDN", 95.0), ("BHD", 95.0)],
         "C W KHOO HARDWARE SDN BHD"),
        ([("Krüger", 91.0), ("Logistik", 96.0), ("KG", 97.0)], "Krüger Logistik KG"),
    ],
)  # fmt: skip
def test_a_logos_marks_before_the_name_are_not_part_of_it(head: list[tuple[str, float]], name: str) -> None:
    found = RuleFieldExtractor().extract_fields(_letterhead_page(head), "invoice")
    assert {v.name: v.value for v in found.fields}.get("supplier_name") == name
