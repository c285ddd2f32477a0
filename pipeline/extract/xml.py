"""XML files: structured e-invoices (CII, UBL) and any other XML as its text.

Parsed with defusedxml: entity declarations (billion laughs) and external references are refused.
"""

from __future__ import annotations

import io
from typing import Literal
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring, iterparse

from pipeline.errors import CorruptDocumentError
from pipeline.options import ExtractOptions
from pipeline.records import Extraction

EInvoiceSyntax = Literal["cii", "ubl"]

_ROOTS: dict[str, EInvoiceSyntax] = {
    "{urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100}CrossIndustryInvoice": "cii",
    "{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}Invoice": "ubl",
    "{urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2}CreditNote": "ubl",
}


def einvoice_syntax(data: bytes) -> EInvoiceSyntax | None:
    """``"cii"`` or ``"ubl"`` when the root element is an EN 16931 invoice or credit note; else None.

    Reads only as far as the root element; hostile or broken XML is simply not an e-invoice.
    """
    try:
        for _event, element in iterparse(io.BytesIO(data), events=("start",)):
            return _ROOTS.get(element.tag)
    except (ParseError, DefusedXmlException, ValueError):
        return None
    return None


def extract_xml(data: bytes, options: ExtractOptions) -> Extraction:
    """Read an XML file: an e-invoice keeps its bytes as ``structured_xml`` and is rendered as
    ``Element: value`` lines (text method ``xml``); any other XML gives its text content (``plain``).

    Raises CorruptDocumentError for malformed XML and for XML that declares entities.
    """
    root = _parse(data)
    if root.tag in _ROOTS:
        return Extraction(text=render_text(root), text_method="xml", structured_xml=data)
    return Extraction(text=_text_content(root), text_method="plain")


def render_text(root: Element) -> str:
    """A readable rendering of an element tree: one line per element, indented by depth.

    Elements with text read ``Name: text [attr=value]``; elements holding only children are
    section headings. The root itself is not printed.
    """
    lines: list[str] = []
    stack: list[tuple[Element, int]] = [(child, 0) for child in reversed(list(root))]
    while stack:  # no recursion: deeply nested input must not exhaust the stack
        element, depth = stack.pop()
        text = " ".join((element.text or "").split())
        attributes = " ".join(f"{_local(k)}={v}" for k, v in element.attrib.items() if v.strip())
        line = "  " * depth + _local(element.tag)
        if text:
            line += f": {text}"
        if attributes:
            line += f" [{attributes}]"
        lines.append(line)
        stack.extend((child, depth + 1) for child in reversed(list(element)))
    return "\n".join(lines)


def _parse(data: bytes) -> Element:
    try:
        return fromstring(data)
    except DefusedXmlException as exc:
        raise CorruptDocumentError(
            f"refused hostile XML (entity declarations and external references are not allowed): {exc}"
        ) from exc
    except (ParseError, ValueError) as exc:
        raise CorruptDocumentError(f"corrupt XML: {exc}") from exc


def _text_content(root: Element) -> str:
    """The text of every element, one chunk per line, whitespace collapsed."""
    chunks: list[str] = []
    stack: list[Element | str] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            chunk = " ".join(item.split())
            if chunk:
                chunks.append(chunk)
            continue
        # Children go on the stack in reverse, each followed by its tail, to keep document order.
        for child in reversed(list(item)):
            if child.tail:
                stack.append(child.tail)
            stack.append(child)
        if item.text:
            stack.append(item.text)
    return "\n".join(chunks)


def _local(tag: str) -> str:
    """``{namespace}Name`` -> ``Name``."""
    return tag.rsplit("}", 1)[-1]
