"""Payment reminder letters: letterhead, address, subject, a few paragraphs, the overdue invoice.

The wording comes from models.synth.wording (``letter.*``). The labelled fields describe the overdue
invoice (its number, date, due date and amount), as a
reminder's reader needs them; the letter's own date is not a field.
"""

from __future__ import annotations

from models.synth.formats import money_label
from models.synth.painter import LIGHT, MID
from models.synth.render_pdf import draw_brand
from models.synth.sheet import Sheet, page_end

_COLUMNS = {
    "en": ("Invoice", "Date", "Due", "Amount"),
    "nl": ("Factuur", "Datum", "Vervaldatum", "Bedrag"),
    "de": ("Rechnung", "Datum", "Fällig", "Betrag"),
    "fr": ("Facture", "Date", "Échéance", "Montant"),
}
_OPEN = {"en": "Outstanding", "nl": "Openstaand", "de": "Offener Betrag", "fr": "Reste dû"}


def draw_letter(s: Sheet) -> None:
    """Draw a payment reminder letter about the overdue invoice ``s.c.reference``."""
    c, p, rng, fmt = s.c, s.p, s.rng, s.fmt
    assert s.other is not None and c.due_date is not None and c.reference_date is not None and c.reference
    y, _, _ = draw_brand(s, s.m, details=rng.random() < 0.6)
    y += 20
    sender = " · ".join([s.issuer.name, *s.issuer.address.lines()])
    p.text(s.m, y, sender, size=6.5, color=MID)
    y += 14
    p.text(s.m, y, s.other.name, bold=True, field_name="customer_name")
    y += s.size + 3
    for line in s.other.address.lines():
        p.text(s.m, y, line)
        y += s.size + 2
    y += 16
    p.text(s.right, y, f"{s.issuer.address.city}, {fmt.date(c.issue_date)}", align="right")
    y += s.size + 14
    title = s.w("title.payment_reminder")
    p.text(s.m, y, f"{title} – {_COLUMNS[c.lang][0]} {c.reference}", bold=True, size=s.size + 1.5)
    y += s.size + 14
    values = {
        "ref": c.reference,
        "date": fmt.date(c.reference_date),
        "due": fmt.date(c.due_date),
        "amount": fmt.money(c.total),
        "days": rng.choice((7, 8, 10, 14)),
    }
    p.text(s.m, y, s.w("letter.greeting"))
    y += s.size + 8
    width = s.right - s.m
    y = p.paragraph(s.m, y, s.w("letter.opening", **values), width) + 6
    y = _invoice_table(s, y)
    y = p.paragraph(s.m, y, s.w("letter.request", **values), width) + 4
    if s.iban_in_payment or not s.iban_in_footer:
        y = s.iban_text(s.m, y + 2) + 6
    if c.reminder_level > 1:
        y = p.paragraph(s.m, y, s.w("letter.warning"), width) + 6
    y = p.paragraph(s.m, y, s.w("letter.ignore"), width) + 10
    p.text(s.m, y, s.w("letter.closing"))
    p.text(s.m, y + 30, s.issuer.name, color=MID)
    page_end(s, 0)


def _invoice_table(s: Sheet, y: float) -> float:
    c, p, fmt = s.c, s.p, s.fmt
    assert c.due_date is not None and c.reference_date is not None and c.reference
    heads = _COLUMNS[c.lang]
    xs = (s.m + 4, s.m + 150, s.m + 250, s.right - 4)
    if s.f.table in ("zebra", "shaded"):
        p.box(s.m, y - 3, s.right - s.m, s.size + 6, fill=LIGHT)
    for i, head in enumerate(heads):
        p.text(xs[i], y, head, bold=True, align="right" if i == 3 else "left")
    y += s.size + 6
    p.rule(s.m, y - 3, s.right, width=0.6)
    cells = (
        (c.reference, "invoice_number", c.reference),
        (fmt.date(c.reference_date), "invoice_date", c.reference_date.isoformat()),
        (fmt.date(c.due_date), "due_date", c.due_date.isoformat()),
        (fmt.money(c.total), "total", money_label(c.total)),
    )
    for i, (text, name, value) in enumerate(cells):
        p.text(xs[i], y, text, align="right" if i == 3 else "left", field_name=name, value=value)
    y += s.size + 6
    if s.f.table in ("ruled", "boxed"):
        p.rule(s.m, y - 3, s.right, width=0.6)
    if s.rng.random() < 0.5:
        p.text(xs[2], y, _OPEN[c.lang], bold=True)
        p.text(xs[3], y, fmt.money(c.total), bold=True, align="right")
        y += s.size + 6
    return y + 8
