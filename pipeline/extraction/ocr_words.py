"""The words of an OCR'd line, with the misreadings that hide labels and amounts undone.

Extraction finds a total by its label and its amount; OCR of a receipt photo breaks either in a
few typical ways, and each is put right here, before the line is labelled:

- an amount cut at its decimal point, "65." and "20" (monospaced receipt fonts leave a gap): joined;
- a currency code misread and glued to the amount, "m4.00" or "PM4.00" for "RM4.00": the amount
  is split from the letters, so that it reads as an amount at all;
- a two-word legal form with one of its words misread, "SON BHD", "SDN BILD" for "SDN BHD" (a
  Malaysian private company), or glued to the bracket before it, "(SP)SDN.": the name then ends at
  its legal form, as printed;
- a shop's initials or name misread with look-alike signs: "D.1.¥." for "D.I.Y." (a digit or a
  yen sign among single-letter initials is the letter it looks like), "{KL)" for "(KL)" (a curly
  bracket closed by a round one);
- a word of an amount label misread by one character, "Tota}", "POTAL ROUNDED", "Reunding",
  "FOUNDING ADJUSTMENT": read as the label word, since labels are matched exactly (``labels.py``);
  and so a common word of shops' names, "THE STORE (HALAYSIA)", "RES!AURANT". Only words of five
  characters or more (a shorter one is too often another word one letter off), and never the real
  words one letter from a label word ("charge", "founded");
- a numeric date whose year a look-alike digit put decades off, "30/09/2617": the one plausible
  year a look-alike digit away, where there is exactly one (``with_plausible_year``).
"""

from __future__ import annotations

import re
from datetime import date

from pipeline.cut_decimals import join_cut_decimals
from pipeline.records import Word
from pipeline.validation.amounts import find_amounts
from pipeline.validation.dates import DATE_PATTERN

LABEL_WORDS = frozenset(
    {
        "total", "subtotal", "rounding", "rounded", "amount", "payable", "change", "tendered",
        "received", "balance", "totaal", "subtotaal", "bedrag", "afronding", "wisselgeld", "gesamt",
        "summe", "betrag", "rundung", "montant", "arrondi",
    }
)  # fmt: skip
# Real words one substitution from a label word: never respelled.
REAL_NEIGHBOURS = frozenset(
    {
        "charge", "chance", "founded", "sounded", "pounded", "wounded", "bounded", "receiver",
        "receives", "summa", "tonal", "montana", "balanced", "stationary",
    }
)  # fmt: skip
# Words of shops' and companies' names that OCR misreads by a character ("HALAYSIA", "RES!AURANT",
# "BAKERLES"): respelled like label words. Only words with no real word one letter away ("TRADING"
# has "GRADING": not here).
NAME_WORDS = frozenset(
    {
        "malaysia", "singapore", "restaurant", "restoran", "stationery", "hardware", "bakeries",
        "supermarket", "enterprise", "enterprises", "industries", "marketing", "pharmacy",
    }
)  # fmt: skip
MIN_LABEL_CHARS = 5
_TRAILING = ":.;,"
# One to three letters glued to an amount with cents: a currency code misread ("m4.00", "PM4.00").
_GLUED_AMOUNT = re.compile(r"^([A-Za-z]{1,3})(\d{1,7}[.,]\d{2})$")

# Single characters each followed by a dot, at least two: initials ("D.I.Y.", "D.1.¥.").
# "Y¥": one Y read twice.
_INITIALS = re.compile(r"^\(?(?:Y¥|[A-Z0-9¥])\.(?:(?:Y¥|[A-Z0-9¥])\.)+\)?,?$")
_LETTER_LOOKALIKES = str.maketrans("10582¥", "IOSBZY")
_CURLY_OPENED = re.compile(r"^\{([A-Za-z]+\))")
_CURLY_CLOSED = re.compile(r"^(\([A-Za-z]+)\}")

# A legal form's first word glued to the closing bracket before it: "(SP)SDN.", "(M)Sdn".
_GLUED_FORM = re.compile(r"^(\S*[)}])((?:SDN|Sdn|PTE|Pte)\.?)$")

# The digits OCR reads for one another in a year ("2617" for 2017), and the groups of
# validation.dates.DATE_PATTERN that hold a year.
_YEAR_GROUPS = ("iy", "y", "dy", "dy2", "my")
_DIGIT_LOOKALIKES = {"0": "689", "6": "05", "8": "036", "9": "0", "3": "8", "5": "6", "1": "7", "7": "1"}
YEARS_BACK = 30  # a document's year is no more than this many years back (and at most next year's)

# "S/B" read with look-alike digits, and the registration number in brackets printed after it.
_SHORT_FORM_READ = re.compile(r"^[S5]/[B8]$")
_REGISTRATION = re.compile(r"^\(\d{4,}-?[A-Za-z0-9]?\)?$")

# Legal forms of two words: where one word is read right and the other one edit off, both are.
# Only "Sendirian Berhad" so far: the shared receipts misread it ("SON BHD", "SDN BILD"); a form with
# a common English word two edits from one of its words ("ONE LTD" for "PTE LTD") would need a stricter test.
TWO_WORD_FORMS = (("SDN", "BHD"),)

_KNOWN_WORDS = LABEL_WORDS | NAME_WORDS  # the words a misread one is respelled as
_BY_LENGTH: dict[int, list[str]] = {}
for _word in _KNOWN_WORDS:
    _BY_LENGTH.setdefault(len(_word), []).append(_word)


def repaired(words: list[Word]) -> list[Word]:
    """One OCR'd line's words, left to right, with cut amounts joined, glued currency letters and
    legal forms split off and misread label words respelled."""
    fixed: list[Word] = []
    for word in join_cut_decimals(words):
        for part in split_glued_amount(word):
            fixed.extend(split_glued_form(part))
    return [_respelled(word) for word in with_short_forms(with_legal_forms(fixed))]


def with_short_forms(words: list[Word]) -> list[Word]:
    """``words`` with "S/B" (Sendirian Berhad) put back where OCR read it "5/8", "S/8" or "5/B":
    after a word of letters and before a registration number in brackets ("(519537-X)"), never in
    a measure ("BOLT 5/8 INCH")."""
    fixed = list(words)
    for i in range(1, len(fixed) - 1):
        if (
            _SHORT_FORM_READ.match(fixed[i].text)
            and fixed[i - 1].text.isalpha()
            and _REGISTRATION.match(fixed[i + 1].text)
        ):
            fixed[i] = _with_text(fixed[i], "S/B")
    return fixed


def split_glued_form(word: Word) -> list[Word]:
    """``word`` as a bracket and the legal form OCR glued to it, where it lost the space between
    them ("(SP)SDN." for "(SP) SDN."); the word as it is otherwise."""
    found = _GLUED_FORM.match(word.text)
    return [word] if found is None else _shared_out(word, found[1], found[2])


def letters_for_lookalikes(text: str) -> str:
    """``text`` with the signs OCR reads for letters in a name put back: the digits and yen signs
    of initials ("D.1.¥." -> "D.I.Y.", "D.I.Y¥." -> "D.I.Y."), a curly bracket paired with a round
    one ("{KL)" -> "(KL)")."""
    if _INITIALS.match(text) and sum(ch.isalpha() or ch == "¥" for ch in text) >= 2:  # "A.1." is a number
        return text.replace("Y¥", "Y").translate(_LETTER_LOOKALIKES)
    text = _CURLY_OPENED.sub(r"(\1", text)
    return _CURLY_CLOSED.sub(r"\1)", text)


def with_legal_forms(words: list[Word]) -> list[Word]:
    """``words`` with each two-word legal form that OCR misread one word of spelled right."""
    fixed = list(words)
    for i in range(len(fixed) - 1):
        pair = (fixed[i].text.strip("().,:;").upper(), fixed[i + 1].text.strip("().,:;").upper())
        if pair in TWO_WORD_FORMS:
            continue
        for form in TWO_WORD_FORMS:
            misread = [(read, meant) for read, meant in zip(pair, form, strict=True) if read != meant]
            if len(misread) == 1 and _close_to(*misread[0]):
                for j, meant in ((i, form[0]), (i + 1, form[1])):
                    fixed[j] = _with_text(fixed[j], meant + fixed[j].text[len(fixed[j].text.rstrip(".,")) :])
                break
    return fixed


def split_glued_amount(word: Word) -> list[Word]:
    """``word`` as its letters and its amount where OCR glued a misread currency code to an
    amount ("m4.00"); the box is shared out by characters. The word as it is otherwise, and where
    it reads as an amount already ("RM4.00")."""
    found = _GLUED_AMOUNT.match(word.text)
    if found is None or any(find_amounts(word.text)):
        return [word]
    return _shared_out(word, found[1], found[2])


def _shared_out(word: Word, first: str, second: str) -> list[Word]:
    """Two words for one whose text is ``first + second``, its box shared out by characters."""
    cut = word.x0 + (word.x1 - word.x0) * len(first) / len(word.text)
    return [
        Word(first, word.x0, word.y0, cut, word.y1, word.confidence),
        Word(second, cut, word.y0, word.x1, word.y1, word.confidence),
    ]


def label_word(text: str) -> str | None:
    """``text`` with the label word (or word of a name, ``NAME_WORDS``) it misreads by one
    substituted character, in its case, brackets and trailing signs kept; None when it misreads none."""
    opened = "(" if text.startswith("(") else ""
    stripped = text[len(opened) :].rstrip(_TRAILING)
    closed = ")" if opened and stripped.endswith(")") else ""
    core = stripped[: len(stripped) - len(closed)]
    lowered = core.lower()
    if len(core) < MIN_LABEL_CHARS or lowered in _KNOWN_WORDS or lowered in REAL_NEIGHBOURS:
        return None
    if sum(ch.isalpha() for ch in core) < len(core) - 1:  # a word, not a code or an amount
        return None
    matches = [w for w in _BY_LENGTH.get(len(core), []) if one_apart(lowered, w)]
    if len(matches) != 1 or (opened and matches[0] in LABEL_WORDS):
        return None
    return opened + _in_case_of(core, matches[0]) + closed + text[len(opened) + len(core) + len(closed) :]


def with_plausible_year(text: str, today: date | None = None) -> str:
    """A numeric date whose year OCR misread by one look-alike digit into one decades off ("30/09/2617"
    for 30/09/2017): the date with the one year a look-alike digit away that is plausible (from
    ``YEARS_BACK`` years before ``today`` to the next year); the text as it is where there is none or
    more than one."""
    core = text.rstrip(_TRAILING)
    found = DATE_PATTERN.fullmatch(core)
    group = next((g for g in _YEAR_GROUPS if found and found[g]), None)
    if found is None or group is None or len(found[group]) != 4:
        return text
    year, this = found[group], (today or date.today()).year
    if this - YEARS_BACK <= int(year) <= this + 1:
        return text
    options = {
        year[:i] + other + year[i + 1 :]
        for i, digit in enumerate(year)
        for other in _DIGIT_LOOKALIKES.get(digit, "")
    }
    plausible = [option for option in options if this - YEARS_BACK <= int(option) <= this + 1]
    if len(plausible) != 1:
        return text
    start, end = found.span(group)
    return core[:start] + plausible[0] + core[end:] + text[len(core) :]


def _respelled(word: Word) -> Word:
    text = with_plausible_year(word.text)
    text = letters_for_lookalikes(text)
    fixed = label_word(text)
    text = text if fixed is None else fixed
    return word if text == word.text else _with_text(word, text)


def _with_text(word: Word, text: str) -> Word:
    return Word(text, word.x0, word.y0, word.x1, word.y1, word.confidence)


def one_apart(a: str, b: str) -> bool:
    return sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _close_to(read: str, meant: str) -> bool:
    """Whether OCR could have read the short word ``meant`` as ``read``: at most two edits apart,
    and no more than one character longer ("SON" and "BILD" for "SDN" and "BHD")."""
    if len(read) > len(meant) + 1 or not read.isalnum():
        return False
    previous = list(range(len(meant) + 1))
    for i, char in enumerate(read, 1):
        current = [i]
        for j, other in enumerate(meant, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other)))
        previous = current
    return previous[-1] <= 2


def _in_case_of(model: str, word: str) -> str:
    letters = [ch for ch in model if ch.isalpha()]
    if sum(ch.isupper() for ch in letters) > len(letters) / 2:
        return word.upper()
    return word.capitalize() if model[:1].isupper() else word
