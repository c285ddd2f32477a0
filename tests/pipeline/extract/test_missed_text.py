"""A pale footer Tesseract's page layout drops is found as uncovered ink and read after all."""

from __future__ import annotations

import numpy as np
import pytesseract
from PIL import Image, ImageDraw, ImageFont

from pipeline.extract.missed_text import darken_pale_print, uncovered_text_regions
from pipeline.extract.ocr import ocr_page

FOOTER = ("Example Trading GmbH", "Hauptstrasse 12, 10115 Berlin")
VAT_LINE = "Umsatzsteuer-ID: DE 111 158 028"


def _invoice_page() -> Image.Image:
    """An A4 page at 200 dpi: dark body lines, and a small footer in pale grey below a rule."""
    page = Image.new("L", (1654, 2339), 235)
    draw = ImageDraw.Draw(page)
    body, small = ImageFont.load_default(size=34), ImageFont.load_default(size=18)
    for i in range(14):
        text = f"Line {i + 1}: consulting services for the month of March {2020 + i % 5}   1.234,56 EUR"
        draw.text((150, 200 + 70 * i), text, fill=20, font=body)
    draw.line((120, 2050, 1530, 2050), fill=150, width=2)
    draw.text((150, 2080), FOOTER[0], fill=190, font=small)
    draw.text((150, 2110), FOOTER[1], fill=190, font=small)
    draw.text((1000, 2080), VAT_LINE, fill=190, font=small)
    return page


def test_the_footer_the_page_layout_drops_is_read_with_boxes_on_the_page() -> None:
    page = _invoice_page()
    assert "158 028" not in pytesseract.image_to_string(page, lang="eng"), "Tesseract alone drops it"

    read = ocr_page(page, languages="eng", timeout_s=60)

    assert VAT_LINE in read.text and FOOTER[0] in read.text
    assert "Line 14: consulting services" in read.text
    vat_words = [w for w in read.words if w.text in ("111", "158", "028")]
    assert len(vat_words) == 3
    assert all(w.y0 >= 2070 and w.y1 <= 2110 and 1000 <= w.x0 < w.x1 <= 1500 for w in vat_words)


def test_only_line_shaped_ink_no_word_covers_is_a_region() -> None:
    gray = np.full((400, 800), 255, dtype=np.uint8)
    image = Image.fromarray(gray)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=24)
    draw.text((40, 40), "Read already 123", fill=0, font=font)
    draw.text((40, 140), "Never read 456", fill=200, font=font)  # pale
    draw.line((40, 250, 760, 250), fill=0, width=2)  # a rule
    draw.point([(600, 330), (603, 331)], fill=0)  # specks
    covered = [(40.0, 40.0, 260.0, 70.0)]

    regions = uncovered_text_regions(np.asarray(image), covered, glyph_height=18.0)

    assert len(regions) == 1
    x0, y0, x1, y1 = regions[0]
    assert x0 <= 40 and 135 <= y0 <= 145 and 200 <= x1 <= 260 and 160 <= y1 <= 175


def test_stretching_makes_pale_print_dark() -> None:
    stack = np.array([[255, 200, 230, 215]], dtype=np.uint8)
    assert darken_pale_print(stack).tolist() == [[255, 0, 191, 95]]
    blank = np.full((2, 2), 255, dtype=np.uint8)
    assert darken_pale_print(blank).tolist() == blank.tolist()


def test_footer_lines_on_grainy_paper_under_a_skewed_rule_are_each_a_region() -> None:
    """A scan's paper grain and a rule slanting across the page just above the footer must not merge
    the footer's lines (and everything else) into one run too tall to be a line of text."""
    rng = np.random.default_rng(3)
    gray = np.clip(rng.normal(246, 10, (500, 1400)), 0, 255).astype(np.uint8)  # grainy paper
    image = Image.fromarray(gray)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=22)
    draw.line((60, 205, 1340, 180), fill=160, width=2)  # about one degree off level
    draw.text((900, 200), "VAT ID: GB375 2751 36", fill=150, font=font)
    draw.text((900, 232), "Company No. 13228329", fill=150, font=font)
    draw.text((80, 222), "Marlux Ltd", fill=150, font=font)

    regions = uncovered_text_regions(np.asarray(image), [], glyph_height=17.0)

    tops = sorted(y0 for x0, y0, x1, y1 in regions if x0 >= 880)
    assert len(tops) == 2 and tops[1] - tops[0] >= 20  # the VAT line and the one below, apart
    assert any(x0 <= 80 <= x1 for x0, _, x1, _ in regions)  # the name in the left column
