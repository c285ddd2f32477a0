"""A receipt's shop name read right where Tesseract's first reading is not: a large letterhead its
page layout dropped, short unsure words of the name ("C We KHOO", "D.T.¥."), a name read again
without a view's reading that spans its neighbour or turns letters into digits, a name word one
letter off the company's other mentions on the receipt.

Real receipts from ../shared/data, the real Tesseract, the real field rules.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.extract import extract_text
from pipeline.extract.missed_text import uncovered_text_regions
from pipeline.extract.ocr import _Letterhead, _same_kind
from pipeline.extract.prepare import LayoutKind, PreparedImage
from pipeline.extraction import RuleFieldExtractor
from pipeline.options import ExtractOptions
from pipeline.records import Word

ENGLISH = ExtractOptions(ocr_languages="eng")  # the receipts are English; one language is faster


def _shop_name(path: Path) -> str | None:
    extraction = extract_text(path.read_bytes(), "image/jpeg", ENGLISH)
    invoice = RuleFieldExtractor().extract_fields(extraction, "receipt").invoice
    assert invoice is not None
    return invoice.supplier_name


@pytest.mark.parametrize(
    ("receipt", "name"),
    [
        # Printed twice the size of the rest; Tesseract's layout left both lines out, and the
        # legal form on the second line makes the first the name's start.
        ("sroie_train_175.jpg", "POPULAR BOOK CO. (M) SDN BHD"),
        # "C" and "We" (confidence 46 and 6) were too short to be read again.
        ("sroie_train_029.jpg", "C W KHOO HARDWARE SDN BHD"),
        ("sroie_train_085.jpg", "MR. D.I.Y. SDN BHD"),  # "D.T.¥." at 65: two letters only
        ("sroie_train_000.jpg", "BOOK TA .K (TAMAN DAYA) SDN BHD"),  # "-K" at 76
        # Read "SANYO" at 96; the company behind the shop and its Facebook page spell it SANYU.
        ("sroie_train_472.jpg", "SANYU STATIONERY SHOP"),
        # Read "SANYU" at 72 first, "SANYO" at 95 alone: the spelling of the other mentions decides.
        ("sroie_train_500.jpg", "SANYU STATIONERY SHOP"),
        # A hyphen among capitals, read "HAT~O" in its line and "HAI-O" alone.
        ("sroie_train_382.jpg", "HAI-O RAYA BHD"),
        # Read again, "(KL)" became "(K1.)" and "BAKERIES" the view's "BAKERIEStKI)SDS".
        ("sroie_train_346.jpg", "GARDENIA BAKERIES (KL) SDN BHD"),
        ("sroie_train_364.jpg", "GARDENIA BAKERIES (KL) SDN BHD"),
    ],
)
def test_the_shop_name_is_read_as_printed(shared_data: Path, receipt: str, name: str) -> None:
    assert _shop_name(shared_data / "receipts" / receipt) == name


def test_the_words_of_a_large_unread_line_are_one_region() -> None:
    """Letterhead print three times the page's size: its word gaps are wider than the closing
    kernel made for the page's print, yet the line is one region (read as one line, the name's
    words stay together); the page's print below stays a region of its own."""
    image = Image.new("L", (1200, 500), 255)
    draw = ImageDraw.Draw(image)
    big, small = ImageFont.load_default(size=60), ImageFont.load_default(size=20)
    x = 100.0
    for word in ("POPULAR", "BOOK", "CO."):
        draw.text((x, 60), word, fill=0, font=big)
        x = draw.textbbox((x, 60), word, font=big)[2] + 60  # a gap of 1.5 heights of the page's print
    draw.text((100, 300), "Jalan Sagu 18, Taman Daya", fill=0, font=small)

    regions = uncovered_text_regions(np.asarray(image), [], glyph_height=20.0)

    assert len(regions) == 2, regions
    (x0, y0, x1, y1), below = regions
    assert x0 <= 100 and x1 >= x - 60 and y0 <= 75 and y1 <= 140
    assert below[1] >= 290


def test_an_unread_run_is_not_joined_to_a_read_word_beside_it() -> None:
    """A row with a word read already and one left out: only the one left out is read again."""
    image = Image.new("L", (1200, 300), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=24)
    draw.text((100, 100), "IBAN:", fill=0, font=font)
    draw.text((200, 100), "NL91 ABNA 0417 1643 00", fill=0, font=font)

    regions = uncovered_text_regions(np.asarray(image), [(100.0, 100.0, 170.0, 125.0)], glyph_height=18.0)

    assert len(regions) == 1 and regions[0][0] >= 180, regions


def _word(text: str, x0: float, x1: float) -> Word:
    return Word(text, x0, 100.0, x1, 130.0, 80.0)


@pytest.mark.parametrize(
    ("again", "taken"),
    [
        ([_word("(KL)", 100, 160)], True),
        ([_word("(K1.)", 100, 165)], False),  # letters to digits: no name's reading
        ([_word("BAKERIEStKI)SDS", 100, 330)], False),  # over the neighbour too
        ([_word("C", 100, 120), _word("W", 128, 160)], True),  # two words over one
    ],
)
def test_a_names_word_takes_only_a_reading_of_letters_over_its_own_width(
    again: list[Word], taken: bool
) -> None:
    assert _same_kind(_word("(KI)", 100, 160), again) is taken


def test_a_word_with_digits_takes_any_reading() -> None:
    assert _same_kind(_word("1O.5O", 100, 160), [_word("10.50", 100, 160)])
    assert _same_kind(_word("119.7O", 100, 160), [_word("119.70", 100, 160), _word("T", 170, 180)])


def test_unread_runs_of_common_print_in_one_row_stay_apart() -> None:
    """A footer's columns, in the page's common print, are read each on its own: joined, they read
    worse (two VAT numbers of the synthetic scans were lost that way)."""
    image = Image.new("L", (1200, 300), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=24)
    draw.text((100, 100), "Bank NL91", fill=0, font=font)
    right = draw.textbbox((100, 100), "Bank NL91", font=font)[2] + 36  # beyond the closing kernel
    draw.text((right, 100), "BTW NL001", fill=0, font=font)

    regions = uncovered_text_regions(np.asarray(image), [], glyph_height=20.0)

    assert len(regions) == 2, regions


@pytest.mark.parametrize(("kind", "unsure"), [("receipt", True), ("page", False)])
def test_short_unsure_letterhead_words_are_read_again_on_receipts_only(
    kind: LayoutKind, unsure: bool
) -> None:
    """On a receipt the letterhead is mostly the shop's name: its short unsure words ("C We KHOO")
    are read again; on a page, where further weak lines changed how the footer read, they are not."""
    prepared = PreparedImage(np.full((1000, 600), 255, dtype=np.uint8))
    letterhead = _Letterhead.of(prepared, kind)
    assert letterhead.unsure(Word("We", 10.0, 100.0, 40.0, 130.0, 6.0)) is unsure
    assert letterhead.unsure(Word("SANYO", 10.0, 100.0, 90.0, 130.0, 67.0))  # both: a longer word
    assert not letterhead.unsure(Word("SANYO", 10.0, 900.0, 90.0, 930.0, 67.0))  # both: not at the top
