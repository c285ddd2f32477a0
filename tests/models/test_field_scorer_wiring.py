"""The learned field scorer wired into docpipe: `docpipe train --fields` on a small synthetic corpus,
the worker context picking the current scorer (and the rules without one), a generated invoice
processed through the pipeline with it, per-field choice of rules or scorer, and `docpipe eval
--fields` reporting the scorer against the rules.

The corpus is real ``docpipe synth`` output (born-digital PDFs and text files, no scans: no OCR,
so that the whole module stays quick); the scorer trained on it is small, and the tests are about
the wiring, not about its accuracy (``docpipe eval --fields`` on a full corpus measures that).
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console
from sqlalchemy import select

from models.fields import LearnedFieldExtractor
from models.fields.corpus import read_documents
from models.fields.extractor import fields_registry
from models.fields.scorer import MODEL_FILE, FieldScorer
from models.fields.training import Outcome, same_value, tune_thresholds
from models.synth import generate_corpus
from pipeline.db.models import ExtractedField, Invoice
from pipeline.extraction import RuleFieldExtractor
from pipeline.records import Extraction
from pipeline.settings import Settings
from workers.context import build_context
from workers.embedded import ingest_files, process_documents
from workers.field_eval import evaluate_fields, render_field_report

pytest.importorskip("sklearn.ensemble")
REPO = Path(__file__).resolve().parents[2]
HEADER = ("invoice_number", "invoice_date", "total", "currency", "supplier_name")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """77 synthetic items (seed 5), no scans: 7 of each category, about 30 invoice-like documents."""
    folder = tmp_path_factory.mktemp("synth")
    generate_corpus(folder, count=77, seed=5, scan_share=0.0)
    return folder


@pytest.fixture(scope="module")
def data_dir(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir whose fields registry holds a scorer trained by `docpipe train --fields`."""
    data = tmp_path_factory.mktemp("data")
    done = subprocess.run(
        [sys.executable, "-m", "workers.cli", "train", "--fields", str(corpus)],
        env=dict(os.environ, DOCPIPE_DATA_DIR=str(data), PYTHONPATH=str(REPO), COLUMNS="160"),
        cwd=data,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "is current" in done.stderr
    for column in ("rules", "learned", "used"):
        assert column in done.stdout, done.stdout
    return data


def test_train_fields_saves_a_current_scorer_with_a_choice_per_field(data_dir: Path) -> None:
    registry = fields_registry(Settings(data_dir=data_dir))
    current = registry.current()
    assert current is not None and (current / MODEL_FILE).is_file()
    meta = json.loads((current / MODEL_FILE).read_text(encoding="utf-8"))
    assert {spec["use"] for spec in meta["fields"].values()} <= {"learned", "rules"}
    assert meta["info"]["documents"]["train"] > 0
    assert all(row["use"] == meta["fields"][name]["use"] for name, row in meta["info"]["validation"].items())
    assert (data_dir / "field-cache").is_dir()  # the corpus folder is left as it was
    assert not (data_dir.parent / ".field-cache").exists()


def test_the_context_uses_the_current_scorer(data_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    settings = Settings(data_dir=data_dir, workers=1)
    with caplog.at_level(logging.INFO, logger="workers.context"):
        ctx = build_context(settings)
    extractor = ctx.deps.field_extractor
    assert isinstance(extractor, LearnedFieldExtractor)
    assert extractor.version == fields_registry(settings).current_name()
    assert f"learned scorer {extractor.version}" in caplog.text
    ctx.engine.dispose()
    without = build_context(settings, with_models=False)
    assert type(without.deps.field_extractor) is RuleFieldExtractor
    without.engine.dispose()


def test_without_a_scorer_the_context_uses_the_rules(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="workers.context"):
        ctx = build_context(Settings(data_dir=tmp_path))
    assert type(ctx.deps.field_extractor) is RuleFieldExtractor
    assert "field extraction: rules" in caplog.text
    ctx.engine.dispose()


def test_an_unreadable_scorer_leaves_the_rules(data_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "data"
    registry = fields_registry(Settings(data_dir=broken))
    registry.root.mkdir(parents=True)
    name = fields_registry(Settings(data_dir=data_dir)).current_name()
    assert name is not None
    (registry.root / name).mkdir()
    (registry.root / name / MODEL_FILE).write_text('{"format": 99}', encoding="utf-8")
    registry.mark_current(name)
    ctx = build_context(Settings(data_dir=broken))
    assert type(ctx.deps.field_extractor) is RuleFieldExtractor
    ctx.engine.dispose()


def test_a_generated_invoice_is_processed_with_the_scorer(
    corpus: Path, data_dir: Path, tmp_path: Path
) -> None:
    settings = Settings(data_dir=data_dir, workers=1, database_url=f"sqlite:///{tmp_path / 'docpipe.db'}")
    ctx = build_context(settings)
    assert isinstance(ctx.deps.field_extractor, LearnedFieldExtractor)
    invoices = [d for d in read_documents(corpus) if d.category == "invoice" and d.path.suffix == ".pdf"][:3]
    assert invoices
    intakes = ingest_files(ctx, [document.path for document in invoices])
    ids = [intake.ingested.document_id for intake in intakes if intake.ingested]
    process_documents(ctx, ids)
    right = labelled = 0
    with ctx.deps.sessions() as session:
        for document, document_id in zip(invoices, ids, strict=True):
            invoice = session.get(Invoice, document_id)
            assert invoice is not None, document.path.name
            assert invoice.invoice_number and invoice.total is not None
            names = set(
                session.scalars(select(ExtractedField.name).where(ExtractedField.document_id == document_id))
            )
            assert {"invoice_number", "total"} <= names
            for name in HEADER:
                if name in document.fields:
                    labelled += 1
                    right += same_value(name, _text(getattr(invoice, name)), document.fields[name])
    ctx.engine.dispose()
    assert right / labelled >= 0.8, f"{right}/{labelled}"


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def test_a_field_the_rules_read_better_keeps_the_rules_value(data_dir: Path, tmp_path: Path) -> None:
    current = fields_registry(Settings(data_dir=data_dir)).current()
    assert current is not None
    scorer = FieldScorer.load(current)
    for model in scorer.models.values():
        model.use, model.threshold = "learned", 0.0  # the scorer's pick wherever it has one
    scorer.models["invoice_number"].use = "rules"
    scorer.save(tmp_path)
    reloaded = FieldScorer.load(tmp_path)
    assert reloaded.models["invoice_number"].use == "rules"
    assert "invoice_number" not in reloaded.learned_fields
    text = (
        "Elektro Maier GmbH\nRechnung\nRechnungsnummer: RE-2024-0815\nDatum: 03.05.2024\n"
        "Nettobetrag 205,00 EUR\nMwSt. 19 % 38,95 EUR\nGesamtbetrag 243,95 EUR\n"
    )
    extraction = Extraction(text=text, text_method="plain")
    rules = {v.name: v for v in RuleFieldExtractor().extract_fields(extraction, "invoice").fields}
    learned = {
        v.name: v for v in LearnedFieldExtractor(reloaded).extract_fields(extraction, "invoice").fields
    }
    assert learned["invoice_number"] == rules["invoice_number"]  # value and confidence untouched


def test_the_choice_per_field_follows_validation(data_dir: Path) -> None:
    current = fields_registry(Settings(data_dir=data_dir)).current()
    assert current is not None
    scorer = FieldScorer.load(current)
    models = {name: scorer.models[name] for name in ("invoice_number", "total", "currency")}
    found = [
        # invoice_number: the rules are right three times, the scorer (at any threshold) at most twice.
        Outcome("invoice_number", "A-1", "A-1", "X", 0.9),
        Outcome("invoice_number", "A-2", "A-2", "A-2", 0.9),
        Outcome("invoice_number", "A-3", "A-3", "Y", 0.95),
        # total: the scorer is right where the rules are not.
        Outcome("total", "10.00", "9.00", "10.00", 0.9),
        Outcome("total", "20.00", "20.00", "20.00", 0.9),
        # currency: a tie; the scorer, unsure below its threshold, keeps the rules' value there.
        Outcome("currency", "EUR", "EUR", "USD", 0.1),
        Outcome("currency", "GBP", None, "GBP", 0.9),
        Outcome("currency", "CHF", "CHF", "USD", 0.9),
    ]
    tune_thresholds(models, found)
    assert models["total"].use == "learned"
    assert models["invoice_number"].use == "rules"
    assert models["currency"].use == "learned" and models["currency"].threshold > 0.1


def test_eval_fields_reports_the_scorer_against_the_rules(corpus: Path, data_dir: Path) -> None:
    settings = Settings(data_dir=data_dir, workers=1)
    before = sorted(data_dir.rglob("*"))
    report = evaluate_fields(settings, corpus, split="test", progress=False)
    assert report.extractor is not None and report.extractor.startswith("learned ")
    rules = report.compare["rules"]
    assert rules.extractor == "rules" and rules.documents == report.documents > 0
    assert set(rules.fields) == set(report.fields)
    as_json = report.to_dict()
    assert as_json["compare"]["rules"]["extractor"] == "rules"
    console = Console(record=True, width=160)
    render_field_report(report, console)
    output = console.export_text()
    assert "rules accuracy" in output and "learned accuracy" in output
    alone = evaluate_fields(settings, corpus, split="test", progress=False, extractor="rules")
    assert alone.extractor == "rules" and not alone.compare
    assert alone.to_dict()["fields"] == as_json["compare"]["rules"]["fields"]
    assert sorted(data_dir.rglob("*")) == before  # a scratch data dir, not the settings' one
