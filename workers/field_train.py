"""`docpipe train --fields`: train the field scorer on a synthetic corpus, compare it with the rules."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

from models.fields.extractor import fields_registry
from models.fields.training import TrainResult, train_fields
from pipeline.settings import Settings

CACHE_DIR = "field-cache"  # under the data dir: extracted training texts


def train_fields_command(
    settings: Settings,
    corpus_dir: Path,
    *,
    console: Console | None = None,
    mark_current: bool = True,
    context: bool | None = None,
) -> TrainResult:
    """Train on the corpus's ``train`` split, tune on ``val``, save and mark current; print rules vs learned.

    Extracted texts (OCR and all) are cached under the data dir (``field-cache``), so that training
    again is quick and the corpus folder is left as it is. Raises ValueError when the corpus has
    no invoice-like training documents. ``context``: also read each candidate's label words with the
    classifier's encoder (``models.fields.context``); None: the default (off).
    """
    result = train_fields(
        [corpus_dir],
        fields_registry(settings).root,
        settings.extract_options(),
        cache_dir=settings.data_dir / CACHE_DIR,
        mark_current=mark_current,
        context=context,
    )
    render_training(result, console or Console())
    return result


def render_training(result: TrainResult, console: Console) -> None:
    """The validation table: per field, the rules' accuracy, the learned scorer's, and which the
    pipeline reads the field with. Each validation document is read with its category and without."""
    table = Table(
        title=f"field scorer {result.version.name}: validation ({result.counts['val']} documents, "
        f"{result.counts['train']} trained on)"
    )
    for column in ("field", "readings", "rules", "learned", "used"):
        table.add_column(column, justify="left" if column in ("field", "used") else "right")
    for name, row in result.report.items():
        table.add_row(
            name, str(row["documents"]), f"{row['rules']:.3f}", f"{row['learned']:.3f}", str(row["use"])
        )
    console.print(table)
    console.print(f"saved in {result.version.path}" + (" (current)" if result.version.is_current else ""))
