"""process_document: stages in order, one transaction, bad input failed on its own row."""

from __future__ import annotations

from sqlalchemy import select

from pipeline.db.models import Document, Route
from pipeline.ingest import ingest_bytes
from pipeline.process import PipelineDeps, process_document, process_tree

DUTCH_LETTER = (
    b"Geachte heer Jansen,\n\nHierbij ontvangt u de factuur voor de werkzaamheden van vorige maand. "
    b"Wij verzoeken u het bedrag binnen dertig dagen over te maken.\n\nMet vriendelijke groet,\nBakker BV\n"
)


def _ingest(deps: PipelineDeps, data: bytes, filename: str) -> int:
    return ingest_bytes(deps.sessions, deps.store, data, source="cli", filename=filename).document_id


def _row(deps: PipelineDeps, document_id: int) -> Document:
    with deps.sessions() as session:
        document = session.get(Document, document_id)
        assert document is not None
        return document


def test_text_document_is_stored_with_text_language_and_review_until_a_model_exists(
    deps: PipelineDeps,
) -> None:
    document_id = _ingest(deps, DUTCH_LETTER, "brief.txt")
    outcome = process_document(document_id, deps)
    row = _row(deps, document_id)
    assert outcome.status == row.status == "needs_review"
    assert row.category is None and row.confidence is None
    assert row.text_method == "plain"
    assert row.language == "nl"
    assert row.text is not None and "dertig dagen" in row.text
    assert row.error == "no trained classifier"
    with deps.sessions() as session:
        routes = session.scalars(select(Route).where(Route.document_id == document_id)).all()
    assert [(r.queue, r.status) for r in routes] == [("review", "pending")]


def test_processing_twice_is_a_no_op(deps: PipelineDeps) -> None:
    document_id = _ingest(deps, DUTCH_LETTER, "brief.txt")
    process_document(document_id, deps)
    again = process_document(document_id, deps)
    assert again.already_done
    with deps.sessions() as session:
        assert len(session.scalars(select(Route).where(Route.document_id == document_id)).all()) == 1


def test_zero_byte_file_fails_with_a_clear_error(deps: PipelineDeps) -> None:
    document_id = _ingest(deps, b"", "empty.pdf")
    process_document(document_id, deps)
    row = _row(deps, document_id)
    assert row.status == "failed"
    assert row.error is not None and "empty file" in row.error


def test_unknown_binary_fails_as_unsupported_and_the_next_document_still_processes(
    deps: PipelineDeps,
) -> None:
    bad = _ingest(deps, bytes(range(256)) * 8, "blob.bin")
    good = _ingest(deps, DUTCH_LETTER, "brief.txt")
    outcomes = [process_document(bad, deps), process_document(good, deps)]
    assert [o.status for o in outcomes] == ["failed", "needs_review"]
    error = _row(deps, bad).error
    assert error is not None and error.startswith("unsupported type: application/octet-stream")


def test_file_over_the_size_limit_fails(deps: PipelineDeps) -> None:
    from dataclasses import replace

    deps.options = replace(deps.options, limits=replace(deps.options.limits, max_file_bytes=100))
    document_id = _ingest(deps, b"x" * 101, "big.txt")
    process_document(document_id, deps)
    row = _row(deps, document_id)
    assert row.status == "failed"
    assert row.error == "file too large: 101 bytes, limit 100"


def test_process_tree_returns_the_document_alone_when_it_has_no_children(deps: PipelineDeps) -> None:
    document_id = _ingest(deps, DUTCH_LETTER, "brief.txt")
    outcomes = process_tree(document_id, deps)
    assert [o.document_id for o in outcomes] == [document_id]


def test_e_invoice_pdf_lands_with_its_header_and_lines(deps: PipelineDeps, shared_data) -> None:  # type: ignore[no-untyped-def]
    from decimal import Decimal

    from pipeline.db.models import Invoice, InvoiceLine
    from pipeline.extraction import RuleFieldExtractor

    deps.field_extractor = RuleFieldExtractor()
    data = (shared_data / "invoices" / "EN16931_Einfach.pdf").read_bytes()
    document_id = _ingest(deps, data, "EN16931_Einfach.pdf")
    process_document(document_id, deps)
    with deps.sessions() as session:
        invoice = session.get(Invoice, document_id)
        lines = session.scalars(select(InvoiceLine).where(InvoiceLine.document_id == document_id)).all()
    assert invoice is not None
    assert invoice.invoice_number == "471102"
    assert str(invoice.invoice_date) == "2018-03-05"
    assert invoice.total == Decimal("529.87")
    assert invoice.supplier_name == "Lieferant GmbH"
    assert invoice.currency == "EUR"
    assert len(lines) >= 2
    row = _row(deps, document_id)
    assert row.text_method == "text-layer" and row.page_count is not None
