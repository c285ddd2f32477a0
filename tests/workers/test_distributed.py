"""The distributed runtime with real services: PostgreSQL, a private Redis, real `celery worker`s.

One cluster (database, blob store, Redis, routing rules) is shared by the tests of this module;
each test submits content of its own, so tests do not see each other's documents. The workers
run with a visibility timeout of a few seconds, so that a task whose worker vanished is handed to
another worker quickly.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from celery import Celery
from redis import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from pipeline.blobstore import BlobStore
from pipeline.categories import DEFAULT_CATEGORIES
from pipeline.classify import Classifier
from pipeline.db.engine import create_db_engine, session_factory
from pipeline.db.migrate import upgrade
from pipeline.db.models import Document, Route
from pipeline.errors import DocumentError
from pipeline.extract import detect_mime_type, extract_text
from pipeline.ingest import ingest_bytes
from pipeline.options import ExtractOptions, Limits
from pipeline.records import Prediction
from tests.conftest import REPO_ROOT
from tests.services import free_port, port_open, postgres_database
from tests.tiny_model import make_tiny_base
from workers.context import WorkerContext, build_context
from workers.distributed.analysis import OcrTimeoutError, read_text
from workers.distributed.celery_app import celery_config, configure
from workers.distributed.codec import dump_extraction, load_extraction
from workers.distributed.commands import relay, submit_paths
from workers.distributed.config import DistributedSettings
from workers.distributed.relay import STREAM_PREFIX, RelayLoop, publish_all, stream_name
from workers.distributed.runtime import build_runtime
from workers.distributed.steps import StepOutcome, extract_step, infer_step
from workers.distributed.submit import (
    StillPending,
    broker_backlog,
    celery_process_fn,
    resubmit_stale,
    submit_bytes,
)
from workers.distributed.tasks import (
    EXTRACT_TASK,
    INFER_TASK,
    TransientError,
    describe_failure,
    is_transient,
    submit_extract,
    transient_errors_retry,
)

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

CELERY = str(REPO_ROOT / ".venv" / "bin" / "celery")
VISIBILITY_TIMEOUT = 6

RULES = """
version: 1
default_queue: inbox
rules:
  - {name: failed, queue: failed, when: {status: failed}}
  - {name: the-register, queue: newsletters, when: {sender_domain: theregister.co.uk}}
  - {name: ivan, queue: people, when: {sender: Ivan@IvanKelly.net}}
  - {name: needs-review, queue: review, when: {status: needs_review}}
"""


class RedisServer:
    """A private redis-server that keeps its data (AOF) across a restart on the same port."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--dir",
                str(self.root),
                "--appendonly",
                "yes",
                "--appendfsync",
                "always",
                "--save",
                "",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait(lambda: port_open("127.0.0.1", self.port), 20, "redis-server")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None


@dataclass
class Cluster:
    root: Path
    redis_server: RedisServer
    database_url: str
    settings: DistributedSettings
    sessions: sessionmaker[Session]
    ctx: WorkerContext
    redis: Redis
    env: dict[str, str]
    workers: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def start_worker(self, name: str) -> subprocess.Popen[bytes]:
        log = (self.root / f"{name}.log").open("ab")
        worker = subprocess.Popen(
            [
                CELERY,
                "-A",
                "workers.distributed.celery_app",
                "worker",
                "-Q",
                "extract,infer",
                "-c",
                "1",
                "--pool",
                "prefork",
                "-n",
                f"{name}@%h",
                "-l",
                "INFO",
                "--without-gossip",
                "--without-mingle",
            ],
            cwd=REPO_ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: kill it with its pool and tesseract
        )
        self.workers.append(worker)
        return worker

    def kill_worker(self, worker: subprocess.Popen[bytes], sig: int = signal.SIGKILL) -> None:
        os.killpg(worker.pid, sig)
        if sig in (signal.SIGKILL, signal.SIGTERM):
            worker.wait(timeout=30)
            self.workers.remove(worker)

    def unique_text(self, label: str) -> bytes:
        return f"{label} {uuid.uuid4()}\nPlease find attached our statement for the last month.\n".encode()

    def submit_text(self, label: str) -> int:
        return submit_bytes(
            self.ctx, self.unique_text(label), source="cli", filename=f"{label}.txt"
        ).document_id

    def wait_until_nothing_pending(self, timeout: float = 60) -> None:
        def done() -> bool:
            with self.sessions() as session:
                return not session.scalar(select(func.count()).where(Document.status == "pending"))

        _wait(done, timeout, "documents to finish")

    def document(self, document_id: int) -> Document:
        with self.sessions() as session:
            document = session.get(Document, document_id)
            assert document is not None
            return document

    def routes_of(self, document_id: int) -> list[Route]:
        with self.sessions() as session:
            return list(session.scalars(select(Route).where(Route.document_id == document_id)))

    def stream_entries(self) -> list[tuple[str, dict[str, object]]]:
        entries = []
        for key in sorted(self.redis.scan_iter(match=f"{STREAM_PREFIX}*", _type="STREAM")):
            for _id, values in self.redis.xrange(key):
                entries.append((key.decode(), json.loads(values[b"data"])))
        return entries


def make_tiny_classifier(out: Path) -> Path:
    """An untrained tiny BERT classifier in a model directory: predictions, not good ones."""
    from transformers import BertConfig, BertForSequenceClassification

    out.mkdir()
    make_tiny_base(out)
    config = BertConfig.from_pretrained(out, num_labels=len(DEFAULT_CATEGORIES))
    BertForSequenceClassification(config).save_pretrained(out)
    tokenizer_config = json.loads((out / "tokenizer_config.json").read_text())
    tokenizer_config["model_max_length"] = config.max_position_embeddings
    (out / "tokenizer_config.json").write_text(json.dumps(tokenizer_config))
    (out / "labels.json").write_text(json.dumps({"labels": list(DEFAULT_CATEGORIES)}))
    (out / "temperature.json").write_text(json.dumps({"temperature": 1.0}))
    return out


def _wait(ready: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


@pytest.fixture(scope="module")
def cluster(postgres_admin_url: str) -> Iterator[Cluster]:
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    root = Path(tempfile.mkdtemp(prefix="docpipe-distributed-"))
    redis_server = RedisServer(root)
    with ExitStack() as cleanup:
        cleanup.callback(shutil.rmtree, root, ignore_errors=True)
        redis_server.start()
        cleanup.callback(redis_server.stop)
        rules = root / "rules.yaml"
        rules.write_text(RULES)
        model_dir = make_tiny_classifier(root / "model")  # the infer step classifies with a real transformer
        database_url = cleanup.enter_context(postgres_database(postgres_admin_url))
        env = {
            **os.environ,
            "DOCPIPE_DATABASE_URL": database_url,
            "DOCPIPE_DATA_DIR": str(root / "data"),
            "DOCPIPE_BROKER_URL": redis_server.url,
            "DOCPIPE_ROUTING_RULES": str(rules),
            "DOCPIPE_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT),
            "DOCPIPE_RESTORE_INTERVAL": "1",
            "DOCPIPE_TASK_TIME_LIMIT": "120",
            "DOCPIPE_CONFIG": str(root / "none.toml"),
            "DOCPIPE_MODEL_DIR": str(model_dir),
            "DOCPIPE_DEVICE": "cpu",
        }
        settings = DistributedSettings(
            database_url=database_url,
            data_dir=root / "data",
            broker_url=redis_server.url,
            routing_rules=rules,
            visibility_timeout=VISIBILITY_TIMEOUT,
            restore_interval=1,
            task_time_limit=120,
            model_dir=model_dir,
            device="cpu",
        )
        engine = create_db_engine(database_url)
        cleanup.callback(engine.dispose)
        upgrade(engine)
        configure(settings)
        ctx = build_context(settings, migrate=False, with_models=False)
        cleanup.callback(ctx.engine.dispose)
        redis = Redis.from_url(redis_server.url)
        cleanup.callback(redis.close)
        cluster = Cluster(
            root, redis_server, database_url, settings, session_factory(engine), ctx, redis, env
        )
        cleanup.callback(lambda: [cluster.kill_worker(worker) for worker in list(cluster.workers)])
        yield cluster


@pytest.fixture(scope="module")
def running(cluster: Cluster) -> Cluster:
    """The cluster with two workers (after the first test has killed its lone worker)."""
    while len(cluster.workers) < 2:
        cluster.start_worker(f"w{uuid.uuid4().hex[:6]}")
    return cluster


def test_each_task_is_published_to_its_own_queue_only(cluster: Cluster) -> None:
    probe_url = cluster.redis_server.url.replace("/0", "/2")  # a broker no worker reads
    probe = Celery("probe")
    probe.conf.update(celery_config(cluster.settings.model_copy(update={"broker_url": probe_url})))
    with probe.connection_for_write() as connection:
        for queue in probe.amqp.queues.values():
            queue.bind(connection.default_channel).declare()
        probe.send_task(EXTRACT_TASK, args=[1], connection=connection)
        probe.send_task(INFER_TASK, args=[2], connection=connection)
    broker = Redis.from_url(probe_url)
    assert (broker.llen("extract"), broker.llen("infer")) == (1, 1)
    assert json.loads(broker.lindex("infer", 0))["headers"]["task"] == INFER_TASK
    broker.flushdb()


def test_a_worker_killed_in_the_middle_of_a_document_is_replaced_and_the_document_lands_once(
    cluster: Cluster, shared_data: Path
) -> None:
    lone = cluster.start_worker("doomed")
    receipt = (shared_data / "receipts" / "sroie_train_029.jpg").read_bytes()  # OCR: a few seconds
    document_id = submit_bytes(cluster.ctx, receipt, source="cli", filename="receipt.jpg").document_id
    # The worker took the task (it is in Redis's unacknowledged set) and is reading the receipt.
    _wait(lambda: cluster.redis.llen("extract") == 0 and cluster.redis.hlen("unacked") == 1, 60, "the task")
    time.sleep(0.5)
    cluster.kill_worker(lone, signal.SIGSTOP)
    assert cluster.document(document_id).status == "pending"
    cluster.kill_worker(lone, signal.SIGKILL)

    cluster.start_worker("heir")  # takes the task over once the visibility timeout has passed
    cluster.wait_until_nothing_pending(timeout=60)

    document = cluster.document(document_id)
    assert document.status == "needs_review"
    assert document.text_method == "ocr" and document.text
    assert [(r.queue, r.rule) for r in cluster.routes_of(document_id)] == [("review", "needs-review")]


def test_documents_land_exactly_once_and_are_routed_to_their_streams(
    running: Cluster, shared_data: Path
) -> None:
    invoices = [*sorted((shared_data / "invoices").glob("*.pdf")), shared_data / "invoices" / "Orlen.txt"]
    emails = [
        shared_data / "emails" / name
        for name in (
            "00014.a1f7ca2723b9e4060e7c73b6e1fed642.eml",  # update@list.theregister.co.uk
            "00105.e036059691d419bf35813576e85aecce.eml",  # the same sender
            "00024.066b89ecd18c7688e91833f97cf415ca.eml",  # ivan@ivankelly.net
            "00043.548c447db5d9ba3f5546de96baa9b0e6.eml",
            "00059.dc5b9ea22c6848c97871f0d9576cc931.eml",
        )
    ]
    intakes = submit_paths(running.settings, invoices + emails)
    submitted = {i.path.name: i.ingested.document_id for i in intakes if i.ingested}
    assert len(submitted) == len(invoices) + len(emails)
    running.wait_until_nothing_pending(timeout=90)

    with running.sessions() as session:
        documents = list(session.scalars(select(Document)))
        routes = list(session.scalars(select(Route)))
    originals = [d for d in documents if d.duplicate_of is None]
    assert len({d.sha256 for d in originals}) == len(originals), "one original per content"
    routes_per_document: dict[int, list[Route]] = {}
    for route in routes:
        routes_per_document.setdefault(route.document_id, []).append(route)
    for document in originals:
        assert document.status in ("processed", "needs_review", "failed"), document.filename
        assert len(routes_per_document.get(document.id, [])) == 1, f"{document.filename}: one route"
    assert not any(d.id in routes_per_document for d in documents if d.duplicate_of is not None)
    for name, document_id in submitted.items():
        document = next(d for d in originals if d.id == document_id)
        assert document.status == "needs_review", (name, document.error)  # an untrained model is unsure
        assert document.category in DEFAULT_CATEGORIES and document.model_version == "model", name
        assert document.error and "confidence" in document.error, name
        assert document.text, name

    # Attachments are new documents, submitted after their parent's transaction committed.
    travel = submitted["EN16931_Reisekostenabrechnung.pdf"]
    children = [d for d in documents if d.parent_id == travel]
    assert len(children) == 2 and all(c.text_method == "ocr" and c.text for c in children)

    queues = {d.id: routes_per_document[d.id][0].queue for d in originals}
    assert queues[submitted["00014.a1f7ca2723b9e4060e7c73b6e1fed642.eml"]] == "newsletters"
    assert queues[submitted["00105.e036059691d419bf35813576e85aecce.eml"]] == "newsletters"
    assert queues[submitted["00024.066b89ecd18c7688e91833f97cf415ca.eml"]] == "people"
    assert queues[submitted["EN16931_Einfach.pdf"]] == "review"

    # Two relays at once: each pending route is published once and marked.
    counts: list[int] = []
    threads = [
        threading.Thread(
            target=lambda: counts.append(
                publish_all(running.sessions, Redis.from_url(running.redis_server.url), 7)
            )
        )
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert relay(running.settings, once=True) == 0
    with running.sessions() as session:
        assert session.scalar(select(func.count()).where(Route.status == "pending")) == 0
        assert session.scalar(select(func.count()).where(Route.published_at.is_(None))) == 0
    published = [(stream, message) for stream, message in running.stream_entries()]
    published_ids = [message["document_id"] for _, message in published]
    assert sum(counts) == len(routes) == len(published)
    assert sorted(published_ids) == sorted(queues), "every routed document exactly once"
    for stream, message in published:
        assert stream == stream_name(queues[int(str(message["document_id"]))])
        assert message["queue"] == queues[int(str(message["document_id"]))]
        assert message["source"] == "cli" and "rule" in message and "confidence" in message


def test_a_poison_document_fails_alone(running: Cluster) -> None:
    good = [running.submit_text(f"good-{n}") for n in range(3)]
    missing = ingest_bytes(
        running.ctx.deps.sessions, running.ctx.deps.store, running.unique_text("gone"), source="cli"
    )
    running.ctx.deps.store.path_for(missing.sha256).unlink()  # the blob store lost its bytes
    corrupt = submit_bytes(running.ctx, b"%PDF-1.7\n" + os.urandom(2000), source="cli", filename="bad.pdf")
    submit_extract([missing.document_id])
    running.wait_until_nothing_pending()

    lost = running.document(missing.document_id)
    assert lost.status == "failed"
    assert lost.error is not None and "missing from the blob store" in lost.error
    broken = running.document(corrupt.document_id)
    assert broken.status == "failed" and broken.error
    for document_id in (missing.document_id, corrupt.document_id):
        assert [r.queue for r in running.routes_of(document_id)] == ["failed"]
    for document_id in good:
        assert running.document(document_id).status == "needs_review"
        assert len(running.routes_of(document_id)) == 1


def test_the_infer_step_classifies_staged_documents_in_one_batch(running: Cluster) -> None:
    runtime = build_runtime(running.settings, with_models=True)  # this test plays the workers
    deps = runtime.context.deps
    assert deps.classifier is not None
    texts = [running.unique_text(f"batch-{n}") for n in range(5)]
    ids = [ingest_bytes(deps.sessions, deps.store, text, source="cli").document_id for text in texts]
    assert [extract_step(runtime, i).status for i in ids] == ["extracted"] * 5
    calls: list[int] = []
    deps.classifier = CountingClassifier(deps.classifier, calls)

    outcomes = infer_step(runtime, ids[2])

    assert sorted(o.document_id for o in outcomes) == sorted(ids)
    assert calls == [5], "one call for the batch"
    assert infer_step(runtime, ids[0]) == [StepOutcome(ids[0], "done")], "its own task later: a no-op"
    for document_id in ids:
        document = running.document(document_id)
        assert document.category in DEFAULT_CATEGORIES and document.status == "needs_review"
        assert len(running.routes_of(document_id)) == 1
    assert runtime.staging.get_many(ids) == {}
    runtime.context.engine.dispose()


@dataclass
class CountingClassifier:
    """The real classifier, counting how many texts each call gets."""

    inner: Classifier
    calls: list[int]

    @property
    def model_version(self) -> str:
        return self.inner.model_version

    def classify(self, texts: Sequence[str]) -> list[Prediction]:
        self.calls.append(len(texts))
        return self.inner.classify(texts)


def test_the_same_bytes_twice_at_once_give_one_document_and_one_duplicate(running: Cluster) -> None:
    data = running.unique_text("twice")
    barrier = threading.Barrier(2)
    results: list[int] = []

    def submit() -> None:
        barrier.wait()
        results.append(submit_bytes(running.ctx, data, source="cli", filename="twice.txt").document_id)

    threads = [threading.Thread(target=submit) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    first = min(results, key=lambda i: running.document(i).duplicate_of is not None)
    submit_extract([first, first])  # and its task handed to both workers
    running.wait_until_nothing_pending()

    documents = [running.document(i) for i in results]
    assert sorted(d.status for d in documents) == ["duplicate", "needs_review"]
    original = next(d for d in documents if d.status != "duplicate")
    assert next(d for d in documents if d.status == "duplicate").duplicate_of == original.id
    assert len(running.routes_of(original.id)) == 1


def test_work_resumes_after_a_redis_restart_and_nothing_is_lost(running: Cluster) -> None:
    ids = [running.submit_text(f"restart-{n}") for n in range(24)]

    def some_done() -> bool:
        with running.sessions() as session:
            return bool(
                session.scalar(select(func.count()).where(Document.id.in_(ids), Document.status != "pending"))
            )

    _wait(some_done, 60, "the first documents")
    running.redis_server.stop()
    time.sleep(1.0)
    running.redis_server.start()  # the queues come back from the append-only file

    # A message a worker had just popped from a queue when Redis went away can die with the
    # connection (kombu writes it to the unacknowledged set only after the pop). The relay's sweep
    # queues such a document again once the queues are idle: what `docpipe relay` does.
    resubmitted: list[int] = []
    deadline = time.monotonic() + 90
    while not all_done(running, ids):
        assert time.monotonic() < deadline, "documents still pending"
        broker_idle = broker_backlog(running.redis) == 0
        if broker_idle:
            time.sleep(1.0)  # a task still running commits now
            resubmitted += resubmit_stale(running.sessions, running.redis, older_than=2)
        time.sleep(0.2)
    assert len(resubmitted) <= 2, "at most the message each worker was taking when Redis stopped"

    for document_id in ids:
        assert running.document(document_id).status == "needs_review"
        assert len(running.routes_of(document_id)) == 1


def all_done(cluster: Cluster, ids: list[int]) -> bool:
    with cluster.sessions() as session:
        return not session.scalar(
            select(func.count()).where(Document.id.in_(ids), Document.status == "pending")
        )


def test_a_document_whose_task_was_lost_is_resubmitted_by_the_sweep(running: Cluster) -> None:
    lost = ingest_bytes(
        running.ctx.deps.sessions, running.ctx.deps.store, running.unique_text("lost"), source="cli"
    )
    with running.sessions.begin() as session:  # recorded an hour ago; its task never reached the broker
        session.execute(
            update(Document)
            .where(Document.id == lost.document_id)
            .values(updated_at=datetime.now(UTC) - timedelta(hours=1))
        )
    busy = Redis.from_url(running.redis_server.url.replace("/0", "/1"))  # a broker whose queue holds work
    busy.rpush("extract", "a message still waiting")
    assert resubmit_stale(running.sessions, busy, older_than=600) == [], "work queued: the sweep waits"
    busy.delete("extract")

    resubmitted: list[int] = []

    def sweep() -> (
        bool
    ):  # as the relay does every minute, until the broker is idle (earlier tests' redeliveries)
        resubmitted.extend(resubmit_stale(running.sessions, running.redis, older_than=600))
        return bool(resubmitted)

    _wait(sweep, 30, "the sweep")
    assert resubmitted == [lost.document_id]
    running.wait_until_nothing_pending()
    assert running.document(lost.document_id).status == "needs_review"


def test_a_source_in_distributed_mode_returns_once_the_records_are_committed(
    running: Cluster, shared_data: Path
) -> None:
    mail = (
        b"From: Ivan Kelly <ivan@ivankelly.net>\r\nTo: ap@example.com\r\nSubject: statement\r\n"
        b"Message-ID: <" + uuid.uuid4().hex.encode() + b"@example.com>\r\n"
        b"Content-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nSee the attachment.\r\n"
        b"--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=statement.txt\r\n\r\n"
        + running.unique_text("attached")
        + b"\r\n--b--\r\n"
    )
    ingested = ingest_bytes(running.ctx.deps.sessions, running.ctx.deps.store, mail, source="imap")
    process = celery_process_fn(running.ctx, timeout=60, poll_seconds=0.05)
    process([ingested.document_id])  # what `docpipe imap` calls before it marks the mail seen

    with running.sessions() as session:
        tree = list(
            session.scalars(
                select(Document).where(
                    (Document.id == ingested.document_id) | (Document.parent_id == ingested.document_id)
                )
            )
        )
    assert len(tree) == 2 and all(d.status == "needs_review" for d in tree)
    assert [r.queue for r in running.routes_of(ingested.document_id)] == ["people"]
    receipt = (shared_data / "receipts" / "sroie_train_000.jpg").read_bytes()  # OCR: a second or two
    slow = ingest_bytes(running.ctx.deps.sessions, running.ctx.deps.store, receipt, source="folder")
    with pytest.raises(StillPending, match="1 document"):  # the source leaves the item, tries later
        celery_process_fn(running.ctx, timeout=0.2)([slow.document_id])
    running.wait_until_nothing_pending()


def test_the_relay_loop_publishes_as_documents_finish_and_runs_its_sweep(running: Cluster) -> None:
    sweeps: list[float] = []
    loop = RelayLoop(
        running.sessions,
        running.redis,
        interval=0.05,
        maintenance=lambda: sweeps.append(1),
        maintenance_every=0.1,
    )
    stop = threading.Event()
    relay_thread = threading.Thread(target=loop.run, args=(stop,))
    relay_thread.start()
    try:
        document_id = running.submit_text("relayed")
        _wait(lambda: document_id in [m["document_id"] for _, m in running.stream_entries()], 30, "the route")
        _wait(lambda: bool(sweeps), 10, "the sweep")
    finally:
        stop.set()
        relay_thread.join(timeout=10)
    assert [r.status for r in running.routes_of(document_id)] == ["published"]
    assert sweeps


def test_a_consumer_group_reads_a_queue_and_dedupes_by_document_id(running: Cluster) -> None:
    ids = [running.submit_text(f"consumer-{n}") for n in range(3)]
    running.wait_until_nothing_pending()
    publish_all(running.sessions, running.redis)
    with running.sessions() as session:  # at least once: a relay that crashed before marking publishes again
        route = session.scalars(select(Route).where(Route.document_id == ids[0])).one()
        route.status = "pending"
        session.commit()
    publish_all(running.sessions, running.redis)
    assert [m["document_id"] for _, m in running.stream_entries()].count(ids[0]) == 2

    consume = consumer_example()["consume"]
    handled: list[int] = []
    consume(
        running.redis,
        "review",
        "accounts-payable",
        "ap-1",
        lambda d: handled.append(d["document_id"]),
        until_empty=True,
        block_ms=200,
    )
    assert set(ids) <= set(handled)
    assert len(handled) == len(set(handled)), "each document handled once"
    assert not running.redis.xpending("docpipe:route:review", "accounts-payable")["pending"]


def consumer_example() -> dict[str, object]:
    """The code of workers/distributed/CONSUMER_EXAMPLE.md, which the README shows."""
    text = (REPO_ROOT / "workers" / "distributed" / "CONSUMER_EXAMPLE.md").read_text()
    code = text.split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict[str, object] = {"__name__": "consumer_example"}
    exec(compile(code, "CONSUMER_EXAMPLE.md", "exec"), namespace)
    return namespace


def test_transient_errors_are_retried_and_bad_content_is_not(shared_data: Path) -> None:
    lost_connection = OperationalError("SELECT 1", {}, Exception("server closed the connection unexpectedly"))
    for error in (lost_connection, RedisConnectionError("refused"), OcrTimeoutError("OCR time limit")):
        assert is_transient(error), error
        with pytest.raises(TransientError), transient_errors_retry():
            raise error
    for error in (
        IntegrityError("INSERT", {}, Exception("duplicate key")),
        DocumentError("corrupt"),
        KeyError("x"),
    ):
        assert not is_transient(error), error
    assert (
        describe_failure(TransientError("OperationalError: gone"), 8)
        == "gave up after 8 retries: OperationalError: gone"
    )
    assert describe_failure(DocumentError("encrypted PDF"), 0) == "encrypted PDF"

    # An OCR time-out is retried (the host may have been busy), and on the last try is the document's problem.
    receipt = (shared_data / "receipts" / "sroie_train_019.jpg").read_bytes()
    hurried = ExtractOptions(limits=Limits(ocr_seconds_per_page=0.01))
    with pytest.raises(OcrTimeoutError):
        read_text(receipt, "image/jpeg", 0, hurried, retry_ocr_timeout=True)
    with pytest.raises(DocumentError, match="OCR time limit"):
        read_text(receipt, "image/jpeg", 0, hurried, retry_ocr_timeout=False)


def test_an_extraction_travels_to_the_infer_worker_intact(shared_data: Path, tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    for path in (
        shared_data
        / "invoices"
        / "EN16931_Reisekostenabrechnung.pdf",  # pages, words, e-invoice XML, 2 PDFs inside
        shared_data
        / "emails"
        / "00039.b2b936a8501444b213f61f9ff193b480.eml",  # headers, a date, an attachment
    ):
        data = path.read_bytes()
        mime_type = detect_mime_type(data, path.name)
        extraction = extract_text(data, mime_type, ExtractOptions())
        payload = dump_extraction(extraction, mime_type, store)
        assert load_extraction(payload, store) == (extraction, mime_type)
        assert len(payload) < len(data) / 4, "attachments travel as blob references, the rest compressed"
