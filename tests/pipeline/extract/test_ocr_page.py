"""The prepared OCR path (``ocr_page``) with the real Tesseract on real receipts.

What preparation is for: a low-resolution receipt's total is read after preparation and not
before; a turned page comes back upright; the word boxes land on the image as it was handed in,
whatever was scaled or turned on the way.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from pipeline.errors import LimitExceededError
from pipeline.extract.ocr import _plausible, ocr_image, ocr_page
from pipeline.extract.ocr_eval import amount_in_text
from pipeline.extract.pdf import extract_pdf
from pipeline.options import ExtractOptions
from pipeline.records import PageText, Word

LANGUAGES = "eng"  # one language keeps these tests fast


def _load(path: Path) -> Image.Image:
    with Image.open(path) as image:
        image.load()
        return image.copy()


def _word(page: PageText, text: str) -> Word:
    matches = [w for w in page.words if w.text == text]
    assert matches, f"{text!r} not read; got {page.text!r}"
    return matches[0]


def _assert_near(found: Word, expected: tuple[float, float, float, float], slack: float) -> None:
    edges = (found.x0, found.y0, found.x1, found.y1)
    assert all(abs(a - b) <= slack for a, b in zip(edges, expected, strict=True)), (edges, expected)


def _ink_share(image: Image.Image, word: Word) -> float:
    """The share of dark pixels inside the word's box on ``image``."""
    box = np.asarray(image.convert("L").crop((word.x0, word.y0, word.x1, word.y1)))
    return float((box < 128).mean())


@pytest.fixture(scope="module")
def wan_sheng(shared_data: Path) -> Image.Image:
    return _load(shared_data / "receipts" / "sroie_train_139.jpg")  # RESTORAN WAN SHENG, glyphs 33 px


@pytest.fixture(scope="module")
def low_resolution(shared_data: Path) -> Image.Image:
    """A receipt (total 29.30) at 0.4 of its resolution: capitals and digits about 11 px high."""
    receipt = _load(shared_data / "receipts" / "sroie_train_244.jpg")
    return receipt.resize((round(receipt.width * 0.4), round(receipt.height * 0.4)), Image.Resampling.LANCZOS)


def test_low_resolution_total_is_read_after_preparation_and_not_before(low_resolution: Image.Image) -> None:
    before = ocr_image(low_resolution, languages=LANGUAGES, timeout_s=60)
    after = ocr_page(low_resolution, languages=LANGUAGES, timeout_s=60)

    assert not amount_in_text("29.30", before.text), before.text
    assert amount_in_text("29.30", after.text), after.text


def test_a_scanned_pdf_page_is_prepared_too(low_resolution: Image.Image) -> None:
    """Production reads image-only PDF pages through the same prepared path as image files."""
    buffer = io.BytesIO()
    low_resolution.convert("L").save(buffer, "PDF", resolution=300)  # rendered back at 300 dpi: same pixels

    result = extract_pdf(buffer.getvalue(), ExtractOptions(ocr_languages=LANGUAGES))

    assert result.text_method == "ocr"
    assert amount_in_text("29.30", result.text), result.text
    page = result.pages[0]
    assert (page.width, page.height) == pytest.approx(
        (low_resolution.width * 72 / 300, low_resolution.height * 72 / 300)
    )
    assert all(0 <= w.x0 < w.x1 <= page.width and 0 <= w.y0 < w.y1 <= page.height for w in page.words)


@pytest.mark.parametrize(
    ("text", "plausible"),
    [
        ("18/04/2017", True),
        ("04/18/2017", True),
        ("17-06-18", True),
        ("18/64/2017", False),
        ("98/04/2018", False),
        ("12.50", True),
        ("RM13.58", True),
        ("10.€0", False),
        ("12:04:58", True),
    ],
)
def test_weak_readings_that_cannot_be_what_they_look_like(text: str, plausible: bool) -> None:
    assert _plausible(text) is plausible


def test_word_boxes_of_a_scaled_page_land_on_the_image_as_given(
    low_resolution: Image.Image, shared_data: Path
) -> None:
    """The page was read scaled up about 2.2 times: its boxes come back in the small image's pixels."""
    page = ocr_page(low_resolution, languages=LANGUAGES, timeout_s=60)
    full = ocr_page(
        _load(shared_data / "receipts" / "sroie_train_244.jpg"), languages=LANGUAGES, timeout_s=60
    )

    assert (page.width, page.height) == low_resolution.size
    assert all(0 <= w.x0 < w.x1 <= page.width and 0 <= w.y0 < w.y1 <= page.height for w in page.words)
    for text in ("TOTAL", "INCLUDES"):
        small, large = _word(page, text), _word(full, text)
        # The same word on the full-resolution receipt, at 0.4 of its size.
        _assert_near(small, (large.x0 * 0.4, large.y0 * 0.4, large.x1 * 0.4, large.y1 * 0.4), slack=4)
        assert _ink_share(low_resolution, small) > 0.1  # the box holds the printed word


@pytest.mark.parametrize(
    ("turn", "rotation"),
    [
        (Image.Transpose.ROTATE_90, 90),
        (Image.Transpose.ROTATE_180, 180),
        (Image.Transpose.ROTATE_270, 270),
    ],
    ids=["turned-left", "upside-down", "turned-right"],
)
def test_turned_page_comes_back_upright_with_boxes_on_the_image_as_given(
    wan_sheng: Image.Image, turn: Image.Transpose, rotation: int
) -> None:
    top = 230  # the receipt's head: name, address, invoice number
    head = wan_sheng.crop((0, top, wan_sheng.width, 700))
    upright = ocr_page(head, languages=LANGUAGES, timeout_s=60)
    turned = head.transpose(turn)  # PIL turns counter-clockwise: it takes `rotation` clockwise back

    page = ocr_page(turned, languages=LANGUAGES, timeout_s=60)

    assert upright.rotation == 0
    assert page.rotation == rotation
    assert "RESTORAN WAN SHENG" in page.text
    assert "Tax Invoice" in page.text
    assert (page.width, page.height) == turned.size
    assert all(0 <= w.x0 < w.x1 <= turned.width and 0 <= w.y0 < w.y1 <= turned.height for w in page.words)
    name = _word(upright, "RESTORAN")
    width, height = head.size
    expected = {  # where the word's box on the upright head lies on the turned image
        90: (name.y0, width - name.x1, name.y1, width - name.x0),
        180: (width - name.x1, height - name.y1, width - name.x0, height - name.y0),
        270: (height - name.y1, name.x0, height - name.y0, name.x1),
    }[rotation]
    _assert_near(_word(page, "RESTORAN"), expected, slack=4)
    assert _ink_share(turned, _word(page, "RESTORAN")) > 0.1


def test_blank_page_reads_as_empty() -> None:
    page = ocr_page(Image.new("L", (800, 600), 255), languages=LANGUAGES, timeout_s=60)

    assert (page.text, page.words, page.error) == ("", [], None)


def test_time_limit_names_the_limit_and_the_page(wan_sheng: Image.Image) -> None:
    with pytest.raises(LimitExceededError, match=r"^OCR time limit of 0.01 s exceeded on page 3$"):
        ocr_page(wan_sheng, languages="eng+nld+deu+fra", timeout_s=0.01, page_number=3)


def test_an_unsure_total_is_read_as_the_page_arithmetic_confirms(shared_data: Path) -> None:
    """Views of the total line disagree, "119.70" or "119.76": cash 120.00 less change 0.30, and
    the GST summary's 112.92 plus 6.78, decide for the printed 119.70."""
    page = ocr_page(
        _load(shared_data / "receipts" / "sroie_train_231.jpg"), languages=LANGUAGES, timeout_s=60
    )
    total_line = next(line for line in page.text.splitlines() if "Incl" in line)
    assert "119.70" in total_line and "119.76" not in total_line, total_line


def test_an_unsure_shop_name_is_read_again(shared_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tesseract reads the faint "THREE" between darker words as "kit." (confidence 40); the
    letterhead's unsure words are read again, each also alone, which reads it right."""
    receipt = _load(shared_data / "receipts" / "sroie_train_597.jpg")
    name = "ONE ONE THREE SEAFOOD RESTAURANT SDN BHD"
    assert name in ocr_page(receipt, languages=LANGUAGES, timeout_s=60).text
    monkeypatch.setattr("pipeline.extract.ocr.RECEIPT_NAME_CONFIDENCE", 0.0)  # no name is unsure
    assert "ONE ONE kit. SEAFOOD" in ocr_page(receipt, languages=LANGUAGES, timeout_s=60).text


def test_a_word_read_again_is_not_taken_from_the_line_above(shared_data: Path) -> None:
    """The unsure "1832," under "SLF CASH & CARRY" is read again in a region padded into the line
    above; the view's "CASH" there overlaps it sideways but is no reading of it (it was added to the
    address line, and the shop's name line then read "SLF CASH CASH & CARRY")."""
    page = ocr_page(
        _load(shared_data / "receipts" / "sroie_train_184.jpg"), languages=LANGUAGES, timeout_s=60
    )
    cash = [w for w in page.words if w.text == "CASH" and w.y1 < 300]
    assert len(cash) == 1, [(w.text, w.x0, w.y0) for w in cash]
    lines = page.text.splitlines()
    name = next(i for i, line in enumerate(lines) if "CARRY" in line)
    assert "SLF CASH & CARRY" in lines[name] and "CASH" not in lines[name + 1], lines[name : name + 2]
