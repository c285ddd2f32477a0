"""Text Tesseract's page layout left out: runs of ink no word box covers.

Tesseract's page segmentation drops whole blocks now and then: most often the small, light footer
of an invoice, where the supplier's VAT number, registration and bank account are printed, and on
a receipt the shop's name printed twice the size of the rest ("POPULAR BOOK" / "CO. (M) SDN BHD").
After the first reading, the ink that no word box covers is grouped into line-shaped runs (ink
closed up across letter and word gaps, not across lines; unread runs side by side in one row, as
far apart as a large print's words, joined); runs of a text line's height that no word covers are
cut out, each with its contrast stretched, stacked and read once more (``ocr._second_pass``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

import cv2
import numpy as np

from pipeline.extract.prepare import RULE_GLYPHS, Gray, stretch_levels

MIN_HEIGHT_GLYPHS = 0.6  # a run lower than this many glyph heights is a speck, a rule or noise
MAX_HEIGHT_GLYPHS = 2.5  # taller: a logo, a picture, a stamp
MIN_WIDTH_HEIGHTS = 2.0  # a line of text is at least this many times as wide as it is high
MAX_COVERED = 0.2  # a run with more of its ink under word boxes was read
MIN_INK = 0.08  # share of a run's box that is ink: less is a frame or scattered noise
MAX_REGIONS = 40
# Runs of large print (this many glyph heights and taller) in one row, closer than ROW_GAP_HEIGHTS
# of their height, are one line: a letterhead's words stand further apart than the closing kernel,
# sized for the page's common print, reaches. Runs of common print are never joined: a footer's
# columns joined into one region read worse (two VAT numbers of 46 synthetic scans lost).
LARGE_PRINT_GLYPHS = 1.6
ROW_GAP_HEIGHTS = 1.5
FAINT_INK = 225  # on a prepared page (background near white), darker than this is ink
PAPER = 240  # stretching maps this and lighter to white
PAD = 4


def uncovered_text_regions(
    gray: Gray, word_boxes: Iterable[tuple[float, float, float, float]], glyph_height: float
) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1) of line-shaped runs of ink that no word box covers, top to bottom."""
    # Light print: background normalisation leaves pale grey text far above binarisation's cut.
    # A median first: a grainy or noisy scan's specks would join every run into one.
    ink = _without_rules((cv2.medianBlur(gray, 3) < FAINT_INK).astype(np.uint8), glyph_height)
    covered = np.zeros_like(ink)
    height, width = ink.shape
    for x0, y0, x1, y1 in word_boxes:
        covered[max(0, int(y0) - PAD) : int(y1) + PAD + 1, max(0, int(x0) - PAD) : int(x1) + PAD + 1] = 1
    kernel = cv2.getStructuringElement(
        cv2.MORPH_RECT, (max(3, round(glyph_height * 1.2)), max(1, round(glyph_height * 0.3)))
    )
    count, labels, stats, _ = cv2.connectedComponentsWithStats(cv2.dilate(ink, kernel))
    runs: list[_Run] = []
    for label in range(1, count):
        x, y, w, h = (int(v) for v in stats[label][:4])
        if not MIN_HEIGHT_GLYPHS * glyph_height <= h <= MAX_HEIGHT_GLYPHS * glyph_height:
            continue
        if x == 0 or y == 0 or x + w >= width or y + h >= height:
            continue  # touching the edge: a scanner's shadow, not print
        inside = labels[y : y + h, x : x + w] == label
        run_ink = ink[y : y + h, x : x + w].astype(bool) & inside
        ink_pixels = int(run_ink.sum())
        if covered[y : y + h, x : x + w][run_ink].sum() > MAX_COVERED * ink_pixels:
            continue  # read already
        runs.append(_Run(x, y, x + w, y + h, ink_pixels))
    regions: list[tuple[int, int, int, int]] = []
    for run in _joined_in_rows(runs, LARGE_PRINT_GLYPHS * glyph_height):
        w, h = run.x1 - run.x0, run.y1 - run.y0
        if w < MIN_WIDTH_HEIGHTS * h or run.ink < MIN_INK * w * h:
            continue  # not line-shaped, or too little ink for text
        regions.append(
            (max(0, run.x0 - PAD), max(0, run.y0 - PAD), min(width, run.x1 + PAD), min(height, run.y1 + PAD))
        )
    regions.sort(key=lambda box: (box[1], box[0]))
    return regions[:MAX_REGIONS]


@dataclass
class _Run:
    """A run of ink no word box covers: its box and its ink pixels."""

    x0: int
    y0: int
    x1: int
    y1: int
    ink: int

    @property
    def height(self) -> int:
        return self.y1 - self.y0

    def joins(self, right: _Run) -> bool:
        """Whether ``right``, starting at or after this run's left edge, is more of its line."""
        shared = min(self.y1, right.y1) - max(self.y0, right.y0)
        gap = right.x0 - self.x1
        return shared > 0.5 * min(self.height, right.height) and gap < ROW_GAP_HEIGHTS * max(
            self.height, right.height
        )

    def take(self, right: _Run) -> None:
        self.x0, self.y0 = min(self.x0, right.x0), min(self.y0, right.y0)
        self.x1, self.y1 = max(self.x1, right.x1), max(self.y1, right.y1)
        self.ink += right.ink


def _joined_in_rows(runs: list[_Run], large: float) -> list[_Run]:
    """Unread runs of print ``large`` or taller side by side in one row, less than
    ``ROW_GAP_HEIGHTS`` of their height apart, as one run; the others as they are."""
    joined: list[_Run] = []
    for run in sorted(runs, key=lambda r: r.x0):
        line = next(
            (other for other in joined if min(other.height, run.height) >= large and other.joins(run)), None
        )
        if line is None:
            joined.append(replace(run))
        else:
            line.take(run)
    return joined


def _without_rules(ink: Gray, glyph_height: float) -> Gray:
    """``ink`` without the pieces far wider than any letter: rules and borders, straight or skewed,
    which would join the lines above and below them into one run."""
    _, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    wide = np.flatnonzero(stats[:, cv2.CC_STAT_WIDTH] > RULE_GLYPHS * glyph_height)
    wide = wide[wide > 0]  # label 0 is the background
    if wide.size == 0:
        return ink
    return np.where(np.isin(labels, wide), np.uint8(0), ink).astype(np.uint8)


def darken_pale_print(region: Gray) -> Gray:
    """The darkest print to black and everything as light as paper (``PAPER`` and up) to white:
    pale print becomes ink, and the paper's grain does not."""
    low = int(region.min())
    return region if low >= PAPER else stretch_levels(region, low, PAPER)
