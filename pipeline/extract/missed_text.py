"""Text Tesseract's page layout left out: runs of ink no word box covers.

Tesseract's page segmentation drops whole blocks now and then: most often the small, light footer
of an invoice, where the supplier's VAT number, registration and bank account are printed. On a
page, after the first reading, the ink that no word box covers is grouped into line-shaped runs
(ink closed up across letter and word gaps, not across lines); runs of a text line's height that no
word covers are cut out, each with its contrast stretched, stacked and read once more
(``ocr._missed_lines``).
"""

from __future__ import annotations

from collections.abc import Iterable

import cv2
import numpy as np

from pipeline.extract.prepare import RULE_GLYPHS, Gray, stretch_levels

MIN_HEIGHT_GLYPHS = 0.6  # a run lower than this many glyph heights is a speck, a rule or noise
MAX_HEIGHT_GLYPHS = 2.5  # taller: a logo, a picture, a stamp
MIN_WIDTH_HEIGHTS = 2.0  # a line of text is at least this many times as wide as it is high
MAX_COVERED = 0.2  # a run with more of its ink under word boxes was read
MIN_INK = 0.08  # share of a run's box that is ink: less is a frame or scattered noise
MAX_REGIONS = 40
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
    regions: list[tuple[int, int, int, int]] = []
    for label in range(1, count):
        x, y, w, h = (int(v) for v in stats[label][:4])
        if not MIN_HEIGHT_GLYPHS * glyph_height <= h <= MAX_HEIGHT_GLYPHS * glyph_height:
            continue
        if w < MIN_WIDTH_HEIGHTS * h or x == 0 or y == 0 or x + w >= width or y + h >= height:
            continue  # not line-shaped, or touching the edge: a scanner's shadow, not print
        inside = labels[y : y + h, x : x + w] == label
        run_ink = ink[y : y + h, x : x + w].astype(bool) & inside
        ink_pixels = int(run_ink.sum())
        if ink_pixels < MIN_INK * w * h:
            continue
        if covered[y : y + h, x : x + w][run_ink].sum() > MAX_COVERED * ink_pixels:
            continue
        regions.append((max(0, x - PAD), max(0, y - PAD), min(width, x + w + PAD), min(height, y + h + PAD)))
    regions.sort(key=lambda box: (box[1], box[0]))
    return regions[:MAX_REGIONS]


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
