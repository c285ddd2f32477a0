"""Amounts that OCR cut at their decimal point, put back together.

Monospaced receipt fonts leave a gap after the decimal point wide enough for Tesseract to read
"65.20" as two words, "65." and "20". The OCR stage joins them within a Tesseract line, and
layout analysis joins them again within a row it rebuilt from several Tesseract lines; both use
this one rule.
"""

from __future__ import annotations

import re

from pipeline.records import Word

_CUT_DECIMAL = re.compile(r"\d[.,]$")
# Two decimals, then at most a bracket or sign and a short code ("20", "20)", "20SR").
_CENTS = re.compile(r"\d{2}(?!\d)\W*\w{0,3}$")


def join_cut_decimals(words: list[Word]) -> list[Word]:
    """``words`` of one line, left to right, with each "65." followed within a glyph's width by
    "20" joined into one word "65.20" over both boxes, at the lower of the two confidences."""
    joined: list[Word] = []
    for word in words:
        previous = joined[-1] if joined else None
        if previous is not None and _is_cut(previous, word):
            confidences = [c for c in (previous.confidence, word.confidence) if c is not None]
            joined[-1] = Word(
                previous.text + word.text,
                previous.x0,
                min(previous.y0, word.y0),
                word.x1,
                max(previous.y1, word.y1),
                min(confidences) if confidences else None,
            )
        else:
            joined.append(word)
    return joined


def _is_cut(head: Word, tail: Word) -> bool:
    gap = tail.x0 - head.x1
    return (
        _CUT_DECIMAL.search(head.text) is not None
        and _CENTS.match(tail.text) is not None
        and 0 <= gap <= head.y1 - head.y0
    )
