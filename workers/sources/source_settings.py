"""Settings of the sources (watched inbox, IMAP polling), declared once with default and help.

Read as ``pipeline.settings.Settings`` is (``DocpipeSettings``): ``DOCPIPE_*`` environment
variables first, then the top-level keys of the config file (``docpipe.toml``, or the file named
by ``DOCPIPE_CONFIG``). A group of their own: only the processes that watch folders and poll
mailboxes read them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from pipeline.settings import DocpipeSettings


class SourceSettings(DocpipeSettings):
    """How the watched inbox and the IMAP pollers behave."""

    inbox_polling: bool = Field(
        default=False, description="Watch the inbox by polling instead of inotify (network shares: SMB, NFS)."
    )
    inbox_poll_seconds: float = Field(
        default=2.0, gt=0, description="Polling interval of the inbox in polling mode."
    )
    inbox_settle_seconds: float = Field(
        default=2.0,
        ge=0,
        description="A file is taken once its size and mtime have not changed for this long.",
    )
    inbox_on_done: Literal["processed", "delete"] = Field(
        default="processed", description="After a file's records commit: move it to processed/, or delete it."
    )
    imap_poll_seconds: float = Field(
        default=60.0, gt=0, description="Polling interval of a mailbox whose server has no IDLE."
    )
    imap_idle_seconds: float = Field(
        default=20 * 60.0,
        gt=0,
        le=25 * 60.0,
        description="IDLE is renewed (and the folder checked) this often.",
    )
    imap_batch_size: int = Field(default=50, ge=1, le=1000, description="Most messages fetched by one FETCH.")
    imap_batch_mb: float = Field(
        default=64.0, gt=0, description="Most megabytes of mail fetched by one FETCH."
    )
    imap_ca_file: Path | None = Field(
        default=None,
        description="A CA certificate file to trust for the mail servers, instead of the system's.",
    )
    imap_oauth2_token_command: str | None = Field(
        default=None,
        description="Command printing an OAuth2 access token (XOAUTH2) for the DOCPIPE_IMAP_* mailbox.",
    )
    imap_oauth2_token_file: Path | None = Field(
        default=None,
        description="File holding an OAuth2 access token (XOAUTH2) for the DOCPIPE_IMAP_* mailbox.",
    )
