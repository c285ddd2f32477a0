"""Dates as documents print them, in English, Dutch, German and French, and whether they make sense.

Numeric dates follow the document's convention: dotted and dashed dates are day first everywhere
they are written that way; slashed dates are day first unless the document (or its language hint,
``en-US``) says month first. Other languages fall back to dateparser.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

_MONTH_NAMES: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "january jan januari janvier janv januar jänner jaenner",
        "february feb februari februar février fevrier févr fevr",
        "march mar maart mrt märz maerz mär mrz mars",
        "april apr avril avr",
        "may mei mai",
        "june jun juni juin",
        "july jul juli juillet juil",
        "august aug augustus août aout",
        "september sep sept septembre",
        "october oct oktober okt octobre",
        "november nov novembre",
        "december dec dezember dez décembre decembre déc",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTH_NAMES[_name] = _number

_MONTH = "|".join(sorted((re.escape(name) for name in _MONTH_NAMES), key=len, reverse=True))
_ISO = r"(?P<iy>\d{4})[-/.](?P<im>\d{1,2})[-/.](?P<id>\d{1,2})"
_NUMERIC = r"(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
_DAY_MONTH = (
    rf"(?P<dd>\d{{1,2}})(?:er|e|\.)?(?:\s*|[/-])(?P<dm>{_MONTH})\.?,?"
    rf"(?:\s+(?P<dy>\d{{4}})|[/-](?P<dy2>\d{{4}}|\d{{2}}))"  # "15/Apr/2017", "15-Apr-17"
)
_MONTH_DAY = rf"(?P<mm>{_MONTH})\.?\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<my>\d{{4}})"
DATE_PATTERN = re.compile(
    rf"(?<![\w.,/-])(?:{_ISO}|{_NUMERIC}|{_DAY_MONTH}|{_MONTH_DAY})(?![\w/-]|[.,]\d)",
    re.IGNORECASE,
)

# Languages (and locales) that write numeric dates month first.
_MONTH_FIRST = frozenset({"en-us", "en_us"})
_OWN_TABLE = frozenset({"en", "nl", "de", "fr"})


@dataclass(frozen=True)
class DateMatch:
    """A date found in a text: where, what it says, and whether its order had to be guessed."""

    start: int
    end: int
    value: date
    ambiguous: bool  # a slashed a/b/yyyy with both parts <= 12


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        # Two-digit years: 00-69 are this century, 70-99 the last (POSIX strptime's pivot).
        year += 2000 if year < 70 else 1900
    return year


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _numeric(match: re.Match[str], day_first: bool | None) -> tuple[date | None, bool]:
    a, b, year = int(match["a"]), int(match["b"]), _year(match["y"])
    if match["sep"] != "/":
        return _make(year, b, a), False
    if a > 12 or b > 12:
        return (_make(year, b, a) if a > 12 else _make(year, a, b)), False
    if day_first is False:
        return _make(year, a, b), a != b
    return _make(year, b, a), a != b


def _from_match(match: re.Match[str], day_first: bool | None) -> tuple[date | None, bool]:
    if match["iy"]:
        return _make(int(match["iy"]), int(match["im"]), int(match["id"])), False
    if match["a"]:
        return _numeric(match, day_first)
    if match["dd"]:
        year = _year(match["dy"] or match["dy2"])
        return _make(year, _MONTH_NAMES[match["dm"].lower()], int(match["dd"])), False
    return _make(int(match["my"]), _MONTH_NAMES[match["mm"].lower()], int(match["md"])), False


def day_first_for(language: str | None) -> bool | None:
    """The numeric date order a language hint implies: False for en-US, None when it does not say."""
    if language is None:
        return None
    code = language.lower()
    if code in _MONTH_FIRST:
        return False
    return None if code == "en" else True


def find_dates(text: str, *, day_first: bool | None = None) -> Iterator[DateMatch]:
    """Every date in ``text`` in the formats documents print (numeric, ISO, month names en/nl/de/fr)."""
    for match in DATE_PATTERN.finditer(text):
        value, ambiguous = _from_match(match, day_first)
        if value is not None:
            yield DateMatch(match.start(), match.end(), value, ambiguous)


def infer_day_first(texts: Iterable[str]) -> bool | None:
    """The slashed-date order a document uses, from its unambiguous dates; None when none decides."""
    votes_day = votes_month = 0
    for text in texts:
        for match in DATE_PATTERN.finditer(text):
            if match["a"] and match["sep"] == "/":
                a, b = int(match["a"]), int(match["b"])
                votes_day += a > 12 >= b
                votes_month += b > 12 >= a
    if votes_day == votes_month:
        return None
    return votes_day > votes_month


def parse_date(text: str, *, language: str | None = None, day_first: bool | None = None) -> date | None:
    """The date a short text holds (``14.03.2024``, ``14 maart 2024``, ``March 14, 2024`` ...), or None.

    ``day_first`` decides ambiguous slashed dates; without it the language hint does, and day first
    is the default (most of the world). Languages beyond en/nl/de/fr go through dateparser.
    """
    order = day_first if day_first is not None else day_first_for(language)
    stripped = text.strip()
    match = DATE_PATTERN.fullmatch(stripped) or DATE_PATTERN.search(stripped)
    if match is not None:
        return _from_match(match, order)[0]
    base = (language or "").lower()[:2]
    if base and base not in _OWN_TABLE:
        return _dateparser(stripped, base, order)
    return None


def _dateparser(text: str, language: str, day_first: bool | None) -> date | None:
    import dateparser  # only for languages beyond the four tables above

    settings: dict[str, object] = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]}
    if day_first is not None:
        settings["DATE_ORDER"] = "DMY" if day_first else "MDY"
    try:
        parsed = dateparser.parse(text, languages=[language], settings=settings)
    except (ValueError, LookupError):
        return None
    return parsed.date() if parsed is not None else None


def check_date(
    value: date, *, received: date | None = None, past_years: int = 15, future_years: int = 2
) -> str | None:
    """Why a document date is implausible (decades off, like a 1907 invoice), or None."""
    reference = received or date.today()
    if value.year < reference.year - past_years:
        return f"date {value.isoformat()} is more than {past_years} years before {reference.year}"
    if value.year > reference.year + future_years:
        return f"date {value.isoformat()} is more than {future_years} years after {reference.year}"
    return None


def check_due_date(invoice_date: date | None, due_date: date) -> str | None:
    """Why a due date cannot be right given the invoice date (it comes before it), or None."""
    if invoice_date is not None and due_date < invoice_date:
        return f"due date {due_date.isoformat()} is before the invoice date {invoice_date.isoformat()}"
    return None
