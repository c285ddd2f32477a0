"""The `docpipe` command line as a user runs it: a real process, a real database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

LETTER = (
    "Dear Sir or Madam,\n\nPlease send us a quote for forty office chairs, delivered in March.\n\n"
    "Regards,\nAnna\n"
)


def docpipe(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workers.cli", *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )


@pytest.fixture
def env(database_url: str, tmp_path: Path) -> dict[str, str]:
    repo = Path(__file__).resolve().parents[2]
    return dict(
        os.environ,
        DOCPIPE_DATA_DIR=str(tmp_path / "var"),
        DOCPIPE_DATABASE_URL=database_url,
        DOCPIPE_WORKERS="1",
        PYTHONPATH=str(repo),
        COLUMNS="160",
    )


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / "quote.txt").write_text(LETTER)
    (folder / "sub" / "empty.pdf").write_bytes(b"")
    (folder / ".hidden.txt").write_text("not for docpipe")
    return folder


def test_process_json_gives_one_object_per_document_and_exit_1_when_one_failed(
    env: dict[str, str], inbox: Path, tmp_path: Path
) -> None:
    result = docpipe("process", str(inbox), "--json", env=env, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    by_name = {row["filename"]: row for row in rows}
    assert set(by_name) == {"quote.txt", "empty.pdf"}  # the hidden file is left alone
    assert by_name["quote.txt"]["status"] == "needs_review"
    assert by_name["quote.txt"]["language"] == "en"
    assert by_name["empty.pdf"]["status"] == "failed"
    assert "empty file" in by_name["empty.pdf"]["error"]


def test_process_same_folder_again_records_duplicates_and_exits_0(
    env: dict[str, str], inbox: Path, tmp_path: Path
) -> None:
    (inbox / "sub" / "empty.pdf").unlink()
    first = docpipe("process", str(inbox), env=env, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "quote.txt" in first.stdout and "needs_review" in first.stdout
    second = docpipe("process", str(inbox), "--json", env=env, cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    (row,) = [json.loads(line) for line in second.stdout.splitlines() if line.strip()]
    assert row["status"] == "duplicate" and row["duplicate_of"] is not None


def test_process_missing_path_exits_2(env: dict[str, str], tmp_path: Path) -> None:
    result = docpipe("process", str(tmp_path / "nope"), env=env, cwd=tmp_path)
    assert result.returncode == 2
    assert "no such file or folder" in result.stderr


def test_sql_reads_results_and_refuses_writes(env: dict[str, str], inbox: Path, tmp_path: Path) -> None:
    docpipe("process", str(inbox), env=env, cwd=tmp_path)
    query = "SELECT filename, status FROM documents ORDER BY filename"
    result = docpipe("sql", query, "--format", "json", env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows == [
        {"filename": "empty.pdf", "status": "failed"},
        {"filename": "quote.txt", "status": "needs_review"},
    ]
    as_csv = docpipe("sql", query, "--format", "csv", env=env, cwd=tmp_path)
    assert as_csv.stdout.splitlines()[0] == "filename,status"
    for statement in (
        "DELETE FROM documents",
        "UPDATE documents SET status = 'processed'",
        "CREATE TABLE x (a int)",
    ):
        refused = docpipe("sql", statement, env=env, cwd=tmp_path)
        assert refused.returncode == 1, statement
        assert "read-only" in refused.stderr, refused.stderr
    count = docpipe("sql", "SELECT count(*) AS n FROM documents", "--format", "json", env=env, cwd=tmp_path)
    assert json.loads(count.stdout) == {"n": 2}


def test_sql_refuses_attach_on_sqlite(tmp_path: Path, inbox: Path) -> None:
    repo = Path(__file__).resolve().parents[2]
    env = dict(os.environ, DOCPIPE_DATA_DIR=str(tmp_path / "var"), DOCPIPE_WORKERS="1", PYTHONPATH=str(repo))
    env.pop("DOCPIPE_DATABASE_URL", None)
    docpipe("process", str(inbox), env=env, cwd=tmp_path)
    target = tmp_path / "other.db"
    refused = docpipe("sql", f"ATTACH DATABASE '{target}' AS other", env=env, cwd=tmp_path)
    assert refused.returncode == 1
    assert not target.exists()


def test_process_never_reads_its_own_data_dir(tmp_path: Path, inbox: Path) -> None:
    repo = Path(__file__).resolve().parents[2]
    env = dict(os.environ, DOCPIPE_WORKERS="1", PYTHONPATH=str(repo))
    env.pop("DOCPIPE_DATA_DIR", None)
    env.pop("DOCPIPE_DATABASE_URL", None)
    (inbox / "sub" / "empty.pdf").unlink()
    result = docpipe("process", ".", "--json", env=env, cwd=inbox)  # the data dir ./var is inside
    assert result.returncode == 0, result.stderr
    names = [json.loads(line)["filename"] for line in result.stdout.splitlines() if line.strip()]
    assert names == ["quote.txt"]
    assert (inbox / "var" / "docpipe.db").exists()
