"""With a trained model: categories, calibrated confidence and model version on every row;
people's corrections recorded, routed again and fed back into training."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from models.commands import train_command
from models.train import TrainConfig
from pipeline.corrections import category_corrections
from pipeline.db.engine import create_db_engine, session_factory
from pipeline.settings import Settings
from tests.tiny_model import make_tiny_base, write_word_corpus

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir whose registry holds a tiny model trained on separable word lists."""
    data = tmp_path_factory.mktemp("data")
    base = make_tiny_base(tmp_path_factory.mktemp("base"))
    corpus = write_word_corpus(tmp_path_factory.mktemp("corpus"), ("train",) * 8 + ("val", "val"))
    settings = Settings(data_dir=data, device="cpu", torch_threads=1)
    train_command(
        settings,
        corpus,
        TrainConfig(epochs=25, patience=25, learning_rate=1e-2, max_length=32),
        base_model=base,
    )
    return data


def docpipe(*args: str, data_dir: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DOCPIPE_DATA_DIR=str(data_dir), DOCPIPE_WORKERS="1", PYTHONPATH=str(REPO))
    env.pop("DOCPIPE_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "workers.cli", *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_documents_get_category_confidence_and_model_version(data_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Winner lottery casino prize free.\n")
    (tmp_path / "b.txt").write_text("Internal memo staff meeting agenda colleagues.\n")
    result = docpipe(
        "process", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--json", data_dir=data_dir, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    rows = {r["filename"]: r for r in map(json.loads, result.stdout.splitlines())}
    current = (data_dir / "models" / "current").read_text().strip()
    assert rows["a.txt"]["category"] == "spam"
    assert rows["b.txt"]["category"] == "internal"
    for row in rows.values():
        assert row["model_version"] == current
        assert 0.0 < row["confidence"] <= 1.0
        expected = "processed" if row["confidence"] >= 0.6 else "needs_review"
        assert row["status"] == expected


def test_a_correction_is_recorded_applied_routed_and_read_for_training(
    data_dir: Path, tmp_path: Path
) -> None:
    (tmp_path / "c.txt").write_text("Complaint broken damaged faulty.\n")
    processed = docpipe("process", str(tmp_path / "c.txt"), "--json", data_dir=data_dir, cwd=tmp_path)
    document_id = json.loads(processed.stdout)["id"]
    fixed = docpipe(
        "correct",
        str(document_id),
        "--category",
        "quote_request",
        "--by",
        "anna",
        data_dir=data_dir,
        cwd=tmp_path,
    )
    assert fixed.returncode == 0, fixed.stderr
    query = (
        f"SELECT d.category, c.old_value, c.new_value, c.corrected_by FROM documents d "
        f"JOIN corrections c ON c.document_id = d.id WHERE d.id = {document_id}"
    )
    (row,) = map(
        json.loads,
        docpipe("sql", query, "--format", "json", data_dir=data_dir, cwd=tmp_path).stdout.splitlines(),
    )
    assert row == {
        "category": "quote_request",
        "old_value": "complaint",
        "new_value": "quote_request",
        "corrected_by": "anna",
    }
    queues = docpipe(
        "sql",
        f"SELECT queue FROM routes WHERE document_id = {document_id} ORDER BY id",
        "--format",
        "csv",
        data_dir=data_dir,
        cwd=tmp_path,
    ).stdout.split()
    assert queues[-1] == "sales"  # routed again to where quote requests go
    engine = create_db_engine(f"sqlite:///{data_dir / 'docpipe.db'}")
    with session_factory(engine)() as session:
        pairs = list(category_corrections(session))
    assert ("Complaint broken damaged faulty.\n", "quote_request") in pairs
    unknown = docpipe("correct", str(document_id), "--category", "nonsense", data_dir=data_dir, cwd=tmp_path)
    assert unknown.returncode == 2 and "unknown category" in unknown.stderr
