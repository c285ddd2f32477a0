"""Field extraction: candidates from text and layout, a rule baseline, line items, suppliers.

``RuleFieldExtractor`` implements ``pipeline.fields.FieldExtractor``; given a ``ChoiceRefiner`` (the
learned scorer of ``models.fields``) it takes the refiner's picks among the candidates instead of
the rules'. ``learn_supplier`` is for the persist step (it needs the database session).
"""

from __future__ import annotations

from pipeline.extraction.extractor import (
    ChoiceRefiner,
    RuleFieldExtractor,
    TextAnalysis,
    TextFields,
    analyse_text,
    read_text_fields,
)
from pipeline.extraction.suppliers import confirm_supplier_iban, learn_supplier

__all__ = [
    "ChoiceRefiner",
    "RuleFieldExtractor",
    "TextAnalysis",
    "TextFields",
    "analyse_text",
    "confirm_supplier_iban",
    "learn_supplier",
    "read_text_fields",
]
