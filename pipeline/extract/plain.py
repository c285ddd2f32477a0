"""Plain text files."""

from __future__ import annotations

from pipeline.options import ExtractOptions
from pipeline.records import Extraction


def decode_text(data: bytes) -> str:
    """Decode bytes of unknown charset: UTF-8 (with or without BOM), else Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def extract_plain(data: bytes, options: ExtractOptions) -> Extraction:
    """A text file is its own text."""
    return Extraction(text=decode_text(data), text_method="plain")
