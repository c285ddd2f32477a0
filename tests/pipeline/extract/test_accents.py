"""Accents an English first reading loses come back from a reading in the page's language.

The real Tesseract reads a German invoice page drawn with a font that has umlauts: docpipe's
text names "Krüger Sanitär GmbH" and its customer "Bäckerei Schäfer KG", where a reading in
English alone gives "Kruger Sanitar GmbH".
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import reportlab
from PIL import Image, ImageDraw, ImageFont

from pipeline.extract.accents import name_lines, plain_letters, with_accents
from pipeline.extract.ocr import _read_stacks, _Tesseract, ocr_page
from pipeline.extract.prepare import stack_regions
from pipeline.records import Word

FONTS = Path(reportlab.__file__).parent / "fonts"  # Bitstream Vera: the default PIL font has no umlauts
FOUR_LANGUAGES = "eng+nld+deu+fra"


@pytest.mark.parametrize(
    ("first", "again", "restored"),
    [
        ("Kriiger", "Krüger", "Krüger"),  # ü read as two i's
        ("Miller", "Müller", "Müller"),  # ü read as i: the page's language decides
        ("Sanitar", "Sanitär", "Sanitär"),
        ("Arciére", "Arcière", "Arcière"),  # another accent
        ("WeiB", "Weiß", "Weiß"),
        ("Strasse", "Straße", "Straße"),
        ("Sarl", "Sàrl", "Sàrl"),
        ("Krieger", "Krüger", None),  # another letter: not an accent
        ("Kruger1", "Krüger", None),
        ("Muller", "Müllex", None),
        ("Kruger", "Kruger", None),  # nothing to restore
        ("Hello", "Hallo", None),  # a plain reading never replaces the first
    ],
)
def test_only_a_difference_in_accents_is_taken(first: str, again: str, restored: str | None) -> None:
    assert with_accents(first, again) == restored


def test_plain_letters() -> None:
    assert plain_letters("Électricité Müller Sàrl") == "Electricite Muller Sarl"


def _line(text: str, top: float) -> list[Word]:
    words, x = [], 100.0
    for token in text.split():
        words.append(Word(token, x, top, x + 20 * len(token), top + 30, 95.0))
        x += 20 * len(token) + 15
    return words


def test_name_lines_are_the_letterhead_and_the_companies_near_the_top() -> None:
    lines = [
        _line("Kriiger Sanitar GmbH", 100),
        _line("Hauptstrasse 12", 150),
        _line("80331 Munchen", 200),  # third line, no legal form
        _line("Backerei Schafer KG", 400),  # a company in the customer block
        _line("12 4", 450),  # no word of letters
        _line("Rechnung", 600),
        _line("Elektro Weber GmbH", 3000),  # a company at the foot of the page
    ]
    assert name_lines(lines, page_height=3508) == [0, 1, 3]


@pytest.fixture(scope="module")
def german_invoice() -> Image.Image:
    """The top of a German invoice page at 300 dpi, names with umlauts."""
    rows = [
        ("Krüger Sanitär GmbH", 72, "VeraBd.ttf"),
        ("Hauptstraße 12 · 80331 München", 40, "Vera.ttf"),
        ("", 40, "Vera.ttf"),
        ("Bäckerei Schäfer KG", 40, "Vera.ttf"),
        ("Gartenweg 3, 50667 Köln", 40, "Vera.ttf"),
        ("", 40, "Vera.ttf"),
        ("Rechnung", 60, "VeraBd.ttf"),
        ("Rechnungsnummer: R-2024-0042", 40, "Vera.ttf"),
        ("Rechnungsdatum: 14.03.2024", 40, "Vera.ttf"),
        ("Sehr geehrte Damen und Herren,", 40, "Vera.ttf"),
        ("wir berechnen Ihnen für die Arbeiten in Ihrer Filiale:", 40, "Vera.ttf"),
        ("Austausch der Wasserleitung   1.250,00 EUR", 40, "Vera.ttf"),
        ("Gesamtbetrag inkl. 19% MwSt.   1.487,50 EUR", 40, "Vera.ttf"),
        ("Mit freundlichen Grüßen", 40, "Vera.ttf"),
    ]
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    top = 200
    for text, size, font in rows:
        draw.text((200, top), text, font=ImageFont.truetype(str(FONTS / font), size), fill=0)
        top += int(size * 1.6)
    return image


def test_a_german_page_keeps_the_accents_of_its_names(german_invoice: Image.Image) -> None:
    page = ocr_page(german_invoice, languages=FOUR_LANGUAGES, timeout_s=120)
    assert "Krüger Sanitär GmbH" in page.text
    assert "Bäckerei Schäfer KG" in page.text
    assert "R-2024-0042" in page.text and "1.487,50" in page.text  # the rest as the first reading had it


def test_english_alone_loses_them(german_invoice: Image.Image) -> None:
    """Why the second reading is there: the first, English reading has no umlauts."""
    page = ocr_page(german_invoice, languages="eng", timeout_s=120)
    assert "Krüger" not in page.text and "Sanitär" not in page.text
    assert "Sanitar GmbH" in page.text


@pytest.mark.parametrize(
    ("turn", "rotation"),
    [(Image.Transpose.ROTATE_90, 90), (Image.Transpose.ROTATE_270, 270)],
    ids=["turned-left", "turned-right"],
)
def test_a_page_fed_sideways_is_read_upright_and_keeps_its_accents(
    german_invoice: Image.Image, turn: Image.Transpose, rotation: int
) -> None:
    """Tesseract reads a sideways page as columns of turned lines, well enough not to look
    wrong; but no line of such a reading can be cut out and read again."""
    page = ocr_page(german_invoice.transpose(turn), languages=FOUR_LANGUAGES, timeout_s=120)
    assert page.rotation == rotation
    assert "Krüger Sanitär GmbH" in page.text


def test_stacks_read_in_one_call_keep_their_own_words(german_invoice: Image.Image) -> None:
    """Two stacks of lines go to Tesseract as the two pages of one TIFF (one start): each
    stack's regions get the words read on that page, in the page's coordinates."""
    gray = np.asarray(german_invoice)
    name, number = (0, 180, 1400, 300), (0, 720, 1400, 790)  # "Krüger Sanitär GmbH", "Rechnungsnummer"
    first = stack_regions(gray, [number])
    second = stack_regions(gray, [name])
    with _Tesseract(60, 1) as tesseract:
        (numbers,), (names,) = _read_stacks(tesseract, [first, second], "deu")
    assert [w.text for w in names] == ["Krüger", "Sanitär", "GmbH"]
    assert [w.text for w in numbers] == ["Rechnungsnummer:", "R-2024-0042"]
    assert all(name[1] <= w.y0 < w.y1 <= name[3] for w in names)  # boxes back on the page
