"""The business facts of one synthetic document: parties, numbers, dates, lines and amounts.

Amounts follow EN 16931: line amount = quantity x unit price (rounded to cents), the subtotal is the
sum of the lines, VAT is computed per rate on its base and rounded, total = subtotal + VAT. Credit
notes carry positive amounts. Receipts list gross (VAT-inclusive) lines, as shops print them: there
the lines sum to the total and ``gross_lines`` is set.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from models.synth import catalogue
from models.synth.parties import CURRENCY_OF, TAX_RATES, Company, make_company, pick_country

CENT = Decimal("0.01")


def cents(value: Decimal) -> Decimal:
    """``value`` rounded half-up to cents."""
    return value.quantize(CENT, ROUND_HALF_UP)


@dataclass
class Line:
    """One line of a document's table."""

    description: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    tax_rate: Decimal
    code: str = ""


@dataclass
class Content:
    """Everything a document states, before it is laid out and printed."""

    doc_type: str
    lang: str
    number: str
    issue_date: date
    supplier: Company
    customer: Company | None
    currency: str
    lines: list[Line]
    subtotal: Decimal
    tax_total: Decimal
    total: Decimal
    taxes: list[tuple[Decimal, Decimal, Decimal]]  # (rate, base, tax) per rate
    due_date: date | None = None
    delivery_date: date | None = None
    po_number: str | None = None  # the buyer's order reference; a purchase order's own number
    customer_number: str = ""
    reference: str | None = None  # credit note: the invoice it corrects; reminder: the overdue invoice
    reference_date: date | None = None  # reminder: date of the overdue invoice
    reminder_level: int = 1
    payment_days: int = 30
    reverse_charge: bool = False
    gross_lines: bool = False
    shop_kind: str = ""
    paid_by: str = ""  # receipts: "cash" or "card"
    tendered: Decimal | None = None
    time: str = ""

    @property
    def category(self) -> str:
        """The category label of this document (a delivery note is ``other``)."""
        return "other" if self.doc_type == "delivery_note" else self.doc_type


def _number(rng: random.Random, doc_type: str, day: date) -> str:
    n = rng.randint(1, 99999)
    y, yy = day.year, day.year % 100
    patterns = {
        "invoice": (
            f"INV-{y}-{n:05d}",
            f"{y}{n:05d}",
            f"F{y}-{n:04d}",
            f"RE-{n + 10000}",
            f"{y}/{n:04d}",
            f"FA{yy:02d}{day.month:02d}-{n % 1000:03d}",
            str(n + 100000),
            f"{yy:02d}-{n:05d}",
            f"R{y}{n:06d}",
            f"SI-{n:06d}",
        ),
        "credit_note": (
            f"CN-{y}-{n:04d}",
            f"CR{n + 1000}",
            f"G-{y}-{n:04d}",
            f"AV{yy:02d}-{n:05d}",
            f"C{y}{n:05d}",
            f"GS{n:06d}",
        ),
        "purchase_order": (
            f"PO-{n + 10000}",
            f"45{rng.randint(0, 99999999):08d}",
            f"BST-{y}-{n:04d}",
            f"BC{y}{n:05d}",
            f"IO-{yy:02d}{n:05d}",
            f"P{n:06d}",
        ),
        "receipt": (str(n), f"{rng.randint(1, 20):04d}-{n:06d}", f"{n:06d}"),
        "delivery_note": (f"DN-{n + 10000}", f"LS{y}-{n:05d}", f"PB{n:06d}", f"BL-{y}-{n:04d}"),
    }
    return rng.choice(patterns["invoice" if doc_type == "payment_reminder" else doc_type])


def _random_date(rng: random.Random) -> date:
    return date(2022, 1, 3) + timedelta(days=rng.randint(0, 4 * 365))


def _taxes(lines: list[Line], gross: bool) -> list[tuple[Decimal, Decimal, Decimal]]:
    rates = sorted({line.tax_rate for line in lines}, reverse=True)
    out = []
    for rate in rates:
        base = sum((line.amount for line in lines if line.tax_rate == rate), Decimal(0))
        tax = cents(base * rate / (100 + rate)) if gross else cents(base * rate / 100)
        out.append((rate, base - tax if gross else base, tax))
    return out


def _b2b_lines(rng: random.Random, lang: str, country: str, reverse: bool) -> list[Line]:
    count = rng.choice((1, 1, 2, 2, 3, 3, 4, 5, 6, 8)) if rng.random() > 0.05 else rng.randint(18, 34)
    rates = [Decimal(r) for r in TAX_RATES[country]]
    single = rng.random() < 0.7
    items = rng.sample(catalogue.B2B_ITEMS, min(count, len(catalogue.B2B_ITEMS)))
    while len(items) < count:
        items.append(rng.choice(catalogue.B2B_ITEMS))
    lines = []
    for item in items:
        qty = catalogue.quantity_for(rng, item)
        price = item.price(rng)
        rate = Decimal(0) if reverse else (rates[0] if single else rng.choice(rates))
        code = f"{rng.choice('ABCDEHKMPRSTW')}{rng.randint(100, 99999)}" if rng.random() < 0.5 else ""
        lines.append(Line(item.name(lang), qty, price, cents(qty * price), rate, code))
    return lines


def _receipt_lines(rng: random.Random, lang: str, country: str, shop: str) -> list[Line]:
    rates = [Decimal(r) for r in TAX_RATES[country]]
    reduced = rates[-1] if shop in ("cafe", "grocery", "restaurant") else rates[0]
    lines = []
    for item in rng.sample(
        catalogue.SHOP_ITEMS[shop], rng.randint(1, min(6, len(catalogue.SHOP_ITEMS[shop])))
    ):
        if item.unit == "l":  # litres of fuel at a pump price with three decimals
            qty = Decimal(rng.randint(1500, 6500)) / 100
            price = Decimal(rng.randint(int(item.low * 1000), int(item.high * 1000))) / 1000
        else:
            qty, price = Decimal(rng.choice((1, 1, 1, 2, 2, 3))), item.price(rng)
        rate = reduced if shop in ("grocery", "cafe") and rng.random() < 0.7 else rates[0]
        lines.append(Line(item.name(lang), qty, price, cents(qty * price), rate))
    return lines


def make_content(rng: random.Random, doc_type: str, lang: str) -> Content:
    """The facts of one document written in ``lang``; ``doc_type`` is invoice, credit_note, receipt,
    purchase_order, payment_reminder or delivery_note (labelled category "other")."""
    country = pick_country(rng, lang)
    supplier = make_company(rng, country, lang)
    issue = _random_date(rng)
    currency = CURRENCY_OF[country]
    if rng.random() < 0.12:
        currency = rng.choice([c for c in ("EUR", "GBP", "USD", "CHF") if c != currency])
    if doc_type == "receipt":
        shop = rng.choice(catalogue.SHOP_KINDS)
        supplier = replace(supplier, name=catalogue.shop_name(rng, shop, lang, supplier.name))
        lines = _receipt_lines(rng, lang, country, shop)
        taxes = _taxes(lines, gross=True)
        total = sum((line.amount for line in lines), Decimal(0))
        tax_total = sum((t for _, _, t in taxes), Decimal(0))
        paid_by = rng.choice(("cash", "card", "card"))
        notes = [Decimal(n) for n in (5, 10, 20, 50, 100, 200)]
        tendered = next((n for n in notes if n >= total), total) if paid_by == "cash" else None
        return Content(
            doc_type,
            lang,
            _number(rng, doc_type, issue),
            issue,
            supplier,
            None,
            CURRENCY_OF[country],
            lines,
            total - tax_total,
            tax_total,
            total,
            taxes,
            gross_lines=True,
            shop_kind=shop,
            paid_by=paid_by,
            tendered=tendered,
            time=f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}",
        )
    customer_country = (
        country if rng.random() < 0.8 else pick_country(rng, rng.choice(("en", "nl", "de", "fr")))
    )
    customer = make_company(rng, customer_country, lang)
    reverse = (
        customer_country != country and country != "CH" and customer_country != "CH" and rng.random() < 0.6
    )
    lines = _b2b_lines(rng, lang, country, reverse)
    taxes = _taxes(lines, gross=False)
    subtotal = sum((line.amount for line in lines), Decimal(0))
    tax_total = sum((t for _, _, t in taxes), Decimal(0))
    days = rng.choice((0, 7, 10, 14, 14, 30, 30, 30, 45, 60))
    content = Content(
        doc_type,
        lang,
        _number(rng, doc_type, issue),
        issue,
        supplier,
        customer,
        currency,
        lines,
        subtotal,
        tax_total,
        subtotal + tax_total,
        taxes,
        due_date=issue + timedelta(days=days) if doc_type in ("invoice", "payment_reminder") else None,
        delivery_date=issue - timedelta(days=rng.randint(0, 12)),
        customer_number=f"{rng.choice(('', 'K', 'C', 'D', '1'))}{rng.randint(1000, 99999)}",
        payment_days=days,
        reverse_charge=reverse,
    )
    if doc_type in ("invoice", "credit_note", "delivery_note") and rng.random() < 0.45:
        content.po_number = _number(rng, "purchase_order", issue)
    if doc_type == "purchase_order":
        content.po_number = content.number
        content.delivery_date = issue + timedelta(days=rng.randint(3, 30))
    if doc_type == "credit_note":
        content.reference = _number(rng, "invoice", issue - timedelta(days=rng.randint(5, 60)))
    if doc_type == "payment_reminder":
        # The letter is dated after the overdue invoice's due date; the fields describe that invoice.
        content.reference = content.number
        content.reference_date = issue
        content.due_date = issue + timedelta(days=max(days, 7))
        content.payment_days = max(days, 7)
        content.reminder_level = rng.choice((1, 1, 2, 3))
        content.issue_date = content.due_date + timedelta(days=rng.randint(7, 45))
    return content
