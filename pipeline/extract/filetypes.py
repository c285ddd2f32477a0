"""Recognise what a file is from its first bytes, with the name only as a hint."""

from __future__ import annotations

import re

_MAIL_HEADER = re.compile(
    rb"^(?:From |(?:Return-Path|Received|From|To|Subject|Date|Message-ID|MIME-Version|"
    rb"Delivered-To|X-[\w-]+|Content-Type|Reply-To|Sender|Cc)\s*:)",
    re.IGNORECASE,
)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def detect_mime_type(data: bytes, filename: str | None = None) -> str:
    """The MIME type docpipe treats these bytes as; ``application/octet-stream`` when unknown."""
    head = data[:4096]
    suffix = (filename or "").rsplit(".", 1)[-1].lower() if filename and "." in filename else ""
    if head.startswith(b"%PDF-") or (b"%PDF-" in head[:1024] and suffix == "pdf"):
        return "application/pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "image/tiff"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "application/zip"
    if head.startswith(_OLE_MAGIC):
        return "application/vnd.ms-outlook" if suffix in ("msg", "") else "application/x-ole-storage"
    if suffix == "pdf":
        return "application/pdf"  # damaged PDF: let the PDF reader say what is wrong
    if suffix in ("png", "jpg", "jpeg", "tif", "tiff"):
        return {"png": "image/png", "tif": "image/tiff", "tiff": "image/tiff"}.get(suffix, "image/jpeg")
    if _looks_binary(head):
        return "application/octet-stream"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<?xml") or (suffix == "xml" and stripped.startswith(b"<")):
        return "application/xml"
    if suffix == "eml" or _MAIL_HEADER.match(stripped):
        return "message/rfc822"
    return "text/plain"


def _looks_binary(head: bytes) -> bool:
    if b"\x00" in head:
        return True
    if not head:
        return False
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control / len(head) > 0.05
