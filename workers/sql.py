"""`docpipe sql`: read-only queries over the results, as a table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from pipeline.db.engine import create_readonly_engine
from workers.report import to_json


class ReadOnlyViolation(Exception):
    """The statement would write: refused, nothing changed."""


def run_query(database_url: str, query: str) -> tuple[list[str], list[Sequence[Any]]]:
    """Column names and rows of a read-only query."""
    engine = create_readonly_engine(database_url)
    try:
        with engine.connect() as connection:
            result = connection.execute(text(query))
            if not result.returns_rows:
                raise ReadOnlyViolation("statement returns no rows; only read-only queries are allowed")
            return list(result.keys()), [tuple(row) for row in result]
    except DBAPIError as error:
        if _is_write_refusal(error):
            raise ReadOnlyViolation(
                f"refused: docpipe sql is read-only ({_first_line(error.orig)})"
            ) from None
        raise
    finally:
        engine.dispose()


def _is_write_refusal(error: DBAPIError) -> bool:
    message = str(error.orig).lower()
    if isinstance(error.orig, sqlite3.Error):
        return "readonly" in message or "not authorized" in message or "read-only" in message
    return "read-only transaction" in message or getattr(error.orig, "sqlstate", None) == "25006"


def _first_line(error: object) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def format_rows(columns: list[str], rows: list[Sequence[Any]], fmt: str, console: Console) -> str | None:
    """Render rows; the table goes straight to the console, CSV and JSON come back as text."""
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        writer.writerows(rows)
        return buffer.getvalue()
    if fmt == "json":
        return "\n".join(to_json(dict(zip(columns, row, strict=True))) for row in rows) + (
            "\n" if rows else ""
        )
    table = Table()
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if value is None else str(value) for value in row))
    console.print(table)
    console.print(f"{len(rows)} row{'s' if len(rows) != 1 else ''}")
    return None
