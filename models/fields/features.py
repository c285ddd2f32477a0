"""Features of a spot: where it is printed, which label it sits by, what the words around it say,
whose party block it is in, what kind of value it is, and whether the rules chose it. The scorer
is trained with the rules' choices hidden on part of the documents, so that it learns to read a
document on its own and to weigh the rules as one more piece of evidence.

Each group of fields has its own fixed list of feature names (``feature_names``); a document's
spots become one row each of a float matrix in that order. Words next to a value are hashed into
a few buckets (a stable CRC, not Python's salted ``hash``), so that label wording the label table
does not know still counts.
"""

from __future__ import annotations

import math
import re
import statistics
import zlib
from collections import Counter
from datetime import date
from decimal import Decimal

import numpy as np

from models.fields.spots import GROUPS, Spot
from pipeline.extraction.candidates import Analysis, Choice
from pipeline.extraction.labels import LABEL_FIELDS
from pipeline.extraction.layout import TextLine
from pipeline.extraction.names import LEGAL_FORM, matches_domain, web_domains
from pipeline.extraction.parties import Parties
from pipeline.extraction.scoring import normalise

CATEGORIES = ("invoice", "credit_note", "receipt", "purchase_order")
LANGUAGES = ("en", "nl", "de", "fr")
_LEFT_BUCKETS = 64
_ABOVE_BUCKETS = 32
_ABOVE_LINES = 3
_TAGS = (
    "base",
    "invalid",
    "token",
    "code",
    "segment",
    "letterhead",
    "window",
    "block:supplier",
    "block:customer",
)
_ROLES = ("supplier", "customer", "other")
_ZONES = ("head", "table", "totals", "foot")
_RATES = (0.05, 0.055, 0.06, 0.07, 0.077, 0.081, 0.09, 0.1, 0.13, 0.19, 0.2, 0.21, 0.23)
_WORD = re.compile(r"[^\W\d_]+")
_SPECIFIC: dict[str, tuple[str, ...]] = {
    "amount": ("log_value", "negative", "rank", "is_max", "of_max", "distinct", "is_sum", "is_part",
               "is_tax_of", "is_base_of", "on_line", "last_on_line", "marker"),
    "date": ("rank", "earliest", "latest", "after_first", "before_last", "distinct"),
    "id": ("length", "digits", "letters", "dash", "slash", "alpha_first", "all_digits", "upper"),
    "name": ("legal_form", "words", "upper", "domain", "repeats", "sender_line"),
    "currency": ("code",),
    "vat": ("valid",),
    "iban": ("valid",),
}  # fmt: skip


def feature_names(group: str) -> list[str]:
    """The features of one group, in matrix column order."""
    names = ["page", "last_page", "y", "x0", "x1", "line", "height", "segment", "segments", "order", "count"]
    names += ["first_of_value", "left_weight", "left_gap", "above_lines", "category_none", "ocr"]
    names += [f"zone_{zone}" for zone in _ZONES] + [f"role_{role}" for role in _ROLES]
    names += [f"category_{category}" for category in CATEGORIES] + [f"lang_{lang}" for lang in LANGUAGES]
    names += [f"left_{field}" for field in LABEL_FIELDS] + [f"above_{field}" for field in LABEL_FIELDS]
    names += [f"tag_label_{field}" for field in LABEL_FIELDS] + [f"tag_{tag}" for tag in _TAGS]
    names += ["rules_known"] + [f"rule_{field}" for field in (*GROUPS[group], "amount_due")]
    names += [f"lw{bucket}" for bucket in range(_LEFT_BUCKETS)]
    names += [f"aw{bucket}" for bucket in range(_ABOVE_BUCKETS)]
    return names + [f"{group}_{name}" for name in _SPECIFIC[group]]


def _bucket(word: str, buckets: int) -> int:
    return zlib.crc32(word.encode()) % buckets


class DocumentFeatures:
    """What every spot of one document is measured against, computed once."""

    def __init__(
        self,
        analysis: Analysis,
        parties: Parties,
        category: str | None,
        ocr: bool,
        rules: dict[str, Choice] | None = None,
    ) -> None:
        self.analysis = analysis
        self.parties = parties
        self.lines = analysis.lines
        self.category = category
        self.language = (analysis.hints.language or "")[:2]
        self.ocr = ocr
        self.rules = {name: normalise(name, choice.value) for name, choice in (rules or {}).items()}
        self.rules_known = rules is not None
        heights = [line.height for line in self.lines]
        self.typical_height = statistics.median(heights) if heights else 1.0
        self.page_size: dict[int, tuple[float, float]] = {}
        for line in self.lines:
            width, height = self.page_size.get(line.page, (1.0, 1.0))
            self.page_size[line.page] = (max(width, line.words[-1].x1), max(height, line.words[0].y1))
        rows = [number for number, values in enumerate(analysis.values) if len(values["amount"]) >= 2]
        self.table = (rows[0], rows[-1]) if rows else (len(self.lines), len(self.lines))
        self.last_page = max(self.page_size) if self.page_size else 1
        self.domains = web_domains(self.lines)
        self.segments = [line.segments() for line in self.lines]
        self.folded_text = "\n".join(line.text.casefold() for line in self.lines)

    def matrix(self, group: str, spots: list[Spot]) -> np.ndarray:
        """One row of features per spot, in ``feature_names(group)`` order."""
        names = feature_names(group)
        index = {name: column for column, name in enumerate(names)}
        rows = np.zeros((len(spots), len(names)), dtype=np.float32)
        counts = Counter(spot.value for spot in spots)
        seen: set[str] = set()
        extra = _GroupStats(group, spots)
        for number, spot in enumerate(spots):
            row = rows[number]
            self._common(row, index, spot, group)
            row[index["order"]] = number / max(1, len(spots))
            row[index["count"]] = min(counts[spot.value], 5)
            row[index["first_of_value"]] = spot.value not in seen
            seen.add(spot.value)
            for name, value in extra.features(spot, self).items():
                row[index[f"{group}_{name}"]] = value
        return rows

    def _common(self, row: np.ndarray, index: dict[str, int], spot: Spot, group: str) -> None:
        line = self.lines[spot.line]
        x0, y0, x1, _ = line.bbox(spot.start, spot.end)
        width, height = self.page_size[line.page]
        row[index["page"]] = min(line.page, 3)
        row[index["last_page"]] = line.page == self.last_page
        row[index["y"]] = y0 / height
        row[index["x0"]] = x0 / width
        row[index["x1"]] = x1 / width
        row[index["line"]] = spot.line / max(1, len(self.lines))
        row[index["height"]] = line.height / self.typical_height
        segments = self.segments[spot.line]
        row[index["segment"]] = next((n for n, (a, b) in enumerate(segments) if a <= spot.start < b + 1), 0)
        row[index["segments"]] = len(segments)
        row[index[f"zone_{self._zone(spot.line, y0 / height)}"]] = 1
        role = self.parties.role_at(spot.line, x0)
        if role in _ROLES:
            row[index[f"role_{role}"]] = 1
        if self.category in CATEGORIES:
            row[index[f"category_{self.category}"]] = 1
        else:
            row[index["category_none"]] = 1
        if self.language in LANGUAGES:
            row[index[f"lang_{self.language}"]] = 1
        row[index["ocr"]] = self.ocr
        self._left(row, index, line, spot)
        self._above(row, index, line, x0, x1, spot.line)
        for tag in spot.tags:
            name = f"tag_label_{tag[6:]}" if tag.startswith("label:") else f"tag_{tag}"
            if name in index:
                row[index[name]] = 1
        row[index["rules_known"]] = self.rules_known
        for field in (*GROUPS[group], "amount_due"):
            rule = self.rules.get(field)
            if rule is not None and rule == normalise(field, spot.value):
                row[index[f"rule_{field}"]] = 1

    def _zone(self, number: int, y: float) -> str:
        if y > 0.85:
            return "foot"
        first, last = self.table
        if number < first:
            return "head"
        return "table" if number <= last else "totals"

    def _left(self, row: np.ndarray, index: dict[str, int], line: TextLine, spot: Spot) -> None:
        labels = [label for label in self.analysis.labels[spot.line] if label.end <= spot.start]
        if labels:
            label = labels[-1]
            row[index[f"left_{label.field}"]] = 1
            row[index["left_weight"]] = label.weight
            row[index["left_gap"]] = min(spot.start - label.end, 40) / 40
        words = _WORD.findall(line.text[: spot.start].casefold())[-3:]
        for word in words:
            row[index[f"lw{_bucket(word, _LEFT_BUCKETS)}"]] = 1

    def _above(
        self, row: np.ndarray, index: dict[str, int], line: TextLine, x0: float, x1: float, number: int
    ) -> None:
        found = self._above_segment(line, x0, x1, number)
        if found is None:
            return
        step, start, end = found
        above = number - step
        for label in self.analysis.labels[above]:
            if start <= label.start < end + 1:
                row[index[f"above_{label.field}"]] = 1
        row[index["above_lines"]] = step
        for word in _WORD.findall(self.lines[above].text[start:end].casefold())[:4]:
            row[index[f"aw{_bucket(word, _ABOVE_BUCKETS)}"]] = 1

    def _above_segment(
        self, line: TextLine, x0: float, x1: float, number: int
    ) -> tuple[int, int, int] | None:
        """The nearest segment above (within a few lines) that overlaps x0..x1: (lines up, start, end)."""
        for step in range(1, _ABOVE_LINES + 1):
            above = number - step
            if above < 0 or self.lines[above].page != line.page:
                return None
            upper = self.lines[above]
            for start, end in self.segments[above]:
                box = upper.bbox(start, end)
                if box[0] <= x1 + 5 and box[2] >= x0 - 5:
                    return step, start, end
        return None

    def above_text(self, spot: Spot) -> str:
        """The text of the segment above a spot ('' where there is none)."""
        line = self.lines[spot.line]
        x0, _, x1, _ = line.bbox(spot.start, spot.end)
        found = self._above_segment(line, x0, x1, spot.line)
        if found is None:
            return ""
        step, start, end = found
        return self.lines[spot.line - step].text[start:end]


class _GroupStats:
    """Features that compare a spot's value with the document's other values of its group.

    Amounts are compared in cents, one cent either way: sums (subtotal + tax = total), parts
    (total - tax = subtotal) and tax rates (tax = rate x base) another pair of amounts makes.
    """

    def __init__(self, group: str, spots: list[Spot]) -> None:
        self.group = group
        self.cents: list[int] = []
        self.dates: list[date] = []
        if group == "amount":
            self.cents = sorted({abs(_cents(spot.value)) for spot in spots}, reverse=True)
            pairs = [(a, b) for a in self.cents for b in self.cents if a >= b]
            self.sums = {a + b for a, b in pairs}
            self.parts = {a - b for a, b in pairs if a > b}
            self.taxes = {round(rate * base) for base in self.cents for rate in _RATES}
            self.cent_set = set(self.cents)
        elif group == "date":
            self.dates = sorted({date.fromisoformat(spot.value) for spot in spots})

    def features(self, spot: Spot, doc: DocumentFeatures) -> dict[str, float]:
        if self.group == "amount":
            return self._amount(spot, doc)
        if self.group == "date":
            return self._date(spot)
        if self.group == "id":
            return _id_features(spot.value)
        if self.group == "name":
            return _name_features(spot, doc)
        if self.group == "currency":
            return {"code": "code" in spot.tags}
        return {"valid": "invalid" not in spot.tags}

    def _amount(self, spot: Spot, doc: DocumentFeatures) -> dict[str, float]:
        value = abs(_cents(spot.value))
        line_values = doc.analysis.values[spot.line]
        on_line = line_values["amount"]
        largest = self.cents[0] if self.cents else 0
        near = {value - 1, value, value + 1}
        return {
            "log_value": math.log10(value / 100 + 1),
            "negative": spot.value.startswith("-"),
            "rank": self.cents.index(value) / max(1, len(self.cents)),
            "is_max": value == largest,
            "of_max": value / largest if largest else 0.0,
            "distinct": min(len(self.cents), 50) / 50,
            "is_sum": bool(near & self.sums),
            "is_part": bool(near & self.parts),
            "is_tax_of": bool(near & self.taxes) and value != 0,
            "is_base_of": any(
                {round(rate * value) - 1, round(rate * value), round(rate * value) + 1} & self.cent_set
                for rate in _RATES
            ),
            "on_line": min(len(on_line), 6),
            "last_on_line": bool(on_line) and on_line[-1].start == spot.start,
            "marker": any(found.start == spot.start for found in line_values["currency"]),
        }

    def _date(self, spot: Spot) -> dict[str, float]:
        value = date.fromisoformat(spot.value)
        first, last = self.dates[0], self.dates[-1]
        return {
            "rank": self.dates.index(value) / max(1, len(self.dates)),
            "earliest": value == first,
            "latest": value == last,
            "after_first": min((value - first).days, 400) / 400,
            "before_last": min((last - value).days, 400) / 400,
            "distinct": min(len(self.dates), 10) / 10,
        }


def _cents(value: str) -> int:
    return int((Decimal(value) * 100).to_integral_value())


def _id_features(value: str) -> dict[str, float]:
    length = len(value)
    digits = sum(char.isdigit() for char in value)
    letters = sum(char.isalpha() for char in value)
    return {
        "length": min(length, 30) / 30,
        "digits": digits / length,
        "letters": letters / length,
        "dash": "-" in value,
        "slash": "/" in value,
        "alpha_first": value[:1].isalpha(),
        "all_digits": digits == length,
        "upper": sum(char.isupper() for char in value) / max(1, letters),
    }


def _name_features(spot: Spot, doc: DocumentFeatures) -> dict[str, float]:
    name = spot.value
    letters = [char for char in name if char.isalpha()]
    folded = name.casefold()
    line = doc.lines[spot.line].text
    return {
        "legal_form": bool(LEGAL_FORM.search(name)),
        "words": min(len(name.split()), 8) / 8,
        "upper": sum(char.isupper() for char in letters) / max(1, len(letters)),
        "domain": matches_domain(name, doc.domains),
        "repeats": min(doc.folded_text.count(folded), 5),
        "sender_line": "·" in line or " | " in line,
    }
