"""Connecting to a mailbox: TLS (IMAPS or STARTTLS) with verified certificates, then LOGIN or XOAUTH2.

Certificates are verified against the system's CAs, or only against ``ca_file`` where one is set
(a company CA; the tests' own). Plain text only with ``security = "plain"``. Credentials are read
when connecting (a rotated secret file is picked up at the next connection) and never logged:
imapclient's protocol log redacts LOGIN and AUTHENTICATE, and no message here contains them.
"""

from __future__ import annotations

import logging
import shlex
import ssl
import subprocess
import threading
from pathlib import Path

from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from workers.sources.imap_config import MailboxConfig

log = logging.getLogger(__name__)

TOKEN_COMMAND_SECONDS = 60


class CredentialError(RuntimeError):
    """A password or token could not be read; the message never holds the secret."""


class OAuth2Token:
    """An XOAUTH2 access token from a command's output or a file, kept until the server refuses it.

    The command (split like a shell would, run without one) is expected to print a fresh token,
    refreshing it as needed (``oauth2l fetch``, ``az account get-access-token --query accessToken
    -o tsv``, a script around a refresh token); a file is expected to be kept fresh by such a tool.
    """

    def __init__(self, command: str | None = None, file: Path | None = None) -> None:
        if (command is None) == (file is None):
            raise ValueError("give exactly one of command and file")
        self._command = command
        self._file = file
        self._token: str | None = None
        self._lock = threading.Lock()

    def get(self) -> str:
        """The current token, read once and then kept."""
        with self._lock:
            if self._token is None:
                self._token = self._read()
            return self._token

    def refresh(self) -> str:
        """A token read anew: after the server said the one we had is no longer valid."""
        with self._lock:
            self._token = self._read()
            return self._token

    def _read(self) -> str:
        if self._file is not None:
            try:
                token = self._file.read_text(encoding="utf-8").strip()
            except OSError as error:
                raise CredentialError(f"cannot read the token file {self._file}: {error.strerror}") from None
        else:
            assert self._command is not None
            token = _run_token_command(self._command)
        if not token:
            raise CredentialError("the OAuth2 token is empty")
        return token


def _run_token_command(command: str) -> str:
    program = shlex.split(command)[0] if command.strip() else "(empty)"
    try:
        done = subprocess.run(
            shlex.split(command), capture_output=True, text=True, timeout=TOKEN_COMMAND_SECONDS, check=False
        )
    except (OSError, ValueError, subprocess.TimeoutExpired) as error:
        raise CredentialError(f"the token command {program} could not run: {type(error).__name__}") from None
    if done.returncode != 0:
        # stderr is left out on purpose: token tools may echo secrets there.
        raise CredentialError(f"the token command {program} failed with exit status {done.returncode}")
    return done.stdout.strip()


def token_source(config: MailboxConfig) -> OAuth2Token | None:
    """The token source of an XOAUTH2 mailbox, None for one that logs in with a password."""
    if not config.uses_oauth2:
        return None
    return OAuth2Token(command=config.oauth2_token_command, file=config.oauth2_token_file)


def read_password(config: MailboxConfig) -> str:
    """The mailbox's password, from the settings or its secret file (one trailing newline dropped)."""
    if config.password is not None:
        return config.password.get_secret_value()
    if config.password_file is None:
        raise CredentialError(f"{config.name}: no password configured")
    try:
        return config.password_file.read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as error:
        raise CredentialError(
            f"{config.name}: cannot read the password file {config.password_file}: {error.strerror}"
        ) from None


def tls_context(ca_file: Path | None = None) -> ssl.SSLContext:
    """Certificate and host name verification on; trusting only ``ca_file`` where one is given."""
    context = ssl.create_default_context(cafile=str(ca_file) if ca_file is not None else None)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def connect(config: MailboxConfig, token: OAuth2Token | None = None, *, timeout: float = 60.0) -> IMAPClient:
    """A logged-in client for ``config`` (no folder selected yet).

    For XOAUTH2 the token comes from ``token`` (kept between connections) or a source made
    for this call; when the server refuses it, a fresh one is read and tried once more, on a
    new connection (servers slow down or drop a connection after a failed authentication).
    Raises ``ssl.SSLError`` for a certificate that does not verify, ``LoginError`` when the
    server refuses the credentials, ``CredentialError`` when they cannot be read, ``OSError``
    when the server cannot be reached.
    """
    token = token or token_source(config)
    if token is None:
        return _open(config, None, timeout)
    try:
        return _open(config, token.get(), timeout)
    except LoginError:
        log.info("%s: the server refused the OAuth2 token; reading a fresh one", config.name)
        return _open(config, token.refresh(), timeout)


def _open(config: MailboxConfig, oauth2_token: str | None, timeout: float) -> IMAPClient:
    context = tls_context(config.ca_file) if config.security != "plain" else None
    client = IMAPClient(
        config.host,
        port=config.resolved_port,
        ssl=config.security == "ssl",
        ssl_context=context,
        timeout=timeout,
    )
    try:
        if config.security == "starttls":
            client.starttls(context)
        if oauth2_token is not None:
            client.oauth2_login(config.user, oauth2_token)
        else:
            client.login(config.user, read_password(config))
    except BaseException:
        close(client)
        raise
    client.normalise_times = False  # INTERNALDATE with its time zone, not as naive local time
    log.info("connected to %s", config.describe())
    return client


def close(client: IMAPClient) -> None:
    """Log out, or just drop a connection that is already broken."""
    try:
        client.logout()
    except Exception:
        try:
            client.shutdown()
        except Exception as error:
            log.debug("closing an IMAP connection: %s", error)
