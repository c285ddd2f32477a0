"""Where the time goes when a target is missed: a cProfile of one item's end-to-end path."""

from __future__ import annotations

import cProfile
import pstats
import sysconfig
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench import REPO_ROOT
from bench.corpus import Item
from bench.stages import StageRecorder, bench_settings, run_item
from pipeline.process import PipelineDeps
from workers.context import build_context

TOP = 15


def profile_item(item: Item, models: PipelineDeps, *, reason: str) -> dict[str, Any]:
    """Profile ``item`` through ingest and ``process_tree`` in a fresh database of this process.

    The models are those already loaded in ``models`` (the timed runs' context): a profile need
    not load them again. Runs after the timed runs, so imports are warm as they are in a
    long-lived worker. Returns the top functions by cumulative and by own time.
    """
    with tempfile.TemporaryDirectory(prefix="docpipe-bench-prof-") as tmp:
        ctx = build_context(bench_settings(Path(tmp), None), with_models=False)
        deps = replace(ctx.deps, classifier=models.classifier, field_extractor=models.field_extractor)
        profiler = cProfile.Profile()
        profiler.enable()
        run = run_item(item, deps, StageRecorder())
        profiler.disable()
        ctx.engine.dispose()
    stats = pstats.Stats(profiler)
    return {
        "kind": item.kind,
        "item": item.name,
        "reason": reason,
        "end_to_end_s": run.end_to_end,
        "top_cumulative": top_functions(stats, TOP),
        "top_own_time": top_functions(stats, TOP, key="tottime_s"),
    }


def top_functions(stats: pstats.Stats, count: int, *, key: str = "cumtime_s") -> list[dict[str, Any]]:
    """The ``count`` functions with the most ``key`` time (cumulative, or own: ``tottime_s``).

    The harness's own frames are left out.
    """
    rows = []
    entries: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    for (filename, line, name), (_cc, calls, tottime, cumtime, _callers) in entries.items():
        if _is_harness(filename, name):
            continue
        rows.append(
            {
                "function": f"{_short(filename)}:{line}({name})",
                "calls": calls,
                "tottime_s": round(tottime, 6),
                "cumtime_s": round(cumtime, 6),
            }
        )
    rows.sort(key=lambda row: row[key], reverse=True)
    return rows[:count]


def _is_harness(filename: str, name: str) -> bool:
    if "cProfile" in filename or name == "<method 'disable' of '_lsprof.Profiler' objects>":
        return True
    return str(REPO_ROOT / "bench") in filename


def _short(filename: str) -> str:
    for prefix in (sysconfig.get_paths()["purelib"], sysconfig.get_paths()["stdlib"], str(REPO_ROOT)):
        if filename.startswith(prefix):
            return filename[len(prefix) :].lstrip("/")
    return filename
