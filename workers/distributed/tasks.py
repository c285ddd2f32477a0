"""Thin Celery tasks: a document id in, the steps in :mod:`workers.distributed.steps` called,
errors mapped to retries (transient) or to a ``failed`` document (everything else).

Each worker process builds its :class:`Runtime` once, when it starts; only processes of a worker
that consumes the ``infer`` queue load the classifier.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from billiard.exceptions import WorkerLostError
from celery import Task
from celery.exceptions import TimeLimitExceeded
from celery.signals import celeryd_after_setup, task_failure, worker_process_init
from kombu.exceptions import OperationalError as KombuOperationalError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError

from pipeline.errors import DocumentError
from pipeline.routing import load_rules
from workers.distributed.analysis import OcrTimeoutError
from workers.distributed.celery_app import EXTRACT_QUEUE, INFER_QUEUE, app, current_config
from workers.distributed.runtime import Runtime, build_runtime
from workers.distributed.steps import extract_step, infer_step, mark_failed

log = logging.getLogger(__name__)

EXTRACT_TASK = "docpipe.extract"
INFER_TASK = "docpipe.infer"
MAX_RETRIES = 8  # with backoff 2, 4, ... 256 s (full jitter): a few minutes of outage are waited out
OCR_TIMEOUT_RETRIES = 2  # a page that times out again on a retry is the document's problem


class TransientError(Exception):
    """A database, broker or OCR hiccup: the task is tried again later."""


def is_transient(error: BaseException) -> bool:
    """Whether ``error`` is worth retrying: lost connections, time-outs; not bad data or bugs."""
    if isinstance(error, RedisConnectionError | RedisTimeoutError | KombuOperationalError | OcrTimeoutError):
        return True
    if isinstance(error, PoolTimeoutError):
        return True
    if isinstance(error, DBAPIError):
        return bool(error.connection_invalidated) or isinstance(error, OperationalError | InterfaceError)
    return False


@contextmanager
def transient_errors_retry() -> Iterator[None]:
    """Turn transient errors into :class:`TransientError`, which the tasks retry with backoff."""
    try:
        yield
    except Exception as error:
        if is_transient(error):
            raise TransientError(f"{type(error).__name__}: {error}") from error
        raise


def describe_failure(error: BaseException, retries: int) -> str:
    """The ``error`` column of a document whose task failed for good."""
    if isinstance(error, TransientError):
        return f"gave up after {retries} retries: {error}"
    if isinstance(error, WorkerLostError):
        return f"the worker process died {retries + 1} times while processing this document ({error})"
    if isinstance(error, TimeLimitExceeded):
        return f"processing took longer than the task time limit of {current_config().task_time_limit} s"
    if isinstance(error, DocumentError):
        return str(error)
    return f"{type(error).__name__}: {error}"


class DocumentTask(Task):
    """A task over one document: retried on transient errors, its document ``failed`` otherwise."""

    autoretry_for = (TransientError,)
    retry_backoff = 2
    retry_backoff_max = 300
    retry_jitter = True
    max_retries = MAX_RETRIES

    def on_failure(self, exc: BaseException, task_id: str, args: Any, kwargs: Any, einfo: Any) -> None:
        """Never silently: the document ends ``failed`` with the error, unless it was done meanwhile.

        Runs in the pool process for an exception, in the main process for a hard time limit.
        """
        document_id = int(args[0])
        error = describe_failure(exc, self.request.retries or 0)
        log.error("document %s failed: %s", document_id, error)
        record_failure(document_id, error)


_runtime: Runtime | None = None
_load_models = True


def runtime() -> Runtime:
    """This pool process's runtime, built on first use."""
    global _runtime
    if _runtime is None:
        _runtime = build_runtime(current_config(), with_models=_load_models)
    return _runtime


def record_failure(document_id: int, error: str) -> None:
    """Mark the document failed; in the worker's main process with a runtime closed right after
    (no model loaded, no connection left open for the next forked pool process to inherit)."""
    temporary = _runtime is None
    rt = build_runtime(current_config(), with_models=False) if temporary else runtime()
    try:
        mark_failed(rt, document_id, error)
    except Exception:  # the database is down too: the row stays pending and the relay resubmits it later
        log.exception("could not record the failure of document %s", document_id)
    finally:
        if temporary:
            rt.context.engine.dispose()
            rt.redis.close()


@celeryd_after_setup.connect
def _note_queues(sender: str, instance: Any, **_: Any) -> None:
    # Runs in the worker's main process before the pool forks: only infer workers load the model.
    global _load_models
    _load_models = INFER_QUEUE in instance.app.amqp.queues.consume_from
    config = current_config()
    load_rules(config.routing_rules)  # a bad rules file stops the worker here, with its message
    if warning := config.timeout_warning():
        log.warning(warning)


@worker_process_init.connect
def _build_runtime(**_: Any) -> None:
    runtime()


@task_failure.connect
def _on_worker_lost(
    sender: Any = None, exception: BaseException | None = None, args: Any = None, **_: Any
) -> None:
    # A pool process died under a task more often than max_retries: reported in the main process,
    # which calls no on_failure for it.
    if isinstance(exception, WorkerLostError) and getattr(sender, "name", None) in (EXTRACT_TASK, INFER_TASK):
        retries = getattr(getattr(sender, "request", None), "retries", None) or MAX_RETRIES
        record_failure(int(args[0]), describe_failure(exception, int(retries)))


def submit_extract(document_ids: Iterable[int]) -> None:
    """Queue documents for extraction; call only after the transaction that created them committed."""
    for document_id in document_ids:
        extract.apply_async(args=[document_id], queue=EXTRACT_QUEUE)


@app.task(bind=True, base=DocumentTask, name=EXTRACT_TASK)
def extract(self: Task, document_id: int) -> str:
    """Extract a document's text and hand it to the ``infer`` queue; no-op when it is done."""
    rt = runtime()
    with transient_errors_retry():
        outcome = extract_step(rt, document_id, retry_ocr_timeout=self.request.retries < OCR_TIMEOUT_RETRIES)
        if outcome.status == "extracted":
            infer.apply_async(args=[document_id], queue=INFER_QUEUE)
        submit_extract(outcome.children)
    return outcome.status


@app.task(bind=True, base=DocumentTask, name=INFER_TASK)
def infer(self: Task, document_id: int) -> str:
    """Classify a batch around this document, commit each, then submit their children."""
    rt = runtime()
    with transient_errors_retry():
        outcomes = infer_step(rt, document_id)
        for outcome in outcomes:
            submit_extract(outcome.children)
    own = next((o for o in outcomes if o.document_id == document_id), None)
    return own.status if own else "done"
