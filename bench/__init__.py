"""docpipe's benchmark harness: where the time goes, against the floor, in one interleaved run.

``python -m bench`` (``make bench``) builds or reuses a fixed seeded corpus, times every stage of
the embedded pipeline per kind of item, runs the floors (raw ``tesseract``, pdfplumber alone, a
process that only starts and loads the model) on the same inputs in the same run, measures
throughput and peak memory with one and two worker processes, and writes ``var/bench/latest.json``.
"""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"
DEFAULT_OUT = REPO_ROOT / "var" / "bench" / "latest.json"
DEFAULT_CORPUS = REPO_ROOT / "var" / "bench" / "corpus"
