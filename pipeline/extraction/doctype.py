"""What a document calls itself: the title printed at its top ("Rechnung", "Credit Note", "Bestelbon").

The classifier may be unsure, or wrong, about a document; its own title is not. A title counts
when a line segment near the top of the first page holds nothing else (a heading, not a mention
in a sentence such as "Payment reminder for invoice 2024-118").
"""

from __future__ import annotations

import re

from pipeline.categories import INVOICE_LIKE
from pipeline.extraction.layout import TextLine

# fmt: off
_TITLES = {
    "invoice": ("invoice", "tax invoice", "simplified tax invoice", "vat invoice", "sales invoice",
                "commercial invoice", "factuur",
                "verkoopfactuur", "rechnung", "handelsrechnung", "facture", "faktura", "faktura vat"),
    "credit_note": ("credit note", "credit memo", "credit invoice", "creditnota", "creditfactuur",
                    "gutschrift", "rechnungskorrektur", "stornorechnung", "avoir", "facture d'avoir",
                    "note de crédit"),
    "receipt": ("receipt", "sales receipt", "till receipt", "cash receipt", "official receipt", "cash bill",
                "kassabon", "kwitantie", "kassenbon", "quittung",
                "ticket de caisse", "reçu", "quittance"),
    "purchase_order": ("purchase order", "order", "inkooporder", "bestelling", "bestelbon", "bestellung",
                       "auftrag", "bon de commande", "commande"),
}
# fmt: on
_KIND = {title: kind for kind, titles in _TITLES.items() for title in titles}
_TOP_LINES = 12
_NUMBERED = re.compile(
    r"^(invoice|tax invoice|rechnung|factuur|facture|faktura(?: vat)?"
    r"|credit note|gutschrift|creditnota|avoir)\s*(?:no\b|nr\b|n[°o]|#|number|nummer)",
    re.IGNORECASE,
)
_CREDIT_WORDS = frozenset({"credit note", "gutschrift", "creditnota", "avoir"})
_NUMBERED_LINES = 3
_TRIM = re.compile(r"^[\s*#.-]+|[\s*#.-]+$")


def title_kind(lines: list[TextLine]) -> str | None:
    """The invoice-like document type the first page's title names, None without such a title.

    A title is a segment of its own, or, in the first lines, a bill's name with its number
    ("Faktura nr: F 1234", "Rechnung Nr. 4711").
    """
    for line in lines[:_TOP_LINES]:
        if line.page != 1:
            break
        for start, end in line.segments():
            text = line.text[start:end]
            kind = kind_of_title(text)
            numbered = _NUMBERED.match(text) if line.index < _NUMBERED_LINES else None
            if kind is None and numbered is not None:
                kind = "credit_note" if numbered.group(1).lower() in _CREDIT_WORDS else "invoice"
            if kind is not None:
                return kind
    return None


def kind_of_title(text: str) -> str | None:
    """The document type a heading names ("RECHNUNG", "Credit Note"), None for any other text."""
    text = text.rstrip()
    if text.endswith(":"):
        return None  # "Purchase order:" labels a value
    return _KIND.get(" ".join(_TRIM.sub("", text).split()).casefold().replace("’", "'"))


def reading_kind(category: str | None, title: str | None) -> str | None:
    """How to read a document: as its category says, except where its title says otherwise on what
    matters to the fields, whether it is an order (the buyer issues it) and whether it credits.

    A document without an invoice-like category is read as its title says.
    """
    if title is None:
        return category
    if category not in INVOICE_LIKE:
        return title
    if (title == "purchase_order") != (category == "purchase_order") or title == "credit_note":
        return title
    return category
