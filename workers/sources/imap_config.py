"""Mailbox settings: one mailbox from ``DOCPIPE_IMAP_*``, several from ``[[mailboxes]]`` tables.

The config file is the one ``Settings`` reads (``docpipe.toml``, or ``$DOCPIPE_CONFIG``)::

    [[mailboxes]]
    name = "invoices"
    host = "imap.example.com"
    user = "invoices@example.com"
    password_file = "/run/secrets/imap-invoices"   # or password, oauth2_token_command, oauth2_token_file
    folder = "INBOX"
    security = "ssl"                  # ssl (default), starttls, plain
    on_done = "move:Processed"        # seen (default), move:FOLDER, delete
    batch_size = 50
    [mailboxes.filters]
    from = "@supplier.example"        # IMAP SEARCH semantics: a substring of the header
    subject = "invoice"
    has_attachment = true
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)

from pipeline.settings import Settings, config_file_path
from workers.sources.source_settings import SourceSettings

Security = Literal["ssl", "starttls", "plain"]


class MailboxConfigError(ValueError):
    """The mailbox configuration is unusable; the message names the mailbox and the field."""


class OnDone(BaseModel):
    """What happens to a message on the server once its records are committed."""

    model_config = ConfigDict(frozen=True)

    action: Literal["seen", "move", "delete"] = "seen"
    folder: str | None = None

    @classmethod
    def parse(cls, text: str) -> OnDone:
        """``seen``, ``delete`` or ``move:FOLDER``."""
        action, _, folder = text.strip().partition(":")
        if action == "move":
            if not folder.strip():
                raise ValueError("on_done 'move:' needs a folder, as in 'move:Processed'")
            return cls(action="move", folder=folder.strip())
        if action == "seen" and not folder:
            return cls(action="seen")
        if action == "delete" and not folder:
            return cls(action="delete")
        raise ValueError(f"on_done must be seen, delete or move:FOLDER, not {text!r}")

    def __str__(self) -> str:
        return f"move:{self.folder}" if self.action == "move" else self.action


class MessageFilter(BaseModel):
    """Which messages of the folder are taken; the others are left alone."""

    model_config = ConfigDict(frozen=True, populate_by_name=True, extra="forbid")

    from_addr: str | None = Field(default=None, alias="from", description="Substring of the From header.")
    to: str | None = Field(default=None, description="Substring of the To header.")
    subject: str | None = Field(default=None, description="Substring of the Subject.")
    has_attachment: bool = Field(default=False, description="Only messages with at least one attachment.")


class MailboxConfig(BaseModel):
    """One mailbox folder to poll, with how to reach it and what to do with processed mail."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    host: str
    port: int | None = None
    user: str
    password: SecretStr | None = None
    password_file: Path | None = None
    oauth2_token_command: str | None = None
    oauth2_token_file: Path | None = None
    folder: str = "INBOX"
    security: Security = "ssl"
    on_done: OnDone = OnDone()
    filters: MessageFilter = MessageFilter()
    batch_size: int = Field(default=50, ge=1, le=1000)
    batch_mb: float = Field(default=64.0, gt=0)
    ca_file: Path | None = None

    @field_validator("on_done", mode="before")
    @classmethod
    def _parse_on_done(cls, value: Any) -> Any:
        return OnDone.parse(value) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _one_credential(self) -> MailboxConfig:
        given = [
            name
            for name in ("password", "password_file", "oauth2_token_command", "oauth2_token_file")
            if getattr(self, name) is not None
        ]
        if len(given) != 1:
            raise ValueError(
                "give exactly one of password, password_file, oauth2_token_command, oauth2_token_file"
                + (f" (got {', '.join(given)})" if given else "")
            )
        return self

    @property
    def uses_oauth2(self) -> bool:
        return self.oauth2_token_command is not None or self.oauth2_token_file is not None

    @property
    def resolved_port(self) -> int:
        return self.port or (993 if self.security == "ssl" else 143)

    @property
    def account(self) -> str:
        """The account's identity in ``mail_state`` and ``emails``: ``user@host``."""
        return f"{self.user}@{self.host}"

    def describe(self) -> str:
        """For logs: which mailbox, never a credential."""
        return f"{self.name} ({self.user}@{self.host}:{self.resolved_port}/{self.folder}, {self.security})"


def mailbox_from_settings(settings: Settings, sources: SourceSettings) -> MailboxConfig | None:
    """The mailbox of the ``DOCPIPE_IMAP_*`` settings, or None when no host is set."""
    if not settings.imap_host:
        return None
    if not settings.imap_user:
        raise MailboxConfigError("DOCPIPE_IMAP_HOST is set but DOCPIPE_IMAP_USER is not")
    table: dict[str, Any] = {
        "name": "default",
        "host": settings.imap_host,
        "port": settings.imap_port,
        "user": settings.imap_user,
        "password": settings.imap_password,
        "password_file": settings.imap_password_file,
        "oauth2_token_command": sources.imap_oauth2_token_command,
        "oauth2_token_file": sources.imap_oauth2_token_file,
        "folder": settings.imap_folder,
        "security": settings.imap_security,
        "on_done": settings.imap_on_done,
    }
    return _validate({k: v for k, v in table.items() if v is not None}, sources, "DOCPIPE_IMAP_*")


def mailboxes_from_file(path: Path, sources: SourceSettings) -> list[MailboxConfig]:
    """The ``[[mailboxes]]`` tables of a TOML file; none when the file does not exist.

    Relative paths (password and token files, CA file) are relative to the file's folder.
    """
    if not path.is_file():
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise MailboxConfigError(f"{path}: not valid TOML: {error}") from None
    tables = data.get("mailboxes", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise MailboxConfigError(f"{path}: 'mailboxes' must be an array of tables ([[mailboxes]])")
    mailboxes = []
    for index, table in enumerate(tables, start=1):
        table = dict(table)
        for key in ("password_file", "oauth2_token_file", "ca_file"):
            if isinstance(table.get(key), str):
                table[key] = path.parent / Path(table[key]).expanduser()
        label = f"{path} [[mailboxes]] #{index}" + (f" ({table['name']})" if "name" in table else "")
        mailboxes.append(_validate(table, sources, label))
    return mailboxes


def load_mailboxes(
    settings: Settings, sources: SourceSettings, config_file: Path | None = None
) -> list[MailboxConfig]:
    """Every configured mailbox: the ``DOCPIPE_IMAP_*`` one first, then the config file's."""
    mailboxes = [m for m in [mailbox_from_settings(settings, sources)] if m is not None]
    mailboxes += mailboxes_from_file(config_file or config_file_path(), sources)
    names: set[str] = set()
    folders: set[tuple[str, str]] = set()
    for mailbox in mailboxes:
        if mailbox.name in names:
            raise MailboxConfigError(f"two mailboxes are named {mailbox.name!r}: names must differ")
        if (mailbox.account, mailbox.folder) in folders:
            raise MailboxConfigError(
                f"{mailbox.account} folder {mailbox.folder!r} is configured twice: one poller per folder"
            )
        names.add(mailbox.name)
        folders.add((mailbox.account, mailbox.folder))
    return mailboxes


def _validate(table: dict[str, Any], sources: SourceSettings, label: str) -> MailboxConfig:
    defaults: dict[str, Any] = {"batch_size": sources.imap_batch_size, "batch_mb": sources.imap_batch_mb}
    if sources.imap_ca_file is not None:
        defaults["ca_file"] = sources.imap_ca_file
    try:
        return MailboxConfig.model_validate({**defaults, **table})
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'mailbox'}: {e['msg']}" for e in error.errors()
        )
        raise MailboxConfigError(f"{label}: {problems}") from None
