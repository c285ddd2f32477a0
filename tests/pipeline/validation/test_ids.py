"""IBAN, BIC and VAT numbers: real-world valid ones pass, altered and malformed ones say why."""

from __future__ import annotations

import pytest

from pipeline.validation.ids import check_bic, check_iban, check_vat, normalise_id, vat_country


@pytest.mark.parametrize(
    ("printed", "normalised"),
    [
        ("NL50 INGB 0683 2513 09", "NL50INGB0683251309"),  # Coolblue, on its invoices
        ("FR76 10107 00245 00617052317 39", "FR7610107002450061705231739"),  # Netpresse, odd grouping
        ("DE89 3704 0044 0532 0130 00", "DE89370400440532013000"),
        ("GB29 NWBK 6016 1331 9268 19", "GB29NWBK60161331926819"),
        ("BE71 0961 2345 6769", "BE71096123456769"),
        ("CH93 0076 2011 6238 5295 7", "CH9300762011623852957"),
        ("fr20-1242-1242-1242-1242-1242-124", "FR2012421242124212421242124"),
    ],
)
def test_valid_ibans_are_normalised(printed: str, normalised: str) -> None:
    assert check_iban(printed) == (normalised, None)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("DE12123456781234567890", "IBAN check digits do not match"),  # a sample value in the e-invoices
        ("NL50INGB0683251308", "IBAN check digits do not match"),  # one digit changed
        ("DE89 3704 0044 0532 0130", "IBAN check digits do not match"),  # two digits short
        ("NL50", "IBAN"),
    ],
)
def test_invalid_ibans_say_why(value: str, problem: str) -> None:
    number, found = check_iban(value)
    assert number == normalise_id(value)
    assert found is not None and problem in found


@pytest.mark.parametrize(
    ("printed", "normalised"),
    [
        ("NL810433941B01", "NL810433941B01"),  # Coolblue B.V.
        ("NL 8104.33.941.B01", "NL810433941B01"),
        ("DE 136 695 976", "DE136695976"),
        ("FR 40 303 265 045", "FR40303265045"),
        ("BE 0403.170.701", "BE0403170701"),
        ("GB 980 7806 84", "GB980780684"),
        ("ATU13585627", "ATU13585627"),
        ("CHE-116.281.710 MWST", "CHE116281710MWST"),
        ("CHE-116.281.710", "CHE116281710"),
    ],
)
def test_valid_vat_numbers_nl_de_fr_be_gb_at_ch(printed: str, normalised: str) -> None:
    assert check_vat(printed) == (normalised, None)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("DE123456789", "DE VAT number check digits do not match"),  # the ZUGFeRD samples' number
        ("NL810433942B01", "NL VAT number check digits do not match"),
        ("NL810433941B1", "NL VAT number is not in a valid format"),
        ("FR12999999998", "FR VAT number check digits do not match"),
        ("BE0403170702", "BE VAT number check digits do not match"),
        ("GB123456789", "GB VAT number check digits do not match"),
        ("DE13669597", "DE VAT number has the wrong length"),
    ],
)
def test_invalid_vat_numbers_say_why(value: str, problem: str) -> None:
    assert check_vat(value) == (value, problem)


def test_a_vat_number_without_prefix_needs_the_country() -> None:
    assert check_vat("774-00-01-454") == ("7740001454", "VAT number without a country prefix: not checked")
    assert check_vat("774-00-01-454", country="PL") == ("7740001454", None)  # ORLEN's NIP
    assert check_vat("774-00-01-455", country="PL")[1] == "PL VAT number check digits do not match"
    assert check_vat("136695976", country="de") == ("136695976", None)


def test_vat_country_reads_the_prefix() -> None:
    assert [vat_country(v) for v in ("DE136695976", "EL094259216", "CHE-116.281.710", "7740001454")] == [
        "DE",
        "EL",
        "CH",
        None,
    ]


@pytest.mark.parametrize("value", ["INGBNL2A", "BREDFRPP", "FIDCFR21XXX", "COBADEFFXXX", "deut de ff"])
def test_valid_bics(value: str) -> None:
    assert check_bic(value) == (normalise_id(value), None)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("INGBNL", "BIC has the wrong length"),
        ("1NGBNL2A", "BIC is not in a valid format"),
        ("INGBXX2A", "BIC has an unknown country or bank part"),
    ],
)
def test_invalid_bics(value: str, problem: str) -> None:
    assert check_bic(value) == (value, problem)
