"""The Celery app: Redis broker, JSON only, late acknowledgement, two queues.

``celery -A workers.distributed.celery_app worker -Q extract,infer`` configures it from the
``DOCPIPE_*`` environment; ``docpipe worker`` configures it from the settings it was given.
"""

from __future__ import annotations

from typing import Any

from celery import Celery
from kombu import Exchange, Queue

from workers.distributed.config import DistributedSettings, distributed_settings

EXTRACT_QUEUE = "extract"
INFER_QUEUE = "infer"
QUEUES = (EXTRACT_QUEUE, INFER_QUEUE)

app = Celery("docpipe", include=["workers.distributed.tasks"])

_config: DistributedSettings | None = None


def celery_config(config: DistributedSettings) -> dict[str, Any]:
    """Celery settings for ``config``."""
    return {
        "broker_url": config.redis_url,
        "broker_connection_retry_on_startup": True,
        "broker_connection_max_retries": None,  # a broker restart is waited out, never fatal
        "broker_transport_options": {
            "visibility_timeout": config.visibility_timeout,
            "unacked_restore_interval": max(1, round(config.restore_interval)),
            "unacked_restore_throttle": 1,
            "socket_connect_timeout": 5,
            "socket_timeout": 30,
            "health_check_interval": 15,
        },
        "task_publish_retry_policy": {
            "max_retries": 30,
            "interval_start": 0.2,
            "interval_step": 0.5,
            "interval_max": 3,
        },
        "task_serializer": "json",
        "result_serializer": "json",
        "accept_content": ["json"],
        "event_serializer": "json",
        "task_ignore_result": True,
        "result_backend": None,
        "task_acks_late": True,
        "task_reject_on_worker_lost": True,
        # A process killed under a task counts as a retry, so a document that crashes workers ends failed.
        "task_retry_on_worker_lost": True,
        "task_default_retry_delay": 5,
        "task_time_limit": config.task_time_limit,
        "worker_prefetch_multiplier": 1,
        "worker_proc_alive_timeout": 300,  # loading the model in a new worker process takes a while
        "worker_send_task_events": True,  # for Flower
        "task_send_sent_event": True,
        "worker_cancel_long_running_tasks_on_connection_loss": False,
        # Each queue its own exchange and routing key: an extract task must never land on infer too.
        "task_queues": [Queue(name, Exchange(name, type="direct"), routing_key=name) for name in QUEUES],
        "task_default_queue": EXTRACT_QUEUE,
        "task_default_exchange": EXTRACT_QUEUE,
        "task_default_routing_key": EXTRACT_QUEUE,
        "task_routes": {"docpipe.extract": {"queue": EXTRACT_QUEUE}, "docpipe.infer": {"queue": INFER_QUEUE}},
        "worker_hijack_root_logger": False,
        "timezone": "UTC",
    }


def configure(config: DistributedSettings) -> Celery:
    """Point the app at ``config``'s broker; the worker processes build their context from it."""
    global _config
    _config = config
    app.conf.update(celery_config(config))
    return app


def current_config() -> DistributedSettings:
    """The settings the app was configured with (from the environment when never configured)."""
    return _config if _config is not None else distributed_settings()


def _configure_from_environment() -> None:
    config = distributed_settings()
    if config.broker_url:
        configure(config)


_configure_from_environment()
