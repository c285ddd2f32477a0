"""Image preparation before Tesseract: small OpenCV steps, and where every pixel came from.

Each step is a plain function over a greyscale page (``uint8`` array). ``prepare_page`` runs the
chosen steps and keeps the affine map from the prepared image back onto the page as it was handed
in, so that word boxes read on a scaled, turned or deskewed image land on the original.

Which step pays, measured on the 60 SROIE receipt photos with the whole of ``ocr_page`` (first
reading, second pass), ``DOCPIPE_OCR_STEPS=... docpipe eval ../shared/data/receipts --ocr --json``;
values found in the OCR text of 60, time as the median (max) ratio to the raw
``tesseract IMAGE - -l eng+nld+deu+fra`` on the same page, each row paired in its own run:

    steps                                  total  date  supplier  time median (max)
    none (grey only)                         52    47     31      1.17x (2.79x)
    normalize_background                     55    51     33      1.09x (2.31x)
    scale_text                               52    51     30      1.09x (1.98x)
    normalize_background, scale_text *       56    54     31      1.11x (2.55x)
      + remove_rules                         55    51     32      1.06x (2.20x)
      + binarize                             53    45     24      1.17x (2.40x)
      + denoise                              51    52     27      1.07x (2.08x)
      + deskew                               55    55     30      1.13x (2.16x)
      + stretch_contrast                     54    52     29      1.14x (2.08x)

    * the default. For comparison, plain Tesseract through ``ocr_image`` (no preparation, all
      four languages) finds 49 totals, 44 dates and 29 suppliers at 1.03x (1.65x).

Background normalisation (shadow and border removal plus contrast) and text scaling (glyph height
to about 24 px) pay and are the default. Binarising the whole page and denoising lose values;
ruled-line removal and deskewing win about as many values as they lose, for more time, so they
and contrast stretching stay available (``steps=``) but are not run by default. Ruled-line
removal pays as a second look at weak lines instead (``ocr._second_pass``). The machine was
shared: times vary by about 0.1x from run to run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

import cv2
import numpy as np
from numpy.typing import NDArray
from PIL import Image

Gray = NDArray[np.uint8]
LayoutKind = Literal["receipt", "page", "sparse"]

# Glyph height (capitals and digits, which most of a receipt or invoice is) that Tesseract's LSTM
# read best on the receipts: 24 px, i.e. an x-height of about 17 px (tried 18, 21, 24, 28, 36).
TARGET_GLYPH_HEIGHT = 24.0
MIN_SCALE, MAX_SCALE = 0.25, 3.0
SCALE_TOLERANCE = 0.15  # closer than this to the target: leave the pixels alone
STATS_MAX_SIDE = 3000  # larger pages are measured on a smaller copy
# A component darker than the paper around it by less than this share of the page's ink (its 90th
# percentile) is grain, not a glyph: on a grainy office scan the specks outnumber the glyphs 7 to 1
# and made the glyph height 9 px instead of 25 (the page was scaled up 2.6 times for nothing); on
# the 60 receipts it moves one glyph height by less than a pixel.
MIN_INK_DEPTH = 0.35
MIN_SKEW_DEGREES = 1.0  # Tesseract's own layout analysis copes with less
MAX_SKEW_DEGREES = 5.0
RULE_GLYPHS = 4  # a ruled line is at least this many glyph heights long

DEFAULT_STEPS = ("normalize_background", "scale_text")


@dataclass(frozen=True)
class TextStats:
    """What the glyph-sized ink components of a page say about its text."""

    glyph_height: float  # 75th percentile of component heights: capitals and digits
    glyphs: int
    text_width: float  # horizontal extent of the glyphs, pixels
    density: float  # glyphs per glyph-sized cell of the area the glyphs span

    def scaled(self, factor: float) -> TextStats:
        """The same text on the page scaled by ``factor``."""
        return TextStats(self.glyph_height * factor, self.glyphs, self.text_width * factor, self.density)


@dataclass
class PreparedImage:
    """A page ready for Tesseract, and the affine map from its pixels back onto the original."""

    image: Gray
    stats: TextStats | None = None  # of the text on ``image``, as it is now
    to_original: NDArray[np.float64] = field(default_factory=lambda: np.eye(3))  # 3x3, homogeneous
    steps: list[str] = field(default_factory=list)

    def apply(self, image: Gray, original_to_new: NDArray[np.float64], step: str) -> None:
        """Replace the image by ``image``, whose pixels came from this one through ``original_to_new``."""
        self.to_original = self.to_original @ np.linalg.inv(original_to_new)
        self.image = image
        self.steps.append(step)

    def box_to_original(
        self, x0: float, y0: float, x1: float, y1: float, width: float, height: float
    ) -> tuple[float, float, float, float]:
        """The box on the original (``width`` x ``height``) that covers a box on the prepared image."""
        corners = np.array([[x0, x1, x0, x1], [y0, y0, y1, y1], [1.0, 1.0, 1.0, 1.0]])
        xs, ys, _ = self.to_original @ corners
        return (
            float(np.clip(xs.min(), 0, width)),
            float(np.clip(ys.min(), 0, height)),
            float(np.clip(xs.max(), 0, width)),
            float(np.clip(ys.max(), 0, height)),
        )


def grayscale(image: Image.Image) -> Gray:
    """The page as 8-bit grey: Tesseract reads grey faster than colour and as well."""
    grey = image if image.mode == "L" else image.convert("L")
    return np.asarray(grey, dtype=np.uint8)


def normalize_background(gray: Gray, glyph_height: float = 20.0) -> Gray:
    """Divide by the paper's own brightness: shadows, uneven light and dark borders turn white.

    The background is the page with its ink closed away (a grey closing wider than a glyph of
    ``glyph_height`` pixels), estimated at a quarter of the resolution. Ink keeps its contrast
    against the paper around it.
    """
    glyph = glyph_height
    factor = 4
    small = cv2.resize(gray, _size(gray, 1 / factor), interpolation=cv2.INTER_AREA)
    kernel_size = max(3, int(2.5 * glyph / factor) | 1)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (kernel_size, kernel_size))
    background = cv2.medianBlur(cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel), 5)
    background = cv2.resize(background, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)
    return _gray(cv2.divide(gray, np.maximum(background, 1), scale=255))


def stretch_contrast(gray: Gray, low: float = 1.0, high: float = 99.0) -> Gray:
    """Spread the grey levels between two percentiles over 0..255 (faded print gets darker)."""
    lo, hi = (float(v) for v in np.percentile(gray, (low, high)))
    if hi - lo < 16:  # a blank or flat page: nothing to stretch
        return gray
    return stretch_levels(gray, lo, hi)


def stretch_levels(gray: Gray, black: float, white: float) -> Gray:
    """Grey levels from ``black`` (and darker) to ``white`` (and lighter) spread over 0..255."""
    table = np.clip((np.arange(256) - black) * 255.0 / (white - black), 0, 255).astype(np.uint8)
    return _gray(cv2.LUT(gray, table))


def binarize(gray: Gray, window: int = 31, k: float = 0.2) -> Gray:
    """Sauvola thresholding (local mean and deviation over ``window`` pixels): ink 0, paper 255."""
    values = gray.astype(np.float32)
    mean = cv2.boxFilter(values, -1, (window, window))
    mean_sq = cv2.boxFilter(values * values, -1, (window, window))
    deviation = np.sqrt(np.maximum(mean_sq - mean * mean, 0))
    threshold = mean * (1 + k * (deviation / 128.0 - 1))
    return np.where(values > threshold, 255, 0).astype(np.uint8)


def remove_rules(gray: Gray, glyph_height: float = 20.0) -> Gray:
    """Paint ruled lines white: underlines, dashed separators, table borders, across or down the page.

    A rule is a run of ink (gaps narrower than a quarter glyph bridged, as in dashed lines) at
    least ``RULE_GLYPHS`` glyph heights long and thinner than a quarter glyph; where it crosses
    or touches letters, only its thin part goes. Tesseract reads a line of text whose underline
    touches it as a row of garbage.
    """
    glyph = max(4, round(glyph_height))
    ink = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)
    rules = np.zeros(ink.shape, dtype=np.uint8)
    for across in (True, False):

        def kernel(length: int, width: int, across: bool = across) -> NDArray[np.uint8]:
            size = (length, width) if across else (width, length)
            return np.asarray(cv2.getStructuringElement(cv2.MORPH_RECT, size), dtype=np.uint8)

        bridged = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, kernel(max(2, glyph // 4), 1))
        long_runs = cv2.morphologyEx(bridged, cv2.MORPH_OPEN, kernel(RULE_GLYPHS * glyph, 1))
        thick = cv2.morphologyEx(long_runs, cv2.MORPH_OPEN, kernel(1, max(3, glyph // 4)))
        thin = cv2.subtract(long_runs, cv2.dilate(thick, np.ones((3, 3), np.uint8)))
        rules = np.maximum(rules, cv2.dilate(thin, kernel(1, 3)))  # the rule's blurred edge too
    return _gray(np.where(rules > 0, np.uint8(255), gray))


def thicken(gray: Gray) -> Gray:
    """Ink one pixel bolder (a 2x2 minimum): the broken strokes of faint thermal print close up."""
    return _gray(cv2.erode(gray, np.ones((2, 2), np.uint8)))


def denoise(gray: Gray) -> Gray:
    """A 3x3 median: speckle and JPEG noise go, strokes stay."""
    return _gray(cv2.medianBlur(gray, 3))


def text_stats(gray: Gray) -> TextStats | None:
    """Glyph height, count, extent and density from the ink components; None without text.

    Pages over ``STATS_MAX_SIDE`` pixels are measured on a smaller copy (same answer, in the
    page's own pixels).
    """
    factor = min(1.0, STATS_MAX_SIDE / max(gray.shape))
    if factor < 1:
        measured = text_stats(_gray(cv2.resize(gray, _size(gray, factor), interpolation=cv2.INTER_AREA)))
        return measured.scaled(1 / factor) if measured else None
    binary = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
    x, y, w, h, area = (np.asarray(stats)[1:, i] for i in range(5))
    glyph_like = (h >= 5) & (h <= 300) & (w >= 2) & (w <= 1.5 * h) & (area >= 0.1 * w * h)
    if int(glyph_like.sum()) < 10:
        return None
    # Paper grain and speckle pass the threshold too, as faint specks: keep what is about as dark
    # against the paper around it as the page's ink is.
    local = cv2.boxFilter(gray, cv2.CV_32F, (31, 31))
    depth = np.bincount(labels.ravel(), weights=(local - gray).ravel(), minlength=count)[1:] / area
    glyph_like &= depth >= MIN_INK_DEPTH * np.percentile(depth[glyph_like], 90)
    height = float(np.percentile(h[glyph_like], 75))
    glyphs = glyph_like & (h >= 0.5 * height) & (h <= 1.5 * height)
    left, right = np.percentile(x[glyphs], 2), np.percentile(x[glyphs] + w[glyphs], 98)
    top, bottom = np.percentile(y[glyphs], 2), np.percentile(y[glyphs] + h[glyphs], 98)
    cells = max((right - left) * (bottom - top) / (height * height), 1.0)
    count = int(glyphs.sum())
    return TextStats(height, count, float(right - left), float(count / cells))


def layout_kind(stats: TextStats | None) -> LayoutKind:
    """``receipt`` (one narrow column), ``page`` (a full page) or ``sparse`` (scattered words).

    Measured: receipt text spans 17-31 glyph heights, invoice pages 48-82; text on a receipt
    covers 0.2-0.5 of the glyph cells it spans, on an invoice page 0.08-0.14.
    """
    if stats is None or stats.glyphs < 40 or stats.density < 0.03:
        return "sparse"
    return "receipt" if stats.text_width / stats.glyph_height < 40 else "page"


def scale_factor(stats: TextStats | None, target: float = TARGET_GLYPH_HEIGHT) -> float:
    """The factor that brings the glyph height to ``target``; 1.0 where it is near enough."""
    if stats is None:
        return 1.0
    factor = target / stats.glyph_height
    if abs(factor - 1) <= SCALE_TOLERANCE:
        return 1.0
    return float(np.clip(factor, MIN_SCALE, MAX_SCALE))


def skew_angle(gray: Gray) -> float:
    """Degrees (counter-clockwise) that level the text lines, searched within +-5 degrees.

    The angle whose row profile of ink has the sharpest edges, on a copy about 800 px high.
    """
    factor = min(1.0, 800 / max(gray.shape))
    small = cv2.resize(gray, _size(gray, factor), interpolation=cv2.INTER_AREA) if factor < 1 else gray
    ink = cv2.adaptiveThreshold(small, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 15, 10)
    height, width = ink.shape
    best_angle, best_score = 0.0, -1.0
    for angle in np.arange(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES + 0.01, 0.25):
        turn = cv2.getRotationMatrix2D((width / 2, height / 2), float(angle), 1.0)
        rows = cv2.warpAffine(ink, turn, (width, height), flags=cv2.INTER_NEAREST).sum(1, dtype=np.float64)
        score = float(np.sum(np.diff(rows) ** 2))
        if score > best_score:
            best_angle, best_score = float(angle), score
    return best_angle


def _gray(image: object) -> Gray:
    """OpenCV's result as the uint8 array it is (no copy)."""
    return np.asarray(image, dtype=np.uint8)


def _size(gray: Gray, factor: float) -> tuple[int, int]:
    return max(1, round(gray.shape[1] * factor)), max(1, round(gray.shape[0] * factor))


def _scale(prepared: PreparedImage, factor: float) -> None:
    if factor == 1.0:
        return
    interpolation = cv2.INTER_CUBIC if factor > 1 else cv2.INTER_AREA
    scaled = _gray(cv2.resize(prepared.image, _size(prepared.image, factor), interpolation=interpolation))
    sx = scaled.shape[1] / prepared.image.shape[1]
    sy = scaled.shape[0] / prepared.image.shape[0]
    prepared.apply(scaled, np.diag([sx, sy, 1.0]), f"scale x{factor:.2f}")
    prepared.stats = prepared.stats.scaled(factor) if prepared.stats else None


def rotate(prepared: PreparedImage, degrees: float) -> None:
    """Turn the prepared image ``degrees`` counter-clockwise, growing the canvas, paper-white corners."""
    height, width = prepared.image.shape
    turn = cv2.getRotationMatrix2D((width / 2, height / 2), degrees, 1.0)
    cos, sin = abs(turn[0, 0]), abs(turn[0, 1])
    new_width, new_height = int(height * sin + width * cos + 0.5), int(height * cos + width * sin + 0.5)
    turn[0, 2] += new_width / 2 - width / 2
    turn[1, 2] += new_height / 2 - height / 2
    turned = _gray(
        cv2.warpAffine(prepared.image, turn, (new_width, new_height), flags=cv2.INTER_LINEAR, borderValue=255)
    )
    prepared.apply(turned, np.vstack([turn, [0.0, 0.0, 1.0]]), f"rotate {degrees:g}")


def turn_upright(prepared: PreparedImage, clockwise: int) -> None:
    """Turn the prepared image by a multiple of 90 degrees clockwise (what OSD asks for)."""
    if clockwise % 360 == 0:
        return
    height, width = prepared.image.shape
    code = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}
    turned = _gray(cv2.rotate(prepared.image, code[clockwise % 360]))
    matrix = {  # where (x, y) of the image before lands on the turned image
        90: [[0.0, -1.0, height], [1.0, 0.0, 0.0]],
        180: [[-1.0, 0.0, width], [0.0, -1.0, height]],
        270: [[0.0, 1.0, 0.0], [-1.0, 0.0, width]],
    }[clockwise % 360]
    prepared.apply(turned, np.vstack([matrix, [0.0, 0.0, 1.0]]), f"turn {clockwise}")


def _deskew(prepared: PreparedImage) -> None:
    angle = skew_angle(prepared.image)
    if abs(angle) >= MIN_SKEW_DEGREES:
        rotate(prepared, angle)


def _normalize_background(prepared: PreparedImage) -> None:
    glyph = prepared.stats.glyph_height if prepared.stats else 20.0
    prepared.apply(normalize_background(prepared.image, glyph), np.eye(3), "normalize_background")


def _remove_rules(prepared: PreparedImage) -> None:
    glyph = prepared.stats.glyph_height if prepared.stats else 20.0
    prepared.apply(remove_rules(prepared.image, glyph), np.eye(3), "remove_rules")


def _pixelwise(function: Callable[[Gray], Gray]) -> Callable[[PreparedImage], None]:
    def step(prepared: PreparedImage) -> None:
        prepared.apply(function(prepared.image), np.eye(3), function.__name__)

    return step


def _scale_text(prepared: PreparedImage) -> None:
    factor = scale_factor(prepared.stats)
    if factor != 1.0:
        _scale(prepared, factor)


STEPS: dict[str, Callable[[PreparedImage], None]] = {
    "normalize_background": _normalize_background,
    "remove_rules": _remove_rules,
    "stretch_contrast": _pixelwise(stretch_contrast),
    "binarize": _pixelwise(binarize),
    "denoise": _pixelwise(denoise),
    "deskew": _deskew,
    "scale_text": _scale_text,
}


def prepare_page(image: Image.Image, steps: Sequence[str] = DEFAULT_STEPS) -> PreparedImage:
    """The page in grey with ``steps`` (names in ``STEPS``) applied in order, and its map back.

    Raises KeyError for an unknown step name.
    """
    run = [STEPS[name] for name in steps]  # unknown names fail before any work
    gray = grayscale(image)
    prepared = PreparedImage(gray, text_stats(gray))
    for step in run:
        step(prepared)
    return prepared


@dataclass(frozen=True)
class Placement:
    """Where one region of a page sits on a stack of regions (``stack_regions``)."""

    box: tuple[int, int, int, int]  # x0, y0, x1, y1 on the page
    left: int  # of the region on the stack
    top: int

    def to_page(self, x: float, y: float) -> tuple[float, float]:
        """A point on the stack back on the page."""
        return self.box[0] + x - self.left, self.box[1] + y - self.top

    def holds(self, y: float) -> bool:
        """Whether height ``y`` on the stack lies within this region."""
        return self.top <= y <= self.top + self.box[3] - self.box[1]

    def on_stack(self) -> tuple[slice, slice]:
        """The region's rows and columns on the stack."""
        x0, y0, x1, y1 = self.box
        return slice(self.top, self.top + y1 - y0), slice(self.left, self.left + x1 - x0)


def stack_regions(gray: Gray, boxes: Sequence[tuple[int, int, int, int]]) -> tuple[Gray, list[Placement]]:
    """Cut ``boxes`` (clipped to the page) out of the page and stack them top to bottom on white.

    One image of all regions costs Tesseract one start instead of one per region. Regions lie a
    margin apart (half the tallest region), so that no two are read as one line.
    """
    height, width = gray.shape
    regions = [
        (max(0, x0), max(0, y0), min(width, x1), min(height, y1))
        for x0, y0, x1, y1 in boxes
        if min(width, x1) > max(0, x0) and min(height, y1) > max(0, y0)
    ]
    if not regions:
        return np.full((1, 1), 255, dtype=np.uint8), []
    margin = max(y1 - y0 for _, y0, _, y1 in regions) // 2 + 4
    stack_width = max(x1 - x0 for x0, _, x1, _ in regions) + 2 * margin
    stack_height = sum(y1 - y0 + margin for _, y0, _, y1 in regions) + margin
    stack = np.full((stack_height, stack_width), 255, dtype=np.uint8)
    placements: list[Placement] = []
    top = margin
    for x0, y0, x1, y1 in regions:
        stack[top : top + y1 - y0, margin : margin + x1 - x0] = gray[y0:y1, x0:x1]
        placements.append(Placement((x0, y0, x1, y1), margin, top))
        top += y1 - y0 + margin
    return stack, placements
