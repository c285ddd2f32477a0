"""IBANs as OCR misreads them: repaired only where the check digits allow exactly one reading."""

from __future__ import annotations

import pytest

from pipeline.extraction import RuleFieldExtractor
from pipeline.extraction.candidates import Hints, best_iban, line_values
from pipeline.extraction.id_repair import read_identifier, repair_iban, repair_vat
from pipeline.extraction.layout import TextLine
from pipeline.records import Extraction, Word
from pipeline.validation.ids import check_iban, check_vat

VALID = (
    "GB82WEST12345698765432",
    "DE89370400440532013000",
    "FR1420041010050500013M02606",
    "NL91ABNA0417164300",
)


def test_letters_read_for_digits_are_repaired() -> None:
    assert repair_iban("GB82WEST1234S698765432") == "GB82WEST12345698765432"  # S for 5
    assert repair_iban("DE89 3704 0044 O532 0130 00") == "DE89370400440532013000"  # O for 0
    assert repair_iban("NL91ABNA04I7164300") == "NL91ABNA0417164300"  # I for 1


def test_a_character_read_twice_is_repaired() -> None:
    assert repair_iban("FR76200416198099321112778021") == "FR7620041619809932112778021"


def test_a_valid_iban_is_left_as_it_is() -> None:
    for number in VALID:
        assert repair_iban(number) is None, "nothing to repair"


def test_a_wrong_digit_is_not_guessed_at() -> None:
    """A digit read as another digit cannot be undone safely: the reading stays invalid."""
    for number in VALID:
        for i in range(4, len(number)):
            if number[i].isdigit():
                wrong = number[:i] + str((int(number[i]) + 3) % 10) + number[i + 1 :]
                assert repair_iban(wrong) is None, wrong


def _ibans_in(text: str) -> list[tuple[str, bool | None]]:
    words, x = [], 0.0
    for token in text.split():
        words.append(Word(token, x, 0.0, x + 6.0 * len(token), 10.0))
        x += 6.0 * len(token) + 6.0
    line = TextLine(page=1, index=0, words=words)
    values = line_values(line, Hints(language="en", decimal_comma=False, day_first=True))["iban"]
    return [(v.value, v.valid) for v in values]


def test_an_iban_whose_check_digits_were_read_as_letters_is_found_in_a_line() -> None:
    found = _ibans_in("IBAN: GBO9 LOYD 2813 4713 6692 17 BIC: LOYDGB21")
    assert found == [("GB09LOYD28134713669217", True)]
    assert check_iban(found[0][0])[1] is None


def test_an_iban_whose_country_code_was_read_with_a_digit_is_found_in_a_line() -> None:
    """The "IE" of an Irish IBAN read "1E" (a scan of synthetic credit note 004528): the country's
    letters make an IBAN that checks. Numbers that only look alike, with no IBAN in them, give none."""
    assert _ibans_in("IBAN: 1E16 BOFI 7727 5107 2080 43 SWIFT: BOFIIE2D") == [
        ("IE16BOFI77275107208043", True)
    ]
    assert _ibans_in("IBAN: 8E71 0961 2345 6769") == [("BE71096123456769", True)]
    assert _ibans_in("Tel. 10 12 3456 7890 Fax 10 12 3456 7891") == []
    assert _ibans_in("Ref 1E16 BOFI 7727 5107 2080 44") == []  # one digit off: no IBAN checks


def test_best_iban_prefers_the_reading_as_printed() -> None:
    assert best_iban("DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX") == ("DE89370400440532013000", True)
    assert best_iban("DE89 3704 0044 0532 0130 99") == ("DE89370400440532013099", False)


# A labelled number as OCR breaks it: its last digits split off by a gap a skewed scan shows, its
# final 1 read as a closing bracket. Read through the rule extractor, as the pipeline reads them.
ORDER = (
    "Tratex Ltd\n194 Market Place, Cork T23 W105\nPURCHASE ORDER\n"
    "ORDER NUMBER: {number}\nDATE: 7 September 2022\n"
    "Office chair 1 339.15 339.15\nORDER TOTAL 339.15\n"
)


def _order_number(printed: str) -> str | None:
    extraction = Extraction(text=ORDER.format(number=printed), text_method="ocr")
    found = RuleFieldExtractor().extract_fields(extraction, "purchase_order")
    return next((value.value for value in found.fields if value.name == "po_number"), None)


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ("45373771 17", "4537377117"),  # the last digits split off
        ("BC2025731 18", "BC202573118"),
        ("P04275]", "P042751"),  # a final 1 read "]"
        ("4537377117", "4537377117"),  # read right: unchanged
        ("2024 12", "2024"),  # a short number and a page or a count: not joined
        ("4711 12 items", "4711"),  # more words after it: not one number
        ("[4537377]", "4537377"),  # a bracket opened before it: its "]" closes it
        ("[4537377] 17", "4537377"),
    ],
)
def test_a_labelled_number_broken_by_ocr_is_read_whole(printed: str, number: str) -> None:
    assert _order_number(printed) == number


def test_read_identifier_spans_what_it_read() -> None:
    assert read_identifier("45373771 17") == ("4537377117", 11)
    assert read_identifier("P04275] Date") == ("P042751", 7)
    assert read_identifier("INV-2024-17, paid") == ("INV-2024-17", 11)
    assert read_identifier(": none") is None


def test_an_order_reference_after_a_misread_colon_is_read() -> None:
    """The order reference "Order ref.; P04275]": the colon read as a semicolon, the final 1 as a bracket."""
    text = (
        "Taylor Hardware LLP Sales Invoice\n179 High Street\nGlasgow G1 6HY\n"
        "Inv. No.: F2024-43933\nTax point: 2024-08-13\nOrder ref.; P04275]\n"
        "Office chair 1 268.95 268.95\nTotal excl. VAT GBP 268.95\nAmount due GBP 268.95\n"
    )
    found = RuleFieldExtractor().extract_fields(Extraction(text=text, text_method="ocr"), "invoice")
    values = {value.name: value.value for value in found.fields}
    assert values["po_number"] == "P042751"
    assert values["invoice_number"] == "F2024-43933"


def test_a_vat_number_ocr_misread_by_one_sign_is_repaired() -> None:
    """Where the number's check digits allow exactly one reading, as for IBANs."""
    assert repair_vat("NL004495445801") == "NL004495445B01"  # a Dutch number's B read as an 8
    assert repair_vat("NL815719711802") == "NL815719711B02"
    assert repair_vat("DEI36695976") == "DE136695976"  # I for 1
    assert repair_vat("BEO571702162") == "BE0571702162"  # O for 0


def test_a_valid_or_hopeless_vat_number_is_left_as_it_is() -> None:
    for number in ("NL004495445B01", "DE136695976", "FR40303265045", "BE0571702162", "GB980780684"):
        assert repair_vat(number) is None, "nothing to repair"
        wrong = number[:6] + str((int(number[6]) + 3) % 10) + number[7:]  # a digit read as another
        assert check_vat(wrong)[1] is not None and repair_vat(wrong) is None, wrong
    assert repair_vat("NL0044954458O1") is None  # two slips: not guessed at
    assert repair_vat("815719711802") is None  # no country: nothing to check against


def test_a_dutch_vat_number_read_with_an_8_for_its_b_is_the_suppliers() -> None:
    text = (
        "Glashelder Schoonmaak B.V.\nKanaalweg 12\n3526 KM Utrecht\nCREDITNOTA\n"
        "Creditnota nr.: CN-2024-0031\n"
        "Datum: 12-03-2024\nGlasbewassing 1 256,84\nTotaal excl. btw EUR 256,84\n"
        "Omzetbelasting 21% EUR 53,94\nTotaal EUR 310,78\nBtw-nr.: NL815719711802 KvK 69658384\n"
    )
    found = RuleFieldExtractor().extract_fields(Extraction(text=text, text_method="ocr"), "credit_note")
    vat = next(value for value in found.fields if value.name == "supplier_vat")
    assert (vat.value, vat.valid) == ("NL815719711B02", True)
