"""OCR with Tesseract: the one place docpipe calls it.

One ``tesseract ... tsv`` run per page gives both the text and the word boxes. Pages that read
badly (low confidence, almost no words) get an orientation check (OSD, ``--psm 0``); when it says
the page lies sideways or upside down, the page is read once more turned upright and the better
reading wins. Boxes always come back in the coordinates of the image as it was handed in.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import numpy as np
import pytesseract
from PIL import Image

from pipeline.errors import DocumentError, LimitExceededError
from pipeline.records import PageText, Word

log = logging.getLogger(__name__)

_T = TypeVar("_T")

# A first reading below either of these looks like a page that lies sideways or upside down;
# measured on the shared receipts: upright pages score 56-87 mean confidence, turned ones 24-44.
SUSPECT_MEAN_CONFIDENCE = 50.0
SUSPECT_WORD_COUNT = 5

_TRANSPOSE_CLOCKWISE = {
    90: Image.Transpose.ROTATE_270,  # PIL turns counter-clockwise
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}


def ensure_single_thread() -> None:
    """Keep Tesseract to one thread unless the process already chose otherwise.

    Parallelism comes from worker processes; OpenMP threads inside Tesseract only compete with
    them. pytesseract hands the process environment to Tesseract, so this is the one place docpipe
    writes to ``os.environ``.
    """
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def ocr_image(
    image: Image.Image,
    *,
    languages: str,
    timeout_s: float,
    psm: int | None = None,
    dpi: int | None = None,
    page_number: int = 1,
    detect_rotation: bool = True,
) -> PageText:
    """Read the text and word boxes of one image with Tesseract.

    ``languages`` is Tesseract's ``-l`` value (``eng+nld``); ``timeout_s`` bounds all Tesseract
    work on this page; ``dpi`` is the image's resolution where known (else Tesseract estimates).
    The result's ``rotation`` is the clockwise turn (0, 90, 180, 270) that made the page
    readable; its words carry boxes in pixels of ``image`` as given, and confidences 0..100.
    Raises LimitExceededError when the first reading runs past ``timeout_s``.
    """
    ensure_single_thread()
    deadline = time.monotonic() + timeout_s
    dpi_flag = f"--dpi {int(dpi)}" if dpi else ""
    config = f"--psm {int(psm)} {dpi_flag}" if psm is not None else dpi_flag
    prepared = _ocr_ready(image)
    with tempfile.TemporaryDirectory(prefix="docpipe-ocr-") as tmp:
        path = _write(prepared, Path(tmp) / "page")
        reading = _read(path, languages, config, deadline, timeout_s, page_number)
        rotation = 0
        if detect_rotation and reading.looks_wrong:
            try:
                rotation, reading = _read_turned(
                    prepared, path, reading, languages, config, dpi_flag, deadline, timeout_s, page_number
                )
            except DocumentError as exc:
                # The first reading is good to keep: an orientation check that runs out of time
                # or fails must not throw it away.
                log.info("orientation check failed on page %d: %s", page_number, exc)
    words = [_to_original(w, rotation, image.width, image.height) for w in reading.words]
    return PageText(
        number=page_number,
        text=reading.text,
        method="ocr",
        width=float(image.width),
        height=float(image.height),
        words=words,
        rotation=rotation,
    )


@dataclass(frozen=True)
class _Reading:
    text: str
    words: list[Word]

    @property
    def mean_confidence(self) -> float:
        confidences = [w.confidence for w in self.words if w.confidence is not None]
        return sum(confidences) / len(confidences) if confidences else 0.0

    @property
    def looks_wrong(self) -> bool:
        return len(self.words) < SUSPECT_WORD_COUNT or self.mean_confidence < SUSPECT_MEAN_CONFIDENCE


def _read_turned(
    prepared: Image.Image,
    path: str,
    first: _Reading,
    languages: str,
    config: str,
    osd_config: str,
    deadline: float,
    timeout_s: float,
    page_number: int,
) -> tuple[int, _Reading]:
    """Ask OSD how the page lies; read it again upright when it is turned and keep the better one."""
    rotation = _osd_rotation(path, osd_config, deadline, timeout_s, page_number)
    if rotation == 0:
        return 0, first
    upright = prepared.transpose(_TRANSPOSE_CLOCKWISE[rotation])
    upright_path = _write(upright, Path(path).with_name("upright"))
    second = _read(upright_path, languages, config, deadline, timeout_s, page_number)
    if second.mean_confidence > first.mean_confidence:
        return rotation, second
    return 0, first


def _ocr_ready(image: Image.Image) -> Image.Image:
    """The image in a mode Tesseract reads as is: 1, L or RGB; transparency flattened on white."""
    if image.mode in ("1", "L", "RGB"):
        return image
    if image.mode in ("I", "I;16", "I;16B", "I;16L", "I;16N", "F"):
        # 16-bit and float scans: stretch to 8 bits instead of clipping everything to white.
        values = np.asarray(image, dtype=np.float32)
        top = float(values.max()) if values.size else 0.0
        scaled = values * (255.0 / top) if top > 0 else values
        return Image.fromarray(scaled.clip(0, 255).astype(np.uint8), mode="L")
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def _write(image: Image.Image, stem: Path) -> str:
    # PNM: no compression to spend time on, and Tesseract (leptonica) reads it directly.
    path = stem.with_suffix(".pnm")
    image.save(path, format="PPM")
    return str(path)


def _read(
    path: str, languages: str, config: str, deadline: float, timeout_s: float, page_number: int
) -> _Reading:
    tsv = _tesseract(
        lambda timeout: pytesseract.image_to_data(
            path, lang=languages, config=config, output_type=pytesseract.Output.BYTES, timeout=timeout
        ),
        deadline,
        timeout_s,
        page_number,
    )
    return _parse_tsv(tsv.decode("utf-8", errors="replace"))


def _osd_rotation(path: str, config: str, deadline: float, timeout_s: float, page_number: int) -> int:
    """Clockwise degrees that turn the page upright according to OSD (``--psm 0``).

    Raises DocumentError where OSD cannot tell, e.g. "Too few characters" on a sparse page.
    """
    osd: str = _tesseract(
        lambda timeout: pytesseract.image_to_osd(
            path, config=config, output_type=pytesseract.Output.STRING, timeout=timeout
        ),
        deadline,
        timeout_s,
        page_number,
    )
    for line in osd.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "Rotate" and value.strip().isdigit():
            rotation = int(value.strip()) % 360
            return rotation if rotation in _TRANSPOSE_CLOCKWISE else 0
    return 0


def _tesseract(call: Callable[[float], _T], deadline: float, timeout_s: float, page_number: int) -> _T:
    """Run one Tesseract call with the time left to this page, mapping its failures to DocumentErrors."""
    remaining = deadline - time.monotonic()
    limit = LimitExceededError(f"OCR time limit of {timeout_s:g} s exceeded on page {page_number}")
    if remaining <= 0:
        raise limit
    try:
        return call(remaining)
    except pytesseract.TesseractError as exc:  # Tesseract ran and failed (a RuntimeError too)
        raise DocumentError(f"OCR failed on page {page_number}: {exc.message}") from exc
    except RuntimeError as exc:
        if "timeout" in str(exc).lower():  # pytesseract's only word for a killed run
            raise limit from exc
        raise


def _parse_tsv(tsv: str) -> _Reading:
    """Words with boxes and the text, line by line and paragraph by paragraph, from Tesseract's TSV."""
    words: list[Word] = []
    paragraphs: list[list[list[str]]] = []  # paragraph -> line -> words
    last_paragraph: tuple[str, ...] | None = None
    last_line: tuple[str, ...] | None = None
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5":
            continue
        text = cells[11].strip()
        if not text:
            continue
        try:
            left, top, width, height = (int(c) for c in cells[6:10])
            confidence = float(cells[10])
        except ValueError:
            continue
        if confidence < 0:
            continue
        words.append(
            Word(text, float(left), float(top), float(left + width), float(top + height), confidence)
        )
        paragraph, line = tuple(cells[1:4]), tuple(cells[1:5])
        if paragraph != last_paragraph:
            paragraphs.append([])
            last_paragraph, last_line = paragraph, None
        if line != last_line:
            paragraphs[-1].append([])
            last_line = line
        paragraphs[-1][-1].append(text)
    text = "\n\n".join("\n".join(" ".join(line) for line in paragraph) for paragraph in paragraphs)
    return _Reading(text=text, words=words)


def _to_original(word: Word, rotation: int, width: int, height: int) -> Word:
    """Map a box read on the image turned ``rotation`` degrees clockwise back onto the image as given."""
    if rotation == 0:
        return word
    if rotation == 180:
        x0, y0, x1, y1 = width - word.x1, height - word.y1, width - word.x0, height - word.y0
    elif rotation == 90:  # upright (u, v) came from original (v, height - u)
        x0, y0, x1, y1 = word.y0, height - word.x1, word.y1, height - word.x0
    else:  # 270: upright (u, v) came from original (width - v, u)
        x0, y0, x1, y1 = width - word.y1, word.x0, width - word.y0, word.x1
    return Word(word.text, x0, y0, x1, y1, word.confidence)
