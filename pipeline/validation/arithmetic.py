"""Do an invoice's amounts add up: lines to the subtotal, subtotal plus tax to the total.

Problems are keyed by the field they are reported on. Credit notes carry positive amounts as in
their EN 16931 XML (the category says they are credits) or negative ones, but never a mix.
"""

from __future__ import annotations

from decimal import Decimal

from pipeline.records import InvoiceData

TOLERANCE = Decimal("0.02")


def _close(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) <= TOLERANCE


def totals_agree(subtotal: Decimal, tax_total: Decimal, total: Decimal) -> bool:
    """Whether subtotal + tax equals the total within 0.02."""
    return _close(subtotal + tax_total, total)


def check_arithmetic(
    invoice: InvoiceData, *, credit_note: bool = False, lines_total: Decimal | None = None
) -> dict[str, str]:
    """Problems with the sums, keyed by field name (``total``, ``subtotal``, ``line_total``).

    ``lines_total`` is the printed (or XML) sum of the line amounts where the document has one; the
    lines are checked against it, else against the subtotal (which can differ from the lines by
    document-level charges and allowances, so only a document without such a sum is held to it).
    """
    problems: dict[str, str] = {}
    sub, tax, total = invoice.subtotal, invoice.tax_total, invoice.total
    if sub is not None and tax is not None and total is not None and not totals_agree(sub, tax, total):
        problems["total"] = f"subtotal {sub} + tax {tax} = {sub + tax}, but the total is {total}"
    elif sub is not None and tax is None and total is not None and total >= 0 and sub > total + TOLERANCE:
        problems["total"] = f"the subtotal {sub} is larger than the total {total}"
    amounts = [line.amount for line in invoice.lines]
    if amounts and all(amount is not None for amount in amounts):
        line_sum = sum((amount for amount in amounts if amount is not None), Decimal(0))
        target, name = (lines_total, "line_total") if lines_total is not None else (sub, "subtotal")
        if target is not None and not _close(line_sum, target):
            problems[name] = f"the {len(amounts)} lines sum to {line_sum}, not {target}"
    if credit_note:
        signs = {value > 0 for value in (sub, tax, total) if value is not None and value != 0}
        if len(signs) > 1:
            problems.setdefault("total", "credit note amounts mix positive and negative values")
    return problems
