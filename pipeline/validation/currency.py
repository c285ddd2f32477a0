"""ISO 4217 currencies, and the currency a printed sign stands for where the document makes it clear.

``€`` and ``£`` are unambiguous; ``CHF`` is a code. ``Fr.`` and ``$`` need context: the country the
document comes from (its IBAN or VAT prefix), else they say nothing.
"""

from __future__ import annotations

# Active ISO 4217 codes (list one, 2024), without funds and precious-metal codes.
_ISO_4217_CODES = """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN
    BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS
    GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW
    KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD
    NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD
    SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VED
    VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWG
"""
ISO_4217: frozenset[str] = frozenset(_ISO_4217_CODES.split())

_UNAMBIGUOUS_SIGNS = {"€": "EUR", "£": "GBP", "zł": "PLN", "CHF": "CHF", "SFr.": "CHF", "SFr": "CHF"}
_DOLLAR_COUNTRIES = {"US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD"}
_PREFIXED_DOLLARS = {"US$": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD"}
_FRANC_COUNTRIES = {"CH": "CHF", "LI": "CHF"}


def is_currency_code(code: str) -> bool:
    """Whether ``code`` is an active ISO 4217 currency code (upper case, three letters)."""
    return code in ISO_4217


def check_currency(code: str) -> str | None:
    """Why ``code`` is not a usable currency code, or None."""
    if code != code.upper() or len(code) != 3:
        return f"currency {code!r} is not a three-letter ISO 4217 code"
    if code not in ISO_4217:
        return f"currency {code!r} is not an ISO 4217 code"
    return None


def currency_for_sign(sign: str, *, country: str | None = None) -> str | None:
    """The ISO code a printed sign or code means, given the document's country; None when unclear."""
    marker = sign.strip()
    if marker.upper() in ISO_4217 and marker.isupper():
        return marker
    if marker in _UNAMBIGUOUS_SIGNS:
        return _UNAMBIGUOUS_SIGNS[marker]
    if marker in _PREFIXED_DOLLARS:
        return _PREFIXED_DOLLARS[marker]
    if marker == "$" and country:
        return _DOLLAR_COUNTRIES.get(country.upper())
    if marker in {"Fr.", "Fr", "fr."} and country:
        return _FRANC_COUNTRIES.get(country.upper())
    return None
