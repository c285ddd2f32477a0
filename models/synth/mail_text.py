"""The text of a synthetic mail: greeting, opener, the body template's paragraphs, closing, signature;
quoted replies and forwarded-message blocks; the HTML version of the same text.

Every phrase comes from the phrase banks (models.synth.phrases) of one split; the ids of the pieces
used are collected in ``used``.
"""

from __future__ import annotations

import html
import random
import re

from models.synth.parties import Company, Person
from models.synth.phrases import Template, expand, templates

WROTE = {"en": "On {date}, {who} wrote:", "nl": "Op {date} schreef {who}:",
         "de": "Am {date} schrieb {who}:", "fr": "Le {date}, {who} a écrit :"}  # fmt: skip
FORWARDED = {lang: f"---------- {text} ---------" for lang, text in (
    ("en", "Forwarded message"), ("nl", "Doorgestuurd bericht"), ("de", "Weitergeleitete Nachricht"),
    ("fr", "Message transféré"))}  # fmt: skip
FORWARD_HEAD = {"en": ("From", "Date", "Subject", "To"), "nl": ("Van", "Datum", "Onderwerp", "Aan"),
                "de": ("Von", "Datum", "Betreff", "An"), "fr": ("De", "Date", "Objet", "À")}  # fmt: skip
_SPAM_GREETING = {"en": "Dear friend,|Hello dear,|Attention!|Dear customer,",
                  "nl": "Beste vriend,|Hallo,|Let op!", "de": "Lieber Freund,|Hallo,|Achtung!",
                  "fr": "Cher ami,|Bonjour,|Attention !"}  # fmt: skip
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")
_TITLES = {
    "en": "Accounts Manager|Sales|Purchasing Manager|Office Manager|Director|Customer Service",
    "nl": "Financiële administratie|Verkoop|Inkoper|Officemanager|Directeur|Klantenservice",
    "de": "Buchhaltung|Vertrieb|Einkauf|Büroleitung|Geschäftsführer|Kundenservice",
    "fr": "Comptabilité|Service commercial|Responsable achats|Assistante de direction|Gérant|Service client",
}


def pick(rng: random.Random, category: str, lang: str, split: str, used: list[str]) -> Template:
    """A template of ``category`` (or shared piece such as ``_greeting``) from ``split``; records its id."""
    template = rng.choice(templates(category, lang, split))
    used.append(template.id)
    return template


_THREAD = ("invoice", "purchase_order", "quote_request", "supplier_message", "complaint", "payment_reminder")


def earlier_message(rng: random.Random, template: Template, split: str, used: list[str]) -> Template:
    """The message a reply quotes: another template of the same category, or of a business
    category the thread may have started with (a complaint answering an invoice mail, say)."""
    same = [t for t in templates(template.category, template.lang, split) if t.id != template.id]
    if not same or rng.random() < 0.5:
        others = [c for c in _THREAD if c != template.category]
        same = templates(rng.choice(others), template.lang, split)
    earlier = rng.choice(same)
    used.append(earlier.id)
    return earlier


def paragraphs(template: Template, rng: random.Random, values: dict[str, str]) -> list[str]:
    """The template's sentences expanded and grouped into paragraphs (lists stay on their own)."""
    out: list[str] = []
    current: list[str] = []
    for line in template.lines:
        text = _DOUBLE_STOP.sub(".", expand(line, rng, values))  # "500 pcs." + "." -> one stop
        if "\n" in text or text.endswith(":"):
            if current:
                out.append(" ".join(current))
                current = []
            out.append(text)
            continue
        current.append(text)
        if len(current) >= rng.choice((1, 2, 2, 3)):
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


def signature(rng: random.Random, lang: str, person: Person, company: Company) -> list[str]:
    """A signature block: name, often a job title, company, sometimes phone and website."""
    lines = [f"{person.first} {person.last}"]
    if rng.random() < 0.7:
        lines.append(rng.choice(_TITLES[lang].split("|")))
    lines.append(company.name)
    if rng.random() < 0.6:
        lines.append(company.phone)
    if rng.random() < 0.4:
        lines.append(company.website)
    return ["-- ", *lines] if rng.random() < 0.3 else lines


def body(
    template: Template,
    rng: random.Random,
    *,
    split: str,
    values: dict[str, str],
    sender: Company,
    sender_person: Person,
    used: list[str],
) -> list[str]:
    """The paragraphs of a mail: greeting, opener, the template's text, closing and signature.

    Automated mail (newsletters, notifications) and spam get no personal greeting or signature.
    """
    lang, spam = template.lang, template.category == "spam"
    parts: list[str] = []
    if spam:
        parts.append(rng.choice(_SPAM_GREETING[lang].split("|")))
    elif not template.automated:
        parts.append(expand(pick(rng, "_greeting", lang, split, used).lines[0], rng, values))
        if rng.random() < 0.35:
            parts.append(pick(rng, "_opener", lang, split, used).lines[0])
    parts.extend(paragraphs(template, rng, values))
    if template.automated or spam:
        if not spam and rng.random() < 0.6:
            parts.append(f"{sender.name} · {', '.join(sender.address.lines())}")
        return parts
    closing = pick(rng, "_closing", lang, split, used).lines[0]
    parts.append("\n".join([closing, *signature(rng, lang, sender_person, sender)]))
    return parts


def quote_block(intro: str, quoted: list[str]) -> str:
    """A quoted earlier message: ``intro`` ("On ..., X wrote:") and its paragraphs behind "> "."""
    lines = [intro]
    for paragraph in quoted:
        lines.extend(f"> {line}".rstrip() for line in paragraph.split("\n"))
        lines.append(">")
    return "\n".join(lines[:-1])


def to_html(text: list[str], quoted: list[str] | None = None) -> str:
    """The HTML alternative of a mail's paragraphs, a quoted message in a blockquote."""
    out = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>\n" for p in text)
    if quoted:
        inner = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in quoted)
        out += f'<blockquote style="border-left:2px solid #ccc;padding-left:8px">{inner}</blockquote>\n'
    style = "font-family:Arial,Helvetica,sans-serif;font-size:14px"
    head = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>'
    return f'{head}<body style="{style}">\n{out}</body></html>\n'
