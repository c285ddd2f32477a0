"""Candidates: every value in a document that may fill a field, where it is, and which label it sits by.

A value belongs to a label when it follows the label on the same line (before the next label), or
stands below it in the same column within three lines. Values nobody labelled are candidates too
(a valid IBAN, a VAT number, a date), with a low confidence, for the rules to fall back on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from pipeline.extraction.id_repair import read_identifier, repair_iban, repair_vat
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
    "rounding": "amount",
    "tendered": "amount",
    "change": "amount",
    "currency": "currency",
    "supplier_vat": "vat",
    "customer_vat": "vat",
    "iban": "iban",
    "customer_iban": "iban",
    "bic": "bic",
    "order_date": "date",
}
UNLABELLED = 0.3
_AMOUNT_FIELDS = frozenset({"total", "subtotal", "tax_total", "amount_due"})
_COLUMN_FIELDS = _AMOUNT_FIELDS | {"gross", "net"}
_COLUMN_MEANS = {"gross": "total", "net": "subtotal"}  # "Incl." and "Excl." head columns only
_BELOW_LINES = 3
# Check digits as printed, or with one of them read as the letter O (``GBO9 LOYD ...``).
_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}(?:\d{2}|O\d|\dO)(?: ?[A-Z0-9]{1,5}){2,8}(?![A-Za-z0-9])")
_IBAN_STOP = frozenset({"BIC", "SWIFT", "BLZ", "BANK", "KTO"})
# An IBAN whose country code OCR read with a look-alike digit ("1E16 BOFI 7727 ..." for IE16):
# taken only where the country code's letters make an IBAN that checks.
_IBAN_DIGIT_COUNTRY = re.compile(
    r"(?<![A-Za-z0-9])(?=[A-Z]?[018])[A-Z018]{2}\d{2}(?: ?[A-Z0-9]{1,5}){2,8}(?![A-Za-z0-9])"
)
_COUNTRY_LOOK_ALIKES = str.maketrans("018", "OIB")
_VAT = re.compile(
    r"(?<![A-Za-z0-9])(?:CHE[-. ]?\d{3}[. ]?\d{3}[. ]?\d{3}(?: ?(?:MWST|TVA|IVA))?"
    r"|[A-Z]{2} ?(?:[0-9A-Z][ .]?){8,13})(?![A-Za-z0-9])"
)
_VAT_SHAPE = re.compile(r"^(?:[A-Z]{2,3}[0-9A-Z]{7,13}(?:MWST|TVA|IVA)?|\d{8,12})$")
_BIC = re.compile(r"^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$")
# "US$57.24", "16 413,17 US$": the amount regex sees a bare "$"
_PREFIXED_SIGN = re.compile(r"\b(?:US|CA|C|AU|A|NZ)\$$")
_SUFFIXED_SIGN = re.compile(r" ?(?:US|CA|C|AU|A|NZ)\$")
_CODE = re.compile(r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])")
_ID_LEAD = re.compile(r"^[\s:;#.°º\[-]*(?:\(\d{3}\)\s*)?(?:(?:no|nr|n°)\.?\s*)?[:#\s]*")


@dataclass(frozen=True)
class Hints:
    """How this document writes things: its language, decimal separator and date order."""

    language: str | None = None
    decimal_comma: bool | None = None
    day_first: bool | None = None


@dataclass(frozen=True)
class Value:
    """A typed value found in a line: its span and its normalised form."""

    kind: str
    start: int
    end: int
    value: str
    valid: bool = True
    base: bool = False  # an amount in brackets after a rate: the base a tax is computed on


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
    start: int = 0  # the value's span in its line's text
    end: int = 0


@dataclass(frozen=True)
class Choice:
    """A field's chosen value and where it came from."""

    value: str
    confidence: float
    page: int | None = None
    bbox: BBox | None = None
    valid: bool = True
    line: int | None = None  # the line it was read from, where one line holds it


def document_hints(lines: list[TextLine], language: str | None) -> Hints:
    """The document's conventions, read from its own amounts and dates, else its language."""
    texts = [line.text for line in lines]
    day_first = infer_day_first(texts)
    return Hints(
        language=language,
        decimal_comma=infer_decimal_comma(texts, language),
        day_first=day_first if day_first is not None else day_first_for(language),
    )


def best_iban(text: str) -> tuple[str, bool]:
    """The IBAN in a run of groups (``DE12 1234 ...``): the longest prefix that checks, else the one
    reading a single OCR slip away that checks (``id_repair``), else all of it."""
    tokens = []
    for token in text.split():
        if token in _IBAN_STOP:
            break
        tokens.append(token)
    for count in range(len(tokens), 0, -1):
        number = "".join(tokens[:count])
        if 15 <= len(number) <= 34 and check_iban(number)[1] is None:
            return number, True
    for count in range(len(tokens), 0, -1):
        repaired = repair_iban("".join(tokens[:count]))
        if repaired is not None:
            return repaired, True
    return "".join(tokens)[:34], False


def _vat_value(text: str) -> tuple[str, bool] | None:
    tokens = text.split()[:6]
    for count in range(len(tokens), 0, -1):
        number = normalise_id("".join(tokens[:count]))
        if _VAT_SHAPE.match(number) and check_vat(number)[1] is None:
            return number, True
    for count in range(len(tokens), 0, -1):
        repaired = repair_vat("".join(tokens[:count]))
        if repaired is not None:
            return repaired, True
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
    # A line keeps its column gaps as two spaces (layout.TextLine): one space groups thousands.
    for match in find_amounts(text, space_groups=True):
        prefixed = _PREFIXED_SIGN.search(text, 0, match.start) or _SUFFIXED_SIGN.match(text, match.end)
        sign = prefixed.group().strip() if prefixed and not match.currency else match.currency
        currency = currency_for_sign(sign) if sign else None
        amount = amount_value(match, decimal_comma=hints.decimal_comma)
        if amount is not None and (match.has_cents or currency):
            bracketed = text[match.start] == "(" and text[match.end - 1] == ")"
            if bracketed:
                amount = abs(amount)
            values["amount"].append(
                Value("amount", match.start, match.end, format_amount(amount), base=bracketed)
            )
        if currency:
            values["currency"].append(Value("currency", match.start, match.end, currency))
    for found_iban in _IBAN.finditer(text):
        number, valid = best_iban(found_iban.group())
        values["iban"].append(Value("iban", found_iban.start(), found_iban.end(), number, valid))
    for found_iban in _IBAN_DIGIT_COUNTRY.finditer(text):
        read = found_iban.group()
        number, valid = best_iban(read[:2].translate(_COUNTRY_LOOK_ALIKES) + read[2:])
        if valid:
            values["iban"].append(Value("iban", found_iban.start(), found_iban.end(), number, valid))
    for found_vat in _VAT.finditer(text):
        number = normalise_id(found_vat.group())
        checked = number if check_vat(number)[1] is None else repair_vat(number)
        if checked is not None:
            values["vat"].append(Value("vat", found_vat.start(), found_vat.end(), checked))
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
        found = read_identifier(rest, bracket_open="[" in line.text[:offset])
        if found is not None and any(char.isdigit() for char in found[0]) and not list(find_dates(found[0])):
            return [Value("id", offset, offset + found[1], found[0])]
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
            start=value.start,
            end=value.end,
        )

    def _labelled(self, number: int, label: Label, segment_end: int) -> Iterator[Candidate]:
        kind = KIND_OF_FIELD.get(label.field)
        if kind is None:
            return
        line = self.lines[number]
        right = _labelled_value(kind, line, label.end, segment_end, self.values[number])
        if kind == "id" and right and line.text[label.end : right[0].start].strip(" :;#.°º-()[0123456789"):
            right = []  # an identifier follows its label directly
        if kind == "amount" and len(right) > 1:
            right = [value for value in right if not value.base] or right
        if right:
            if kind == "amount" and len(right) > 1:
                # Amount columns end a row: the last amount is the label's, the first may be a base.
                yield self._candidate(label.field, line, right[-1], label.field, label.weight)
                yield self._candidate(label.field, line, right[0], label.field, label.weight * 0.9)
            else:
                yield self._candidate(label.field, line, right[0], label.field, label.weight)
            return
        if label.field == "invoice_title" or not any(
            start <= label.start <= start + 1 for start, _ in line.segments()
        ):
            return  # values stand below a heading, not below a label inside a sentence
        left, _, right_edge, _ = line.bbox(label.start, label.end)
        for step in range(1, _BELOW_LINES + 1):
            below = number + step
            if below >= len(self.lines) or self.lines[below].page != line.page:
                return
            under = self.lines[below]
            if kind == "amount" and len(self.values[below]["amount"]) > 1:
                return  # a table row under a column heading: header rows are read as a whole
            found = [
                value
                for value in _labelled_value(kind, under, 0, len(under.text), self.values[below])
                if _overlaps(under, value, left, right_edge)
                and not any(  # a value its own label takes ("CASH 50.00" under "TOTAL")
                    other.end <= value.start and KIND_OF_FIELD.get(other.field) == kind
                    for other in self.labels[below]
                )
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

    def _header_row(self, number: int) -> Iterator[Candidate]:
        """Amounts under a row of column headings ("Net  VAT  Gross"): the sum row's, else the only row's.

        Each amount takes the heading of its column; a row labelled as a total ("Summe", "Total")
        is the sum of the rows above it, which are per-rate breakdowns.
        """
        line = self.lines[number]
        if len(self.labels[number]) < 2 or self.values[number]["amount"]:
            return
        headings = [  # each column heading on its own: "Excl. | BTW | Incl."
            replace(label, start=label.start + start, end=label.end + start)
            for start, end in line.segments()
            for label in find_labels(line.text[start:end])
            if label.field in _COLUMN_FIELDS
        ]
        if len({label.field for label in headings}) < 2:
            return
        rows: list[int] = []
        for below in range(number + 1, min(number + 8, len(self.lines))):
            if self.lines[below].page != line.page:
                break
            if len(self.values[below]["amount"]) >= 2:
                rows.append(below)
            elif rows or below - number > 3:
                break
        summed = [row for row in rows if any(label.field in _AMOUNT_FIELDS for label in self.labels[row])]
        chosen = summed[-1] if summed else rows[0] if len(rows) == 1 else None
        if chosen is None:
            return
        under = self.lines[chosen]
        columns = [(label, line.bbox(label.start, label.end)) for label in headings]
        for value in self.values[chosen]["amount"]:
            x0, _, x1, _ = under.bbox(value.start, value.end)
            centre = (x0 + x1) / 2
            label, box = min(columns, key=lambda column: abs((column[1][0] + column[1][2]) / 2 - centre))
            field = _COLUMN_MEANS.get(label.field, label.field)
            if _overlaps(under, value, box[0], box[2]):
                yield self._candidate(field, under, value, field, 1.0)

    def _all(self) -> list[Candidate]:
        found: list[Candidate] = []
        for number, line in enumerate(self.lines):
            labels = self.labels[number]
            found.extend(self._header_row(number))
            for label in labels:
                found.extend(self._labelled(number, label, _segment_end(line.text, label, labels)))
            for kind in ("iban", "vat", "date", "currency", "amount"):
                for value in self.values[number][kind]:
                    found.append(self._candidate(kind, line, value, None, UNLABELLED))
        return found


def _segment_end(text: str, label: Label, labels: list[Label]) -> int:
    """Where the value stretch after ``label`` ends: at the next label, unless that label stands
    inside a bracket opened after this one ("Total (inclusive of GST): 2.40")."""
    for other in labels:
        if other.start < label.end:
            continue
        between = text[label.end : other.start]
        if between.count("(") <= between.count(")"):
            return other.start
    return len(text)


def find_candidates(lines: list[TextLine], hints: Hints) -> Analysis:
    """Every candidate value of the document: labelled ones under their field, the rest by kind."""
    return Analysis(lines, hints)
