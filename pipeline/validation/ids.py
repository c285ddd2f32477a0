"""Bank and tax identifiers: IBAN, BIC and VAT numbers, normalised and checked with python-stdnum.

Every check returns ``(normalised, problem)``: the value without spaces, dots and hyphens in
upper case, and ``None`` when it passed or a sentence saying what is wrong.
"""

from __future__ import annotations

import re

from stdnum import bic, iban
from stdnum.ch import uid as ch_uid
from stdnum.ch import vat as ch_vat
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)
from stdnum.gb import vat as gb_vat

_SEPARATORS = re.compile(r"[\s.\-/]+")

# VAT prefixes that are not ISO 3166 codes: Greece uses EL, Northern Ireland XI.
_VAT_PREFIXES = frozenset({prefix.upper() for prefix in eu_vat.MEMBER_STATES} | {"EL", "GB", "CH"})


def normalise_id(value: str) -> str:
    """Upper case, without spaces, dots, hyphens and slashes: how identifiers are compared and stored."""
    return _SEPARATORS.sub("", value).upper()


def _problem(kind: str, error: ValidationError) -> str:
    if isinstance(error, InvalidChecksum):
        return f"{kind} check digits do not match"
    if isinstance(error, InvalidLength):
        return f"{kind} has the wrong length"
    if isinstance(error, InvalidFormat):
        return f"{kind} is not in a valid format"
    if isinstance(error, InvalidComponent):
        return f"{kind} has an unknown country or bank part"
    return f"not a valid {kind}"


def check_iban(value: str) -> tuple[str, str | None]:
    """An IBAN normalised, and why it fails its length, country format or mod-97 check digits."""
    number = normalise_id(value)
    try:
        iban.validate(number)
    except ValidationError as error:
        return number, _problem("IBAN", error)
    return number, None


def check_bic(value: str) -> tuple[str, str | None]:
    """A BIC (SWIFT code, 8 or 11 characters) normalised, and why it is malformed."""
    number = normalise_id(value)
    try:
        bic.validate(number)
    except ValidationError as error:
        return number, _problem("BIC", error)
    return number, None


def vat_country(value: str) -> str | None:
    """The two-letter prefix of a VAT number when it carries one (``EL`` for Greece, ``CH`` for CHE)."""
    number = normalise_id(value)
    prefix = number[:2]
    return prefix if prefix in _VAT_PREFIXES and len(number) > 2 else None


def check_vat(value: str, *, country: str | None = None) -> tuple[str, str | None]:
    """A VAT number normalised and checked: EU member states, GB (and XI) and CH.

    ``country`` is the country to assume when the number carries no prefix (a Polish NIP or a
    German number printed without ``DE``); the normalised value keeps what the document printed.
    A number that carries no prefix and has no ``country`` hint cannot be checked: its problem says so.
    """
    number = normalise_id(value)
    prefix = vat_country(number)
    if prefix is None:
        if country is None:
            return number, "VAT number without a country prefix: not checked"
        prefix = country.upper()
        candidate = prefix + number if prefix != "CH" else number
    else:
        candidate = number
    try:
        _validate_vat(prefix, candidate)
    except ValidationError as error:
        return number, _problem(f"{prefix} VAT number", error)
    return number, None


def _validate_vat(prefix: str, number: str) -> None:
    if prefix in {"GB", "XI"}:
        gb_vat.validate(number)
    elif prefix == "CH":
        # The UID with its MWST/TVA/IVA suffix is the VAT number; printed without it, the UID check.
        if number.endswith(("MWST", "TVA", "IVA", "TPV")):
            ch_vat.validate(number)
        else:
            ch_uid.validate(number)
    elif prefix.lower() in eu_vat.MEMBER_STATES or prefix == "EL":
        eu_vat.validate(number)
    else:
        raise InvalidComponent()
