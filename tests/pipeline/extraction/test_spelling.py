"""A shop name's word OCR read one letter off in the letterhead takes the spelling the rest of the
page gives it more often; nothing else changes."""

from __future__ import annotations

import pytest

from pipeline.extraction.layout import TextLine
from pipeline.extraction.spelling import spelled_as_on_page
from pipeline.records import Word


def _lines(*texts: str) -> list[TextLine]:
    lines = []
    for index, text in enumerate(texts):
        words = [
            Word(token, 10.0 * i, 30.0 * index, 10.0 * i + 8, 30.0 * index + 20)
            for i, token in enumerate(text.split())
        ]
        lines.append(TextLine(page=1, index=index, words=words))
    return lines


SANYU = (
    "SANYO STATIONERY SHOP",
    "NO. 31G&33G, JALAN SETIA INDAH",
    "SANYU SUPPLY SDN BHD (1135772-K)",
    "Thank you. Please come again",
    "Follow us in Facebook : Sanyu.Stationery",
)


def test_a_name_word_read_one_letter_off_takes_the_pages_spelling() -> None:
    assert spelled_as_on_page("SANYO STATIONERY SHOP", _lines(*SANYU)) == "SANYU STATIONERY SHOP"


def test_the_names_case_is_kept() -> None:
    assert spelled_as_on_page("Sanyo Stationery", _lines(*SANYU)) == "Sanyu Stationery"


@pytest.mark.parametrize(
    ("name", "page", "why"),
    [
        ("SANYO STATIONERY SHOP", SANYU[:2], "no other spelling on the page"),
        ("SANYO STATIONERY SHOP", (*SANYU, "SANYO SHOP SANYO"), "as many read it as printed"),
        ("SANYO STATIONERY SHOP", (SANYU[0], "SANYU SANYU SANYU"), "no mention of a company"),
        ("MENTAL CAFE", ("MENTAL CAFE", "MENTAT SDN BHD", "MENTAI SDN BHD"), "two rivals: none to trust"),
        ("BAKE SHOP", ("BAKE SHOP", "CAKE 2.50", "CAKE 3.10"), "items are no mention of a company"),
        ("Müller GmbH", ("Müller GmbH", "info@muller.de", "www.muller.de"), "an accent is no slip"),
        ("ABC SHOP", ("ABC SHOP", "ABD SDN BHD", "www.abd.my"), "too short to tell a slip from a word"),
        ("SANYO STORE", ("SANYO STORE", "SANYOS SDN BHD", "www.sanyos.my"), "another length: another word"),
    ],
)
def test_the_name_stays_as_read(name: str, page: tuple[str, ...], why: str) -> None:
    assert spelled_as_on_page(name, _lines(*page)) == name, why
