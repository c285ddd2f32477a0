"""Draining one IMAP folder into docpipe, exactly once, and waiting for more (IDLE or polling).

For each message, in UID order and in bounded batches:

1. FETCH ``BODY.PEEK[]`` (nothing is marked \\Seen by reading it);
2. record it (``ingest_bytes``: blob first, then the row), unless this account already has it;
3. process it and everything inside it (the ``ProcessFn``), which commits its records;
4. only then act on the server: mark it \\Seen, move it, or delete it, as configured;
5. only then advance the folder's checkpoint (``mail_state``: UIDVALIDITY and last UID).

A crash anywhere leaves the message unmarked or the checkpoint behind it, so it is fetched
again; step 2 then finds the row it already has (same bytes in this account, or the same
Message-ID) and resumes its processing instead of recording it twice. Marking before the
checkpoint is the order that loses nothing: the other order would leave a message past the
checkpoint that was never marked. A UIDVALIDITY change restarts the folder from UID 1 and
relies on the same look-up.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.parser import BytesHeaderParser, BytesParser
from email.policy import compat32
from typing import Any
from urllib.parse import quote

from imapclient import DELETED, SEEN, IMAPClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.db.models import Document, Email, MailState
from pipeline.extract.email_mime import clean_name
from pipeline.ingest import MailOrigin, ingest_bytes
from pipeline.process import PipelineDeps
from workers.sources import ProcessFn, pending_in_tree
from workers.sources.imap_client import OAuth2Token, close, connect, token_source
from workers.sources.imap_config import MailboxConfig

log = logging.getLogger(__name__)

_MSG_ID = re.compile(r"<([^<>\s]+)>")
IDLE_TICK_SECONDS = 1.0  # how often an IDLE wait looks at the stop flag
MAX_BACKOFF_SECONDS = 300.0


@dataclass
class DrainStats:
    """What one pass over the folder did."""

    uidnext: int | None = None  # the folder's UIDNEXT when the pass began
    fetched: int = 0  # messages downloaded
    recorded: int = 0  # new document rows
    resumed: int = 0  # messages this account already had (crash recovery, resync, same Message-ID)
    filtered_out: int = 0  # downloaded, but not taken (has_attachment)
    finished: int = 0  # marked, moved or deleted on the server


class MailboxPoller:
    """One mailbox folder: ``drain`` it once, or ``run`` until stopped."""

    def __init__(
        self,
        config: MailboxConfig,
        deps: PipelineDeps,
        process: ProcessFn,
        *,
        poll_seconds: float = 60.0,
        idle_seconds: float = 20 * 60.0,
        use_idle: bool = True,
        retry_seconds: float = 5.0,
    ) -> None:
        if config.on_done.action == "move" and config.on_done.folder == config.folder:
            raise ValueError(f"{config.name}: on_done moves into the folder that is polled")
        self.config = config
        self.deps = deps
        self.process = process
        self.poll_seconds = poll_seconds
        self.idle_seconds = min(idle_seconds, 25 * 60.0)  # RFC 2177: servers may drop IDLE after 30 min
        self.use_idle = use_idle
        self.retry_seconds = retry_seconds
        self._token: OAuth2Token | None = token_source(config)

    def connect(self) -> IMAPClient:
        """A logged-in connection to the mailbox's server."""
        return connect(self.config, self._token)

    # -- the loop ---------------------------------------------------------------------------

    def run(self, stop: threading.Event) -> None:
        """Until ``stop`` is set: drain, wait for new mail, drain again; reconnect after errors."""
        backoff = self.retry_seconds
        while not stop.is_set():
            try:
                client = self.connect()
            except Exception as error:
                log.error(
                    "%s: cannot connect: %s; retrying in %.0f s",
                    self.config.describe(),
                    _brief(error),
                    backoff,
                )
                stop.wait(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF_SECONDS)
                continue
            try:
                while not stop.is_set():
                    stats = self.drain(client, stop)
                    backoff = self.retry_seconds
                    if self._arrived_since(client, stats.uidnext):
                        continue
                    self.wait_for_mail(client, stop)
            except Exception as error:
                log.warning("%s: %s; reconnecting in %.0f s", self.config.describe(), _brief(error), backoff)
                stop.wait(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF_SECONDS)
            finally:
                close(client)

    def wait_for_mail(self, client: IMAPClient, stop: threading.Event) -> None:
        """Return when new mail may have arrived: IDLE where the server has it, else after the interval."""
        if self.use_idle and client.has_capability("IDLE"):
            self._idle(client, stop)
        else:
            stop.wait(self.poll_seconds)

    def _idle(self, client: IMAPClient, stop: threading.Event) -> None:
        client.idle()
        started = time.monotonic()
        quick_empty = 0
        while not stop.is_set() and time.monotonic() - started < self.idle_seconds:
            tick = time.monotonic()
            responses = client.idle_check(timeout=IDLE_TICK_SECONDS)
            if any(_says_bye(r) for r in responses):
                raise ConnectionError("the server ended the IDLE session")
            if any(_is_news(r) for r in responses):
                break
            # A closed socket reads as "ready, but nothing": do not spin on it.
            quick_empty = quick_empty + 1 if not responses and time.monotonic() - tick < 0.1 else 0
            if quick_empty >= 3:
                raise ConnectionError("the IDLE connection was closed")
        client.idle_done()

    def _arrived_since(self, client: IMAPClient, uidnext: int | None) -> bool:
        # Mail that arrived during a drain may have been announced in the answer to one of its
        # commands, where IDLE will not announce it again: compare UIDNEXT before idling.
        if uidnext is None:
            return False
        status = client.folder_status(self.config.folder, [b"UIDNEXT"])
        return int(status.get(b"UIDNEXT", uidnext)) != uidnext

    # -- one pass ---------------------------------------------------------------------------

    def drain(self, client: IMAPClient, stop: threading.Event | None = None) -> DrainStats:
        """Take every message past the checkpoint, batch by batch, and return what was done.

        With ``stop`` set it returns after the batch in hand (its records committed, its mail marked).
        """
        selected = client.select_folder(self.config.folder)
        uidvalidity = int(selected[b"UIDVALIDITY"])
        stats = DrainStats(uidnext=int(selected[b"UIDNEXT"]) if b"UIDNEXT" in selected else None)
        last_uid = self._checkpoint(uidvalidity)
        uids = self._search(client, last_uid)
        if uids and self.config.on_done.action == "move":
            self._ensure_folder(client, self.config.on_done.folder or "")
        for batch in _chunks(uids, self.config.batch_size):
            if stop is not None and stop.is_set():
                break
            self._drain_batch(client, uidvalidity, batch, stats)
        if stats.fetched:
            log.info(
                "%s: %d fetched, %d recorded, %d already recorded, %d filtered out, %d %s",
                self.config.describe(),
                stats.fetched,
                stats.recorded,
                stats.resumed,
                stats.filtered_out,
                stats.finished,
                self.config.on_done,
            )
        return stats

    def _search(self, client: IMAPClient, last_uid: int) -> list[int]:
        criteria: list[Any] = ["UID", f"{last_uid + 1}:*"]
        filters = self.config.filters
        for key, value in (("FROM", filters.from_addr), ("TO", filters.to), ("SUBJECT", filters.subject)):
            if value:
                criteria += [key, value]
        charset = None if all(isinstance(c, str) and c.isascii() for c in criteria) else "UTF-8"
        # "n:*" always matches the highest UID, even one below n: keep only what is new.
        return sorted(uid for uid in client.search(criteria, charset) if uid > last_uid)

    def _drain_batch(
        self, client: IMAPClient, uidvalidity: int, uids: Sequence[int], stats: DrainStats
    ) -> None:
        to_process: list[int] = []
        taken: list[int] = []
        sizes = client.fetch(uids, ["RFC822.SIZE"])
        for group in _by_size(uids, sizes, int(self.config.batch_mb * 1024 * 1024)):
            messages = self._fetch(client, group, stats)
            to_process += self._record(uidvalidity, messages, stats)
            taken += [message.uid for message in messages]
            del messages  # one group of mail in memory at a time
        if to_process:
            self.process(to_process)
        if taken:
            self._finish(client, taken)
            stats.finished += len(taken)
        self._advance(uidvalidity, max(uids))

    def _fetch(self, client: IMAPClient, uids: list[int], stats: DrainStats) -> list[_Message]:
        """The messages of ``uids`` that pass the filters (without marking them \\Seen)."""
        fetched = client.fetch(uids, ["BODY.PEEK[]", "INTERNALDATE"])
        messages = []
        for uid in uids:
            item = fetched.pop(uid, None)
            if item is None or b"BODY[]" not in item:
                continue  # expunged by someone else meanwhile
            data: bytes = item[b"BODY[]"]
            stats.fetched += 1
            if self.config.filters.has_attachment and not has_attachment(data):
                stats.filtered_out += 1
                continue
            received = item.get(b"INTERNALDATE")
            messages.append(_Message(uid, data, received if isinstance(received, datetime) else None))
        return messages

    def _record(self, uidvalidity: int, messages: list[_Message], stats: DrainStats) -> list[int]:
        """The ids to process: new rows, and what is still pending of messages recorded before."""
        to_process: list[int] = []
        with self.deps.sessions() as session:
            known = KnownMessages.look_up(session, self.config.account, messages)
        for message in messages:
            existing = known.find(message)
            if existing is not None:
                stats.resumed += 1
                log.debug("%s: UID %d is document %d already", self.config.describe(), message.uid, existing)
                with self.deps.sessions() as session:
                    to_process += pending_in_tree(session, existing)
                continue
            ingested = ingest_bytes(
                self.deps.sessions,
                self.deps.store,
                message.data,
                source="imap",
                source_ref=self.source_ref(uidvalidity, message.uid),
                filename=None,
                mail_origin=MailOrigin(self.config.account, self.config.folder, message.uid),
                received_at=message.received,
            )
            known.add(message, ingested.document_id)
            stats.recorded += 1
            if not ingested.is_duplicate:
                to_process.append(ingested.document_id)
        return to_process

    def source_ref(self, uidvalidity: int, uid: int) -> str:
        """The message's IMAP URL (RFC 5092 style), without any credential."""
        user = quote(self.config.user, safe="")
        folder = quote(self.config.folder, safe="/")
        return f"imap://{user}@{self.config.host}/{folder};UIDVALIDITY={uidvalidity};UID={uid}"

    def _finish(self, client: IMAPClient, uids: list[int]) -> None:
        on_done = self.config.on_done
        if on_done.action == "seen":
            client.add_flags(uids, [SEEN], silent=True)
            return
        if on_done.action == "move" and client.has_capability("MOVE"):
            client.move(uids, on_done.folder)
            return
        if on_done.action == "move":
            client.copy(uids, on_done.folder)
        client.add_flags(uids, [DELETED], silent=True)
        if client.has_capability("UIDPLUS"):
            client.uid_expunge(uids)
        else:
            client.expunge()  # without UIDPLUS this also expunges what others flagged \Deleted

    def _ensure_folder(self, client: IMAPClient, folder: str) -> None:
        if not client.folder_exists(folder):
            log.info("%s: creating folder %r for processed mail", self.config.describe(), folder)
            client.create_folder(folder)

    # -- the checkpoint ---------------------------------------------------------------------

    def _checkpoint(self, uidvalidity: int) -> int:
        account, mailbox = self.config.account, self.config.folder
        with self.deps.sessions.begin() as session:
            state = session.get(MailState, (account, mailbox))
            if state is None:
                session.add(MailState(account=account, mailbox=mailbox, uidvalidity=uidvalidity, last_uid=0))
                return 0
            if state.uidvalidity != uidvalidity:
                log.warning(
                    "%s: UIDVALIDITY changed from %d to %d: reading the folder again; messages already "
                    "recorded are recognised and not recorded twice",
                    self.config.describe(),
                    state.uidvalidity,
                    uidvalidity,
                )
                state.uidvalidity, state.last_uid = uidvalidity, 0
                return 0
            return state.last_uid

    def _advance(self, uidvalidity: int, uid: int) -> None:
        with self.deps.sessions.begin() as session:
            state = session.get(MailState, (self.config.account, self.config.folder))
            if state is not None and state.uidvalidity == uidvalidity and uid > state.last_uid:
                state.last_uid = uid

    def checkpoint(self) -> tuple[int, int] | None:
        """The folder's (UIDVALIDITY, last UID) as stored, None before the first pass."""
        with self.deps.sessions() as session:
            state = session.get(MailState, (self.config.account, self.config.folder))
            return (state.uidvalidity, state.last_uid) if state else None


class _Message:
    """One fetched message, with what identifies it."""

    def __init__(self, uid: int, data: bytes, received: datetime | None) -> None:
        self.uid = uid
        self.data = data
        self.received = received
        self.sha256 = hashlib.sha256(data).hexdigest()
        self.message_id = message_id_of(data)


class KnownMessages:
    """Top-level documents an account already has, by content hash and by Message-ID."""

    def __init__(self, by_sha256: dict[str, int], by_message_id: dict[str, int]) -> None:
        self.by_sha256 = by_sha256
        self.by_message_id = by_message_id

    @classmethod
    def look_up(cls, session: Session, account: str, messages: Sequence[_Message]) -> KnownMessages:
        """One query each for the hashes and the Message-IDs of a group of messages."""
        shas = {m.sha256 for m in messages}
        ids = {m.message_id for m in messages if m.message_id}
        query = (
            select(Document.id, Document.sha256, Email.message_id)
            .join(Email, Email.document_id == Document.id)
            .where(Document.parent_id.is_(None), Email.account == account)
            .order_by(Document.id)
        )
        by_sha256: dict[str, int] = {}
        by_message_id: dict[str, int] = {}
        if shas:
            for row in session.execute(query.where(Document.sha256.in_(shas))):
                by_sha256.setdefault(row.sha256, row.id)
        if ids:
            for row in session.execute(query.where(Email.message_id.in_(ids))):
                by_message_id.setdefault(row.message_id, row.id)
        return cls(by_sha256, by_message_id)

    def find(self, message: _Message) -> int | None:
        """The document of the same bytes, else of the same Message-ID; None for new mail."""
        found = self.by_sha256.get(message.sha256)
        if found is None and message.message_id:
            found = self.by_message_id.get(message.message_id)
        return found

    def add(self, message: _Message, document_id: int) -> None:
        """Remember a message just recorded (the same one may come twice in a group)."""
        self.by_sha256.setdefault(message.sha256, document_id)
        if message.message_id:
            self.by_message_id.setdefault(message.message_id, document_id)


def message_id_of(data: bytes) -> str | None:
    """The Message-ID as the ``emails`` table stores it (as ``pipeline.extract.email_mime`` reads it)."""
    try:
        headers = BytesHeaderParser(policy=compat32).parsebytes(data)
    except Exception:  # a header block the parser chokes on: no Message-ID dedup for this one
        return None
    for key, value in headers.raw_items():
        if key.lower() == "message-id":
            raw = re.sub(r"\r?\n[ \t]*", " ", str(value)).strip()
            match = _MSG_ID.search(raw)
            return clean_name(match.group(1) if match else raw.strip("<> "))
    return None


def has_attachment(data: bytes) -> bool:
    """Whether a message has at least one attachment (a part with a file name or disposition)."""
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
        return any(
            part.is_attachment() or (part.get_filename() is not None and not part.is_multipart())
            for part in message.walk()
            if part is not message
        )
    except Exception:  # unreadable structure: take the message rather than skip it
        return True


def _chunks(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _by_size(uids: Sequence[int], sizes: dict[int, dict[bytes, Any]], limit: int) -> Iterator[list[int]]:
    """Consecutive groups of at most ``limit`` bytes of mail (a larger message alone)."""
    group: list[int] = []
    total = 0
    for uid in uids:
        size = int(sizes.get(uid, {}).get(b"RFC822.SIZE", 0))
        if group and total + size > limit:
            yield group
            group, total = [], 0
        group.append(uid)
        total += size
    if group:
        yield group


def _is_news(response: Any) -> bool:
    return isinstance(response, tuple) and len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT")


def _says_bye(response: Any) -> bool:
    return isinstance(response, tuple) and len(response) >= 1 and response[0] == b"BYE"


def _brief(error: BaseException) -> str:
    # Database errors can carry whole statements with message bytes as parameters.
    text = f"{type(error).__name__}: {error}"
    return text if len(text) <= 300 else text[:300] + "…"
