"""Candidates: every value in a document that may fill a field, where it is, and which label it sits by.

A value belongs to a label when it follows the label on the same line (before the next label), or
stands below it in the same column within three lines. Values nobody labelled are candidates too
(a valid IBAN, a VAT number, a date), with a low confidence, for the rules to fall back on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.extraction.labels import Label, find_labels
from pipeline.extraction.layout import BBox, TextLine
from pipeline.validation.amounts import amount_value, find_amounts, format_amount, infer_decimal_comma
from pipeline.validation.currency import currency_for_sign, is_currency_code
from pipeline.validation.dates import day_first_for, find_dates, infer_day_first
from pipeline.validation.ids import check_iban, check_vat, normalise_id

# What kind of value each labelled field takes.
KIND_OF_FIELD = {
    "invoice_number": "id",
    "invoice_title": "id",
    "po_number": "id",
    "invoice_date": "date",
    "due_date": "date",
    "total": "amount",
    "subtotal": "amount",
    "tax_total": "amount",
    "amount_due": "amount",
    "line_total": "amount",
    "currency": "currency",
    "supplier_vat": "vat",
    "customer_vat": "vat",
    "iban": "iban",
    "customer_iban": "iban",
    "bic": "bic",
}
UNLABELLED = 0.3
_BELOW_LINES = 3
_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,5}){2,8}(?![A-Za-z0-9])")
_IBAN_STOP = frozenset({"BIC", "SWIFT", "BLZ", "BANK", "KTO"})
_VAT = re.compile(
    r"(?<![A-Za-z0-9])(?:CHE[-. ]?\d{3}[. ]?\d{3}[. ]?\d{3}(?: ?(?:MWST|TVA|IVA))?"
    r"|[A-Z]{2} ?(?:[0-9A-Z][ .]?){8,13})(?![A-Za-z0-9])"
)
_VAT_SHAPE = re.compile(r"^(?:[A-Z]{2,3}[0-9A-Z]{7,13}(?:MWST|TVA|IVA)?|\d{8,12})$")
_BIC = re.compile(r"^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$")
_CODE = re.compile(r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])")
_ID_LEAD = re.compile(r"^[\s:#.°º-]*(?:\(\d{3}\)\s*)?(?:(?:no|nr|n°)\.?\s*)?[:#\s]*")
_ID = re.compile(r"^[A-Za-z0-9][\w/.\-]{0,39}")


@dataclass(frozen=True)
class Hints:
    """How this document writes things: its language, decimal separator and date order."""

    language: str | None = None
    decimal_comma: bool | None = None
    day_first: bool | None = None
    space_groups: bool = False  # ``1 234,56`` is one amount (French)


@dataclass(frozen=True)
class Value:
    """A typed value found in a line: its span and its normalised form."""

    kind: str
    start: int
    end: int
    value: str
    valid: bool = True


@dataclass(frozen=True)
class Candidate:
    """A value that may fill ``field``, with its provenance and how sure the finder is."""

    field: str
    value: str
    text: str
    page: int
    bbox: BBox
    line: int
    label: str | None
    confidence: float
    valid: bool = True


# "1 000,00 €", "€ 12 500,00", "1\u202f234,56": thousands grouped by spaces, next to a currency sign
# (a bare "19 163,16" in a table is a rate and an amount) or with the no-break spaces only grouping uses.
_SPACE_GROUPED = re.compile(
    r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+,\d{2} ?€|€ ?\d{1,3}(?:[ \u00a0\u202f]\d{3})+,\d{2}"
    r"|\d[\u00a0\u202f]\d{3}[,.]\d{2}"
)


def document_hints(lines: list[TextLine], language: str | None) -> Hints:
    """The document's conventions, read from its own amounts and dates, else its language."""
    texts = [line.text for line in lines]
    day_first = infer_day_first(texts)
    return Hints(
        language=language,
        decimal_comma=infer_decimal_comma(texts, language),
        day_first=day_first if day_first is not None else day_first_for(language),
        space_groups=(language or "").startswith("fr") or any(_SPACE_GROUPED.search(text) for text in texts),
    )


def best_iban(text: str) -> tuple[str, bool]:
    """The IBAN in a run of groups (``DE12 1234 ...``): the longest prefix that checks, else all of it."""
    tokens = []
    for token in text.split():
        if token in _IBAN_STOP:
            break
        tokens.append(token)
    for count in range(len(tokens), 1, -1):
        number = "".join(tokens[:count])
        if 15 <= len(number) <= 34 and check_iban(number)[1] is None:
            return number, True
    return "".join(tokens)[:34], False


def _vat_value(text: str) -> tuple[str, bool] | None:
    tokens = text.split()[:4]
    for count in range(len(tokens), 0, -1):
        number = normalise_id("".join(tokens[:count]))
        if _VAT_SHAPE.match(number) and check_vat(number)[1] is None:
            return number, True
    first = normalise_id(tokens[0]) if tokens else ""
    if _VAT_SHAPE.match(first) and sum(char.isdigit() for char in first) >= 7:
        return first, False
    return None


def line_values(line: TextLine, hints: Hints) -> dict[str, list[Value]]:
    """The dates, amounts, currencies, IBANs and VAT numbers one line holds, left to right."""
    text = line.text
    values: dict[str, list[Value]] = {"date": [], "amount": [], "currency": [], "iban": [], "vat": []}
    for found in find_dates(text, day_first=hints.day_first):
        values["date"].append(Value("date", found.start, found.end, found.value.isoformat()))
    for match in find_amounts(text, space_groups=hints.space_groups):
        currency = currency_for_sign(match.currency) if match.currency else None
        amount = amount_value(match, decimal_comma=hints.decimal_comma)
        if amount is not None and (match.has_cents or currency):
            values["amount"].append(Value("amount", match.start, match.end, format_amount(amount)))
        if currency:
            values["currency"].append(Value("currency", match.start, match.end, currency))
    for found_iban in _IBAN.finditer(text):
        number, valid = best_iban(found_iban.group())
        values["iban"].append(Value("iban", found_iban.start(), found_iban.end(), number, valid))
    for found_vat in _VAT.finditer(text):
        number = normalise_id(found_vat.group())
        if check_vat(number)[1] is None:
            values["vat"].append(Value("vat", found_vat.start(), found_vat.end(), number))
    return values


def _labelled_value(
    kind: str, line: TextLine, start: int, end: int, values: dict[str, list[Value]]
) -> list[Value]:
    """Values of ``kind`` in ``line.text[start:end]``, the stretch after a label."""
    segment = line.text[start:end]
    if kind in values:
        inside = [value for value in values[kind] if start <= value.start < end]
        if inside or kind not in ("vat", "currency"):
            return inside
    lead = _ID_LEAD.match(segment)
    offset = start + (lead.end() if lead else 0)
    rest = line.text[offset:end]
    if kind == "id":
        found = _ID.match(rest)
        token = found.group().rstrip(".,;:-") if found else ""
        if token and any(char.isdigit() for char in token) and not list(find_dates(token)):
            return [Value("id", offset, offset + len(token), token)]
    elif kind == "vat":
        vat = _vat_value(rest)
        if vat is not None:
            return [Value("vat", offset, end, vat[0], vat[1])]
    elif kind == "bic":
        token = rest.split()[0] if rest.split() else ""
        if _BIC.match(token):
            return [Value("bic", offset, offset + len(token), token)]
    elif kind == "currency":
        for code in _CODE.finditer(rest):
            if is_currency_code(code.group()):
                return [Value("currency", offset + code.start(), offset + code.end(), code.group())]
    return []


def _overlaps(line: TextLine, value: Value, left: float, right: float) -> bool:
    x0, _, x1, _ = line.bbox(value.start, value.end)
    slack = max(10.0, (right - left) * 0.3)
    return x0 <= right + slack and x1 >= left - slack


class Analysis:
    """A document's lines with their labels, typed values and candidates, computed once."""

    def __init__(self, lines: list[TextLine], hints: Hints) -> None:
        self.lines = lines
        self.hints = hints
        self.values = [line_values(line, hints) for line in lines]
        self.labels = [find_labels(line.text) for line in lines]
        self.candidates = self._all()

    def _candidate(
        self, field: str, line: TextLine, value: Value, label: str | None, confidence: float
    ) -> Candidate:
        return Candidate(
            field=field,
            value=value.value,
            text=line.text[value.start : value.end],
            page=line.page,
            bbox=line.bbox(value.start, value.end),
            line=line.index,
            label=label,
            confidence=round(confidence, 3),
            valid=value.valid,
        )

    def _labelled(self, number: int, label: Label, segment_end: int) -> Iterator[Candidate]:
        kind = KIND_OF_FIELD.get(label.field)
        if kind is None:
            return
        line = self.lines[number]
        right = _labelled_value(kind, line, label.end, segment_end, self.values[number])
        if kind == "id" and right and line.text[label.end : right[0].start].strip(" :#.°º-()0123456789"):
            right = []  # an identifier follows its label directly
        if right:
            if kind == "amount" and len(right) > 1:
                # Amount columns end a row: the last amount is the label's, the first may be a base.
                yield self._candidate(label.field, line, right[-1], label.field, label.weight)
                yield self._candidate(label.field, line, right[0], label.field, label.weight * 0.9)
            else:
                yield self._candidate(label.field, line, right[0], label.field, label.weight)
            return
        if label.field == "invoice_title":
            return
        left, _, right_edge, _ = line.bbox(label.start, label.end)
        for step in range(1, _BELOW_LINES + 1):
            below = number + step
            if below >= len(self.lines) or self.lines[below].page != line.page:
                return
            under = self.lines[below]
            found = [
                value
                for value in _labelled_value(kind, under, 0, len(under.text), self.values[below])
                if _overlaps(under, value, left, right_edge)
            ]
            if kind == "id":
                found = self._ids_below(under, left, right_edge)
            if found:
                yield self._candidate(
                    label.field, under, found[0], label.field, label.weight * (0.9 - 0.1 * step)
                )
                return

    def _ids_below(self, line: TextLine, left: float, right: float) -> list[Value]:
        for word, start in zip(line.words, line.starts, strict=True):
            if word.x1 >= left - 5 and word.x0 <= right + 5:
                token = word.text.rstrip(".,;:")
                if any(char.isdigit() for char in token) and not list(find_dates(token)):
                    return [Value("id", start, start + len(token), token)]
                return []
        return []

    def _all(self) -> list[Candidate]:
        found: list[Candidate] = []
        for number, line in enumerate(self.lines):
            labels = self.labels[number]
            for label in labels:
                end = next((other.start for other in labels if other.start >= label.end), len(line.text))
                found.extend(self._labelled(number, label, end))
            for kind in ("iban", "vat", "date", "currency", "amount"):
                for value in self.values[number][kind]:
                    found.append(self._candidate(kind, line, value, None, UNLABELLED))
        return found


def find_candidates(lines: list[TextLine], hints: Hints) -> Analysis:
    """Every candidate value of the document: labelled ones under their field, the rest by kind."""
    return Analysis(lines, hints)
