"""Invoice line items from the rows of a table, by the columns its header names.

A header is a line naming an amount column and at least one other (description, quantity, unit
price, tax rate), in en/nl/de/fr. Below it, a number belongs to the column whose heading it sits
under; a row with an amount is an item; a row with only a quantity or price opens an item whose
amount comes on the next line (as some layouts wrap). The table ends at a totals label, a new
header or the end of the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from pipeline.extraction.candidates import Analysis
from pipeline.extraction.layout import TextLine
from pipeline.records import InvoiceLine
from pipeline.validation.amounts import amount_value, find_amounts

_COLUMNS: dict[str, str] = {
    "description": r"description|omschrijving|beschreibung|bezeichnung|artikel|article|d[ée]signation|"
    r"libell[ée]|item|product|produkt|nazwa towaru|leistung|service",
    "quantity": r"qty|quantity|aantal|menge|anzahl|quantit[ée]|qt[ée]|nombre|ilo[śs][ćc]|units",
    "unit_price": r"unit price|prijs per stuk|st[üu]ckpreis|einzelpreis|nettopreis|prix unitaire|unitaire|"
    r"p\.u\.(?: ht)?|pu ht|rate|price|prijs|preis|cena",
    "tax_rate": r"vat ?%|tax ?%|btw ?%|ust\.?|mwst\.?|steuersatz|tva|vat|btw|taxes",
    "amount": r"line total|amount|bedrag|nettobetrag|betrag|gesamtpreis|montant(?: ht)?|prix ht|"
    r"prijs incl\. btw|warto[śs][ćc]|summe|total",
}
_HEADER = re.compile(
    "|".join(f"(?P<{kind}>(?<!\\w)(?:{pattern})(?!\\w))" for kind, pattern in _COLUMNS.items()), re.IGNORECASE
)
_TOTALS = frozenset({"total", "subtotal", "tax_total", "line_total", "amount_due"})
_NUMBER = re.compile(r"^[-(]?\d+(?:[.,]\d+)?")
_PERCENT = re.compile(r"^(\d+(?:[.,]\d+)?)\s?%?$")


@dataclass
class _Column:
    kind: str
    x0: float
    x1: float

    def holds(self, x0: float, x1: float) -> bool:
        """Whether a word stands under this heading: centred under it, or right-aligned to it."""
        centre = (x0 + x1) / 2
        return self.x0 - 5 <= centre <= self.x1 + 8 or self.x0 - 2 <= x1 <= self.x1 + 8


@dataclass
class _Header:
    columns: list[_Column]
    description_from: float  # where descriptions start: right of the headings before "Description"
    last_line: int  # the header's last line (headings can wrap over several)


@dataclass
class _Row:
    description: list[str] = field(default_factory=list)
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    tax_rate: Decimal | None = None
    amount: Decimal | None = None


def _columns(line: TextLine) -> list[_Column]:
    if any(match.has_cents for match in find_amounts(line.text)):
        return []  # a row of values, not of headings
    columns = []
    for match in _HEADER.finditer(line.text):
        x0, _, x1, _ = line.bbox(match.start(), match.end())
        columns.append(_Column(str(match.lastgroup), x0, x1))
    return columns


def _header(analysis: Analysis, number: int) -> _Header | None:
    line = analysis.lines[number]
    core = _columns(line)
    if len({column.kind for column in core}) < 2 or len(core) > 8:
        return None
    columns, last = list(core), number
    # Headings that wrap ("Positions-" / "betrag", "Prix" / "unitaire") continue on nearby lines.
    for other in range(max(0, number - 2), min(len(analysis.lines), number + 3)):
        near = analysis.lines[other]
        if other == number or near.page != line.page or any(char.isdigit() for char in near.text):
            continue
        extra = _columns(near)
        columns.extend(extra)
        if extra and other > number:
            last = max(last, other)
    amounts = [column for column in columns if column.kind == "amount"]
    if not amounts:
        return None
    amount = max(amounts, key=lambda column: column.x1)  # the rightmost amount column is the line's
    columns = [
        column
        for column in columns
        if column.kind != "amount" and not (column.x0 <= amount.x1 and column.x1 >= amount.x0)
    ] + [amount]
    described = next((column for column in columns if column.kind == "description"), None)
    before = [word.x1 for word in line.words if described is not None and word.x1 < described.x0]
    return _Header(columns, max(before, default=float("-inf")), last)


def _decimal(text: str) -> Decimal | None:
    found = _NUMBER.match(text.replace("(", "-"))
    if not found:
        return None
    try:
        return Decimal(found.group().replace(",", "."))
    except InvalidOperation:
        return None


def _read_row(line: TextLine, header: _Header, decimal_comma: bool | None) -> _Row:
    row = _Row()
    numeric = [column for column in header.columns if column.kind != "description"]
    first_numeric = min((column.x0 for column in numeric), default=float("inf"))
    used: set[int] = set()
    for match in find_amounts(line.text):
        x0, _, x1, _ = line.bbox(match.start, match.end)
        column = next((column for column in reversed(numeric) if column.holds(x0, x1)), None)
        if column is None or column.kind not in ("amount", "unit_price"):
            continue
        value = amount_value(match, decimal_comma=decimal_comma)
        if column.kind == "amount" and (match.has_cents or match.currency):
            row.amount = value
        elif column.kind == "unit_price" and row.unit_price is None:
            row.unit_price = value
        else:
            continue
        used.update(id(word) for word in line.words_in(match.start, match.end))
    for word in line.words:
        if id(word) in used:
            continue
        column = next((column for column in numeric if column.holds(word.x0, word.x1)), None)
        if column is not None and column.kind == "quantity" and row.quantity is None:
            row.quantity = _decimal(word.text)
        elif column is not None and column.kind == "tax_rate" and row.tax_rate is None:
            rate = _PERCENT.match(word.text.rstrip("%").strip())
            row.tax_rate = _decimal(rate.group(1)) if rate else None
        elif header.description_from < word.x0 < first_numeric - 2 and (
            word.x1 < first_numeric - 2 or _decimal(word.text) is None
        ):
            row.description.append(word.text)  # text that starts left of the number columns
    return row


def _table(analysis: Analysis, header: _Header) -> list[_Row]:
    rows: list[_Row] = []
    pending: _Row | None = None
    page = analysis.lines[header.last_line].page
    for number in range(header.last_line + 1, len(analysis.lines)):
        line = analysis.lines[number]
        if line.page != page or _header(analysis, number) is not None:
            break
        totals = [label for label in analysis.labels[number] if label.field in _TOTALS]
        if totals and (totals[0].start <= 2 or analysis.values[number]["amount"]):
            break  # a totals row, or the tax breakdown below the items
        row = _read_row(line, header, analysis.hints.decimal_comma)
        if row.amount is not None:
            if pending is not None:
                pending.description.extend(row.description)
                pending.amount = row.amount
                for name in ("quantity", "unit_price", "tax_rate"):
                    if getattr(pending, name) is None:
                        setattr(pending, name, getattr(row, name))
                row, pending = pending, None
            rows.append(row)
        elif row.quantity is not None and (row.unit_price is not None or row.tax_rate is not None):
            pending = row  # an item row whose amount wraps onto the next line
    return rows


def extract_lines(analysis: Analysis) -> list[InvoiceLine]:
    """The line items of every table the document has, numbered from 1."""
    rows: list[_Row] = []
    number = 0
    while number < len(analysis.lines):
        header = _header(analysis, number)
        if header is not None:
            rows.extend(_table(analysis, header))
            number = header.last_line
        number += 1
    return [
        InvoiceLine(
            line_no=index,
            description=" ".join(row.description) or None,
            quantity=row.quantity,
            unit_price=row.unit_price,
            amount=row.amount,
            tax_rate=row.tax_rate,
        )
        for index, row in enumerate(rows, start=1)
    ]
