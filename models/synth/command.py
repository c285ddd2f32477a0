"""The ``docpipe synth`` command: generate a corpus with a progress bar and print what it holds."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from models.synth.corpus import LANGS, generate_corpus


def synth_command(out_dir: Path, count: int, seed: int, langs: str) -> None:
    """Generate ``count`` labelled items into ``out_dir`` (languages comma-separated, e.g. "en,nl"),
    showing progress, then print the number of items per category and language."""
    console = Console()
    chosen = tuple(lang.strip() for lang in langs.split(",") if lang.strip())
    unknown = [lang for lang in chosen if lang not in LANGS]
    if unknown or not chosen:
        raise ValueError(f"--langs must be a comma-separated subset of {','.join(LANGS)}; got {langs!r}")
    started = time.perf_counter()
    with Progress(
        TextColumn("[bold]synth[/bold]"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
    ) as bar:
        task = bar.add_task("generating", total=count)
        labels = generate_corpus(
            out_dir,
            count=count,
            seed=seed,
            langs=chosen,
            progress=lambda done: bar.update(task, completed=done),
        )
    elapsed = time.perf_counter() - started
    rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines() if line]
    console.print(summary_table(rows, chosen))
    kinds = Counter(row["kind"] for row in rows)
    splits = Counter(row["split"] for row in rows)
    console.print(
        f"{len(rows)} items in {elapsed:.1f} s ({len(rows) / max(elapsed, 1e-9):.1f}/s): "
        + ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items()))
        + " | "
        + ", ".join(f"{split} {splits[split]}" for split in ("train", "val", "test"))
        + f"\nlabels: {labels}"
    )


def summary_table(rows: list[dict[str, object]], langs: tuple[str, ...]) -> Table:
    """A table of item counts per category (rows) and language (columns)."""
    counts = Counter((str(row["category"]), str(row["lang"])) for row in rows)
    table = Table(title="synthetic corpus")
    table.add_column("category")
    for lang in langs:
        table.add_column(lang, justify="right")
    table.add_column("total", justify="right")
    for category in sorted({c for c, _ in counts}):
        per_lang = [counts[(category, lang)] for lang in langs]
        table.add_row(category, *(str(n) for n in per_lang), str(sum(per_lang)))
    return table
