"""Lines of words with their geometry: what label-to-value proximity is measured on.

Words from a text layer or OCR are grouped into lines by their vertical overlap, left to right.
Text without words (plain text, an email body) gets a monospace geometry: one unit per character,
so that columns still line up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from pipeline.records import Extraction, PageText, Word

BBox = tuple[float, float, float, float]
_CHAR_WIDTH = 6.0
_LINE_HEIGHT = 12.0
_TOKEN = re.compile(r"\S+")


@dataclass
class TextLine:
    """One line of a page: its text (words joined by single spaces) and where each word is."""

    page: int
    index: int  # position in reading order over the whole document
    words: list[Word]
    text: str = ""
    starts: list[int] = field(default_factory=list)  # character offset of each word in ``text``

    def __post_init__(self) -> None:
        offset = 0
        parts = []
        for word in self.words:
            self.starts.append(offset)
            parts.append(word.text)
            offset += len(word.text) + 1
        self.text = " ".join(parts)

    def words_in(self, start: int, end: int) -> list[Word]:
        """The words that a character span of ``text`` touches."""
        return [
            word
            for word, offset in zip(self.words, self.starts, strict=True)
            if offset < end and offset + len(word.text) > start
        ]

    def bbox(self, start: int, end: int) -> BBox:
        """The box around the words of a character span."""
        words = self.words_in(start, end) or self.words
        return (
            min(word.x0 for word in words),
            min(word.y0 for word in words),
            max(word.x1 for word in words),
            max(word.y1 for word in words),
        )


def _group_rows(words: Iterable[Word]) -> list[list[Word]]:
    rows: list[list[Word]] = []
    bounds: list[tuple[float, float]] = []
    for word in sorted(words, key=lambda w: (w.y0, w.x0)):
        if not word.text.strip():
            continue
        centre = (word.y0 + word.y1) / 2
        # Words come top first: a word's row, if it has one already, is among the last few.
        for index in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            top, bottom = bounds[index]
            if top <= centre <= bottom:
                rows[index].append(word)
                break
        else:
            rows.append([word])
            bounds.append((word.y0, word.y1))
    return [sorted(row, key=lambda w: w.x0) for row in sorted(rows, key=lambda r: min(w.y0 for w in r))]


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
    return page.words if page.words else _words_from_text(page.text)


_CUT_DECIMAL = re.compile(r"\d[.,]$")
_CENTS = re.compile(r"^\d{2}(?!\d)")


def _join_cut_decimals(row: list[Word]) -> list[Word]:
    """OCR reads "65.20" as "65." and "20": put such amounts back together."""
    joined: list[Word] = []
    for word in row:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and _CUT_DECIMAL.search(previous.text)
            and _CENTS.match(word.text)
            and word.x0 - previous.x1 < (previous.y1 - previous.y0)
        ):
            joined[-1] = Word(
                previous.text + word.text,
                previous.x0,
                min(previous.y0, word.y0),
                word.x1,
                max(previous.y1, word.y1),
                previous.confidence,
            )
        else:
            joined.append(word)
    return joined


def build_lines(extraction: Extraction) -> list[TextLine]:
    """Every line of the document in reading order, pages one after the other."""
    pages = extraction.pages or [PageText(number=1, text=extraction.text, method="text-layer")]
    lines: list[TextLine] = []
    for page in pages:
        for row in _group_rows(_page_words(page)):
            words = _join_cut_decimals(row) if page.method == "ocr" else row
            lines.append(TextLine(page=page.number, index=len(lines), words=words))
    return lines
