"""The values that fill a mail template's slots: people, numbers, dates, amounts, links.

Where a mail carries a document (an invoice PDF, a purchase order), the numbers, amounts and dates
come from that document, so that the mail and its attachment agree.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from models.synth import catalogue
from models.synth.content import Content, cents, make_content
from models.synth.formats import MONTHS, Formats, choose_formats
from models.synth.parties import Company, Person, make_bank_account, make_person

WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi"),
}
_EVENTS = {
    "en": "the {city} Business Fair|our Open Day|the Logistics Summit|our customer evening",
    "nl": "de Vakbeurs {city}|onze open dag|het Logistiek Congres|onze klantenavond",
    "de": "der Fachmesse {city}|unserem Tag der offenen Tür|dem Logistik-Gipfel|unserem Kundenabend",
    "fr": "le Salon professionnel de {city}|nos portes ouvertes|les Rencontres de la logistique"
    "|notre soirée clients",
}
_CITIES = {
    "en": "London Manchester Dublin Leeds",
    "nl": "Utrecht Rotterdam Antwerpen Eindhoven",
    "de": "Hamburg München Köln Wien",
    "fr": "Lyon Paris Lille Genève",
}
_CARRIERS = ("DHL", "UPS", "DPD", "GLS", "PostNL", "Colissimo", "FedEx")
_SPAM_HOSTS = (
    "secure-verify-account.com",
    "best-pharma-deals.net",
    "win-prize-now.info",
    "crypto-profit.io",
    "invoice-portal-login.com",
    "seo-rank-fast.biz",
    "docs-share-online.net",
)
_QUOTE = ("RFQ-{y}-{n:04d}", "ANF-{n:05d}", "OFF{y}{n:04d}", "DEV-{y}-{n:03d}", "Q{n:06d}", "AV-{n:05d}")


def _tracking(rng: random.Random, carrier: str) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(16))
    return {
        "DHL": f"JJD{digits[:14]}",
        "UPS": f"1Z{rng.randint(100, 999)}AA1{digits[:10]}",
        "PostNL": f"3S{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(4))}{digits[:9]}",
        "Colissimo": f"6A{digits[:11]}",
    }.get(carrier, digits[:14])


def money_text(fmt: Formats, value: Decimal) -> str:
    """An amount in a mail: always with its currency, as people write it."""
    if fmt.notation == "none":
        return f"{fmt.amount(value)} {fmt.currency}"
    return fmt.money(value)


def items_text(content: Content, fmt: Formats) -> str:
    """The lines of an order as a plain list (``- 4 x Toner cartridge, black``)."""
    return "\n".join(f"- {fmt.quantity(line.quantity)} x {line.description}" for line in content.lines[:8])


class SlotValues(dict[str, str]):
    """Slot values that remember which slots a text used (``str.format_map`` looks each one up)."""

    def __init__(self, values: dict[str, str]) -> None:
        super().__init__(values)
        self.used: set[str] = set()

    def __getitem__(self, key: str) -> str:
        self.used.add(key)
        return super().__getitem__(key)


def slot_values(
    rng: random.Random,
    lang: str,
    *,
    sender: Company,
    recipient: Company,
    sender_person: Person,
    recipient_person: Person,
    content: Content | None,
    buyer: Company,
    day: date,
) -> SlotValues:
    """Values for every slot the phrase banks use (see models.synth.phrases)."""
    fmt = choose_formats(rng, lang, sender.country, content.currency if content else "EUR")
    order = content if content is not None else make_content(rng, "invoice", lang)
    n = rng.randint(100, 9999)
    city = rng.choice(_CITIES[lang].split())
    carrier = rng.choice(_CARRIERS)
    due = order.due_date or order.issue_date + timedelta(days=30)
    amount = order.total if content is not None else cents(Decimal(rng.randint(4000, 900000)) / 100)
    colleague = make_person(rng, lang, "x")
    item = rng.choice(catalogue.B2B_ITEMS)
    values = {
        "name": recipient_person.first,
        "sender": sender_person.first,
        "company": sender.name,
        "customer": buyer.name,
        "inv": _invoice_number(rng, order, day),
        "cn": order.number if order.doc_type == "credit_note" else f"CN-{day.year}-{n:04d}",
        "po": order.po_number or f"PO-{rng.randint(10000, 99999)}",
        "quote": rng.choice(_QUOTE).format(y=day.year, n=n),
        "amount": money_text(fmt, amount),
        "date": fmt.date(day + timedelta(days=rng.randint(-20, 20))),
        "due": fmt.date(due),
        "days": str(rng.choice((7, 10, 14, 30))),
        "n": str(rng.randint(2, 12)),
        "product": item.name(lang),
        "items": items_text(order, fmt),
        "iban": " ".join(
            make_bank_account(rng, sender.country)[0][i : i + 4] for i in range(0, 34, 4)
        ).strip(),
        "track": _tracking(rng, carrier),
        "carrier": carrier,
        "weekday": rng.choice(WEEKDAYS[lang]),
        "month": MONTHS[lang][rng.randrange(12)] if lang != "en" else MONTHS["en"][rng.randrange(12)],
        "time": f"{rng.randint(8, 17)}:{rng.choice(('00', '15', '30', '45'))}",
        "room": rng.choice(("2.14", "B-3", "A101", "1.05", "Berlin", "Amsterdam")),
        "url": f"https://{rng.choice(_SPAM_HOSTS)}/{rng.getrandbits(40):010x}",
        "percent": str(rng.randint(3, 12)),
        "event": rng.choice(_EVENTS[lang].split("|")).format(city=city),
        "prize": rng.choice(("€ 850.000,00", "$2,500,000", "£1,200,000", "USD 4.5 million", "€1.750.000")),
        "colleague": f"{colleague.first} {colleague.last}",
        "city": city,
    }
    if content is not None and content.doc_type == "payment_reminder" and content.reference_date is not None:
        values["date"] = fmt.date(content.reference_date)
    return SlotValues(values)


def _invoice_number(rng: random.Random, order: Content, day: date) -> str:
    """The invoice a mail about ``order`` refers to: the invoice itself, the one a credit note
    corrects or a reminder chases, or (for an order) a new number."""
    if order.doc_type == "invoice":
        return order.number
    if order.doc_type in ("credit_note", "payment_reminder") and order.reference:
        return order.reference
    return f"INV-{day.year}-{rng.randint(1, 99999):05d}"


def reference_fields(values: SlotValues) -> dict[str, str]:
    """The document numbers the expanded texts referred to, as labels."""
    names = {"inv": "invoice_number", "cn": "credit_note_number", "po": "po_number", "quote": "quote_number"}
    return {label: dict.__getitem__(values, slot) for slot, label in names.items() if slot in values.used}
