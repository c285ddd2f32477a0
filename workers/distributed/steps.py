"""What the Celery tasks do, as plain functions over a :class:`Runtime` (tests call them directly).

``extract_step`` reads a pending document's bytes and stages its extraction; ``infer_step``
classifies a batch of staged documents and commits each one. Both are no-ops for a document that
is no longer ``pending``, and every commit locks the document's row and checks again, so that two
workers handed the same document (a redelivered task) write its records once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from pipeline.classifier_input import classifier_input
from pipeline.classify import Classifier, classify_texts
from pipeline.db.models import Document
from pipeline.errors import DocumentError
from pipeline.extract import detect_mime_type
from pipeline.options import ExtractOptions
from pipeline.persist import DocumentResult, persist_result
from pipeline.process import check_supplier
from pipeline.records import Extraction, Prediction
from workers.distributed.analysis import analyse_extracted, failed_result, read_text, routed
from workers.distributed.codec import dump_extraction, load_extraction
from workers.distributed.runtime import Runtime

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StepOutcome:
    """What one step did to one document; ``children`` are new documents to submit."""

    document_id: int
    status: str  # extracted | processed | needs_review | failed | done (already) | skipped
    children: tuple[int, ...] = ()


@dataclass(frozen=True)
class PendingDocument:
    id: int
    sha256: str
    filename: str | None
    depth: int


def load_pending(sessions: sessionmaker[Session], document_id: int) -> PendingDocument | None:
    """The document if it still needs processing; None when it is done. LookupError if unknown."""
    with sessions() as session:
        document = session.get(Document, document_id)
        if document is None:
            raise LookupError(f"no document {document_id}")
        if document.status != "pending":
            return None
        depth, parent_id = 0, document.parent_id
        while parent_id is not None:
            depth += 1
            parent_id = session.scalar(select(Document.parent_id).where(Document.id == parent_id))
        return PendingDocument(document.id, document.sha256, document.filename, depth)


def pending_children(sessions: sessionmaker[Session], document_id: int) -> tuple[int, ...]:
    """Children still pending: a parent's task that ran again resubmits what a crash left unsent."""
    with sessions() as session:
        rows = session.scalars(
            select(Document.id)
            .where(Document.parent_id == document_id, Document.status == "pending")
            .order_by(Document.id)
        )
        return tuple(rows)


def commit_result(runtime: Runtime, document_id: int, result: DocumentResult) -> tuple[int, ...] | None:
    """Write ``result`` if the document is still pending; the new children, or None if it was done.

    As in ``process_document``, the supplier check runs in the same transaction (an IBAN never
    seen for a known supplier sends the document to review). The row is locked first: of two
    workers handed the same document, one writes and the other finds it done.
    """
    deps = runtime.context.deps
    with deps.sessions.begin() as session:
        document = session.scalar(select(Document).where(Document.id == document_id).with_for_update())
        if document is None or document.status != "pending":
            return None
        status = result.status
        check_supplier(session, result, document.received_at)
        if result.status != status:
            routed(result, runtime.rules)  # again, by this runtime's rules
        children = persist_result(session, document, result, deps.store)
    return tuple(child.document_id for child in children if not child.is_duplicate)


def mark_failed(runtime: Runtime, document_id: int, error: str) -> bool:
    """End a still-pending document ``failed`` with ``error`` (and its route); False if it was done."""
    return commit_result(runtime, document_id, failed_result(None, error, runtime.rules)) is not None


def extract_step(runtime: Runtime, document_id: int, *, retry_ocr_timeout: bool = True) -> StepOutcome:
    """Read a pending document's text and stage it for the infer worker; bad content ends it failed."""
    deps = runtime.context.deps
    pending = load_pending(deps.sessions, document_id)
    if pending is None:
        return StepOutcome(document_id, "done", pending_children(deps.sessions, document_id))
    try:
        data = deps.store.get(pending.sha256)
    except FileNotFoundError:
        raise DocumentError(f"original bytes missing from the blob store: {pending.sha256}") from None
    mime_type = detect_mime_type(data, pending.filename)
    try:
        extraction = read_text(
            data, mime_type, pending.depth, deps.options, retry_ocr_timeout=retry_ocr_timeout
        )
    except DocumentError as error:
        children = commit_result(runtime, document_id, failed_result(mime_type, str(error), runtime.rules))
        return StepOutcome(document_id, "failed" if children is not None else "done")
    runtime.staging.put(document_id, dump_extraction(extraction, mime_type, deps.store))
    return StepOutcome(document_id, "extracted")


def infer_step(runtime: Runtime, document_id: int) -> list[StepOutcome]:
    """Classify ``document_id`` together with other staged documents, and commit each.

    A failure on another document of the batch is logged and left to that document's own task;
    a failure on ``document_id`` itself propagates, for the task to retry or fail.
    """
    deps = runtime.context.deps
    if not _still_pending(deps.sessions, [document_id]):
        runtime.staging.drop([document_id])
        return [StepOutcome(document_id, "done", pending_children(deps.sessions, document_id))]
    batch = runtime.staging.claim_batch(document_id, runtime.config.infer_batch_size)
    items = _staged_items(runtime, batch, document_id)
    if isinstance(items, StepOutcome):
        return [items]
    items, predictions = _classify(items, deps.classifier, document_id, deps.options)
    outcomes = []
    for (item_id, extraction, mime_type), prediction in zip(items, predictions, strict=True):
        try:
            result = analyse_extracted(extraction, mime_type, prediction, deps, runtime.rules)
            children = commit_result(runtime, item_id, result)
        except Exception:
            if item_id == document_id:
                raise
            log.exception("document %s failed in a batch; its own task will take it", item_id)
            continue
        status = result.status if children is not None else "done"
        outcomes.append(StepOutcome(item_id, status, children or ()))
    runtime.staging.drop(outcome.document_id for outcome in outcomes)
    return outcomes


_Item = tuple[int, Extraction, str]


def _staged_items(runtime: Runtime, batch: list[int], document_id: int) -> list[_Item] | StepOutcome:
    """The batch's pending documents with their staged extractions, ``document_id`` first."""
    deps = runtime.context.deps
    pending = _still_pending(deps.sessions, batch) | {document_id}
    staged = runtime.staging.get_many([i for i in batch if i in pending])
    if document_id not in staged:  # staging expired or Redis lost it: read the text again
        outcome = extract_step(runtime, document_id)
        if outcome.status != "extracted":
            return outcome
        staged.update(runtime.staging.get_many([document_id]))
    items: list[_Item] = []
    for item_id in batch:
        if item_id not in pending or item_id not in staged:
            continue  # done meanwhile, or its staging is gone: its own task reads it again
        try:
            extraction, mime_type = load_extraction(staged[item_id], deps.store)
        except Exception:
            if item_id == document_id:
                raise
            log.exception("document %s: staged extraction unreadable; its own task will take it", item_id)
            continue
        items.append((item_id, extraction, mime_type))
    return items


def _classify(
    items: list[_Item], classifier: Classifier | None, document_id: int, options: ExtractOptions
) -> tuple[list[_Item], list[Prediction | None]]:
    """One call for the batch; should it fail, ``document_id`` alone, the others left to their tasks."""

    def classify(batch: list[_Item]) -> list[Prediction | None]:
        return classify_texts(
            [classifier_input(extraction, options) for _, extraction, _ in batch], classifier
        )

    try:
        return items, classify(items)
    except Exception:
        if len(items) == 1:
            raise
        log.warning("a batch of %d failed to classify; document %s alone", len(items), document_id)
        own = [item for item in items if item[0] == document_id]
        return own, classify(own)


def _still_pending(sessions: sessionmaker[Session], document_ids: list[int]) -> set[int]:
    with sessions() as session:
        rows = session.scalars(
            select(Document.id).where(Document.id.in_(document_ids), Document.status == "pending")
        )
        return set(rows)
