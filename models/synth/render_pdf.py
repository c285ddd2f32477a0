"""Born-digital PDFs of invoices, credit notes, purchase orders and delivery notes (reportlab).

The layout family fixes where things sit; the document's wording and formats fix how they read.
Receipts and reminder letters have their own renderers; ``render`` dispatches to them. What the PDF
prints is what its labels say: every field is recorded as it is drawn.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from models.synth.content import Content
from models.synth.formats import print_vat
from models.synth.layouts import Family
from models.synth.painter import MID, Printed
from models.synth.parties import Company
from models.synth.render_table import draw_table, draw_totals
from models.synth.sheet import ATTN, DEPARTMENTS, Sheet, company_lines, draw_payment, initials, page_end

_NUMBER_KEY = {
    "invoice": "invoice_number",
    "credit_note": "credit_number",
    "purchase_order": "po_number",
    "delivery_note": "invoice_number",
}
_DN_NUMBER = {"en": "Delivery note no.", "nl": "Pakbonnummer", "de": "Lieferschein-Nr.", "fr": "N° de BL"}
_INTRO = {
    "en": "We invoice you for the following:",
    "nl": "Hierbij brengen wij u in rekening:",
    "de": "Wir erlauben uns, Ihnen Folgendes zu berechnen:",
    "fr": "Nous vous facturons les prestations suivantes :",
}
MetaItem = tuple[str, str, str | None, str | None]  # label, printed text, field, label value


@dataclass
class Rendered:
    """A rendered document: its bytes, what it printed, and its line labels."""

    data: bytes
    printed: Printed
    lines: list[dict[str, str]]


def render(content: Content, family: Family, rng: random.Random) -> Rendered:
    """Render ``content`` in ``family``'s layout as a PDF; the labels are what the PDF prints."""
    sheet = Sheet.create(content, family, rng)
    if content.doc_type == "receipt":
        from models.synth.render_receipt import draw_receipt

        draw_receipt(sheet)
    elif content.doc_type == "payment_reminder":
        from models.synth.render_letter import draw_letter

        draw_letter(sheet)
    else:
        _draw_document(sheet)
    data = sheet.p.finish()
    fields = sheet.p.printed.fields
    if sheet.fmt.currency_unambiguous and content.doc_type != "delivery_note":
        fields.setdefault("currency", content.currency)
    return Rendered(data, sheet.p.printed, sheet.lines)


def _number_label(s: Sheet) -> str:
    if s.c.doc_type == "delivery_note":
        return _DN_NUMBER[s.c.lang]
    return s.lab(_NUMBER_KEY[s.c.doc_type])


def _number_field(s: Sheet) -> tuple[str | None, str | None]:
    if s.c.doc_type == "delivery_note":
        return None, None
    return ("po_number" if s.c.doc_type == "purchase_order" else "invoice_number"), s.c.number


def draw_brand(s: Sheet, y: float, *, details: bool) -> tuple[float, float, float]:
    """The issuer's logo, name and (with ``details``) address at the family's header position.

    Returns the y below the brand, the x where a title on the opposite side should end or start,
    and the width the brand takes.
    """
    p, f, rng = s.p, s.f, s.rng
    name_size = f.size + rng.choice((4, 5, 6, 8))
    logo, shape = rng.random() < 0.7, rng.randrange(2)
    lines = company_lines(s.issuer, s.w, phone=rng.random() < 0.5) if details else []
    name_field = f"{s.issuer_role}_name"
    if f.header == "centre":
        if logo:
            p.logo(p.width / 2 - 17, y, initials(s.issuer.name), shape=shape)
            y += 40
        p.text(
            p.width / 2, y, s.issuer.name, size=name_size, bold=True, align="centre", field_name=name_field
        )
        y += name_size + 4
        if lines:
            p.text(p.width / 2, y, " · ".join(lines), size=f.size - 1.5, align="centre")
            y += f.size + 2
        return y + 8, p.width / 2, 0.0
    left = f.header == "left"
    x = s.m if left else s.right
    top = y
    if logo:
        p.logo(s.m if left else s.right - 34, y, initials(s.issuer.name), shape=shape)
        x += 44 if left else -44
    p.text(
        x,
        y + 4,
        s.issuer.name,
        size=name_size,
        bold=True,
        align="left" if left else "right",
        field_name=name_field,
    )
    y += name_size + 8
    for line in lines:
        p.text(x, y, line, size=f.size - 1, align="left" if left else "right")
        y += f.size + 1
    used = p.measure(s.issuer.name, name_size, bold=True) + (44 if logo else 0)
    used = max([used, *(p.measure(line, f.size - 1) for line in lines)])
    return max(y, top + 40), s.right if left else s.m, used


def _title(s: Sheet, x: float, y: float, align: str, room: float) -> float:
    size = s.size + s.rng.choice((7, 9, 11))
    title = s.w(f"title.{s.c.doc_type}")
    segments: list[tuple[str, bool]] = [(title, False)]
    if s.f.meta == "title":
        segments += [(f"  {_number_label(s)} ", False), (s.c.number, True)]
    total = sum(s.p.measure(text, size, bold=True) for text, _ in segments)
    if total > room:  # shrink to the room there is
        size, total = size * room / total, room
    cx = x - total if align == "right" else x - total / 2 if align == "centre" else x
    for i, (text, is_number) in enumerate(segments):
        name, value = _number_field(s) if is_number else (None, None)
        color = s.p.accent if i == 0 else None
        cx += s.p.text(cx, y, text, size=size, bold=True, color=color, field_name=name, value=value)
    return y + size + 6


def _header(s: Sheet, y: float) -> float:
    details = s.f.parties != "side" and s.rng.random() < 0.6
    below, title_x, used = draw_brand(s, y, details=details)
    inner = s.right - s.m
    if s.f.header == "centre":
        return _title(s, title_x, below, "centre", inner) + 10
    if s.f.meta == "title":  # "Invoice no. 123" as a heading under the letterhead
        return _title(s, s.m, below + 6, "left", inner) + 10
    end = _title(s, title_x, y, "right" if s.f.header == "left" else "left", max(inner - used - 24, 60.0))
    return max(below, end) + 14


def _meta_items(s: Sheet) -> list[MetaItem]:
    c, fmt, rng = s.c, s.fmt, s.rng
    order, delivery = c.doc_type == "purchase_order", c.doc_type == "delivery_note"
    items: list[MetaItem] = []
    if s.f.meta != "title":
        items.append((_number_label(s), c.number, *_number_field(s)))
    key = "order_date" if order else "doc_date" if delivery else "date"
    items.append(
        (s.lab(key), fmt.date(c.issue_date), None if delivery else "invoice_date", c.issue_date.isoformat())
    )
    if c.due_date is not None and c.payment_days > 0 and rng.random() < 0.7:
        items.append((s.lab("due_date"), fmt.date(c.due_date), "due_date", c.due_date.isoformat()))
    if c.delivery_date is not None and (order or delivery or rng.random() < 0.3):
        items.append((s.lab("delivery_date"), fmt.date(c.delivery_date), None, None))
    if rng.random() < 0.5:
        items.append(
            (s.lab("supplier_number" if order else "customer_number"), c.customer_number, None, None)
        )
    if c.po_number and not order and rng.random() < 0.9:
        items.append((s.lab("po_ref"), c.po_number, "po_number", c.po_number))
    if s.other is not None and not order and (c.reverse_charge or rng.random() < 0.15):
        items.append((s.lab("customer_vat"), print_vat(rng, s.other.vat), f"{s.other_role}_vat", s.other.vat))
    return items


def _party(
    s: Sheet, x: float, y: float, company: Company, role: str, label: str | None, *, details: bool
) -> float:
    p = s.p
    if label:
        p.text(x, y, label, size=s.size - 1, bold=True, color=p.accent)
        y += s.size + 3
    p.text(x, y, company.name, bold=True, field_name=f"{role}_name")
    y += s.size + 3
    if role == "customer" and s.rng.random() < 0.3:
        p.text(
            x,
            y,
            f"{ATTN[s.c.lang]} {s.rng.choice(DEPARTMENTS[s.c.lang])}",
        )
        y += s.size + 2
    for line in company.address.lines():
        p.text(x, y, line)
        y += s.size + 2
    if details:
        if s.show_vat and role == s.issuer_role:
            y = s.vat_text(x, y, company, role)
        p.text(x, y, f"{s.lab('email')}: {company.email}", size=s.size - 1)
        y += s.size + 2
    return y


def _meta_block(s: Sheet, x: float, y: float, items: list[MetaItem], *, framed: bool = False) -> float:
    p = s.p
    label_w = max(p.measure(label + ":") for label, *_ in items) + 8
    pad = 6.0 if framed else 0.0
    top = y
    y += pad
    for label, text, name, value in items:
        p.text(x + pad, y, label + ":")
        bold = name == "invoice_number"
        room = s.right - x - 2 * pad - label_w - 2
        size = min(s.size, s.size * room / p.measure(text, s.size, bold=bold))  # long values shrink to fit
        p.text(x + pad + label_w, y, text, size=size, bold=bold, field_name=name, value=value)
        y += s.size + 4
    if framed:
        p.box(x, top, s.right - x, y - top + 2, stroke=p.accent)
    return y + pad


def _meta_row(s: Sheet, y: float, items: list[MetaItem]) -> float:
    p = s.p
    cell = (s.right - s.m) / len(items)
    for i, (label, text, name, value) in enumerate(items):
        x = s.m + i * cell + 4
        p.text(x, y, label, size=s.size - 1.5, color=MID)
        size = s.size if p.measure(text, s.size, bold=True) < cell - 6 else s.size - 2
        p.text(x, y + s.size + 1, text, bold=True, size=size, field_name=name, value=value)
    p.rule(s.m, y + 2 * s.size + 6, s.right, width=0.4, color=MID)
    return y + 2 * s.size + 8


def _parties_and_meta(s: Sheet, y: float) -> float:
    p, f, rng = s.p, s.f, s.rng
    assert s.other is not None
    items = _meta_items(s)
    meta_x = p.width * rng.choice((0.55, 0.58, 0.62))
    doc_type = s.c.doc_type
    bill = s.lab(
        "supplier"
        if doc_type == "purchase_order"
        else "ship_to"
        if doc_type == "delivery_note"
        else "bill_to"
    )
    if f.parties == "window":
        sender = " · ".join([s.issuer.name, *s.issuer.address.lines()])
        size = min(6.5, 6.5 * (meta_x - s.m - 12) / p.measure(sender, 6.5))  # stay clear of the meta block
        p.text(s.m, y, sender, size=size)
        p.rule(s.m, y + 8, s.m + p.measure(sender, size), width=0.3)
        below = _party(s, s.m, y + 16, s.other, s.other_role, None, details=False)
    elif f.parties == "side":
        first, second = (s.m, p.width / 2) if rng.random() < 0.7 else (p.width / 2, s.m)
        own = s.lab("buyer" if doc_type == "purchase_order" else "from")
        end1 = _party(s, first, y, s.issuer, s.issuer_role, own, details=True)
        end2 = _party(s, second, y, s.other, s.other_role, bill, details=False)
        below = max(end1, end2) + 10
        if f.meta == "row":
            return _meta_row(s, below + 4, items) + 12
        x = meta_x if f.meta == "box" else s.m
        return _meta_block(s, x, below, items, framed=f.meta == "box") + 10
    else:
        below = _party(s, s.m, y, s.other, s.other_role, bill, details=False)
    if f.meta in ("right", "title", "box"):
        end = _meta_block(s, meta_x, y, items, framed=f.meta == "box")
        return max(below, end) + 14
    if f.meta == "left":
        return _meta_block(s, s.m, below + 10, items) + 10
    return _meta_row(s, below + 12, items) + 12


def _draw_document(s: Sheet) -> None:
    y = _header(s, s.m)
    y = _parties_and_meta(s, y)
    if s.c.doc_type == "credit_note" and s.c.reference:
        y = s.p.paragraph(s.m, y, s.w("credit_ref", ref=s.c.reference), s.right - s.m) + 6
    elif s.c.doc_type == "invoice" and s.f.meta == "title" and s.rng.random() < 0.5:
        y = s.p.paragraph(s.m, y, _INTRO[s.c.lang], s.right - s.m) + 4
    y = draw_table(s, y, page_end)
    if s.c.doc_type != "delivery_note":
        y = draw_totals(s, y)
    draw_payment(s, y)
    page_end(s, s.page_count - 1)
