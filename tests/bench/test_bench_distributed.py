"""Smoke test of the benchmark's distributed section: real `docpipe worker`s, Redis, PostgreSQL.

Runs ``python -m bench --only-section distributed`` with tiny counts and asserts that every figure
is there and positive, and that no worker or relay process outlives the run; never how fast.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import psutil
import pytest

from bench.__main__ import parse_args
from bench.distributed import Sizes

REPO_ROOT = Path(__file__).resolve().parents[2]
MARKER = "docpipe-bench-dist-"  # in the data dir of every process the section starts


def _section_processes() -> set[int]:
    """Processes started by a distributed section (any run): their data dir names the section."""
    found = set()
    for process in psutil.process_iter(["cmdline"]):
        try:
            if "docpipe" not in " ".join(process.info["cmdline"] or []):
                continue
            if MARKER in process.environ().get("DOCPIPE_DATA_DIR", ""):
                found.add(process.pid)
        except psutil.Error:
            continue
    return found


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("bench-distributed")
    out = tmp / "latest.json"
    before = _section_processes()
    command = [sys.executable, "-m", "bench", "--only-section", "distributed", "--quick", "--items", "1"]
    done = subprocess.run(
        [*command, "--corpus", str(tmp / "corpus"), "--out", str(out)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=540,
        check=False,
    )
    left = _section_processes() - before
    assert not left, f"processes left behind: {sorted(left)}"
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    if "skipped" in data["distributed"]:
        pytest.skip(data["distributed"]["skipped"])
    assert "distributed mode" in done.stdout  # the table was printed
    return data


def positive(value: Any) -> bool:
    return isinstance(value, int | float) and value > 0


def test_only_section_and_skip_exclude_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    assert parse_args(["--only-section", "distributed"]).only_section == "distributed"
    assert parse_args(["--skip", "distributed"]).skip == ["distributed"]
    with pytest.raises(SystemExit):
        parse_args(["--only-section", "distributed", "--skip", "distributed"])
    assert "exclude each other" in capsys.readouterr().err


def test_sizes_fit_the_corpus() -> None:
    assert Sizes.for_run(44, quick=False, items=None).docs == 40
    assert Sizes.for_run(44, quick=True, items=None).docs == 12
    assert Sizes.for_run(44, quick=True, items=1).docs == 2
    with pytest.raises(ValueError):
        Sizes.for_run(5, quick=True, items=None)


# Not a timed test; on a loaded 2-core machine each worker's start and model load can take a while.
@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.timeout(600)
def test_throughput_with_one_and_two_workers(figures: dict[str, Any]) -> None:
    assert figures["meta"]["failed_sections"] == []
    assert set(figures) == {"meta", "distributed", "targets"}  # the other sections did not run
    found = figures["distributed"]
    assert [run["workers"] for run in found["runs"]] == [1, 2]
    for run in found["runs"]:
        assert run["docs"] == 2
        assert positive(run["docs_per_s"]) and positive(run["seconds"])
        assert set(run["statuses"]) <= {"processed", "needs_review"}, run["statuses"]
        assert sum(run["statuses"].values()) == run["docs"]
        assert len(run["worker_rss_mb"]) == run["workers"] and all(map(positive, run["worker_rss_mb"]))
    assert positive(found["docs_per_s"]["1"]) and positive(found["docs_per_s"]["2"])
    assert positive(found["scaling"])
    assert len(found["setup"]["worker_start_s"]) == 2 and all(map(positive, found["setup"]["worker_start_s"]))


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.timeout(600)
def test_latency_batching_and_relay(figures: dict[str, Any]) -> None:
    found = figures["distributed"]
    latency, loaded = found["latency_s"], found["latency_under_load_s"]
    assert latency["n"] == 2 and positive(latency["median"]) and positive(latency["p95"])
    assert loaded["n"] == 4 and positive(loaded["median"]) and positive(loaded["p95"])
    batching = found["infer_batching"]
    assert batching["batch_size"] >= 1
    assert set(batching["docs_per_s"]) == {"1", str(batching["batch_size"])}
    assert all(map(positive, batching["docs_per_s"].values()))
    assert positive(batching["gain"])
    relay = found["relay"]
    assert relay["messages"] == 200 and positive(relay["messages_per_s"])


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.timeout(600)
def test_the_target_is_reported(figures: dict[str, Any]) -> None:
    (target,) = figures["targets"]
    assert target["name"].startswith("distributed: 2 docpipe workers")
    assert target["target"] == 1.8 and target["met"] in (True, False) and target["gap"]
    assert target["measured"] == pytest.approx(figures["distributed"]["scaling"])
