"""Fixtures shared by all tests: real databases, the shared development data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.blobstore import BlobStore
from pipeline.db.engine import create_db_engine, session_factory
from pipeline.db.migrate import upgrade
from pipeline.process import PipelineDeps
from tests.services import postgres_database, postgres_server

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    assert SHARED_DATA.is_dir(), f"development data missing at {SHARED_DATA}"
    return SHARED_DATA


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str]:
    with postgres_server() as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database: SQLite in a temporary folder, and a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'docpipe.db'}"
    else:
        admin_url = request.getfixturevalue("postgres_admin_url")
        with postgres_database(admin_url) as url:
            yield url


@pytest.fixture
def deps(database_url: str, tmp_path: Path) -> Iterator[PipelineDeps]:
    """Pipeline dependencies over a migrated database and a blob store, no model."""
    engine = create_db_engine(database_url)
    upgrade(engine)
    yield PipelineDeps(sessions=session_factory(engine), store=BlobStore(tmp_path / "blobs"))
    engine.dispose()
