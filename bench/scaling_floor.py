"""The machine's own 1 → 2 process scaling: pdfplumber alone over the same PDFs in one and two processes.

Two docpipe workers cannot scale better than two processes doing only the floor's work on the same
files: on a VM whose two vCPUs share a physical core's caches and memory bandwidth, that ceiling is
below 2x. Reported next to docpipe's scaling so that the 1.8x target can be read against it.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pdfplumber


def read_all(paths: Sequence[str]) -> int:
    """Words of every page of every PDF, as pdfplumber reads them: the floor's work for a batch."""
    words = 0
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                words += len(page.extract_words())
    return words


def measure_scaling_floor(files: Sequence[Path], *, repeats: int = 2) -> dict[str, Any]:
    """PDFs per second of pdfplumber alone with one and two processes (interleaved), and their ratio."""
    paths = [str(f) for f in files]
    halves = [paths[0::2], paths[1::2]]
    rates: dict[int, list[float]] = {1: [], 2: []}
    for repeat in range(repeats):
        for processes in (1, 2) if repeat % 2 == 0 else (2, 1):
            with ProcessPoolExecutor(processes) as pool:
                list(pool.map(read_all, [paths[:2]] * processes))  # start the processes, import
                started = time.perf_counter()
                list(pool.map(read_all, [paths] if processes == 1 else halves))
                rates[processes].append(len(paths) / (time.perf_counter() - started))
    one, two = statistics.median(rates[1]), statistics.median(rates[2])
    return {"pdfs": len(paths), "pdfs_per_s": {"1": one, "2": two}, "scaling": two / one}
