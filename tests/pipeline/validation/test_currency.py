"""ISO 4217 codes, and currency signs only where the document makes them unambiguous."""

from __future__ import annotations

from pipeline.validation.currency import check_currency, currency_for_sign, is_currency_code


def test_iso_codes() -> None:
    assert all(is_currency_code(code) for code in ("EUR", "GBP", "CHF", "PLN", "USD", "MYR"))
    assert not any(is_currency_code(code) for code in ("VAT", "BTW", "EURO", "eur", "XXX"))
    assert check_currency("EUR") is None
    assert check_currency("EURO") == "currency 'EURO' is not a three-letter ISO 4217 code"
    assert check_currency("ABC") == "currency 'ABC' is not an ISO 4217 code"


def test_signs() -> None:
    assert [currency_for_sign(sign) for sign in ("€", "£", "CHF", "EUR", "zł")] == [
        "EUR",
        "GBP",
        "CHF",
        "EUR",
        "PLN",
    ]
    # A dollar or a franc alone says nothing without the country the document comes from.
    assert currency_for_sign("$") is None
    assert currency_for_sign("$", country="US") == "USD"
    assert currency_for_sign("$", country="CA") == "CAD"
    assert currency_for_sign("US$") == "USD"
    assert currency_for_sign("Fr.") is None
    assert currency_for_sign("Fr.", country="CH") == "CHF"
    assert currency_for_sign("KWH") is None
