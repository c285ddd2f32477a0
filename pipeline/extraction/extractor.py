"""``RuleFieldExtractor``: the deterministic field extractor (pipeline.fields.FieldExtractor).

An embedded e-invoice is the truth: its values are the result (confidence 1.0) and the rules run
on the text as a cross-check whose disagreements are noted on the value ("text says X, XML says
Y") without making it invalid. Without one, candidates and rules give the values. Either way
every value is validated, and invoice data is filled for invoice-like documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Protocol

from pipeline.categories import INVOICE_LIKE
from pipeline.einvoice import EInvoice, parse_einvoice
from pipeline.errors import DocumentError
from pipeline.extraction.candidates import Analysis, Choice, document_hints, find_candidates
from pipeline.extraction.doctype import reading_kind, title_kind
from pipeline.extraction.layout import box_on_page, build_lines
from pipeline.extraction.lines import extract_lines
from pipeline.extraction.parties import Parties
from pipeline.extraction.references import find_references
from pipeline.extraction.rules import absolute, choose_fields, looks_like_credit_note, with_cash_rounding
from pipeline.extraction.spelling import spelled_as_on_page
from pipeline.language import detect_language
from pipeline.records import ExtractedFields, Extraction, FieldValue, InvoiceData, InvoiceLine
from pipeline.validation import TOLERANCE, validate_fields
from pipeline.validation.ids import normalise_id

_AMOUNTS = frozenset({"total", "subtotal", "tax_total", "amount_due", "line_total"})
_IDS = frozenset({"supplier_vat", "customer_vat", "supplier_iban", "supplier_bic"})
_NAMES = frozenset({"supplier_name", "customer_name"})
_HEADER = (
    "invoice_number",
    "invoice_date",
    "due_date",
    "supplier_name",
    "supplier_vat",
    "supplier_iban",
    "customer_name",
    "customer_vat",
    "po_number",
    "payment_reference",
    "currency",
)


@dataclass
class TextFields:
    """What the rules read from the text alone."""

    choices: dict[str, Choice] = field(default_factory=dict)
    lines: list[InvoiceLine] = field(default_factory=list)
    credit_note: bool = False
    language: str | None = None
    kind: str | None = None  # how the document was read (doctype.reading_kind)

    def value(self, name: str) -> str | None:
        """The chosen value of a field, None when the rules found none."""
        choice = self.choices.get(name)
        return choice.value if choice else None

    def invoice(self) -> InvoiceData:
        """The header and lines as invoice data."""

        def amount(name: str) -> Decimal | None:
            value = self.value(name)
            return Decimal(value) if value is not None else None

        return InvoiceData(
            **{name: self.value(name) for name in _HEADER},
            subtotal=amount("subtotal"),
            tax_total=amount("tax_total"),
            total=amount("total"),
            lines=self.lines,
        )

    def field_values(self) -> list[FieldValue]:
        """Every chosen value with its provenance."""
        return [
            FieldValue(
                name=name,
                value=choice.value,
                confidence=choice.confidence,
                page=choice.page,
                bbox=choice.bbox,
            )
            for name, choice in self.choices.items()
        ]


class ChoiceRefiner(Protocol):
    """Picks the header values among a document's candidates, given what the rules chose.

    The learned scorer (models.fields) implements it; the rules alone are the baseline.
    """

    def refine(
        self, analysis: Analysis, parties: Parties, rules: dict[str, Choice], category: str | None
    ) -> dict[str, Choice]:
        """The chosen values: the rules' ones, replaced or completed where the refiner knows better."""
        ...


@dataclass
class TextAnalysis:
    """A document's lines, candidates and parties, and what the rules chose from them.

    ``kind``: how the document is read (``doctype.reading_kind``): its category, unless its own
    title says it is an order, a credit note, or an invoice-like document the category is not.
    """

    analysis: Analysis
    parties: Parties
    choices: dict[str, Choice]
    credit_note: bool
    language: str | None
    kind: str | None = None


def analyse_text(
    extraction: Extraction, *, credit_note: bool | None = None, category: str | None = None
) -> TextAnalysis | None:
    """Candidates and the rules' choices from the text and word geometry; None without any text."""
    lines = build_lines(extraction)
    if not lines:
        return None
    title = title_kind(lines) if extraction.email is None else None
    kind = reading_kind(category, title)
    language = detect_language(extraction.text)
    analysis = find_candidates(lines, document_hints(lines, language))
    if title is not None:
        credit = kind == "credit_note"
    else:
        credit = looks_like_credit_note(lines) if credit_note is None else credit_note
    parties = Parties(analysis, kind)
    choices = choose_fields(analysis, credit_note=credit, parties=parties)
    return TextAnalysis(analysis, parties, choices, credit, language, kind)


def read_text_fields(
    extraction: Extraction,
    *,
    credit_note: bool | None = None,
    category: str | None = None,
    refiner: ChoiceRefiner | None = None,
) -> TextFields:
    """Header fields and lines from the text and word geometry: the rules' values, or a refiner's."""
    text = analyse_text(extraction, credit_note=credit_note, category=category)
    if text is None:
        return TextFields()
    choices = text.choices
    if refiner is not None:
        choices = refiner.refine(text.analysis, text.parties, choices, text.kind)
        choices = with_cash_rounding(text.analysis, text.parties, choices)
        if text.credit_note:
            choices = {
                name: absolute(choice) if name in _AMOUNTS else choice for name, choice in choices.items()
            }
    if any(page.method == "ocr" for page in extraction.pages):  # a text layer spells as printed
        lines = text.analysis.lines
        choices = {
            name: replace(choice, value=spelled_as_on_page(choice.value, lines)) if name in _NAMES else choice
            for name, choice in choices.items()
        }
    choices = {name: _on_page(extraction, choice) for name, choice in choices.items()}
    items = extract_lines(text.analysis)
    if text.credit_note:
        items = [
            replace(item, amount=abs(item.amount)) if item.amount is not None else item for item in items
        ]
    return TextFields(choices, _consistent_lines(items, choices), text.credit_note, text.language, text.kind)


def _on_page(extraction: Extraction, choice: Choice) -> Choice:
    """``choice`` with its box on its page as given (a turned page's lines are read upright)."""
    if choice.page is None or choice.bbox is None:
        return choice
    return replace(choice, bbox=box_on_page(extraction, choice.page, choice.bbox))


def _consistent_lines(items: list[InvoiceLine], choices: dict[str, Choice]) -> list[InvoiceLine]:
    """The lines, if they add up to the printed line total or subtotal; none when they do not.

    A table read wrong would put a false sum problem on a right header; no lines is honest.
    """
    amounts = [item.amount for item in items if item.amount is not None]
    if not items or len(amounts) != len(items):
        return []
    line_sum = sum(amounts, Decimal(0))
    for name in ("line_total", "subtotal"):
        target = choices.get(name)
        if target is not None and abs(Decimal(target.value) - line_sum) <= TOLERANCE:
            return items
    return []


def _same(name: str, text_value: str, xml_value: str) -> bool:
    if name in _AMOUNTS:
        return Decimal(text_value) == Decimal(xml_value)
    if name in _IDS:
        return normalise_id(text_value) == normalise_id(xml_value)
    if name in _NAMES:
        return " ".join(text_value.casefold().split()) == " ".join(xml_value.casefold().split())
    return text_value == xml_value


def cross_check(xml_fields: list[FieldValue], text: TextFields) -> list[FieldValue]:
    """The XML's values, located on the page where the text agrees, noted where it does not."""
    checked = []
    for value in xml_fields:
        found = text.choices.get(value.name)
        if found is None:
            checked.append(value)
        elif _same(value.name, found.value, value.value):
            checked.append(replace(value, page=found.page, bbox=found.bbox))
        else:
            checked.append(replace(value, problem=f"text says {found.value}, XML says {value.value}"))
    return checked


def _parse_xml(extraction: Extraction) -> tuple[EInvoice | None, FieldValue | None]:
    if not extraction.structured_xml:
        return None, None
    try:
        return parse_einvoice(extraction.structured_xml), None
    except DocumentError as error:
        # The document still has its text; the refused XML sends it to review.
        return None, FieldValue(name="structured_xml", value="refused", valid=False, problem=str(error))


def _received(extraction: Extraction) -> date | None:
    if extraction.email is not None and extraction.email.sent_at is not None:
        return extraction.email.sent_at.date()
    return None


def _looks_like_invoice(text: TextFields) -> bool:
    """Without a category: an invoice number and a total, or a dated total with its tax (a receipt)."""
    if text.value("total") is None:
        return False
    return text.value("invoice_number") is not None or (
        text.value("invoice_date") is not None and text.value("tax_total") is not None
    )


class RuleFieldExtractor:
    """The field extractor: e-invoice XML first, else labels and layout rules.

    With a ``refiner`` (the learned candidate scorer) the values from the text are the refiner's
    picks among the candidates; without one, the deterministic rules' (the baseline).
    """

    def __init__(self, refiner: ChoiceRefiner | None = None) -> None:
        self.refiner = refiner

    def extract_fields(self, extraction: Extraction, category: str | None) -> ExtractedFields:
        """Every value found, with its provenance, validated; invoice data for invoice-like documents.

        Header fields are read for invoice-like categories, for documents with an e-invoice, for
        documents whose title says they are an invoice, credit note, receipt or order (whatever
        the category: an unsure classifier's mistake does not lose the fields; the title also
        decides how the parties read), and, while documents have no category, for those that look
        like an invoice. Mails also get the invoice, order and quote numbers their text refers to
        (``ref_*``).
        """
        einvoice, refused = _parse_xml(extraction)
        fields = find_references(extraction.text) if extraction.email is not None else []
        effective = category or (einvoice.category if einvoice else None)
        invoice: InvoiceData | None = None
        if einvoice is not None:
            # A bare XML file's text is a rendering of the XML itself: nothing independent to check.
            independent = extraction.text_method != "xml"
            text = (
                read_text_fields(
                    extraction,
                    credit_note=effective == "credit_note",
                    category=effective,
                    refiner=self.refiner,
                )
                if independent
                else TextFields()
            )
            fields = cross_check(einvoice.field_values(), text) + fields
            fields += [
                FieldValue(name="structured_xml", value=p, valid=False, problem=p) for p in einvoice.problems
            ]
            invoice = einvoice.invoice
        elif category is None or category in INVOICE_LIKE or extraction.email is None:
            text = read_text_fields(
                extraction,
                credit_note=True if category == "credit_note" else None,
                category=category,
                refiner=self.refiner,
            )
            titled = text.kind if text.kind in INVOICE_LIKE else None
            if category in INVOICE_LIKE or titled or (category is None and _looks_like_invoice(text)):
                fields = text.field_values() + fields
                invoice = text.invoice()
                effective = titled or effective or ("credit_note" if text.credit_note else None)
        if refused is not None:
            fields.append(refused)
        extracted = ExtractedFields(invoice=invoice, fields=fields)
        return validate_fields(extracted, category=effective, received=_received(extraction))
