"""The deterministic baseline: pick each field's value among the candidates.

Label proximity decides first (same line to the right, or below in the same column), then
position (the first invoice number, the earliest invoice date, the latest due date); amounts are
chosen together, so that subtotal + tax = total where the document allows it; names come from
the seller's section, the letterhead that matches the seller's web domain, or the first line that
carries a legal form. No supplier-specific templates: only labels and layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from itertools import product

from pipeline.einvoice.common import clean_name
from pipeline.extraction.candidates import Analysis, Candidate
from pipeline.extraction.layout import BBox, TextLine
from pipeline.validation.arithmetic import totals_agree

_SECTION_SPAN = 9  # lines a "Seller:" / "Bill to:" heading governs at most
_CREDIT_NOTE = re.compile(
    r"\b(?:avoir|credit ?note|creditnota|credit memo|note de cr[ée]dit|rechnungskorrektur|stornorechnung)\b",
    re.IGNORECASE,
)
_LEGAL_FORM = re.compile(
    r"\b(?:GmbH(?: & Co\.? KG)?|AG|KG|OHG|GbR|UG|e\.K\.|a\.G\.|e\.V\.|B\.V\.|BV|N\.V\.|NV|V\.O\.F\.|VOF|BVBA|"
    r"S\.A\.|SA|SARL|S\.à r\.l\.|SAS|SASU|EURL|SNC|Ltd\.?|Limited|LLC|LLP|Inc\.?|plc|PLC|Corp\.?|"
    r"S\.p\.A\.|S\.r\.l\.|Sp\. z o\.o\.|S\.L\.|Oy|AB|A/S|ApS|(?i:sdn\.? bhd\.?|bhd\.?|pte\.? ltd\.?)|S/B|PLT)"
    r"(?![\w])"
)
_TITLE_PREFIX = re.compile(
    r"^(?:invoice|tax invoice|factuur|rechnung|facture|avoir|credit note|creditnota|gutschrift)\b[.:]?\s*",
    re.IGNORECASE,
)
_DOMAIN = re.compile(r"(?:https?://(?:www\.)?|www\.|@)([a-z0-9-]+)\.[a-z]{2,}", re.IGNORECASE)
_ADDRESS = re.compile(r"^\d|\b\d{4,5}\b|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b")


@dataclass(frozen=True)
class Choice:
    """A field's chosen value and where it came from."""

    value: str
    confidence: float
    page: int | None = None
    bbox: BBox | None = None
    valid: bool = True


def _choice(candidate: Candidate, confidence: float | None = None) -> Choice:
    return Choice(
        candidate.value,
        round(min(0.95, confidence if confidence is not None else candidate.confidence), 3),
        candidate.page,
        candidate.bbox,
        candidate.valid,
    )


def _best(candidates: list[Candidate], *, latest: bool = False) -> Candidate | None:
    """The most confident candidate; among equals the first in the document (or the latest value)."""
    if not candidates:
        return None
    if latest:
        return max(candidates, key=lambda c: (c.confidence, c.value, -c.line))
    return max(candidates, key=lambda c: (c.confidence, -c.line))


def sections(analysis: Analysis) -> list[str | None]:
    """For each line, the party section it belongs to: 'supplier', 'customer', 'other' or None."""
    result: list[str | None] = []
    current: str | None = None
    start = 0
    for number, (line, labels) in enumerate(zip(analysis.lines, analysis.labels, strict=True)):
        heading = next((label.field for label in labels if label.field in ("supplier", "customer")), None)
        leading = labels[0] if labels and labels[0].start <= 1 else None
        if heading:
            current, start = heading, number
        elif leading and leading.field == "other" and line.text[leading.end :].strip(" :") == "":
            current, start = "other", number
        elif number - start > _SECTION_SPAN or (number and analysis.lines[number - 1].page != line.page):
            current = None
        result.append(current)
    return result


class _Rules:
    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.sections = sections(analysis)
        self.by_field: dict[str, list[Candidate]] = {}
        for candidate in analysis.candidates:
            self.by_field.setdefault(candidate.field, []).append(candidate)

    def of(self, *fields: str) -> list[Candidate]:
        return [candidate for field in dict.fromkeys(fields) for candidate in self.by_field.get(field, [])]

    def section(self, candidate: Candidate) -> str | None:
        return self.sections[candidate.line]

    def invoice_number(self) -> Choice | None:
        best = _best(self.of("invoice_number", "invoice_title"))
        return _choice(best) if best else None

    def dates(self) -> dict[str, Choice]:
        chosen: dict[str, Choice] = {}
        invoice = _best(self.of("invoice_date"))
        if invoice is None:
            taken = {
                (c.line, c.bbox) for c in self.analysis.candidates if c.label and c.field != "invoice_date"
            }
            loose = [c for c in self.of("date") if (c.line, c.bbox) not in taken]
            invoice = min(loose, key=lambda c: c.line) if loose else None
        if invoice is not None:
            chosen["invoice_date"] = _choice(invoice)
        dues = [c for c in self.of("due_date") if invoice is None or c.value >= invoice.value]
        due = _best(dues, latest=True)
        if due is not None:
            chosen["due_date"] = _choice(due)
        return chosen

    def amounts(self, *, credit_note: bool) -> dict[str, Choice]:
        totals = _top(self.of("total")) or _top(self.of("amount_due"))
        subtotals = _top(self.of("subtotal"))
        taxes = _top(self.of("tax_total"))
        best: tuple[float, Candidate | None, Candidate | None, Candidate | None] = (0.0, None, None, None)
        for total, sub, tax in product([*totals, None], [*subtotals, None], [*taxes, None]):
            score = _score(total, sub, tax)
            if score > best[0]:
                best = (score, total, sub, tax)
        score, total, sub, tax = best
        agree = total is not None and sub is not None and tax is not None
        chosen: dict[str, Choice] = {}
        for name, candidate in (("total", total), ("subtotal", sub), ("tax_total", tax)):
            if candidate is not None:
                boost = 0.15 if agree else 0.0
                chosen[name] = _choice(candidate, candidate.confidence * 0.9 + boost)
        due = _best(self.of("amount_due"))
        if due is not None and (total is None or due.value != total.value):
            chosen["amount_due"] = _choice(due)
        line_total = _best(self.of("line_total"))
        if line_total is not None:
            chosen["line_total"] = _choice(line_total)
        if credit_note:
            chosen = {name: _absolute(choice) for name, choice in chosen.items()}
        return chosen

    def currency(self) -> Choice | None:
        labelled = _best(self.of("currency"))
        if labelled is not None and labelled.label:
            return _choice(labelled)
        counts: dict[str, list[Candidate]] = {}
        for candidate in self.of("currency"):
            counts.setdefault(candidate.value, []).append(candidate)
        if not counts:
            return None
        found = max(counts.values(), key=len)
        return _choice(found[0], 0.6 if len(counts) == 1 else 0.4)

    def party_id(self, labelled: str, loose: str, customer_label: str) -> dict[str, Choice]:
        supplier = [
            c for c in self.of(labelled, loose) if self.section(c) != "customer" and (c.label or c.valid)
        ]
        customer = self.of(customer_label) + [
            c for c in self.of(labelled, loose) if self.section(c) == "customer"
        ]
        chosen = {}
        best = max(supplier, key=lambda c: (c.confidence + 0.3 * c.valid, -c.line), default=None)
        if best is not None:
            chosen["supplier"] = _choice(best, best.confidence * (1.0 if best.valid else 0.7))
        other = max(customer, key=lambda c: (c.confidence + 0.3 * c.valid, -c.line), default=None)
        if other is not None and (best is None or other.value != best.value):
            chosen["customer"] = _choice(other)
        return chosen

    def reference(self, field: str) -> Choice | None:
        best = _best(self.of(field))
        return _choice(best) if best else None


def _top(candidates: list[Candidate], count: int = 6) -> list[Candidate]:
    unique: dict[str, Candidate] = {}
    for candidate in sorted(candidates, key=lambda c: (-c.confidence, c.line)):
        unique.setdefault(candidate.value, candidate)
    return list(unique.values())[:count]


def _score(total: Candidate | None, sub: Candidate | None, tax: Candidate | None) -> float:
    t = Decimal(total.value) if total else None
    s = Decimal(sub.value) if sub else None
    x = Decimal(tax.value) if tax else None
    if t is not None and s is not None and abs(s) > abs(t) + Decimal("0.02"):
        return 0.0
    if t is not None and x is not None and abs(x) >= abs(t) and t != 0:
        return 0.0
    if s is not None and x is not None and t is None:
        return 0.0
    score = (total.confidence if total else 0.0) + 0.5 * (sub.confidence if sub else 0.0)
    score += 0.5 * (tax.confidence if tax else 0.0)
    if t is not None and s is not None and x is not None and totals_agree(s, x, t):
        score += 2.0
    if t is not None:
        score += 0.001 * float(min(abs(t), Decimal(10**6))) / 10**6  # the larger total, all else equal
    return score


def _absolute(choice: Choice) -> Choice:
    if choice.value.startswith("-"):
        return Choice(choice.value[1:], choice.confidence, choice.page, choice.bbox, choice.valid)
    return choice


def looks_like_credit_note(lines: list[TextLine]) -> bool:
    """Whether the document calls itself a credit note in its first lines."""
    return any(_CREDIT_NOTE.search(line.text) for line in lines[:20])


def names(analysis: Analysis, section_of: list[str | None]) -> dict[str, Choice]:
    """Supplier and customer names: section headings first, then the letterhead."""
    chosen: dict[str, Choice] = {}
    for party in ("supplier", "customer"):
        found = _section_name(analysis, section_of, party)
        if found is not None:
            chosen[f"{party}_name"] = found
    if "supplier_name" not in chosen:
        letterhead = (
            _domain_name(analysis)
            or _legal_form_name(analysis, section_of)
            or _first_line_name(analysis, section_of)
        )
        if letterhead is not None:
            chosen["supplier_name"] = letterhead
    return chosen


def _line_choice(line: TextLine, start: int, end: int, text: str, confidence: float) -> Choice:
    return Choice(text, confidence, line.page, line.bbox(start, end))


def _section_name(analysis: Analysis, section_of: list[str | None], party: str) -> Choice | None:
    lines = analysis.lines
    rows = [number for number, section in enumerate(section_of) if section == party]
    for number in rows:
        name_label = next((label for label in analysis.labels[number] if label.field == "name"), None)
        if name_label is not None:
            line = lines[number]
            rest = line.text[name_label.end :]
            start = name_label.end + len(rest) - len(rest.lstrip(" :"))  # after "Name:"
            parts = [line.text[start:]]
            value_x = line.bbox(start, len(line.text))[0]
            previous = lines[number - 1] if number else None
            if (
                previous is not None
                and section_of[number - 1] == party
                and not analysis.labels[number - 1]
                and abs(previous.words[0].x0 - value_x) < 3
            ):
                parts.insert(0, previous.text)  # a name wrapped above its label's line
            return _named(line, start, " ".join(parts), 0.85, party)
    for number in rows:
        line = lines[number]
        labels = analysis.labels[number]
        if labels and labels[0].start <= 1:
            continue  # the heading, or a "Nummer: ..." line
        if _ADDRESS.search(line.text) or not any(char.isalpha() for char in line.text):
            continue
        return _named(line, 0, line.text, 0.8, party)
    return None


def _named(line: TextLine, start: int, text: str, confidence: float, party: str) -> Choice | None:
    name = clean_name(text) if party == "customer" else " ".join(text.split())
    if not name:
        return None
    return _line_choice(line, start, len(line.text), name, confidence)


def _domain_name(analysis: Analysis) -> Choice | None:
    domains = {
        match.group(1).replace("-", "").lower()
        for line in analysis.lines
        for match in _DOMAIN.finditer(line.text)
    }
    domains.discard("")
    if not domains:
        return None
    for line in analysis.lines[:15]:
        if line.page != 1:
            break
        letters = ""
        for count, word in enumerate(line.words[:8], start=1):
            letters += re.sub(r"[^0-9a-z]", "", word.text.lower())
            if letters in domains and len(letters) >= 4:
                end = line.starts[count - 1] + len(word.text)
                return _line_choice(line, 0, end, line.text[:end].strip(" -,"), 0.8)
    return None


def _legal_form_name(analysis: Analysis, section_of: list[str | None]) -> Choice | None:
    for number, line in enumerate(analysis.lines[:15]):
        if line.page != 1 or section_of[number] == "customer":
            continue
        form = _LEGAL_FORM.search(line.text)
        if form is None:
            continue
        title = _TITLE_PREFIX.match(line.text)
        start = title.end() if title else 0
        segment = line.text[start : form.end()]
        if "  " in segment or segment.count(" - ") or not segment.strip():
            continue
        return _line_choice(line, start, form.end(), segment.strip(), 0.7)
    return None


def _first_line_name(analysis: Analysis, section_of: list[str | None]) -> Choice | None:
    """The top line of the first page that reads like a name: the weakest guess, for letterheads."""
    for number, line in enumerate(analysis.lines[:6]):
        if line.page != 1 or section_of[number] is not None:
            return None
        labels = analysis.labels[number]
        title = _TITLE_PREFIX.match(line.text)
        start = title.end() if title else 0
        rest = line.text[start:]
        if (
            sum(char.isalpha() for char in rest) < 3
            or _ADDRESS.search(rest)
            or any(analysis.values[number].values())
        ):
            continue
        if labels and not (title and all(label.field == "invoice_title" for label in labels)):
            continue
        name = re.sub(r"\s+(?:invoice|factuur|rechnung|facture)$", "", rest.strip(), flags=re.IGNORECASE)
        return _line_choice(line, start, len(line.text), name, 0.3)
    return None


def choose_fields(analysis: Analysis, *, credit_note: bool) -> dict[str, Choice]:
    """The baseline's value for every header field it can find."""
    rules = _Rules(analysis)
    chosen: dict[str, Choice] = {}
    number = rules.invoice_number()
    if number is not None:
        chosen["invoice_number"] = number
    chosen.update(rules.dates())
    chosen.update(rules.amounts(credit_note=credit_note))
    currency = rules.currency()
    if currency is not None:
        chosen["currency"] = currency
    for kind, (labelled, loose, customer) in {
        "vat": ("supplier_vat", "vat", "customer_vat"),
        "iban": ("iban", "iban", "customer_iban"),
    }.items():
        for party, choice in rules.party_id(labelled, loose, customer).items():
            chosen[f"{party}_{kind}"] = choice
    for field, name in (("bic", "supplier_bic"), ("po_number", "po_number")):
        found = rules.reference(field)
        if found is not None:
            chosen[name] = found
    chosen.update(names(analysis, rules.sections))
    return chosen
