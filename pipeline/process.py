"""``process_document``: the one function that runs the stages in order; everything calls it."""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from pipeline.blobstore import BlobStore
from pipeline.classifier_input import classifier_input
from pipeline.classify import Classifier, classify_texts
from pipeline.db.models import Document
from pipeline.errors import DocumentError, LimitExceededError
from pipeline.extract import detect_mime_type, extract_text
from pipeline.extraction.suppliers import learn_supplier
from pipeline.fields import FieldExtractor, extract_document_fields
from pipeline.language import detect_language
from pipeline.options import ExtractOptions
from pipeline.persist import DocumentResult, load_document, persist_result
from pipeline.records import Extraction, Prediction
from pipeline.routing import RoutingInput, RoutingRules, route_document
from pipeline.validate import review_reasons

log = logging.getLogger(__name__)


@dataclass
class PipelineDeps:
    """What the stages need, built once per process by the runtime and handed in."""

    sessions: sessionmaker[Session]
    store: BlobStore
    options: ExtractOptions = field(default_factory=ExtractOptions)
    classifier: Classifier | None = None
    field_extractor: FieldExtractor | None = None
    review_threshold: float = 0.6
    routing_rules: RoutingRules | None = None  # None: the rules shipped with docpipe


@dataclass(frozen=True)
class ProcessOutcome:
    document_id: int
    status: str
    children: tuple[int, ...] = ()
    already_done: bool = False


@dataclass(frozen=True)
class _Snapshot:
    id: int
    sha256: str
    filename: str | None
    depth: int


def process_document(document_id: int, deps: PipelineDeps) -> ProcessOutcome:
    """Run one ``pending`` document through every stage; a no-op for one already done.

    Content problems end the document ``failed`` with a clear error; database and other
    infrastructure errors propagate so that the caller can retry.
    """
    snapshot = _snapshot(deps.sessions, document_id)
    if isinstance(snapshot, ProcessOutcome):
        return snapshot
    data = deps.store.get(snapshot.sha256)
    mime_type = detect_mime_type(data, snapshot.filename)
    result = analyse(data, mime_type, snapshot.depth, deps)
    with deps.sessions.begin() as session:
        document = load_document(session, document_id)
        if document is None or document.status != "pending":
            return ProcessOutcome(document_id, document.status if document else "missing", already_done=True)
        check_supplier(session, result, document.received_at, deps.routing_rules)
        children = persist_result(session, document, result, deps.store)
    return ProcessOutcome(
        document_id,
        result.status,
        tuple(child.document_id for child in children if not child.is_duplicate),
    )


def analyse(data: bytes, mime_type: str, depth: int, deps: PipelineDeps) -> DocumentResult:
    """Extract, classify, extract fields, validate and route one document's bytes."""
    try:
        extraction = read_text(data, mime_type, depth, deps.options)
    except DocumentError as error:
        return failed_result(mime_type, str(error), deps.routing_rules)
    prediction = classify_texts([classifier_input(extraction, deps.options)], deps.classifier)[0]
    return analyse_extracted(extraction, mime_type, prediction, deps)


def read_text(data: bytes, mime_type: str, depth: int, options: ExtractOptions) -> Extraction:
    """Extract one document's text; every content problem becomes a DocumentError."""
    if depth > options.limits.max_nesting_depth:
        raise LimitExceededError(
            f"nesting too deep: {depth} levels, limit {options.limits.max_nesting_depth}"
        )
    try:
        return extract_text(data, mime_type, options)
    except DocumentError:
        raise
    except Exception as error:  # a library choking on hostile input must not stop the worker
        log.exception("extraction failed")
        raise DocumentError(f"could not read {mime_type}: {type(error).__name__}: {error}") from error


def analyse_extracted(
    extraction: Extraction, mime_type: str, prediction: Prediction | None, deps: PipelineDeps
) -> DocumentResult:
    """Language, fields, validation and route of an extracted, classified document."""
    category = prediction.category if prediction else None
    fields = extract_document_fields(extraction, category, deps.field_extractor)
    reasons = review_reasons(prediction, fields, deps.review_threshold)
    result = DocumentResult(
        status="needs_review" if reasons else "processed",
        mime_type=mime_type,
        error="; ".join(reasons) if reasons else None,
        extraction=extraction,
        language=detect_language(extraction.text),
        prediction=prediction,
        fields=fields,
    )
    return routed(result, deps.routing_rules)


def check_supplier(
    session: Session, result: DocumentResult, received_at: datetime, rules: RoutingRules | None = None
) -> None:
    """Learn the invoice's supplier; an IBAN never seen for a known supplier sends it to review.

    Runs in the persisting transaction, so that two workers see each other's suppliers.
    """
    invoice = result.fields.invoice
    if invoice is None or result.status == "failed":
        return
    problems = learn_supplier(session, invoice, seen_at=received_at)
    if not problems:
        return
    result.fields.fields.extend(problems)
    reasons = [f"{p.name}: {p.problem}" for p in problems]
    result.error = "; ".join([result.error, *reasons] if result.error else reasons)
    result.status = "needs_review"
    routed(result, rules)


def failed_result(mime_type: str | None, error: str, rules: RoutingRules | None = None) -> DocumentResult:
    """A document that could not be processed, routed like any other."""
    return routed(DocumentResult(status="failed", mime_type=mime_type, error=error), rules)


def routed(result: DocumentResult, rules: RoutingRules | None = None) -> DocumentResult:
    """``result`` with its route and the route's payload (what the relay publishes)."""
    prediction = result.prediction
    email = result.extraction.email if result.extraction else None
    values = {value.name: value.value for value in result.fields.fields}
    result.route = route_document(
        RoutingInput(
            document_id=0,
            status=result.status,
            category=prediction.category if prediction else None,
            confidence=prediction.confidence if prediction else None,
            from_addr=email.from_addr if email else None,
            fields=values,
        ),
        rules,
    )
    result.route_payload = {
        "category": prediction.category if prediction else None,
        "confidence": prediction.confidence if prediction else None,
        "status": result.status,
        "error": result.error,
        "fields": values,
    }
    return result


def _snapshot(sessions: sessionmaker[Session], document_id: int) -> _Snapshot | ProcessOutcome:
    with sessions.begin() as session:
        document = load_document(session, document_id)
        if document is None:
            raise LookupError(f"no document {document_id}")
        if document.status != "pending":
            return ProcessOutcome(document_id, document.status, already_done=True)
        depth = 0
        parent_id = document.parent_id
        while parent_id is not None:
            depth += 1
            parent = session.get(Document, parent_id)
            parent_id = parent.parent_id if parent else None
        return _Snapshot(document.id, document.sha256, document.filename, depth)


def process_tree(document_id: int, deps: PipelineDeps) -> list[ProcessOutcome]:
    """A document and, breadth first, every attachment and archive member inside it."""
    outcomes: list[ProcessOutcome] = []
    queue = deque([document_id])
    while queue:
        outcome = process_document(queue.popleft(), deps)
        outcomes.append(outcome)
        queue.extend(outcome.children)
    return outcomes
