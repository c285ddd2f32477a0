"""`docpipe eval DIR --fields`: per-field accuracy through the real pipeline, on a scratch data dir.

The pipeline reads fields with the current learned field scorer when one is trained (the rules
where it defers), else with the rules alone: the report is of that extractor. With a learned
scorer the rules alone are measured too, on the same documents (``compare``), so that one command
shows rules against learned. Each run processes the files in a scratch data dir (database, blob
store) whose registry holds the same classifier and field scorer as the settings' one.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any, Literal

from rich.console import Console
from rich.progress import Progress
from rich.table import Table
from sqlalchemy import select

from models.fields.extractor import fields_registry, use_scorer
from models.fields.scorer import FieldScorer
from models.registry import ModelRegistry, NoModelError
from pipeline.categories import INVOICE_LIKE
from pipeline.db.models import ExtractedField, Invoice
from pipeline.extraction.scoring import SCORED_FIELDS, FieldReport
from pipeline.labelled import read_label_rows
from pipeline.settings import Settings
from workers.context import build_context
from workers.embedded import ingest_files, process_documents

Extractor = Literal["pipeline", "rules", "learned"]


def evaluate_fields(
    settings: Settings,
    folder: Path,
    *,
    split: str | None = None,
    progress: bool = True,
    extractor: Extractor = "pipeline",
    compare: bool = True,
) -> FieldReport:
    """Process every labelled file of ``folder`` (expected.jsonl or labels.jsonl) and score its fields.

    ``split``: only the rows of that split of a synthetic corpus (``test``: layouts never trained on).
    ``extractor``: ``pipeline`` (what the pipeline uses: the learned scorer where one is current,
    else the rules), ``rules``, or ``learned`` (NoModelError when none is trained). ``compare``:
    when the report is the learned scorer's, also score the rules alone (``report.compare["rules"]``).
    """
    labels = [row for row in _read_labels(folder) if split is None or row.get("split") == split]
    scorer = _usable(fields_registry(settings).current())
    if extractor == "learned" and scorer is None:
        raise NoModelError(
            f"no usable field scorer in {fields_registry(settings).root}; train one with "
            "`docpipe train --fields CORPUS`"
        )
    use = scorer if extractor != "rules" else None
    report = _evaluate(settings, folder, labels, use, progress)
    if use is not None and compare:
        report.compare["rules"] = _evaluate(settings, folder, labels, None, progress)
    return report


def _evaluate(
    settings: Settings, folder: Path, labels: list[dict[str, Any]], scorer: Path | None, progress: bool
) -> FieldReport:
    """One pass through the pipeline with the field scorer in ``scorer`` (None: the rules)."""
    name = f"learned {scorer.name}" if scorer is not None else "rules"
    report = FieldReport(extractor=name)
    with tempfile.TemporaryDirectory(prefix="docpipe-eval-") as scratch:
        ctx = build_context(_scratch_settings(settings, Path(scratch), scorer))
        files = [folder / row["file"] for row in labels]
        intakes = ingest_files(ctx, files)
        with Progress(console=Console(stderr=True), disable=not progress) as bar:
            task = bar.add_task(f"extracting fields ({name})", total=len(intakes))
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


def _usable(scorer: Path | None) -> Path | None:
    """The scorer's directory if the pipeline can load it (else it reads fields with the rules)."""
    if scorer is None:
        return None
    try:
        FieldScorer.load(scorer)
    except (OSError, ValueError, KeyError):
        return None
    return scorer


def _scratch_settings(settings: Settings, scratch: Path, scorer: Path | None) -> Settings:
    """Settings over a scratch data dir with the settings' classifier and the given field scorer.

    The scorer's version is linked into the scratch fields registry and marked current there, so
    that the pipeline's worker processes, which build their context from settings, load it.
    """
    classifier = settings.model_dir or ModelRegistry(settings.registry_dir).current()
    scratch_settings = settings.model_copy(
        update={
            "data_dir": scratch,
            "database_url": f"sqlite:///{scratch / 'eval.db'}",
            "model_dir": classifier,
        }
    )
    if scorer is not None:
        use_scorer(scratch_settings, scorer)
    return scratch_settings


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
    return [r for r in read_label_rows(folder) if r.get("fields") and _scored(r)]


def _scored(row: dict[str, Any]) -> bool:
    """Rows whose header fields docpipe extracts. A synthetic corpus also labels the numbers a mail
    refers to and the overdue invoice a reminder is about: those are not invoice headers."""
    if "kind" not in row:  # expected.jsonl: every labelled document
        return True
    return row.get("kind") != "eml" and row.get("category") in INVOICE_LIKE


def render_field_report(report: FieldReport, console: Console) -> None:
    """Per field: accuracy, correct and labelled counts; with a comparison, each extractor's accuracy."""
    reports = {**report.compare, _short(report.extractor): report}
    title = f"field accuracy on {report.documents} documents"
    if report.extractor:
        title += f" (the pipeline reads fields with: {report.extractor})"
    table = Table(title=title)
    names = ["field", *(f"{key} accuracy" for key in reports), "correct", "labelled"]
    for column in names:
        table.add_column(column, justify="right" if column != "field" else "left")
    for name, score in sorted(report.fields.items()):
        accuracies = []
        for other in reports.values():
            found = other.fields.get(name)
            accuracies.append(f"{found.accuracy:.3f}" if found and found.accuracy is not None else "")
        table.add_row(name, *accuracies, str(score.correct), str(score.total))
    console.print(table)


def _short(extractor: str | None) -> str:
    return (extractor or "pipeline").split()[0]
