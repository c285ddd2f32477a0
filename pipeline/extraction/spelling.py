"""A name's words as the company's other mentions on the page spell them: one OCR slip in a
letterhead is outvoted.

A shop prints its name more than once: in the letterhead, in the company behind it ("SANYU SUPPLY
SDN BHD"), in its web, mail or social-media address ("Facebook : Sanyu.Stationery"). OCR may read
the letterhead's large print one letter off ("SANYO") where the smaller mentions read right. A word
of the chosen name takes the spelling one letter away that more of those mentions have than the
page has the name's own. Only mentions of a company count, not any word: a "BAKE SHOP" selling two
"CAKE"s stays a bake shop.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from pipeline.extraction.layout import TextLine
from pipeline.extraction.names import LEGAL_FORM
from pipeline.extraction.ocr_words import one_apart

MIN_LETTERS = 4  # shorter words are too often one letter from another real word
_WORD = re.compile(r"[A-Za-z]+")
# A web or mail address or a social-media handle: letters on both sides of a dot, or an @.
_ADDRESS = re.compile(r"\S*(?:[A-Za-z]\.[A-Za-z]|@)\S*")


def spelled_as_on_page(name: str, lines: list[TextLine]) -> str:
    """``name`` with each word of ``MIN_LETTERS`` or more plain letters in the one spelling, a
    letter (a substitution) away, that the company mentions of ``lines`` give it more often than
    the page gives the name's own."""
    page = Counter(word.casefold() for line in lines for word in _WORD.findall(line.text))
    mentions = Counter(word.casefold() for word in _company_mentions(lines))
    return _WORD.sub(lambda match: _majority(match.group(), page, mentions), name)


def _company_mentions(lines: list[TextLine]) -> Iterator[str]:
    """The words of lines with a legal form, and of web and mail addresses and handles."""
    for line in lines:
        if LEGAL_FORM.search(line.text):
            yield from _WORD.findall(line.text)
        else:
            for address in _ADDRESS.findall(line.text):
                yield from _WORD.findall(address)


def _majority(word: str, page: Counter[str], mentions: Counter[str]) -> str:
    folded = word.casefold()
    if len(folded) < MIN_LETTERS:
        return word
    rivals = [
        other
        for other, count in mentions.items()
        if count > page[folded] and len(other) == len(folded) and one_apart(other, folded)
    ]
    if len(rivals) != 1:  # none, or no single spelling to trust
        return word
    return "".join(new.upper() if old.isupper() else new for old, new in zip(word, rivals[0], strict=True))
