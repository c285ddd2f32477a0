"""The deterministic baseline: pick each field's value among the candidates.

Label proximity decides first (same line to the right, or below in the same column), then
position (the first invoice number, the earliest invoice date, the latest due date); amounts are
chosen together, so that subtotal + tax = total where the document allows it; names come from
the parties' blocks (``parties``). No supplier-specific templates: only labels and layout.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from itertools import product

from pipeline.extraction.candidates import Analysis, Candidate, Choice
from pipeline.extraction.layout import TextLine
from pipeline.extraction.parties import Parties
from pipeline.validation.arithmetic import totals_agree

_CREDIT_NOTE = re.compile(
    r"\b(?:avoir|credit ?note|creditnota|credit memo|note de cr[ée]dit|rechnungskorrektur|stornorechnung)\b",
    re.IGNORECASE,
)


_CASH_STEP = Decimal("0.05")  # the coin step cash totals are rounded to (MY, CH, NL, BE, ...)
_PAID = 0.5  # confidence in a total read off the payment lines rather than printed by a total label
_CHANGE_LINES = 3  # the change is printed at most this many lines below the amount tendered
_SUMMED = 0.8  # confidence kept by a total put right from its subtotal, tax and cash rounding


def _choice(candidate: Candidate, confidence: float | None = None) -> Choice:
    return Choice(
        candidate.value,
        round(min(0.95, confidence if confidence is not None else candidate.confidence), 3),
        candidate.page,
        candidate.bbox,
        candidate.valid,
        candidate.line,
    )


def _best(candidates: list[Candidate], *, latest: bool = False) -> Candidate | None:
    """The most confident candidate; among equals the first in the document (or the latest value)."""
    if not candidates:
        return None
    if latest:
        return max(candidates, key=lambda c: (c.confidence, c.value, -c.line))
    return max(candidates, key=lambda c: (c.confidence, -c.line))


class _Rules:
    def __init__(self, analysis: Analysis, parties: Parties) -> None:
        self.analysis = analysis
        self.parties = parties
        self.order = parties.category == "purchase_order"
        self.by_field: dict[str, list[Candidate]] = {}
        for candidate in analysis.candidates:
            field = candidate.field
            if field == "order_date" and not self.order:
                continue  # an invoice's order date is not its date
            self.by_field.setdefault("invoice_date" if field == "order_date" else field, []).append(candidate)

    def of(self, *fields: str) -> list[Candidate]:
        return [candidate for field in dict.fromkeys(fields) for candidate in self.by_field.get(field, [])]

    def section(self, candidate: Candidate) -> str | None:
        """The party a value belongs to by its block; on an order, the buyer's (issuer's) outside any."""
        role = self.parties.role_at(candidate.line, candidate.bbox[0])
        if role is None and self.order and candidate.label not in ("customer_vat", "customer_iban"):
            return "customer"
        return role

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
        dues = [replace(c, confidence=c.confidence * 0.95) for c in self.of("amount_due")]
        paid = self.paid()
        totals = _top(self.of("total") + dues + ([paid] if paid else []))
        subtotals = _top(self.of("subtotal"))
        taxes = _top(self.of("tax_total"))
        best: tuple[float, Candidate | None, Candidate | None, Candidate | None] = (0.0, None, None, None)
        for total, sub, tax in product([*totals, None], [*subtotals, None], [*taxes, None]):
            score = _score(total, sub, tax)
            if score > best[0]:
                best = (score, total, sub, tax)
        score, total, sub, tax = best
        if total is not None:
            total = self.cash_rounded(total.value) or total
            summed = self.rounded_sum(total.value, sub.value if sub else None, tax.value if tax else None)
            if summed is not None:
                total = replace(total, value=summed, confidence=total.confidence * _SUMMED)
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
            chosen = {name: absolute(choice) for name, choice in chosen.items()}
        return chosen

    def paid(self) -> Candidate | None:
        """The total a receipt's payment lines imply: the amount tendered less the change given
        back, or all of it where no change is printed (an exact payment, a card); None without a
        tendered amount or with change that does not fit it."""
        tendered = _best(self.of("tendered"))
        if tendered is None:
            return None
        amount = Decimal(tendered.value)
        below = range(tendered.line, min(tendered.line + _CHANGE_LINES + 1, len(self.analysis.labels)))
        change = [c for c in self.of("change") if c.line in below]
        if change:
            amount -= Decimal(min(change, key=lambda c: c.line).value)
        elif any(label.field == "change" for line in below for label in self.analysis.labels[line]):
            return None  # change was given, but its amount is unreadable
        if amount <= 0:
            return None
        return replace(tendered, field="total", value=str(amount), label=None, confidence=_PAID)

    def cash_rounded(self, total: str) -> Candidate | None:
        """The total after a cash rounding of ``total``, where the document prints one below its
        rounding line; None where it does not, or where it prints a rounding of 0.00.

        The adjustment is a rounding label's amount under one coin step; an amount of a coin step
        or more by a rounding label ("Rounding  RM 13.60") is the rounded total itself.
        """
        roundings = self.of("rounding")
        if not roundings:
            return None
        adjustment = _best([c for c in roundings if abs(Decimal(c.value)) < _CASH_STEP])
        if adjustment is not None and Decimal(adjustment.value) == 0:
            return None
        step = abs(Decimal(adjustment.value)) if adjustment is not None else None
        unrounded = abs(Decimal(total))

        def rounded(value: Decimal) -> bool:
            # The printed adjustment, or (OCR misread it) any cash rounding to 0.05.
            gap = abs(abs(value) - unrounded)
            return gap == step or (0 < gap < _CASH_STEP and abs(value) % _CASH_STEP == 0)

        first = min(c.line for c in roundings)
        after = [c for c in self.of("total", "amount_due") if c.line > first]
        after += [c for c in roundings if abs(Decimal(c.value)) >= _CASH_STEP]
        after = [c for c in after if rounded(Decimal(c.value))]
        return min(after, key=lambda c: c.line) if after else None

    def rounded_sum(self, total: str, subtotal: str | None, tax: str | None) -> str | None:
        """The cash-rounded total that subtotal + tax + the printed rounding adjustment make, where
        the total read is no multiple of the coin step (so OCR misread a digit: "112.46" after
        "Rounding -0.02" on 106.10 + 6.37) and that sum is one, less than a coin step from it."""
        if subtotal is None or tax is None or Decimal(total) % _CASH_STEP == 0:
            return None
        adjustment = _best([c for c in self.of("rounding") if 0 < abs(Decimal(c.value)) < _CASH_STEP])
        if adjustment is None:
            return None
        step = Decimal(adjustment.value)
        unrounded = Decimal(subtotal) + Decimal(tax)
        for summed in (unrounded + step, unrounded - step):
            if summed % _CASH_STEP == 0 and abs(summed - Decimal(total)) < _CASH_STEP:
                return str(summed)
        return None

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
        # A value a customer's label claims ("BTW-nummer klant: GB406 2403 94") is not the supplier's,
        # even where nothing else names a supplier's one.
        claimed = {(c.line, c.start) for c in self.of(customer_label)}
        supplier = [
            c
            for c in self.of(labelled, loose)
            if self.section(c) != "customer"
            and (c.label or c.valid)
            and (c.label == labelled or (c.line, c.start) not in claimed)
        ]
        customer = self.of(customer_label) + [
            c for c in self.of(labelled, loose) if self.section(c) == "customer" and (c.label or c.valid)
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


def absolute(choice: Choice) -> Choice:
    """An amount without its minus sign (credit notes carry positive amounts)."""
    if choice.value.startswith("-"):
        return replace(choice, value=choice.value[1:])
    return choice


def with_cash_rounding(analysis: Analysis, parties: Parties, chosen: dict[str, Choice]) -> dict[str, Choice]:
    """``chosen`` with its total replaced by the cash-rounded total the document prints below a
    rounding line, whoever chose the unrounded one (the rules do this themselves; a learned pick
    may not), or by the one its subtotal, tax and rounding make where OCR misread the printed one."""
    total = chosen.get("total")
    if total is None:
        return chosen
    rules = _Rules(analysis, parties)
    found = rules.cash_rounded(total.value)  # a candidate's value: a decimal
    if found is not None:
        return {**chosen, "total": _choice(found, total.confidence)}
    parts = (chosen.get("subtotal"), chosen.get("tax_total"))
    summed = rules.rounded_sum(total.value, *(part.value if part else None for part in parts))
    if summed is not None:
        return {**chosen, "total": replace(total, value=summed, confidence=total.confidence * _SUMMED)}
    return chosen


def looks_like_credit_note(lines: list[TextLine]) -> bool:
    """Whether the document calls itself a credit note in its first lines."""
    return any(_CREDIT_NOTE.search(line.text) for line in lines[:20])


def choose_fields(
    analysis: Analysis, *, credit_note: bool, category: str | None = None, parties: Parties | None = None
) -> dict[str, Choice]:
    """The baseline's value for every header field it can find.

    On a purchase order the document's own number is the order number and its date the order date.
    """
    parties = parties or Parties(analysis, category)
    rules = _Rules(analysis, parties)
    chosen: dict[str, Choice] = {}
    number = rules.invoice_number()
    if number is not None and not rules.order:
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
    if rules.order and "po_number" not in chosen and number is not None:
        chosen["po_number"] = number
    chosen.update(parties.names())
    return chosen
