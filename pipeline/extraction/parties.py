"""The parties of a document: which block of lines is the issuer's, which the addressee's, and their names.

A party block is a column of lines that starts a name and holds its address: the letterhead, the
address window, a block under a heading ("Bill to", "Lieferant", "Acheteur"). Lines are split into
columns first (two blocks side by side print on the same lines). Headings say whose block it is;
without one, the letterhead (the name with a legal form, the web domain's name, the largest print
at the top) is the issuer's and the first other address block is the addressee's. The issuer is the
supplier, except on a purchase order: there the buyer issues the document and addresses the vendor.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, replace

from pipeline.einvoice.common import clean_name
from pipeline.extraction.candidates import Analysis, Choice
from pipeline.extraction.doctype import kind_of_title
from pipeline.extraction.labels import find_labels
from pipeline.extraction.layout import TextLine
from pipeline.extraction.names import (
    ADDRESS,
    ADDRESS_INSIDE,
    ATTENTION,
    BRANCH_NUMBER,
    BY_LABEL,
    DANGLING,
    LEGAL_FORM,
    OWNED_BY,
    SENTENCE,
    SEPARATED,
    STREET,
    address_part,
    capitals_only,
    clean_party_name,
    ends_address,
    fold,
    letters_for_bars,
    matches_domain,
    sender_line,
    trading_name,
    web_domains,
)
from pipeline.records import Word

_BLOCK_LINES = 7
_SECTIONS = frozenset({"supplier", "customer", "addressee", "delivery"})
_SECTION_SPAN = 9  # lines a "Seller:" / "Bill to:" heading governs at most
NOISE_CONFIDENCE = 60.0  # OCR's median word confidence below which a would-be name is noise
_LOGO_MARK_CHARS = 4  # the longest unsure "word" before a name taken for a logo's marks
_ADDRESS_BELOW = 5  # lines below a letterhead name within which its address starts
_ADDRESS_CONTINUES = 3  # lines below an address line that are read as more of the address
_HEADS_ADDRESS = 1.0  # a letterhead name's score for heading an address (taken off inside one)
_FIRST_NAME = 0.3  # the topmost name of the page, all else equal


@dataclass(frozen=True)
class Segment:
    """A run of words of one line that belong together (one column of it)."""

    line: int
    start: int
    end: int
    x0: float
    x1: float
    text: str


@dataclass
class Block:
    """A column of segments under one another: a party's name and address, or anything else."""

    segments: list[Segment]
    role: str | None = None  # 'supplier', 'customer', 'other' (delivery address ...) or None
    heading: bool = False

    @property
    def x0(self) -> float:
        return self.segments[0].x0

    @property
    def lines(self) -> range:
        return range(self.segments[0].line, self.segments[-1].line + 1)


def split_segments(line: TextLine) -> list[Segment]:
    """The columns of one line."""
    found = []
    for start, end in line.segments():
        x0, _, x1, _ = line.bbox(start, end)
        found.append(Segment(line.index, start, end, x0, x1, line.text[start:end]))
    return found


def heading_of(text: str, category: str | None) -> str | None:
    """The party a heading segment ("Bill to", "Verkäufer:", "Aan") introduces, None if it is no heading."""
    labels = [label for label in find_labels(text) if label.start <= 1 and label.field in _SECTIONS]
    if not labels or text[labels[0].end :].strip(" :") != "":
        return None
    field = labels[0].field
    if field == "addressee":
        return "supplier" if category == "purchase_order" else "customer"
    if field in ("supplier", "customer"):
        return field
    return "other" if field == "delivery" else None


class Parties:
    """A document's party blocks, their roles and names."""

    def __init__(self, analysis: Analysis, category: str | None) -> None:
        self.analysis = analysis
        self.category = category
        self.issuer_role = "customer" if category == "purchase_order" else "supplier"
        self.rows = [split_segments(line) for line in analysis.lines]
        self.blocks = self._blocks()

    def _blocks(self) -> list[Block]:
        lines = self.analysis.lines
        taken: set[tuple[int, int]] = set()
        blocks = []
        for number, segments in enumerate(self.rows):
            for segment in segments:
                if (number, segment.start) in taken:
                    continue
                role = heading_of(segment.text, self.category)
                chain = [segment]
                current, line = segment, number
                while len(chain) <= _BLOCK_LINES and not sender_line(current.text):
                    following = self._below(current, lines[line])
                    if (
                        following is None
                        or heading_of(following.text, self.category) is not None
                        or sender_line(following.text)
                    ):
                        break
                    chain.append(following)
                    taken.add((following.line, following.start))
                    current, line = following, following.line
                blocks.append(Block(chain, role, role is not None))
        return blocks

    def _below(self, segment: Segment, line: TextLine) -> Segment | None:
        """The segment in the same column on the next line, or the one after when the next line
        holds only other columns (a label column beside a value that wraps)."""
        lines = self.analysis.lines
        for step in (1, 2):
            if line.index + step >= len(lines):
                return None
            under = lines[line.index + step]
            if under.page != line.page or under.words[0].y0 - line.words[0].y1 > (0.6 + step) * line.height:
                return None
            found = next((s for s in self.rows[under.index] if abs(s.x0 - segment.x0) <= 6), None)
            if found is not None:
                return found
        return None

    def role_at(self, line: int, x: float) -> str | None:
        """The party a value at ``line``, ``x`` belongs to: the nearest heading above it, in its column
        or to its left, at most a few lines up; None outside any party's section."""
        lines = self.analysis.lines
        best: tuple[int, float, str | None] | None = None
        for block in self.blocks:
            first = block.segments[0]
            if not block.heading or first.line > line or line - first.line > _SECTION_SPAN:
                continue
            if lines[first.line].page != lines[line].page or first.x0 > x + 6:
                continue
            key = (first.line, first.x0, block.role)
            if best is None or key[:2] > best[:2]:
                best = key
        return best[2] if best else None

    def names(self) -> dict[str, Choice]:
        """Supplier and customer names: headed blocks first, then the letterhead and the address window."""
        addressee_role = "supplier" if self.issuer_role == "customer" else "customer"
        chosen: dict[str, Choice] = {}
        for block in self.blocks:
            if (
                block.heading
                and block.role in ("supplier", "customer")
                and f"{block.role}_name" not in chosen
            ):
                found = self.block_name(block)
                if found is not None:
                    chosen[f"{block.role}_name"] = found
        issuer = chosen.get(f"{self.issuer_role}_name") or self.letterhead()
        if issuer is not None:
            chosen.setdefault(f"{self.issuer_role}_name", issuer)
        if f"{addressee_role}_name" not in chosen and self.category != "receipt":
            taken = {fold(choice.value) for choice in chosen.values()}
            window = self.address_window(taken)
            if window is not None:
                chosen[f"{addressee_role}_name"] = window
        customer = chosen.get("customer_name")
        if customer is not None:  # "Herrn Max Mustermann": a person's salutation is not the name
            chosen["customer_name"] = replace(customer, value=clean_name(customer.value) or customer.value)
        return chosen

    def block_name(self, block: Block) -> Choice | None:
        """The name in a headed block: after a "Name:" label, on the heading's line, or its first line."""
        lines = self.analysis.lines
        for segment in block.segments:
            labels = find_labels(segment.text)
            if not labels or labels[0].start > 1 or labels[0].field != "name":
                continue
            value = self._after_label(segment, labels[0].end)
            if value is None:
                continue
            line = lines[segment.line]
            text = value.text
            if self._wrapped_above(value, block):
                text = f"{self.rows[segment.line - 1][0].text} {text}"  # a name wrapped above its label
            name = clean_name(text)
            if name:
                return Choice(name, 0.85, line.page, line.bbox(value.start, value.end), line=line.index)
        first = block.segments[0]
        labels = find_labels(first.text)
        rows = block.segments[1:]
        if labels and first.text[labels[0].end :].strip(" :"):
            inline = self._after_label(first, labels[0].end)
            rows = [inline, *rows] if inline is not None else rows
        for segment in rows[:4]:
            name = self.name_in(segment)
            if name:
                line = lines[segment.line]
                return Choice(name, 0.85, line.page, line.bbox(segment.start, segment.end), line=line.index)
        return None

    def _after_label(self, segment: Segment, end: int) -> Segment | None:
        """The value after a label: the rest of its segment, else the next segment of its line."""
        rest = segment.text[end:]
        if rest.strip(" :"):
            offset = end + len(rest) - len(rest.lstrip(" :"))
            return Segment(
                segment.line, segment.start + offset, segment.end, segment.x0, segment.x1, rest.lstrip(" :")
            )
        row = self.rows[segment.line]
        following = [s for s in row if s.x0 > segment.x1]
        return following[0] if following else None

    def _wrapped_above(self, value: Segment, block: Block) -> bool:
        """Whether the line above a labelled name holds only the start of that name, in its column."""
        above = value.line - 1
        if above not in block.lines or above < 0:
            return False
        row = self.rows[above]
        return len(row) == 1 and abs(row[0].x0 - value.x0) <= 3 and not find_labels(row[0].text)

    def name_in(self, segment: Segment) -> str | None:
        """The name a segment holds, None when it is a label, an address, a phone or mail line."""
        text = letters_for_bars(segment.text)
        labels = find_labels(text)
        if labels and labels[0].start <= 1:
            rest = text[labels[0].end :]
            if labels[0].field == "name":
                text = rest.strip(" :")
            elif not rest.strip() or rest.lstrip().startswith(":") or any(char.isdigit() for char in rest):
                return None  # a label and its value, not a name that starts like a label ("Le Lumiine")
        if text.rstrip().endswith(":") or ATTENTION.match(text) or "@" in text:
            return None
        text = SEPARATED.split(text)[0]
        if sum(char.isalpha() for char in text) < 2:
            return None
        name = clean_party_name(text)
        if DANGLING.search(name):
            return None
        # An address, unless the name cut at its legal form is none: "... SDN BHD (139386 4" is a
        # name and its registration number, not a street and its house number; "99 SPEED MART S/B"
        # a name that starts with a number.
        if (
            ADDRESS.search(text)
            and (not LEGAL_FORM.search(name) or ADDRESS_INSIDE.search(name))
            and not self._numbered_branch(segment, name)
        ):
            return None
        if STREET.search(text) and any(char.isdigit() for char in text) and not LEGAL_FORM.search(name):
            return None  # "LOT PTD 101051", "Jalan Permas 10/10": a street word and a number
        return name or None

    def _numbered_branch(self, segment: Segment, name: str) -> bool:
        """Whether a name that ends in a number like a street line is a branch's name ("BHPetrol Permas
        Jaya 2"): no street word in it, and the street line with its number is the next line that
        holds any text ("LOT PTD 101051"). "Hauptstraße 12" over "12345 Berlin" stays a street."""
        if not BRANCH_NUMBER.fullmatch(name) or STREET.search(name):
            return False
        page = self.analysis.lines[segment.line].page
        for row in self.rows[segment.line + 1 : segment.line + 3]:
            texts = [other.text for other in row if any(char.isalnum() for char in other.text)]
            if self.analysis.lines[row[0].line].page != page:
                return False
            if not texts:
                continue  # a stray mark OCR read as a line of its own
            return any(STREET.search(text) and any(char.isdigit() for char in text) for text in texts)
        return False

    def letterhead(self) -> Choice | None:
        """The issuer's name at the top of the first page: a legal form, the web domain's name and
        large print count; a line of the other party's block does not."""
        domains = web_domains(self.analysis.lines)
        excluded = {
            (segment.line, segment.start)
            for block in self.blocks
            if block.heading and block.role != self.issuer_role
            for segment in block.segments
        }
        top = [line for line in self.analysis.lines[:15] if line.page == 1]
        typical = statistics.median(line.height for line in top) if top else 1.0
        addresses = [n for n, line in enumerate(top) if self._holds_address(line.index)]
        best: tuple[float, Choice] | None = None
        first = True
        for number, line in enumerate(top):
            for whole in self.rows[line.index]:
                if (whole.line, whole.start) in excluded:
                    continue
                segment = _without_logo_marks(line, whole)
                name = self.name_in(segment)
                if not name or len(name) < 3:
                    continue
                wrapped = self._wrapped_below(line, segment, name)
                # "POPULAR BOOK" / "CO. (M) SDN BHD": a legal form on the line a name wraps onto is its own.
                legal = bool(LEGAL_FORM.search(name) or (wrapped and LEGAL_FORM.search(wrapped[0])))
                if not legal and any(label.start > 1 for label in find_labels(name)):
                    continue  # "* TAX INVOICE *", "Item Qty Price": labels, not a name
                if kind_of_title(segment.text.strip()) or _mostly_digits(name):
                    continue  # "SIMPLIFIED TAX INVOICE", "REG. NO:00168397-H"
                if self._given_by_label(line, segment):
                    continue  # "Owned By : SANYU SUPPLY SDN BHD": the company behind the shop
                printed = line.words_in(segment.start, segment.end) or line.words
                if _read_as_noise(printed):
                    continue  # a logo or a picture OCR turned into letters
                score = 2.0 * legal + 2.0 * matches_domain(name, domains)
                # The name's own print size: a stray mark elsewhere on its line must not count.
                size = _print_size(line, segment)
                score += size / typical - line.index * 0.05
                # A name heads its address; a line just below an address line is more of it.
                if any(0 < other - number <= _ADDRESS_BELOW for other in addresses):
                    score += _HEADS_ADDRESS
                if any(0 < number - other <= _ADDRESS_CONTINUES for other in addresses):
                    score -= _HEADS_ADDRESS
                score += _FIRST_NAME if first else 0.0
                first = False
                if best is None or score > best[0]:
                    box = line.bbox(segment.start, segment.end)
                    name = trading_name(segment.text, name, domains)
                    if wrapped is not None:  # the name and its box take in the line it wraps onto
                        rest, under = wrapped
                        name = f"{name} {rest}"
                        below = self.analysis.lines[under.line].bbox(under.start, under.end)
                        box = (min(box[0], below[0]), box[1], max(box[2], below[2]), below[3])
                    best = (score, Choice(name, 0.7 if score >= 3 else 0.4, line.page, box, line=line.index))
        return best[1] if best else None

    def _wrapped_below(self, line: TextLine, segment: Segment, name: str) -> tuple[str, Segment] | None:
        """The rest of a name in capitals that wraps onto the next line, in the same print and column
        ("RESTAURANT JIAWEI" / "JIAWEI HOUSE"); None where the name ends on its line (a legal form
        ends it) or the next line is no more of it (digits, an address, a label, another size)."""
        lines = self.analysis.lines
        if LEGAL_FORM.search(name) or not capitals_only(name) or line.index + 1 >= len(lines):
            return None
        under = lines[line.index + 1]
        if under.page != line.page or under.words[0].y0 - line.words[0].y1 > 0.8 * line.height:
            return None
        width = segment.x1 - segment.x0
        for below in self.rows[under.index]:
            centred = abs((below.x0 + below.x1) - (segment.x0 + segment.x1)) / 2 <= 0.1 * width
            if not (centred or abs(below.x0 - segment.x0) <= 6):
                continue
            size = _print_size(under, below) / _print_size(line, segment)
            rest = self.name_in(below)
            if rest and capitals_only(rest) and 0.8 <= size <= 1.25 and not kind_of_title(below.text.strip()):
                return rest, below
        return None

    def _given_by_label(self, line: TextLine, segment: Segment) -> bool:
        """Whether a "... by" label ("Owned By :", "Served by", "exploité par") gives the name, on its line
        or the line above: the company behind a shop or a cashier, not the name the shop prints as its own."""
        if OWNED_BY.match(segment.text) or BY_LABEL.search(line.text[: segment.start]):
            return True
        if line.index == 0:
            return False
        above = self.analysis.lines[line.index - 1]
        return above.page == line.page and bool(BY_LABEL.search(above.text))

    def _holds_address(self, line: int) -> bool:
        """Whether a segment of ``line`` is a street or a city line (not noise OCR read as one)."""
        text_line = self.analysis.lines[line]
        return any(
            address_part(segment.text) and not _read_as_noise(text_line.words_in(segment.start, segment.end))
            for segment in self.rows[line]
        )

    def address_window(self, taken: set[str]) -> Choice | None:
        """The first address block of page one whose name is not a party's already."""
        table = next(
            (number for number, values in enumerate(self.analysis.values) if len(values["amount"]) >= 2),
            len(self.analysis.lines),
        )
        for block in self.blocks:
            first = block.segments[0]
            line = self.analysis.lines[first.line]
            if block.heading or line.page != 1 or first.line >= table or len(block.segments) < 3:
                continue  # a name, a street and a city at least
            if not ends_address([s.text for s in block.segments[1:5]]):
                continue
            segment = _addressee_line(block)
            name = self.name_in(segment)
            if name is None or any(fold(name) in t or t in fold(name) for t in taken):
                continue
            line = self.analysis.lines[segment.line]
            return Choice(name, 0.6, line.page, line.bbox(segment.start, segment.end), line=line.index)
        return None


def _print_size(line: TextLine, segment: Segment) -> float:
    """The height of a segment's tallest word (its print size)."""
    words = line.words_in(segment.start, segment.end) or line.words
    return max(word.y1 - word.y0 for word in words)


def _without_logo_marks(line: TextLine, segment: Segment) -> Segment:
    """The segment without the marks of a logo that OCR read as short words it was unsure of,
    before the name beside it ("mee Krüger Logistik KG", "ce ) Claireo Emballages SAS")."""
    inside = [
        (word, start)
        for word, start in zip(line.words, line.starts, strict=True)
        if start < segment.end and start + len(word.text) > segment.start
    ]
    first = 0
    while first < len(inside) - 1 and _logo_mark(inside[first][0]):
        first += 1
    if first == 0:
        return segment
    start = inside[first][1]
    x0, _, x1, _ = line.bbox(start, segment.end)
    return Segment(segment.line, start, segment.end, x0, x1, line.text[start : segment.end])


def _logo_mark(word: Word) -> bool:
    """A short word OCR was unsure of, not in capitals (those may be a name's initials: "C W KHOO")."""
    confidence = word.confidence  # None: a text layer's word, always text
    unsure = confidence is not None and confidence < NOISE_CONFIDENCE
    return unsure and len(word.text) <= _LOGO_MARK_CHARS and not word.text.isupper()


def _mostly_digits(name: str) -> bool:
    return sum(char.isdigit() for char in name) > sum(char.isalpha() for char in name)


def _read_as_noise(words: list[Word]) -> bool:
    """Whether OCR was mostly unsure of these words (a text layer's words are always text)."""
    confidences = [word.confidence for word in words if word.confidence is not None]
    return bool(confidences) and statistics.median(confidences) < NOISE_CONFIDENCE


def _addressee_line(block: Block) -> Segment:
    """The name line of an address block: its first line that is not the document's title, a
    sentence (a slogan) or an attention line, above the street."""
    for segment in block.segments[:4]:
        if ADDRESS.search(segment.text):
            break
        text = segment.text.strip()
        if kind_of_title(text) or SENTENCE.search(text) or ATTENTION.match(text):
            continue
        return segment
    return block.segments[0]
