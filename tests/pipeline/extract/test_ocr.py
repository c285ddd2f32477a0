"""OCR with the real Tesseract on real receipts: text, word boxes, turned pages, time limit."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from pipeline.errors import LimitExceededError
from pipeline.extract.ocr import ensure_single_thread, ocr_image
from pipeline.records import PageText, Word

LANGUAGES = "eng"  # one language keeps these tests fast; the default four are used in test_image


@pytest.fixture(scope="module")
def receipt_path(shared_data: Path) -> Path:
    return shared_data / "receipts" / "sroie_train_139.jpg"  # RESTORAN WAN SHENG, total 6.70


@pytest.fixture(scope="module")
def receipt(receipt_path: Path) -> Image.Image:
    with Image.open(receipt_path) as image:
        image.load()
        return image.copy()


@pytest.fixture(scope="module")
def upright(receipt: Image.Image) -> PageText:
    return ocr_image(receipt, languages=LANGUAGES, timeout_s=60, page_number=2)


def _word(page: PageText, text: str) -> Word:
    matches = [w for w in page.words if w.text == text]
    assert matches, f"{text!r} not read; got {page.text!r}"
    return matches[0]


def _assert_same_box(found: Word, expected: tuple[float, float, float, float], slack: float = 3) -> None:
    edges = (found.x0, found.y0, found.x1, found.y1)
    assert all(abs(a - b) <= slack for a, b in zip(edges, expected, strict=True)), (edges, expected)


def test_receipt_text_words_and_boxes(upright: PageText, receipt: Image.Image) -> None:
    assert upright.number == 2
    assert upright.method == "ocr"
    assert upright.rotation == 0
    assert (upright.width, upright.height) == receipt.size
    assert "RESTORAN WAN SHENG" in upright.text.splitlines()
    assert "TOTAL: 6.70" in upright.text
    name, end = _word(upright, "RESTORAN"), _word(upright, "SHENG")
    # The shop name is the first line, centred near the top of the receipt.
    assert 0 < name.x0 < receipt.width / 2 < end.x1 < receipt.width
    assert 0 < name.y0 < name.y1 < receipt.height / 4
    assert all(w.confidence is not None and 0 <= w.confidence <= 100 for w in upright.words)
    assert name.confidence is not None and name.confidence > 80


def test_text_is_tesseracts_own_text(upright: PageText, receipt_path: Path) -> None:
    """One Tesseract run gives the boxes; the text built from them is what Tesseract prints itself."""
    plain = subprocess.run(
        ["tesseract", str(receipt_path), "-", "-l", LANGUAGES],
        capture_output=True,
        check=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    ).stdout.decode()

    assert upright.text.split("\n") == plain.strip().split("\n")


@pytest.mark.parametrize(
    ("turn", "rotation"),
    [(Image.Transpose.ROTATE_90, 90), (Image.Transpose.ROTATE_180, 180)],
    ids=["lying-on-its-side", "upside-down"],
)
def test_turned_page_is_read_upright_with_boxes_on_the_image_as_given(
    receipt: Image.Image, upright: PageText, turn: Image.Transpose, rotation: int
) -> None:
    top = 230  # the receipt's head (name, address, invoice number): enough text, and quick to read
    head = receipt.crop((0, top, receipt.width, 700))
    turned = head.transpose(turn)  # PIL turns counter-clockwise: it takes `rotation` clockwise back

    page = ocr_image(turned, languages=LANGUAGES, timeout_s=60)

    assert page.rotation == rotation
    assert "RESTORAN WAN SHENG" in page.text
    assert "Tax Invoice" in page.text
    assert "1054650" in page.text
    assert (page.width, page.height) == turned.size
    assert all(0 <= w.x0 < w.x1 <= turned.width and 0 <= w.y0 < w.y1 <= turned.height for w in page.words)
    # The shop name's box is where that word lies on the turned image.
    found = _word(upright, "RESTORAN")
    before = Word(found.text, found.x0, found.y0 - top, found.x1, found.y1 - top)  # on the head crop
    width, height = head.size
    if rotation == 90:  # (x, y) on the receipt lies at (y, width - x) on the turned image
        expected = (before.y0, width - before.x1, before.y1, width - before.x0)
    else:  # (x, y) lies at (width - x, height - y)
        expected = (width - before.x1, height - before.y1, width - before.x0, height - before.y0)
    _assert_same_box(_word(page, "RESTORAN"), expected)


def test_blank_page_reads_as_empty() -> None:
    page = ocr_image(Image.new("L", (800, 600), 255), languages=LANGUAGES, timeout_s=60)

    assert (page.text, page.words, page.rotation, page.error) == ("", [], 0, None)


def test_transparent_image_is_read_on_white(receipt: Image.Image) -> None:
    header = receipt.crop((150, 240, 650, 340)).convert("L")
    # Dark text on a fully transparent background: read as if printed on white paper.
    transparent = Image.new("LA", header.size, (0, 0))
    transparent.putalpha(header.point(lambda v: 255 - v))

    page = ocr_image(transparent, languages=LANGUAGES, timeout_s=60)

    assert "RESTORAN WAN SHENG" in page.text


def test_time_limit_names_the_limit_and_the_page(receipt: Image.Image) -> None:
    with pytest.raises(LimitExceededError, match=r"^OCR time limit of 0.01 s exceeded on page 7$"):
        ocr_image(receipt, languages="eng+nld+deu+fra", timeout_s=0.01, page_number=7)


def test_ensure_single_thread_keeps_a_chosen_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OMP_THREAD_LIMIT", raising=False)
    ensure_single_thread()
    assert os.environ["OMP_THREAD_LIMIT"] == "1"

    monkeypatch.setenv("OMP_THREAD_LIMIT", "2")
    ensure_single_thread()
    assert os.environ["OMP_THREAD_LIMIT"] == "2"
