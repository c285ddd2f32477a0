"""Figures into ratios and targets, ``latest.json``, and the tables printed at the end of a run."""

from __future__ import annotations

import contextlib
import json
import os
import platform
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil
from rich.console import Console
from rich.table import Table

from bench import REPO_ROOT
from bench.corpus import KIND_LABELS
from bench.stages import STAGES


def _target(
    name: str,
    target: float,
    measured: float | None,
    unit: str,
    *,
    kind: str | None = None,
    at_least: bool = False,
) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": name, "kind": kind, "target": target, "unit": unit, "measured": measured}
    if measured is None:
        return entry | {"met": None, "gap": "not measured"}
    met = measured >= target if at_least else measured <= target
    gap = (target - measured) if at_least else (measured - target)
    if met:
        return entry | {"met": True, "gap": f"{abs(gap):.3g} {unit} to spare"}
    word = "short" if at_least else "over"
    return entry | {"met": False, "gap": f"{abs(gap):.3g} {unit} {word} ({abs(gap) / target:.0%})"}


def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Every target of issue 7 (and issue 2's OCR one), met or missed, with the gap."""
    ocr = results.get("floors", {}).get("ocr", {})
    stages = results.get("stages", {})
    found: list[dict[str, Any]] = []
    for kind in ("scanned_page", "receipt_photo"):
        ratio = ocr.get(kind, {}).get("ratio", {})
        label = KIND_LABELS[kind]
        found.append(
            _target(f"{label}: OCR / raw tesseract, median", 1.3, ratio.get("median"), "x", kind=kind)
        )
        found.append(_target(f"{label}: OCR / raw tesseract, max", 3.0, ratio.get("max"), "x", kind=kind))
    # Issue 2: OCR of the same image against tesseract on it: the ocr_image call alone.
    call_median = ocr.get("scanned_page", {}).get("ratio_ocr_call", {}).get("median")
    name = "scanned page: OCR call / tesseract, median (issue 2: within 10%)"
    found.append(_target(name, 1.1, call_median, "x", kind="scanned_page"))
    for kind, limit_ms in (("born_digital_pdf", 150.0), ("mail_plain", 50.0)):
        median = stages.get(kind, {}).get("end_to_end", {}).get("median")
        measured = median * 1000 if median is not None else None
        found.append(_target(f"{KIND_LABELS[kind]}: end to end, median", limit_ms, measured, "ms", kind=kind))
    # Issue 4: field extraction on a born-digital invoice, the learned scorer included where one is current.
    fields = stages.get("born_digital_pdf", {}).get("stages", {}).get("fields", {}).get("median")
    scorer = results.get("meta", {}).get("field_scorer") or "none: the rules"
    name = f"born-digital invoice: field extraction, median (scorer {scorer})"
    found.append(
        _target(name, 50.0, fields * 1000 if fields is not None else None, "ms", kind="born_digital_pdf")
    )
    classification = results.get("classification", {})
    per_doc = classification.get("per_doc_batched_s")
    classify = _target(
        "classification per document, batched, CPU", 15.0, per_doc * 1000 if per_doc else None, "ms"
    )
    if per_doc is None:
        classify["gap"] = classification.get("note") or "not measured"
    found.append(classify)
    scaling = results.get("throughput", {}).get("scaling")
    found.append(_target("2 workers / 1 worker (born-digital, end to end)", 1.8, scaling, "x", at_least=True))
    floor = results.get("throughput", {}).get("floor", {}).get("scaling")
    if floor and not found[-1]["met"]:
        found[-1]["gap"] += f"; pdfplumber alone on the same PDFs: {floor:.2f}x (this machine's ceiling)"
    found.append(_target("peak RSS per worker (with its tesseract)", 1536.0, peak_worker_rss(results), "MiB"))
    found += distributed_targets(results)
    return found


def distributed_targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Issue 5's target: two ``docpipe worker`` processes ≥ 1.8× one (born-digital, queued to done)."""
    distributed = results.get("distributed", {})
    name = "distributed: 2 docpipe workers / 1 (born-digital, queued to done)"
    found = _target(name, 1.8, distributed.get("scaling"), "x", at_least=True)
    if "skipped" in distributed or "error" in distributed:
        found["gap"] = distributed.get("skipped") or distributed["error"]
    return [found]


def peak_worker_rss(results: dict[str, Any]) -> float | None:
    """The largest worker (with its Tesseract children) seen in any throughput or memory run."""
    peaks = [
        run["peak_rss_mb"].get("worker_with_children")
        for run in results.get("throughput", {}).get("runs", [])
    ]
    memory = results.get("memory_shared_data") or {}
    peaks.append((memory.get("peak_rss_mb") or {}).get("worker_with_children"))
    known = [p for p in peaks if p]
    return max(known) if known else None


def machine_info() -> dict[str, Any]:
    """Where and when: cores, CPU model, memory, commit, versions, load."""
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "cores_logical": os.cpu_count(),
        "cores_physical": psutil.cpu_count(logical=False),
        "cpu_model": _cpu_model(),
        "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "tesseract": next(iter(_run(["tesseract", "--version"]).splitlines()), None),
        "git_commit": _run(["git", "rev-parse", "HEAD"]).strip() or None,
        "git_dirty": bool(_run(["git", "status", "--porcelain", "--untracked-files=no"]).strip()),
    }


def load_snapshot() -> dict[str, Any]:
    """Load averages and the busiest other processes on the machine right now."""
    mine = {os.getpid(), *(p.pid for p in psutil.Process().children(recursive=True))}
    procs = [p for p in psutil.process_iter(["name"]) if p.pid not in mine]
    for proc in procs:
        with contextlib.suppress(psutil.Error):
            proc.cpu_percent(None)  # the first call starts the measurement
    time.sleep(0.5)
    busy = []
    for proc in procs:
        try:
            busy.append((proc.cpu_percent(None), proc.info["name"]))
        except psutil.Error:
            continue
    busy.sort(reverse=True)
    return {
        "loadavg": [round(x, 2) for x in os.getloadavg()],
        "busiest_others": [{"name": name, "cpu_percent": cpu} for cpu, name in busy[:6] if cpu >= 5],
    }


def write_json(path: Path, results: dict[str, Any]) -> None:
    """``results`` to ``path`` (atomically), creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    tmp.replace(path)


def _cpu_model() -> str | None:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def _run(command: list[str]) -> str:
    try:
        return subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, check=False).stdout
    except OSError:
        return ""


def print_tables(console: Console, results: dict[str, Any]) -> None:
    """The run as tables: stages, floors, start-up, throughput and memory, distributed, targets."""
    tables = (
        _stage_table(results.get("stages", {})),
        _floor_table(results.get("floors", {})),
        _startup_table(results.get("startup", {})),
        _throughput_table(results),
        _distributed_table(results.get("distributed", {})),
        _target_table(results.get("targets", [])),
    )
    for table in tables:
        if table.row_count:  # a section skipped (--only, --quick) prints nothing
            console.print(table)
    meta = results.get("meta", {})
    console.print(
        f"{meta.get('cores_logical')} cores, {meta.get('cpu_model')}; load before/after "
        f"{meta.get('load_before', {}).get('loadavg')} / {meta.get('load_after', {}).get('loadavg')}; "
        f"model: {meta.get('model') or 'none'}; {meta.get('duration_s', 0):.0f} s"
    )


def _ms(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds * 1000:.1f}"


def _stage_table(stages: dict[str, Any]) -> Table:
    table = Table(title="embedded mode, per stage: median ms (end to end: median / p95 ms)")
    table.add_column("kind")
    table.add_column("runs", justify="right")
    shown = [stage for stage in STAGES if stage != "other"]
    for stage in shown:
        table.add_column(stage, justify="right")
    table.add_column("end to end", justify="right")
    for kind, figures in stages.items():
        cells = [_ms(figures["stages"][stage]["median"]) for stage in shown]
        e2e = figures["end_to_end"]
        table.add_row(
            KIND_LABELS.get(kind, kind),
            str(figures["n_runs"]),
            *cells,
            f"{_ms(e2e['median'])} / {_ms(e2e['p95'])}",
        )
    return table


def _floor_table(floors: dict[str, Any]) -> Table:
    table = Table(title="docpipe against the floor (same inputs, interleaved)")
    for column in ("what", "docpipe ms (median)", "floor ms (median)", "ratio median", "ratio max"):
        table.add_column(column, justify="left" if column == "what" else "right")
    for kind, figures in floors.get("ocr", {}).items():
        if not figures["ratio"]["n"]:
            continue
        ratio, call = figures["ratio"], figures["ratio_ocr_call"]
        label = f"{KIND_LABELS[kind]}: extract per page vs raw tesseract"
        docpipe, floor = figures["docpipe_page_s"]["median"], figures["tesseract_page_s"]["median"]
        table.add_row(label, _ms(docpipe), _ms(floor), _x(ratio["median"]), _x(ratio["max"]))
        table.add_row("  of which ocr_image only", "", "", _x(call["median"]), _x(call["max"]))
    for kind, figures in floors.get("pdf_text", {}).items():
        label = f"{KIND_LABELS[kind]}: extract per page vs pdfplumber"
        docpipe = figures["docpipe_extract_per_page_s"]["median"]
        floor = figures["pdfplumber_per_page_s"]["median"]
        ratio = figures["ratio"]
        table.add_row(label, _ms(docpipe), _ms(floor), _x(ratio["median"]), _x(ratio["max"]))
    mail = floors.get("mail_parse", {})
    if mail.get("ratio", {}).get("n"):
        docpipe, floor = mail["docpipe_extract_s"]["median"], mail["stdlib_parse_s"]["median"]
        ratio = mail["ratio"]
        label = "mail: extract vs stdlib email parse"
        table.add_row(label, _ms(docpipe), _ms(floor), _x(ratio["median"]), _x(ratio["max"]))
    return table


def _startup_table(startup: dict[str, Any]) -> Table:
    table = Table(title=f"process start-up, median ms (model: {startup.get('model') or 'none'})")
    table.add_column("process")
    table.add_column("ms", justify="right")
    for name, seconds in (startup.get("median_s") or {}).items():
        table.add_row(name, _ms(seconds))
    return table


def _throughput_table(results: dict[str, Any]) -> Table:
    table = Table(title="throughput (fresh DB each run; pool start-up in the warm-up column) and peak RSS")
    columns = (
        "set",
        "workers",
        "docs",
        "docs/s",
        "docs/s incl. ingest",
        "warm-up s",
        "worker MiB",
        "main MiB",
    )
    for column in columns:
        table.add_column(column, justify="left" if column == "set" else "right")
    for run in results.get("throughput", {}).get("runs", []):
        peaks = run["peak_rss_mb"]
        table.add_row(
            run["set"], str(run["workers"]), str(run["docs"]), f"{run['docs_per_s']:.2f}",
            f"{run['docs_per_s_with_ingest']:.2f}", f"{run['warmup_s']:.1f}",
            str(peaks.get("worker_with_children", "—")), str(peaks.get("main", "—")),
        )  # fmt: skip
    memory = results.get("memory_shared_data") or {}
    if "wall_s" in memory:
        peaks = memory["peak_rss_mb"]
        table.add_row(
            "docpipe process shared/data", "auto", str(memory["documents"]),
            f"{memory['documents'] / memory['wall_s']:.2f}", "", "",
            str(peaks.get("worker_with_children", "—")), f"tree {peaks.get('tree_total', '—')}",
        )  # fmt: skip
    return table


def _distributed_table(distributed: dict[str, Any]) -> Table:
    setup = distributed.get("setup", {})
    table = Table(
        title="distributed mode: `docpipe worker` processes, Redis, PostgreSQL (born-digital PDFs; "
        f"relay polls every {setup.get('relay_interval_s', '?')} s)"
    )
    for column in ("figure", "value", "detail"):
        table.add_column(column, justify="right" if column == "value" else "left")
    if "docs_per_s" not in distributed:
        return table
    for run in distributed.get("runs", []):
        statuses = ", ".join(f"{k} {v}" for k, v in sorted(run["statuses"].items()))
        table.add_row(
            f"docs/s, {run['workers']} worker(s), queued → all done", f"{run['docs_per_s']:.2f}",
            f"{run['docs']} docs, {run['seconds']:.1f} s (stored first {run['submit_s']:.1f} s); {statuses}; "
            f"worker MiB {run['worker_rss_mb']}; warm-up {run.get('warmup_s', 0):.1f} s",
        )  # fmt: skip
    table.add_row("2 workers / 1 worker", _x(distributed.get("scaling")), "medians of the runs above")
    for label, key in (
        ("one document at a time", "latency_s"),
        ("under load (runs above)", "latency_under_load_s"),
    ):
        found = distributed.get(key, {})
        table.add_row(
            f"latency submit → routed, {label}", f"{_ms(found.get('median'))} ms",
            f"p95 {_ms(found.get('p95'))} ms, max {_ms(found.get('max'))} ms, n {found.get('n')}",
        )  # fmt: skip
    batching = distributed.get("infer_batching", {})
    rates = batching.get("docs_per_s", {})
    size = batching.get("batch_size")
    table.add_row(
        "infer step docs/s, one at a time", _rate(rates.get("1")), f"model: {batching.get('model')}"
    )
    table.add_row(f"infer step docs/s, batch {size}", _rate(rates.get(str(size))), "DOCPIPE_INFER_BATCH_SIZE")
    classify = batching.get("classify_s_per_doc", {})
    table.add_row(
        "infer batching gain", _x(batching.get("gain")),
        f"batched / one at a time; of which classify: {_ms(classify.get('1'))} → "
        f"{_ms(classify.get(str(size)))} ms/doc ({_x(batching.get('classify_gain'))})",
    )  # fmt: skip
    relay = distributed.get("relay", {})
    table.add_row(
        "relay messages/s", _rate(relay.get("messages_per_s")),
        f"{relay.get('messages')} pending routes, batch {relay.get('batch')}",
    )  # fmt: skip
    starts = ", ".join(f"{s:.1f}" for s in setup.get("worker_start_s", []))
    table.add_row("worker start to ready, s", "", starts)
    return table


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _target_table(found: list[dict[str, Any]]) -> Table:
    table = Table(title="targets")
    for column in ("target", "limit", "measured", "status", "gap"):
        table.add_column(column, justify="left" if column in ("target", "gap") else "right")
    for target in found:
        measured = target["measured"]
        status = {True: "[green]met[/]", False: "[red]missed[/]", None: "[yellow]n/a[/]"}[target["met"]]
        shown = "—" if measured is None else f"{measured:.3g} {target['unit']}"
        table.add_row(target["name"], f"{target['target']:g} {target['unit']}", shown, status, target["gap"])
    return table


def _x(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}x"
