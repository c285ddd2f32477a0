"""Where documents come from: the watched inbox folder and IMAP mailboxes.

- ``watcher``: the inbox folder (inotify, or polling for network shares).
- ``imap_config``, ``imap_client``, ``imap_poller``: mailboxes, connecting, draining a folder.
- ``run_loop``: all sources of one process, until SIGINT/SIGTERM.

A source records each item (``pipeline.ingest``) and hands the new document ids to a
``ProcessFn``; it acts on the item's origin (moves the file, marks the mail) only after that
returned, i.e. after the records of the item and everything inside it are committed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.db.models import Document

ProcessFn = Callable[[Sequence[int]], None]
"""Process these documents and everything inside them; return once all is committed.

Raise when that could not be done (database down, a worker lost): the source then leaves the
items where they are and tries again later. Bad content is not an error here: it ends as a
``failed`` document row, which is committed like any other.
"""


def pending_in_tree(session: Session, root_id: int) -> list[int]:
    """Documents of this tree still ``pending`` (an interrupted run), parents before children.

    What a source hands to its ``ProcessFn`` again when it finds an item it had already recorded.
    """
    pending: list[int] = []
    level = [root_id]
    while level:
        rows = session.execute(select(Document.id, Document.status).where(Document.id.in_(level))).all()
        pending += sorted(row.id for row in rows if row.status == "pending")
        level = list(session.scalars(select(Document.id).where(Document.parent_id.in_(level))))
    return pending
