"""The `docpipe` command line."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy.exc import OperationalError

from pipeline.settings import Settings
from workers.cli_distributed import register as register_distributed_commands
from workers.cli_models import register as register_model_commands
from workers.context import WorkerContext, build_context, load_classifier
from workers.embedded import collect_files, ingest_files, process_documents, worker_count
from workers.report import document_summaries, print_summary_table, to_json, tree_order
from workers.sql import ReadOnlyViolation, format_rows, run_query

app = typer.Typer(help="docpipe: documents and mail in, categorised records in SQL.", no_args_is_help=True)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
app.add_typer(db_app, name="db")

out = Console()
err = Console(stderr=True)


def _settings() -> Settings:
    try:
        return Settings()
    except Exception as error:  # pydantic's validation message names the bad setting
        err.print(f"[red]invalid configuration:[/red] {error}")
        raise typer.Exit(2) from None


@app.callback()
def _main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what happens.")] = False,
) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


@app.command()
def process(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (recursively) to process.")],
    json_output: Annotated[bool, typer.Option("--json", help="One JSON object per document.")] = False,
) -> None:
    """Process files and folders now, in-process; exit 1 when any item failed."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        err.print(f"[red]no such file or folder:[/red] {', '.join(missing)}")
        raise typer.Exit(2)
    settings = _settings()
    ctx = _context(settings, with_models=False)  # worker processes load their own
    files = collect_files(paths, exclude=settings.internal_paths())
    intakes = ingest_files(ctx, files)
    pending = [i.ingested.document_id for i in intakes if i.ingested and not i.ingested.is_duplicate]
    if worker_count(settings, len(pending)) == 1:  # processed right here: this process needs the model
        ctx.deps.classifier = load_classifier(settings)
    ids: list[int] = [i.ingested.document_id for i in intakes if i.ingested]
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=len(files) <= 1,
    ) as progress:
        task = progress.add_task("processing", total=len(pending))
        outcomes = process_documents(ctx, pending, on_done=lambda _tree: progress.advance(task))
    ids.extend(o.document_id for o in outcomes if o.document_id not in ids)
    with ctx.deps.sessions() as session:
        summaries = tree_order(document_summaries(session, ids))
    if json_output:
        for summary in summaries:
            out.print(to_json(summary), markup=False, highlight=False, soft_wrap=True)
    else:
        print_summary_table(out, summaries)
    unreadable = [i for i in intakes if i.error]
    for intake in unreadable:
        err.print(f"[red]{intake.path}:[/red] {intake.error}")
    if unreadable or any(s["status"] == "failed" for s in summaries):
        raise typer.Exit(1)


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help="A read-only SQL query.")],
    fmt: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
) -> None:
    """Run a read-only SQL query over the results."""
    if fmt not in ("table", "csv", "json"):
        err.print(f"[red]unknown format {fmt!r}:[/red] use table, csv or json")
        raise typer.Exit(2)
    settings = _settings()
    try:
        columns, rows = run_query(settings.resolved_database_url, query)
    except ReadOnlyViolation as error:
        err.print(f"[red]{error}[/red]")
        raise typer.Exit(1) from None
    except FileNotFoundError as error:
        err.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from None
    except Exception as error:
        err.print(f"[red]query failed:[/red] {getattr(error, 'orig', None) or error}")
        raise typer.Exit(1) from None
    text = format_rows(columns, rows, fmt, out)
    if text is not None:
        sys.stdout.write(text)


@app.command()
def run(
    inbox: Annotated[
        Path | None, typer.Option("--inbox", help="Folder to watch (a scanner's share, say).")
    ] = None,
) -> None:
    """Embedded mode: watch the inbox and poll the configured mailboxes, processing until stopped."""
    from workers.sources.imap_config import MailboxConfigError
    from workers.sources.run_loop import run_embedded

    settings = _settings()
    ctx = _context(settings)
    if inbox is not None:
        inbox.mkdir(parents=True, exist_ok=True)
    try:
        run_embedded(ctx, inbox=inbox)
    except (MailboxConfigError, ValueError) as error:
        err.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from None


def _context(settings: Settings, *, with_models: bool = True) -> WorkerContext:
    try:
        return build_context(settings, with_models=with_models)
    except OperationalError as error:
        err.print(f"[red]cannot open the database:[/red] {error.orig}")
        raise typer.Exit(2) from None


@app.command()
def synth(
    out_dir: Annotated[Path, typer.Argument(help="Folder to write the corpus and labels.jsonl into.")],
    count: Annotated[int, typer.Option(help="Documents and mails to generate.")] = 1000,
    seed: Annotated[int, typer.Option(help="Random seed: the same seed gives the same corpus.")] = 1,
    langs: Annotated[str, typer.Option(help="Languages, comma-separated.")] = "en,nl,de,fr",
) -> None:
    """Generate a labelled training corpus of documents and mails."""
    from models.synth.command import synth_command

    try:
        synth_command(out_dir, count, seed, langs)
    except ValueError as error:
        err.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from None


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply the database migrations."""
    settings = _settings()
    build_context(settings, migrate=True, with_models=False)
    out.print(f"database is up to date: {settings.resolved_database_url}")


register_model_commands(app)
register_distributed_commands(app)

if __name__ == "__main__":
    app()
