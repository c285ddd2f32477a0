"""Dates in the document's own formats and languages, and the checks that catch impossible ones."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.validation.dates import check_date, check_due_date, find_dates, infer_day_first, parse_date

MARCH_14 = date(2024, 3, 14)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("14-03-2024", "nl"),
        ("14.03.2024", "de"),
        ("2024-03-14", None),
        ("2024/03/14", None),
        ("14/03/2024", "fr"),
        ("14/03/24", "en-GB"),
        ("March 14, 2024", "en"),
        ("Mar. 14th, 2024", "en"),
        ("14 March 2024", "en"),
        ("14 mars 2024", "fr"),
        ("14 maart 2024", "nl"),
        ("14 mrt. 2024", "nl"),
        ("14. März 2024", "de"),
        ("14. Maerz 2024", "de"),
        ("Date: 14.03.2024,", "de"),
    ],
)
def test_formats_and_languages(text: str, language: str | None) -> None:
    assert parse_date(text, language=language) == MARCH_14


def test_french_first_of_the_month() -> None:
    assert parse_date("1er janvier 2024", language="fr") == date(2024, 1, 1)


@pytest.mark.parametrize("language", ["nl", "de", "fr", "en-GB", None])
def test_slashed_dates_are_day_first_for_european_languages(language: str | None) -> None:
    assert parse_date("05/03/2018", language=language) == date(2018, 3, 5)


def test_slashed_dates_follow_the_document() -> None:
    assert parse_date("05/03/2018", language="en-US") == date(2018, 5, 3)
    assert parse_date("05/03/2018", day_first=False) == date(2018, 5, 3)
    assert parse_date("03/20/2023") == date(2023, 3, 20)  # only one reading exists
    # An Odoo invoice prints 03/20/2023 next to 04/04/2023: the document is month first.
    assert infer_day_first(["Invoice Date: Due Date:", "03/20/2023 04/04/2023"]) is False
    assert infer_day_first(["Datum 28/11/2022"]) is True
    assert infer_day_first(["05/03/2018"]) is None


def test_other_languages_go_through_dateparser() -> None:
    assert parse_date("2 stycznia 2021", language="pl") == date(2021, 1, 2)


def test_numbers_that_are_not_dates() -> None:
    assert parse_date("01.234.567.8-2018-1", language="de") is None  # an insurance policy number
    assert parse_date("31.02.2024") is None
    assert list(find_dates("Nr. 471102 vom 05.03.2018, bis 04.04.2018.")) != []
    assert [m.value for m in find_dates("Nr. 471102 vom 05.03.2018, bis 04.04.2018.")] == [
        date(2018, 3, 5),
        date(2018, 4, 4),
    ]


def test_a_1907_date_is_flagged() -> None:
    problem = check_date(date(1907, 3, 5), received=date(2024, 3, 14))
    assert problem == "date 1907-03-05 is more than 15 years before 2024"
    assert (
        check_date(date(2031, 1, 1), received=date(2024, 3, 14))
        == "date 2031-01-01 is more than 2 years after 2024"
    )
    assert check_date(date(2014, 4, 19), received=date(2024, 3, 14)) is None


def test_due_date_not_before_invoice_date() -> None:
    assert check_due_date(date(2024, 3, 14), date(2024, 4, 13)) is None
    assert check_due_date(date(2024, 3, 14), date(2024, 3, 14)) is None
    assert check_due_date(date(2024, 3, 14), date(2024, 2, 13)) == (
        "due date 2024-02-13 is before the invoice date 2024-03-14"
    )
