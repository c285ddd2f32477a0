"""The state shared by the renderers of one document, and the blocks they have in common.

A ``Sheet`` holds the content, layout family, wording, formats and painter of one document; the
block functions here (company footer, payment block, page footer) draw on it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal

from models.synth.content import Content
from models.synth.formats import Formats, choose_formats, print_iban, print_vat
from models.synth.layouts import Family
from models.synth.painter import MID, PAGE_SIZES, Painter
from models.synth.parties import Company
from models.synth.wording import Wording

ATTN = {"en": "Attn.", "nl": "T.a.v.", "de": "z. Hd.", "fr": "À l'att. de"}
DEPARTMENTS = {
    "en": ("Accounts Payable", "Finance"),
    "nl": ("Crediteurenadministratie", "Financiën"),
    "de": ("Buchhaltung", "Kreditorenbuchhaltung"),
    "fr": ("Comptabilité fournisseurs", "Service financier"),
}


@dataclass
class Sheet:
    """One document being drawn: what it says, how it looks, and what it has printed so far."""

    c: Content
    f: Family
    rng: random.Random
    w: Wording
    fmt: Formats
    p: Painter
    m: float
    issuer: Company
    other: Company | None
    issuer_role: str  # "supplier", or "customer" on a purchase order (the buyer issues it)
    other_role: str
    negative: bool = False  # credit note printed with minus signs (labels stay positive)
    show_vat: bool = True
    iban_in_footer: bool = False
    iban_in_payment: bool = False
    page_count: int = 1
    lines: list[dict[str, str]] = field(default_factory=list)

    @classmethod
    def create(cls, content: Content, family: Family, rng: random.Random) -> Sheet:
        """Pick wording, formats and per-document options for ``content`` in ``family``."""
        order = content.doc_type == "purchase_order"
        issuer = content.customer if order and content.customer else content.supplier
        other = content.supplier if order else content.customer
        margin = {"A5": 30.0, "r80": 12.0, "r58": 12.0}.get(family.page) or float(rng.choice((40, 46, 52)))
        sheet = cls(
            c=content,
            f=family,
            rng=rng,
            w=Wording(content.lang, rng),
            fmt=choose_formats(rng, content.lang, content.supplier.country, content.currency),
            p=Painter(family.font, family.size, PAGE_SIZES[family.page], family.accent),
            m=margin,
            issuer=issuer,
            other=other,
            issuer_role="customer" if order else "supplier",
            other_role="supplier" if order else "customer",
        )
        sheet.negative = content.doc_type == "credit_note" and rng.random() < 0.25
        plain = content.doc_type in ("purchase_order", "delivery_note")
        sheet.show_vat = rng.random() < (0.55 if plain else 0.93)
        if content.doc_type in ("invoice", "credit_note", "payment_reminder") and rng.random() < 0.9:
            sheet.iban_in_footer = family.footer != "none" and rng.random() < 0.6
            sheet.iban_in_payment = not sheet.iban_in_footer or rng.random() < 0.4
        return sheet

    @property
    def right(self) -> float:
        """The x of the right margin."""
        return self.p.width - self.m

    @property
    def size(self) -> float:
        """The base font size."""
        return self.f.size

    def lab(self, key: str, **values: object) -> str:
        """The label ``key`` in this document's wording (upper case where the family prints so)."""
        text = self.w(key, **values)
        return text.upper() if self.f.upper_labels and not values else text

    def money(self, value: Decimal, *, bare: bool = False) -> str:
        """An amount as printed (negative on credit notes that print minus signs)."""
        return self.fmt.money(-value if self.negative else value, bare=bare)

    def vat_text(
        self,
        x: float,
        y: float,
        company: Company,
        role: str,
        *,
        size: float | None = None,
        align: str = "left",
    ) -> float:
        """``VAT no.: XX...`` with the number recorded as ``{role}_vat``; returns the y below it."""
        label = f"{self.lab('vat_id')}: "
        number = print_vat(self.rng, company.vat)
        if align == "right":
            x -= self.p.measure(label + number, size)
        width = self.p.text(x, y, label, size=size)
        self.p.text(x + width, y, number, size=size, field_name=f"{role}_vat", value=company.vat)
        return y + (size or self.size) + 2

    def iban_text(self, x: float, y: float, *, size: float | None = None) -> float:
        """``IBAN ... BIC ...`` of the issuer, recorded as ``supplier_iban``; returns the y below."""
        iban_label = f"{self.lab('iban')}: "
        width = self.p.text(x, y, iban_label, size=size)
        iban = print_iban(self.rng, self.issuer.iban)
        width += self.p.text(
            x + width, y, iban, size=size, field_name="supplier_iban", value=self.issuer.iban
        )
        self.p.text(x + width, y, f"   {self.lab('bic')}: {self.issuer.bic}", size=size)
        return y + (size or self.size) + 2


def initials(name: str) -> str:
    """Up to two capital initials of a company name (for the logo)."""
    letters = [w[0] for w in name.split() if w[:1].isalpha() and w[:1].isupper()]
    return "".join(letters[:2]) or name[:2].upper()


def company_lines(company: Company, w: Wording, *, phone: bool) -> list[str]:
    """The address (and phone) of a company as one-line fragments."""
    out = company.address.lines()
    if phone:
        out.append(f"{w('phone')} {company.phone}")
    return out


def footer_height(style: str) -> float:
    """The room a company footer of ``style`` takes at the bottom of a page."""
    return {"columns": 46.0, "line": 22.0}.get(style, 0.0)


def draw_footer(s: Sheet, *, show_vat: bool) -> None:
    """The issuer's letterhead footer: name, address, contact, bank and VAT details."""
    p, size = s.p, s.size - 2.5
    if s.f.footer == "none":
        return
    top = p.height - s.m - footer_height(s.f.footer) + 6
    p.rule(s.m, top - 4, s.right, width=0.3, color=MID)
    issuer = s.issuer
    # Entries: (label printed before the value, value, field name, label value).
    name: list[Entry] = [("", issuer.name, f"{s.issuer_role}_name", issuer.name)]
    address: list[Entry] = [("", line, None, None) for line in issuer.address.lines()]
    contact: list[Entry] = [
        ("", f"{s.lab('phone')} {issuer.phone}", None, None),
        ("", issuer.email, None, None),
        ("", issuer.website, None, None),
    ]
    bank: list[Entry] = [
        ("", f"{s.lab('bank')}: {issuer.bank}", None, None),
        (f"{s.lab('iban')}: ", print_iban(s.rng, issuer.iban), "supplier_iban", issuer.iban),
        ("", f"{s.lab('bic')}: {issuer.bic}", None, None),
    ]
    vat: list[Entry] = [
        (f"{s.lab('vat_id')}: ", print_vat(s.rng, issuer.vat), f"{s.issuer_role}_vat", issuer.vat),
        ("", issuer.registration, None, None),
    ]
    if s.f.footer == "columns":
        columns = (
            [name + address, contact] + ([bank] if s.iban_in_footer else []) + ([vat] if show_vat else [])
        )
        width = (s.right - s.m) / len(columns)
        for i, column in enumerate(columns):
            for j, entry in enumerate(column):
                _entry(p, s.m + i * width, top + j * (size + 2), entry, size, width - 6)
        return
    first = [*name, ("", ", ".join(issuer.address.lines()), None, None), contact[0]]
    second = ([vat[0]] if show_vat else []) + ([bank[1]] if s.iban_in_footer else []) + [vat[1]]
    for r, row in enumerate((first, second)):
        total = p.measure("  ·  ".join(prefix + text for prefix, text, _, _ in row), size)
        x = (p.width - total) / 2
        for k, entry in enumerate(row):
            x += _entry(p, x, top + r * (size + 3), entry, size)
            if k < len(row) - 1:
                x += p.text(x, top + r * (size + 3), "  ·  ", size=size, color=MID)


Entry = tuple[str, str, str | None, str | None]


def _entry(p: Painter, x: float, y: float, entry: Entry, size: float, room: float | None = None) -> float:
    prefix, text, name, value = entry
    if room is not None:
        size = min(size, size * room / max(p.measure(prefix + text, size), 1.0))
    width = p.text(x, y, prefix, size=size, color=MID) if prefix else 0.0
    return width + p.text(x + width, y, text, size=size, color=MID, field_name=name, value=value)


def page_end(s: Sheet, number: int) -> None:
    """The footer and page number of page ``number`` (0-based)."""
    draw_footer(s, show_vat=s.show_vat)
    if s.page_count > 1 or s.rng.random() < 0.3:
        text = s.w("page", n=number + 1, m=s.page_count)
        s.p.text(s.right, s.p.height - s.m + 2, text, size=s.size - 2, align="right")


def payment_lines(s: Sheet) -> list[tuple[str, str]]:
    """The closing sentences of a document as (kind, text); ``iban`` and ``due`` are drawn as fields."""
    c, rng = s.c, s.rng
    out: list[tuple[str, str]] = []
    if c.reverse_charge:
        out.append(("text", s.w("reverse_charge")))
    if s.fmt.notation == "none" and rng.random() < 0.7 and c.doc_type != "delivery_note":
        out.append(("currency", s.w("currency_note", cur=s.fmt.currency)))
    if c.doc_type == "invoice":
        if c.payment_days > 0:
            out.append(("text", s.w("terms", days=c.payment_days)))
            if c.due_date is not None and rng.random() < 0.35:
                out.append(("due", s.lab("due_date")))
        out.append(("text", s.w("pay_to", ref=c.number)))
    elif c.doc_type == "credit_note":
        out.append(("text", s.w("credit_note_text")))
    elif c.doc_type == "purchase_order":
        out.append(("text", s.w("delivery_terms")))
        out.append(("sign", s.lab("approved_by")))
    elif c.doc_type == "delivery_note":
        out.append(("sign", s.lab("received_by")))
    if s.iban_in_payment:
        out.append(("iban", ""))
    if c.doc_type == "invoice" and rng.random() < 0.5:
        out.append(("text", s.w("thanks")))
    return out


def draw_payment(s: Sheet, y: float) -> float:
    """Draw the closing sentences (terms, bank details, signature lines); returns the y below."""
    p = s.p
    for kind, text in payment_lines(s):
        if kind == "iban":
            y = s.iban_text(s.m, y + 2) + 2
        elif kind == "due" and s.c.due_date is not None:
            width = p.text(s.m, y, f"{text}: ")
            p.text(
                s.m + width,
                y,
                s.fmt.date(s.c.due_date),
                bold=True,
                field_name="due_date",
                value=s.c.due_date.isoformat(),
            )
            y += s.size + 4
        elif kind == "currency":  # "All amounts in EUR": the code is the field
            before, code, after = text.rpartition(s.fmt.currency)
            x = s.m + (p.text(s.m, y, before, size=s.size - 1) if before else 0.0)
            x += p.text(x, y, code, size=s.size - 1, field_name="currency", value=s.fmt.currency)
            if after:
                p.text(x, y, after, size=s.size - 1)
            y += s.size + 3
        elif kind == "sign":
            y += 18
            p.rule(s.m, y, s.m + 160, width=0.4)
            p.text(s.m, y + 3, text, size=s.size - 1, color=MID)
            y += s.size + 8
        else:
            y = p.paragraph(s.m, y, text, s.right - s.m) + 2
    return y


def payment_height(s: Sheet) -> float:
    """A generous estimate of the room the closing block needs."""
    return 6 * (s.size + 6) + 30
