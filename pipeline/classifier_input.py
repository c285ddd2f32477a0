"""What the classifier reads of an item: its text, and for a mail a first line about its envelope.

A mail's words alone do not tell everything a person sees in the inbox: whether it comes from a
colleague (same mail domain as a recipient), from a free-mail or an automated address, and which
files it carries ("invoice_2024-117.pdf" or "reminder_2024-117.pdf"). One short line of those facts
goes before the subject and body, in plain words the encoder's vocabulary knows, e.g.::

    Sender: colleague. Attachments: factuur_F2024-117.pdf.

A mail forwarded as an attachment (message/rfc822) is what the forwarding mail is about ("FYI, see
below"): its subject and text follow the forwarding mail's own, as an inline forward's do.

Training (models.dataset) and the pipeline (embedded and distributed) both call
:func:`classifier_input`, so a model learns from what it will be given. Sender-controlled values
only ever become text for the model: nothing here reaches a path or a query.
"""

from __future__ import annotations

from pipeline.errors import DocumentError
from pipeline.extract.email_mime import extract_email
from pipeline.options import ExtractOptions
from pipeline.records import ChildItem, EmailHeaders, Extraction

INPUT_VERSION = "envelope-2"  # part of the training text cache's key: bump when the line changes
MAX_ATTACHMENT_NAMES = 4
MAX_NAME_CHARS = 60
MAX_FORWARDED_CHARS = 4000  # of each attached forwarded mail: the model reads a few hundred tokens
MAX_FORWARDED = 2
FORWARD_MARK = "Forwarded message:"

FREE_MAIL_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "live.com",
        "msn.com", "yahoo.com", "yahoo.co.uk", "yahoo.fr", "yahoo.de", "aol.com", "icloud.com",
        "me.com", "mail.com", "gmx.net", "gmx.de", "gmx.com", "web.de", "t-online.de", "freenet.de",
        "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr", "ziggo.nl", "kpnmail.nl",
        "planet.nl", "hetnet.nl", "home.nl", "telenet.be", "skynet.be", "proton.me", "protonmail.com",
    }
)  # fmt: skip
AUTOMATED_LOCAL_PARTS = (
    "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "newsletter", "news", "mailer",
    "notification", "notifications", "alerts", "events", "marketing", "bounce", "postmaster",
)  # fmt: skip


def classifier_input(extraction: Extraction, options: ExtractOptions | None = None) -> str:
    """The text the classifier reads for this extraction: for a mail, the envelope line first and
    the text of mails forwarded as attachments last."""
    if extraction.email is None:
        return extraction.text
    names = [child.filename for child in extraction.children if child.filename]
    pieces = [envelope_line(extraction.email, names), extraction.text]
    forwarded = [c for c in extraction.children if c.mime_type == "message/rfc822"][:MAX_FORWARDED]
    pieces += [f"{FORWARD_MARK}\n{text}" for c in forwarded if (text := _forwarded_text(c, options))]
    return "\n\n".join(pieces)


def envelope_line(headers: EmailHeaders, attachment_names: list[str]) -> str:
    """``Sender: <kind>.`` and, where the mail carries files, ``Attachments: <names>.``"""
    line = f"Sender: {sender_kind(headers)}."
    if attachment_names:
        shown = [_clean_name(name) for name in attachment_names[:MAX_ATTACHMENT_NAMES]]
        more = len(attachment_names) - len(shown)
        line += " Attachments: " + ", ".join(shown) + (f" and {more} more" if more > 0 else "") + "."
    return line


def sender_kind(headers: EmailHeaders) -> str:
    """``colleague``, ``automated``, ``free mail``, ``external`` or ``unknown``, from the addresses."""
    sender = (headers.from_addr or "").strip().lower()
    local, at, domain = sender.rpartition("@")
    if not at or not local or not domain:
        return "unknown"
    recipient_domains = {addr.strip().lower().rpartition("@")[2] for addr in headers.to_addrs}
    if domain in FREE_MAIL_DOMAINS:
        return "free mail"
    if domain in recipient_domains:
        return "colleague"
    if local.split("+", 1)[0] in AUTOMATED_LOCAL_PARTS:
        return "automated"
    return "external"


def _forwarded_text(child: ChildItem, options: ExtractOptions | None) -> str:
    """Subject and text of an attached mail; empty when it does not parse (its own row says why)."""
    try:
        text = extract_email(child.data, options or ExtractOptions()).text
    except DocumentError:
        return ""
    return text[:MAX_FORWARDED_CHARS].strip()


def _clean_name(name: str) -> str:
    """A file name as one short run of text: control characters and line breaks out, length capped."""
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in name).split())
    return flat if len(flat) <= MAX_NAME_CHARS else flat[: MAX_NAME_CHARS - 1] + "…"
