"""The distributed runtime's commands as plain functions; ``workers/cli.py`` wires them to ``docpipe``.

- ``docpipe worker [--queues extract,infer] [--concurrency N]`` → :func:`worker`
- ``docpipe relay [--once]`` → :func:`relay`
- queueing files from the command line (a ``docpipe submit PATH...``, should the CLI offer one)
  → :func:`submit_paths`; ``docpipe watch`` and ``docpipe imap`` in distributed mode hand their
  documents to :func:`workers.distributed.submit.celery_process_fn`
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Sequence
from types import FrameType

from pipeline.db.engine import create_db_engine, session_factory
from pipeline.routing import load_rules
from pipeline.settings import Settings
from workers.distributed.celery_app import INFER_QUEUE, QUEUES, app, configure
from workers.distributed.config import DistributedSettings, distributed_settings
from workers.distributed.relay import RelayLoop, publish_all
from workers.distributed.runtime import connect_redis
from workers.distributed.submit import resubmit_stale, submit_paths
from workers.embedded import FileIntake

log = logging.getLogger(__name__)

__all__ = ["FileIntake", "default_concurrency", "relay", "submit_paths", "worker", "worker_argv"]


def worker_argv(queues: Sequence[str], concurrency: int, loglevel: str = "INFO") -> list[str]:
    """The ``celery worker`` arguments for ``queues`` (names, or comma-separated lists of names)."""
    wanted = list(dict.fromkeys(name.strip() for item in queues for name in item.split(",") if name.strip()))
    unknown = sorted(set(wanted) - set(QUEUES))
    if unknown or not wanted:
        raise ValueError(
            f"unknown queue(s) {', '.join(unknown) or '(none given)'}: choose from {', '.join(QUEUES)}"
        )
    names = ",".join(wanted)
    return [
        "worker",
        f"--queues={names}",
        f"--concurrency={concurrency}",
        "--pool=prefork",
        f"--loglevel={loglevel}",
        # The pid keeps two workers of the same queues on one host apart (Celery node names).
        f"--hostname={names.replace(',', '+')}-{os.getpid()}@%h",
    ]


def default_concurrency(config: DistributedSettings, queues: Sequence[str]) -> int:
    """One process for an ``infer``-only worker (it batches for one model: a GPU, or torch's
    threads); else ``DOCPIPE_WORKERS``, or one process per CPU core."""
    if {name.strip() for item in queues for name in item.split(",") if name.strip()} == {INFER_QUEUE}:
        return 1
    return config.workers or os.cpu_count() or 1


def worker(
    settings: Settings, queues: Sequence[str] = QUEUES, concurrency: int | None = None, loglevel: str = "INFO"
) -> None:
    """Run a Celery worker on ``queues`` until stopped (``docpipe worker``).

    ``concurrency`` defaults to :func:`default_concurrency`. Raises ValueError for an unknown
    queue and RoutingRulesError for a bad rules file, before anything starts.
    """
    config = distributed_settings(settings)
    load_rules(config.routing_rules)
    if warning := config.timeout_warning():
        log.warning(warning)
    argv = worker_argv(queues, concurrency or default_concurrency(config, queues), loglevel)
    configure(config)
    app.worker_main(argv)


def relay(settings: Settings, once: bool = False) -> int:
    """Publish pending routes to Redis streams (``docpipe relay``); the number published.

    With ``once`` it publishes what is pending and returns; otherwise it runs until SIGTERM or
    SIGINT, and every minute queues again documents whose task was lost (see
    :func:`workers.distributed.submit.resubmit_stale`).
    """
    config = distributed_settings(settings)
    engine = create_db_engine(config.resolved_database_url)
    sessions = session_factory(engine)
    redis = connect_redis(config.redis_url)
    try:
        if once:
            return publish_all(sessions, redis, config.relay_batch)
        configure(config)
        loop = RelayLoop(
            sessions,
            redis,
            interval=config.relay_interval,
            batch=config.relay_batch,
            maintenance=lambda: resubmit_stale(sessions, redis, config.stale_after),
            maintenance_every=60.0,
        )
        return loop.run(_stop_on_signals())
    finally:
        redis.close()
        engine.dispose()


def _stop_on_signals() -> threading.Event:
    stop = threading.Event()

    def _handler(signum: int, _frame: FrameType | None) -> None:
        log.info("relay: stopping on signal %s", signum)
        stop.set()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _handler)
        signal.signal(signal.SIGINT, _handler)
    return stop
