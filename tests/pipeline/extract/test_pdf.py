"""PDFs: text layer, scanned pages through the real Tesseract, embedded e-invoices, broken files."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pytest

from pipeline.errors import CorruptDocumentError, LimitExceededError
from pipeline.extract.pdf import extract_pdf
from pipeline.options import ExtractOptions, Limits
from pipeline.records import PageText, Word

OPTIONS = ExtractOptions()
FAST_OCR = ExtractOptions(ocr_languages="deu", ocr_dpi=200)  # where the test is about the PDF, not OCR
NO_OCR_TIME = ExtractOptions(limits=Limits(ocr_seconds_per_page=0.01))  # any OCR attempt fails


def _write(writer: pypdf.PdfWriter) -> bytes:
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _pages(*sources: tuple[bytes, int]) -> bytes:
    """A new PDF of the given (pdf, page index) pages, without the sources' embedded files."""
    writer = pypdf.PdfWriter()
    for data, index in sources:
        writer.add_page(pypdf.PdfReader(io.BytesIO(data)).pages[index])
    return _write(writer)


def _scan(data: bytes, index: int, dpi: int = 200) -> bytes:
    """Page ``index`` as a scanner would deliver it: one grey image per page, no text layer."""
    document = pdfium.PdfDocument(data)
    try:
        image = document[index].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        document.close()
    buffer = io.BytesIO()
    image.save(buffer, "PDF", resolution=dpi)
    return buffer.getvalue()


def _word(page: PageText, text: str) -> Word:
    matches = [w for w in page.words if w.text == text]
    assert matches, f"{text!r} not on page {page.number}: {page.text!r}"
    return matches[0]


@pytest.fixture(scope="module")
def einfach(shared_data: Path) -> bytes:
    """A born-digital ZUGFeRD 2.2 invoice (2 pages) with its Factur-X XML embedded."""
    return (shared_data / "invoices" / "EN16931_Einfach.pdf").read_bytes()


@pytest.fixture(scope="module")
def scanned(einfach: bytes) -> bytes:
    return _scan(einfach, 0)


@pytest.fixture(scope="module")
def cii_xml(einfach: bytes) -> bytes:
    return pypdf.PdfReader(io.BytesIO(einfach)).attachments["factur-x.xml"][0]


def test_born_digital_invoice_reads_its_text_layer_and_embedded_xml(einfach: bytes) -> None:
    result = extract_pdf(einfach, OPTIONS)

    assert result.text_method == "text-layer"
    assert [(p.number, p.method, p.error) for p in result.pages] == [
        (1, "text-layer", None),
        (2, "text-layer", None),
    ]
    assert "471102" in result.text
    assert "Lieferant GmbH" in result.text
    assert "529,87" in result.text
    assert result.structured_xml is not None
    assert b"CrossIndustryInvoice" in result.structured_xml
    assert b"<ram:ID>471102</ram:ID>" in result.structured_xml
    assert result.children == []
    first = result.pages[0]
    assert (round(first.width), round(first.height)) == (595, 842)  # A4 in points
    number = _word(first, "471102")
    assert number.confidence is None
    assert 0 < number.x0 < number.x1 < first.width / 2  # printed top left, in the heading line
    assert 0 < number.y0 < number.y1 < first.height / 8


def test_scanned_page_is_read_with_ocr_and_boxes_in_points(einfach: bytes, scanned: bytes) -> None:
    result = extract_pdf(scanned, OPTIONS)

    assert result.text_method == "ocr"
    page = result.pages[0]
    assert (page.method, page.rotation, page.error) == ("ocr", 0, None)
    assert "471102" in result.text
    assert "Lieferant GmbH" in result.text
    assert result.structured_xml is None
    # The OCR box of the invoice number lies where the text layer of the original puts it.
    printed = _word(extract_pdf(einfach, OPTIONS).pages[0], "471102")
    read = _word(page, "471102")
    assert read.confidence is not None and read.confidence > 80
    assert (round(page.width), round(page.height)) == (595, 842)
    assert abs(read.x0 - printed.x0) < 2 and abs(read.x1 - printed.x1) < 2
    # The text layer's box spans the font's ascent to descent; the inked glyphs lie inside it.
    assert printed.y0 - 1 < read.y0 < read.y1 < printed.y1 + 1


def test_text_page_and_scanned_page_make_a_mixed_pdf(einfach: bytes, scanned: bytes) -> None:
    mixed = _pages((einfach, 1), (scanned, 0))

    result = extract_pdf(mixed, FAST_OCR)

    assert result.text_method == "mixed"
    assert [p.method for p in result.pages] == ["text-layer", "ocr"]
    assert "471102" in result.pages[1].text
    assert result.text.index(result.pages[0].text) < result.text.index(result.pages[1].text)


def test_blank_page_is_not_sent_to_ocr(einfach: bytes) -> None:
    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_page(pypdf.PdfReader(io.BytesIO(einfach)).pages[0])

    result = extract_pdf(_write(writer), NO_OCR_TIME)

    assert [(p.method, p.text, p.error) for p in result.pages[:1]] == [("text-layer", "", None)]
    assert result.text_method == "text-layer"


def test_a_page_that_cannot_be_read_is_recorded_and_the_rest_lands(einfach: bytes, scanned: bytes) -> None:
    result = extract_pdf(_pages((einfach, 0), (scanned, 0)), NO_OCR_TIME)

    assert "471102" in result.pages[0].text
    assert result.pages[0].error is None
    assert result.pages[1].error == "OCR time limit of 0.01 s exceeded on page 2"
    assert result.warnings == ["page 2: OCR time limit of 0.01 s exceeded on page 2"]
    assert result.text_method == "text-layer"  # what was read came from the text layer


def test_no_readable_page_fails_the_document(scanned: bytes) -> None:
    with pytest.raises(LimitExceededError, match=r"^OCR time limit of 0.01 s exceeded on page 1$"):
        extract_pdf(scanned, NO_OCR_TIME)


def test_embedded_e_invoice_found_by_content_and_other_files_become_children(
    einfach: bytes, cii_xml: bytes
) -> None:
    writer = pypdf.PdfWriter()
    writer.add_page(pypdf.PdfReader(io.BytesIO(einfach)).pages[0])
    writer.add_attachment("terms.xml", b"<terms><item>Payment within 30 days</item></terms>")
    writer.add_attachment("Rechnungsdaten 2018-03.xml", cii_xml)
    writer.add_attachment("delivery-note.txt", b"Delivered 20 pieces")

    result = extract_pdf(_write(writer), OPTIONS)

    assert result.structured_xml == cii_xml
    assert sorted((c.filename, c.data) for c in result.children) == [
        ("delivery-note.txt", b"Delivered 20 pieces"),
        ("terms.xml", b"<terms><item>Payment within 30 days</item></terms>"),
    ]


def test_embedded_receipts_of_a_travel_expense_report_become_children(shared_data: Path) -> None:
    data = (shared_data / "invoices" / "EN16931_Reisekostenabrechnung.pdf").read_bytes()

    result = extract_pdf(data, OPTIONS)

    assert result.structured_xml is not None and b"CrossIndustryInvoice" in result.structured_xml
    assert sorted(c.filename or "" for c in result.children) == [
        "EN16931_Reisekostenabrechnung_Hotelrechnung-Immo.pdf",
        "EN16931_Reisekostenabrechnung_Taxi-Nue-und-Berlin.pdf",
    ]
    assert all(c.data.startswith(b"%PDF-") for c in result.children)


def test_too_many_pages(einfach: bytes) -> None:
    with pytest.raises(LimitExceededError, match=r"^too many pages: 2, limit 1$"):
        extract_pdf(einfach, ExtractOptions(limits=Limits(max_pages=1)))


def test_page_limit_is_checked_before_reading_pages() -> None:
    writer = pypdf.PdfWriter()
    for _ in range(501):
        writer.add_blank_page(595, 842)

    with pytest.raises(LimitExceededError, match=r"^too many pages: 501, limit 500$"):
        extract_pdf(_write(writer), OPTIONS)


@pytest.mark.parametrize("keep", [0.3, 0.9], ids=["cut-in-the-middle", "cut-near-the-end"])
def test_truncated_pdf_is_corrupt(einfach: bytes, keep: float) -> None:
    with pytest.raises(CorruptDocumentError, match=r"^corrupt PDF: "):
        extract_pdf(einfach[: int(len(einfach) * keep)], OPTIONS)


def test_garbage_after_the_pdf_header_is_corrupt() -> None:
    with pytest.raises(CorruptDocumentError, match=r"^corrupt PDF: "):
        extract_pdf(b"%PDF-1.7\n" + b"\x00garbage" * 100, OPTIONS)


def test_password_protected_pdf_is_refused(einfach: bytes) -> None:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(einfach)))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-256")

    with pytest.raises(CorruptDocumentError, match=r"^password-protected PDF: "):
        extract_pdf(_write(writer), OPTIONS)


def test_encrypted_pdf_without_a_user_password_is_read(einfach: bytes) -> None:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(einfach)))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")

    result = extract_pdf(_write(writer), OPTIONS)

    assert result.text_method == "text-layer"
    assert "471102" in result.text
    assert result.structured_xml is not None and b"CrossIndustryInvoice" in result.structured_xml
