"""Suppliers learnt from invoices; a known supplier asking to be paid into a new IBAN goes to review."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from pipeline.db.engine import create_db_engine, session_factory
from pipeline.db.migrate import upgrade
from pipeline.db.models import Supplier
from pipeline.extraction import confirm_supplier_iban, learn_supplier
from pipeline.records import ExtractedFields, InvoiceData
from pipeline.validate import review_reasons

JANUARY = datetime(2024, 1, 10, 9, 0, tzinfo=UTC)
FEBRUARY = datetime(2024, 2, 10, 9, 0, tzinfo=UTC)
MARCH = datetime(2024, 3, 10, 9, 0, tzinfo=UTC)
COOLBLUE = InvoiceData(
    invoice_number="993548900",
    supplier_name="Coolblue B.V.",
    supplier_vat="NL 8104.33.941.B01",
    supplier_iban="NL50 INGB 0683 2513 09",
)


@pytest.fixture
def sessions(database_url: str) -> Iterator[sessionmaker[Session]]:
    engine = create_db_engine(database_url)
    upgrade(engine)
    yield session_factory(engine)
    engine.dispose()


def _supplier(sessions: sessionmaker[Session]) -> Supplier:
    with sessions() as session:
        supplier = session.scalar(select(Supplier).where(Supplier.vat == "NL810433941B01"))
        assert supplier is not None
        return supplier


def test_a_changed_iban_is_flagged_for_review(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        assert learn_supplier(session, COOLBLUE, seen_at=JANUARY) == []  # a new supplier is recorded
    with sessions.begin() as session:
        assert learn_supplier(session, COOLBLUE, seen_at=FEBRUARY) == []  # the same account again

    redirected = replace(COOLBLUE, supplier_iban="NL91 ABNA 0417 1643 00")
    with sessions.begin() as session:
        problems = learn_supplier(session, redirected, seen_at=MARCH)
    assert [(p.name, p.value, p.valid, p.problem) for p in problems] == [
        (
            "supplier_iban",
            "NL91ABNA0417164300",
            False,
            "IBAN not seen before for this supplier (was: NL50INGB0683251309)",
        )
    ]
    # The problem is what sends the document to review.
    reasons = review_reasons(None, ExtractedFields(fields=problems), 0.6)
    assert "supplier_iban: IBAN not seen before for this supplier (was: NL50INGB0683251309)" in reasons

    supplier = _supplier(sessions)
    assert (supplier.name, supplier.ibans) == ("Coolblue B.V.", ["NL50INGB0683251309"])
    assert supplier.first_seen.replace(tzinfo=UTC) == JANUARY
    assert supplier.last_seen.replace(tzinfo=UTC) == MARCH

    # A flagged IBAN does not whitelist itself: the next invoice with it is flagged again ...
    with sessions.begin() as session:
        assert len(learn_supplier(session, redirected, seen_at=MARCH)) == 1
    # ... until a person confirms it.
    with sessions.begin() as session:
        assert confirm_supplier_iban(session, "NL810433941B01", "NL91ABNA0417164300")
    with sessions.begin() as session:
        assert learn_supplier(session, redirected, seen_at=MARCH) == []
    assert _supplier(sessions).ibans == ["NL50INGB0683251309", "NL91ABNA0417164300"]


def test_a_first_iban_for_a_known_supplier_is_just_recorded(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        assert learn_supplier(session, replace(COOLBLUE, supplier_iban=None), seen_at=JANUARY) == []
    with sessions.begin() as session:
        assert learn_supplier(session, COOLBLUE, seen_at=FEBRUARY) == []
    assert _supplier(sessions).ibans == ["NL50INGB0683251309"]


def test_an_invoice_without_a_valid_vat_number_teaches_nothing(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        assert learn_supplier(session, replace(COOLBLUE, supplier_vat=None), seen_at=JANUARY) == []
        assert (
            learn_supplier(session, replace(COOLBLUE, supplier_vat="NL810433942B01"), seen_at=JANUARY) == []
        )
    with sessions() as session:
        assert session.scalars(select(Supplier)).all() == []
    with sessions.begin() as session:
        assert not confirm_supplier_iban(session, "NL810433941B01", "NL91ABNA0417164300")
