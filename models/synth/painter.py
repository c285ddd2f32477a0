"""A thin layer over a reportlab canvas: top-down coordinates, wrapping, and a record of printed fields.

Every value drawn with a ``field`` name is recorded with its label value and its box, so that a
document's labels are exactly what it prints. Boxes are (page, x0, top, x1, bottom) in PDF points
from the top-left corner, the way pdfplumber reports words.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A4, A5, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": A4,
    "A5": A5,
    "letter": LETTER,
    "r80": (80 * mm, 200 * mm),  # till rolls: the height is set per receipt
    "r58": (58 * mm, 200 * mm),
}
FONTS: dict[str, tuple[str, str]] = {
    "Helvetica": ("Helvetica", "Helvetica-Bold"),
    "Times": ("Times-Roman", "Times-Bold"),
    "Courier": ("Courier", "Courier-Bold"),
}
# Descents of the standard fonts as PDF readers (pdfminer, hence pdfplumber) take them from the
# standard-14 metrics, so that recorded boxes match the word boxes pdfplumber reports.
_DESCENT = {
    "Helvetica": -0.207,
    "Helvetica-Bold": -0.207,
    "Times-Roman": -0.217,
    "Times-Bold": -0.217,
    "Courier": -0.194,
    "Courier-Bold": -0.194,
}
LIGHT = Color(0.93, 0.93, 0.93)
MID = Color(0.6, 0.6, 0.6)


@dataclass
class Printed:
    """What a rendered document shows: label values and boxes of its fields, and its pages."""

    fields: dict[str, str] = field(default_factory=dict)
    boxes: dict[str, list[list[float]]] = field(default_factory=dict)
    pages: int = 1


class Painter:
    """Draws text and rules on a canvas with y measured from the top of the page."""

    def __init__(self, font: str, size: float, page: tuple[float, float], accent: str = "#000000") -> None:
        self.buffer = io.BytesIO()
        self.width, self.height = page
        self.canvas = Canvas(self.buffer, pagesize=page, invariant=True, pageCompression=1)
        self.regular, self.bold = FONTS[font]
        self.size = size
        self.accent = HexColor(accent)
        self.printed = Printed()

    def set_height(self, height: float) -> None:
        """Change the page height before anything is drawn on it (till rolls)."""
        self.height = height
        self.canvas.setPageSize((self.width, height))

    def font(self, bold: bool = False) -> str:
        """The regular or bold font name."""
        return self.bold if bold else self.regular

    def measure(self, text: str, size: float | None = None, bold: bool = False) -> float:
        """The width of ``text`` in points."""
        return float(stringWidth(text, self.font(bold), size or self.size))

    def text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        size: float | None = None,
        bold: bool = False,
        align: str = "left",
        color: Color | None = None,
        field_name: str | None = None,
        value: str | None = None,
    ) -> float:
        """Draw ``text`` with its top at ``y``; ``align`` right or centre puts its end or middle at ``x``.

        With ``field_name``, records ``value`` as that field's label (first occurrence wins) and the box.
        Returns the text width.
        """
        size = size or self.size
        name = self.font(bold)
        width = float(stringWidth(text, name, size))
        if align == "right":
            x -= width
        elif align == "centre":
            x -= width / 2
        baseline = self.height - y - size - _DESCENT[name] * size
        self.canvas.setFont(name, size)
        self.canvas.setFillColor(color or HexColor("#000000"))
        self.canvas.drawString(x, baseline, text)
        if field_name is not None:
            self.printed.fields.setdefault(field_name, value if value is not None else text)
            box = [float(self.page_number), round(x, 2), round(y, 2), round(x + width, 2), round(y + size, 2)]
            self.printed.boxes.setdefault(field_name, []).append(box)
        return width

    def paragraph(
        self,
        x: float,
        y: float,
        text: str,
        width: float,
        *,
        size: float | None = None,
        bold: bool = False,
        leading: float = 1.25,
    ) -> float:
        """Draw ``text`` wrapped to ``width``; returns the y below it."""
        size = size or self.size
        for line in simpleSplit(text, self.font(bold), size, width):
            self.text(x, y, line, size=size, bold=bold)
            y += size * leading
        return y

    def wrap(self, text: str, width: float, size: float | None = None) -> list[str]:
        """``text`` split into lines that fit ``width``."""
        return list(simpleSplit(text, self.regular, size or self.size, width)) or [""]

    def rule(self, x0: float, y: float, x1: float, *, width: float = 0.5, color: Color | None = None) -> None:
        """A horizontal line."""
        self.canvas.setStrokeColor(color or HexColor("#000000"))
        self.canvas.setLineWidth(width)
        self.canvas.line(x0, self.height - y, x1, self.height - y)

    def vrule(self, x: float, y0: float, y1: float, *, width: float = 0.5) -> None:
        """A vertical line from ``y0`` down to ``y1``."""
        self.canvas.setStrokeColor(HexColor("#000000"))
        self.canvas.setLineWidth(width)
        self.canvas.line(x, self.height - y0, x, self.height - y1)

    def box(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        fill: Color | None = None,
        stroke: Color | None = None,
        line: float = 0.5,
    ) -> None:
        """A rectangle with its top-left corner at (x, y)."""
        self.canvas.setLineWidth(line)
        if fill is not None:
            self.canvas.setFillColor(fill)
        if stroke is not None:
            self.canvas.setStrokeColor(stroke)
        self.canvas.rect(
            x, self.height - y - h, w, h, stroke=int(stroke is not None), fill=int(fill is not None)
        )

    def logo(self, x: float, y: float, initials: str, shape: int, size: float = 34) -> None:
        """A simple logo: initials in a coloured square, circle or bar."""
        self.canvas.setFillColor(self.accent)
        if shape == 0:
            self.canvas.rect(x, self.height - y - size, size, size, stroke=0, fill=1)
        elif shape == 1:
            self.canvas.circle(x + size / 2, self.height - y - size / 2, size / 2, stroke=0, fill=1)
        else:
            self.canvas.roundRect(x, self.height - y - size, size * 1.4, size, 6, stroke=0, fill=1)
        width = size * 1.4 if shape == 2 else size
        self.text(x + width / 2, y + size / 2 - 6, initials, size=12, bold=True, align="centre", color=white)

    @property
    def page_number(self) -> int:
        """The 1-based number of the page being drawn."""
        return int(self.canvas.getPageNumber())

    def new_page(self) -> None:
        """Finish the page and start the next."""
        self.canvas.showPage()
        self.printed.pages += 1

    def finish(self) -> bytes:
        """Close the document and return the PDF bytes."""
        self.canvas.showPage()
        self.canvas.save()
        return self.buffer.getvalue()
