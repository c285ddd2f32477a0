"""UN/CEFACT Cross Industry Invoice: Factur-X, ZUGFeRD 2.x and XRechnung CII (D16B), and ZUGFeRD 1.

The two generations name the same things differently (``ExchangedDocument`` /
``HeaderExchangedDocument`` ...); a ``Dialect`` holds those names, the reading is shared.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from pipeline.einvoice.common import EInvoice, category_for, clean_id, clean_name, decimal, namespace, text
from pipeline.records import InvoiceData, InvoiceLine


@dataclass(frozen=True)
class Dialect:
    """Namespaces and element names of one CII generation."""

    root: str
    ns: dict[str, str]
    context: str
    document: str
    transaction: str
    agreement: str
    delivery_line: str
    agreement_line: str
    settlement: str
    settlement_line: str
    summation: str
    line_summation: str
    order_id: str
    rate: str


D16B = Dialect(
    root="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    ns={
        "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
        "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
        "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
    },
    context="rsm:ExchangedDocumentContext",
    document="rsm:ExchangedDocument",
    transaction="rsm:SupplyChainTradeTransaction",
    agreement="ram:ApplicableHeaderTradeAgreement",
    delivery_line="ram:SpecifiedLineTradeDelivery",
    agreement_line="ram:SpecifiedLineTradeAgreement",
    settlement="ram:ApplicableHeaderTradeSettlement",
    settlement_line="ram:SpecifiedLineTradeSettlement",
    summation="ram:SpecifiedTradeSettlementHeaderMonetarySummation",
    line_summation="ram:SpecifiedTradeSettlementLineMonetarySummation",
    order_id="ram:IssuerAssignedID",
    rate="ram:RateApplicablePercent",
)

ZUGFERD1 = Dialect(
    root="urn:ferd:CrossIndustryDocument:invoice:1p0",
    ns={
        "rsm": "urn:ferd:CrossIndustryDocument:invoice:1p0",
        "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12",
        "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15",
    },
    context="rsm:SpecifiedExchangedDocumentContext",
    document="rsm:HeaderExchangedDocument",
    transaction="rsm:SpecifiedSupplyChainTradeTransaction",
    agreement="ram:ApplicableSupplyChainTradeAgreement",
    delivery_line="ram:SpecifiedSupplyChainTradeDelivery",
    agreement_line="ram:SpecifiedSupplyChainTradeAgreement",
    settlement="ram:ApplicableSupplyChainTradeSettlement",
    settlement_line="ram:SpecifiedSupplyChainTradeSettlement",
    summation="ram:SpecifiedTradeSettlementMonetarySummation",
    line_summation="ram:SpecifiedTradeSettlementMonetarySummation",
    order_id="ram:ID",
    rate="ram:ApplicablePercent",
)

DIALECTS = {D16B.root: D16B, ZUGFERD1.root: ZUGFERD1}


def cii_date(element: Any, ns: dict[str, str]) -> str | None:
    """An ISO date from a ``DateTimeString`` (format 102, YYYYMMDD; ISO accepted too)."""
    if element is None:
        return None
    value = text(element.find("udt:DateTimeString", ns))
    if value is None:
        return None
    digits = value.replace("-", "")
    if len(digits) == 8 and digits.isdigit():
        try:
            return date(int(digits[:4]), int(digits[4:6]), int(digits[6:])).isoformat()
        except ValueError:
            return None
    return None


def _vat(party: Any, ns: dict[str, str]) -> str | None:
    for registration in party.findall("ram:SpecifiedTaxRegistration/ram:ID", ns):
        if registration.get("schemeID") == "VA":
            return clean_id(text(registration))
    return None


def _tax_total(
    summation: Any, currency: str | None, ns: dict[str, str], problems: list[str]
) -> Decimal | None:
    amounts = summation.findall("ram:TaxTotalAmount", ns)
    # A document can state its tax twice: in the invoice currency and in the tax currency.
    for amount in amounts:
        if amount.get("currencyID") in (None, currency):
            return decimal(amount, problems)
    return decimal(amounts[0], problems) if amounts else None


def _lines(transaction: Any, dialect: Dialect, problems: list[str]) -> list[InvoiceLine]:
    ns = dialect.ns
    items = transaction.findall("ram:IncludedSupplyChainTradeLineItem", ns)
    ids = [text(item.find("ram:AssociatedDocumentLineDocument/ram:LineID", ns)) or "" for item in items]
    numbered = all(value.isdigit() for value in ids) and len(set(ids)) == len(ids)
    lines = []
    for index, (item, line_id) in enumerate(zip(items, ids, strict=True), start=1):
        agreement = item.find(dialect.agreement_line, ns)
        settlement = item.find(dialect.settlement_line, ns)
        price = quantity = basis = rate = amount = None
        if agreement is not None:
            net = agreement.find("ram:NetPriceProductTradePrice", ns)
            if net is not None:
                price = decimal(net.find("ram:ChargeAmount", ns), problems)
                basis = decimal(net.find("ram:BasisQuantity", ns), problems)
        quantity = decimal(item.find(f"{dialect.delivery_line}/ram:BilledQuantity", ns), problems)
        if settlement is not None:
            rate = decimal(settlement.find(f"ram:ApplicableTradeTax/{dialect.rate}", ns), problems)
            amount = decimal(settlement.find(f"{dialect.line_summation}/ram:LineTotalAmount", ns), problems)
        if price is not None and basis not in (None, 0, 1):
            price = price / basis  # the price is per basis quantity (per 100, per 1000 ...)
        lines.append(
            InvoiceLine(
                line_no=int(line_id) if numbered else index,
                description=text(item.find("ram:SpecifiedTradeProduct/ram:Name", ns)),
                quantity=quantity,
                unit_price=price,
                amount=amount,
                tax_rate=rate,
            )
        )
    return lines


def parse_cii(root: Any) -> EInvoice | None:
    """An e-invoice from a CII root element; None when the root is not a CII invoice."""
    dialect = DIALECTS.get(namespace(root.tag))
    if dialect is None:
        return None
    ns = dialect.ns
    problems: list[str] = []
    document = root.find(dialect.document, ns)
    transaction = root.find(dialect.transaction, ns)
    if document is None or transaction is None:
        return None
    agreement = transaction.find(dialect.agreement, ns)
    settlement = transaction.find(dialect.settlement, ns)
    seller = agreement.find("ram:SellerTradeParty", ns) if agreement is not None else None
    buyer = agreement.find("ram:BuyerTradeParty", ns) if agreement is not None else None
    summation = settlement.find(dialect.summation, ns) if settlement is not None else None
    currency = text(settlement.find("ram:InvoiceCurrencyCode", ns)) if settlement is not None else None
    type_code = text(document.find("ram:TypeCode", ns))

    def amount(name: str) -> Decimal | None:
        return decimal(summation.find(f"ram:{name}", ns), problems) if summation is not None else None

    means = (
        settlement.find("ram:SpecifiedTradeSettlementPaymentMeans", ns) if settlement is not None else None
    )
    invoice = InvoiceData(
        invoice_number=text(document.find("ram:ID", ns)),
        invoice_date=cii_date(document.find("ram:IssueDateTime", ns), ns),
        due_date=cii_date(
            settlement.find("ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime", ns)
            if settlement is not None
            else None,
            ns,
        ),
        supplier_name=clean_name(text(seller.find("ram:Name", ns))) if seller is not None else None,
        supplier_vat=_vat(seller, ns) if seller is not None else None,
        supplier_iban=_payee_iban(settlement, ns),
        customer_name=clean_name(text(buyer.find("ram:Name", ns))) if buyer is not None else None,
        customer_vat=_vat(buyer, ns) if buyer is not None else None,
        po_number=text(agreement.find(f"ram:BuyerOrderReferencedDocument/{dialect.order_id}", ns))
        if agreement is not None
        else None,
        payment_reference=text(settlement.find("ram:PaymentReference", ns))
        if settlement is not None
        else None,
        currency=currency,
        subtotal=amount("TaxBasisTotalAmount"),
        tax_total=_tax_total(summation, currency, ns, problems) if summation is not None else None,
        total=amount("GrandTotalAmount"),
        lines=_lines(transaction, dialect, problems),
    )
    return EInvoice(
        syntax="cii",
        type_code=type_code,
        category=category_for(type_code),
        invoice=invoice,
        profile=text(
            root.find(f"{dialect.context}/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID", ns)
        ),
        amount_due=amount("DuePayableAmount"),
        line_total=amount("LineTotalAmount"),
        supplier_bic=clean_id(
            text(means.find("ram:PayeeSpecifiedCreditorFinancialInstitution/ram:BICID", ns))
            if means is not None
            else None
        ),
        problems=problems,
    )


def _payee_iban(settlement: Any, ns: dict[str, str]) -> str | None:
    """The seller's (or payee's) account; a direct debit's payer account is the buyer's, not this."""
    if settlement is None:
        return None
    for means in settlement.findall("ram:SpecifiedTradeSettlementPaymentMeans", ns):
        iban = text(means.find("ram:PayeePartyCreditorFinancialAccount/ram:IBANID", ns))
        if iban:
            return clean_id(iban)
    return None
