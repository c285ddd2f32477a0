"""``python -m bench`` (``make bench``): docpipe against its floors, in one interleaved run.

Prints tables and writes ``var/bench/latest.json``. ``--quick`` runs in under two minutes (a few
items per kind, one throughput run per worker count, no ``docpipe process`` of the shared data).
The distributed mode (``docpipe worker`` processes, Redis, PostgreSQL) is a section of its own:
``--only-section distributed`` runs it alone, ``--skip distributed`` leaves it out.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from bench import DEFAULT_CORPUS, DEFAULT_OUT, SHARED_DATA
from bench.corpus import KINDS, PER_KIND, Corpus, Item, load_or_build
from bench.distributed import measure_distributed
from bench.floors import FloorRun, floor_ratios, run_floors, startup_floors
from bench.gpu import measure_gpu
from bench.profile import profile_item
from bench.report import distributed_targets, load_snapshot, machine_info, print_tables, targets, write_json
from bench.scaling_floor import measure_scaling_floor
from bench.stages import (
    ItemRun,
    StageRecorder,
    bench_settings,
    instrument,
    kind_summaries,
    measure_classification,
    resolve_field_scorer,
    resolve_model_dir,
    run_item,
)
from bench.throughput import measure_command_memory, measure_throughput
from pipeline.process import PipelineDeps
from workers.context import build_context

QUICK_ITEMS = 2
QUICK_THROUGHPUT_DOCS = 12
THROUGHPUT_WARMUP = 4
MAX_PROFILES = 3
SECTIONS_ALONE = ("distributed",)  # sections --only-section runs alone and --skip leaves out


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line of ``python -m bench``."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a run under two minutes")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the JSON goes")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the corpus folder (built once)")
    parser.add_argument("--only", choices=KINDS, help="time one kind of item only")
    parser.add_argument(
        "--items", type=int, help=f"timed items per kind (default {QUICK_ITEMS} quick, {PER_KIND} full)"
    )
    parser.add_argument(
        "--passes", type=int, help="runs of every item, each over a fresh database (default 1 quick, 2 full)"
    )
    parser.add_argument("--data", type=Path, default=SHARED_DATA, help="the shared development data")
    parser.add_argument(
        "--only-section",
        choices=SECTIONS_ALONE,
        help="run this section alone (distributed: docpipe workers around Redis and PostgreSQL)",
    )
    parser.add_argument(
        "--skip", action="append", default=[], choices=SECTIONS_ALONE, help="leave this section out"
    )
    args = parser.parse_args(argv)
    if args.only_section and args.only_section in args.skip:
        parser.error(f"--only-section {args.only_section} and --skip {args.only_section} exclude each other")
    if args.items is not None and not 1 <= args.items <= PER_KIND:
        parser.error(f"--items must be between 1 and {PER_KIND}")
    if args.passes is not None and args.passes < 1:
        parser.error("--passes must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark, write the JSON, print the tables."""
    args = parse_args(argv)
    console = Console()
    if not console.is_terminal:  # a log file or a pipe: wide enough that the tables stay readable
        console = Console(width=160)
    results = run(args, console)
    write_json(args.out, results)
    print_tables(console, results)
    console.print(f"figures: {args.out}")
    failed = results["meta"]["failed_sections"]
    if failed:
        console.print(f"[red]sections that failed:[/] {', '.join(failed)} (their error is in the JSON)")
    return 1 if failed else 0


def run(args: argparse.Namespace, console: Console) -> dict[str, Any]:
    """Every section of the benchmark, in one process, as one JSON-ready dict."""
    started = time.perf_counter()
    meta = machine_info() | {"quick": args.quick, "only": args.only, "argv": sys.argv[1:]}
    meta |= {"only_section": args.only_section, "skip": args.skip}
    meta["load_before"] = load_snapshot()
    section_start = time.perf_counter()
    with console.status("benchmark corpus (built once, then reused)"):
        corpus = load_or_build(args.corpus, args.data)
    meta["section_seconds"] = {"corpus": round(time.perf_counter() - section_start, 2)}
    model_dir = resolve_model_dir()
    meta |= {"corpus": str(corpus.root), "seed": corpus.seed, "model": str(model_dir) if model_dir else None}
    scorer = resolve_field_scorer()
    meta["field_scorer"] = scorer.name if scorer else None
    count = args.items or (QUICK_ITEMS if args.quick else PER_KIND)
    kinds = (args.only,) if args.only else KINDS
    results: dict[str, Any] = {"meta": meta}
    if args.only_section == "distributed":
        guard = _Guard(console, meta)
        results["distributed"] = guard("distributed", lambda: _distributed(corpus, args, model_dir, console))
        results["targets"] = distributed_targets(results)
        return _finish(results, guard, started)

    passes = args.passes or (1 if args.quick else 2)
    meta["passes"] = passes
    meta["load_by_section"] = {"stages_and_floors": [round(x, 2) for x in os.getloadavg()]}
    section_start = time.perf_counter()
    runs, floors, recorder, classification, models = _stages_and_floors(
        corpus, kinds, count, passes, model_dir, console
    )
    meta["section_seconds"]["stages_and_floors"] = round(time.perf_counter() - section_start, 2)
    meta["probes_installed"] = recorder.installed
    meta["probes_missing"] = recorder.missing
    results["stages"] = kind_summaries(runs)
    results["floors"] = floor_ratios(runs, floors)
    results["classification"] = classification
    skipped = {"skipped": f"--only {args.only}"} if args.only else None
    guard = _Guard(console, meta)
    results["startup"] = skipped or guard(
        "startup", lambda: startup_floors(model_dir, repeats=1 if args.quick else 3)
    )
    results["throughput"] = skipped or guard(
        "throughput", lambda: _throughput(corpus, args, model_dir, console)
    )
    if "distributed" in args.skip or args.only:
        results["distributed"] = {"skipped": "--skip distributed" if not args.only else f"--only {args.only}"}
    else:
        results["distributed"] = guard("distributed", lambda: _distributed(corpus, args, model_dir, console))
    if args.quick or args.only:
        results["memory_shared_data"] = {"skipped": "full run only"}
    else:
        with console.status(f"docpipe process {args.data} (several minutes)"):
            results["memory_shared_data"] = guard(
                "memory_shared_data", lambda: measure_command_memory([args.data], model_dir, timeout_s=3600)
            )
    results["gpu"] = guard("gpu", lambda: measure_gpu(model_dir, recorder.texts, quick=args.quick))
    results["targets"] = targets(results)
    profiles = guard(
        "profiles", lambda: {"found": _profiles(results, runs, corpus, kinds, count, models, console)}
    )
    results["profiles"] = profiles.get("found", profiles)
    return _finish(results, guard, started)


def _finish(results: dict[str, Any], guard: _Guard, started: float) -> dict[str, Any]:
    meta = results["meta"]
    meta["failed_sections"] = guard.failed
    meta["load_after"] = load_snapshot()
    meta["duration_s"] = time.perf_counter() - started
    return results


class _Guard:
    """Runs one section; a failure is printed and recorded, and the other sections still run."""

    def __init__(self, console: Console, meta: dict[str, Any]) -> None:
        self.console = console
        self.failed: list[str] = []
        self.load = meta.setdefault("load_by_section", {})
        self.seconds = meta.setdefault("section_seconds", {})

    def __call__(self, name: str, work: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        self.load[name] = [round(x, 2) for x in os.getloadavg()]
        started = time.perf_counter()
        try:
            return work()
        except Exception as error:  # one broken section must not cost the figures of the others
            self.console.print(f"[red]{name} failed:[/] {type(error).__name__}: {error}")
            self.failed.append(name)
            return {"error": f"{type(error).__name__}: {error}"}
        finally:
            self.seconds[name] = round(time.perf_counter() - started, 2)


def _stages_and_floors(
    corpus: Corpus, kinds: Sequence[str], count: int, passes: int, model_dir: Path | None, console: Console
) -> tuple[list[ItemRun], list[FloorRun], StageRecorder, dict[str, Any], PipelineDeps]:
    """Each item through docpipe and through its floors back to back, alternating which goes first.

    Every pass runs over a fresh database; the first one starts with an untimed warm-up per kind.
    Returns the last pass's dependencies too: their loaded models serve the profiles.
    """
    items = _round_robin(corpus, kinds, count)
    runs: list[ItemRun] = []
    floors: list[FloorRun] = []
    recorder = StageRecorder()
    classification: dict[str, Any] = {}
    models: PipelineDeps | None = None
    with instrument(recorder), _progress(console) as progress:
        task = progress.add_task("stages and floors", total=len(kinds) + passes * len(items))
        for number in range(passes):
            with tempfile.TemporaryDirectory(prefix="docpipe-bench-stages-") as tmp:
                ctx = build_context(bench_settings(Path(tmp), model_dir))
                languages = ctx.settings.ocr_languages
                for kind in kinds if number == 0 else ():  # first use of each extractor and floor
                    run_item(corpus.warmup(kind), ctx.deps, recorder)
                    run_floors(corpus.warmup(kind), languages, with_tesseract=False)
                    progress.advance(task)
                for index, item in enumerate(items):
                    if (number + index // len(kinds)) % 2 == 0:
                        runs.append(run_item(item, ctx.deps, recorder))
                        floors.append(run_floors(item, languages))
                    else:
                        floors.append(run_floors(item, languages))
                        runs.append(run_item(item, ctx.deps, recorder))
                    progress.advance(task)
                if number == passes - 1:
                    classification = measure_classification(ctx.deps.classifier, recorder.texts)
                    models = ctx.deps
                ctx.engine.dispose()
    assert models is not None, "at least one pass runs"
    return runs, floors, recorder, classification, models


def _round_robin(corpus: Corpus, kinds: Sequence[str], count: int) -> list[Item]:
    timed = [corpus.timed(kind, count) for kind in kinds]
    return [batch[i] for i in range(count) for batch in timed if i < len(batch)]


def _throughput(
    corpus: Corpus, args: argparse.Namespace, model_dir: Path | None, console: Console
) -> dict[str, Any]:
    """1 and 2 workers, interleaved, on born-digital PDFs (and, in a full run, a mixed set)."""
    if args.items is not None:
        size, warm = max(2, 2 * args.items), 2
    else:
        size, warm = (QUICK_THROUGHPUT_DOCS if args.quick else len(corpus.throughput) - THROUGHPUT_WARMUP), 4
    sets = [("born_digital", corpus.throughput[warm : warm + size], corpus.throughput[:warm])]
    if not args.quick and args.items is None:
        mixed = [item.path for kind in KINDS for item in corpus.timed(kind, 4)]
        sets.append(("mixed", mixed, [corpus.warmup(kind).path for kind in KINDS]))
    repeats = 1 if args.quick or args.items is not None else 2
    plan = [
        (label, files, warmup, workers)
        for repeat in range(repeats)
        for label, files, warmup in sets
        for workers in ((1, 2) if repeat % 2 == 0 else (2, 1))
    ]
    runs = []
    with _progress(console) as progress:
        task = progress.add_task("throughput, 1 and 2 workers", total=len(plan))
        for label, files, warmup, workers in plan:
            runs.append(measure_throughput(files, warmup, workers, model_dir, label=label))
            progress.advance(task)
    medians: dict[str, dict[str, float]] = {}
    processing: dict[str, dict[str, float]] = {}
    for label, _files, _warmup in sets:
        for workers in (1, 2):
            mine = [r for r in runs if r["set"] == label and r["workers"] == workers]
            medians.setdefault(label, {})[str(workers)] = statistics.median(
                r["docs_per_s_with_ingest"] for r in mine
            )
            processing.setdefault(label, {})[str(workers)] = statistics.median(r["docs_per_s"] for r in mine)
    floor = measure_scaling_floor([Path(f) for f in sets[0][1]], repeats=1 if args.quick else 2)
    return {
        "runs": runs,
        "floor": floor,  # the same PDFs through pdfplumber alone: the machine's own scaling
        "docs_per_s_with_ingest": medians,
        "docs_per_s_processing": processing,
        "scaling": medians["born_digital"]["2"] / medians["born_digital"]["1"],
        "scaling_processing_only": processing["born_digital"]["2"] / processing["born_digital"]["1"],
        "scaling_mixed": medians["mixed"]["2"] / medians["mixed"]["1"] if "mixed" in medians else None,
        "note": "1 worker runs in the calling process (as docpipe does); 2 workers are a spawned pool",
    }


def _distributed(
    corpus: Corpus, args: argparse.Namespace, model_dir: Path | None, console: Console
) -> dict[str, Any]:
    """Real ``docpipe worker`` processes, Redis and PostgreSQL on the born-digital PDFs."""
    with console.status("distributed mode") as status:
        found = measure_distributed(
            corpus.throughput, model_dir, quick=args.quick, items=args.items, note=status.update
        )
    if "skipped" in found:
        console.print(f"[yellow]distributed section skipped:[/] {found['skipped']}")
    return found


def _profiles(
    results: dict[str, Any],
    runs: Sequence[ItemRun],
    corpus: Corpus,
    kinds: Sequence[str],
    count: int,
    models: PipelineDeps,
    console: Console,
) -> list[dict[str, Any]]:
    """A profile of the slowest item of each kind whose target was missed (else the slowest kind)."""
    missed = [t for t in results["targets"] if t["met"] is False]
    if not missed:
        return []
    reasons: dict[str, str] = {}
    for target in missed:
        if target["kind"] in kinds:
            reasons.setdefault(target["kind"], target["name"])
    if not reasons:
        stages = results["stages"]
        slowest = max(stages, key=lambda kind: stages[kind]["end_to_end"]["median"])
        reasons[slowest] = "slowest kind; missed: " + ", ".join(t["name"] for t in missed)
    found = []
    with console.status("profiles where a target is missed"):
        for kind, reason in list(reasons.items())[:MAX_PROFILES]:
            mine = [run for run in runs if run.kind == kind]
            if not mine:
                continue
            slowest = max(mine, key=lambda run: run.end_to_end).name
            item = next(i for i in corpus.timed(kind, count) if i.name == slowest)
            found.append(profile_item(item, models, reason=reason))
    return found


def _progress(console: Console) -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )


if __name__ == "__main__":
    sys.exit(main())
