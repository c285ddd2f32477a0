"""How dates, amounts, currencies, percentages and identifiers are printed, per language and country.

A document picks one ``Formats`` (its date style, number style and currency notation) and prints every
value with it, as real invoicing software does: 14-03-2024, 14.03.2024, 2024-03-14, March 14, 2024,
14 mars 2024; 1.234,56 / 1,234.56 / 1 234,56 / 1'234.56; EUR, €, GBP, £, CHF, USD, US$.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
}

DATE_STYLES: dict[str, tuple[str, ...]] = {
    "en": ("d/m/Y", "d-m-Y", "Y-m-d", "M d, Y", "d M Y", "d Mon Y", "d.m.Y"),
    "nl": ("d-m-Y", "d-m-Y", "d M Y", "Y-m-d", "d/m/Y", "d.m.Y"),
    "de": ("d.m.Y", "d.m.Y", "d. M Y", "Y-m-d", "d.m.y"),
    "fr": ("d/m/Y", "d/m/Y", "d M Y", "Y-m-d", "d.m.Y", "d-m-Y"),
}
# (thousands separator, decimal separator)
AMOUNT_STYLES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": ((",", "."), (",", "."), ("", ".")),
    "nl": ((".", ","), (".", ","), ("", ","), (" ", ",")),
    "de": ((".", ","), (".", ","), ("", ",")),
    "fr": ((" ", ","), (" ", ","), (".", ","), ("", ",")),
    "CH": (("'", "."), ("'", "."), (" ", ","), ("", ".")),
}
CURRENCY_SIGNS = {"EUR": "€", "GBP": "£", "USD": "$", "CHF": "CHF"}
CURRENCY_NOTATIONS = ("sign-before", "sign-after", "code-before", "code-after", "none")


@dataclass(frozen=True)
class Formats:
    """The printing conventions of one document."""

    lang: str
    date_style: str
    thousands: str
    decimal: str
    currency: str
    notation: str  # one of CURRENCY_NOTATIONS: where the currency goes next to an amount
    us_dollar: bool = False  # print USD as "US$" rather than the ambiguous "$"
    percent_space: bool = False

    def date(self, value: date) -> str:
        """``value`` printed in this document's date style."""
        return format_date(value, self.date_style, self.lang)

    def amount(self, value: Decimal, places: int = 2) -> str:
        """A bare number: ``1.234,56`` / ``1,234.56`` / ``1 234,56`` / ``1'234.56``."""
        return format_number(value, self.thousands, self.decimal, places)

    def money(self, value: Decimal, *, bare: bool = False) -> str:
        """An amount with its currency as this document writes it (no currency where ``bare``)."""
        text = self.amount(value)
        if bare or self.notation == "none":
            return text
        sign, code = self.sign, self.currency
        if self.notation == "sign-before":
            return f"{sign}{text}" if sign in ("£", "$", "US$") else f"{sign} {text}"
        if self.notation == "sign-after":
            return f"{text} {sign}"
        if self.notation == "code-before":
            return f"{code} {text}"
        return f"{text} {code}"

    @property
    def sign(self) -> str:
        """The currency sign as printed."""
        if self.currency == "USD" and self.us_dollar:
            return "US$"
        return CURRENCY_SIGNS[self.currency]

    @property
    def currency_unambiguous(self) -> bool:
        """Whether an amount printed with this notation names its currency (``$`` alone does not)."""
        if self.notation == "none":
            return False
        if self.notation.startswith("code"):
            return True
        return self.sign != "$"

    def percent(self, rate: Decimal) -> str:
        """A tax rate: ``21%``, ``7,7 %``, ``5.5%``."""
        text = format_number(rate, "", self.decimal, places=None)
        return f"{text} %" if self.percent_space else f"{text}%"

    def quantity(self, value: Decimal) -> str:
        """A quantity without trailing zeros: ``3``, ``1,5``, ``0.25``."""
        return format_number(value, self.thousands, self.decimal, places=None)


def choose_formats(rng: random.Random, lang: str, country: str, currency: str) -> Formats:
    """Pick the printing conventions a supplier in ``country`` writing ``lang`` would use."""
    styles = AMOUNT_STYLES["CH" if country == "CH" else lang]
    thousands, decimal = rng.choice(styles)
    notation = rng.choices(CURRENCY_NOTATIONS, (4, 3, 3, 2, 1))[0]
    if lang == "en" and notation == "sign-after":
        notation = "sign-before"
    return Formats(
        lang=lang,
        date_style=rng.choice(DATE_STYLES[lang]),
        thousands=thousands,
        decimal=decimal,
        currency=currency,
        notation=notation,
        us_dollar=rng.random() < 0.5,
        percent_space=lang in ("fr", "de") and rng.random() < 0.6,
    )


def format_date(value: date, style: str, lang: str) -> str:
    """``value`` in one of the DATE_STYLES (``d``, ``m``, ``Y``, ``y``, ``M`` month name, ``Mon`` short)."""
    month = MONTHS[lang][value.month - 1]
    day = str(value.day)
    if lang == "fr" and value.day == 1 and style == "d M Y":
        day = "1er"
    table = {
        "d/m/Y": f"{value.day:02d}/{value.month:02d}/{value.year}",
        "d-m-Y": f"{value.day:02d}-{value.month:02d}-{value.year}",
        "d.m.Y": f"{value.day:02d}.{value.month:02d}.{value.year}",
        "d.m.y": f"{value.day:02d}.{value.month:02d}.{value.year % 100:02d}",
        "Y-m-d": value.isoformat(),
        "M d, Y": f"{month} {value.day}, {value.year}",
        "d M Y": f"{day} {month} {value.year}",
        "d. M Y": f"{value.day}. {month} {value.year}",
        "d Mon Y": f"{value.day:02d} {month[:3]} {value.year}",
    }
    return table[style]


def format_number(value: Decimal, thousands: str, decimal: str, places: int | None = 2) -> str:
    """``value`` with grouped thousands; ``places=None`` drops trailing zeros (quantities, rates)."""
    if places is None:
        text = format(value.normalize(), "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    else:
        text = format(value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP), "f")
    negative = text.startswith("-")
    whole, _, frac = text.lstrip("-").partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    result = thousands.join(groups) + (decimal + frac if frac else "")
    return "-" + result if negative else result


def money_label(value: Decimal) -> str:
    """An amount as labels write it: a dot and two decimals, no grouping."""
    return format(value.quantize(Decimal("0.01"), ROUND_HALF_UP), "f")


def price_label(value: Decimal) -> str:
    """A unit price as labels write it: two decimals, or more where the price has more (fuel)."""
    if value == value.quantize(Decimal("0.01")):
        return money_label(value)
    return format_number(value, "", ".", places=None)


def rate_label(value: Decimal) -> str:
    """A tax rate or quantity as labels write it: no trailing zeros (``21``, ``5.5``)."""
    return format_number(value, "", ".", places=None)


def print_vat(rng: random.Random, vat: str) -> str:
    """A VAT number as suppliers print it: compact, or grouped the way its country groups it."""
    if rng.random() < 0.4:
        return vat
    cc, body = vat[:2], vat[2:]
    if cc == "CH":
        digits = body[1:10]
        return f"CHE-{digits[:3]}.{digits[3:6]}.{digits[6:]} {body[10:]}"
    grouped = {
        "NL": f"{body[:4]}.{body[4:6]}.{body[6:9]}.{body[9:]}",
        "DE": f"{body[:3]} {body[3:6]} {body[6:]}",
        "FR": f"{body[:2]} {body[2:5]} {body[5:8]} {body[8:]}",
        "BE": f"{body[:4]}.{body[4:7]}.{body[7:]}",
        "GB": f"{body[:3]} {body[3:7]} {body[7:]}",
    }.get(cc, body)
    return f"{cc} {grouped}" if rng.random() < 0.7 else f"{cc}{grouped}"


def print_iban(rng: random.Random, iban: str) -> str:
    """An IBAN in groups of four (the paper form) or compact."""
    if rng.random() < 0.2:
        return iban
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
