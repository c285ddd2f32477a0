"""OASIS UBL 2.1 Invoice and CreditNote: Peppol BIS Billing 3.0, XRechnung UBL, EN 16931 UBL."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pipeline.einvoice.common import EInvoice, category_for, clean_id, clean_name, decimal, namespace, text
from pipeline.records import InvoiceData, InvoiceLine

INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
NS = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}


def _party_name(party: Any) -> str | None:
    # BT-27, the seller's legal name, as CII's SellerTradeParty/Name; the trading name otherwise.
    legal = text(party.find("cac:PartyLegalEntity/cbc:RegistrationName", NS))
    return clean_name(legal or text(party.find("cac:PartyName/cbc:Name", NS)))


def _party_vat(party: Any) -> str | None:
    for scheme in party.findall("cac:PartyTaxScheme", NS):
        if text(scheme.find("cac:TaxScheme/cbc:ID", NS)) in ("VAT", None):
            return clean_id(text(scheme.find("cbc:CompanyID", NS)))
    return None


def _tax_total(root: Any, currency: str | None, problems: list[str]) -> Decimal | None:
    amounts = root.findall("cac:TaxTotal/cbc:TaxAmount", NS)
    # With a separate tax currency there are two TaxTotals; the invoice currency's is the one.
    for amount in amounts:
        if amount.get("currencyID") in (None, currency):
            return decimal(amount, problems)
    return decimal(amounts[0], problems) if amounts else None


def _lines(root: Any, credit_note: bool, problems: list[str]) -> list[InvoiceLine]:
    tag, quantity_tag = (
        ("CreditNoteLine", "CreditedQuantity") if credit_note else ("InvoiceLine", "InvoicedQuantity")
    )
    items = root.findall(f"cac:{tag}", NS)
    ids = [text(item.find("cbc:ID", NS)) or "" for item in items]
    numbered = all(value.isdigit() for value in ids) and len(set(ids)) == len(ids)
    lines = []
    for index, (item, line_id) in enumerate(zip(items, ids, strict=True), start=1):
        price = decimal(item.find("cac:Price/cbc:PriceAmount", NS), problems)
        basis = decimal(item.find("cac:Price/cbc:BaseQuantity", NS), problems)
        if price is not None and basis not in (None, 0, 1):
            price = price / basis
        lines.append(
            InvoiceLine(
                line_no=int(line_id) if numbered else index,
                description=text(item.find("cac:Item/cbc:Name", NS))
                or text(item.find("cac:Item/cbc:Description", NS)),
                quantity=decimal(item.find(f"cbc:{quantity_tag}", NS), problems),
                unit_price=price,
                amount=decimal(item.find("cbc:LineExtensionAmount", NS), problems),
                tax_rate=decimal(item.find("cac:Item/cac:ClassifiedTaxCategory/cbc:Percent", NS), problems),
            )
        )
    return lines


def parse_ubl(root: Any) -> EInvoice | None:
    """An e-invoice from a UBL Invoice or CreditNote root; None for any other root."""
    root_ns = namespace(root.tag)
    if root_ns not in (INVOICE_NS, CREDIT_NOTE_NS):
        return None
    credit_note = root_ns == CREDIT_NOTE_NS
    problems: list[str] = []
    type_code = text(root.find("cbc:CreditNoteTypeCode" if credit_note else "cbc:InvoiceTypeCode", NS))
    currency = text(root.find("cbc:DocumentCurrencyCode", NS))
    seller = root.find("cac:AccountingSupplierParty/cac:Party", NS)
    buyer = root.find("cac:AccountingCustomerParty/cac:Party", NS)
    totals = root.find("cac:LegalMonetaryTotal", NS)

    def amount(name: str) -> Decimal | None:
        return decimal(totals.find(f"cbc:{name}", NS), problems) if totals is not None else None

    due = text(root.find("cbc:DueDate", NS)) or text(root.find("cac:PaymentMeans/cbc:PaymentDueDate", NS))
    invoice = InvoiceData(
        invoice_number=text(root.find("cbc:ID", NS)),
        invoice_date=text(root.find("cbc:IssueDate", NS)),
        due_date=due,
        supplier_name=_party_name(seller) if seller is not None else None,
        supplier_vat=_party_vat(seller) if seller is not None else None,
        supplier_iban=clean_id(text(root.find("cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID", NS))),
        customer_name=_party_name(buyer) if buyer is not None else None,
        customer_vat=_party_vat(buyer) if buyer is not None else None,
        po_number=text(root.find("cac:OrderReference/cbc:ID", NS)),
        payment_reference=text(root.find("cac:PaymentMeans/cbc:PaymentID", NS)),
        currency=currency,
        subtotal=amount("TaxExclusiveAmount"),
        tax_total=_tax_total(root, currency, problems),
        total=amount("TaxInclusiveAmount"),
        lines=_lines(root, credit_note, problems),
    )
    bic = text(
        root.find("cac:PaymentMeans/cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID", NS)
    )
    return EInvoice(
        syntax="ubl",
        type_code=type_code,
        category=category_for(type_code, credit_note_root=credit_note),
        invoice=invoice,
        profile=text(root.find("cbc:CustomizationID", NS)),
        amount_due=amount("PayableAmount"),
        line_total=amount("LineExtensionAmount"),
        supplier_bic=clean_id(bic),
        problems=problems,
    )
