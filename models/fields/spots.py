"""Every value of a document that may fill a header field, grouped by the kind of value it is.

The learned scorer picks among these spots. The rules' labelled candidates are among them, and so
are the values nobody labelled: every date, amount, IBAN, VAT number and currency code, every token
that can be a document number, every line segment that can be a party's name. A spot is one place
a value is printed; the same value printed twice is two spots.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extraction.candidates import Analysis
from pipeline.extraction.labels import part_total_before
from pipeline.extraction.parties import Parties, Segment
from pipeline.validation.currency import is_currency_code
from pipeline.validation.dates import DATE_PATTERN

# The fields the scorer picks, by the kind of value they take.
GROUPS: dict[str, tuple[str, ...]] = {
    "id": ("invoice_number", "po_number"),
    "date": ("invoice_date", "due_date"),
    "amount": ("total", "subtotal", "tax_total"),
    "currency": ("currency",),
    "vat": ("supplier_vat",),
    "iban": ("supplier_iban",),
    "name": ("supplier_name", "customer_name"),
}
FIELD_GROUP = {name: group for group, names in GROUPS.items() for name in names}
# The group of each rule candidate's field, and of each typed value's kind.
_GROUP_OF = {
    "invoice_number": "id", "invoice_title": "id", "po_number": "id",
    "invoice_date": "date", "order_date": "date", "due_date": "date", "date": "date",
    "total": "amount", "subtotal": "amount", "tax_total": "amount", "amount_due": "amount",
    "amount": "amount",
    "currency": "currency", "supplier_vat": "vat", "customer_vat": "vat", "vat": "vat",
    "iban": "iban", "customer_iban": "iban",
}  # fmt: skip
_TOKEN = re.compile(r"^[(#:]*([A-Za-z0-9][\w/.\-]*?)[.,;:)]*$")
_CENTS = re.compile(r"^-?\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2}$")
_CODE = re.compile(r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])")
_FOOTER_LINES = 4


@dataclass
class Spot:
    """One printed occurrence of a candidate value.

    ``tags`` say where it came from: ``label:<field>`` (a rule label claims it), ``base`` (a
    bracketed tax base), ``invalid`` (fails its check digits), ``token`` (a bare token),
    ``letterhead`` / ``window`` / ``block:<role>`` (the parties' reading of a name).
    """

    group: str
    value: str
    line: int
    start: int
    end: int
    tags: set[str] = field(default_factory=set)


class Spots:
    """The spots of one document, per group, each value at each place once."""

    def __init__(self, analysis: Analysis, parties: Parties) -> None:
        self.analysis = analysis
        self.parties = parties
        self._index: dict[tuple[str, str, int, int], Spot] = {}
        self._typed()
        self._labelled()
        self._tokens()
        self._currency_codes()
        self._names()

    def of(self, group: str) -> list[Spot]:
        """The spots of one group, in reading order."""
        found = [spot for key, spot in self._index.items() if key[0] == group]
        return sorted(found, key=lambda spot: (spot.line, spot.start))

    def _add(self, group: str, value: str, line: int, start: int, end: int, *tags: str) -> None:
        key = (group, value, line, start)
        spot = self._index.get(key)
        if spot is None:
            spot = self._index[key] = Spot(group, value, line, start, end)
        spot.tags.update(tags)

    def _typed(self) -> None:
        for number, values in enumerate(self.analysis.values):
            for kind, found in values.items():
                for value in found:
                    if kind == "amount" and self._part_total(number, value.start):
                        continue  # "Total 0% supplies: 46.82", "Total discount 5.00": no header amount
                    tags = ["base"] if value.base else []
                    tags += [] if value.valid else ["invalid"]
                    self._add(_GROUP_OF[kind], value.value, number, value.start, value.end, *tags)

    def _part_total(self, line: int, start: int) -> bool:
        return part_total_before(self.analysis.lines[line].text, self.analysis.labels[line], start)

    def _labelled(self) -> None:
        for candidate in self.analysis.candidates:
            group = _GROUP_OF.get(candidate.field)
            if group is None or candidate.label is None:
                continue
            tags = [f"label:{candidate.label}"] + ([] if candidate.valid else ["invalid"])
            self._add(group, candidate.value, candidate.line, candidate.start, candidate.end, *tags)

    def _tokens(self) -> None:
        """Tokens that can be a document number: a digit, three characters, not a date or an amount."""
        for line in self.analysis.lines:
            for word, start in zip(line.words, line.starts, strict=True):
                found = _TOKEN.match(word.text)
                if found is None:
                    continue
                token = found.group(1)
                if len(token) < 3 or not any(char.isdigit() for char in token) or _CENTS.match(token):
                    continue
                if DATE_PATTERN.fullmatch(token):
                    continue
                offset = start + found.start(1)
                self._add("id", token, line.index, offset, offset + len(token), "token")

    def _currency_codes(self) -> None:
        for line in self.analysis.lines:
            for code in _CODE.finditer(line.text):
                if is_currency_code(code.group()):
                    self._add("currency", code.group(), line.index, code.start(), code.end(), "code")

    def _names(self) -> None:
        """Line segments that read like a name, at the top of page one and in the page footers."""
        parties = self.parties
        lines = self.analysis.lines
        table = next(
            (number for number, values in enumerate(self.analysis.values) if len(values["amount"]) >= 2),
            len(lines),
        )
        last_of_page = {line.page: line.index for line in lines}
        for line in lines:
            top = line.page == 1 and line.index < max(table, 12)
            if not top and line.index < last_of_page[line.page] - _FOOTER_LINES:
                continue
            for segment in parties.rows[line.index]:
                name = parties.name_in(segment)
                if name and len(name) >= 3:
                    self._name(name, segment, "segment")
        for block in parties.blocks:
            if block.heading and block.role in ("supplier", "customer"):
                found = parties.block_name(block)
                if found is not None and found.bbox is not None:
                    self._choice_name(found.value, found.line, found.bbox[0], f"block:{block.role}")
        letterhead = parties.letterhead()
        if letterhead is not None and letterhead.bbox is not None:
            self._choice_name(letterhead.value, letterhead.line, letterhead.bbox[0], "letterhead")
            window = parties.address_window({letterhead.value.casefold()})
            if window is not None and window.bbox is not None:
                self._choice_name(window.value, window.line, window.bbox[0], "window")

    def _name(self, name: str, segment: Segment, tag: str) -> None:
        self._add("name", name, segment.line, segment.start, segment.end, tag)

    def _choice_name(self, name: str, line: int | None, x0: float, tag: str) -> None:
        """A name the parties found: tagged on the segment of its line it was read from."""
        if line is None:
            return
        for segment in self.parties.rows[line]:
            if segment.x0 - 1 <= x0 <= segment.x1:
                self._name(name, segment, tag)
                return
