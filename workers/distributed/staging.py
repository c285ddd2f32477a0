"""Extractions waiting in Redis for the infer worker, and the set it batches from.

Each extracted document gets a key ``docpipe:staged:<id>`` (compressed JSON, with a time to live)
and its id in the set ``docpipe:infer:ready``. Every document also has its own ``infer`` task
message; the task for one document takes up to ``batch - 1`` others from the set (SPOP: each
is taken once) and classifies them together. A document taken into a batch that then fails keeps
its own message, which processes it later: the set only speeds things up, it never loses work.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from redis import Redis

KEY_PREFIX = "docpipe"


class Staging:
    """Staged extractions in Redis."""

    def __init__(self, redis: Redis, ttl_seconds: int, prefix: str = KEY_PREFIX) -> None:
        self.redis = redis
        self.ttl_seconds = ttl_seconds
        self.prefix = prefix
        self.ready_key = f"{prefix}:infer:ready"

    def key(self, document_id: int) -> str:
        return f"{self.prefix}:staged:{document_id}"

    def put(self, document_id: int, payload: bytes) -> None:
        """Stage one document's extraction and offer it to batches."""
        pipe = self.redis.pipeline(transaction=True)
        pipe.set(self.key(document_id), payload, ex=self.ttl_seconds)
        pipe.sadd(self.ready_key, document_id)
        pipe.execute()

    def claim_batch(self, document_id: int, size: int) -> list[int]:
        """``document_id`` and up to ``size - 1`` other staged documents no batch has taken yet."""
        pipe = self.redis.pipeline(transaction=True)
        pipe.srem(self.ready_key, document_id)
        pipe.spop(self.ready_key, max(0, size - 1))
        _, others = pipe.execute()
        return [document_id, *sorted(int(other) for other in others or [] if int(other) != document_id)]

    def get_many(self, document_ids: Sequence[int]) -> dict[int, bytes]:
        """The staged payloads that exist, by document id."""
        if not document_ids:
            return {}
        values = self.redis.mget([self.key(i) for i in document_ids])
        return {
            i: v if isinstance(v, bytes) else str(v).encode()
            for i, v in zip(document_ids, values, strict=True)
            if v is not None
        }

    def drop(self, document_ids: Iterable[int]) -> None:
        """Forget documents that are done."""
        ids = list(document_ids)
        if ids:
            pipe = self.redis.pipeline(transaction=False)
            pipe.delete(*(self.key(i) for i in ids))
            pipe.srem(self.ready_key, *ids)
            pipe.execute()

    def ready_count(self) -> int:
        """Documents staged and not yet taken into a batch."""
        return int(self.redis.scard(self.ready_key))
