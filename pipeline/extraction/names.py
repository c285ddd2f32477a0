"""How party names are printed: legal forms, logo initials, titles beside them, addresses after them.

The text rules that turn a letterhead or address line into a name, and that tell a name line from
an address, an attention or a sender line. ``parties`` decides which line is whose.
"""

from __future__ import annotations

import re
from itertools import pairwise

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
DOMAIN = re.compile(r"(?:https?://(?:www\.)?|www\.|@)([a-z0-9-]+)\.[a-z]{2,}", re.IGNORECASE)
ADDRESS = re.compile(r"^\d|\b\d{4,5}\b|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\s\d{1,4} ?[a-z]?$")
# The same signs but a leading number: a company name may start with one ("99 SPEED MART S/B").
ADDRESS_INSIDE = re.compile(r"\b\d{4,5}\b|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\s\d{1,4} ?[a-z]?$")
# Words and a one- or two-digit number at the end: a street and its house number, or a branch's name.
BRANCH_NUMBER = re.compile(r"[A-Za-zÀ-ÿ][^\d]* \d{1,2}")
# The city line of an address: a postcode (NL 1234 AB, DE/FR 12345, BE/CH/AT 1234, UK SW1A 1AA).
CITY = re.compile(
    r"(?:^|\s)(?:[A-Z]-?)?\d{4,5}(?: ?[A-Z]{2})?\s+\w|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"
    r"|\b[A-Z]\d{2} ?[A-Z0-9]{4}\b"  # an Irish Eircode
)
# A city's name on a line of its own ("Glasgow", "Den Haag"), as UK and Irish addresses print it.
CITY_NAME = re.compile(r"[A-ZÀ-Ý][A-Za-zÀ-ÿ'’-]+(?: [A-ZÀ-Ý][A-Za-zÀ-ÿ'’-]+){0,2}")
# Street words that mark a line as part of an address where no house number or postcode does.
STREET = re.compile(
    r"\b(?:jalan|jln|lorong|persiaran|taman|lot|street|road|avenue|lane|straat|weg|laan|plein|gracht|"
    r"stra(?:ss|ß)e|allee|gasse|platz|rue|boulevard|chemin|place|quai|impasse)\b",
    re.IGNORECASE,
)
ATTENTION = re.compile(
    r"^(?:t\.?a\.?v\.?|z\.? ?hd\.?|attn\.?|for the attention|[àa] l['’] ?att|c/o)\b", re.IGNORECASE
)
SENTENCE = re.compile(r"\s[a-zà-ÿ]+[.!?]$")  # "Dat betaal ik zelf wel." (a name ends "Zn.", "B.V.")
SEPARATED = re.compile(r"\s[·|•-]\s")  # a one-line address: "Name · Street 1 · 12345 City"
_INITIALS = re.compile(r"^[A-ZÀ-Ý]{2,3}\s+(?=[A-ZÀ-Ý])")
_TRAILING_INITIALS = re.compile(r"\s+[A-ZÀ-Ý]{2,3}$")


# "Owned By :", "Operated by", "Served by:", "uitgebaat door", "exploité par": the name after it (on its line
# or the next) is the company behind the shop, or a cashier, not the name the shop prints as its own.
_HELD_BY = (
    r"(?:owned|operated|managed|run|served|uitgebaat|beheerd|betrieben|gef[üu]hrt|exploit[ée]e?)"
    r"\s+(?:by|door|von|par)"
)
# Ends a line: the name follows ("Owned By :", OCR's "Owned By: :").
BY_LABEL = re.compile(rf"(?:^|\s)(?:{_HELD_BY}|by)(?:\s*:)*\s*$", re.IGNORECASE)
OWNED_BY = re.compile(rf"^{_HELD_BY}\b", re.IGNORECASE)  # starts the name's own segment


# A capital I that OCR read as "!" or "|" at the end of a word of capitals ("JIAWE|", "DAMA!").
_BAR_FOR_I = re.compile(r"(?<=[A-Z]{2})[!|](?=\s|$)")
# A line of capitals and the signs of a name, no digits: what a name wrapped onto its next line reads as.
_CAPITALS_LINE = re.compile(r"[A-Z][A-Z&.,'()\- ]*")


def letters_for_bars(text: str) -> str:
    """``text`` with each "!" or "|" OCR read for a capital I at the end of a word of capitals."""
    return _BAR_FOR_I.sub("I", text)


def capitals_only(text: str) -> bool:
    """Whether ``text`` is printed in capitals without digits ("JIAWEI HOUSE"), as receipts print names."""
    return bool(_CAPITALS_LINE.fullmatch(text.strip())) and sum(char.isalpha() for char in text) >= 3


# Words a name never ends with: what is left of a sentence about the document once its title is
# cut ("THIS IS NOT A RECEIPT" -> "THIS IS NOT A").
DANGLING = re.compile(r"\s(?:a|an|the|is|not|een|het|ein|eine|un|une)$", re.IGNORECASE)


def clean_party_name(text: str) -> str:
    """A name from a letterhead or block line: without logo initials, document title or trailing text."""
    name = " ".join(text.split()).strip(" ,;-·")
    name = SEPARATED.split(name)[0]
    title = _TITLE_WORDS.match(name)
    if title and title.end() < len(name):
        name = name[title.end() :]
    name = _TRAILING_TITLE.sub("", name)
    initials = _INITIALS.match(name)
    if initials and are_initials(initials.group().strip(), name[initials.end() :]):
        name = name[initials.end() :]
    trailing = _TRAILING_INITIALS.search(name)
    if (
        trailing
        and are_initials(trailing.group().strip(), name[: trailing.start()])
        and not LEGAL_FORM.fullmatch(trailing.group().strip())  # "Bakker Verpakkingen BV": its legal form
    ):
        name = name[: trailing.start()]
    forms = list(LEGAL_FORM.finditer(name))
    if forms:
        rest = name[forms[-1].end() :].strip()
        labels = find_labels(rest)
        if (labels and labels[0].start <= 1) or (rest and not rest[0].isalnum()):
            name = name[: forms[-1].end()]  # "... SDN BHD (169509-A)", "... GmbH Tel. 089 ..."
    return name.strip(" ,;-·|'‘’\"")


def address_part(text: str) -> bool:
    """Whether ``text`` reads as a line of an address: a street with its number, a postcode and
    city, or a street word ("Jalan Permas", "Rue du Port")."""
    return bool(ADDRESS.search(text) or CITY.search(text) or STREET.search(text))


def ends_address(texts: list[str]) -> bool:
    """Whether the lines below a name end an address: a postcode and city, or (an OCR'd postcode
    being unreadable, "Do2 C048") a street with its number followed by a line that is a city's
    name alone ("174 Harbour Way" / "Glasgow")."""
    if any(CITY.search(text) for text in texts):
        return True
    return any(
        ADDRESS.search(street) and CITY_NAME.fullmatch(city.strip()) for street, city in pairwise(texts)
    )


def are_initials(letters: str, rest: str) -> bool:
    """Whether ``letters`` are a logo's initials of the name that follows ("GB Groupe Beauière SASU")."""
    initials = "".join(word[0] for word in rest.split() if word[:1].isupper())
    return letters.upper() == initials[: len(letters)].upper()


def trading_name(text: str, name: str, domains: set[str]) -> str:
    """A name printed in a one-line address ("Au bon moulin SARL - 1 chemin ... - Malaucène"): the
    part its web domain names, without the legal form that belongs to the legal mention."""
    form = LEGAL_FORM.search(name)
    if form is None or not SEPARATED.search(text) or name[form.end() :].strip():
        return name
    trading = name[: form.start()].strip(" ,")
    letters = re.sub(r"[^0-9a-z]", "", trading.lower())
    return trading if letters and letters in domains else name


def sender_line(text: str) -> bool:
    """The sender's one-line address printed above an address window ("Name · Street 1 · City")."""
    return bool(SEPARATED.search(text) and any(char.isdigit() for char in text))


def fold(text: str) -> str:
    return " ".join(text.casefold().split())


def matches_domain(name: str, domains: set[str]) -> bool:
    letters = re.sub(r"[^0-9a-z]", "", LEGAL_FORM.sub("", name).lower())
    return any(
        len(domain) >= 4 and (letters.startswith(domain) or domain.startswith(letters)) for domain in domains
    )


def web_domains(lines: list[TextLine]) -> set[str]:
    """The names of the web and mail domains a document prints ("www.lindplan.de" -> "lindplan")."""
    return {match.group(1).replace("-", "").lower() for line in lines for match in DOMAIN.finditer(line.text)}
