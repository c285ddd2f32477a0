"""Lines of words with their geometry: what label-to-value proximity is measured on.

Words from a text layer or OCR are grouped into lines by their vertical overlap, left to right.
Text without words (plain text, an email body) gets a monospace geometry: one unit per character,
so that columns still line up.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field

from pipeline.extraction.ocr_words import repaired
from pipeline.extraction.skew import page_slope
from pipeline.page_turns import box_to_original, word_to_upright
from pipeline.records import Extraction, PageText, Word

BBox = tuple[float, float, float, float]
_CHAR_WIDTH = 6.0
_LINE_HEIGHT = 12.0
_SEGMENT_GAP = 1.5  # a gap this many line heights wide separates columns
_WIDE_GAP = 0.6  # a gap wider than a space, in line heights
_TOKEN = re.compile(r"\S+")


@dataclass
class TextLine:
    """One line of a page: its text and where each word is.

    Words are joined by one space, or by two where the gap between them is wider than a space
    (a column gap): ``1 234,56`` is one amount, ``12  34,56`` a quantity and a price.
    """

    page: int
    index: int  # position in reading order over the whole document
    words: list[Word]
    text: str = ""
    starts: list[int] = field(default_factory=list)  # character offset of each word in ``text``

    def __post_init__(self) -> None:
        offset = 0
        text = ""
        wide = self._wide_gap()
        for number, word in enumerate(self.words):
            if number:
                separator = "  " if word.x0 - self.words[number - 1].x1 > wide else " "
                text += separator
                offset += len(separator)
            self.starts.append(offset)
            text += word.text
            offset += len(word.text)
        self.text = text

    def _wide_gap(self) -> float:
        """More than a space: six tenths of the line height, and one and a half characters."""
        if not self.words:
            return 0.0
        height = max(word.y1 - word.y0 for word in self.words)
        chars = sum(len(word.text) for word in self.words)
        char_width = sum(word.x1 - word.x0 for word in self.words) / max(1, chars)
        return max(_WIDE_GAP * height, 1.5 * char_width)

    def words_in(self, start: int, end: int) -> list[Word]:
        """The words that a character span of ``text`` touches."""
        return [
            word
            for word, offset in zip(self.words, self.starts, strict=True)
            if offset < end and offset + len(word.text) > start
        ]

    @property
    def height(self) -> float:
        """The tallest word's height: a proxy for the font size."""
        return max(word.y1 - word.y0 for word in self.words)

    def segments(self) -> list[tuple[int, int]]:
        """Character spans of the runs of words that belong together.

        A gap wider than one and a half times the line height (and three and a half characters)
        splits a line into columns: two address blocks side by side, a name and the title opposite
        it, a label and its value.
        """
        char_width = sum(word.x1 - word.x0 for word in self.words) / max(
            1, sum(len(w.text) for w in self.words)
        )
        gap = max(_SEGMENT_GAP * self.height, 3.5 * char_width)
        spans: list[tuple[int, int]] = []
        start = 0
        for number in range(1, len(self.words)):
            if self.words[number].x0 - self.words[number - 1].x1 > gap:
                spans.append((self.starts[start], self.starts[number - 1] + len(self.words[number - 1].text)))
                start = number
        spans.append((self.starts[start], len(self.text)))
        return spans

    def bbox(self, start: int, end: int) -> BBox:
        """The box around the words of a character span."""
        words = self.words_in(start, end) or self.words
        return (
            min(word.x0 for word in words),
            min(word.y0 for word in words),
            max(word.x1 for word in words),
            max(word.y1 for word in words),
        )


_TALL_WORD = 2.5  # times the typical word's height: a logo, a stamp, a stray mark


@dataclass
class _Row:
    """A row of words being gathered: its extent and its words' middles, levelled along the slope."""

    reach: float
    words: list[Word] = field(default_factory=list)
    top: float = math.inf
    bottom: float = -math.inf
    centres: float = 0.0

    def holds(self, centre: float) -> bool:
        middle = self.centres / len(self.words)
        return max(self.top, middle - self.reach) <= centre <= min(self.bottom, middle + self.reach)

    def add(self, word: Word, top: float, centre: float, bottom: float) -> None:
        self.words.append(word)
        self.top, self.bottom = min(self.top, top), max(self.bottom, bottom)
        self.centres += centre


def _group_rows(words: Iterable[Word], slope: float = 0.0) -> list[list[Word]]:
    """Words in rows by their height on the page, measured along the page's ``slope``."""

    def level(y: float, word: Word) -> float:
        return y - slope * (word.x0 + word.x1) / 2

    words = [word for word in words if word.text.strip()]
    if not words:
        return []
    # A row spans its words' height, but no more than a typical word's about their middle: a logo
    # or a stray mark read as one tall "word" must not swallow the lines beside it. Tall words
    # find their rows after the text has made them: where one came first, a skewed line's words
    # split into two rows about it ("ce )" of a logo before "Claireo Emballages SAS").
    typical = statistics.median(word.y1 - word.y0 for word in words)
    reach = 0.75 * typical
    rows: list[_Row] = []

    def place(word: Word, candidates: Iterable[_Row]) -> None:
        centre = level((word.y0 + word.y1) / 2, word)
        row = next((row for row in candidates if row.holds(centre)), None)
        if row is None:
            rows.append(row := _Row(reach))
        row.add(word, level(word.y0, word), centre, level(word.y1, word))

    def tall(word: Word) -> bool:
        return word.y1 - word.y0 > _TALL_WORD * typical

    for word in sorted((w for w in words if not tall(w)), key=lambda w: (level(w.y0, w), w.x0)):
        place(word, reversed(rows[-3:]))  # words come top first: a word's row is among the last few
    for word in filter(tall, words):
        place(word, rows)
    ordered = sorted(rows, key=lambda r: r.top)
    return [sorted(row.words, key=lambda w: w.x0) for row in ordered]


def _words_from_text(text: str) -> list[Word]:
    words = []
    for number, line in enumerate(text.splitlines()):
        top = number * _LINE_HEIGHT
        for token in _TOKEN.finditer(line):
            words.append(
                Word(
                    token.group(),
                    token.start() * _CHAR_WIDTH,
                    top,
                    token.end() * _CHAR_WIDTH,
                    top + _LINE_HEIGHT * 0.8,
                )
            )
    return words


def _page_words(page: PageText) -> list[Word]:
    """The page's words with their boxes on the upright page (OCR keeps them on the page as given)."""
    if not page.words:
        return _words_from_text(page.text)
    return [word_to_upright(w, page.rotation, page.width, page.height) for w in page.words]


def box_on_page(extraction: Extraction, page_number: int, box: BBox) -> BBox:
    """A box of ``build_lines``' geometry (the upright page) on page ``page_number`` as given."""
    for page in extraction.pages:
        if page.number == page_number and page.words and page.rotation:
            return box_to_original(box, page.rotation, page.width, page.height)
    return box


def build_lines(extraction: Extraction) -> list[TextLine]:
    """Every line of the document in reading order, pages one after the other; word boxes on the
    upright page (``box_on_page`` maps them back). OCR'd lines come with their typical misreadings
    of amounts, label words and legal forms undone (``ocr_words``)."""
    pages = extraction.pages or [PageText(number=1, text=extraction.text, method="text-layer")]
    lines: list[TextLine] = []
    for page in pages:
        words = _page_words(page)
        slope = page_slope(words) if page.method == "ocr" else 0.0
        for row in _group_rows(words, slope):
            words = repaired(row) if page.method == "ocr" else row
            lines.append(TextLine(page=page.number, index=len(lines), words=words))
    return lines
