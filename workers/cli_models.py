"""`docpipe train`, `docpipe eval` and `docpipe correct`: the model's commands."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from pipeline.corrections import CorrectionError, category_corrections, correct_category
from pipeline.settings import Settings

err = Console(stderr=True)


def _settings() -> Settings:
    from workers.cli import _settings as load

    return load()


def train(
    corpus: Annotated[
        Path, typer.Argument(help="A folder with labels.jsonl (docpipe synth) or expected.jsonl.")
    ],
    epochs: Annotated[
        int, typer.Option(help="Most passes over the data (early stopping may end sooner).")
    ] = 4,
    max_length: Annotated[int, typer.Option(help="Tokens of each document the model reads.")] = 96,
    batch_size: Annotated[int, typer.Option(help="Documents per training step.")] = 16,
    base_model: Annotated[
        Path | None, typer.Option(help="Local checkpoint to fine-tune; default: packaged all-MiniLM-L6-v2.")
    ] = None,
    with_corrections: Annotated[bool, typer.Option(help="Add the categories people corrected.")] = False,
    jobs: Annotated[int, typer.Option(help="Processes reading (OCR) corpus files.")] = 2,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 42,
    layers: Annotated[
        int | None, typer.Option(help="Encoder layers kept from the base model (default 3; 0: all).")
    ] = 3,
    spread_layers: Annotated[
        bool,
        typer.Option(
            "--spread-layers/--first-layers",
            help="Keep the base model's first, last and evenly spread layers (default), or its first ones.",
        ),
    ] = True,
    lexical: Annotated[
        bool,
        typer.Option(
            "--lexical/--no-lexical",
            help="Also fit a character and word n-gram model and blend it with the transformer "
            "(default; it reads Dutch, German and French the English-pretrained base reads poorly).",
        ),
    ] = True,
    teacher: Annotated[
        Path | None,
        typer.Option(
            help="A trained model's directory (e.g. one keeping all layers, --layers 0) whose soft "
            "class probabilities the new model also learns from (distillation).",
        ),
    ] = None,
    include_shared: Annotated[
        Path | None,
        typer.Option(
            help="A folder of real documents with expected.jsonl: half of each category joins the "
            "training data (the model card names them); `docpipe eval DIR --split test` scores the rest."
        ),
    ] = None,
    fields: Annotated[
        bool,
        typer.Option(
            "--fields",
            help="Train the field scorer (train split, tuned on val) instead of the classifier.",
        ),
    ] = False,
    context: Annotated[
        bool,
        typer.Option(
            "--context",
            help="With --fields: also read each candidate's label words with the classifier's encoder "
            "(measured on the synthetic corpus: no gain over the plain scorer, and slower).",
        ),
    ] = False,
) -> None:
    """Fine-tune the classifier and mark it current in the model registry.

    With ``--fields``: train the invoice field scorer instead, mark it current in the fields
    registry, and print its validation accuracy per field against the rules'.
    """
    from models.commands import train_command
    from models.train import TrainConfig

    settings = _settings()
    if not corpus.is_dir():
        err.print(f"[red]no such folder:[/red] {corpus}")
        raise typer.Exit(2)
    if fields:
        _train_fields(settings, corpus, context)
        return
    pairs = _corrections(settings) if with_corrections else None
    try:
        config = TrainConfig(
            epochs=epochs,
            max_length=max_length,
            batch_size=batch_size,
            seed=seed,
            num_layers=layers or None,
            spread_layers=spread_layers,
            lexical=lexical,
            teacher=teacher,
        )
        result = train_command(
            settings,
            corpus,
            config,
            base_model=base_model,
            with_corrections_pairs=pairs,
            jobs=jobs,
            include_shared=include_shared,
        )
    except (ValueError, LookupError) as error:
        err.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from None
    err.print(f"model {result.version.name} is current")


def _train_fields(settings: Settings, corpus: Path, context: bool) -> None:
    from workers.field_train import train_fields_command

    try:
        result = train_fields_command(settings, corpus, console=Console(), context=context)
    except (ValueError, FileNotFoundError) as error:
        err.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from None
    err.print(f"field scorer {result.version.name} is current")


def _corrections(settings: Settings) -> list[tuple[str, str]]:
    from workers.context import build_context

    ctx = build_context(settings, with_models=False)
    with ctx.deps.sessions() as session:
        pairs = list(category_corrections(session))
    err.print(f"{len(pairs)} corrected documents added to the training data")
    return pairs


def evaluate(
    folder: Annotated[Path, typer.Argument(help="A folder with labels.jsonl or expected.jsonl.")],
    json_output: Annotated[bool, typer.Option("--json", help="The report as JSON.")] = False,
    ocr: Annotated[bool, typer.Option("--ocr", help="Measure OCR recall and time instead.")] = False,
    fields: Annotated[bool, typer.Option("--fields", help="Score extracted fields instead.")] = False,
    split: Annotated[
        str | None, typer.Option(help="Only this split of a synthetic corpus (train, val, test).")
    ] = None,
) -> None:
    """Accuracy, macro-F1, per-class scores and the confusion matrix of the current model."""
    settings = _settings()
    if not folder.is_dir():
        err.print(f"[red]no such folder:[/red] {folder}")
        raise typer.Exit(2)
    if fields:
        from workers.field_eval import evaluate_fields, render_field_report
        from workers.report import to_json

        try:
            report = evaluate_fields(settings, folder, split=split, progress=not json_output)
        except FileNotFoundError as error:
            err.print(f"[red]{error}[/red]")
            raise typer.Exit(2) from None
        if json_output:
            print(to_json(report.to_dict()))
        else:
            render_field_report(report, Console())
        return
    if ocr:
        from pipeline.extract.ocr_eval import ocr_eval_command

        raise typer.Exit(
            ocr_eval_command(folder, as_json=json_output, languages=settings.ocr_languages, split=split)
        )
    from models.commands import eval_command
    from models.registry import NoModelError

    try:
        eval_command(settings, folder, json_output, split=split)  # type: ignore[arg-type]
    except NoModelError as error:
        err.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from None


def correct(
    document_id: Annotated[int, typer.Argument(help="The document's id.")],
    category: Annotated[str, typer.Option(help="The right category.")],
    by: Annotated[str | None, typer.Option(help="Who corrects it (default: the login name).")] = None,
) -> None:
    """Record a person's correction of a document's category and route it again."""
    from workers.context import build_context

    settings = _settings()
    ctx = build_context(settings, with_models=False)
    try:
        with ctx.deps.sessions.begin() as session:
            correction = correct_category(
                session, document_id, category, corrected_by=by or getpass.getuser()
            )
            old = correction.old_value
    except CorrectionError as error:
        err.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from None
    err.print(f"document {document_id}: category {old or '(none)'} -> {category}")


def register(app: typer.Typer) -> None:
    app.command()(train)
    app.command("eval")(evaluate)
    app.command()(correct)
