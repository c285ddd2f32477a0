"""IBANs as OCR misreads them: repaired only where the check digits allow exactly one reading."""

from __future__ import annotations

from pipeline.extraction.candidates import Hints, best_iban, line_values
from pipeline.extraction.id_repair import repair_iban
from pipeline.extraction.layout import TextLine
from pipeline.records import Word
from pipeline.validation.ids import check_iban

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


def test_an_iban_whose_check_digits_were_read_as_letters_is_found_in_a_line() -> None:
    text = "IBAN: GBO9 LOYD 2813 4713 6692 17 BIC: LOYDGB21"
    words, x = [], 0.0
    for token in text.split():
        words.append(Word(token, x, 0.0, x + 6.0 * len(token), 10.0))
        x += 6.0 * len(token) + 6.0
    line = TextLine(page=1, index=0, words=words)

    values = line_values(line, Hints(language="en", decimal_comma=False, day_first=True))["iban"]

    assert [(v.value, v.valid) for v in values] == [("GB09LOYD28134713669217", True)]
    assert check_iban(values[0].value)[1] is None


def test_best_iban_prefers_the_reading_as_printed() -> None:
    assert best_iban("DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX") == ("DE89370400440532013000", True)
    assert best_iban("DE89 3704 0044 0532 0130 99") == ("DE89370400440532013099", False)
