"""Image preparation before Tesseract: the steps, the measured text, and the map back onto the page."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.extract.prepare import (
    DEFAULT_STEPS,
    STEPS,
    binarize,
    layout_kind,
    normalize_background,
    prepare_page,
    remove_rules,
    scale_factor,
    stack_regions,
    text_stats,
    thicken,
    turn_upright,
)


def _lines(count: int, *, size: int, width: int, text: str = "TOTAL 12.50 CASH 20.00") -> Image.Image:
    """Black text lines on white paper, ``size`` px font."""
    font = ImageFont.load_default(size=size)
    image = Image.new("L", (width, count * 2 * size + 2 * size), 255)
    draw = ImageDraw.Draw(image)
    for line in range(count):
        draw.text((size, size + line * 2 * size), text, fill=0, font=font)
    return image


def test_text_stats_measures_the_glyph_height() -> None:
    stats = text_stats(np.asarray(_lines(12, size=40, width=700)))

    assert stats is not None
    assert 25 <= stats.glyph_height <= 35  # capitals and digits of a 40 px font
    assert stats.glyphs > 100


def test_blank_page_has_no_text_stats_and_is_not_scaled() -> None:
    blank = np.full((600, 400), 255, dtype=np.uint8)

    assert text_stats(blank) is None
    assert scale_factor(None) == 1.0
    assert layout_kind(None) == "sparse"


def test_small_text_is_scaled_up_and_large_text_down_to_the_target() -> None:
    small = prepare_page(_lines(12, size=14, width=300), ("scale_text",))
    large = prepare_page(_lines(12, size=90, width=1500), ("scale_text",))

    for prepared in (small, large):
        assert prepared.stats is not None
        assert 20 <= prepared.stats.glyph_height <= 28
        assert len(prepared.steps) == 1 and prepared.steps[0].startswith("scale x")
    assert small.image.shape[0] > 12 * 2 * 14 + 2 * 14
    assert large.image.shape[0] < 12 * 2 * 90 + 2 * 90


def test_a_receipt_column_and_a_page_are_told_apart() -> None:
    column = text_stats(np.asarray(_lines(30, size=24, width=420, text="BREAD 2 X 1.20 2.40")))
    page = np.full((1600, 1800), 255, dtype=np.uint8)
    left = np.asarray(_lines(30, size=24, width=900, text="Invoice 2024-118"))
    page[: left.shape[0], :900] = left
    page[: left.shape[0], 1300:1800] = np.asarray(_lines(30, size=24, width=500, text="EUR 1.234,50"))

    assert layout_kind(column) == "receipt"
    assert layout_kind(text_stats(page)) == "page"


def test_normalize_background_whitens_a_shadow_and_keeps_the_ink() -> None:
    page = np.asarray(_lines(10, size=30, width=800), dtype=np.float32)
    shadow = np.linspace(1.0, 0.45, page.shape[1], dtype=np.float32)[None, :]  # darker to the right
    shaded = (page * shadow).astype(np.uint8)

    flat = normalize_background(shaded, glyph_height=22)

    paper = page == 255
    assert shaded[paper].min() < 130  # the shadow was darker than much of the ink's surroundings
    assert np.percentile(flat[paper], 5) > 200  # paper is white again, right edge included
    assert np.median(flat[page < 60]) < 100  # ink stays dark


def test_binarize_gives_black_ink_on_white() -> None:
    gray = np.asarray(_lines(5, size=30, width=600))

    binary = binarize(gray)

    assert set(np.unique(binary)) <= {0, 255}
    assert (binary[gray > 250] == 255).mean() > 0.98
    assert (binary[gray < 20] == 0).mean() > 0.9


@pytest.mark.parametrize("clockwise", [90, 180, 270])
def test_boxes_on_a_turned_and_scaled_image_map_back_onto_the_page(clockwise: int) -> None:
    page = Image.new("L", (400, 300), 255)
    ImageDraw.Draw(page).rectangle((40, 60, 120, 90), fill=0)  # the "word" on the page as given
    prepared = prepare_page(page, ())
    turn_upright(prepared, clockwise)
    prepared.apply(
        np.asarray(
            cv2.resize(prepared.image, None, fx=2.0, fy=2.0, interpolation=cv2.INTER_NEAREST), np.uint8
        ),
        np.diag([2.0, 2.0, 1.0]),
        "scale x2.00",
    )
    ys, xs = np.nonzero(prepared.image == 0)  # where the word lies on the prepared image

    box = prepared.box_to_original(xs.min(), ys.min(), xs.max() + 1, ys.max() + 1, *page.size)

    assert box == pytest.approx((40, 60, 121, 91), abs=1)


def test_stacked_regions_map_back_onto_the_page() -> None:
    page = np.full((500, 400), 255, dtype=np.uint8)
    page[100:120, 50:150] = 0
    page[300:330, 200:380] = 0

    stack, placements = stack_regions(page, [(40, 90, 160, 130), (190, 290, 390, 340), (500, 0, 600, 10)])

    assert len(placements) == 2  # the region off the page is dropped
    for placement, (x0, y0) in zip(placements, [(50, 100), (200, 300)], strict=True):
        ys, xs = np.nonzero(
            stack[placement.top : placement.top + 50, placement.left : placement.left + 200] == 0
        )
        assert placement.to_page(placement.left + xs.min(), placement.top + ys.min()) == (x0, y0)
        assert placement.holds(placement.top + ys.min())


def test_unknown_step_is_refused_before_any_work() -> None:
    with pytest.raises(KeyError):
        prepare_page(Image.new("L", (10, 10), 255), ("normalize_background", "sharpen-all-the-things"))


def test_default_steps_are_known_steps() -> None:
    assert set(DEFAULT_STEPS) <= set(STEPS)


def test_ruled_lines_go_and_the_text_stays() -> None:
    page = _lines(4, size=30, width=900, text="30/03/2018   No. CS-20322")
    draw = ImageDraw.Draw(page)
    draw.line((20, 62, 880, 62), fill=0, width=2)  # an underline just below the first line of text
    for x in range(20, 880, 14):  # a dashed separator further down
        draw.line((x, 196, x + 9, 196), fill=0, width=2)
    draw.line((890, 10, 890, page.height - 10), fill=0, width=2)  # a table border down the page
    gray = np.asarray(page)

    clean = remove_rules(gray, glyph_height=22)

    assert (clean[60:65, 20:880] < 128).mean() < 0.02
    assert (clean[194:199, 20:880] < 128).mean() < 0.02
    assert (clean[20 : page.height - 20, 888:893] < 128).mean() < 0.02
    text = gray[30:58] < 128
    assert (clean[30:58][text] < 128).mean() > 0.95  # the letters keep their ink


def test_thicken_makes_ink_bolder() -> None:
    gray = np.asarray(_lines(3, size=20, width=400))

    assert (thicken(gray) < 128).sum() > 1.3 * (gray < 128).sum()
