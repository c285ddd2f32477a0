"""Settings of the distributed runtime, declared once with their defaults and help.

They extend :class:`pipeline.settings.Settings` (same ``DOCPIPE_*`` variables, same config file),
so one object carries everything a worker, the relay or a submitter needs.
"""

from __future__ import annotations

from typing import Any, cast

from pydantic import Field

from pipeline.settings import Settings


class BrokerNotConfigured(RuntimeError):
    """The distributed runtime was asked for without ``DOCPIPE_BROKER_URL``."""


class DistributedSettings(Settings):
    """docpipe's configuration plus what Celery, Redis and the relay need."""

    infer_batch_size: int = Field(
        32, ge=1, le=1024, description="Most documents the infer worker classifies at once."
    )
    task_time_limit: int = Field(
        3600, ge=10, description="Seconds one task may run before its process is killed."
    )
    visibility_timeout: int = Field(
        7200,
        ge=5,
        description="Seconds before a task taken by a worker that vanished (host down) is handed to another.",
    )
    restore_interval: float = Field(
        30,
        gt=0,
        description="Seconds between checks for tasks of vanished workers (at most the visibility timeout).",
    )
    staging_ttl: int = Field(
        7 * 24 * 3600, ge=60, description="Seconds an extraction waits in Redis for inference."
    )
    relay_interval: float = Field(1.0, gt=0, description="Seconds the relay sleeps when no route is pending.")
    relay_batch: int = Field(500, ge=1, description="Routes the relay publishes per transaction.")
    stale_after: int = Field(
        300,
        ge=60,
        description="Seconds a document may be pending with no task for it before the relay queues it again.",
    )

    def timeout_warning(self) -> str | None:
        """A warning when a task may outlive the visibility timeout and so run twice (safely, but twice)."""
        if self.visibility_timeout > self.task_time_limit:
            return None
        return (
            f"DOCPIPE_VISIBILITY_TIMEOUT ({self.visibility_timeout} s) does not exceed "
            f"DOCPIPE_TASK_TIME_LIMIT ({self.task_time_limit} s): a task running longer than the "
            "visibility timeout is handed to a second worker too"
        )

    @property
    def redis_url(self) -> str:
        """The broker's URL, also used for staging and the routing streams."""
        if not self.broker_url:
            raise BrokerNotConfigured(
                "DOCPIPE_BROKER_URL is not set: the distributed runtime needs Redis (redis://host:6379/0)"
            )
        return self.broker_url


def distributed_settings(settings: Settings | None = None) -> DistributedSettings:
    """``settings`` (or the environment and config file) with the distributed runtime's settings added."""
    if isinstance(settings, DistributedSettings):
        return settings
    from_sources = _from_environment()
    if settings is None:
        return from_sources
    return from_sources.model_copy(update=settings.model_dump())  # the base settings as given


def _from_environment() -> DistributedSettings:
    # Without pydantic's mypy plugin, mypy reads every Field(default, ...) as a required argument.
    factory: Any = DistributedSettings
    return cast(DistributedSettings, factory())
