"""Which amounts a page's own arithmetic confirms."""

from __future__ import annotations

from decimal import Decimal

from pipeline.extract.page_sums import amount_of, confirmed_amounts, is_confirmed
from pipeline.records import Word


def _words(*texts: str) -> list[Word]:
    return [Word(text, 10.0 * i, 0.0, 10.0 * i + 8, 10.0, 95.0) for i, text in enumerate(texts)]


def test_amounts_as_ocr_gives_them() -> None:
    assert amount_of("119.70") == Decimal("119.70")
    assert amount_of("RM119.70") == Decimal("119.70")
    assert amount_of("12,50") == Decimal("12.50")
    assert amount_of("6.78:") == Decimal("6.78")
    assert amount_of("119.7") is None
    assert amount_of("15-03-18") is None
    assert amount_of("CASH") is None


def test_cash_less_change_and_a_summary_plus_tax_confirm_a_total() -> None:
    confirmed = confirmed_amounts(_words("CASH", "RM", "120.00", "CHANGE", "0.30", "112.92", "6.78"))
    assert Decimal("119.70") in confirmed  # 120.00 - 0.30, and 112.92 + 6.78
    assert Decimal("120.00") in confirmed  # printed
    assert Decimal("119.76") not in confirmed
    assert is_confirmed(_words("RM", "119.70"), confirmed)
    assert not is_confirmed(_words("RM", "119.76"), confirmed)


def test_a_page_without_amounts_confirms_nothing() -> None:
    assert confirmed_amounts(_words("Thank", "you", "15-03-18")) == frozenset()
    assert not is_confirmed(_words("0.00"), confirmed_amounts(_words("0.00", "0.00")))
