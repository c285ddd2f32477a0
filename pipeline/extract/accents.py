"""Accents the English first reading of a page loses, taken from a reading in the page's language.

docpipe reads a scanned page first in English alone (one model: the fast reading every page
gets) and tells the page's language from that text. English has no ü, ä, è or ß: "Krüger
Sanitär GmbH" comes out "Kriiger Sanitar GmbH", "Arcière" as "Arciére", "Weiß" as "WeiB" — in
the supplier's and the customer's name, where an accountant sees it. On a German or French page
the lines that may hold a name (``name_lines``) are read once more in the page's language, and
a word takes that reading only where the two differ in accents alone: every other letter, digit
and sign stays the first reading's, whose figures the rest of OCR has checked.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import replace

from pipeline.extraction.names import LEGAL_FORM
from pipeline.records import Word

# Tesseract codes of the languages whose names carry accents English cannot read: a fifth of
# the German and French names in the synthetic corpus, against 13 of 752 Dutch ones (not worth
# a reading of every Dutch page's names).
ACCENT_LANGUAGES = frozenset({"deu", "fra"})
# The lines read again: the page's first lines of words (the letterhead), and in the page's top
# share (letterhead and customer block) the lines with a company's legal form. Reading every
# line up there costs a fifth more OCR time on such pages; these few lines hold the names.
LETTERHEAD_LINES = 2
ACCENT_PAGE_SHARE = 0.4
ACCENT_MAX_LINES = 8
MIN_LETTERS = 3  # a shorter word is no name's, and a line without a longer one holds none
NAME_LINE_GLYPHS = 5.0  # the tallest line read again, in glyph heights (a letterhead's large print)
# What English makes of an accented letter, besides the letter without its accent.
_ENGLISH_READINGS = {"ü": ("ii", "i"), "ß": ("B", "ss")}


def plain_letters(text: str) -> str:
    """``text`` with its accents taken off: "Krüger" -> "Kruger", "Arcière" -> "Arciere"."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def with_accents(first: str, again: str) -> str | None:
    """``again`` where it is ``first`` with the accents an English reading loses, else None.

    English reads "ü" as "u", "ii" or "i" ("Kriiger", "Miller"), "ä" as "a", "è" as "é", "ß"
    as "B" or "ss"; every other letter must be the same.
    """
    if again == first or again.isascii():
        return None
    return again if re.fullmatch(_english_pattern(again), plain_letters(first)) else None


def name_lines(lines: Sequence[Sequence[Word]], page_height: float) -> list[int]:
    """Which of a page's lines (its words, top to bottom) may hold a name whose accents matter:
    in the page's top share, the first lines with a word that may be a name's (3 letters or more,
    not in capitals), and the lines with a legal form."""
    top = ACCENT_PAGE_SHARE * page_height
    chosen: list[int] = []
    for index, words in enumerate(lines):
        if not words or min(w.y0 for w in words) >= top or not _has_name_word(words):
            continue
        if len(chosen) < LETTERHEAD_LINES or LEGAL_FORM.search(" ".join(w.text for w in words)):
            chosen.append(index)
    return chosen[:ACCENT_MAX_LINES]


def _has_name_word(words: Sequence[Word]) -> bool:
    return any(_may_restore(w.text) for w in words)


def _may_restore(text: str) -> bool:
    return sum(ch.isalpha() for ch in text) >= MIN_LETTERS and any(ch.islower() for ch in text)


def restore_accents(
    words: Sequence[Word], again: Sequence[Word], same_place: Callable[[Word, Word], bool]
) -> list[Word]:
    """``words`` with each word of a name that ``again`` read in the same place, and alone there,
    with accents and otherwise the same letters taking that reading; boxes stay the first
    reading's. Words in capitals are left as they are: French sets them without accents as often
    as with, and the French model reads accents into them that are not printed ("BON DE
    COMMANDE" as "COMMANDÉ", which no title pattern knows); short words are no names."""
    restored: list[Word] = []
    for word in words:
        over = [w for w in again if same_place(word, w)] if _may_restore(word.text) else []
        text = with_accents(word.text, over[0].text) if len(over) == 1 else None
        restored.append(replace(word, text=text) if text else word)
    return restored


def _english_pattern(word: str) -> str:
    """A pattern of what English may read, accents taken off, for ``word``: each accented
    letter as its plain letter or as English's usual misreading of it."""
    parts: list[str] = []
    for ch in word:
        readings = {plain_letters(ch), *_ENGLISH_READINGS.get(ch, ())}
        parts.append("(?:" + "|".join(re.escape(r) for r in sorted(readings, key=len, reverse=True)) + ")")
    return "".join(parts)
