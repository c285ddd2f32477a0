"""Synthetic mails as .eml (email.message.EmailMessage): plain and HTML parts, quoted replies,
forwards (inline, or attached as message/rfc822) and attachments such as the PDFs and scans a
supplier sends.

The body template, the shared pieces and any attached layout family all come from one split, so a
test-split mail contains nothing the training split has seen. Boundaries, message ids and dates
come from the seeded generator: the same seed gives the same bytes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses, parseaddr

from models.synth import mail_text
from models.synth.content import Content
from models.synth.formats import format_date
from models.synth.mail_values import reference_fields, slot_values
from models.synth.parties import Company, Person, domain_of, make_person
from models.synth.phrases import Template, expand

_REPLY = {"en": ("Re: ",), "nl": ("Re: ", "Antw: "), "de": ("AW: ", "Re: "), "fr": ("RE: ", "Re : ")}
_FORWARD = {
    "en": ("Fwd: ", "FW: "),
    "nl": ("Fwd: ", "Doorst: "),
    "de": ("WG: ", "Fwd: "),
    "fr": ("TR: ", "Fwd: "),
}
_FREEMAIL = ("gmail.com", "outlook.com", "hotmail.com", "web.de", "gmx.net", "orange.fr", "ziggo.nl")
_MAILERS = ("Microsoft Outlook 16.0", "Apple Mail (2.3774.300)", "Mozilla Thunderbird 115.6.0")
_SPAM_WORDS = ("promo", "secure-mail", "winner", "bestdeals", "account-verify", "mailcenter", "offers")
_SPAM_TLDS = ("com", "net", "info", "biz", "top", "ru")
_SPAM_NAMES = ("Customer Service", "Security Team", "Lottery Board", "Dr. Williams")
_UTC_OFFSET = {"GB": 0, "IE": 0}  # standard time; the rest of the countries here are on CET


@dataclass
class Attachment:
    """A file to attach, with the labels of the document it carries (None for other files)."""

    filename: str
    data: bytes
    mime_type: str
    label: dict[str, object] | None = None


@dataclass
class Mail:
    """A generated mail and its labels."""

    data: bytes
    template: str
    pieces: list[str]  # ids of the shared pieces and quoted templates used besides ``template``
    fields: dict[str, str]
    headers: dict[str, object]
    attachments: list[dict[str, object]] = field(default_factory=list)
    reply: bool = False
    forward: str = ""  # "", "attached" (message/rfc822) or "inline"


@dataclass
class _People:
    sender: Company
    recipient: Company
    sender_person: Person
    recipient_person: Person
    buyer: Company  # the buying side of the exchange ({customer} in the phrase banks)
    from_header: tuple[str, str]

    @property
    def to_header(self) -> str:
        """The recipient as a To: header value."""
        return formataddr(
            (f"{self.recipient_person.first} {self.recipient_person.last}", self.recipient_person.email)
        )


def _people(
    rng: random.Random, category: str, lang: str, sender: Company, recipient: Company, automated: bool
) -> _People:
    recipient_person = make_person(rng, lang, domain_of(recipient))
    if category == "internal":
        sender = recipient
    person = make_person(rng, lang, domain_of(sender))
    buyer = sender if category in ("purchase_order", "quote_request", "complaint") else recipient
    name, address = f"{person.first} {person.last}", person.email
    if category == "spam":
        local = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(7))
        # Free-mail accounts and throw-away domains alike: the sender's kind must not give spam away.
        domain = (
            rng.choice(_FREEMAIL)
            if rng.random() < 0.5
            else f"{rng.choice(_SPAM_WORDS)}{rng.randint(1, 99)}.{rng.choice(_SPAM_TLDS)}"
        )
        name, address = rng.choice(_SPAM_NAMES), f"{local}@{domain}"
    elif category == "other" and automated:  # a notification, newsletter or survey: a system sends it
        local = rng.choice(("newsletter", "noreply", "events", "notifications", "info"))
        name, address = sender.name, f"{local}@{domain_of(sender)}"
    elif category == "other" and rng.random() < 0.5:  # a private person: applications, a club, a neighbour
        local = f"{person.first}.{person.last}".lower().replace(" ", "")
        address = f"{local.encode('ascii', 'ignore').decode()}@{rng.choice(_FREEMAIL)}"
    elif category in ("invoice", "credit_note", "payment_reminder") and rng.random() < 0.5:
        name, address = sender.name, sender.email  # billing systems send as the company
    return _People(sender, recipient, person, recipient_person, buyer, (name, address))


def _sent_at(rng: random.Random, day: date, country: str) -> datetime:
    offset = _UTC_OFFSET.get(country, 1) + (1 if 3 < day.month < 11 else 0)
    moment = datetime(
        day.year, day.month, day.day, rng.randint(7, 19), rng.randint(0, 59), rng.randint(0, 59)
    )
    return moment.replace(tzinfo=timezone(timedelta(hours=offset)))


def _message_id(rng: random.Random, domain: str) -> str:
    return f"<{rng.getrandbits(64):016x}.{rng.getrandbits(32):08x}@{domain}>"


def _fix_boundaries(msg: EmailMessage, rng: random.Random) -> None:
    """Give every multipart a boundary drawn from ``rng`` (the library's own are random)."""
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_{rng.getrandbits(96):024x}")


def _assemble(rng: random.Random, headers: dict[str, str], plain: str, html: str, automated: bool,
              attachments: list[Attachment]) -> EmailMessage:  # fmt: skip
    """Plain only, plain with an HTML alternative, or HTML only (mostly automated mail); attachments."""
    msg = EmailMessage()
    for name, value in headers.items():
        msg[name] = value
    roll = rng.random()
    if roll < (0.4 if automated else 0.05):
        msg.set_content(html, subtype="html")
    elif roll < (0.9 if automated else 0.55):
        msg.set_content(plain)
        msg.add_alternative(html, subtype="html")
    else:
        msg.set_content(plain)
    for item in attachments:
        maintype, subtype = item.mime_type.split("/", 1)
        msg.add_attachment(item.data, maintype=maintype, subtype=subtype, filename=item.filename)
    return msg


def compose_mail(
    rng: random.Random,
    category: str,
    lang: str,
    split: str,
    *,
    sender: Company,
    recipient: Company,
    day: date,
    content: Content | None = None,
    attachments: list[Attachment] | None = None,
    template: Template | None = None,
) -> Mail:
    """A mail of ``category`` in ``lang`` from ``sender`` to ``recipient`` around ``day``, with its labels.

    ``content`` is the document the mail is about (its numbers fill the text), ``attachments`` go
    along, ``template`` is the body template where the caller chose it (else one of ``split``).
    A quarter of the personal mails are replies quoting an earlier message of the thread; about one
    in eight is forwarded by a colleague, inline or attached (the label then stays the forwarded one's).
    """
    attachments = attachments or []
    used: list[str] = []
    if template is None:
        template = mail_text.pick(rng, category, lang, split, [])
    people = _people(rng, category, lang, sender, recipient, template.automated)
    values = slot_values(rng, lang, sender=people.sender, recipient=people.recipient, day=day,
                         sender_person=people.sender_person, recipient_person=people.recipient_person,
                         content=content, buyer=people.buyer)  # fmt: skip
    subject = expand(rng.choice(template.subjects), rng, dict(values))  # the subject is no body text
    text = mail_text.body(template, rng, split=split, values=values, sender=people.sender,
                          sender_person=people.sender_person, used=used)  # fmt: skip
    sent = _sent_at(rng, day, people.sender.country)
    headers = {"From": formataddr(people.from_header), "To": people.to_header, "Subject": subject,
               "Date": format_datetime(sent),
               "Message-ID": _message_id(rng, people.from_header[1].split("@")[1])}  # fmt: skip
    plain = "\n\n".join(text)
    quoted: list[str] | None = None
    reply = not template.automated and category != "spam" and rng.random() < 0.25
    if reply:
        earlier = mail_text.earlier_message(rng, template, split, used)
        before = sent - timedelta(days=rng.randint(1, 6), minutes=rng.randint(5, 600))
        when = f"{format_date(before.date(), rng.choice(('d.m.Y', 'Y-m-d', 'd M Y')), lang)} {before:%H:%M}"
        quoted = [mail_text.WROTE[lang].format(date=when, who=people.to_header),
                  *mail_text.paragraphs(earlier, rng, values)]  # fmt: skip
        plain += "\n\n" + mail_text.quote_block(quoted[0], quoted[1:])
        headers["Subject"] = rng.choice(_REPLY[lang]) + subject
        headers["In-Reply-To"] = headers["References"] = _message_id(rng, domain_of(people.recipient))
    if rng.random() < 0.5 and not template.automated:
        headers["X-Mailer"] = rng.choice(_MAILERS)
    if template.automated or category == "spam":
        headers["List-Unsubscribe"] = f"<{values['url']}>"
    msg = _assemble(rng, headers, plain, mail_text.to_html(text, quoted), template.automated, attachments)
    mail = Mail(b"", template.id, used, reference_fields(values), _header_labels(headers, sent),
                [_attachment_label(a) for a in attachments], reply=reply)  # fmt: skip
    if category != "spam" and rng.random() < 0.12:
        msg = _forward(rng, lang, split, mail, msg, plain, headers, people, sent, attachments)
    _fix_boundaries(msg, rng)
    mail.data = msg.as_bytes()
    return mail


def _forward(rng: random.Random, lang: str, split: str, mail: Mail, inner: EmailMessage, plain: str,
             inner_headers: dict[str, str], people: _People, sent: datetime,
             attachments: list[Attachment]) -> EmailMessage:  # fmt: skip
    """The mail as a colleague of the recipient forwards it, attached or inline; updates ``mail``."""
    colleague = make_person(rng, lang, domain_of(people.recipient))
    fyi = mail_text.pick(rng, "_fyi", lang, split, mail.pieces).lines[0]
    closing = mail_text.pick(rng, "_closing", lang, split, mail.pieces).lines[0]
    note = [fyi, f"{closing}\n{colleague.first}"]
    later = sent + timedelta(hours=rng.randint(1, 48))
    headers = {"From": formataddr((f"{colleague.first} {colleague.last}", colleague.email)),
               "To": inner_headers["To"], "Subject": rng.choice(_FORWARD[lang]) + inner_headers["Subject"],
               "Date": format_datetime(later),
               "Message-ID": _message_id(rng, domain_of(people.recipient))}  # fmt: skip
    if rng.random() < 0.5:
        _fix_boundaries(inner, rng)
        outer = _assemble(rng, headers, "\n\n".join(note), mail_text.to_html(note), False, [])
        outer.add_attachment(inner)
        mail.forward = "attached"
        # The forwarded mail is a child document: its references and attachments are labelled there.
        mail.attachments = [{"mime_type": "message/rfc822", "subject": inner_headers["Subject"],
                             "family": mail.template, "fields": mail.fields, "email": mail.headers,
                             "attachments": mail.attachments}]  # fmt: skip
        mail.fields = {}
    else:
        names = mail_text.FORWARD_HEAD[lang]
        keys = ("From", "Date", "Subject", "To")
        quoted = [f"{name}: {inner_headers[key]}" for name, key in zip(names, keys, strict=True)]
        block = "\n".join([mail_text.FORWARDED[lang], *quoted, "", plain])
        text = [*note, block]
        outer = _assemble(rng, headers, "\n\n".join(text), mail_text.to_html(text), False, attachments)
        mail.forward = "inline"
    mail.headers = _header_labels(headers, later)
    return outer


def _header_labels(headers: dict[str, str], sent: datetime) -> dict[str, object]:
    """The mail's headers as the ``emails`` table holds them."""
    name, addr = parseaddr(headers["From"])
    return {
        "from_addr": addr,
        "from_name": name or None,
        "to_addrs": [a for _, a in getaddresses([headers["To"]])],
        "subject": headers["Subject"],
        "message_id": headers["Message-ID"],
        "in_reply_to": headers.get("In-Reply-To"),
        "sent_at": sent.isoformat(),
    }


def _attachment_label(item: Attachment) -> dict[str, object]:
    label: dict[str, object] = {"filename": item.filename, "mime_type": item.mime_type}
    if item.label:
        label.update(item.label)
    return label
