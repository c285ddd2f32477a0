"""Scanned and photographed documents: PNG, JPEG and (multi-page) TIFF, read with OCR (``ocr_page``)."""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from PIL import Image, ImageOps

from pipeline.errors import CorruptDocumentError, DocumentError, LimitExceededError
from pipeline.extract.ocr import ocr_page
from pipeline.options import ExtractOptions
from pipeline.records import Extraction, PageText

_FORMATS = ("PNG", "JPEG", "TIFF")  # the JPEG reader also opens MPO (camera JPEGs with previews)
_MULTI_PAGE_FORMATS = {"TIFF"}  # an MPO's further frames are previews, not pages

# What Pillow raises on damaged or truncated data, besides its own UnidentifiedImageError.
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, KeyError, TypeError)


def extract_image(data: bytes, options: ExtractOptions) -> Extraction:
    """OCR every page of an image file: one page for PNG and JPEG, one per frame for TIFF.

    Raises LimitExceededError for too many pixels or pages, CorruptDocumentError for data Pillow
    cannot decode. In a multi-page TIFF a page that cannot be read gets ``PageText.error`` and
    the other pages still count; when no page can be read, the first page's error is raised.
    """
    limits = options.limits
    pages: list[PageText] = []
    failures: list[DocumentError] = []
    with _pixel_limit(limits.max_image_pixels):
        image = _open(data, limits.max_image_pixels)
        with image:
            frames = _frame_count(image)
            if frames > limits.max_pages:
                raise LimitExceededError(f"too many pages: {frames}, limit {limits.max_pages}")
            _check_frame_sizes(image, frames, limits.max_image_pixels)  # before any OCR time is spent
            for number in range(1, frames + 1):
                try:
                    frame = _frame(image, number - 1)
                    page = ocr_page(
                        frame,
                        languages=options.ocr_languages,
                        timeout_s=limits.ocr_seconds_per_page,
                        dpi=_dpi(frame),
                        page_number=number,
                        steps=options.ocr_steps,
                    )
                except DocumentError as exc:  # damaged frame, OCR time limit
                    failures.append(exc)
                    page = PageText(number=number, text="", method="ocr", error=str(exc))
                pages.append(page)
    if len(failures) == len(pages):
        raise failures[0]
    return Extraction(
        text="\n\n".join(p.text for p in pages if p.text),
        text_method="ocr",
        pages=pages,
        warnings=[f"page {p.number}: {p.error}" for p in pages if p.error],
    )


@contextmanager
def _pixel_limit(max_pixels: int) -> Iterator[None]:
    """Make Pillow refuse images over ``max_pixels`` (its bomb check reads a module global)."""
    previous = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = max_pixels
    try:
        with warnings.catch_warnings():
            # Pillow warns above the limit and only raises above twice the limit.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            yield
    finally:
        Image.MAX_IMAGE_PIXELS = previous


def _open(data: bytes, max_pixels: int) -> Image.Image:
    Image.init()  # registers the TIFF reader, which Pillow otherwise loads only without `formats`
    try:
        return Image.open(io.BytesIO(data), formats=_FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _bomb(exc, max_pixels) from exc
    except Image.UnidentifiedImageError as exc:
        raise CorruptDocumentError("truncated or corrupt image: not a readable PNG, JPEG or TIFF") from exc
    except _DECODE_ERRORS as exc:
        raise CorruptDocumentError(f"truncated or corrupt image: {exc}") from exc


def _frame_count(image: Image.Image) -> int:
    """Pages in the file: every frame of a TIFF, the first frame of anything else."""
    if image.format not in _MULTI_PAGE_FORMATS:
        return 1
    try:
        return int(getattr(image, "n_frames", 1))
    except _DECODE_ERRORS as exc:  # counting walks every page header of the file
        raise CorruptDocumentError(f"truncated or corrupt image: {exc}") from exc


def _check_frame_sizes(image: Image.Image, frames: int, max_pixels: int) -> None:
    """Refuse the file when any page claims too many pixels: Pillow checks the first one only."""
    for index in range(frames):
        try:
            image.seek(index)
        except _DECODE_ERRORS:
            continue  # that page's own error is recorded when it is read
        width, height = image.size
        if width * height > max_pixels:
            raise LimitExceededError(
                f"image too large: {width}x{height} = {width * height} pixels, limit {max_pixels} pixels"
            )


def _frame(image: Image.Image, index: int) -> Image.Image:
    """Frame ``index`` decoded and turned as its EXIF orientation says."""
    try:
        image.seek(index)
        image.load()
        upright = ImageOps.exif_transpose(image)
    except _DECODE_ERRORS as exc:
        raise CorruptDocumentError(f"truncated or corrupt image: {exc}") from exc
    return upright


def _bomb(exc: Exception, max_pixels: int) -> LimitExceededError:
    # Pillow's message names twice the limit when it raises rather than warns: say the real one.
    found = re.search(r"\((\d+) pixels\)", str(exc))
    size = f"{found.group(1)} pixels" if found else "more pixels than allowed"
    return LimitExceededError(f"image too large: {size}, limit {max_pixels} pixels (decompression bomb?)")


def _dpi(image: Image.Image) -> int | None:
    """The resolution the file declares, when it is a plausible scan resolution."""
    dpi = image.info.get("dpi")
    try:
        value = round(float(dpi[0])) if dpi else 0
    except (TypeError, ValueError, IndexError):
        return None
    return value if 70 <= value <= 2400 else None
