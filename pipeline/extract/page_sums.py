"""Amounts that a page's own arithmetic confirms, for choosing between two readings of a word.

Where OCR is unsure of an amount and two views of its line read it differently ("119.70" and
"119.76"), a person checks the receipt: the cash less the change, the GST summary's amount plus
its tax, the same amount printed again. An amount is confirmed when it equals another amount read
with confidence on the page, or the sum or difference of two of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from itertools import combinations

from pipeline.records import Word

# An amount with cents, as OCR gives it on receipts: "119.70", "RM119.70", "12,50".
_AMOUNT = re.compile(r"^[A-Za-z]{0,3}(\d{1,7})[.,](\d{2})$")
# A page of more amounts than this (a long price list) confirms too much by chance: only the
# first this many take part.
MAX_AMOUNTS = 60


def amount_of(text: str) -> Decimal | None:
    """The amount a word reads as, None when it reads as none."""
    found = _AMOUNT.match(text.strip(":;*"))
    return Decimal(f"{found[1]}.{found[2]}") if found else None


def confirmed_amounts(words: Iterable[Word]) -> frozenset[Decimal]:
    """Every amount of ``words``, and every sum and difference of two of them (zero left out)."""
    amounts = sorted({a for w in words if (a := amount_of(w.text)) is not None and a > 0})[:MAX_AMOUNTS]
    sums = {a + b for a, b in combinations(amounts, 2)}
    differences = {b - a for a, b in combinations(amounts, 2)}
    return frozenset(amounts) | sums | differences


def is_confirmed(words: list[Word], confirmed: frozenset[Decimal]) -> bool:
    """Whether one of ``words`` reads as an amount in ``confirmed``."""
    return any((a := amount_of(w.text)) is not None and a in confirmed for w in words)
