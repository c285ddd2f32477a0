"""The field-extraction stage and the interface a field extractor implements."""

from __future__ import annotations

from typing import Protocol

from pipeline.records import ExtractedFields, Extraction


class FieldExtractor(Protocol):
    """Finds invoice header fields, lines and references in an extracted document."""

    def extract_fields(self, extraction: Extraction, category: str | None) -> ExtractedFields:
        """Every value found, with its provenance; invoice data where the category has one."""
        ...


def extract_document_fields(
    extraction: Extraction, category: str | None, extractor: FieldExtractor | None
) -> ExtractedFields:
    """Fields of one document; nothing when no extractor is configured."""
    if extractor is None:
        return ExtractedFields()
    return extractor.extract_fields(extraction, category)
