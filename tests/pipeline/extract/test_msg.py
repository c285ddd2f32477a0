"""Outlook .msg extraction.

No real .msg file is in the shared data, and extract-msg cannot write a message. Its ``OleWriter``
does write OLE compound files, so ``build_msg`` lays out a message on it as MS-OXMSG describes
(property streams, recipient and attachment storages, an embedded message), and extract-msg reads
it back like any Outlook file.
"""

from __future__ import annotations

import io
import random
import struct
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from extract_msg.ole_writer import OleWriter

from pipeline.errors import CorruptDocumentError
from pipeline.extract.email_mime import safe_display_name
from pipeline.extract.msg import extract_msg
from pipeline.options import ExtractOptions

OPTIONS = ExtractOptions()
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PT_LONG, PT_STRING, PT_BINARY, PT_OBJECT, PT_TIME = 0x0003, 0x001F, 0x0102, 0x000D, 0x0040
ATTACH_BY_VALUE, ATTACH_EMBEDDED_MSG = 1, 5


@dataclass
class Item:
    """What goes into a test message."""

    subject: str = "Invoice 4711"
    body: str | None = "Please find the invoice attached."
    html: bytes | None = None
    sender_name: str = "Jane Supplier"
    sender_address: str = "Jane@Supplier.example"
    recipients: list[tuple[str, int]] = field(default_factory=lambda: [("AP@buyer.example", 1)])
    headers: str | None = None
    submitted: datetime | None = None
    attachments: list[tuple[str, bytes | Item]] = field(default_factory=list)


def _string(writer: OleWriter, prefix: str, ident: int, text: str) -> bytes:
    data = text.encode("utf-16-le")
    writer.addEntry(f"{prefix}__substg1.0_{ident:04X}{PT_STRING:04X}", data)
    return struct.pack("<IIII", ident << 16 | PT_STRING, 6, len(data) + 2, 0)


def _binary(writer: OleWriter, prefix: str, ident: int, data: bytes) -> bytes:
    writer.addEntry(f"{prefix}__substg1.0_{ident:04X}{PT_BINARY:04X}", data)
    return struct.pack("<IIII", ident << 16 | PT_BINARY, 6, len(data), 0)


def _fixed(ident: int, kind: int, value: int) -> bytes:
    return struct.pack("<IIQ", ident << 16 | kind, 6, value)


def _write_item(writer: OleWriter, prefix: str, item: Item, embedded: bool) -> None:
    props = [
        _string(writer, prefix, 0x001A, "IPM.Note"),  # PR_MESSAGE_CLASS
        _string(writer, prefix, 0x0037, item.subject),
        _string(writer, prefix, 0x0C1A, item.sender_name),
        _string(writer, prefix, 0x0C1F, item.sender_address),
        _string(writer, prefix, 0x1035, "<abc123@supplier.example>"),  # PR_INTERNET_MESSAGE_ID
    ]
    if item.body is not None:
        props.append(_string(writer, prefix, 0x1000, item.body))
    if item.html is not None:
        props.append(_binary(writer, prefix, 0x1013, item.html))
    if item.headers is not None:
        props.append(_string(writer, prefix, 0x007D, item.headers))  # PR_TRANSPORT_MESSAGE_HEADERS
    if item.submitted is not None:
        filetime = int((item.submitted - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10_000_000)
        props.append(_fixed(0x0039, PT_TIME, filetime))  # PR_CLIENT_SUBMIT_TIME
    for number, (address, kind) in enumerate(item.recipients):
        storage = f"{prefix}__recip_version1.0_#{number:08X}/"
        writer.addEntry(storage[:-1], storage=True)
        entries = [_string(writer, storage, tag, address) for tag in (0x3001, 0x3003, 0x39FE)]
        entries.append(_fixed(0x0C15, PT_LONG, kind))  # PR_RECIPIENT_TYPE: 1 To, 2 Cc, 3 Bcc
        writer.addEntry(f"{storage}__properties_version1.0", bytes(8) + b"".join(entries))
    for number, (name, content) in enumerate(item.attachments):
        storage = f"{prefix}__attach_version1.0_#{number:08X}/"
        writer.addEntry(storage[:-1], storage=True)
        entries = [_string(writer, storage, 0x3707, name), _fixed(0x0E21, PT_LONG, number)]
        if isinstance(content, bytes):
            entries += [_binary(writer, storage, 0x3701, content), _fixed(0x3705, PT_LONG, ATTACH_BY_VALUE)]
        else:
            inner = f"{storage}__substg1.0_3701{PT_OBJECT:04X}"
            writer.addEntry(inner, storage=True)
            _write_item(writer, inner + "/", content, embedded=True)
            entries += [
                struct.pack("<IIII", 0x3701 << 16 | PT_OBJECT, 6, 0xFFFFFFFF, 0),
                _fixed(0x3705, PT_LONG, ATTACH_EMBEDDED_MSG),
            ]
        writer.addEntry(f"{storage}__properties_version1.0", bytes(8) + b"".join(entries))
    counts = struct.pack("<IIII", *[len(item.recipients), len(item.attachments)] * 2)
    header = bytes(8) + counts + (b"" if embedded else bytes(8))
    writer.addEntry(f"{prefix}__properties_version1.0", header + b"".join(props))


def build_msg(item: Item) -> bytes:
    """The bytes of an Outlook .msg file holding ``item``."""
    writer = OleWriter()
    writer.addEntry("__nameid_version1.0", storage=True)
    for stream in ("00020102", "00030102", "00040102"):  # GUID, entry and string streams, empty
        writer.addEntry(f"__nameid_version1.0/__substg1.0_{stream}", b"")
    _write_item(writer, "", item, embedded=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_message_headers_text_and_attachment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    item = Item(
        recipients=[("AP@buyer.example", 1), ("boss@buyer.example", 2), ("hidden@buyer.example", 3)],
        submitted=datetime(2026, 4, 7, 8, 0, tzinfo=UTC),
        attachments=[("../../etc/invoice.pdf", b"%PDF-1.4 invoice")],
    )
    data = build_msg(item)
    assert data.startswith(OLE_MAGIC)

    result = extract_msg(data, OPTIONS)

    headers = result.email
    assert headers is not None
    assert headers.subject == "Invoice 4711"
    assert (headers.from_name, headers.from_addr) == ("Jane Supplier", "jane@supplier.example")
    assert headers.to_addrs == ["ap@buyer.example", "boss@buyer.example"]  # Bcc is not a recipient here
    assert headers.message_id == "abc123@supplier.example"
    assert headers.sent_at == datetime(2026, 4, 7, 8, 0, tzinfo=UTC)
    assert (result.text, result.text_method) == ("Invoice 4711\n\nPlease find the invoice attached.", "email")
    [child] = result.children
    assert (child.filename, child.data) == ("../../etc/invoice.pdf", b"%PDF-1.4 invoice")
    assert safe_display_name(child.filename) == "invoice.pdf"
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []  # nothing saved, anywhere


def test_embedded_message_becomes_a_msg_child() -> None:
    inner = Item(subject="Original order", body="Order 99", attachments=[("po.pdf", b"%PDF po")])
    result = extract_msg(build_msg(Item(subject="FW: Original order", attachments=[("fw", inner)])), OPTIONS)
    [child] = result.children
    assert child.mime_type == "application/vnd.ms-outlook" and child.data.startswith(OLE_MAGIC)
    nested = extract_msg(child.data, OPTIONS)
    assert nested.email is not None and nested.email.subject == "Original order"
    assert "Order 99" in nested.text
    assert [(c.filename, c.data) for c in nested.children] == [("po.pdf", b"%PDF po")]


def test_html_body_when_there_is_no_plain_body() -> None:
    html = b"<html><body><script>x()</script><p>Total:&nbsp;<b>EUR 12,00</b></p></body></html>"
    result = extract_msg(build_msg(Item(body=None, html=html)), OPTIONS)
    assert result.text == "Invoice 4711\n\nTotal: EUR 12,00"


def test_transport_headers_fill_what_the_properties_lack() -> None:
    headers = (
        "From: Jane Supplier <jane@supplier.example>\r\nTo: ap@buyer.example\r\n"
        "Subject: Invoice 4711\r\nDate: Tue, 07 Apr 2026 10:00:00 +0200\r\n"
        "In-Reply-To: <order-99@buyer.example>\r\n\r\n"
    )
    item = Item(sender_address="/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=JANE", headers=headers)
    result = extract_msg(build_msg(item), OPTIONS)
    assert result.email is not None
    assert result.email.from_addr == "jane@supplier.example"  # not the Exchange X.500 path
    assert result.email.in_reply_to == "order-99@buyer.example"
    assert (
        result.email.sent_at is not None and result.email.sent_at.isoformat() == "2026-04-07T10:00:00+02:00"
    )


@pytest.mark.parametrize(
    "data",
    [
        OLE_MAGIC + random.Random(3).randbytes(4000),  # OLE signature, junk after it
        OLE_MAGIC + bytes(600),
        b"/etc/passwd",  # short bytes that olefile would take for a file name
        b"not an outlook file at all",
    ],
    ids=["ole-junk", "ole-zeros", "path-like", "text"],
)
def test_corrupt_msg(data: bytes) -> None:
    with pytest.raises(CorruptDocumentError, match="broken Outlook message"):
        extract_msg(data, OPTIONS)


def test_ole_file_that_is_not_a_message_is_corrupt() -> None:
    writer = OleWriter()
    writer.addEntry("Workbook", b"\x09\x08" * 3000)
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(CorruptDocumentError, match="broken Outlook message"):
        extract_msg(out.getvalue(), OPTIONS)
