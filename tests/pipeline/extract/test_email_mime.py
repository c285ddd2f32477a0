"""MIME mail extraction, against the stalwart mail-parser expectations and the SpamAssassin corpus."""

from __future__ import annotations

import json
import random
import re
import tempfile
import time
from datetime import UTC
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import CorruptDocumentError, LimitExceededError
from pipeline.extract.email_mime import extract_email, html_to_text, safe_display_name
from pipeline.options import ExtractOptions
from pipeline.records import Extraction
from tests.conftest import SHARED_DATA

EMAILS = SHARED_DATA / "emails"
MIME_FILES = sorted(EMAILS.glob("mime-*.eml"))
SPAMASSASSIN_FILES = sorted(EMAILS.glob("[0-9]*.eml"))
OPTIONS = ExtractOptions()

# Where our attachment count differs from stalwart's, and why. Stalwart files a part it could not
# decode cleanly (unterminated, or broken base64: ``is_encoding_problem``) as an attachment; the
# stdlib parser reads such a part as the body text it mostly is.
ENCODING_PROBLEM = "stalwart files a part it could not decode cleanly as an attachment; we read it as text"
UNCLOSED = "boundaries never closed: stalwart merges the messages that follow into one, the stdlib sees each"
ATTACHMENTS_DIFFERING: dict[str, tuple[int, str]] = {
    "mime-malformed-001.eml": (0, ENCODING_PROBLEM),
    "mime-malformed-003.eml": (0, ENCODING_PROBLEM),
    "mime-malformed-004.eml": (0, ENCODING_PROBLEM),
    "mime-malformed-006.eml": (0, ENCODING_PROBLEM),
    "mime-malformed-007.eml": (0, ENCODING_PROBLEM),
    "mime-malformed-008.eml": (0, ENCODING_PROBLEM),
    "mime-malformed-009.eml": (0, ENCODING_PROBLEM),
    "mime-malformed-011.eml": (0, ENCODING_PROBLEM),
    "mime-malformed-016.eml": (0, ENCODING_PROBLEM),
    "mime-thirdparty-002.eml": (0, ENCODING_PROBLEM),
    "mime-malformed-002.eml": (
        0,
        "boundary never appears: stalwart attaches the whole body, we read it as text",
    ),
    "mime-malformed-012.eml": (3, UNCLOSED),  # stalwart: 2 message/rfc822 parts
    "mime-thirdparty-015.eml": (3, UNCLOSED),  # stalwart: 1 of the 3 forwarded mails
}
# Where the expected body text is not in our text, and why.
NO_START = "alternative without its start boundary: stalwart keeps raw MIME lines as text, we the HTML part"
BODY_DIFFERING = {
    "mime-malformed-020.eml": NO_START,
    "mime-malformed-021.eml": NO_START,
    "mime-thirdparty-002.eml": "undecodable base64 tail: stalwart and the stdlib salvage different bytes",
}
NO_SUBJECT = {"01332.67aa87ef51e1160548ee44dcbef73c42.eml"}  # a spamtrap error notice, no Subject header


def _expected(eml: Path) -> dict[str, Any]:
    """Subject, From, To, Message-ID, attachments and body texts from stalwart's parse tree."""
    tree = json.loads(eml.with_suffix(".json").read_text(encoding="utf-8"))
    headers: dict[str, Any] = {}
    for header in tree["parts"][0]["headers"]:
        if isinstance(header["name"], str):
            headers.setdefault(header["name"], header["value"])

    def text(name: str) -> str | None:
        value = headers.get(name)
        return value.get("Text") if isinstance(value, dict) else None

    def addresses(name: str) -> list[dict[str, str | None]]:
        value = headers.get(name)
        found = value.get("Address", {}) if isinstance(value, dict) else {}
        return list(found.get("List") or [])

    nested = {}
    for position, index in enumerate(tree["attachments"]):
        body = tree["parts"][index]["body"]
        if isinstance(body, dict) and "Message" in body:
            for header in body["Message"]["parts"][0]["headers"]:
                if header["name"] == "subject" and isinstance(header["value"], dict):
                    nested[position] = header["value"]["Text"]
    bodies = [tree["parts"][i]["body"] for i in tree["text_body"]]
    return {
        "subject": text("subject"),
        "message_id": text("message_id"),
        "from": addresses("from")[:1],
        "to": [a["address"].lower() for a in addresses("to") + addresses("cc") if a["address"]],
        "attachments": len(tree["attachments"]),
        "nested_subjects": nested,
        "bodies": [b["Text"] for b in bodies if isinstance(b, dict) and isinstance(b.get("Text"), str)],
    }


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\x00", "")).strip()


@pytest.mark.parametrize("eml", MIME_FILES, ids=lambda p: p.name)
def test_mime_message_matches_stalwart_parse(eml: Path) -> None:
    expected = _expected(eml)
    result = extract_email(eml.read_bytes(), OPTIONS)
    assert result.email is not None and result.text_method == "email"
    if expected["subject"] is not None:
        assert result.email.subject == expected["subject"]
    if expected["from"]:
        sender = expected["from"][0]
        assert result.email.from_name == sender["name"]
        assert result.email.from_addr == (sender["address"].lower() if sender["address"] else None)
    assert result.email.to_addrs == expected["to"]
    assert result.email.message_id == expected["message_id"]
    count, _reason = ATTACHMENTS_DIFFERING.get(eml.name, (expected["attachments"], ""))
    assert len(result.children) == count, [(c.mime_type, c.filename) for c in result.children]
    if eml.name not in ATTACHMENTS_DIFFERING:
        for position, subject in expected["nested_subjects"].items():
            nested = extract_email(result.children[position].data, OPTIONS)
            assert nested.email is not None and nested.email.subject == subject
    if eml.name not in BODY_DIFFERING:
        for body in expected["bodies"]:
            assert _squash(body) in _squash(result.text)


def test_mime_files_and_expectations_are_all_there() -> None:
    assert len(MIME_FILES) == 53
    assert set(ATTACHMENTS_DIFFERING) | set(BODY_DIFFERING) <= {p.name for p in MIME_FILES}


@pytest.mark.parametrize("eml", SPAMASSASSIN_FILES, ids=lambda p: p.name[:12])
def test_spamassassin_mail_has_headers_and_text(eml: Path) -> None:
    result = extract_email(eml.read_bytes(), OPTIONS)
    headers = result.email
    assert headers is not None
    if eml.name in NO_SUBJECT:
        assert headers.subject is None
    else:
        assert headers.subject and result.text.startswith(headers.subject)
    assert headers.from_addr and "@" in headers.from_addr and headers.from_addr == headers.from_addr.lower()
    assert headers.message_id and "<" not in headers.message_id
    assert headers.sent_at is not None and headers.sent_at.tzinfo is not None
    body = result.text[len(headers.subject or "") :].strip()
    assert body
    assert "\x00" not in result.text


def test_spamassassin_corpus_is_complete() -> None:
    assert len(SPAMASSASSIN_FILES) == 150


def test_old_style_comment_name_and_missing_subject() -> None:
    result = extract_email((EMAILS / sorted(NO_SUBJECT)[0]).read_bytes(), OPTIONS)
    assert result.email is not None
    assert (result.email.from_name, result.email.from_addr) == ("Nobody", "nobody@sonic.spamtraps.taint.org")


def _mail(subject: str = "Invoice 42") -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = '"Müller, Anna" <Anna.Mueller@Supplier.example>'
    mail["To"] = "ap@buyer.example, Bob <BOB@buyer.example>"
    mail["Cc"] = "archive@buyer.example"
    mail["Subject"] = subject
    mail["Date"] = "Tue, 07 Apr 2026 10:00:00 +0200"
    mail["Message-ID"] = "<42@supplier.example>"
    mail["In-Reply-To"] = "<41@buyer.example> (earlier)"
    return mail


def test_headers_are_decoded() -> None:
    mail = _mail(subject="Rechnung für März")
    mail.set_content("Guten Tag")
    headers = extract_email(mail.as_bytes(), OPTIONS).email
    assert headers is not None
    assert headers.subject == "Rechnung für März"
    assert (headers.from_name, headers.from_addr) == ("Müller, Anna", "anna.mueller@supplier.example")
    assert headers.to_addrs == ["ap@buyer.example", "bob@buyer.example", "archive@buyer.example"]
    assert (headers.message_id, headers.in_reply_to) == ("42@supplier.example", "41@buyer.example")
    assert headers.sent_at is not None and headers.sent_at.isoformat() == "2026-04-07T10:00:00+02:00"


def test_raw_latin1_headers_and_unknown_zone_and_bad_date() -> None:
    raw = (
        b"From: Ren\xe9 <rene@example.org>\nSubject: caf\xe9 =?utf-8?q?=C3=BC?=\n"
        b"Date: Fri, 14 Jun 1991 19:00:00 -0000\n\nbody\n"
    )
    headers = extract_email(raw, OPTIONS).email
    assert headers is not None
    assert (headers.subject, headers.from_name) == ("café ü", "René")
    assert headers.sent_at is not None and headers.sent_at.tzinfo == UTC
    broken = extract_email(b"Subject: x\nDate: Tuesday 99 Foo\n\nbody\n", OPTIONS)
    assert broken.email is not None and broken.email.sent_at is None
    assert any("Date" in w for w in broken.warnings)


def test_attachment_named_like_a_path_is_only_a_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    workdir = tmp_path / "a" / "b" / "c"
    workdir.mkdir(parents=True)
    monkeypatch.chdir(workdir)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    secret = b"root:x:0:0:root:/root:/bin/bash\n"
    mail = _mail()
    mail.set_content("see attached")
    mail.add_attachment(secret, maintype="application", subtype="octet-stream", filename="../../etc/passwd")

    result = extract_email(mail.as_bytes(), OPTIONS)

    [child] = result.children
    assert child.data == secret
    assert child.filename == "../../etc/passwd"  # kept for display
    assert child.mime_type == "application/octet-stream"
    assert safe_display_name(child.filename) == "passwd"
    assert not (workdir / "../../etc/passwd").resolve().exists()
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []
    assert list(scratch.iterdir()) == []


def test_safe_display_name() -> None:
    assert safe_display_name("../../etc/passwd") == "passwd"
    assert safe_display_name("C:\\Users\\x\\Rechnung 7.pdf") == "Rechnung 7.pdf"
    assert safe_display_name("in\r\nvoice\x00.pdf") == "in voice .pdf"
    assert safe_display_name("x" * 400) == "x" * 255
    for nothing in (None, "", "..", "dir/", "\x00\x01"):
        assert safe_display_name(nothing) is None


def test_attachment_names_lose_control_characters_and_length() -> None:
    mail = _mail()
    mail.set_content("two files")
    mail.add_attachment(b"1", maintype="application", subtype="pdf", filename="a\tb.pdf")
    mail.add_attachment(b"2", maintype="application", subtype="pdf", filename="y" * 300 + ".pdf")
    first, second = extract_email(mail.as_bytes(), OPTIONS).children
    assert first.filename == "a b.pdf"
    assert second.filename == "y" * 255


def test_nested_message_becomes_a_child() -> None:
    inner = _mail(subject="Original invoice")
    inner.set_content("the original")
    inner.add_attachment(b"%PDF-1.7 inner", maintype="application", subtype="pdf", filename="inner.pdf")
    outer = _mail(subject="Fwd: Original invoice")
    outer.set_content("forwarding")
    outer.add_attachment(inner)

    result = extract_email(outer.as_bytes(), OPTIONS)

    [child] = result.children
    assert child.mime_type == "message/rfc822"
    assert "the original" not in result.text  # the nested mail is a document of its own
    nested = extract_email(child.data, OPTIONS)
    assert nested.email is not None and nested.email.subject == "Original invoice"
    assert [(c.filename, c.data) for c in nested.children] == [("inner.pdf", b"%PDF-1.7 inner")]


def test_base64_encoded_nested_message_is_decoded() -> None:
    raw = (
        b"Subject: outer\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nhi\n"
        b"--b\nContent-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n"
        b"U3ViamVjdDogaW5uZXIKCmlubmVyIGJvZHkK\n--b--\n"
    )
    [child] = extract_email(raw, OPTIONS).children
    assert child.data == b"Subject: inner\n\ninner body\n"


def test_html_only_mail_gives_readable_text() -> None:
    mail = _mail()
    mail.set_content(
        "<html><head><title>Invoice</title><style>td {color: red}</style>"
        "<script>alert('x')</script></head><body><!-- tracking -->"
        "<h1>Invoice&nbsp;42</h1><p>Dear   customer,<br>please pay &amp; smile.</p>"
        "<table><tr><td>Total</td><td>EUR 1.234,56</td></tr></table></body></html>",
        subtype="html",
    )
    result = extract_email(mail.as_bytes(), OPTIONS)
    assert "<" not in result.text and "alert" not in result.text and "color" not in result.text
    assert "tracking" not in result.text
    assert "Invoice 42" in result.text  # &nbsp; read as a plain space
    assert "Dear customer,\nplease pay & smile." in result.text
    assert "Total\tEUR 1.234,56" in result.text


def test_plain_part_preferred_over_html_alternative() -> None:
    mail = _mail()
    mail.set_content("plain version")
    mail.add_alternative("<p>html version</p>", subtype="html")
    result = extract_email(mail.as_bytes(), OPTIONS)
    assert "plain version" in result.text and "html version" not in result.text
    assert result.children == []


def test_calendar_invitation_is_text_and_child() -> None:
    raw = (
        b"Subject: Meeting\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\n\n"
        b"BEGIN:VCALENDAR\nSUMMARY:Quarterly review\nEND:VCALENDAR\n"
    )
    result = extract_email(raw, OPTIONS)
    assert "SUMMARY:Quarterly review" in result.text
    assert [c.mime_type for c in result.children] == ["text/calendar"]


def test_unknown_charset_falls_back_with_a_warning() -> None:
    raw = b"Subject: x\nContent-Type: text/plain; charset=x-nonsense\n\nPreis: 10 \x80\n"
    result = extract_email(raw, OPTIONS)
    assert "Preis: 10 €" in result.text
    assert any("x-nonsense" in w for w in result.warnings)


def test_truncated_multipart_still_lands() -> None:
    raw = (
        b"From: a@example.org\nSubject: cut off\nContent-Type: multipart/mixed; boundary=XX\n\n"
        b"--XX\nContent-Type: text/plain\n\nhello\n--XX\nContent-Type: application/pdf\n"
        b"Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=a.pdf\n\nJVBERi0xLjQK"
    )
    result = extract_email(raw, OPTIONS)
    assert "hello" in result.text
    assert [(c.filename, c.data) for c in result.children] == [("a.pdf", b"%PDF-1.4\n")]
    assert any("CloseBoundaryNotFound" in w for w in result.warnings)


def test_garbage_boundary_still_lands() -> None:
    raw = b'Subject: odd\nContent-Type: multipart/mixed; boundary="\x01\xff"\n\n--zz\n\nhello there\n'
    result = extract_email(raw, OPTIONS)
    assert "hello there" in result.text
    assert result.warnings


def test_binary_junk_is_corrupt() -> None:
    junk = random.Random(7).randbytes(4096)
    with pytest.raises(CorruptDocumentError, match="broken MIME"):
        extract_email(junk, OPTIONS)


def test_too_many_parts_is_refused() -> None:
    raw = b"Subject: many\nContent-Type: multipart/mixed; boundary=b\n\n"
    raw += b"--b\nContent-Type: text/plain\n\nx\n" * 1001 + b"--b--\n"
    with pytest.raises(LimitExceededError, match="too many MIME parts"):
        extract_email(raw, OPTIONS)


def test_deeply_nested_multiparts_are_refused() -> None:
    raw = b"Content-Type: multipart/mixed; boundary=b0\n\n"
    raw += b"".join(b"--b%d\nContent-Type: multipart/mixed; boundary=b%d\n\n" % (i, i + 1) for i in range(80))
    with pytest.raises(LimitExceededError, match="nested"):
        extract_email(raw + b"--b80\n\nx\n", OPTIONS)


def test_extraction_type() -> None:
    result = extract_email(b"Subject: s\n\nbody\n", OPTIONS)
    assert isinstance(result, Extraction)
    assert (result.text, result.text_method) == ("s\n\nbody", "email")


@pytest.mark.parametrize(
    "markup",
    ["<a" * 300_000, "</" * 300_000, "<!" * 300_000, "<![" * 300_000, "<!--" * 200_000, "<?" * 300_000],
    ids=["open-tags", "end-tags", "bangs", "marked-sections", "comments", "pis"],
)
def test_hostile_markup_is_read_in_linear_time(markup: str) -> None:
    # The stdlib HTMLParser (under BeautifulSoup and html2text) needs minutes for some of these.
    started = time.perf_counter()
    html_to_text(markup)
    assert time.perf_counter() - started < 5


def test_hostile_headers_neither_stall_nor_crash() -> None:
    nested = b"(" * 3000 + b")" * 3000  # deeper than the stdlib header parser's recursion can go
    raw = (
        b"To: " + b", ".join(b"User %d <u%d@example.com>" % (i, i) for i in range(20_000)) + b"\n"
        b"From: " + nested + b" a@b.example\n"
        b"Subject: " + b"=?utf-8?q?abc?= " * 20_000 + b"\n"
        b"Content-Type: multipart/mixed; boundary=b; " + nested + b"\n\n"
        b"--b\nContent-Type: text/plain\nContent-Transfer-Encoding: 7bit " + nested + b"\n\nbody\n"
        b"--b\nContent-Type: application/pdf\nContent-Disposition: attachment; "
        + nested
        + b"\n\n%PDF\n--b--\n"
    )
    started = time.perf_counter()
    result = extract_email(raw, OPTIONS)
    assert time.perf_counter() - started < 10  # the strict parser alone took 8 s on this To list
    assert result.email is not None
    assert len(result.email.to_addrs) == 20_000
    assert result.email.from_addr == "a@b.example"
    assert result.email.subject is not None and result.email.subject.startswith("abcabc")
    assert "body" in result.text
    assert [c.data for c in result.children] == [b"%PDF"]


def test_deep_nesting_is_refused_not_crashed() -> None:
    raw = b"Content-Type: multipart/mixed; boundary=b0\n\n"
    raw += b"".join(
        b"--b%d\nContent-Type: multipart/mixed; boundary=b%d\n\n" % (i, i + 1) for i in range(3000)
    )
    with pytest.raises(LimitExceededError, match="nested"):
        extract_email(raw, OPTIONS)
