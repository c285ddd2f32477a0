"""Text extraction, one module per input type, chosen by MIME type."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from pipeline.errors import LimitExceededError, UnsupportedTypeError
from pipeline.extract.filetypes import detect_mime_type
from pipeline.options import ExtractOptions
from pipeline.records import Extraction

Extractor = Callable[[bytes, ExtractOptions], Extraction]


# MIME type -> (module, function). Modules load on first use, so that a process that never
# sees a PDF never imports pdfplumber.
EXTRACTORS: dict[str, tuple[str, str]] = {
    "application/pdf": ("pipeline.extract.pdf", "extract_pdf"),
    "image/png": ("pipeline.extract.image", "extract_image"),
    "image/jpeg": ("pipeline.extract.image", "extract_image"),
    "image/tiff": ("pipeline.extract.image", "extract_image"),
    "message/rfc822": ("pipeline.extract.email_mime", "extract_email"),
    "application/vnd.ms-outlook": ("pipeline.extract.msg", "extract_msg"),
    "application/zip": ("pipeline.extract.archive", "extract_zip"),
    "text/plain": ("pipeline.extract.plain", "extract_plain"),
    "application/xml": ("pipeline.extract.xml", "extract_xml"),
}


def _extractor_for(mime_type: str) -> Extractor | None:
    target = EXTRACTORS.get(mime_type)
    if target is None:
        return None
    module, function = target
    extractor: Extractor = getattr(importlib.import_module(module), function)
    return extractor


def extract_text(data: bytes, mime_type: str, options: ExtractOptions) -> Extraction:
    """Read the text (and children) of one document; raises a DocumentError on bad input."""
    if len(data) > options.limits.max_file_bytes:
        raise LimitExceededError(f"file too large: {len(data)} bytes, limit {options.limits.max_file_bytes}")
    if not data:
        raise UnsupportedTypeError("empty file (0 bytes)")
    extractor = _extractor_for(mime_type)
    if extractor is None:
        raise UnsupportedTypeError(f"unsupported type: {mime_type}")
    return extractor(data, options)


__all__ = ["Extractor", "detect_mime_type", "extract_text"]
