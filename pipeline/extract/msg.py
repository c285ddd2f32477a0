"""Outlook .msg files (OLE compound files) read with extract-msg, entirely in memory.

The same result as a MIME mail: ``EmailHeaders``, the subject and body as text, and every
attachment (an embedded .msg as its own bytes) as a child item. Attachment names are display
only: nothing is ever saved under them.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from email import policy
from email.parser import Parser
from email.utils import getaddresses
from typing import Any

from pipeline.errors import CorruptDocumentError, LimitExceededError
from pipeline.extract.email_mime import MAX_PARTS, clean_name, decode_charset, html_to_text, read_headers
from pipeline.options import ExtractOptions
from pipeline.records import ChildItem, EmailHeaders, Extraction

_RECIPIENT_TO, _RECIPIENT_CC = 1, 2  # MAPI PR_RECIPIENT_TYPE
_SENDER_NAME_TAG = "__substg1.0_0C1A"  # PR_SENDER_NAME
# PR_SENDER_SMTP_ADDRESS, PR_SENDER_EMAIL_ADDRESS, PR_SENT_REPRESENTING_SMTP_ADDRESS and _EMAIL_ADDRESS
_SENDER_ADDRESS_TAGS = ("__substg1.0_5D01", "__substg1.0_0C1F", "__substg1.0_5D02", "__substg1.0_0065")


def extract_msg(data: bytes, options: ExtractOptions) -> Extraction:
    """Headers, text and attachments (as children) of one Outlook message."""
    import extract_msg as outlook  # imported here: a process that never sees a .msg never loads it
    from extract_msg.enums import ErrorBehavior

    tolerant = ErrorBehavior.ATTACH_NOT_IMPLEMENTED | ErrorBehavior.ATTACH_BROKEN
    source = io.BytesIO(data)  # never the bytes themselves: olefile takes short bytes for a file *name*
    try:
        message = outlook.openMsg(source, strict=False, delayAttachments=True, errorBehavior=tolerant)
    except Exception as exc:  # extract-msg and olefile raise many kinds on damaged files
        raise CorruptDocumentError(f"broken Outlook message: {type(exc).__name__}: {exc}") from exc
    try:
        warnings: list[str] = []
        headers = _headers(message, warnings)
        body = _body(message, warnings)
        children = _children(message, warnings)
    finally:
        message.close()
    text = "\n\n".join(piece for piece in (headers.subject, body) if piece)
    return Extraction(text=text, text_method="email", children=children, email=headers, warnings=warnings)


def _get(message: Any, name: str, warnings: list[str]) -> Any:
    """One property of the message; a property extract-msg cannot read is None, with a warning."""
    try:
        return getattr(message, name, None)
    except Exception as exc:  # a damaged property stream must not lose the rest of the message
        warnings.append(f"Outlook property {name} unreadable: {type(exc).__name__}")
        return None


def _headers(message: Any, warnings: list[str]) -> EmailHeaders:
    """MAPI properties first; the transport headers (only on received mail) fill the gaps."""
    header_text = _get(message, "headerText", warnings)
    transport = (
        read_headers(Parser(policy=policy.default).parsestr(header_text), warnings)
        if isinstance(header_text, str) and header_text.strip()
        else EmailHeaders()
    )
    name, addr = next(iter(getaddresses([clean_text(_get(message, "sender", warnings))])), ("", ""))
    # An Exchange sender's PR_SENDER_EMAIL_ADDRESS is an X.500 path, not an address: keep looking.
    candidates = [addr, transport.from_addr or "", *(_stream(message, tag) for tag in _SENDER_ADDRESS_TAGS)]
    from_addr = next((c.lower() for c in candidates if "@" in c), None)
    from_name = clean_name(name if "@" not in name else "") or clean_name(_stream(message, _SENDER_NAME_TAG))
    to_addrs = _recipients(message, warnings) or transport.to_addrs
    subject = _get(message, "subject", warnings)
    return EmailHeaders(
        message_id=_strip_id(_get(message, "messageId", warnings)) or transport.message_id,
        from_addr=from_addr,
        from_name=from_name or transport.from_name,
        to_addrs=to_addrs,
        subject=clean_text(subject) or transport.subject,
        sent_at=_aware(_get(message, "date", warnings)) or transport.sent_at,
        in_reply_to=_strip_id(_get(message, "inReplyTo", warnings)) or transport.in_reply_to,
    )


def _stream(message: Any, tag: str) -> str:
    """A string property read by its stream name; empty when absent or unreadable."""
    try:
        return clean_text(message.getStringStream(tag))
    except Exception:  # a damaged stream reads as absent
        return ""


def _recipients(message: Any, warnings: list[str]) -> list[str]:
    """To and Cc addresses, lower-cased, in order, without repeats."""
    found: list[str] = []
    for recipient in _get(message, "recipients", warnings) or []:
        kind = getattr(recipient, "type", None)
        email = clean_text(getattr(recipient, "email", None))
        if int(kind or 0) in (_RECIPIENT_TO, _RECIPIENT_CC) and "@" in email:
            found.append(email.lower())
    return list(dict.fromkeys(found))


def _body(message: Any, warnings: list[str]) -> str:
    """The plain body; failing that, the HTML body (given, or de-encapsulated from RTF) as text."""
    body = _get(message, "body", warnings)
    if isinstance(body, str) and body.strip():
        return clean_text(body)
    html = _get(message, "htmlBody", warnings)
    if isinstance(html, bytes) and html.strip():
        return clean_text(html_to_text(decode_charset(html, None, warnings)))
    return ""


def _children(message: Any, warnings: list[str]) -> list[ChildItem]:
    """Every attachment's bytes; an embedded message as the bytes of a .msg of its own."""
    attachments = _get(message, "attachments", warnings) or []
    if len(attachments) > MAX_PARTS:
        raise LimitExceededError(f"too many attachments: {len(attachments)}, limit {MAX_PARTS}")
    children: list[ChildItem] = []
    for attachment in attachments:
        name = clean_name(
            clean_text(_get(attachment, "longFilename", warnings))
            or clean_text(_get(attachment, "shortFilename", warnings))
            or clean_text(_get(attachment, "displayName", warnings))
        )
        content = _get(attachment, "data", warnings)
        if isinstance(content, bytes):
            mime = clean_text(_get(attachment, "mimetype", warnings)).lower()
            children.append(ChildItem(filename=name, data=content, mime_type=mime or None))
        elif hasattr(content, "exportBytes"):  # an embedded Outlook item
            try:
                nested = content.exportBytes()
            except Exception as exc:  # extract-msg cannot write back every embedded item
                warnings.append(f"embedded message {name!r} unreadable: {type(exc).__name__}")
                continue
            children.append(ChildItem(filename=name, data=nested, mime_type="application/vnd.ms-outlook"))
        else:
            kind = _get(attachment, "type", warnings)
            warnings.append(f"attachment {name!r} skipped: no data (type {kind})")
    return children


def clean_text(value: object) -> str:
    """A text property without NUL padding and surrounding white space."""
    return value.replace("\x00", "").strip() if isinstance(value, str) else ""


def _strip_id(value: object) -> str | None:
    text = clean_text(value).strip("<> ")
    return clean_name(text)


def _aware(value: object) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
