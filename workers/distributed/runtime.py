"""What a distributed worker process holds: the pipeline context, Redis, staging, routing rules."""

from __future__ import annotations

from dataclasses import dataclass

from redis import Redis
from redis.backoff import ExponentialWithJitterBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.retry import Retry

from pipeline.routing import RoutingRules, load_rules
from workers.context import WorkerContext, build_context
from workers.distributed.config import DistributedSettings
from workers.distributed.staging import Staging


@dataclass
class Runtime:
    """Built once per worker process (and once by the relay and by submitters)."""

    config: DistributedSettings
    context: WorkerContext
    redis: Redis
    staging: Staging
    rules: RoutingRules


def connect_redis(url: str) -> Redis:
    """A Redis client that rides out a restart of a few seconds: commands retry with backoff."""
    return Redis.from_url(
        url,
        retry=Retry(ExponentialWithJitterBackoff(base=0.2, cap=2.0), retries=12),
        retry_on_error=[RedisConnectionError, RedisTimeoutError],
        socket_connect_timeout=5,
        socket_timeout=30,
        health_check_interval=30,
    )


def build_runtime(config: DistributedSettings, *, with_models: bool) -> Runtime:
    """The runtime for one process; loads the classifier only when ``with_models``."""
    rules = load_rules(config.routing_rules)  # a bad rules file stops the process at start, not per document
    context = build_context(config, migrate=False, with_models=with_models)
    redis = connect_redis(config.redis_url)
    return Runtime(
        config=config,
        context=context,
        redis=redis,
        staging=Staging(redis, config.staging_ttl),
        rules=rules,
    )
