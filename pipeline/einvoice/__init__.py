"""Structured e-invoices: CII (Factur-X, ZUGFeRD 1 and 2, XRechnung CII) and UBL (Peppol, XRechnung UBL).

``parse_einvoice`` reads the XML a PDF carries (or a bare XML file) into exact invoice values.
"""

from __future__ import annotations

from pipeline.einvoice.cii import parse_cii
from pipeline.einvoice.common import EInvoice, parse_xml
from pipeline.einvoice.ubl import parse_ubl

__all__ = ["EInvoice", "parse_einvoice"]


def parse_einvoice(xml: bytes) -> EInvoice | None:
    """The e-invoice in ``xml``; None when the XML is some other document.

    Raises a DocumentError (CorruptDocumentError, LimitExceededError) for malformed or hostile XML:
    a DTD, entity declarations or external references are refused before anything is expanded.
    """
    root = parse_xml(xml)
    return parse_cii(root) or parse_ubl(root)
