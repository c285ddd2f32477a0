"""Smoke test of the benchmark harness: one item per kind, every section present and sane.

Not a timed test: it asserts the structure of ``latest.json`` and that the figures are positive,
never how fast anything is.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bench.corpus import KINDS

# A smoke test, not a timed one: on a loaded 2-core machine every process (and its model load)
# can take several times longer than on a quiet one, so the limit is generous.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

REPO_ROOT = Path(__file__).resolve().parents[2]
SECTIONS = (
    "meta",
    "stages",
    "floors",
    "classification",
    "startup",
    "throughput",
    "memory_shared_data",
    "gpu",
    "targets",
    "profiles",
)


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("bench")
    out = tmp / "latest.json"
    # The distributed section has its own smoke test (test_bench_distributed.py).
    command = [sys.executable, "-m", "bench", "--quick", "--items", "1", "--skip", "distributed"]
    done = subprocess.run(
        [*command, "--corpus", str(tmp / "corpus"), "--out", str(out)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=850,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "targets" in done.stdout  # the tables were printed
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def positive(value: Any) -> bool:
    return isinstance(value, int | float) and value > 0


def test_every_section_is_there(figures: dict[str, Any]) -> None:
    assert set(SECTIONS) <= set(figures)
    meta = figures["meta"]
    assert positive(meta["cores_logical"])
    for key in ("cpu_model", "date", "git_commit", "load_before", "load_after"):
        assert key in meta
    assert meta["probes_missing"] == []


def test_every_kind_has_positive_stage_timings(figures: dict[str, Any]) -> None:
    stages = figures["stages"]
    assert set(stages) == set(KINDS)
    for kind, found in stages.items():
        assert found["items"] == 1, kind
        assert positive(found["end_to_end"]["median"]), kind
        assert positive(found["end_to_end"]["p95"]), kind
        assert positive(found["stages"]["extract"]["median"]), kind
        assert positive(found["stages"]["persist"]["median"]), kind
    for kind in ("scanned_page", "receipt_photo"):
        assert positive(stages[kind]["stages"]["ocr"]["median"]), kind


def test_floors_are_measured_on_the_same_items(figures: dict[str, Any]) -> None:
    floors = figures["floors"]
    for kind in ("scanned_page", "receipt_photo"):
        assert positive(floors["ocr"][kind]["tesseract_page_s"]["median"]), kind
        assert positive(floors["ocr"][kind]["ratio"]["max"]), kind
    for kind in ("born_digital_pdf", "einvoice", "mail_pdf"):
        assert positive(floors["pdf_text"][kind]["pdfplumber_per_page_s"]["median"]), kind
    assert positive(floors["mail_parse"]["stdlib_parse_s"]["median"])
    assert all(positive(seconds) for seconds in figures["startup"]["median_s"].values())


def test_throughput_with_one_and_two_workers(figures: dict[str, Any]) -> None:
    throughput = figures["throughput"]
    assert {run["workers"] for run in throughput["runs"]} == {1, 2}
    for run in throughput["runs"]:
        assert positive(run["docs_per_s"])
        assert positive(run["peak_rss_mb"]["worker_with_children"])
    assert positive(throughput["scaling"])
    assert positive(throughput["floor"]["scaling"])  # pdfplumber alone on the same PDFs


def test_targets_and_profiles_are_reported(figures: dict[str, Any]) -> None:
    found = figures["targets"]
    assert len(found) >= 10
    (fields,) = [t for t in found if t["name"].startswith("born-digital invoice: field extraction")]
    assert positive(fields["measured"]) and fields["target"] == 50.0
    for target in found:
        assert target["met"] in (True, False, None)
        assert target["gap"]
    for profile in figures["profiles"]:
        assert 0 < len(profile["top_cumulative"]) <= 15
    gpu = figures["gpu"]
    assert "skipped" in gpu or "classification" in gpu or "error" in gpu
    assert "skipped" in figures["memory_shared_data"]
