"""Throughput and peak memory: documents per second with one and two worker processes.

Each run is a fresh process (``python -m bench.throughput``) over a fresh SQLite database: it
builds the embedded context, ingests the files, processes a warm-up batch (which starts the pool
and lets every worker load its models: reported, not counted), then times the real batch through
``workers.embedded.EmbeddedProcessor``. The parent samples the resident memory of that process
and of everything under it (pool workers, their Tesseract runs) with psutil.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

from bench import REPO_ROOT
from bench.floors import docpipe_command, docpipe_env
from workers.embedded import EmbeddedProcessor

SAMPLE_INTERVAL_S = 0.05
MB = 1024 * 1024


@dataclass
class TreeSampler:
    """Peak RSS of a process and its descendants, by role, sampled on a thread."""

    root_pid: int
    interval_s: float = SAMPLE_INTERVAL_S
    wrapped: bool = False  # the root only wraps the measured process (``/usr/bin/time``)
    peaks: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    samples: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def __enter__(self) -> TreeSampler:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval_s)

    def sample(self) -> None:
        """One sample of the tree: per-role peaks, the worker-with-children peak, the tree total."""
        try:
            root = psutil.Process(self.root_pid)
            procs = [root, *root.children(recursive=True)]
        except psutil.Error:
            return
        rss: dict[int, int] = {}
        parent: dict[int, int] = {}
        role: dict[int, str] = {}
        for proc in procs:
            try:
                size, up, name = proc.memory_info().rss, proc.ppid(), self._role(proc)
            except psutil.Error:
                continue
            rss[proc.pid], parent[proc.pid], role[proc.pid] = size, up, name
        self.samples += 1
        self._peak("tree_total", sum(rss.values()))
        for pid, size in rss.items():
            self._peak(role[pid], size)
        workers = [pid for pid, name in role.items() if name == "worker"]
        workers = workers or [pid for pid, name in role.items() if name == "main"]
        for worker in workers:
            self._peak("worker_with_children", rss[worker] + _descendants_rss(worker, rss, parent))

    def _role(self, proc: psutil.Process) -> str:
        if proc.pid == self.root_pid:
            return "wrapper" if self.wrapped else "main"
        if self.wrapped and proc.ppid() == self.root_pid:
            return "main"
        if proc.name().startswith("tesseract"):
            return "tesseract"
        command = " ".join(proc.cmdline())
        if "resource_tracker" in command:
            return "tracker"
        if "spawn_main" in command or "forkserver" in command:
            return "worker"
        return "other"

    def _peak(self, key: str, value: int) -> None:
        self.peaks[key] = max(self.peaks[key], value)

    def peaks_mb(self) -> dict[str, float]:
        """The peaks in MiB."""
        return {key: round(value / MB, 1) for key, value in sorted(self.peaks.items())}


def _descendants_rss(pid: int, rss: dict[int, int], parent: dict[int, int]) -> int:
    total = 0
    for child, up in parent.items():
        if up == pid and child != pid:
            total += rss.get(child, 0) + _descendants_rss(child, rss, parent)
    return total


def measure_throughput(
    files: list[Path], warmup: list[Path], workers: int, model_dir: Path | None, *, label: str
) -> dict[str, Any]:
    """Documents per second through ``workers`` processes, and the peak memory of the run."""
    with tempfile.TemporaryDirectory(prefix="docpipe-bench-tp-") as tmp:
        spec = Path(tmp) / "files.json"
        spec.write_text(json.dumps({"files": [str(f) for f in files], "warmup": [str(f) for f in warmup]}))
        command = [sys.executable, "-m", "bench.throughput", "--workers", str(workers), "--data-dir", tmp]
        command += ["--files", str(spec)] + (["--model-dir", str(model_dir)] if model_dir else [])
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        with TreeSampler(process.pid) as sampler:
            stdout, stderr = process.communicate()
        wall = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"throughput run ({label}, {workers} workers) failed: {stderr.decode()[-800:]}")
    result: dict[str, Any] = json.loads(stdout.decode().strip().splitlines()[-1])
    result.update(set=label, wall_s=wall, peak_rss_mb=sampler.peaks_mb(), rss_samples=sampler.samples)
    return result


def measure_command_memory(paths: list[Path], model_dir: Path | None, *, timeout_s: float) -> dict[str, Any]:
    """``docpipe process PATHS`` in a fresh data dir: wall time, exit code, peak RSS of the tree."""
    with tempfile.TemporaryDirectory(prefix="docpipe-bench-mem-") as tmp:
        data_dir = Path(tmp) / "data"
        env = docpipe_env(data_dir, model_dir)
        time_file = Path(tmp) / "time.txt"
        gnu_time = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else None)
        prefix = [gnu_time, "-f", "%M %e", "-o", str(time_file)] if gnu_time else []
        command = [*prefix, *docpipe_command(), "process", *map(str, paths)]
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        with TreeSampler(process.pid, interval_s=0.1, wrapped=bool(prefix)) as sampler:
            try:
                _, stderr = process.communicate(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                process.kill()
                _, stderr = process.communicate()
        wall = time.perf_counter() - started
        statuses = _statuses(data_dir / "docpipe.db")
        timed = time_file.read_text().split() if time_file.exists() else []
    peaks = sampler.peaks_mb()
    peaks.pop("wrapper", None)
    result: dict[str, Any] = {
        "command": "docpipe process " + " ".join(str(p) for p in paths),
        "exit_code": process.returncode,
        "wall_s": wall,
        "documents": sum(statuses.values()),
        "statuses": statuses,
        "peak_rss_mb": peaks,
        "rss_samples": sampler.samples,
        "stderr_tail": stderr.decode(errors="replace")[-400:] if process.returncode not in (0, 1) else "",
    }
    if timed and timed[0].isdigit():  # GNU time's %M: the largest single process of the tree, KiB
        result["max_rss_one_process_mb"] = round(int(timed[0]) / 1024, 1)
    return result


def _statuses(database: Path) -> dict[str, int]:
    if not database.exists():
        return {}
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        rows = connection.execute("SELECT status, count(*) FROM documents GROUP BY status").fetchall()
    return {str(status): int(count) for status, count in rows}


def _pid_after(seconds: float) -> int:
    """Runs in a pool worker, after its initializer (context, models) has finished."""
    time.sleep(seconds)
    return os.getpid()


def _wait_for_workers(processor: EmbeddedProcessor, workers: int, timeout_s: float = 300.0) -> float:
    """Seconds until every worker of the pool has answered: none is still loading when timing starts.

    A worker takes a task only once its initializer has run, so a task answered by each pid
    means each worker is ready. The pool is EmbeddedProcessor's own (private ``_ensure_pool``).
    """
    started = time.perf_counter()
    pool = processor._ensure_pool()
    seen: set[int] = set()
    while len(seen) < workers and time.perf_counter() - started < timeout_s:
        seen.update(f.result() for f in [pool.submit(_pid_after, 0.2) for _ in range(workers)])
    return time.perf_counter() - started


def _child(argv: list[str]) -> None:
    """The measured process: ingest, warm the pool up, time one batch; one JSON line on stdout."""
    parser = argparse.ArgumentParser(prog="python -m bench.throughput")
    parser.add_argument("--workers", type=int, required=True)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--files", type=Path, required=True)
    parser.add_argument("--model-dir", type=Path)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    from bench.stages import bench_settings
    from workers.context import build_context
    from workers.embedded import ingest_files

    spec = json.loads(args.files.read_text())
    settings = bench_settings(args.data_dir, args.model_dir, workers=args.workers)
    ctx = build_context(settings)
    context_ready = time.perf_counter()
    warm_intakes = ingest_files(ctx, [Path(p) for p in spec["warmup"]])
    warm = [i.ingested.document_id for i in warm_intakes if i.ingested]
    ingest_start = time.perf_counter()
    intakes = ingest_files(ctx, [Path(p) for p in spec["files"]])
    ids = [i.ingested.document_id for i in intakes if i.ingested and not i.ingested.is_duplicate]
    ingest_s = time.perf_counter() - ingest_start
    with EmbeddedProcessor(ctx, max_workers=args.workers) as processor:
        warm_start = time.perf_counter()
        pool_ready_s = _wait_for_workers(processor, args.workers) if args.workers > 1 else 0.0
        processor.process(warm)
        warm_s = time.perf_counter() - warm_start
        batch_start = time.perf_counter()
        outcomes = processor.process(ids)
        batch_s = time.perf_counter() - batch_start
    print(
        json.dumps(
            {
                "workers": args.workers,
                "docs": len(ids),
                "documents_processed": len(outcomes),
                "seconds": batch_s,
                "docs_per_s": len(ids) / batch_s if batch_s > 0 else 0.0,
                "docs_per_s_with_ingest": len(ids) / (batch_s + ingest_s) if batch_s > 0 else 0.0,
                "ingest_s": ingest_s,
                "context_s": context_ready - started,
                "warmup_docs": len(warm),
                "pool_ready_s": pool_ready_s,  # every worker started and its models loaded
                "warmup_s": warm_s,  # pool start-up and model loading are in here
            }
        )
    )


if __name__ == "__main__":
    _child(sys.argv[1:])
