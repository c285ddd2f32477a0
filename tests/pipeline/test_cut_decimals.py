"""Amounts OCR cut at the decimal point are joined, and nothing else is."""

from __future__ import annotations

from pipeline.cut_decimals import join_cut_decimals
from pipeline.records import Word


def _word(text: str, x0: float, x1: float, confidence: float | None = 90.0) -> Word:
    return Word(text, x0, 100.0, x1, 120.0, confidence)  # 20 px high


def _texts(words: list[Word]) -> list[str]:
    return [w.text for w in words]


def test_a_cut_amount_becomes_one_word_over_both_boxes() -> None:
    joined = join_cut_decimals(
        [_word("TOTAL", 0, 60), _word("65.", 200, 230, 91.0), _word("20", 245, 265, 70.0)]
    )
    assert _texts(joined) == ["TOTAL", "65.20"]
    amount = joined[1]
    assert (amount.x0, amount.x1) == (200, 265)
    assert amount.confidence == 70.0  # the less sure of the two


def test_a_comma_decimal_and_a_trailing_code_are_joined() -> None:
    assert _texts(join_cut_decimals([_word("12,", 0, 30), _word("50SR", 40, 80)])) == ["12,50SR"]


def test_words_further_apart_than_a_glyph_stay_apart() -> None:
    assert _texts(join_cut_decimals([_word("65.", 0, 30), _word("20", 51, 71)])) == ["65.", "20"]


def test_overlapping_words_stay_apart() -> None:
    assert _texts(join_cut_decimals([_word("65.", 0, 30), _word("20", 25, 45)])) == ["65.", "20"]


def test_only_two_decimals_follow_a_cut() -> None:
    words = [_word("3.", 0, 20), _word("2024", 25, 70), _word("No.", 100, 130), _word("12", 135, 155)]
    assert _texts(join_cut_decimals(words)) == ["3.", "2024", "No.", "12"]
