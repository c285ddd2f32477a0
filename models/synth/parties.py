"""Synthetic companies, people and addresses per country, with valid VAT numbers, IBANs and BICs.

Every identifier passes python-stdnum's checks: check digits are computed, never guessed. Names and
addresses are drawn from word banks per country so that no real company is described.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from stdnum import iban as iban_mod
from stdnum import luhn, numdb
from stdnum.at import uid as at_uid
from stdnum.ch import uid as ch_uid
from stdnum.ie import vat as ie_vat
from stdnum.iso7064 import mod_11_10

from models.synth import namebanks as nb

# Supplier countries per document language, with weights.
COUNTRIES_BY_LANG: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (("GB", 3), ("IE", 1)),
    "nl": (("NL", 4), ("BE", 1)),
    "de": (("DE", 5), ("AT", 1), ("CH", 1)),
    "fr": (("FR", 5), ("BE", 1), ("CH", 1)),
}
CURRENCY_OF: dict[str, str] = {
    "GB": "GBP", "IE": "EUR", "NL": "EUR", "BE": "EUR", "DE": "EUR", "AT": "EUR", "CH": "CHF", "FR": "EUR",
}  # fmt: skip
TAX_RATES: dict[str, tuple[str, ...]] = {
    "GB": ("20", "20", "5", "0"), "IE": ("23", "23", "13.5", "9"), "NL": ("21", "21", "9"),
    "BE": ("21", "21", "6", "12"), "DE": ("19", "19", "7"), "AT": ("20", "20", "10", "13"),
    "CH": ("8.1", "8.1", "2.6", "3.8"), "FR": ("20", "20", "10", "5.5"),
}  # fmt: skip


@dataclass(frozen=True)
class Address:
    """A postal address; ``lines()`` prints it the way the country writes it."""

    street: str
    postcode: str
    city: str
    country: str

    def lines(self) -> list[str]:
        """The address lines as printed in its country (postcode last in the UK and Ireland)."""
        if self.country in ("GB", "IE"):
            return [self.street, self.city, self.postcode]
        return [self.street, f"{self.postcode} {self.city}"]


@dataclass(frozen=True)
class Company:
    """A fictitious company with valid identifiers (VAT compact with its country prefix, IBAN compact)."""

    name: str
    country: str
    lang: str
    address: Address
    vat: str
    iban: str
    bic: str
    bank: str
    phone: str
    email: str
    website: str
    registration: str


@dataclass(frozen=True)
class Person:
    """A contact person at a company."""

    first: str
    last: str
    email: str


def pick_country(rng: random.Random, lang: str) -> str:
    """A supplier country for a document in ``lang``."""
    codes, weights = zip(*COUNTRIES_BY_LANG[lang], strict=True)
    return rng.choices(codes, weights)[0]


def _words(bank: str) -> list[str]:
    return [w.replace("_", " ") for w in bank.split()]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters and digits of ``text`` (for e-mail domains)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum())


def make_vat(rng: random.Random, country: str) -> str:
    """A valid VAT number with its country prefix, compact (no spaces, dots or hyphens)."""
    while True:
        if country == "GB":
            body = _digits(rng, 7)
            weighted = sum(w * int(d) for w, d in zip((8, 7, 6, 5, 4, 3, 2), body, strict=True))
            return f"GB{body}{(-weighted) % 97:02d}"
        if country == "IE":
            body = _digits(rng, 7)
            return f"IE{body}{ie_vat.calc_check_digit(body + 'W')}W"
        if country == "NL":
            body = str(rng.randint(1, 9)) + _digits(rng, 7)
            check = sum((9 - i) * int(d) for i, d in enumerate(body)) % 11
            if check < 10:
                return f"NL{body}{check}B{rng.choice(('01', '01', '02', '03'))}"
        elif country == "BE":
            body = "0" + str(rng.randint(2, 9)) + _digits(rng, 6)
            return f"BE{body}{97 - int(body) % 97:02d}"
        elif country == "DE":
            body = str(rng.randint(1, 9)) + _digits(rng, 7)
            return f"DE{body}{mod_11_10.calc_check_digit(body)}"
        elif country == "AT":
            body = "U" + _digits(rng, 7)
            return f"AT{body}{at_uid.calc_check_digit(body)}"
        elif country == "CH":
            digits = _digits(rng, 8)
            uid_check = ch_uid.calc_check_digit(digits)
            if uid_check != "10":  # numbers whose check digit would be 10 are not issued
                return f"CHE{digits}{uid_check}{rng.choice(('MWST', 'MWST', 'TVA'))}"
        elif country == "FR":
            siren = str(rng.randint(1, 9)) + _digits(rng, 7)
            siren += luhn.calc_check_digit(siren)
            return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"
        else:
            raise ValueError(f"no VAT numbers for country {country!r}")


def _rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def make_bank_account(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(IBAN compact, BIC, bank name) of a new account at a bank of ``country``."""
    name, code, bic = rng.choice(nb.BANKS[country])
    if country in ("GB", "IE"):
        bban = code + _digits(rng, 6) + _digits(rng, 8)
    elif country == "NL":
        bban = code + _digits(rng, 10)
    elif country == "BE":
        body = code + _digits(rng, 7)
        bban = f"{body}{int(body) % 97 or 97:02d}"
        info = numdb.get("be/banks").info(code)[0][1]
        bic, name = info["bic"], info["bank"]
    elif country == "DE":
        bban = code + _digits(rng, 10)
    elif country == "AT":
        bban = code + _digits(rng, 11)
    elif country == "CH":
        bban = code + _digits(rng, 12)
    elif country == "FR":
        branch, account = _digits(rng, 5), _digits(rng, 11)
        bban = code + branch + account + _rib_key(code, branch, account)
    else:
        raise ValueError(f"no IBANs for country {country!r}")
    return country + iban_mod.calc_check_digits(country + "00" + bban) + bban, bic, name


def make_address(rng: random.Random, country: str, lang: str) -> Address:
    """A street address in ``country`` with a postcode of the country's format."""
    city, codes = rng.choice(nb.CITIES[country])
    if "|" in city:  # bilingual city names: Dutch/German first, French second
        city = city.split("|")[1 if lang == "fr" else 0]
    street = rng.choice(nb.STREETS.get(lang, nb.STREETS["en"]).split("|"))
    number = str(rng.randint(1, 240)) + (rng.choice(("", "", "", "a", "b")) if country == "NL" else "")
    if country == "GB":
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        area = rng.choice(codes.split())
        postcode = f"{area} {rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
        return Address(f"{number} {street if lang == 'en' else 'High Street'}", postcode, city, country)
    if country == "IE":
        eircode = rng.choice(codes.split()) + " " + rng.choice("ACDEFHKNPRTVWXY") + _digits(rng, 3)
        return Address(f"{number} {street if lang == 'en' else 'Main Street'}", eircode, city, country)
    low, high = codes.split("-")
    postcode = str(rng.randint(int(low), int(high))).zfill(len(low))
    if country == "NL":
        postcode += " " + rng.choice("ABCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
    if country == "FR":
        return Address(f"{number} {street}", postcode, city, country)
    if country == "CH":
        street = street.replace("ß", "ss")
    return Address(f"{street[0].upper()}{street[1:]} {number}", postcode, city, country)


def make_company_name(rng: random.Random, country: str, lang: str) -> str:
    """A fictitious company name in the style of ``country``."""
    surnames, trades = _words(nb.SURNAMES[lang]), nb.TRADES[lang].split("|")
    first, second = (s.split() for s in nb.SYLLABLES[lang])
    coined = rng.choice(first) + rng.choice(second)
    surname, other = rng.sample(surnames, 2)
    legal = rng.choice(nb.LEGAL.get(f"{country}-{lang}", nb.LEGAL[country]))
    surname_cap = surname[0].upper() + surname[1:]
    patterns = {
        "en": (f"{surname} & {other}", f"{coined} {rng.choice(trades)}", f"{surname} {rng.choice(trades)}",
               coined),
        "nl": (f"{surname_cap} {rng.choice(trades)}", f"{coined} {rng.choice(trades)}", coined,
               f"{surname_cap} & Zn."),
        "de": (f"{surname} {rng.choice(trades)}", f"{coined} {rng.choice(trades)}", f"{surname} & {other}",
               coined),
        "fr": (f"{rng.choice(trades)} {surname}", f"{coined} {rng.choice(trades)}", f"{surname} et Fils",
               f"Groupe {coined}"),
    }  # fmt: skip
    return f"{rng.choice(patterns[lang])} {legal}"


def make_phone(rng: random.Random, country: str) -> str:
    """A phone number in the country's usual notation."""
    pattern = rng.choice(nb.PHONE[country].split("|"))
    return "".join(rng.choice("0123456789") if c == "#" else c for c in pattern)


def _registration(rng: random.Random, country: str, vat: str, city: str) -> str:
    if country == "GB":
        return f"Company No. {_digits(rng, 8)}"
    if country == "IE":
        return f"CRO {_digits(rng, 6)}"
    if country == "NL":
        return f"KvK {_digits(rng, 8)}"
    if country == "BE":
        return f"RPR/RPM {city} {vat[2:6]}.{vat[6:9]}.{vat[9:]}"
    if country == "DE":
        return f"HRB {rng.randint(1000, 99999)}, Amtsgericht {city}"
    if country == "AT":
        return f"FN {_digits(rng, 6)}{rng.choice('abdfghikmpstvwxyz')}"
    if country == "CH":
        d = _digits(rng, 11)
        return f"{city} HR-Nr. CH-{d[:3]}.{d[3]}.{d[4:7]}.{d[7:10]}-{d[10]}"
    return f"RCS {city} {vat[4:7]} {vat[7:10]} {vat[10:]} · APE {_digits(rng, 4)}Z"


def make_company(rng: random.Random, country: str, lang: str) -> Company:
    """A fictitious company of ``country`` writing in ``lang``, with valid VAT number and bank account."""
    name = make_company_name(rng, country, lang)
    address = make_address(rng, country, lang)
    vat = make_vat(rng, country)
    iban, bic, bank = make_bank_account(rng, country)
    legal = {part for forms in nb.LEGAL.values() for form in forms for part in form.split()}
    words = [w for w in name.split() if w not in legal and w not in ("&", "et", "Zn.")]
    domain = f"{ascii_slug(''.join(words[:2]))}.{nb.DOMAIN_TLD[country]}"
    return Company(
        name=name,
        country=country,
        lang=lang,
        address=address,
        vat=vat,
        iban=iban,
        bic=bic,
        bank=bank,
        phone=make_phone(rng, country),
        email=f"{rng.choice(('info', 'accounts', 'billing', 'office', 'sales', 'contact'))}@{domain}",
        website=f"www.{domain}",
        registration=_registration(rng, country, vat, address.city),
    )


def make_person(rng: random.Random, lang: str, domain: str) -> Person:
    """A person with a work e-mail address at ``domain``."""
    first = rng.choice(nb.FIRST[lang].split())
    last = rng.choice(_words(nb.SURNAMES[lang]))
    last = last[0].upper() + last[1:]
    local = rng.choice((f"{first}.{last}", f"{first[0]}.{last}", first, f"{first}{last[0]}"))
    return Person(first, last, f"{_local(local)}@{domain}")


def _local(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "".join(c for c in folded if c.isalnum() or c == ".")


def domain_of(company: Company) -> str:
    """The e-mail domain of ``company``."""
    return company.email.split("@", 1)[1]
