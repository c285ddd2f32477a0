"""RFC 822 / MIME mail: headers, body text, and every attachment as a child item.

Parsed with the stdlib ``email`` package (``policy.default``, with header values capped in
length: its header parser takes quadratic time on long ones). A header, part or charset that
cannot be read becomes a warning on the extraction; only input with no usable mail in it at all
is a ``CorruptDocumentError``. Which parts are body text and which are attachments follows the
algorithm of RFC 8621 section 4.1.4 (JMAP), so that results agree with other mail clients.
HTML is turned into text by a small linear scanner of our own (see ``html_to_text``).
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesParser
from email.policy import EmailPolicy
from email.utils import getaddresses, parsedate_to_datetime
from html import unescape

from pipeline.errors import CorruptDocumentError, LimitExceededError
from pipeline.extract.plain import decode_text
from pipeline.options import ExtractOptions
from pipeline.records import ChildItem, EmailHeaders, Extraction

MAX_PARTS = 1000  # MIME parts in one message, nested messages included
MAX_MIME_DEPTH = 50  # multipart nesting inside one message
MAX_NAME_CHARS = 255
MAX_HEADER_CHARS = 8192  # longer header values are cut (To/Cc: read by the linear compat parser)

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_TEXT_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")  # useless in text; PostgreSQL refuses NUL
_MSG_ID = re.compile(r"<([^<>\s]+)>")
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w.-]+")
_INLINE_MEDIA = ("image", "audio", "video")
# One token of HTML. Each alternative fails within a few characters or, left unclosed, runs to the
# end of the document, so one scan is linear in the length of the HTML.
_HTML_TOKEN = re.compile(
    r"<!--(?:.*?-->|.*\Z)"  # comment
    r"|<(script|style|noscript|template|svg)\b(?:.*?</\1\s*>|.*\Z)"  # hidden element, with its content
    r"|<(?P<slash>/?)(?P<name>[A-Za-z][A-Za-z0-9:-]*)(?:[^<>\"']|\"[^\"]*\"|'[^']*')*>"  # tag
    r"|<[!?][^<>]*>",  # doctype, processing instruction
    re.DOTALL | re.IGNORECASE,
)
_BLOCK_TAG = re.compile(  # elements that start a new line of text
    r"p|div|tr|li|[uod]l|d[td]|h[1-6]|table|blockquote|pre|hr|address|section|article|header|footer"
    r"|nav|aside|form|fieldset|figure|center|title"
)
# Header breakage common enough to repair before parsing (the original bytes stay as they are):
# white space before the colon (RFC 5322 obsolete syntax, which the stdlib parser rejects), and
# a multipart Content-Type whose boundary parameter lacks the ";" in front of it.
_WSP_BEFORE_COLON = re.compile(rb"^([\x21-\x39\x3b-\x7e]+)[ \t]+:", re.MULTILINE)
_BOUNDARY_NO_SEMICOLON = re.compile(
    rb"^(content-type:[ \t]*multipart/[\w.+-]+)((?:\r?\n)?[ \t]+boundary=)", re.IGNORECASE | re.MULTILINE
)


class _BoundedPolicy(EmailPolicy):
    """``policy.default``, but a header value is cut to MAX_HEADER_CHARS before it is parsed, and
    one that the parser cannot take (comments nested thousands deep) is kept as it stands."""

    def header_fetch_parse(self, name: str, value: str) -> str:
        try:
            return super().header_fetch_parse(name, value[:MAX_HEADER_CHARS])
        except RecursionError:
            return value[:MAX_HEADER_CHARS]


_POLICY = _BoundedPolicy()
_SERIALIZE = _POLICY.clone(refold_source="none", max_line_length=0)


def clean_name(name: str | None) -> str | None:
    """A sender-supplied name fit for display: control characters and newlines removed, at most
    255 characters. Path separators are kept: the name is shown, never used as a path."""
    if name is None:
        return None
    cleaned = _CONTROL.sub(" ", name).strip()
    return cleaned[:MAX_NAME_CHARS] or None


def safe_display_name(name: str | None) -> str | None:
    """The last path component of a sender-supplied name, without control characters.

    ``'../../etc/passwd'`` and ``'C:\\temp\\x.pdf'`` become ``'passwd'`` and ``'x.pdf'``; a name
    with no usable component (``''``, ``'..'``, ``'a/'``) gives ``None``. For showing or
    suggesting a short file name; docpipe itself never writes a file under such a name.
    """
    cleaned = clean_name(name)
    if cleaned is None:
        return None
    last = re.split(r"[/\\]", cleaned)[-1].strip()
    return None if last in ("", ".", "..") else last


@dataclass
class _Walk:
    """What the walk over the MIME tree collects."""

    text_parts: list[Message] = field(default_factory=list)
    html_parts: list[Message] = field(default_factory=list)
    attachments: list[Message] = field(default_factory=list)


def extract_email(data: bytes, options: ExtractOptions) -> Extraction:
    """Headers, readable text and attachments (as children) of one RFC 822 message."""
    warnings: list[str] = []
    message = _parse(data, warnings)
    headers = read_headers(message, warnings)
    try:
        body, children = _body_and_children(message, data, warnings)
    except LimitExceededError:
        raise
    except RecursionError as exc:
        raise LimitExceededError("MIME structure nested too deeply") from exc
    except Exception as exc:  # the stdlib has raised on hostile MIME before: keep the raw text
        warnings.append(f"MIME structure unreadable ({type(exc).__name__})")
        body, children = "", []
    if not body and not children:
        body = _raw_body(data, warnings)
    _note_defects(message, warnings)
    text = _TEXT_CONTROL.sub("", "\n\n".join(piece for piece in (headers.subject, body) if piece))
    return Extraction(text=text, text_method="email", children=children, email=headers, warnings=warnings)


def _parse(data: bytes, warnings: list[str]) -> Message:
    """The parsed message; refused when it is no mail at all, or too deep or too many parts."""
    try:
        message = BytesParser(policy=_POLICY).parsebytes(_repair_headers(data))
        part_count = sum(1 for _ in message.walk())
    except RecursionError as exc:  # the parser and walk() recurse once per level of nesting
        raise LimitExceededError("MIME structure nested too deeply") from exc
    if part_count > MAX_PARTS:
        raise LimitExceededError(f"too many MIME parts: {part_count}, limit {MAX_PARTS}")
    if not message.keys():
        if _looks_binary(data):
            raise CorruptDocumentError("broken MIME: no mail headers and binary content")
        warnings.append("no mail headers found: the whole input is read as body text")
    return message


def _body_and_children(message: Message, data: bytes, warnings: list[str]) -> tuple[str, list[ChildItem]]:
    walk = _Walk()
    _parse_structure([message], "mixed", False, walk, walk.text_parts, walk.html_parts, 0)
    body = _body_text(walk, warnings)
    children = [child for part in walk.attachments if (child := _child(part, data, warnings))]
    return body, children


def _repair_headers(data: bytes) -> bytes:
    """The message with the header repairs above (white space before a colon: top-level header
    block only, where the stdlib parser would otherwise take the whole mail for body text)."""
    end = re.search(rb"\r?\n\r?\n", data)
    head, rest = (data[: end.start()], data[end.start() :]) if end else (data, b"")
    return _BOUNDARY_NO_SEMICOLON.sub(rb"\1;\2", _WSP_BEFORE_COLON.sub(rb"\1:", head) + rest)


def _raw_body(data: bytes, warnings: list[str]) -> str:
    """The bytes after the header block as text, for a mail whose MIME structure gave nothing."""
    end = re.search(rb"\r?\n\r?\n", data)
    raw = data[end.end() :] if end else b""
    if not raw.strip() or _looks_binary(raw):
        return ""
    warnings.append("MIME structure gave no text: the raw body is used")
    return decode_text(raw).strip()


def read_headers(message: Message, warnings: list[str]) -> EmailHeaders:
    """The headers that go into the ``emails`` table; a header that does not parse is read raw."""
    from_name, from_addr = None, None
    senders = _addresses(message, "from", warnings)
    if senders:
        from_name, from_addr = senders[0]
    recipients = _addresses(message, "to", warnings) + _addresses(message, "cc", warnings)
    to_addrs = list(dict.fromkeys(addr for _, addr in recipients if addr))
    return EmailHeaders(
        message_id=_message_id(_raw(message, "message-id")),
        from_addr=from_addr,
        from_name=from_name,
        to_addrs=to_addrs,
        subject=_subject(message, warnings),
        sent_at=_date(message, warnings),
        in_reply_to=_message_id(_raw(message, "in-reply-to")),
    )


def _raw(message: Message, name: str) -> str | None:
    """The first header of this name as it stands in the source: unfolded, RFC 2047 words left
    alone, raw 8-bit bytes read as UTF-8 or else Windows-1252."""
    for key, value in message.raw_items():
        if key.lower() == name:
            return re.sub(r"\r?\n[ \t]*", " ", _fix_8bit(str(value))).strip()
    return None


def _fix_8bit(value: str) -> str:
    """A header value with raw 8-bit bytes (kept by the parser as surrogates) decoded properly."""
    if value.isascii() or not any("\udc80" <= c <= "\udcff" for c in value):
        return value
    return decode_text(value.encode("utf-8", "surrogateescape"))


def _decode_words(raw: str) -> str:
    """RFC 2047 encoded words decoded the lenient way (compat32 rules)."""
    try:
        return str(make_header(decode_header(raw)))
    except (ValueError, LookupError, UnicodeError, binascii.Error):
        return raw


def _subject(message: Message, warnings: list[str]) -> str | None:
    raw = _raw(message, "subject")
    if raw is None:
        return None
    try:
        value = str(_POLICY.header_factory("subject", raw[:MAX_HEADER_CHARS]))
    except Exception as exc:  # the header registry has raised on hostile input before
        warnings.append(f"Subject header unreadable ({type(exc).__name__}), decoded leniently")
        value = _decode_words(raw)
    return _CONTROL.sub(" ", value).strip() or None


def _addresses(message: Message, name: str, warnings: list[str]) -> list[tuple[str | None, str | None]]:
    """(display name, lower-cased address) pairs of one address header."""
    raw = _raw(message, name)
    if raw is None:
        return []
    pairs = _address_pairs(name, raw, warnings)
    # "addr (Name)", the old way to give a name: only the compat parser reads the comment as one.
    comment_names = {a.lower(): n for n, a in _lenient_pairs(raw)} if "(" in raw else {}
    result: list[tuple[str | None, str | None]] = []
    for display, addr in pairs:
        display = display or comment_names.get(addr.lower(), "")
        display_name = clean_name(_decode_words(display) if "=?" in display else display)
        address = clean_name(addr.strip("<> ").lower())
        if address and "@" not in address and not display_name and "<" not in raw:
            display_name, address = clean_name(addr), None  # "From: Moderator" is a name
        if display_name or address:
            result.append((display_name, address))
    return result


def _address_pairs(name: str, raw: str, warnings: list[str]) -> list[tuple[str, str]]:
    """The strict parser where it is affordable, then the lenient one, then a plain search."""
    if len(raw) <= MAX_HEADER_CHARS:
        try:
            header = _POLICY.header_factory(name, raw)
            return [(a.display_name, a.addr_spec) for a in getattr(header, "addresses", ())]
        except Exception as exc:  # the header registry has raised on hostile input before
            warnings.append(f"{name.title()} header unreadable ({type(exc).__name__}), parsed leniently")
    return _lenient_pairs(raw)


def _lenient_pairs(raw: str) -> list[tuple[str, str]]:
    try:
        return [(_decode_words(n), a) for n, a in getaddresses([raw])]
    except RecursionError:  # comments nested thousands deep
        return [("", addr) for addr in _ADDRESS.findall(raw)]


def _date(message: Message, warnings: list[str]) -> datetime | None:
    raw = _raw(message, "date")
    if not raw:
        return None
    try:
        sent = parsedate_to_datetime(raw[:200])
    except (ValueError, TypeError, IndexError, OverflowError):
        warnings.append(f"Date header not understood: {raw[:80]!r}")
        return None
    return sent if sent.tzinfo is not None else sent.replace(tzinfo=UTC)  # "-0000": UTC, zone unknown


def _message_id(raw: str | None) -> str | None:
    if not raw:
        return None
    match = _MSG_ID.search(raw)
    return clean_name(match.group(1) if match else raw.strip("<> "))


def _parse_structure(
    parts: list[Message],
    multipart_type: str,
    in_alternative: bool,
    walk: _Walk,
    text_body: list[Message] | None,
    html_body: list[Message] | None,
    depth: int,
) -> None:
    """Sort parts into text body, HTML body and attachments: RFC 8621 section 4.1.4, verbatim."""
    if depth > MAX_MIME_DEPTH:
        raise LimitExceededError(f"MIME multiparts nested deeper than {MAX_MIME_DEPTH}")
    text_length = len(text_body) if text_body is not None else -1
    html_length = len(html_body) if html_body is not None else -1
    for index, part in enumerate(parts):
        ctype = _content_type(part)
        maintype = ctype.split("/")[0]
        is_inline = (
            _disposition(part) != "attachment"
            and (ctype in ("text/plain", "text/html") or maintype in _INLINE_MEDIA)
            and (
                index == 0
                or (multipart_type != "related" and (maintype in _INLINE_MEDIA or not _filename(part)))
            )
        )
        subparts = part.get_payload()
        if maintype == "multipart" and isinstance(subparts, list):
            subtype = ctype.split("/")[1]
            walk_alt = in_alternative or subtype == "alternative"
            children = [sub for sub in subparts if isinstance(sub, Message)]
            _parse_structure(children, subtype, walk_alt, walk, text_body, html_body, depth + 1)
        elif is_inline:
            if multipart_type == "alternative":
                target = {"text/plain": text_body, "text/html": html_body}.get(ctype, walk.attachments)
                if target is not None:
                    target.append(part)
                continue
            if in_alternative:
                if ctype == "text/plain":
                    html_body = None
                if ctype == "text/html":
                    text_body = None
            if text_body is not None:
                text_body.append(part)
            if html_body is not None:
                html_body.append(part)
            if maintype in _INLINE_MEDIA:  # RFC 8621 only when a body list is off; docpipe always
                walk.attachments.append(part)
        else:
            walk.attachments.append(part)
    if multipart_type == "alternative" and text_body is not None and html_body is not None:
        if text_length == len(text_body) and html_length != len(html_body):
            text_body.extend(html_body[html_length:])
        if html_length == len(html_body) and text_length != len(text_body):
            html_body.extend(text_body[text_length:])


def _content_type(part: Message) -> str:
    """The declared type; a multipart whose boundary never appears is read as plain text."""
    ctype = part.get_content_type()
    if ctype.startswith("multipart/") and not isinstance(part.get_payload(), list):
        return "text/plain"
    return ctype


def _body_text(walk: _Walk, warnings: list[str]) -> str:
    """The text body; failing that (none, or an empty plain part), the HTML body as text;
    failing that, inline text parts of other types (a bare text/calendar invitation)."""
    other_texts = [
        part
        for part in walk.attachments
        if part.get_content_maintype() == "text"
        and _disposition(part) != "attachment"
        and not _filename(part)
    ]
    for candidates in (walk.text_parts, walk.html_parts, other_texts):
        texts = [part for part in candidates if _content_type(part).startswith("text/")]
        text = "\n\n".join(piece for part in texts if (piece := _part_text(part, warnings).strip()))
        if text:
            return text
    return ""


def _disposition(part: Message) -> str | None:
    """``inline``, ``attachment`` (or another token), or None when absent or unreadable."""
    try:
        return part.get_content_disposition()
    except Exception:  # a broken Content-Disposition counts as none
        return None


def _filename(part: Message) -> str | None:
    """The sender's name for a part (RFC 2231 and, though not allowed there, RFC 2047 decoded)."""
    try:
        name = part.get_filename()
    except Exception:  # a broken parameter list: the name is lost, the bytes are not
        return None
    if name and "\ufffd" in name:  # raw 8-bit bytes in the parameter: read them as text
        legacy = Message()  # compat32 rules, which keep the bytes
        for key, value in part.raw_items():
            if key.lower() in ("content-type", "content-disposition"):
                legacy[key] = _fix_8bit(str(value))
        name = legacy.get_filename() or name
    return _decode_words(name) if name and "=?" in name else name


def _part_text(part: Message, warnings: list[str]) -> str:
    payload = _payload_bytes(part, warnings)
    if payload is None:
        return ""
    text = decode_charset(payload, part.get_content_charset(), warnings)
    head = text.lstrip()[:14].lower()
    undeclared_html = "content-type" not in part and head.startswith(("<html", "<!doctype html"))
    if _content_type(part) == "text/html" or undeclared_html:
        return html_to_text(text)
    return text


def decode_charset(payload: bytes, charset: str | None, warnings: list[str]) -> str:
    """Bytes in a declared charset; undeclared or plain ASCII: UTF-8, else Windows-1252."""
    name = (charset or "").strip().strip("\"'").lower()
    if name in ("", "us-ascii", "ascii", "unknown-8bit", "x-unknown", "default"):
        return decode_text(payload)
    try:
        return payload.decode(name, errors="replace")
    except LookupError:
        warnings.append(f"unknown charset {name[:40]!r}: read as Windows-1252")
        return payload.decode("cp1252", errors="replace")


def _payload_bytes(part: Message, warnings: list[str]) -> bytes | None:
    """The transfer-decoded bytes of a leaf part; None (with a warning) when unreadable."""
    try:
        payload = part.get_payload(decode=True)
    except Exception as exc:  # a hostile part must not take the whole mail with it
        warnings.append(f"{_content_type(part)} part unreadable: {type(exc).__name__}")
        return None
    return payload if isinstance(payload, bytes) else None


def _child(part: Message, source: bytes, warnings: list[str]) -> ChildItem | None:
    """An attachment part as a child item: decoded bytes, declared type, display name."""
    name = _filename(part)
    ctype = part.get_content_type()
    if part.get_content_maintype() == "message" and isinstance(part.get_payload(), list):
        data = _message_bytes(part, b"\r\n" in source, warnings)
    else:
        data = _payload_bytes(part, warnings)
    if data is None:
        return None
    return ChildItem(filename=clean_name(name), data=data, mime_type=ctype)


def _message_bytes(part: Message, crlf: bool, warnings: list[str]) -> bytes | None:
    """A nested message/* part written back as bytes, transfer encoding (if any) undone."""
    serializer = _SERIALIZE.clone(linesep="\r\n" if crlf else "\n")
    try:
        subs = [sub for sub in part.get_payload() if isinstance(sub, Message)]
        data = b"".join(sub.as_bytes(policy=serializer) for sub in subs)
    except Exception as exc:  # a generator failure on a broken nested message
        warnings.append(f"nested {part.get_content_type()} unreadable: {type(exc).__name__}")
        return None
    encoding = str(part.get("content-transfer-encoding", "")).strip().lower()
    if encoding == "base64":  # not allowed for message/rfc822, but sent anyway
        compact = re.sub(rb"[^A-Za-z0-9+/]", b"", data)
        try:
            return base64.b64decode(compact + b"=" * (-len(compact) % 4))
        except (binascii.Error, ValueError):
            warnings.append("nested message with broken base64 kept encoded")
    elif encoding == "quoted-printable":
        return quopri.decodestring(data)
    return data


def _note_defects(message: Message, warnings: list[str]) -> None:
    """MIME defects the parser noted, once per kind."""
    kinds: dict[str, int] = {}
    for part in message.walk():
        for defect in getattr(part, "defects", []):
            kinds[type(defect).__name__] = kinds.get(type(defect).__name__, 0) + 1
    warnings.extend(f"MIME defect: {kind}" + (f" (x{n})" if n > 1 else "") for kind, n in kinds.items())


def html_to_text(html: str) -> str:
    """Readable text of an HTML body: scripts, styles, comments and markup dropped, one line per
    block, table cells separated by tabs, entities decoded.

    A single linear scan with one regular expression: the stdlib ``HTMLParser`` (under
    BeautifulSoup and html2text alike) takes quadratic time on inputs such as ``'<a' * 300_000``.
    """
    pieces: list[str] = []
    pre = 0
    position = 0
    for token in _HTML_TOKEN.finditer(html):
        text = html[position : token.start()]
        pieces.append(unescape(text if pre else re.sub(r"[ \t\r\n\f]+", " ", text)))
        position = token.end()
        name = (token.group("name") or "").lower()
        closing = bool(token.group("slash"))
        if name == "br" or (_BLOCK_TAG.fullmatch(name) and not (closing and name in ("td", "th"))):
            pieces.append("\n")
        elif closing and name in ("td", "th"):
            pieces.append("\t")
        if name == "pre":
            pre = max(0, pre - 1) if closing else pre + 1
    tail = html[position:]
    pieces.append(unescape(tail if pre else re.sub(r"[ \t\r\n\f]+", " ", tail)))
    lines = (re.sub(r"[ \t]*\t[ \t]*", "\t", line).strip(" \t") for line in "".join(pieces).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).replace("\xa0", " ").strip()


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bool(head) and control / len(head) > 0.05
