"""The slope of a scanned page's text lines, so that words of one tilted line are grouped together.

A scan fed in at an angle puts the words of one printed line at heights that drift from left to
right; grouping by height alone cuts such lines into pieces and mixes neighbouring ones. The
slope is the median over pairs of words that follow each other on a line: a word and its nearest
right-hand neighbour at about the same height.
"""

from __future__ import annotations

import statistics
from bisect import bisect_left

from pipeline.records import Word

_MIN_PAIRS = 8
_MAX_SLOPE = 0.1  # about 6 degrees: more than that is a page the OCR stage should have turned


def _centre(word: Word) -> tuple[float, float]:
    return (word.x0 + word.x1) / 2, (word.y0 + word.y1) / 2


def page_slope(words: list[Word]) -> float:
    """dy/dx of the page's lines (0.0 when level or when too few words tell)."""
    ordered = sorted(words, key=lambda w: (w.y0 + w.y1) / 2)
    centres = [(w.y0 + w.y1) / 2 for w in ordered]
    slopes = []
    for word in ordered:
        height = word.y1 - word.y0
        if height <= 0:
            continue
        x, y = _centre(word)
        low = bisect_left(centres, y - 0.6 * height)
        high = bisect_left(centres, y + 0.6 * height)
        neighbour = min(
            (
                other
                for other in ordered[low:high]
                if other is not word and 0 <= other.x0 - word.x1 < 3 * height
            ),
            key=lambda other: other.x0,
            default=None,
        )
        if neighbour is not None:
            nx, ny = _centre(neighbour)
            if nx > x:
                slopes.append((ny - y) / (nx - x))
    if len(slopes) < _MIN_PAIRS:
        return 0.0
    slope = statistics.median(slopes)
    return slope if abs(slope) <= _MAX_SLOPE else 0.0
