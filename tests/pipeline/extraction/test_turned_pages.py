"""A page scanned sideways or upside down: OCR turns it to read it, and its fields are found as on an
upright page, their boxes on the image as the user sees it."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from pipeline.extract.image import extract_image
from pipeline.extraction import RuleFieldExtractor
from pipeline.options import ExtractOptions
from pipeline.page_turns import box_to_original, box_to_upright
from pipeline.records import Extraction, PageText, Word

WIDTH, HEIGHT = 600.0, 800.0
UPRIGHT_ROWS = [
    # (y, [(x, text)]) on an upright 600 x 800 page
    (40, [(40, "INVOICE")]),
    (80, [(40, "Invoice"), (100, "number:"), (170, "INV-4711")]),
    (110, [(40, "Invoice"), (100, "date:"), (170, "14.03.2024")]),
    (400, [(40, "Subtotal"), (480, "100,00")]),
    (430, [(40, "VAT"), (90, "21%"), (480, "21,00")]),
    (460, [(40, "Total"), (100, "EUR"), (480, "121,00")]),
]


def _turned_page(rotation: int) -> PageText:
    """The page as OCR delivers it after turning it ``rotation`` degrees clockwise to read it: words
    read upright, boxes on the image as scanned (sideways for 90 and 270)."""
    scanned_w, scanned_h = (HEIGHT, WIDTH) if rotation in (90, 270) else (WIDTH, HEIGHT)
    words = []
    for y, row in UPRIGHT_ROWS:
        for x, text in row:
            box = box_to_original((x, y, x + 9.0 * len(text), y + 14), rotation, scanned_w, scanned_h)
            words.append(Word(text, *box, confidence=95.0))
    text = "\n".join(" ".join(t for _, t in row) for _, row in UPRIGHT_ROWS)
    return PageText(1, text, "ocr", scanned_w, scanned_h, words, rotation=rotation)


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_boxes_turn_upright_and_back(rotation: int) -> None:
    box = (12.0, 30.0, 90.0, 44.0)
    upright = box_to_upright(box, rotation, WIDTH, HEIGHT)
    assert box_to_original(upright, rotation, WIDTH, HEIGHT) == box
    if rotation in (90, 270):  # a line's width becomes its height on a sideways page
        assert upright[2] - upright[0] == box[3] - box[1]


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_fields_of_a_turned_page_are_read_like_an_upright_one(rotation: int) -> None:
    page = _turned_page(rotation)
    extraction = Extraction(text=page.text, text_method="ocr", pages=[page])
    found = {f.name: f for f in RuleFieldExtractor().extract_fields(extraction, "invoice").fields}
    assert found["invoice_number"].value == "INV-4711"
    assert found["invoice_date"].value == "2024-03-14"
    assert found["total"].value == "121.00"
    # Provenance points at the printed total on the image as scanned.
    total_word = next(w for w in page.words if w.text == "121,00")
    assert found["total"].bbox == (total_word.x0, total_word.y0, total_word.x1, total_word.y1)


def test_a_sideways_scan_of_a_real_invoice_gives_its_fields(shared_data: Path) -> None:
    document = pdfium.PdfDocument((shared_data / "invoices" / "AzureInterior.pdf").read_bytes())
    try:
        upright = document[0].render(scale=200 / 72, grayscale=True).to_pil()
    finally:
        document.close()
    sideways = upright.transpose(Image.Transpose.ROTATE_90)  # scanned a quarter turn anticlockwise
    buffer = io.BytesIO()
    sideways.save(buffer, "PNG")

    extraction = extract_image(buffer.getvalue(), ExtractOptions(ocr_languages="eng"))
    assert extraction.pages[0].rotation == 90
    found = {f.name: f for f in RuleFieldExtractor().extract_fields(extraction, "invoice").fields}
    assert found["invoice_number"].value == "INV/2023/03/0008"
    assert found["invoice_date"].value == "2023-03-20"
    assert found["total"].value == "279.84"
    x0, y0, x1, y1 = found["total"].bbox or (0, 0, 0, 0)
    assert y1 - y0 > x1 - x0  # on the sideways image the amount runs up the page
    assert 0 <= x0 < x1 <= sideways.width and 0 <= y0 < y1 <= sideways.height
