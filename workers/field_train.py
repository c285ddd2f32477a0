"""`docpipe train --fields`: train the field scorer on a synthetic corpus, compare it with the rules."""

from __future__ import annotations

import os
from pathlib import Path

from rich.console import Console
from rich.table import Table

from models.fields.extractor import fields_registry
from models.fields.training import TrainResult, train_fields
from pipeline.settings import Settings


def train_fields_command(
    settings: Settings, corpus_dir: Path, *, console: Console | None = None, mark_current: bool = True
) -> TrainResult:
    """Train on the corpus's ``train`` split, tune on ``val``, save and mark current; print rules vs learned.

    Extracted texts are cached next to the corpus's labels (``.field-cache``), or under the data
    dir where the corpus folder is read-only. Raises ValueError when the corpus has no
    invoice-like training documents.
    """
    cache_dir = None if os.access(corpus_dir, os.W_OK) else settings.data_dir / "field-cache"
    result = train_fields(
        [corpus_dir],
        fields_registry(settings).root,
        settings.extract_options(),
        cache_dir=cache_dir,
        mark_current=mark_current,
    )
    render_training(result, console or Console())
    return result


def render_training(result: TrainResult, console: Console) -> None:
    """The validation table: per field, the rules' accuracy and the learned scorer's."""
    table = Table(
        title=f"field scorer {result.version.name}: validation ({result.counts['val']} documents, "
        f"{result.counts['train']} trained on)"
    )
    for column in ("field", "documents", "rules", "learned"):
        table.add_column(column, justify="left" if column == "field" else "right")
    for name, row in result.report.items():
        table.add_row(name, str(row["documents"]), f"{row['rules']:.3f}", f"{row['learned']:.3f}")
    console.print(table)
    console.print(f"saved in {result.version.path}" + (" (current)" if result.version.is_current else ""))
