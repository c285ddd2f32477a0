"""Image files with the real Tesseract: receipts, EXIF orientation, multi-page TIFF, hostile input."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from pipeline.errors import CorruptDocumentError, LimitExceededError
from pipeline.extract.image import extract_image
from pipeline.options import ExtractOptions, Limits

FAST = ExtractOptions(ocr_languages="eng")  # one language where the test is about the file, not OCR


def _load(path: Path) -> Image.Image:
    with Image.open(path) as image:
        image.load()
        return image.copy()


def _encode(image: Image.Image, fmt: str, **params: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def wan_sheng_head(shared_data: Path) -> Image.Image:
    """The top of a receipt: RESTORAN WAN SHENG, its address and invoice number."""
    return _load(shared_data / "receipts" / "sroie_train_139.jpg").crop((0, 230, 932, 700))


@pytest.fixture(scope="module")
def unihakka_head(shared_data: Path) -> Image.Image:
    receipt = _load(shared_data / "receipts" / "sroie_train_056.jpg")
    return receipt.crop((0, 0, receipt.width, receipt.height // 3))


def _two_page_tiff(first: Image.Image, second: Image.Image) -> bytes:
    return _encode(first.convert("L"), "TIFF", save_all=True, append_images=[second.convert("L")])


def test_receipt_photo_gives_its_total_and_shop(shared_data: Path) -> None:
    data = (shared_data / "receipts" / "sroie_train_056.jpg").read_bytes()

    result = extract_image(data, ExtractOptions())  # the default four languages, as in production

    assert result.text_method == "ocr"
    assert result.page_count == 1
    page = result.pages[0]
    assert (page.number, page.method, page.error) == (1, "ocr", None)
    assert "UNIHAKKA INTERNATIONAL SDN BHD" in result.text
    assert "8.70" in result.text
    assert page.words and all(w.confidence is not None for w in page.words)


def test_exif_orientation_is_applied(wan_sheng_head: Image.Image) -> None:
    # Stored lying on its side, as a phone does, with EXIF Orientation 6: "turn 90° clockwise to view".
    exif = Image.Exif()
    exif[0x0112] = 6
    data = _encode(wan_sheng_head.transpose(Image.Transpose.ROTATE_90), "JPEG", quality=95, exif=exif)

    page = extract_image(data, FAST).pages[0]

    assert "RESTORAN WAN SHENG" in page.text
    assert page.rotation == 0  # upright after EXIF: no OCR-side turning was needed
    assert (page.width, page.height) == wan_sheng_head.size


def test_sixteen_bit_grayscale_scan_is_read(wan_sheng_head: Image.Image) -> None:
    deep = np.asarray(wan_sheng_head.convert("L"), dtype=np.uint16) * 257
    data = _encode(Image.fromarray(deep), "PNG")

    assert "RESTORAN WAN SHENG" in extract_image(data, FAST).text


def test_multi_page_tiff_gives_one_page_per_frame(
    wan_sheng_head: Image.Image, unihakka_head: Image.Image
) -> None:
    result = extract_image(_two_page_tiff(wan_sheng_head, unihakka_head), FAST)

    assert [p.number for p in result.pages] == [1, 2]
    assert "RESTORAN WAN SHENG" in result.pages[0].text
    assert "UNIHAKKA" in result.pages[1].text
    assert result.text.index("WAN SHENG") < result.text.index("UNIHAKKA")
    assert result.warnings == []


def test_damaged_tiff_page_is_recorded_and_the_rest_lands(
    wan_sheng_head: Image.Image, unihakka_head: Image.Image
) -> None:
    data = _two_page_tiff(wan_sheng_head, unihakka_head)
    truncated = data[: len(data) - 20_000]  # cuts into the second page's pixels

    result = extract_image(truncated, FAST)

    assert "RESTORAN WAN SHENG" in result.pages[0].text
    assert result.pages[0].error is None
    assert result.pages[1].error is not None
    assert result.pages[1].error.startswith("truncated or corrupt image")
    assert result.warnings == [f"page 2: {result.pages[1].error}"]


def test_too_many_tiff_pages(wan_sheng_head: Image.Image) -> None:
    data = _two_page_tiff(wan_sheng_head, wan_sheng_head)
    options = ExtractOptions(limits=Limits(max_pages=1))

    with pytest.raises(LimitExceededError, match=r"too many pages: 2, limit 1"):
        extract_image(data, options)


def test_truncated_jpeg_is_corrupt(shared_data: Path) -> None:
    data = (shared_data / "receipts" / "sroie_train_139.jpg").read_bytes()

    with pytest.raises(CorruptDocumentError, match=r"^truncated or corrupt image: .*truncated"):
        extract_image(data[: len(data) // 2], FAST)


def test_garbage_is_corrupt() -> None:
    with pytest.raises(CorruptDocumentError, match=r"^truncated or corrupt image"):
        extract_image(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, FAST)


def test_decompression_bomb_is_refused_before_decoding() -> None:
    # A 10x10 PNG whose header claims 100000 x 100000 pixels, with a valid header checksum.
    data = bytearray(_encode(Image.new("L", (10, 10), 255), "PNG"))
    data[16:24] = struct.pack(">II", 100_000, 100_000)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))

    with pytest.raises(LimitExceededError, match=r"image too large: 10000000000 pixels, limit 100000000"):
        extract_image(bytes(data), FAST)


def test_pixel_limit_comes_from_the_options(wan_sheng_head: Image.Image) -> None:
    data = _encode(wan_sheng_head, "PNG")
    options = ExtractOptions(limits=Limits(max_image_pixels=100_000))
    pillow_default = Image.MAX_IMAGE_PIXELS

    with pytest.raises(LimitExceededError, match=r"image too large: 438040 pixels, limit 100000"):
        extract_image(data, options)
    assert pillow_default == Image.MAX_IMAGE_PIXELS  # Pillow's global is put back


def test_oversized_later_tiff_page_is_refused(wan_sheng_head: Image.Image) -> None:
    # Pillow checks the first page only: a small first page must not let a huge second one through.
    data = _two_page_tiff(Image.new("L", (100, 100), 255), wan_sheng_head)
    options = ExtractOptions(limits=Limits(max_image_pixels=200_000))

    with pytest.raises(LimitExceededError, match=r"image too large: 932x470 = 438040 pixels"):
        extract_image(data, options)
