"""`docpipe eval DIR --fields`: per-field accuracy through the real pipeline, on a scratch database."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import Progress
from rich.table import Table
from sqlalchemy import select

from pipeline.categories import INVOICE_LIKE
from pipeline.db.models import ExtractedField, Invoice
from pipeline.extraction.scoring import SCORED_FIELDS, FieldReport
from pipeline.settings import Settings
from workers.context import build_context
from workers.embedded import ingest_files, process_documents


def evaluate_fields(
    settings: Settings, folder: Path, *, split: str | None = None, progress: bool = True
) -> FieldReport:
    """Process every labelled file of ``folder`` (expected.jsonl or labels.jsonl) and score its fields.

    ``split``: only the rows of that split of a synthetic corpus (``test``: layouts never trained on).
    """
    labels = [row for row in _read_labels(folder) if split is None or row.get("split") == split]
    report = FieldReport()
    with tempfile.TemporaryDirectory(prefix="docpipe-eval-") as scratch:
        scratch_settings = settings.model_copy(
            update={"database_url": f"sqlite:///{Path(scratch) / 'eval.db'}"}
        )
        ctx = build_context(scratch_settings)
        files = [folder / row["file"] for row in labels]
        intakes = ingest_files(ctx, files)
        with Progress(console=Console(stderr=True), disable=not progress) as bar:
            task = bar.add_task("extracting fields", total=len(intakes))
            process_documents(
                ctx,
                [i.ingested.document_id for i in intakes if i.ingested and not i.ingested.is_duplicate],
                on_done=lambda _tree: bar.advance(task),
            )
        with ctx.deps.sessions() as session:
            for row, intake in zip(labels, intakes, strict=True):
                found = _found(session, intake.ingested.document_id) if intake.ingested else {}
                report.add(row["file"], row.get("fields", {}), found)
        ctx.engine.dispose()
    return report


def _found(session: Any, document_id: int) -> dict[str, Any]:
    invoice = session.get(Invoice, document_id)
    found: dict[str, Any] = {}
    if invoice is not None:
        found = {name: getattr(invoice, name, None) for name in SCORED_FIELDS if hasattr(Invoice, name)}
    for extracted in session.scalars(select(ExtractedField).where(ExtractedField.document_id == document_id)):
        found.setdefault(extracted.name, extracted.value)
        if found[extracted.name] is None:
            found[extracted.name] = extracted.value
    return found


def _read_labels(folder: Path) -> list[dict[str, Any]]:
    for name in ("expected.jsonl", "labels.jsonl"):
        path = folder / name
        if path.exists():
            rows = [
                json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
            ]
            return [r for r in rows if r.get("fields") and _scored(r)]
    raise FileNotFoundError(f"no expected.jsonl or labels.jsonl in {folder}")


def _scored(row: dict[str, Any]) -> bool:
    """Rows whose header fields docpipe extracts. A synthetic corpus also labels the numbers a mail
    refers to and the overdue invoice a reminder is about: those are not invoice headers."""
    if "kind" not in row:  # expected.jsonl: every labelled document
        return True
    return row.get("kind") != "eml" and row.get("category") in INVOICE_LIKE


def render_field_report(report: FieldReport, console: Console) -> None:
    table = Table(title=f"field accuracy on {report.documents} documents")
    for column in ("field", "accuracy", "correct", "labelled"):
        table.add_column(column, justify="right" if column != "field" else "left")
    for name, score in sorted(report.fields.items()):
        accuracy = f"{score.accuracy:.3f}" if score.accuracy is not None else ""
        table.add_row(name, accuracy, str(score.correct), str(score.total))
    console.print(table)
