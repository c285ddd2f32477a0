"""OCR with Tesseract: the one place docpipe calls it.

``ocr_page`` is how docpipe reads a scanned or photographed page, image files and image-only PDF
pages alike: the page is prepared first (``prepare.py``: grey, background normalised, text scaled
to the glyph height Tesseract reads best), read in the first configured language with the
page-segmentation mode its layout calls for, the page's language is told from that text, the
lines holding weak words (digits read unsurely or implausibly) are read again in other views in
that language, on a full page the lines of text the page layout left out (a pale footer with the
VAT number: ``missed_text.py``) are read and added, on a German or French page the lines that
may hold a name are read in that language for the accents English lost (``accents.py``),
amounts that Tesseract split at the decimal separator are joined again, and the boxes are mapped
back onto the page as given. ``ocr_image`` is one plain Tesseract reading of the image as given,
nothing prepared.

Both read a page with ``tesseract ... tsv``, which gives the text and the word boxes. Pages that
read badly (low confidence, almost no words), and in ``ocr_page`` pages read as columns of turned
lines (fed sideways), get an orientation check (OSD, ``--psm 0``); when it says the page lies
sideways or upside down, the page is read once more turned upright and the better reading wins.
Boxes always come back in the coordinates of the image as it was handed in.
"""

from __future__ import annotations

import copy
import logging
import os
import re
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import cv2
import numpy as np
import pytesseract
from PIL import Image

from pipeline.cut_decimals import join_cut_decimals
from pipeline.errors import DocumentError, LimitExceededError
from pipeline.extract.accents import ACCENT_LANGUAGES, NAME_LINE_GLYPHS, name_lines, restore_accents
from pipeline.extract.missed_text import darken_pale_print, uncovered_text_regions
from pipeline.extract.page_sums import confirmed_amounts, is_confirmed
from pipeline.extract.prepare import (
    DEFAULT_STEPS,
    LayoutKind,
    Placement,
    PreparedImage,
    binarize,
    layout_kind,
    prepare_page,
    remove_rules,
    stack_regions,
    text_stats,
    thicken,
    turn_upright,
)
from pipeline.language import SAMPLE_CHARS, _identifier
from pipeline.page_turns import word_to_original
from pipeline.records import PageText, Word

log = logging.getLogger(__name__)

_T = TypeVar("_T")

# A first reading below either of these looks like a page that lies sideways or upside down;
# measured on the shared receipts: upright pages score 56-87 mean confidence, turned ones 24-44.
SUSPECT_MEAN_CONFIDENCE = 50.0
SUSPECT_WORD_COUNT = 5
SIDEWAYS_MIN_CHARS = 4  # a word this long is wider than high when the page lies upright

# Page-segmentation mode per layout: a receipt is one block of lines (6; the default 3 splits its
# label and amount columns apart), a page has columns and blocks (3), scattered words are 11.
PSM_FOR_LAYOUT: dict[LayoutKind, int] = {"receipt": 6, "page": 3, "sparse": 11}

# Languages: the first configured language reads the page (Tesseract tries every language of
# "eng+nld+deu+fra" on each uncertain word: 2-3 times the time of one language); the language the
# text is clearly written in reads the second pass. Reading the whole page again in that language
# was measured and dropped: on 46 synthetic nl/de/fr/en scans it found fewer values (invoice
# number 43 instead of 45, supplier 44 instead of 45) at 1.3x instead of 0.8x of the raw command.
TESSERACT_TO_ISO = {
    "eng": "en",
    "nld": "nl",
    "deu": "de",
    "fra": "fr",
    "spa": "es",
    "ita": "it",
    "por": "pt",
    "pol": "pl",
    "dan": "da",
    "swe": "sv",
    "nor": "no",
    "fin": "fi",
}
NARROW_MIN_PROBABILITY = 0.9
MIN_LETTERS_TO_NARROW = 40

# Second pass. A word with digits is weak when read below WEAK_CONFIDENCE or when it cannot be
# what it looks like (a date with month 64, junk after a decimal point). The lines holding weak
# words are cut out, stacked, binarised (Sauvola) and read again, one Tesseract call in the page's
# language. On a receipt (photographed thermal print) they are read in two more views: the same
# stack with the ink thickened (broken strokes), and the whole receipt with its ruled lines removed
# (an underline touching a date turns the line into garbage). Each weak word takes the reading
# that is plausible and surest of them all.
# Measured on the 60 receipts, against the first reading alone (total / date found): 55 / 50;
# binarised lines 56 / 51; plus thickened lines 56 / 52; plus the ruled-lines view 56 / 54, for
# about 0.5x of the raw command in all. Dropped: grey or 1.5x upscaled lines (no better), ruled
# lines removed before the first reading (54 / 49: as many dates lost as won), a confidence margin
# before replacing (no change). On full invoice pages the two further views doubled the time and
# found nothing more (46 synthetic scans: 1.7x instead of 0.9x of the raw command, 2 values lost),
# so pages get the binarised lines only.
WEAK_CONFIDENCE = 85.0
# A word of three letters or more in the letterhead (the top LETTERHEAD_SHARE of the page) is weak
# below WEAK_NAME_CONFIDENCE: a shop's name Tesseract was unsure of ("SANYO" at 67 for "SANYU",
# "ISNT" at 70 for "ISNI") is read again in the same views. Receipts: shop names in the OCR text
# 30 -> 32 of 60, totals and dates as before, 1.04x the raw command (median); synthetic invoice
# scans: supplier names 20 -> 21 of 24 at 1.10x. Unsure words anywhere on the page, not only in
# the letterhead, found no more and took 1.24x on the invoice scans.
# On a receipt, whose letterhead is mostly the shop's name, words of one or two letters too ("C We
# KHOO" at 46 / 6, "D.T.¥." at 65), and up to RECEIPT_NAME_CONFIDENCE ("TA -K" at 76), with a view's
# reading taken only where it is letters over the word's own width (``_same_kind``): receipts' shop
# names (field rules) 42 -> 46 of 60, none lost; without that check "(KL)" became "(K1.)" and
# "BAKERIES" a reading spanning its neighbour, and the gain was nil. Not on pages: the further weak
# lines of a letterhead share the weak lines' stack with the footer lines the layout left out, and
# changed how Tesseract read those (2 VAT numbers of the held-out split's scans lost, none won).
# A receipt's unsure name words are also read each alone ("THREE" among darker words, "HAI-O"):
# shop names 49 -> 51 of 60 with the name spelling (``extraction.spelling``), which puts back the
# one the lone reading got wrong (a confident "SANYO" at 95; it shares the thickened view's call).
WEAK_NAME_CONFIDENCE = 75.0
NAME_MIN_LETTERS = 3
RECEIPT_NAME_CONFIDENCE = 82.0
RECEIPT_NAME_MIN_LETTERS = 1
LETTERHEAD_SHARE = 0.25
SAME_SPAN = 0.6  # a view's reading of a name's word spans this share of the wider of the two
SECOND_PASS_MAX_LINES = 40
MISSED_MIN_CONFIDENCE = 50.0  # of a word read where the page layout had found no text
# A "line" taller than this many glyph heights is no line of text (Tesseract's box around a
# column of turned words, a logo): cut out and read alone it gives noise, and costs as much as a page.
MAX_LINE_GLYPHS = 2.5
# A weak line is cut out this many line heights wider on either side than its words: a first
# digit Tesseract dropped as a speck is read again.
LINE_SIDE_MARGIN = 1.5
_DATE_LIKE = re.compile(r"(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](?:\d{4}|\d{2})(?!\d)")
_DECIMAL_JUNK = re.compile(r"\d[.,][^\d\s.,:;)]")

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


def ocr_page(
    image: Image.Image,
    *,
    languages: str,
    timeout_s: float,
    dpi: int | None = None,
    page_number: int = 1,
    steps: Sequence[str] | None = None,
) -> PageText:
    """Read one scanned or photographed page the way docpipe reads pages: prepared, layout-aware.

    ``languages`` is Tesseract's ``-l`` value (``eng+nld``); ``timeout_s`` bounds all work on
    this page, preparation included; ``dpi`` is the image's resolution where known; ``steps``
    the preparation steps (``prepare.STEPS`` names; None: ``prepare.DEFAULT_STEPS``).
    The result's ``rotation`` is the clockwise turn (0, 90, 180, 270) that made the page
    readable; its words carry boxes in pixels of ``image`` as given, whatever was scaled or
    turned, and confidences 0..100.
    Raises LimitExceededError when the page runs past ``timeout_s``.
    """
    ensure_single_thread()
    with _Tesseract(timeout_s, page_number) as tesseract:
        tesseract.check_time()  # no time at all: no work either
        prepared = prepare_page(_ocr_ready(image), DEFAULT_STEPS if steps is None else steps)
        tesseract.check_time()
        first, *others = languages.split("+")
        reading = tesseract.read_prepared(prepared, first, dpi)
        rotation = 0
        if reading.looks_wrong or reading.lies_sideways:
            try:
                rotation, prepared, reading = _turn_prepared(tesseract, prepared, reading, first, dpi)
            except DocumentError as exc:  # keep the first reading, as ocr_image does
                log.info("orientation check failed on page %d: %s", page_number, exc)
        language = (text_language(reading.text, [first, *others]) if others else None) or first
        accents = language != first and language in ACCENT_LANGUAGES
        reading = _second_pass(tesseract, prepared, reading, language, accents=accents)
    reading = reading.with_amounts_joined()
    words = [_mapped(w, prepared, image.width, image.height) for w in reading.words]
    return PageText(
        number=page_number,
        text=reading.text,
        method="ocr",
        width=float(image.width),
        height=float(image.height),
        words=words,
        rotation=rotation,
    )


def text_language(text: str, languages: Sequence[str]) -> str | None:
    """Which of ``languages`` (Tesseract codes) ``text`` is written in, when its words say so clearly.

    None when the text is too short, none of them is likely enough, or a language has no
    ISO 639-1 code known here.
    """
    codes = {TESSERACT_TO_ISO.get(language): language for language in languages}
    if None in codes or len(codes) < 2 or sum(ch.isalpha() for ch in text) < MIN_LETTERS_TO_NARROW:
        return None
    scores = {code: score for code, score in _identifier().rank(text[:SAMPLE_CHARS]) if code in codes}
    total = sum(scores.values())
    if total <= 0:
        return None
    best = max(scores, key=lambda code: scores[code])
    return codes[best] if scores[best] / total >= NARROW_MIN_PROBABILITY else None


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
    """Read the text and word boxes of one image with Tesseract, as given: nothing prepared.

    ``languages`` is Tesseract's ``-l`` value (``eng+nld``); ``timeout_s`` bounds all Tesseract
    work on this page; ``dpi`` is the image's resolution where known (else Tesseract estimates).
    The result's ``rotation`` is the clockwise turn (0, 90, 180, 270) that made the page
    readable; its words carry boxes in pixels of ``image`` as given, and confidences 0..100.
    Raises LimitExceededError when the first reading runs past ``timeout_s``.
    """
    ensure_single_thread()
    config = _config(psm, dpi)
    ready = _ocr_ready(image)
    with _Tesseract(timeout_s, page_number) as tesseract:
        path = tesseract.write(ready, "page")
        reading = tesseract.read(path, languages, config)
        rotation = 0
        if detect_rotation and reading.looks_wrong:
            try:
                rotation = tesseract.osd_rotation(path, _config(None, dpi))
                if rotation:
                    upright = ready.transpose(_TRANSPOSE_CLOCKWISE[rotation])
                    second = tesseract.read(tesseract.write(upright, "upright"), languages, config)
                    if second.mean_confidence > reading.mean_confidence:
                        reading = second
                    else:
                        rotation = 0
            except DocumentError as exc:
                # The first reading is good to keep: an orientation check that runs out of time
                # or fails must not throw it away.
                log.info("orientation check failed on page %d: %s", page_number, exc)
    words = [word_to_original(w, rotation, image.width, image.height) for w in reading.words]
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
class _Line:
    paragraph: tuple[str, ...]  # Tesseract's (page, block, paragraph) numbers
    words: list[Word]


@dataclass(frozen=True)
class _Reading:
    lines: list[_Line] = field(default_factory=list)

    @property
    def words(self) -> list[Word]:
        return [word for line in self.lines for word in line.words]

    @property
    def text(self) -> str:
        """Words by spaces, lines by newlines, paragraphs by blank lines: Tesseract's own text."""
        paragraphs: list[list[str]] = []
        last: tuple[str, ...] | None = None
        for line in self.lines:
            if line.paragraph != last:
                paragraphs.append([])
                last = line.paragraph
            paragraphs[-1].append(" ".join(w.text for w in line.words))
        return "\n\n".join("\n".join(lines) for lines in paragraphs)

    @property
    def mean_confidence(self) -> float:
        confidences = [w.confidence for w in self.words if w.confidence is not None]
        return sum(confidences) / len(confidences) if confidences else 0.0

    @property
    def looks_wrong(self) -> bool:
        return len(self.words) < SUSPECT_WORD_COUNT or self.mean_confidence < SUSPECT_MEAN_CONFIDENCE

    @property
    def lies_sideways(self) -> bool:
        """Whether most longer words stand upright in their boxes: a page fed turned a quarter,
        which Tesseract reads as columns of turned lines (well enough, but no line of it can be
        cut out and read again)."""
        long = [w for w in self.words if len(w.text) >= SIDEWAYS_MIN_CHARS]
        upright = sum(w.y1 - w.y0 > w.x1 - w.x0 for w in long)
        return bool(long) and upright > len(long) / 2

    def words_on_page(self, number: int) -> list[Word]:
        """The words of one page of a multi-page image (Tesseract numbers pages from 1)."""
        return [word for line in self.lines if line.paragraph[0] == str(number) for word in line.words]

    def with_amounts_joined(self) -> _Reading:
        """Join "65." and "20" (a gap no wider than a glyph) into "65.20", box and all."""
        return _Reading([_Line(line.paragraph, join_cut_decimals(line.words)) for line in self.lines])


class _Tesseract:
    """Tesseract calls for one page: a scratch folder, and the time left to the page."""

    def __init__(self, timeout_s: float, page_number: int) -> None:
        self.timeout_s = timeout_s
        self.page_number = page_number
        self.deadline = time.monotonic() + timeout_s
        self._tmp = tempfile.TemporaryDirectory(prefix="docpipe-ocr-")
        self.folder = Path(self._tmp.name)

    def __enter__(self) -> _Tesseract:
        return self

    def __exit__(self, *exc: object) -> None:
        self._tmp.cleanup()

    def check_time(self) -> None:
        """Raise LimitExceededError when this page has no time left."""
        if self.deadline - time.monotonic() <= 0:
            raise self._limit()

    def write(self, image: Image.Image | np.ndarray, stem: str) -> str:
        # PNM: no compression to spend time on, and Tesseract (leptonica) reads it directly.
        path = self.folder / f"{stem}.pnm"
        if isinstance(image, np.ndarray):
            cv2.imwrite(str(path), image)
        else:
            image.save(path, format="PPM")
        return str(path)

    def write_pages(self, images: Sequence[np.ndarray], stem: str) -> str:
        """Grey images as the pages of one uncompressed TIFF, which Tesseract reads page by page."""
        path = self.folder / f"{stem}.tif"
        first, *others = (Image.fromarray(image) for image in images)
        first.save(path, format="TIFF", save_all=True, append_images=others)
        return str(path)

    def read(self, path: str, languages: str, config: str) -> _Reading:
        tsv = self._call(
            lambda timeout: pytesseract.image_to_data(
                path, lang=languages, config=config, output_type=pytesseract.Output.BYTES, timeout=timeout
            )
        )
        return _parse_tsv(tsv.decode("utf-8", errors="replace"))

    def read_prepared(self, prepared: PreparedImage, languages: str, dpi: int | None) -> _Reading:
        """Read a prepared page with the segmentation mode its layout calls for."""
        psm = PSM_FOR_LAYOUT[layout_kind(prepared.stats)]
        config = _config(psm, round(dpi * _scale_of(prepared)) if dpi else None)
        return self.read(self.write(prepared.image, "prepared"), languages, config)

    def osd_rotation(self, path: str, config: str) -> int:
        """Clockwise degrees that turn the page upright according to OSD (``--psm 0``).

        Raises DocumentError where OSD cannot tell, e.g. "Too few characters" on a sparse page.
        """
        osd: str = self._call(
            lambda timeout: pytesseract.image_to_osd(
                path, config=config, output_type=pytesseract.Output.STRING, timeout=timeout
            )
        )
        for line in osd.splitlines():
            key, _, value = line.partition(":")
            if key.strip() == "Rotate" and value.strip().isdigit():
                rotation = int(value.strip()) % 360
                return rotation if rotation in _TRANSPOSE_CLOCKWISE else 0
        return 0

    def _limit(self) -> LimitExceededError:
        return LimitExceededError(
            f"OCR time limit of {self.timeout_s:g} s exceeded on page {self.page_number}"
        )

    def _call(self, call: Callable[[float], _T]) -> _T:
        """Run one Tesseract call with the time left to this page, mapping failures to DocumentErrors."""
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise self._limit()
        try:
            return call(remaining)
        except pytesseract.TesseractError as exc:  # Tesseract ran and failed (a RuntimeError too)
            raise DocumentError(f"OCR failed on page {self.page_number}: {exc.message}") from exc
        except RuntimeError as exc:
            if "timeout" in str(exc).lower():  # pytesseract's only word for a killed run
                raise self._limit() from exc
            raise


@dataclass(frozen=True)
class _Letterhead:
    """A page's top part, where its issuer's name is, and which of its words of letters are unsure."""

    bottom: float = 0.0  # 0: no word of letters is read again
    min_letters: int = NAME_MIN_LETTERS
    below: float = WEAK_NAME_CONFIDENCE

    @classmethod
    def of(cls, prepared: PreparedImage, kind: LayoutKind) -> _Letterhead:
        bottom = LETTERHEAD_SHARE * prepared.image.shape[0]
        if kind == "receipt":
            return cls(bottom, RECEIPT_NAME_MIN_LETTERS, RECEIPT_NAME_CONFIDENCE)
        return cls(bottom)

    def unsure(self, word: Word) -> bool:
        letters = sum(ch.isalpha() for ch in word.text)
        return word.y1 <= self.bottom and letters >= self.min_letters and (word.confidence or 0) < self.below


def _is_weak(word: Word, letterhead: _Letterhead = _Letterhead()) -> bool:
    """Whether to read ``word`` again: an unsure or implausible word with digits, or an unsure
    word of letters in the ``letterhead``."""
    if not any(ch.isdigit() for ch in word.text):
        return letterhead.unsure(word)
    return (word.confidence or 0) < WEAK_CONFIDENCE or not _plausible(word.text)


def _plausible(text: str) -> bool:
    """False for a date no calendar has (``18/64/2017``) and for junk after a decimal point (``10.€0``)."""
    if _DECIMAL_JUNK.search(text):
        return False
    for match in _DATE_LIKE.finditer(text):
        first, second = int(match[1]), int(match[2])
        if not (1 <= first <= 31 and 1 <= second <= 12) and not (1 <= first <= 12 and 1 <= second <= 31):
            return False
    return True


def _second_pass(
    tesseract: _Tesseract, prepared: PreparedImage, first: _Reading, language: str, *, accents: bool = False
) -> _Reading:
    """Read the lines holding weak words again in other views; keep each weak word's best reading.

    On a page or a receipt the lines of text the page layout left out (``missed_text``) are read in
    the same Tesseract call (one start less), each with its contrast stretched, and added at the end.
    With ``accents`` (a page in a language English cannot spell) the lines of the page's top part
    are read in that call too, as a page of their own, for the accents the first reading lost
    (``accents.py``).
    """
    glyph = prepared.stats.glyph_height if prepared.stats else 20.0
    kind = layout_kind(prepared.stats)
    letterhead = _Letterhead.of(prepared, kind)
    weak = [
        line
        for line in first.lines
        if any(_is_weak(w, letterhead) for w in line.words)
        and _height(line) <= min(MAX_LINE_GLYPHS * glyph, _width(line))
    ]
    weak = sorted(weak, key=lambda line: min(w.confidence or 0 for w in line.words))[:SECOND_PASS_MAX_LINES]
    missed: list[tuple[int, int, int, int]] = []
    if kind in ("page", "receipt"):
        missed = uncovered_text_regions(
            prepared.image, [(w.x0, w.y0, w.x1, w.y1) for w in first.words], glyph
        )
    accented = _accent_lines(first, prepared, glyph) if accents else []
    if not weak and not missed and not accented:
        return first
    regions = [_line_region(line) for line in weak]
    stacks: list[tuple[np.ndarray, list[Placement]]] = []
    if weak or missed:
        view = prepared.image
        if missed:
            view = view.copy()
            for x0, y0, x1, y1 in missed:  # each on its own: one dark line must not keep the pale ones pale
                view[y0:y1, x0:x1] = darken_pale_print(view[y0:y1, x0:x1])
        stack, placements = stack_regions(view, regions + missed)
        mixed = binarize(stack)
        for placement in placements[len(weak) :]:  # left-out lines read as stretched, not binarised
            mixed[placement.on_stack()] = stack[placement.on_stack()]
        stacks.append((mixed, placements))
    if accented:  # the first reading's own pixels: only the language differs
        stacks.append(stack_regions(prepared.image, [_line_region(line) for line in accented]))
    pages = _read_stacks(tesseract, stacks, language)
    read = pages[0] if weak or missed else []
    binarised, found = read[: len(weak)], read[len(weak) :]
    confirmed = confirmed_amounts(w for w in first.words if not _is_weak(w))
    best = {
        id(line): _best(line.words, [again], confirmed, letterhead)
        for line, again in zip(weak, binarised, strict=True)
    }
    # On a receipt, the lines still holding a weak word get the further views.
    still = [i for i, line in enumerate(weak) if any(_is_weak(w, letterhead) for w in best[id(line)])]
    if still and kind == "receipt":
        stack, placements = stack_regions(prepared.image, [regions[i] for i in still])
        # The name's unsure words, each also read alone: among darker neighbours a faint word
        # ("THREE") or a hyphen ("HAI-O") reads as noise in its line.
        names = [
            w for i in still for w in best[id(weak[i])] if _is_weak(w, letterhead) and not _has_digit(w.text)
        ]
        receipt_stacks = [(binarize(thicken(stack)), placements)]
        if names:
            receipt_stacks.append(stack_regions(prepared.image, [_word_region(w) for w in names]))
        receipt_pages = _read_stacks(tesseract, receipt_stacks, language)  # one call, a page each
        thickened, by_word = receipt_pages[0], receipt_pages[1] if names else []
        alone = [
            again
            for word, words in zip(names, by_word, strict=True)
            for again in words
            if _reads_over(word, again)
        ]
        ruled_out = remove_rules(prepared.image, glyph)
        unruled = _read_page_view(tesseract, ruled_out, [regions[i] for i in still], language)
        for i, *views in zip(still, thickened, unruled, strict=True):
            best[id(weak[i])] = _best(weak[i].words, [binarised[i], *views, alone], confirmed, letterhead)
    if accented:
        for line, again in zip(accented, pages[-1], strict=True):
            best[id(line)] = restore_accents(best.get(id(line), line.words), again, _reads_over)
    second = _Reading([_Line(line.paragraph, best.get(id(line), line.words)) for line in first.lines])
    return _with_missed(second, found)


def _accent_lines(first: _Reading, prepared: PreparedImage, glyph: float) -> list[_Line]:
    """The lines that may hold a name: read again for their accents (``accents.name_lines``)."""
    lines = sorted(
        (
            line
            for line in first.lines
            # A letterhead prints larger, a line across two columns is skewed: taller lines than
            # a weak line's, but no column of turned words.
            if line.words and _height(line) <= min(NAME_LINE_GLYPHS * glyph, _width(line))
        ),
        key=lambda line: min(w.y0 for w in line.words),
    )
    return [lines[i] for i in name_lines([line.words for line in lines], prepared.image.shape[0])]


def _with_missed(reading: _Reading, found: list[list[Word]]) -> _Reading:
    """``reading`` with the words read in left-out regions added as lines at the end; words read
    with little confidence there are noise, not text, and are left out."""
    taken = list(reading.words)
    added: list[_Line] = []
    for words in found:
        # A cut-out region can hold the edge of a neighbouring line: each word is read only once.
        new = [
            w
            for w in words
            if (w.confidence or 0) >= MISSED_MIN_CONFIDENCE and not any(_same_place(w, t) for t in taken)
        ]
        taken += new
        if new:
            added.append(_Line(("missed",), new))
    return _Reading([*reading.lines, *added]) if added else reading


def _same_place(a: Word, b: Word) -> bool:
    """Two boxes sharing more than half of the smaller one."""
    width = min(a.x1, b.x1) - max(a.x0, b.x0)
    height = min(a.y1, b.y1) - max(a.y0, b.y0)
    if width <= 0 or height <= 0:
        return False
    smaller = min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0))
    return width * height > 0.5 * max(1.0, smaller)


def _read_stack(
    tesseract: _Tesseract, stack: np.ndarray, placements: list[Placement], language: str
) -> list[list[Word]]:
    """The words read on a stack of regions, region by region, in the page's coordinates."""
    return _read_stacks(tesseract, [(stack, placements)], language)[0]


def _read_stacks(
    tesseract: _Tesseract, stacks: Sequence[tuple[np.ndarray, list[Placement]]], language: str
) -> list[list[list[Word]]]:
    """Stacks of regions read in one Tesseract call, each as a page of its own (a multi-page
    TIFF: one start, and no stack's lines change how another's are read); for each stack its
    words region by region, in the page's coordinates."""
    if len(stacks) == 1:
        path = tesseract.write(stacks[0][0], "stack")
    else:
        path = tesseract.write_pages([stack for stack, _ in stacks], "stacks")
    reading = tesseract.read(path, language, "--psm 6")
    result: list[list[list[Word]]] = []
    for number, (_, placements) in enumerate(stacks, start=1):
        found: list[list[Word]] = [[] for _ in placements]
        for word in reading.words_on_page(number):
            middle = (word.y0 + word.y1) / 2
            for words, placement in zip(found, placements, strict=True):
                if placement.holds(middle):
                    x0, y0 = placement.to_page(word.x0, word.y0)
                    x1, y1 = placement.to_page(word.x1, word.y1)
                    words.append(Word(word.text, x0, y0, x1, y1, word.confidence))
                    break
        result.append(found)
    return result


def _read_page_view(
    tesseract: _Tesseract, view: np.ndarray, regions: list[tuple[int, int, int, int]], language: str
) -> list[list[Word]]:
    """The words read on another view of a whole receipt, region by region."""
    words = tesseract.read(
        tesseract.write(view, "view"), language, f"--psm {PSM_FOR_LAYOUT['receipt']}"
    ).words
    return [
        [w for w in words if y0 <= (w.y0 + w.y1) / 2 <= y1 and w.x1 > x0 and w.x0 < x1]
        for x0, y0, x1, y1 in regions
    ]


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _word_region(word: Word) -> tuple[int, int, int, int]:
    """A word cut out alone, a little wider and taller than its box."""
    pad = max(4.0, (word.y1 - word.y0) / 4)
    return int(word.x0 - pad), int(word.y0 - pad), int(word.x1 + pad + 1), int(word.y1 + pad + 1)


def _height(line: _Line) -> float:
    return max(w.y1 for w in line.words) - min(w.y0 for w in line.words)


def _width(line: _Line) -> float:
    return max(w.x1 for w in line.words) - min(w.x0 for w in line.words)


def _line_region(line: _Line) -> tuple[int, int, int, int]:
    x0, y0 = min(w.x0 for w in line.words), min(w.y0 for w in line.words)
    x1, y1 = max(w.x1 for w in line.words), max(w.y1 for w in line.words)
    pad = max(4.0, (y1 - y0) / 4)
    side = max(2 * pad, LINE_SIDE_MARGIN * (y1 - y0))
    return int(x0 - side), int(y0 - pad), int(x1 + side + 1), int(y1 + pad + 1)


def _best(
    words: list[Word], views: list[list[Word]], confirmed: frozenset[Decimal], letterhead: _Letterhead
) -> list[Word]:
    """``words`` with each weak one replaced by the words of a view over it, where more plausible,
    confirmed by the page's arithmetic, or surer."""
    result: list[Word] = []
    for word in words:
        best = [word]
        if _is_weak(word, letterhead):
            for again in views:
                over = [w for w in again if _reads_over(word, w)]
                if over and _same_kind(word, over) and _rank(over, confirmed) > _rank(best, confirmed):
                    best = over
        result.extend(best)
    return result


def _rank(words: list[Word], confirmed: frozenset[Decimal]) -> tuple[bool, bool, float]:
    """Plausible readings first, then those the page's other amounts confirm (``page_sums``), then
    the surer: by the least sure of the words."""
    plausible = all(_plausible(w.text) for w in words)
    return plausible, is_confirmed(words, confirmed), min(w.confidence or 0 for w in words)


def _reads_over(word: Word, again: Word) -> bool:
    """Whether ``again``, read in another view, is (part of) a reading of ``word``."""
    return _overlap(word, again) >= 0.5 and _rows_overlap(word, again)


def _same_kind(word: Word, again: list[Word]) -> bool:
    """Whether ``again`` may stand for ``word``: a word of letters (a name's) only by words of letters
    that span about its own width ("(KL)" is no "(K1.)", "BAKERIES" no "BAKERIEStKI)SDS", which
    a view read over its neighbour as well); a word with digits by any."""
    if any(ch.isdigit() for ch in word.text):
        return True
    if any(ch.isdigit() for w in again for ch in w.text):
        return False
    x0, x1 = min(w.x0 for w in again), max(w.x1 for w in again)
    shared = min(word.x1, x1) - max(word.x0, x0)
    return shared >= SAME_SPAN * max(1.0, word.x1 - word.x0, x1 - x0)


def _overlap(a: Word, b: Word) -> float:
    """Horizontal overlap of two boxes, as a share of the narrower one."""
    shared = min(a.x1, b.x1) - max(a.x0, b.x0)
    return max(0.0, shared) / max(1.0, min(a.x1 - a.x0, b.x1 - b.x0))


def _rows_overlap(a: Word, b: Word) -> bool:
    """Whether two boxes share more than half of the lower one's height: a word of the line above
    or below, which a view's padded region also holds, is no reading of the word."""
    shared = min(a.y1, b.y1) - max(a.y0, b.y0)
    return shared > 0.5 * max(1.0, min(a.y1 - a.y0, b.y1 - b.y0))


def _turn_prepared(
    tesseract: _Tesseract, prepared: PreparedImage, first: _Reading, languages: str, dpi: int | None
) -> tuple[int, PreparedImage, _Reading]:
    """Ask OSD how the prepared page lies; read it again upright if turned, keep the better reading."""
    rotation = tesseract.osd_rotation(tesseract.write(prepared.image, "prepared"), "")
    if rotation == 0:
        return 0, prepared, first
    upright = copy.deepcopy(prepared)
    turn_upright(upright, rotation)
    upright.stats = text_stats(upright.image)  # a turned page's columns and lines swap
    second = tesseract.read_prepared(upright, languages, dpi)
    if second.mean_confidence > first.mean_confidence:
        return rotation, upright, second
    return 0, prepared, first


def _config(psm: int | None, dpi: int | None) -> str:
    flags = [f"--psm {int(psm)}"] if psm is not None else []
    if dpi:
        flags.append(f"--dpi {int(dpi)}")
    return " ".join(flags)


def _scale_of(prepared: PreparedImage) -> float:
    """How many prepared pixels one original pixel became (the scale steps' product)."""
    return float(1 / np.sqrt(abs(np.linalg.det(prepared.to_original[:2, :2]))))


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


def _parse_tsv(tsv: str) -> _Reading:
    """Words with boxes, line by line, from Tesseract's TSV; its paragraphs kept for the text."""
    lines: list[_Line] = []
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
        line = tuple(cells[1:5])
        if line != last_line:
            lines.append(_Line(tuple(cells[1:4]), []))
            last_line = line
        lines[-1].words.append(
            Word(text, float(left), float(top), float(left + width), float(top + height), confidence)
        )
    return _Reading(lines)


def _mapped(word: Word, prepared: PreparedImage, width: int, height: int) -> Word:
    x0, y0, x1, y1 = prepared.box_to_original(word.x0, word.y0, word.x1, word.y1, width, height)
    return Word(word.text, x0, y0, x1, y1, word.confidence)
