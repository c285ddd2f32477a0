"""Ingest: bytes in the blob store first, a row at once, duplicates recognised."""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import select

from pipeline.db.models import Document
from pipeline.ingest import ingest_bytes
from pipeline.process import PipelineDeps


def test_original_bytes_are_stored_under_their_hash(deps: PipelineDeps) -> None:
    data = b"Invoice 2024-001\nTotal 12.50 EUR\n"
    ingested = ingest_bytes(deps.sessions, deps.store, data, source="cli", filename="a.txt")
    assert ingested.sha256 == hashlib.sha256(data).hexdigest()
    assert deps.store.get(ingested.sha256) == data
    with deps.sessions() as session:
        document = session.get(Document, ingested.document_id)
        assert document is not None
        assert (document.status, document.size_bytes, document.filename) == ("pending", len(data), "a.txt")


def test_same_bytes_again_is_a_duplicate_of_the_first(deps: PipelineDeps) -> None:
    first = ingest_bytes(deps.sessions, deps.store, b"same content", source="cli", filename="one.txt")
    second = ingest_bytes(deps.sessions, deps.store, b"same content", source="folder", filename="two.txt")
    assert not first.is_duplicate
    assert second.duplicate_of == first.document_id
    with deps.sessions() as session:
        row = session.get(Document, second.document_id)
        assert row is not None
        assert (row.status, row.duplicate_of) == ("duplicate", first.document_id)


def test_concurrent_ingests_of_the_same_bytes_give_one_original(deps: PipelineDeps) -> None:
    data = b"raced content"
    with ThreadPoolExecutor(4) as pool:
        results = list(
            pool.map(
                lambda i: ingest_bytes(deps.sessions, deps.store, data, source="cli", filename=f"{i}.txt"),
                range(4),
            )
        )
    originals = [r for r in results if not r.is_duplicate]
    assert len(originals) == 1
    with deps.sessions() as session:
        rows = session.scalars(select(Document).where(Document.sha256 == originals[0].sha256)).all()
    assert sorted(r.status for r in rows) == ["duplicate"] * 3 + ["pending"]
    assert {r.duplicate_of for r in rows if r.status == "duplicate"} == {originals[0].document_id}
