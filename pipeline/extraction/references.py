"""Invoice, order and quote numbers a text refers to ("re your invoice 2024-118", "Bestellung Nr. 4711")."""

from __future__ import annotations

import re

from pipeline.records import FieldValue
from pipeline.validation.dates import DATE_PATTERN

_KEYWORDS = {
    "ref_invoice_number": r"invoice|inv\.|factuur|rechnung|facture|faktura|credit ?note|creditnota|"
    r"gutschrift|avoir",
    "ref_order_number": r"purchase ?order|order|p\.?o\.?|bestelling|bestelnummer|ordernummer|inkooporder|"
    r"bestellung|bestellnummer|auftrag|commande|bon de commande",
    "ref_quote_number": r"quot(?:e|ation)|offerte|offer|angebot|devis|estimate|kostenvoranschlag",
}
_NUMBER_WORD = r"(?:\s*(?:no|nr|number|nummer|n°|num[ée]ro|#|ref|reference)\.?)?"
_VALUE = r"(?P<value>[A-Za-z0-9][A-Za-z0-9/_.\-]*\d[A-Za-z0-9/_.\-]*)"
_PATTERNS = {
    name: re.compile(
        rf"(?<!\w)(?:{keywords})(?:s?nummer|nr)?(?![^\W\d_]){_NUMBER_WORD}\s*[:#]?\s*{_VALUE}", re.IGNORECASE
    )
    for name, keywords in _KEYWORDS.items()
}
CONFIDENCE = 0.6


def find_references(text: str) -> list[FieldValue]:
    """Every invoice, order and quote number the text mentions, once each, in order of appearance."""
    found: list[tuple[int, FieldValue]] = []
    seen: set[tuple[str, str]] = set()
    for name, pattern in _PATTERNS.items():
        for match in pattern.finditer(text):
            value = match["value"].rstrip(".,;:-/")
            if len(value) < 3 or DATE_PATTERN.fullmatch(value) or (name, value) in seen:
                continue
            seen.add((name, value))
            found.append((match.start("value"), FieldValue(name=name, value=value, confidence=CONFIDENCE)))
    return [value for _, value in sorted(found, key=lambda item: item[0])]
