"""The line-item table (paginated over as many pages as it needs) and the totals block."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.colors import white

from models.synth.formats import money_label, rate_label
from models.synth.painter import LIGHT, MID
from models.synth.sheet import Sheet, footer_height, payment_height

_WIDTH = {"pos": 24.0, "code": 52.0, "qty": 42.0, "price": 64.0, "rate": 40.0, "amount": 70.0}
_LABEL = {
    "pos": "position",
    "code": "article",
    "desc": "description",
    "qty": "quantity",
    "price": "unit_price",
    "rate": "rate",
    "amount": "amount",
}
_TAX_TOTAL = {"en": "Total VAT", "nl": "Totaal btw", "de": "Summe MwSt.", "fr": "Total TVA"}
Column = tuple[str, float, str]


def columns(s: Sheet) -> list[Column]:
    """(column, width, header label) of the family's table, the description taking what is left."""
    cols = list(s.f.columns)
    scale = 0.8 if s.p.width < 450 else 1.0
    fixed = sum(_WIDTH[c] * scale for c in cols if c != "desc")
    out = []
    for col in cols:
        key = "delivered_qty" if s.c.doc_type == "delivery_note" and col == "qty" else _LABEL[col]
        width = s.right - s.m - fixed if col == "desc" else _WIDTH[col] * scale
        out.append((col, width, s.lab(key)))
    return out


def _desc_width(cols: list[Column]) -> float:
    return next(w for c, w, _ in cols if c == "desc")


def _row_height(s: Sheet, index: int, desc_width: float) -> float:
    return len(s.p.wrap(s.c.lines[index].description, desc_width - 6)) * (s.size + 2) + 6


def _header(s: Sheet, y: float, cols: list[Column]) -> float:
    p, style = s.p, s.f.table
    h = s.size + 8
    if style in ("zebra", "shaded"):
        p.box(s.m, y, s.right - s.m, h, fill=p.accent if style == "zebra" else LIGHT)
    x = s.m
    for col, width, label in cols:
        align = "left" if col in ("desc", "code", "pos") else "right"
        tx = x + 3 if align == "left" else x + width - 3
        size = min(
            s.size - 0.5, (s.size - 0.5) * (width - 6) / max(p.measure(label, s.size - 0.5, bold=True), 1.0)
        )
        p.text(tx, y + 4, label, bold=True, size=size, align=align, color=white if style == "zebra" else None)
        x += width
    if style in ("ruled", "plain", "boxed"):
        p.rule(
            s.m,
            y + h,
            s.right,
            width=1.0 if style == "ruled" else 0.6,
            color=p.accent if style == "ruled" else None,
        )
    return y + h + 2


def _row(s: Sheet, y: float, index: int, cols: list[Column]) -> float:
    p, line = s.p, s.c.lines[index]
    h = _row_height(s, index, _desc_width(cols))
    if s.f.table == "zebra" and index % 2 == 1:
        p.box(s.m, y - 2, s.right - s.m, h, fill=LIGHT)
    cells = {
        "pos": str(index + 1),
        "code": line.code,
        "qty": s.fmt.quantity(line.quantity),
        "price": s.fmt.amount(line.unit_price),
        "rate": s.fmt.percent(line.tax_rate),
        "amount": s.money(line.amount, bare=True),
    }
    x = s.m
    for col, width, _ in cols:
        if col == "desc":
            for i, text in enumerate(p.wrap(line.description, width - 6)):
                p.text(x + 3, y + 1 + i * (s.size + 2), text)
        elif col in ("code", "pos"):
            p.text(x + 3, y + 1, cells[col])
        else:
            p.text(x + width - 3, y + 1, cells[col], align="right")
        x += width
    shown = {c for c, _, _ in cols}
    label = {"description": line.description}
    for col, key, value in (
        ("qty", "quantity", rate_label(line.quantity)),
        ("price", "unit_price", money_label(line.unit_price)),
        ("amount", "amount", money_label(line.amount)),
        ("rate", "tax_rate", rate_label(line.tax_rate)),
    ):
        if col in shown:
            label[key] = value
    s.lines.append(label)
    if s.f.table in ("ruled", "boxed"):
        p.rule(s.m, y + h - 2, s.right, width=0.3, color=MID)
    return y + h


def paginate(s: Sheet, y: float, cols: list[Column], closing: float) -> list[list[int]]:
    """Row indexes per page: rows fill pages from ``y`` down; the last page keeps ``closing`` free."""
    heights = [_row_height(s, i, _desc_width(cols)) for i in range(len(s.c.lines))]
    bottom = s.p.height - s.m - footer_height(s.f.footer) - 14
    header = s.size + 10
    pages: list[list[int]] = [[]]
    space = bottom - y - header
    for i, h in enumerate(heights):
        if h > space:
            pages.append([])
            space = bottom - s.m - 2 * header
        pages[-1].append(i)
        space -= h
    if space < closing:
        pages.append([])
    return pages


def draw_table(s: Sheet, y: float, page_end: Callable[[Sheet, int], None]) -> float:
    """Draw the table, over several pages where needed; returns the y below it on the last page."""
    cols = columns(s)
    closing = payment_height(s) + (
        0 if s.c.doc_type == "delivery_note" else (4 + len(s.c.taxes)) * (s.size + 6)
    )
    pages = paginate(s, y, cols, closing)
    s.page_count = len(pages)
    for number, rows in enumerate(pages):
        if number > 0:
            page_end(s, number - 1)
            s.p.new_page()
            y = s.m
            s.p.text(s.m, y, f"{s.w(f'title.{s.c.doc_type}')} {s.c.number}", size=s.size - 1, color=MID)
            y += s.size + 8
        if not rows:
            continue
        top = y
        y = _header(s, y, cols)
        for i in rows:
            y = _row(s, y, i, cols)
        if s.f.table == "boxed":
            s.p.box(s.m, top, s.right - s.m, y - top, stroke=s.p.accent)
        elif s.f.table == "plain":
            s.p.rule(s.m, y, s.right, width=0.6)
    return y + 10


def draw_totals(s: Sheet, y: float) -> float:
    """Subtotal, VAT per rate (and their sum where there are several), total; returns the y below."""
    c, p, rng, fmt = s.c, s.p, s.rng, s.fmt
    rows: list[tuple[str, str, str | None, str | None]] = [
        (s.lab("subtotal"), s.money(c.subtotal), "subtotal", money_label(c.subtotal))
    ]
    several = len(c.taxes) > 1
    tax_name = s.w.tax(c.supplier.country)
    for rate, base, tax in c.taxes:
        label = f"{tax_name} {fmt.percent(rate)}"
        if several or rng.random() < 0.3:
            label += f" ({fmt.amount(base)})"
        rows.append((label, s.money(tax), None if several else "tax_total", money_label(tax)))
    if several and rng.random() < 0.6:
        rows.append((_TAX_TOTAL[c.lang], s.money(c.tax_total), "tax_total", money_label(c.tax_total)))
    key = {"credit_note": "credit_total", "purchase_order": "po_total"}.get(c.doc_type, "total")
    rows.append((s.lab(key), s.money(c.total), "total", money_label(c.total)))
    style = s.f.totals
    if style == "full":
        x0, x1 = s.m, s.right
    elif style == "left":
        x0, x1 = s.m, s.m + 250
    else:
        x0, x1 = s.right - 250, s.right
    top = y
    for i, (label, text, name, value) in enumerate(rows):
        last = i == len(rows) - 1
        size = s.size + 1.5 if last else s.size
        if last:
            p.rule(x0, y - 2, x1, width=0.8)
            y += 2
        p.text(x0 + 4, y, label, size=size, bold=last)
        p.text(x1 - 4, y, text, size=size, bold=last, align="right", field_name=name, value=value)
        y += size + 5
    if style == "boxed":
        p.box(x0, top - 4, x1 - x0, y - top + 4, stroke=p.accent, line=0.8)
    return y + 12
