"""Text extraction, one module per input type, chosen by MIME type."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.errors import LimitExceededError, UnsupportedTypeError
from pipeline.extract.filetypes import detect_mime_type
from pipeline.options import ExtractOptions
from pipeline.records import Extraction

Extractor = Callable[[bytes, ExtractOptions], Extraction]


def _extractors() -> dict[str, Extractor]:
    # Imported here so that a process that never sees a PDF never loads pdfplumber.
    from pipeline.extract import archive, email_mime, image, msg, pdf, plain, xml

    return {
        "application/pdf": pdf.extract_pdf,
        "image/png": image.extract_image,
        "image/jpeg": image.extract_image,
        "image/tiff": image.extract_image,
        "message/rfc822": email_mime.extract_email,
        "application/vnd.ms-outlook": msg.extract_msg,
        "application/zip": archive.extract_zip,
        "text/plain": plain.extract_plain,
        "application/xml": xml.extract_xml,
    }


def extract_text(data: bytes, mime_type: str, options: ExtractOptions) -> Extraction:
    """Read the text (and children) of one document; raises a DocumentError on bad input."""
    if len(data) > options.limits.max_file_bytes:
        raise LimitExceededError(
            f"file too large: {len(data)} bytes, limit {options.limits.max_file_bytes}"
        )
    if not data:
        raise UnsupportedTypeError("empty file (0 bytes)")
    extractor = _extractors().get(mime_type)
    if extractor is None:
        raise UnsupportedTypeError(f"unsupported type: {mime_type}")
    return extractor(data, options)


__all__ = ["Extractor", "detect_mime_type", "extract_text"]
