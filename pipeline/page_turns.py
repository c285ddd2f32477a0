"""Word boxes on a page that was turned to be read: between the page as given and the upright page.

A page's ``rotation`` is the clockwise turn (0, 90, 180, 270) that made it readable. OCR stores
word boxes on the page as given (what a reviewer sees on the image); layout analysis needs them
on the upright page, where lines run left to right.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.records import Word

Box = tuple[float, float, float, float]


def box_to_upright(box: Box, rotation: int, width: float, height: float) -> Box:
    """``box`` on the page as given (``width`` x ``height``) mapped onto the page turned ``rotation``
    degrees clockwise."""
    x0, y0, x1, y1 = box
    if rotation == 90:  # original (x, y) lands at upright (height - y, x)
        return height - y1, x0, height - y0, x1
    if rotation == 180:
        return width - x1, height - y1, width - x0, height - y0
    if rotation == 270:  # original (x, y) lands at upright (y, width - x)
        return y0, width - x1, y1, width - x0
    return box


def box_to_original(box: Box, rotation: int, width: float, height: float) -> Box:
    """``box`` on the page turned ``rotation`` degrees clockwise mapped back onto the page as given
    (``width`` x ``height``): the inverse of ``box_to_upright``, i.e. the opposite turn of the
    upright page."""
    upright_width, upright_height = (height, width) if rotation in (90, 270) else (width, height)
    return box_to_upright(box, (-rotation) % 360, upright_width, upright_height)


def word_to_upright(word: Word, rotation: int, width: float, height: float) -> Word:
    """``word`` with its box on the upright page."""
    return _moved(word, box_to_upright, rotation, width, height)


def word_to_original(word: Word, rotation: int, width: float, height: float) -> Word:
    """``word`` read on the upright page with its box on the page as given."""
    return _moved(word, box_to_original, rotation, width, height)


def _moved(
    word: Word, turn: Callable[[Box, int, float, float], Box], rotation: int, width: float, height: float
) -> Word:
    if rotation == 0:
        return word
    x0, y0, x1, y1 = turn((word.x0, word.y0, word.x1, word.y1), rotation, width, height)
    return Word(word.text, x0, y0, x1, y1, word.confidence)
