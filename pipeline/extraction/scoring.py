"""Scoring extracted fields against expected values, after the normalisation a bookkeeper applies."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from pipeline.validation.ids import normalise_id

AMOUNT_FIELDS = frozenset({"total", "subtotal", "tax_total", "amount_due"})
ID_FIELDS = frozenset({"supplier_vat", "supplier_iban", "customer_vat"})
NAME_FIELDS = frozenset({"supplier_name", "customer_name", "supplier_address"})
SCORED_FIELDS = (
    "invoice_number", "invoice_date", "due_date", "total", "subtotal", "tax_total", "amount_due",
    "currency", "supplier_name", "supplier_vat", "supplier_iban", "customer_name", "po_number",
)  # fmt: skip


def normalise(name: str, value: Any) -> str | None:
    """The comparable form of a field value: ISO dates, decimal amounts, compact ids, folded names."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if name in AMOUNT_FIELDS:
        try:
            return str(Decimal(text).quantize(Decimal("0.01")))
        except InvalidOperation:
            return text
    if name in ID_FIELDS:
        return normalise_id(text)
    if name in NAME_FIELDS:
        return re.sub(r"\s+", " ", text).casefold()
    if name == "currency":
        return text.upper()
    return text


@dataclass
class FieldScore:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass
class FieldReport:
    """Per-field exact-match accuracy and every miss, JSON-serialisable through ``to_dict``."""

    fields: dict[str, FieldScore] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)
    documents: int = 0
    extractor: str | None = None  # what extracted the fields ("rules", "learned <version>")
    compare: dict[str, FieldReport] = field(default_factory=dict)  # other extractors, same documents

    def add(self, file: str, expected: dict[str, Any], found: dict[str, Any]) -> None:
        """Score one document; only the fields its label has count."""
        self.documents += 1
        for name in SCORED_FIELDS:
            if name not in expected:
                continue
            score = self.fields.setdefault(name, FieldScore())
            score.total += 1
            want, got = normalise(name, expected[name]), normalise(name, found.get(name))
            if want == got:
                score.correct += 1
            else:
                self.misses.append({"file": file, "field": name, "expected": want, "found": got})

    def to_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "documents": self.documents,
            "fields": {
                name: {"accuracy": s.accuracy, "correct": s.correct, "total": s.total}
                for name, s in sorted(self.fields.items())
            },
            "misses": self.misses,
        }
        if self.extractor is not None:
            found["extractor"] = self.extractor
        if self.compare:
            found["compare"] = {name: report.to_dict() for name, report in self.compare.items()}
        return found
