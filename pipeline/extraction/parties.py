"""The parties of a document: which block of lines is the issuer's, which the addressee's, and their names.

A party block is a column of lines that starts a name and holds its address: the letterhead, the
address window, a block under a heading ("Bill to", "Lieferant", "Acheteur"). Lines are split into
columns first (two blocks side by side print on the same lines). Headings say whose block it is;
without one, the letterhead (the name with a legal form, the web domain's name, the largest print
at the top) is the issuer's and the first other address block is the addressee's. The issuer is the
supplier, except on a purchase order: there the buyer issues the document and addresses the vendor.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, replace

from pipeline.einvoice.common import clean_name
from pipeline.extraction.candidates import Analysis, Choice
from pipeline.extraction.labels import find_labels
from pipeline.extraction.layout import TextLine

LEGAL_FORM = re.compile(
    r"\b(?:GmbH(?: & Co\.? KG)?|AG|KG|OHG|GbR|UG|e\.K\.|a\.G\.|e\.V\.|B\.V\.|BV|N\.V\.|NV|V\.O\.F\.|VOF|BVBA|"
    r"S\.A\.|SA|SARL|S[àa]rl|S\.à r\.l\.|SAS|SASU|EURL|SNC|SC|SRL|SPRL|CommV|Comm\.V\.|VZW|ASBL|CVBA|SCRL|"
    r"KGaA|SE|"
    r"Ltd\.?|Limited|LLC|LLP|Inc\.?|plc|PLC|Corp\.?|DAC|"
    r"S\.p\.A\.|S\.r\.l\.|Sp\. z o\.o\.|S\.L\.|Oy|AB|A/S|ApS|(?i:sdn\.? bhd\.?|bhd\.?|pte\.? ltd\.?)|S/B|PLT)"
    r"(?![\w])"
)
# Document titles printed next to the issuer's name, in the four languages.
_TITLE = (
    r"(?:(?:tax |vat |sales )?invoice|(?:verkoop)?factuur|rechnung|facture(?: d'avoir)?|avoir|"
    r"credit (?:note|memo|invoice)|creditnota|creditfactuur|gutschrift|rechnungskorrektur|note de cr[ée]dit|"
    r"(?:sales |till )?receipt|kassabon|kwitantie|kassenbon|quittung|ticket de caisse|re[çc]u|quittance|"
    r"purchase order|order|inkooporder|bestelling|bestelbon|bestellung|auftrag|bon de commande|commande)"
)
_TITLE_WORDS = re.compile(rf"^{_TITLE}\b[.:]?\s*", re.IGNORECASE)
_TRAILING_TITLE = re.compile(rf"\s+{_TITLE}$", re.IGNORECASE)
_DOMAIN = re.compile(r"(?:https?://(?:www\.)?|www\.|@)([a-z0-9-]+)\.[a-z]{2,}", re.IGNORECASE)
ADDRESS = re.compile(r"^\d|\b\d{4,5}\b|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\s\d{1,4} ?[a-z]?$")
# The city line of an address: a postcode (NL 1234 AB, DE/FR 12345, BE/CH/AT 1234, UK SW1A 1AA).
_CITY = re.compile(
    r"(?:^|\s)(?:[A-Z]-?)?\d{4,5}(?: ?[A-Z]{2})?\s+\w|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"
    r"|\b[A-Z]\d{2} ?[A-Z0-9]{4}\b"  # an Irish Eircode
)
_ATTENTION = re.compile(
    r"^(?:t\.?a\.?v\.?|z\.? ?hd\.?|attn\.?|for the attention|[àa] l['’] ?att|c/o)\b", re.IGNORECASE
)
_SEPARATED = re.compile(r"\s[·|•-]\s")  # a one-line address: "Name · Street 1 · 12345 City"
_INITIALS = re.compile(r"^[A-ZÀ-Ý]{2,3}\s+(?=[A-ZÀ-Ý])")
_TRAILING_INITIALS = re.compile(r"\s+[A-ZÀ-Ý]{2,3}$")
_BLOCK_LINES = 7
_SECTIONS = frozenset({"supplier", "customer", "addressee", "delivery"})
_SECTION_SPAN = 9  # lines a "Seller:" / "Bill to:" heading governs at most


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


def clean_party_name(text: str) -> str:
    """A name from a letterhead or block line: without logo initials, document title or trailing text."""
    name = " ".join(text.split()).strip(" ,;-·")
    name = _SEPARATED.split(name)[0]
    title = _TITLE_WORDS.match(name)
    if title and title.end() < len(name):
        name = name[title.end() :]
    name = _TRAILING_TITLE.sub("", name)
    initials = _INITIALS.match(name)
    if initials and _are_initials(initials.group().strip(), name[initials.end() :]):
        name = name[initials.end() :]
    trailing = _TRAILING_INITIALS.search(name)
    if trailing and _are_initials(trailing.group().strip(), name[: trailing.start()]):
        name = name[: trailing.start()]
    forms = list(LEGAL_FORM.finditer(name))
    if forms:
        rest = name[forms[-1].end() :]
        labels = find_labels(rest)
        if labels and labels[0].start <= 1:
            name = name[: forms[-1].end()]
    return name.strip(" ,;-·")


def _are_initials(letters: str, rest: str) -> bool:
    """Whether ``letters`` are a logo's initials of the name that follows ("GB Groupe Beauière SASU")."""
    initials = "".join(word[0] for word in rest.split() if word[:1].isupper())
    return letters.upper() == initials[: len(letters)].upper()


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
                while len(chain) <= _BLOCK_LINES and not _sender_line(current.text):
                    following = self._below(current, lines[line])
                    if (
                        following is None
                        or heading_of(following.text, self.category) is not None
                        or _sender_line(following.text)
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
            taken = {_fold(choice.value) for choice in chosen.values()}
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
        text = segment.text
        labels = find_labels(text)
        if labels and labels[0].start <= 1:
            rest = text[labels[0].end :]
            if labels[0].field == "name":
                text = rest.strip(" :")
            elif not rest.strip() or rest.lstrip().startswith(":") or any(char.isdigit() for char in rest):
                return None  # a label and its value, not a name that starts like a label ("Le Lumiine")
        if text.rstrip().endswith(":") or _ATTENTION.match(text) or "@" in text:
            return None
        text = _SEPARATED.split(text)[0]
        if ADDRESS.search(text) or sum(char.isalpha() for char in text) < 2:
            return None
        return clean_party_name(text) or None

    def letterhead(self) -> Choice | None:
        """The issuer's name at the top of the first page: a legal form, the web domain's name and
        large print count; a line of the other party's block does not."""
        domains = {
            match.group(1).replace("-", "").lower()
            for line in self.analysis.lines
            for match in _DOMAIN.finditer(line.text)
        }
        excluded = {
            (segment.line, segment.start)
            for block in self.blocks
            if block.heading and block.role != self.issuer_role
            for segment in block.segments
        }
        top = [line for line in self.analysis.lines[:15] if line.page == 1]
        typical = statistics.median(line.height for line in top) if top else 1.0
        best: tuple[float, Choice] | None = None
        for line in top:
            for segment in self.rows[line.index]:
                name = self.name_in(segment)
                if (segment.line, segment.start) in excluded or not name or len(name) < 3:
                    continue
                legal = bool(LEGAL_FORM.search(name))
                if not legal and any(label.start > 1 for label in find_labels(name)):
                    continue  # "* TAX INVOICE *", "Item Qty Price": labels, not a name
                score = 2.0 * legal + 2.0 * _matches_domain(name, domains)
                score += line.height / typical - line.index * 0.05
                if best is None or score > best[0]:
                    box = line.bbox(segment.start, segment.end)
                    name = _trading_name(segment.text, name, domains)
                    best = (score, Choice(name, 0.7 if score >= 3 else 0.4, line.page, box, line=line.index))
        return best[1] if best else None

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
            if not any(_CITY.search(s.text) for s in block.segments[1:5]):
                continue
            name = self.name_in(first)
            if name is None or any(_fold(name) in t or t in _fold(name) for t in taken):
                continue
            return Choice(name, 0.6, line.page, line.bbox(first.start, first.end), line=line.index)
        return None


def _trading_name(text: str, name: str, domains: set[str]) -> str:
    """A name printed in a one-line address ("Au bon moulin SARL - 1 chemin ... - Malaucène"): the
    part its web domain names, without the legal form that belongs to the legal mention."""
    form = LEGAL_FORM.search(name)
    if form is None or not _SEPARATED.search(text) or name[form.end() :].strip():
        return name
    trading = name[: form.start()].strip(" ,")
    letters = re.sub(r"[^0-9a-z]", "", trading.lower())
    return trading if letters and letters in domains else name


def _sender_line(text: str) -> bool:
    """The sender's one-line address printed above an address window ("Name · Street 1 · City")."""
    return bool(_SEPARATED.search(text) and any(char.isdigit() for char in text))


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _matches_domain(name: str, domains: set[str]) -> bool:
    letters = re.sub(r"[^0-9a-z]", "", LEGAL_FORM.sub("", name).lower())
    return any(
        len(domain) >= 4 and (letters.startswith(domain) or domain.startswith(letters)) for domain in domains
    )
