"""The distributed mode's figures: real ``docpipe worker`` processes around Redis and PostgreSQL.

One cluster per run of the section: a private Redis database (a claimed DB number of the server
on 127.0.0.1:6379, or a private ``redis-server``, see ``tests/services.py``), a fresh PostgreSQL
database (the server on 127.0.0.1:5432, or a private one) migrated as in production, a scratch
blob store shared by every process, the default routing rules, and the model measured. Then:

- **throughput**: N ``docpipe worker --queues extract,infer --concurrency 1`` processes (1, then
  2; a full run also 2, then 1), each warmed up on a few documents (model loaded) after the
  database was emptied; the born-digital PDFs are submitted one by one (store, row, queue, as
  ``submit_bytes`` does) and the clock stops when no document is ``pending`` any more;
- **latency**: submit to routed, i.e. to the XADD of the document's ``routes`` outbox row onto
  ``docpipe:route:<queue>`` by a running ``docpipe relay`` (the stream entry's id is the Redis
  server's clock, the same clock as this process's on this machine): one document at a time on
  one worker, and, under load, for every document of the throughput runs;
- **infer batching**: with the workers stopped, the extractions of the documents staged in Redis
  by ``extract_step``, then ``infer_step`` called for each document in this process, as the
  ``infer`` task does, once with ``infer_batch_size`` 1 and once with the setting's value
  (``DOCPIPE_INFER_BATCH_SIZE``): documents per second of the infer step, and the ratio;
- **relay**: ``publish_all`` (what ``docpipe relay`` runs) over that many pending outbox rows.

Every process started here dies with this one: ``docpipe worker`` and ``docpipe relay`` run in
their own process groups, are stopped (TERM, then KILL) on every way out of the section, SIGTERM
to this process is turned into an exit that runs that clean-up, and the kernel kills them
(``PR_SET_PDEATHSIG``) should this process be killed outright; Celery's pool processes die with
their worker the same way.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import psutil
import psycopg
from redis import Redis
from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.orm import Session, sessionmaker

from bench import REPO_ROOT
from bench.floors import docpipe_command, docpipe_env
from bench.stages import summary

WORKER_QUEUES = "extract,infer"
KEY_PREFIX = "docpipe"  # routing streams docpipe:route:*, staging docpipe:staged:* and docpipe:infer:*
RELAY_INTERVAL_S = 0.2  # the relay's sleep when nothing is pending (default 1 s: up to 1 s more latency)
BENCH_DB_NUMBERS = tuple(range(15, 7, -1))  # private DB numbers tried on a shared Redis server
CLAIM_KEY = "docpipe-bench:claimed-by"
READY_TIMEOUT_S = 300.0
STOP_TIMEOUT_S = 30.0
POLL_S = 0.05
# In Celery's log line for a finished task: "Task docpipe.extract[<id>] succeeded in 0.2s: ..."
TASK_DONE = "] succeeded in "

Note = Callable[[str], None]


class ServiceUnavailable(RuntimeError):
    """No Redis or PostgreSQL to measure with: the section is skipped, not failed."""


@dataclass(frozen=True)
class Sizes:
    """How much the section does: documents per throughput run, warm-up, latency, infer, relay."""

    docs: int
    warmup: int
    latency_docs: int
    relay_messages: int
    repeats: int  # 1: workers 1 then 2; 2: 1, 2, 2, 1 (and batch 1, N, N, 1)

    @classmethod
    def for_run(cls, available: int, *, quick: bool, items: int | None) -> Sizes:
        """Tiny with ``--items``, small with ``--quick``, the whole throughput set otherwise."""
        if items is not None:
            sizes = cls(docs=max(2, 2 * items), warmup=2, latency_docs=2, relay_messages=200, repeats=1)
        elif quick:
            sizes = cls(docs=12, warmup=4, latency_docs=3, relay_messages=1000, repeats=1)
        else:
            sizes = cls(docs=available - 4, warmup=4, latency_docs=10, relay_messages=5000, repeats=2)
        if sizes.warmup + max(sizes.docs, sizes.latency_docs) > available:
            raise ValueError(f"the corpus has {available} throughput documents; {sizes} needs more")
        return sizes


def measure_distributed(
    files: Sequence[Path],
    model_dir: Path | None,
    *,
    quick: bool,
    items: int | None = None,
    note: Note | None = None,
) -> dict[str, Any]:
    """Every figure of the distributed mode, as one JSON-ready dict (``{"skipped": why}`` when
    Redis or PostgreSQL cannot be had). ``files``: born-digital PDFs, the first ones the warm-up."""
    sizes = Sizes.for_run(len(files), quick=quick, items=items)
    say = note or (lambda _: None)
    with _sigterm_exits(), ExitStack() as stack:
        root = Path(tempfile.mkdtemp(prefix="docpipe-bench-dist-"))
        stack.callback(shutil.rmtree, root, ignore_errors=True)
        say("distributed: Redis and PostgreSQL")
        try:
            redis_url, redis_how = stack.enter_context(_private_redis())
            database_url, database_how = stack.enter_context(_fresh_database())
        except ServiceUnavailable as error:
            return {"skipped": str(error)}
        cluster = Cluster.create(root, redis_url, database_url, model_dir, stack)
        stack.callback(cluster.close)  # first: before the database is dropped and Redis emptied
        results = _measure(cluster, files, sizes, say)
        results["setup"] = {
            "redis": redis_how,
            "database": database_how,
            "worker_command": " ".join(["docpipe", *cluster.worker_args]),
            "worker_start_s": cluster.start_seconds,
            "relay_interval_s": RELAY_INTERVAL_S,
            "model": str(model_dir) if model_dir else None,
            "sizes": asdict(sizes),
            "note": "each worker is one `docpipe worker` (a Celery main process and one pool process) on "
            "both queues; throughput from queueing a stored backlog to done (ingest timed apart)",
        }
        return results


def _measure(cluster: Cluster, files: Sequence[Path], sizes: Sizes, say: Note) -> dict[str, Any]:
    warm = list(files[: sizes.warmup])
    timed = list(files[sizes.warmup : sizes.warmup + sizes.docs])
    order = [1, 2] if sizes.repeats == 1 else [1, 2, 2, 1]
    runs = []
    cluster.start_relay()
    for number, workers in enumerate(order, 1):
        say(f"distributed: {workers} worker(s), run {number} of {len(order)}")
        runs.append(throughput_run(cluster, workers, warm, timed))
    say("distributed: latency, one document at a time")
    cluster.scale_to(1)
    latency = latency_run(cluster, warm, list(files[sizes.warmup : sizes.warmup + sizes.latency_docs]))
    cluster.stop_all()
    say("distributed: infer step, batched and one at a time")
    runtime = cluster.runtime()
    batching = infer_batching(cluster, runtime, warm, timed, sizes.repeats)
    say("distributed: relay")
    relay = relay_rate(cluster, sizes.relay_messages, repeats=1 if sizes.repeats == 1 else 3)
    per_workers = {
        str(n): statistics.median(r["docs_per_s"] for r in runs if r["workers"] == n) for n in (1, 2)
    }
    under_load = [value for run in runs for value in run.pop("latencies_s")]
    return {
        "runs": runs,
        "docs_per_s": per_workers,
        "scaling": per_workers["2"] / per_workers["1"],
        "latency_s": summary(latency),
        "latency_under_load_s": summary(under_load),
        "infer_batching": batching,
        "relay": relay,
    }


# -- the cluster -----------------------------------------------------------------------------------


@dataclass
class Cluster:
    """The services, the settings every process shares, and the worker and relay processes."""

    root: Path
    env: dict[str, str]
    config: Any  # DistributedSettings
    ctx: Any  # WorkerContext: this process's submits
    sessions: sessionmaker[Session]
    redis: Redis
    workers: list[subprocess.Popen[bytes]] = field(default_factory=list)
    worker_logs: list[Path] = field(default_factory=list)
    relay: subprocess.Popen[bytes] | None = None
    start_seconds: list[float] = field(default_factory=list)
    _runtime: Any = None

    worker_args = ("worker", "--queues", WORKER_QUEUES, "--concurrency", "1", "--loglevel", "INFO")

    @classmethod
    def create(
        cls, root: Path, redis_url: str, database_url: str, model_dir: Path | None, stack: ExitStack
    ) -> Cluster:
        from pipeline.db.engine import create_db_engine, session_factory
        from pipeline.db.migrate import upgrade
        from workers.context import build_context
        from workers.distributed.celery_app import configure
        from workers.distributed.config import DistributedSettings

        data_dir = root / "data"
        env = docpipe_env(data_dir, model_dir)
        env |= {
            "DOCPIPE_DATABASE_URL": database_url,
            "DOCPIPE_BROKER_URL": redis_url,
            "DOCPIPE_RELAY_INTERVAL": str(RELAY_INTERVAL_S),
            "PYTHONUNBUFFERED": "1",
        }
        factory: Any = DistributedSettings  # pydantic without its mypy plugin: every Field looks required
        config = factory(
            data_dir=data_dir,
            database_url=database_url,
            broker_url=redis_url,
            model_dir=model_dir,
            relay_interval=RELAY_INTERVAL_S,
        )
        engine = create_db_engine(database_url)
        stack.callback(engine.dispose)
        upgrade(engine)
        configure(config)  # this process's submits go to the bench's broker
        ctx = build_context(config, migrate=False, with_models=False)
        stack.callback(ctx.engine.dispose)
        redis = Redis.from_url(redis_url)
        stack.callback(redis.close)
        return cls(root, env, config, ctx, session_factory(engine), redis)

    # processes

    def start_worker(self) -> None:
        """One more ``docpipe worker``; returns once Celery says it is ready (its pool process may
        still be loading the model: :meth:`warm_up` waits for that)."""
        number = len(self.workers) + 1
        log = self.root / f"worker-{number}-{uuid.uuid4().hex[:6]}.log"
        started = time.perf_counter()
        worker = _spawn([*docpipe_command(), *self.worker_args], self.env, log)
        self.workers.append(worker)
        self.worker_logs.append(log)
        _wait(lambda: _ready(worker, log), READY_TIMEOUT_S, f"docpipe worker {number} to be ready", log)
        self.start_seconds.append(round(time.perf_counter() - started, 2))

    def scale_to(self, count: int) -> None:
        while len(self.workers) > count:
            self.worker_logs.pop()
            _stop(self.workers.pop())
        while len(self.workers) < count:
            self.start_worker()

    def warm_up(self, files: Sequence[Path], rounds: int = 5) -> float:
        """Empty the database and put ``files`` through until every worker has finished a task (its
        pool process has built its runtime and model then); the seconds it took."""
        started = time.perf_counter()
        for _ in range(rounds):
            self.reset()
            self.submit(files)
            self.wait_done(timeout=READY_TIMEOUT_S + 10 * len(files))
            if all(TASK_DONE in _tail(log, size=None) for log in self.worker_logs):
                return time.perf_counter() - started
        raise RuntimeError(f"a worker finished no task in {rounds} warm-up rounds: {self.worker_logs}")

    def start_relay(self) -> None:
        if self.relay is None:
            self.relay = _spawn([*docpipe_command(), "relay"], self.env, self.root / "relay.log")

    def stop_all(self) -> None:
        """Stop every worker and the relay (TERM, then KILL after a while); safe to call again."""
        processes = [*self.workers, *([self.relay] if self.relay else [])]
        self.workers, self.worker_logs, self.relay = [], [], None
        for process in processes:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            _stop(process)

    def close(self) -> None:
        """Stop the processes; close this process's worker runtime."""
        self.stop_all()
        if self._runtime is not None:
            self._runtime.context.engine.dispose()
            self._runtime.redis.close()
            self._runtime = None

    def worker_rss_mb(self) -> list[float]:
        """Each worker's resident memory with its pool process, now."""
        sizes = []
        for worker in self.workers:
            try:
                root = psutil.Process(worker.pid)
                tree = [root, *root.children(recursive=True)]
                sizes.append(round(sum(p.memory_info().rss for p in tree) / 2**20, 1))
            except psutil.Error:
                continue
        return sizes

    # data

    def reset(self) -> None:
        """Empty every table (ids keep counting), the streams and staging; the blobs stay."""
        from pipeline.db.models import Base

        names = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
        with self.sessions.begin() as session:
            session.execute(text("SET LOCAL lock_timeout = '30s'"))
            session.execute(text(f"TRUNCATE {names} CASCADE"))
        self.clear_keys()

    def clear_keys(self) -> None:
        """docpipe's own keys in the bench's Redis DB: routing streams, staged extractions."""
        keys = list(self.redis.scan_iter(match=f"{KEY_PREFIX}:*"))
        if keys:
            self.redis.delete(*keys)

    def submit(self, files: Sequence[Path]) -> dict[int, float]:
        """Submit files one by one as ``submit_bytes`` does; each new document's submit time."""
        from workers.distributed.submit import submit_bytes

        submitted = {}
        for path in files:
            data = path.read_bytes()
            at = time.time()
            ingested = submit_bytes(self.ctx, data, source="cli", filename=path.name)
            if not ingested.is_duplicate:
                submitted[ingested.document_id] = at
        return submitted

    def ingest(self, files: Sequence[Path]) -> list[int]:
        """Store and record files as a source host does, without queueing them: the new ids."""
        from pipeline.ingest import ingest_bytes

        ids = []
        for path in files:
            data, deps = path.read_bytes(), self.ctx.deps
            ingested = ingest_bytes(deps.sessions, deps.store, data, source="cli", filename=path.name)
            if not ingested.is_duplicate:
                ids.append(ingested.document_id)
        return ids

    def queue(self, ids: Sequence[int]) -> None:
        """Queue recorded documents for the workers, as ``submit_bytes`` does after its commit."""
        from workers.distributed.tasks import submit_extract

        submit_extract(list(ids))

    def pending(self) -> int:
        from pipeline.db.models import Document

        with self.sessions() as session:
            return int(session.scalar(select(func.count()).where(Document.status == "pending")) or 0)

    def statuses(self, ids: Sequence[int]) -> dict[str, int]:
        from pipeline.db.models import Document

        with self.sessions() as session:
            rows = session.execute(
                select(Document.status, func.count()).where(Document.id.in_(ids)).group_by(Document.status)
            ).all()
        return {str(status): int(count) for status, count in rows}

    def unpublished(self, ids: Sequence[int]) -> int:
        """Documents among ``ids`` whose route has not been published yet."""
        from pipeline.db.models import Route

        with self.sessions() as session:
            published = session.scalar(
                select(func.count(func.distinct(Route.document_id))).where(
                    Route.document_id.in_(ids), Route.status == "published"
                )
            )
        return len(ids) - int(published or 0)

    def wait_done(self, timeout: float) -> float:
        """Wall seconds (``time.time``) when no document is pending any more."""
        _wait(lambda: self.pending() == 0, timeout, "the documents to be done", *self._logs())
        return time.time()

    def wait_routed(self, ids: Sequence[int], timeout: float) -> None:
        _wait(lambda: self.unpublished(ids) == 0, timeout, "the relay to publish the routes", *self._logs())

    def routed_at(self) -> dict[int, float]:
        """Per document: when its route entered a stream (the entry id: Redis's clock, in ms)."""
        found: dict[int, float] = {}
        for key in self.redis.scan_iter(match=f"{_stream_prefix()}*", _type="STREAM"):
            entries: Any = self.redis.xrange(key)
            for entry_id, values in entries:
                document_id = int(values[b"document_id"])
                at = int(entry_id.split(b"-")[0]) / 1000
                found[document_id] = min(at, found.get(document_id, at))
        return found

    def runtime(self) -> Any:
        """A worker's runtime in this process (with the model), built once."""
        if self._runtime is None:
            from workers.distributed.runtime import build_runtime

            self._runtime = build_runtime(self.config, with_models=True)
        return self._runtime

    def _logs(self) -> list[Path]:
        return sorted(self.root.glob("*.log"))


# -- the measurements -------------------------------------------------------------------------------


def throughput_run(cluster: Cluster, workers: int, warm: list[Path], files: list[Path]) -> dict[str, Any]:
    """Documents per second through ``workers`` workers, from queueing a backlog until none is pending.

    The files are stored and recorded first (on a source host, in production), then queued at once:
    the clock measures the workers, not this process storing files on the same two cores.
    """
    cluster.scale_to(workers)
    warmup_s = cluster.warm_up(warm)
    ingest_started = time.time()
    ids = cluster.ingest(files)
    submit_s = time.time() - ingest_started
    started = time.time()
    cluster.queue(ids)
    submitted = dict.fromkeys(ids, started)
    done = cluster.wait_done(timeout=120 + 10 * len(files))
    cluster.wait_routed(ids, timeout=60)
    routed = cluster.routed_at()
    seconds = done - started
    return {
        "workers": workers,
        "docs": len(ids),
        "seconds": seconds,
        "docs_per_s": len(ids) / seconds,
        "submit_s": submit_s,
        "warmup_s": warmup_s,  # a new worker's model load is in here
        "statuses": cluster.statuses(ids),
        "worker_rss_mb": cluster.worker_rss_mb(),
        "latencies_s": [routed[i] - at for i, at in submitted.items() if i in routed],
    }


def latency_run(cluster: Cluster, warm: list[Path], files: list[Path]) -> list[float]:
    """Submit to routed for one document at a time, each submitted once the one before is routed."""
    cluster.warm_up(warm)
    latencies = []
    for path in files:
        submitted = cluster.submit([path])
        cluster.wait_routed(list(submitted), timeout=120)
        routed = cluster.routed_at()
        latencies += [routed[i] - at for i, at in submitted.items()]
    return latencies


def infer_batching(
    cluster: Cluster, runtime: Any, warm: list[Path], files: list[Path], repeats: int
) -> dict[str, Any]:
    """The infer step's documents per second one at a time and batched, over the same documents."""
    batch = int(cluster.config.infer_batch_size)
    sizes = [1, batch] if repeats == 1 else [1, batch, batch, 1]
    runtime.config = cluster.config.model_copy(update={"infer_batch_size": batch})
    _infer_pass(cluster, runtime, warm)  # untimed: the model's first calls
    runs = []
    for size in sizes:
        runtime.config = cluster.config.model_copy(update={"infer_batch_size": size})
        seconds, classify_s, count, statuses = _infer_pass(cluster, runtime, files)
        run: dict[str, Any] = {
            "batch_size": size,
            "docs": count,
            "seconds": seconds,
            "classify_s": classify_s,
        }
        runs.append(run | {"docs_per_s": count / seconds, "statuses": statuses})
    runtime.config = cluster.config
    rates = {
        str(size): statistics.median(r["docs_per_s"] for r in runs if r["batch_size"] == size)
        for size in dict.fromkeys(sizes)
    }
    classify = {
        str(size): statistics.median(r["classify_s"] / r["docs"] for r in runs if r["batch_size"] == size)
        for size in dict.fromkeys(sizes)
    }
    classifier = runtime.context.deps.classifier
    return {
        "runs": runs,
        "docs_per_s": rates,
        "batch_size": batch,
        "gain": rates[str(batch)] / rates["1"],
        "classify_s_per_doc": classify,  # the model's share of the infer step
        "classify_gain": classify["1"] / classify[str(batch)] if classify[str(batch)] > 0 else None,
        "model": getattr(classifier, "model_version", None) if classifier is not None else None,
        "note": "infer_step per document in this process, as the infer task calls it, over extractions "
        "staged in Redis; batch size from DOCPIPE_INFER_BATCH_SIZE (infer_batch_size)"
        + ("" if classifier is not None else "; no model: nothing to classify, so little to gain"),
    }


def _infer_pass(
    cluster: Cluster, runtime: Any, files: list[Path]
) -> tuple[float, float, int, dict[str, int]]:
    """Ingest and stage ``files`` (untimed), then time ``infer_step`` for each; and its classify calls."""
    from pipeline.ingest import ingest_bytes
    from workers.distributed.steps import extract_step, infer_step

    cluster.reset()
    deps = runtime.context.deps
    ids = []
    for path in files:
        ingested = ingest_bytes(
            deps.sessions, deps.store, path.read_bytes(), source="cli", filename=path.name
        )
        ids.append(ingested.document_id)
    for document_id in ids:
        outcome = extract_step(runtime, document_id)
        if outcome.status != "extracted":
            raise RuntimeError(f"document {document_id} ({outcome.status}) was not staged for inference")
    with _timed_classify() as classify:
        started = time.perf_counter()
        for document_id in ids:  # one task per document; those already taken into a batch are no-ops
            infer_step(runtime, document_id)
        seconds = time.perf_counter() - started
    return seconds, sum(classify), len(ids), cluster.statuses(ids)


@contextmanager
def _timed_classify() -> Iterator[list[float]]:
    """The seconds of every ``classify_texts`` call the infer step makes, while in the block."""
    from workers.distributed import steps

    spent: list[float] = []
    original = steps.classify_texts

    def timed(texts: Sequence[str], classifier: Any) -> list[Any]:
        started = time.perf_counter()
        try:
            return original(texts, classifier)
        finally:
            spent.append(time.perf_counter() - started)

    steps.classify_texts = timed
    try:
        yield spent
    finally:
        steps.classify_texts = original


def relay_rate(cluster: Cluster, messages: int, *, repeats: int) -> dict[str, Any]:
    """Messages per second of ``publish_all`` over ``messages`` pending outbox rows (the relay stopped)."""
    from pipeline.db.models import Route
    from workers.distributed.relay import publish_all

    with cluster.sessions() as session:
        models = [
            {"document_id": r.document_id, "queue": r.queue, "rule": r.rule, "payload": r.payload}
            for r in session.scalars(select(Route).order_by(Route.id))
        ]
    if not models:
        raise RuntimeError("no routes to copy: the infer step routed no document")
    rows = [models[i % len(models)] | {"status": "pending"} for i in range(messages)]
    rates = []
    for _ in range(repeats):
        with cluster.sessions.begin() as session:
            session.execute(delete(Route))
            session.execute(insert(Route), rows)
        cluster.clear_keys()
        started = time.perf_counter()
        published = publish_all(cluster.sessions, cluster.redis, cluster.config.relay_batch)
        seconds = time.perf_counter() - started
        if published != messages:
            raise RuntimeError(f"the relay published {published} of {messages} routes")
        rates.append(published / seconds)
    return {
        "messages": messages,
        "batch": cluster.config.relay_batch,
        "repeats": repeats,
        "messages_per_s_runs": rates,
        "messages_per_s": statistics.median(rates),
        "note": "publish_all (docpipe relay's loop body): select FOR UPDATE SKIP LOCKED, XADD, mark "
        "published",
    }


# -- services and processes -------------------------------------------------------------------------


@contextmanager
def _private_redis() -> Iterator[tuple[str, str]]:
    """A Redis database no one else uses: a DB number claimed on the server ``tests.services`` finds
    (127.0.0.1:6379, or a private ``redis-server``), emptied afterwards."""
    from tests.services import redis_server

    with ExitStack() as stack:
        try:
            base = stack.enter_context(redis_server())
        except (OSError, RuntimeError) as error:
            raise ServiceUnavailable(f"no Redis: {error}") from error
        url, client = _claim_database(base)
        stack.callback(client.close)
        stack.callback(client.flushdb)  # first: everything this run left, the claim included
        yield url, f"{url} (a claimed DB number, emptied afterwards)"


def _claim_database(base: str) -> tuple[str, Redis]:
    """The first of ``BENCH_DB_NUMBERS`` that is empty, or whose claimer on this host is dead (a
    killed run), claimed with a key naming this process."""
    prefix = base.rsplit("/", 1)[0]
    owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    for number in BENCH_DB_NUMBERS:
        url = f"{prefix}/{number}"
        client = Redis.from_url(url)
        try:
            if _claim(client, owner):
                return url, client
        except OSError as error:
            client.close()
            raise ServiceUnavailable(f"Redis at {prefix}: {error}") from error
        except Exception:
            client.close()
            raise
        client.close()
    raise ServiceUnavailable(f"every bench DB number {BENCH_DB_NUMBERS} of {prefix} is in use")


def _claim(client: Redis, owner: str) -> bool:
    if client.dbsize() and _claimer_dead(client.get(CLAIM_KEY)):
        client.flushdb()  # what a killed bench run left; no one else writes to a claimed DB
    if client.dbsize() or not client.set(CLAIM_KEY, owner, nx=True):
        return False
    if client.dbsize() == 1:  # nothing else arrived meanwhile
        return True
    client.delete(CLAIM_KEY)
    return False


def _claimer_dead(claim: Any) -> bool:
    """Whether ``claim`` names a process of this host that no longer runs."""
    if not isinstance(claim, bytes):
        return False
    host, _, rest = claim.decode(errors="replace").partition(":")
    pid = rest.partition(":")[0]
    return host == socket.gethostname() and pid.isdigit() and not psutil.pid_exists(int(pid))


@contextmanager
def _fresh_database() -> Iterator[tuple[str, str]]:
    """An empty PostgreSQL database, dropped afterwards (``tests.services``)."""
    from tests.services import postgres_database, postgres_server

    with ExitStack() as stack:
        try:
            admin = stack.enter_context(postgres_server())
            url = stack.enter_context(postgres_database(admin))
        except (OSError, RuntimeError, subprocess.CalledProcessError, psycopg.Error) as error:
            raise ServiceUnavailable(f"no PostgreSQL: {error}") from error
        yield url, "PostgreSQL " + url.rsplit("@", 1)[-1] + " (fresh database, dropped afterwards)"


def _stream_prefix() -> str:
    from workers.distributed.relay import STREAM_PREFIX

    return STREAM_PREFIX


_PR_SET_PDEATHSIG = 1
_libc: Any = None
if sys.platform.startswith("linux"):
    with contextlib.suppress(OSError):
        _libc = ctypes.CDLL(None, use_errno=True)


def _die_with_parent() -> None:
    """In the child before exec: SIGKILL it when the thread that started it dies (this process)."""
    if _libc is not None:
        _libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def _spawn(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """A process of its own group (its pool and children are stopped with it), logging to ``log``.

    It is killed when the thread that started it ends: the thread that runs the section, which
    stops it before then anyway.
    """
    with log.open("ab") as out:
        return subprocess.Popen(
            command,
            cwd=REPO_ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_die_with_parent,  # only a prctl call: safe even with other threads about
        )


def _stop(process: subprocess.Popen[bytes]) -> None:
    """TERM the process group (a worker finishes its task and leaves), KILL it if it lingers."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=STOP_TIMEOUT_S)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # its pool processes too, should any be left
    process.wait(timeout=STOP_TIMEOUT_S)


def _ready(worker: subprocess.Popen[bytes], log: Path) -> bool:
    if worker.poll() is not None:
        raise RuntimeError(f"docpipe worker exited with {worker.returncode}:\n{_tail(log)}")
    return " ready." in log.read_text(errors="replace")


def _wait(ready: Callable[[], bool], timeout: float, what: str, *logs: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(POLL_S)
    tails = "".join(f"\n--- {log.name}:\n{_tail(log)}" for log in logs)
    raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}{tails}")


def _tail(log: Path, size: int | None = 1500) -> str:
    try:
        return log.read_text(errors="replace")[-size:] if size else log.read_text(errors="replace")
    except OSError:
        return ""


@contextmanager
def _sigterm_exits() -> Iterator[None]:
    """SIGTERM to this process (a time-out, a CI cancel) unwinds it, so its workers are stopped."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def leave(signum: int, _frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, leave)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
