"""The same migrations build the whole schema on SQLite and PostgreSQL, and run twice safely."""

from __future__ import annotations

from sqlalchemy import inspect

from pipeline.db.engine import create_db_engine
from pipeline.db.migrate import upgrade

TABLES = {
    "documents",
    "invoices",
    "invoice_lines",
    "emails",
    "fields",
    "routes",
    "mail_state",
    "corrections",
    "suppliers",
}


def test_upgrade_creates_every_table_of_the_design(database_url: str) -> None:
    engine = create_db_engine(database_url)
    upgrade(engine)
    upgrade(engine)  # a second run is a no-op
    inspector = inspect(engine)
    assert set(inspector.get_table_names()) >= TABLES
    columns = {c["name"]: c for c in inspector.get_columns("invoices")}
    assert "NUMERIC" in str(columns["total"]["type"]).upper()
    assert "DATE" in str(columns["invoice_date"]["type"]).upper()
    document_columns = {c["name"] for c in inspector.get_columns("documents")}
    assert {
        "parent_id",
        "duplicate_of",
        "sha256",
        "text_method",
        "language",
        "status",
        "error",
    } <= document_columns
    engine.dispose()


def test_sqlite_runs_in_wal_mode(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = create_db_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    engine.dispose()
