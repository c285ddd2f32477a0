"""Field extraction: candidates from text and layout, a rule baseline, line items, suppliers.

``RuleFieldExtractor`` implements ``pipeline.fields.FieldExtractor``; ``learn_supplier`` is for the
persist step (it needs the database session).
"""

from __future__ import annotations

from pipeline.extraction.extractor import RuleFieldExtractor, TextFields, read_text_fields
from pipeline.extraction.suppliers import confirm_supplier_iban, learn_supplier

__all__ = ["RuleFieldExtractor", "TextFields", "confirm_supplier_iban", "learn_supplier", "read_text_fields"]
