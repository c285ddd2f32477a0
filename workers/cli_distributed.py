"""`docpipe worker`, `relay`, `watch` and `imap`: the distributed mode's commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from pipeline.settings import Settings

err = Console(stderr=True)


def worker(
    queues: Annotated[
        list[str] | None, typer.Option("--queues", "-Q", help="Queues to take tasks from: extract, infer.")
    ] = None,
    concurrency: Annotated[
        int | None, typer.Option("--concurrency", "-c", help="Worker processes (default: per core).")
    ] = None,
    loglevel: Annotated[str, typer.Option(help="Celery log level.")] = "INFO",
) -> None:
    """A Celery worker (distributed mode): text extraction and OCR, or the transformer."""
    from pipeline.routing import RoutingRulesError
    from workers.distributed.celery_app import QUEUES
    from workers.distributed.commands import worker as run_worker
    from workers.distributed.config import BrokerNotConfigured

    try:
        run_worker(_settings(), queues or list(QUEUES), concurrency, loglevel)
    except (ValueError, RoutingRulesError, BrokerNotConfigured) as error:
        err.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from None


def relay(
    once: Annotated[bool, typer.Option("--once", help="Publish what is pending, then stop.")] = False,
) -> None:
    """Publish pending routing outbox rows to the Redis streams docpipe:route:<queue>."""
    from workers.distributed.commands import relay as run_relay
    from workers.distributed.config import BrokerNotConfigured

    try:
        published = run_relay(_settings(), once=once)
    except BrokerNotConfigured as error:
        err.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from None
    err.print(f"published {published} routing messages")


def watch(inbox: Annotated[Path, typer.Argument(help="Folder to watch.")]) -> None:
    """Watch a folder and submit what lands in it to the Celery workers (distributed mode)."""
    inbox.mkdir(parents=True, exist_ok=True)
    _run_source(inbox=inbox)


def imap() -> None:
    """Poll the configured mailboxes and submit their mail to the Celery workers (distributed mode)."""
    _run_source(inbox=None)


def _run_source(inbox: Path | None) -> None:
    from workers.context import build_context
    from workers.distributed.celery_app import configure
    from workers.distributed.config import BrokerNotConfigured, distributed_settings
    from workers.distributed.submit import celery_process_fn
    from workers.sources.imap_config import MailboxConfigError, load_mailboxes
    from workers.sources.run_loop import run_sources
    from workers.sources.source_settings import SourceSettings

    try:
        config = distributed_settings(_settings())
        _ = config.redis_url  # fail now, not at the first document
        configure(config)
        ctx = build_context(config, migrate=False, with_models=False)
        sources = SourceSettings()
        mailboxes = [] if inbox is not None else load_mailboxes(config, sources)
        run_sources(ctx.deps, celery_process_fn(ctx), inbox=inbox, mailboxes=mailboxes, sources=sources)
    except (BrokerNotConfigured, MailboxConfigError, ValueError) as error:
        err.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from None


def _settings() -> Settings:
    from workers.cli import _settings as load

    return load()


def register(app: typer.Typer) -> None:
    app.command()(worker)
    app.command()(relay)
    app.command()(watch)
    app.command()(imap)
