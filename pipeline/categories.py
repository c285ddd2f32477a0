"""The default document categories (DESIGN.md); configurable through the model's label map."""

DEFAULT_CATEGORIES: tuple[str, ...] = (
    "invoice",
    "credit_note",
    "receipt",
    "purchase_order",
    "quote_request",
    "complaint",
    "payment_reminder",
    "supplier_message",
    "internal",
    "spam",
    "other",
)

# Categories whose documents carry an invoice header and lines.
INVOICE_LIKE: frozenset[str] = frozenset({"invoice", "credit_note", "receipt", "purchase_order"})
