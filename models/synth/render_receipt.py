"""Till receipts on 58 mm and 80 mm rolls (and A5 slips): shop header, items, total, payment, VAT table.

Receipt lines are gross (VAT included), as shops print them; the VAT table gives net and tax per rate.
The page is as long as the receipt.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from models.synth.formats import money_label, price_label, print_vat, rate_label
from models.synth.painter import PAGE_SIZES
from models.synth.sheet import Sheet

_TAX_HEAD = {
    "en": ("Rate", "Net", "VAT", "Gross"),
    "nl": ("Tarief", "Excl.", "BTW", "Incl."),
    "de": ("Satz", "Netto", "MwSt.", "Brutto"),
    "fr": ("Taux", "HT", "TVA", "TTC"),
}
_SUM = {"en": "Total", "nl": "Totaal", "de": "Summe", "fr": "Total"}
Field = tuple[str, str] | None


@dataclass
class _Row:
    """One printed row: left text, right-aligned text, or several (x fraction, text, field) cells."""

    left: str = ""
    lead: str = ""  # printed just before ``left``, outside its field box
    right: str = ""
    centre: bool = False
    bold: bool = False
    scale: float = 1.0
    left_field: Field = None
    right_field: Field = None
    cells: tuple[tuple[float, str, Field], ...] = ()
    rule: bool = False


def _header(s: Sheet, rows: list[_Row]) -> None:
    centre = s.f.header == "centre"
    shop = s.issuer
    rows.append(
        _Row(shop.name, centre=centre, bold=True, scale=1.35, left_field=("supplier_name", shop.name))
    )
    for line in shop.address.lines():
        rows.append(_Row(line, centre=centre))
    if s.rng.random() < 0.6:
        rows.append(_Row(f"{s.lab('phone')} {shop.phone}", centre=centre))
    if s.show_vat:
        label = s.lab("vat_id")
        rows.append(
            _Row(
                print_vat(s.rng, shop.vat),
                lead=f"{label} ",
                centre=centre,
                left_field=("supplier_vat", shop.vat),
            )
        )
    rows.append(_Row(rule=True))
    title = s.w("title.receipt")
    if s.rng.random() < 0.5:
        rows.append(_Row(title, centre=True, bold=True))
    c = s.c
    date_text = s.fmt.date(c.issue_date)
    rows.append(_Row(date_text, right=c.time, left_field=("invoice_date", c.issue_date.isoformat())))
    if s.rng.random() < 0.6:
        rows.append(_Row(f"{s.lab('cashier')} {s.rng.randint(1, 9)}"))
    if s.rng.random() < 0.85:
        rows.append(
            _Row(c.number, lead=f"{s.lab('receipt_number')} ", left_field=("invoice_number", c.number))
        )
    rows.append(_Row(rule=True))


def _items(s: Sheet, rows: list[_Row]) -> None:
    style, cols = s.f.table, s.f.columns
    width_chars = s.p.width - 2 * s.m - s.p.measure("00000,00")
    for line in s.c.lines:
        label = {"description": line.description, "amount": money_label(line.amount)}
        amount = s.fmt.amount(line.amount)
        places = 3 if line.unit_price != line.unit_price.quantize(Decimal("0.01")) else 2
        qty, price = s.fmt.quantity(line.quantity), s.fmt.amount(line.unit_price, places)
        desc_lines = s.p.wrap(line.description, width_chars)
        if style == "columns":
            cells: list[tuple[float, str, Field]] = []
            for col in cols:
                position = {
                    "qty": 0.0 if cols[0] == "qty" else 0.56,
                    "desc": 0.17 if cols[0] == "qty" else 0.0,
                    "price": 0.78,
                    "amount": 1.0,
                }[col]
                text = {"qty": qty, "desc": desc_lines[0][:22], "price": price, "amount": amount}[col]
                cells.append((position, text, None))
            rows.append(_Row(cells=tuple(cells)))
            label["quantity"] = rate_label(line.quantity)
            if "price" in cols:
                label["unit_price"] = price_label(line.unit_price)
            if len(desc_lines[0]) > 22 or len(desc_lines) > 1:
                label["description"] = desc_lines[0][:22]
        elif style == "two-line" and (line.quantity != 1 or s.rng.random() < 0.4):
            for text in desc_lines:
                rows.append(_Row(text))
            rows.append(_Row(f"   {qty} x {price}", right=amount))
            label["quantity"] = rate_label(line.quantity)
            label["unit_price"] = price_label(line.unit_price)
        else:
            prefix = f"{qty} x " if line.quantity != 1 else ""
            texts = s.p.wrap(prefix + line.description, width_chars)
            for text in texts[:-1]:
                rows.append(_Row(text))
            rows.append(_Row(texts[-1], right=amount))
            if prefix:
                label["quantity"] = rate_label(line.quantity)
        s.lines.append(label)


def _totals(s: Sheet, rows: list[_Row]) -> None:
    c, w, fmt = s.c, s.w, s.fmt
    rows.append(_Row(rule=True))
    rows.append(
        _Row(
            s.lab("total"),
            right=fmt.money(c.total),
            bold=True,
            scale=1.3,
            right_field=("total", money_label(c.total)),
        )
    )
    if c.paid_by == "cash" and c.tendered is not None:
        rows.append(_Row(s.lab("cash"), right=fmt.amount(c.tendered)))
        rows.append(_Row(w("change"), right=fmt.amount(c.tendered - c.total)))
    else:
        rows.append(_Row(s.lab("card"), right=fmt.amount(c.total)))
        if s.rng.random() < 0.5:
            rows.append(_Row(f"**** **** **** {s.rng.randint(1000, 9999)}"))
    if s.rng.random() < 0.85 or len(c.taxes) > 1:
        head = _TAX_HEAD[c.lang]
        rows.append(
            _Row(
                cells=(
                    (0.0, head[0], None),
                    (0.45, head[1], None),
                    (0.72, head[2], None),
                    (1.0, head[3], None),
                )
            )
        )
        single = len(c.taxes) == 1
        for rate, base, tax in c.taxes:
            net_field: Field = ("subtotal", money_label(base)) if single else None
            tax_field: Field = ("tax_total", money_label(tax)) if single else None
            rows.append(
                _Row(
                    cells=(
                        (0.0, fmt.percent(rate), None),
                        (0.45, fmt.amount(base), net_field),
                        (0.72, fmt.amount(tax), tax_field),
                        (1.0, fmt.amount(base + tax), None),
                    )
                )
            )
        if not single:
            total_tax = sum((t for _, _, t in c.taxes), Decimal(0))
            rows.append(
                _Row(
                    cells=(
                        (0.0, _SUM[c.lang], None),
                        (0.45, fmt.amount(c.subtotal), ("subtotal", money_label(c.subtotal))),
                        (0.72, fmt.amount(total_tax), ("tax_total", money_label(total_tax))),
                        (1.0, fmt.amount(c.total), None),
                    )
                )
            )
    rows.append(_Row(rule=True))
    rows.append(_Row(w("visit"), centre=True))
    if s.rng.random() < 0.4:
        rows.append(_Row(s.issuer.website, centre=True))


def draw_receipt(s: Sheet) -> None:
    """Draw a till receipt for ``s.c`` on a page as long as the receipt."""
    rows: list[_Row] = []
    _header(s, rows)
    _items(s, rows)
    _totals(s, rows)
    p, size = s.p, s.size
    height = sum(size * r.scale * 1.35 for r in rows) + 2 * s.m
    if s.f.page.startswith("r"):
        p.set_height(max(height, 160.0))
    else:
        p.set_height(max(height, PAGE_SIZES[s.f.page][1]))
    y = s.m
    inner = s.right - s.m
    for row in rows:
        rsize = size * row.scale
        # Shrink a row that would not fit the roll (or whose two halves would collide).
        need = p.measure(row.lead + row.left, rsize, row.bold) + (
            p.measure(row.right, rsize, row.bold) + 8 if row.right else 0
        )
        if need > inner:
            rsize *= inner / need
        if row.rule:
            p.text(s.m, y, "-" * int(inner / p.measure("-")), size=size)
        elif row.cells:
            for frac, text, fld in row.cells:
                align = "left" if frac < 0.3 else "right"
                x = s.m + frac * inner
                p.text(
                    x,
                    y,
                    text,
                    size=rsize,
                    align=align,
                    field_name=fld[0] if fld else None,
                    value=fld[1] if fld else None,
                )
        else:
            if row.left:
                width = p.measure(row.lead + row.left, rsize, row.bold)
                x = (p.width - width) / 2 if row.centre else s.m
                if row.lead:
                    x += p.text(x, y, row.lead, size=rsize, bold=row.bold)
                p.text(
                    x,
                    y,
                    row.left,
                    size=rsize,
                    bold=row.bold,
                    field_name=row.left_field[0] if row.left_field else None,
                    value=row.left_field[1] if row.left_field else None,
                )
            if row.right:
                p.text(
                    s.right,
                    y,
                    row.right,
                    size=rsize,
                    bold=row.bold,
                    align="right",
                    field_name=row.right_field[0] if row.right_field else None,
                    value=row.right_field[1] if row.right_field else None,
                )
        y += rsize * 1.35
