"""Amounts as documents print them, read in the document's own locale.

``1.234,56`` (nl/de/fr), ``1,234.56`` (en), ``1 234,56`` (fr), ``1'234.56`` (ch), ``-12,00``,
``12,00-``, ``(12.00)``, with or without a currency sign or code. A lone separator followed by
exactly three digits (``1.234``) is ambiguous: the document's other amounts or its language decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from pipeline.validation.currency import is_currency_code
from pipeline.validation.dates import DATE_PATTERN

_GROUP_CHARS = " \u00a0\u202f'\u2019"
_MINUS = "-\u2212\u2013"
_CURRENCY = r"€|£|\$|¥|CHF|SFr\.?|Fr\.|RM|zł|[A-Z]{3}(?![a-z])"
_NUMBER = r"\d{1,3}(?:[.,'\u2019]\d{3})+(?:[.,]\d{1,4})?|\d+(?:[.,]\d{1,4})?"
_NUMBER_SPACED = r"\d{1,3}(?:[ \u00a0\u202f.,'\u2019]\d{3})+(?:[.,]\d{1,4})?|\d+(?:[.,]\d{1,4})?"
_AMOUNT = (
    r"(?<![\w.,/])(?P<neg1>[{minus}]\s?)?(?P<open>\()?(?:(?P<cur1>{cur})\s?)?(?P<neg2>[{minus}]\s?)?"
    r"(?P<num>{num})(?:\s?(?P<cur2>{cur}))?(?P<close>\))?(?P<neg3>-(?!\d))?(?![\w/%]|[.,]\d|\s%)"
)
AMOUNT_PATTERN = re.compile(_AMOUNT.format(minus=_MINUS, cur=_CURRENCY, num=_NUMBER))
AMOUNT_PATTERN_SPACED = re.compile(_AMOUNT.format(minus=_MINUS, cur=_CURRENCY, num=_NUMBER_SPACED))

_OCTANE = re.compile(r"(?:8\d|9\d|10\d)")
_COMMA_LANGUAGE_CODES = "nl de fr es it pt pl da sv nb no fi cs sk sl hr hu ro bg el tr ru uk lt lv et id"
_COMMA_LANGUAGES = frozenset(_COMMA_LANGUAGE_CODES.split())
_TWO = Decimal("0.01")


@dataclass(frozen=True)
class AmountMatch:
    """An amount found in a text: where, its digits as printed, sign and currency marker."""

    start: int
    end: int
    number: str
    negative: bool
    currency: str | None  # the sign or code printed next to it, as printed

    @property
    def has_cents(self) -> bool:
        """Printed with a decimal part (``12,50``), as totals are; bare integers are rarely amounts."""
        return bool(re.search(r"[.,]\d{2,4}$", self.number))


def _to_decimal(number: str, decimal_comma: bool | None) -> Decimal | None:
    digits = number
    for char in _GROUP_CHARS:
        digits = digits.replace(char, "")
    dots, commas = digits.count("."), digits.count(",")
    if dots and commas:
        decimal = "." if digits.rfind(".") > digits.rfind(",") else ","
    elif dots + commas == 0:
        decimal = None
    elif dots + commas > 1:
        decimal = None  # 1.234.567: grouping only
    else:
        separator = "." if dots else ","
        integer, fraction = digits.split(separator)
        if len(fraction) != 3:
            decimal = separator
        elif decimal_comma is None:
            decimal = separator if integer.lstrip("-") == "0" else None
        else:
            decimal = separator if (separator == ",") == decimal_comma else None
    grouping = {".", ","} - {decimal} if decimal else {".", ","}
    for char in grouping:
        digits = digits.replace(char, "")
    if decimal == ",":
        digits = digits.replace(",", ".")
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def amount_value(match: AmountMatch, *, decimal_comma: bool | None = None) -> Decimal | None:
    """The Decimal an amount match stands for, signed."""
    value = _to_decimal(match.number, decimal_comma)
    if value is None:
        return None
    return -value if match.negative else value


def _match(found: re.Match[str]) -> AmountMatch:
    negative = bool(found["neg1"] or found["neg2"] or found["neg3"] or (found["open"] and found["close"]))
    start = found.start()
    if found["cur1"] and found["cur1"].isalpha() and not found["neg1"] and not found["open"]:
        # A code before the number ("TTC", "EUR") may be a label's last word: the amount starts after it.
        start = found.start("neg2") if found["neg2"] else found.start("num")
    markers = [marker for marker in (found["cur1"], found["cur2"]) if marker and _is_marker(marker)]
    if found["cur1"] == "RON" and _OCTANE.fullmatch(found["num"]):
        markers = []  # "Petrol RON 95": a fuel's octane rating, not 95 Romanian lei
    return AmountMatch(start, found.end(), found["num"], negative, markers[0] if markers else None)


def _is_marker(text: str) -> bool:
    # Three capitals next to a number are a currency only when ISO 4217 knows them ("TTC", "KWH" are not).
    return not (len(text) == 3 and text.isalpha() and text.isupper()) or is_currency_code(text)


def find_amounts(text: str, *, space_groups: bool = False) -> Iterator[AmountMatch]:
    """Every number in ``text`` that can be an amount, with its sign and currency marker.

    ``space_groups`` reads ``1 234,56`` as one amount (French documents); elsewhere a space
    separates two numbers, as in table rows (``19 163,16``).
    """
    masked = _mask_dates(text)
    pattern = AMOUNT_PATTERN_SPACED if space_groups else AMOUNT_PATTERN
    for found in pattern.finditer(masked):
        yield _match(found)


def _mask_dates(text: str) -> str:
    return DATE_PATTERN.sub(lambda m: "#" * (m.end() - m.start()), text)


def parse_amount(text: str, *, decimal_comma: bool | None = None) -> Decimal | None:
    """The amount a short text holds (``'1.234,56 €'``, ``'(12.00)'``, ``'12,00-'``), or None."""
    stripped = text.strip()
    found = AMOUNT_PATTERN_SPACED.fullmatch(stripped) or AMOUNT_PATTERN_SPACED.search(stripped)
    if found is None:
        return None
    return amount_value(_match(found), decimal_comma=decimal_comma)


def infer_decimal_comma(texts: Iterable[str], language: str | None = None) -> bool | None:
    """Whether a document writes decimals with a comma: from its amounts, else its language."""
    comma = dot = 0
    for text in texts:
        masked = _mask_dates(text)
        comma += len(re.findall(r"\d\.\d{3},\d{2}(?!\d)|(?<![\d.,])\d{1,3},\d{2}(?![\d.,])", masked))
        dot += len(re.findall(r"\d,\d{3}\.\d{2}(?!\d)|(?<![\d.,])\d{1,3}\.\d{2}(?![\d.,])", masked))
    if comma != dot and max(comma, dot) >= 2 * min(comma, dot):
        return comma > dot
    if language:
        return language.lower()[:2] in _COMMA_LANGUAGES
    return None


def format_amount(value: Decimal) -> str:
    """An amount as a plain decimal string with at least two decimals: ``'1234.50'``, ``'9.9000'``."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        value = value.quantize(_TWO)
    return format(value, "f")
