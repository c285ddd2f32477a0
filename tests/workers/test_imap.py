"""IMAP sources against a real Dovecot on loopback: nothing lost, nothing twice, nothing leaked."""

from __future__ import annotations

import logging
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Any

import psutil
import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError
from sqlalchemy import func, select

from pipeline.db.models import Document, Email
from pipeline.process import PipelineDeps, process_document, process_tree
from pipeline.settings import Settings
from tests.workers.dovecot import Dovecot, dovecot_server, write_other_ca
from workers.context import build_context
from workers.sources.imap_client import OAuth2Token, connect
from workers.sources.imap_config import MailboxConfig, MailboxConfigError, load_mailboxes
from workers.sources.imap_poller import MailboxPoller
from workers.sources.run_loop import run_embedded
from workers.sources.source_settings import SourceSettings

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
NO_IDLE_NO_MOVE = "IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE UIDPLUS UNSELECT NAMESPACE"


# -- servers and helpers ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dovecot() -> Iterator[Dovecot]:
    with dovecot_server() as server:
        yield server


@pytest.fixture(scope="module")
def dovecot_tls() -> Iterator[Dovecot]:
    with dovecot_server(tls=True) as server:
        yield server


@pytest.fixture(scope="module")
def dovecot_basic() -> Iterator[Dovecot]:
    """A server announcing neither IDLE nor MOVE: the poller must poll, and COPY + EXPUNGE."""
    with dovecot_server(capabilities=NO_IDLE_NO_MOVE) as server:
        yield server


def mailbox(server: Dovecot, user: str, **overrides: Any) -> MailboxConfig:
    settings: dict[str, Any] = {
        "name": "test",
        "host": server.host,
        "port": server.port,
        "user": user,
        "password": server.users[user],
        "security": "plain",
        "batch_size": 10,
        **overrides,
    }
    return MailboxConfig.model_validate(settings)


def process_all(deps: PipelineDeps) -> Callable[[Sequence[int]], None]:
    def process(ids: Sequence[int]) -> None:
        for document_id in ids:
            process_tree(document_id, deps)

    return process


def real_emails(shared_data: Path, count: int) -> list[bytes]:
    files = sorted(p for p in (shared_data / "emails").glob("0*.eml"))[:count]
    return [p.read_bytes() for p in files]


def invoice_mail(shared_data: Path) -> bytes:
    message = EmailMessage()
    message["From"] = "Lieferant GmbH <billing@lieferant.example>"
    message["To"] = "invoices@buyer.example"
    message["Subject"] = "Rechnung 471102"
    message["Message-ID"] = make_msgid(domain="lieferant.example")
    message.set_content("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung 471102.\n")
    pdf = (shared_data / "invoices" / "EN16931_Einfach.pdf").read_bytes()
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename="EN16931_Einfach.pdf")
    return message.as_bytes()


def small_mail(number: int, lines: int = 10) -> bytes:
    return (
        f"From: sender{number}@example.com\r\nTo: invoices@example.com\r\n"
        f"Subject: Message {number}\r\nMessage-ID: <m{number}.backlog@example.com>\r\n"
        f"Date: Mon, 1 Jan 2024 10:00:00 +0000\r\n\r\n"
        + f"Line of message {number:05d}, padded to 64 bytes....\r\n"
        * lines
    ).encode()


def append(server: Dovecot, user: str, messages: Sequence[bytes], folder: str = "INBOX") -> None:
    with server.connect(user) as client:
        for message in messages:
            client.append(folder, message)


def flags(server: Dovecot, user: str, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
    with server.connect(user) as client:
        client.select_folder(folder, readonly=True)
        return dict(client.get_flags(client.search("ALL")))


def originals(deps: PipelineDeps) -> list[Document]:
    with deps.sessions() as session:
        return list(
            session.scalars(
                select(Document)
                .where(Document.source == "imap", Document.parent_id.is_(None))
                .order_by(Document.id)
            )
        )


def count_documents(deps: PipelineDeps) -> int:
    with deps.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Document)) or 0)


class FetchLog:
    """Counts what each FETCH asked for, by wrapping the client's ``fetch`` at the edge."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, tuple[str, ...]]] = []

    def wrap(self, client: IMAPClient) -> IMAPClient:
        original = client.fetch

        def fetch(messages: Sequence[int], data: Sequence[str], modifiers: Any = None) -> Any:
            self.calls.append((len(messages), tuple(data)))
            return original(messages, data, modifiers)

        client.fetch = fetch  # type: ignore[method-assign]
        return client

    @property
    def bodies(self) -> int:
        return sum(n for n, data in self.calls if "BODY.PEEK[]" in data)


def drain(poller: MailboxPoller, log: FetchLog | None = None) -> Any:
    client = poller.connect()
    try:
        return poller.drain(log.wrap(client) if log else client)
    finally:
        client.logout()


def wait_for(condition: Callable[[], bool], timeout: float, step: float = 0.02) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return condition()


# -- processed once, with attachments, then marked -----------------------------------------------


def test_appended_mail_is_processed_once_with_attachments_then_marked_seen(
    deps: PipelineDeps, dovecot: Dovecot, shared_data: Path
) -> None:
    user, _ = dovecot.add_user()
    messages = [*real_emails(shared_data, 3), invoice_mail(shared_data)]
    append(dovecot, user, messages)
    assert all(b"\\Seen" not in f for f in flags(dovecot, user).values())
    poller = MailboxPoller(mailbox(dovecot, user), deps, process_all(deps))

    stats = drain(poller)

    assert (stats.fetched, stats.recorded, stats.finished) == (4, 4, 4)
    rows = originals(deps)
    assert len(rows) == 4
    assert all(row.status in ("processed", "needs_review") for row in rows)
    with deps.sessions() as session:
        emails = {e.uid: e for e in session.scalars(select(Email).where(Email.account.is_not(None)))}
        invoice = rows[-1]
        children = list(session.scalars(select(Document).where(Document.parent_id == invoice.id)))
    assert sorted(emails) == [1, 2, 3, 4]
    assert {(e.account, e.mailbox) for e in emails.values()} == {(f"{user}@127.0.0.1", "INBOX")}
    assert emails[4].subject == "Rechnung 471102"
    uidvalidity = poller.checkpoint()[0]  # type: ignore[index]
    assert invoice.source_ref == f"imap://{user}@127.0.0.1/INBOX;UIDVALIDITY={uidvalidity};UID=4"
    assert [c.filename for c in children] == ["EN16931_Einfach.pdf"]
    assert children[0].status in ("processed", "needs_review") and "471102" in (children[0].text or "")
    assert all(b"\\Seen" in f for f in flags(dovecot, user).values())
    assert poller.checkpoint() == (uidvalidity, 4)

    documents_before = count_documents(deps)
    fetches = FetchLog()
    again = drain(poller, fetches)
    assert fetches.calls == [] and again.fetched == 0, "processed mail is never downloaded again"
    assert count_documents(deps) == documents_before
    assert poller.checkpoint() == (uidvalidity, 4)


@SQLITE_ONLY
@pytest.mark.parametrize("on_done", ["move:Archive/docpipe", "delete"])
def test_processed_mail_is_moved_or_deleted_as_configured(
    deps: PipelineDeps, dovecot: Dovecot, shared_data: Path, on_done: str
) -> None:
    user, _ = dovecot.add_user()
    append(dovecot, user, real_emails(shared_data, 3))
    poller = MailboxPoller(mailbox(dovecot, user, on_done=on_done), deps, process_all(deps))

    drain(poller)

    assert len(originals(deps)) == 3
    assert flags(dovecot, user) == {}
    with dovecot.connect(user) as client:
        exists = client.folder_exists("Archive/docpipe")
        moved = client.select_folder("Archive/docpipe")[b"EXISTS"] if exists else 0
    assert moved == (3 if on_done.startswith("move") else 0)


@SQLITE_ONLY
def test_without_idle_and_move_it_polls_and_copies_then_expunges(
    deps: PipelineDeps, dovecot_basic: Dovecot, shared_data: Path
) -> None:
    user, _ = dovecot_basic.add_user()
    append(dovecot_basic, user, real_emails(shared_data, 2))
    config = mailbox(dovecot_basic, user, on_done="move:Done")
    poller = MailboxPoller(config, deps, process_all(deps), poll_seconds=1.0)
    stop = threading.Event()
    thread = threading.Thread(target=poller.run, args=(stop,), daemon=True)
    thread.start()
    try:
        assert wait_for(lambda: len(originals(deps)) == 2 and flags(dovecot_basic, user) == {}, 15)
        latencies = []
        for number in range(3):
            time.sleep(0.37 * number)  # land at different points of the polling interval
            sent = time.monotonic()
            append(dovecot_basic, user, [small_mail(9000 + number)])
            assert wait_for(lambda n=number: _committed(deps, f"Message {9000 + n}"), 10)
            latencies.append(time.monotonic() - sent)
    finally:
        stop.set()
        thread.join(timeout=10)
    assert not thread.is_alive()
    print(f"\nPOLLING (1 s interval): APPEND -> committed row {', '.join(f'{s:.2f}' for s in latencies)} s")
    assert max(latencies) < 5
    with dovecot_basic.connect(user) as client:
        assert client.select_folder("Done")[b"EXISTS"] == 5
    assert flags(dovecot_basic, user) == {}


def _committed(deps: PipelineDeps, subject: str) -> bool:
    with deps.sessions() as session:
        status = session.scalar(
            select(Document.status)
            .join(Email, Email.document_id == Document.id)
            .where(Email.subject == subject)
        )
    return status is not None and status != "pending"


# -- crash between fetch and commit --------------------------------------------------------------


@SQLITE_ONLY
def test_a_crash_before_commit_leaves_mail_unmarked_and_it_is_processed_once_later(
    deps: PipelineDeps, dovecot: Dovecot, shared_data: Path
) -> None:
    user, _ = dovecot.add_user()
    append(dovecot, user, [real_emails(shared_data, 1)[0], invoice_mail(shared_data)])
    config = mailbox(dovecot, user)

    def crash_after_the_mail_but_before_its_attachment(ids: Sequence[int]) -> None:
        for document_id in ids:
            process_document(document_id, deps)  # the mail commits; its PDF child stays pending
        raise RuntimeError("worker killed")

    with pytest.raises(RuntimeError, match="worker killed"):
        drain(MailboxPoller(config, deps, crash_after_the_mail_but_before_its_attachment))

    assert all(b"\\Seen" not in f for f in flags(dovecot, user).values()), "marked before its commit"
    assert MailboxPoller(config, deps, process_all(deps)).checkpoint()[1] == 0  # type: ignore[index]
    with deps.sessions() as session:
        pending = session.scalars(select(Document.filename).where(Document.status == "pending")).all()
    assert pending == ["EN16931_Einfach.pdf"]

    poller = MailboxPoller(config, deps, process_all(deps))
    stats = drain(poller)

    assert (stats.recorded, stats.resumed) == (0, 2)
    rows = originals(deps)
    assert len(rows) == 2, "one original row per message"
    with deps.sessions() as session:
        statuses = session.scalars(select(Document.status)).all()
    assert "pending" not in statuses and "duplicate" not in statuses
    assert len(statuses) == 3  # two mails and the PDF
    assert all(b"\\Seen" in f for f in flags(dovecot, user).values())
    assert poller.checkpoint()[1] == 2  # type: ignore[index]


# -- UIDVALIDITY -----------------------------------------------------------------------------------


@SQLITE_ONLY
def test_a_uidvalidity_reset_resyncs_without_duplicates(
    deps: PipelineDeps, dovecot: Dovecot, shared_data: Path, caplog: pytest.LogCaptureFixture
) -> None:
    user, _ = dovecot.add_user()
    mails = real_emails(shared_data, 3)
    with dovecot.connect(user) as client:
        client.create_folder("Invoices")
    append(dovecot, user, mails, "Invoices")
    poller = MailboxPoller(mailbox(dovecot, user, folder="Invoices"), deps, process_all(deps))
    drain(poller)
    before = poller.checkpoint()
    assert before is not None and before[1] == 3 and len(originals(deps)) == 3

    with dovecot.connect(user) as client:  # the folder recreated: a new UIDVALIDITY, UIDs from 1
        client.delete_folder("Invoices")
        client.create_folder("Invoices")
    resent = mails[1].replace(b"\n", b"\nX-Resent-By: archive tool\n", 1)  # other bytes, same Message-ID
    new = small_mail(1)
    append(dovecot, user, [mails[0], resent, mails[2], new], "Invoices")
    with caplog.at_level(logging.WARNING):
        stats = drain(poller)

    assert "UIDVALIDITY changed" in caplog.text
    after = poller.checkpoint()
    assert after is not None and after[0] != before[0] and after[1] == 4
    assert (stats.fetched, stats.recorded, stats.resumed) == (4, 1, 3)
    assert len(originals(deps)) == 4, "only the new message is recorded"
    with deps.sessions() as session:
        assert session.scalar(select(func.count()).where(Document.status == "duplicate")) == 0
    assert all(b"\\Seen" in f for f in flags(dovecot, user, "Invoices").values()), "on_done still applied"


# -- IDLE -----------------------------------------------------------------------------------------


@SQLITE_ONLY
def test_idle_notices_a_new_message_within_seconds(deps: PipelineDeps, dovecot: Dovecot) -> None:
    user, _ = dovecot.add_user()
    poller = MailboxPoller(mailbox(dovecot, user), deps, process_all(deps), poll_seconds=3600)
    stop = threading.Event()
    thread = threading.Thread(target=poller.run, args=(stop,), daemon=True)
    thread.start()
    latencies = []
    try:
        assert wait_for(lambda: poller.checkpoint() is not None, 10)
        for number in range(3):
            time.sleep(0.5)  # let it go back into IDLE
            sent = time.monotonic()
            append(dovecot, user, [small_mail(100 + number)])
            assert wait_for(lambda n=number: _committed(deps, f"Message {100 + n}"), 10), "IDLE missed it"
            latencies.append(time.monotonic() - sent)
    finally:
        stop.set()
        thread.join(timeout=10)
    assert not thread.is_alive(), "stops within a second of being asked, even in IDLE"
    print(f"\nIDLE: APPEND -> committed row {', '.join(f'{s:.2f}' for s in latencies)} s")
    assert max(latencies) <= 5


# -- a large backlog --------------------------------------------------------------------------------


@SQLITE_ONLY
def test_a_backlog_of_2000_is_drained_in_bounded_batches_with_bounded_memory(
    deps: PipelineDeps, dovecot: Dovecot
) -> None:
    user, _ = dovecot.add_user()
    dovecot.deliver_files(user, (small_mail(n, lines=320) for n in range(2000)))  # 20 kB each, 40 MB in all
    batch = 100
    poller = MailboxPoller(mailbox(dovecot, user, batch_size=batch), deps, lambda ids: None)
    fetches = FetchLog()
    process = psutil.Process()
    baseline = process.memory_info().rss
    peak = baseline
    sampling = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not sampling.wait(0.01):
            peak = max(peak, process.memory_info().rss)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started = time.monotonic()
    stats = drain(poller, fetches)
    seconds = time.monotonic() - started
    sampling.set()
    sampler.join()

    assert stats.recorded == 2000 and len(originals(deps)) == 2000
    assert max(n for n, _ in fetches.calls) <= batch, "never more than a batch per FETCH"
    assert fetches.bodies == 2000
    assert poller.checkpoint()[1] == 2000  # type: ignore[index]
    growth_mb = (peak - baseline) / 2**20
    print(
        f"\nBACKLOG: 2000 messages in {seconds:.1f} s = {2000 / seconds:.0f} msg/s; "
        f"{len(fetches.calls)} FETCHes of <= {batch}; peak RSS {peak / 2**20:.0f} MB "
        f"(+{growth_mb:.1f} MB over {baseline / 2**20:.0f} MB)"
    )
    assert growth_mb < 20, "memory follows the batch (2 MB), not the mailbox (40 MB)"
    assert all(b"\\Seen" in f for f in flags(dovecot, user).values())
    again = FetchLog()
    drain(poller, again)
    assert again.calls == []


# -- filters ----------------------------------------------------------------------------------------


@SQLITE_ONLY
def test_filters_take_only_matching_mail_and_leave_the_rest_alone(
    deps: PipelineDeps, dovecot: Dovecot, shared_data: Path
) -> None:
    user, _ = dovecot.add_user()
    append(dovecot, user, [invoice_mail(shared_data), small_mail(1), small_mail(2)])
    with_attachment = mailbox(dovecot, user, filters={"has_attachment": True})
    drain(MailboxPoller(with_attachment, deps, process_all(deps)))
    assert [r.filename for r in originals(deps)] == [None] and len(originals(deps)) == 1
    assert [b"\\Seen" in f for f in flags(dovecot, user).values()] == [True, False, False]

    user2, _ = dovecot.add_user()
    append(dovecot, user2, [small_mail(1), small_mail(2), invoice_mail(shared_data)])
    by_subject = mailbox(dovecot, user2, filters={"subject": "Message 2", "from": "sender2@"})
    stats = drain(MailboxPoller(by_subject, deps, process_all(deps)))
    assert stats.fetched == 1  # filtered on the server: the others are not even downloaded
    assert [b"\\Seen" in f for f in flags(dovecot, user2).values()] == [False, True, False]


# -- TLS, credentials -----------------------------------------------------------------------------


def test_imaps_and_starttls_verify_the_certificate_against_the_given_ca(dovecot_tls: Dovecot) -> None:
    user, _ = dovecot_tls.add_user()
    imaps = mailbox(dovecot_tls, user, security="ssl", port=dovecot_tls.ssl_port, ca_file=dovecot_tls.ca_file)
    starttls = mailbox(dovecot_tls, user, security="starttls", ca_file=dovecot_tls.ca_file)
    for config in (imaps, starttls):
        client = connect(config)
        try:
            assert client.select_folder("INBOX")[b"EXISTS"] == 0
        finally:
            client.logout()

    other_ca = write_other_ca(dovecot_tls.root)
    for config in (imaps, starttls):
        for ca_file in (None, other_ca):  # the system's CAs, or a CA that did not sign it
            with pytest.raises(ssl.SSLCertVerificationError):
                connect(config.model_copy(update={"ca_file": ca_file}))


def test_xoauth2_token_is_refreshed_when_refused_and_no_secret_is_logged(
    dovecot_tls: Dovecot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    user, password = dovecot_tls.add_user()
    token_file = tmp_path / "token"
    token_file.write_text("token-one-7f3a\n")
    calls = tmp_path / "calls"
    script = tmp_path / "print-token"
    script.write_text(f"#!/bin/sh\necho x >> {calls}\ncat {token_file}\n")
    script.chmod(0o755)
    dovecot_tls.set_password(user, "token-one-7f3a")  # Dovecot's XOAUTH2 checks the token as the password
    config = mailbox(
        dovecot_tls,
        user,
        password=None,
        oauth2_token_command=str(script),
        security="starttls",
        ca_file=dovecot_tls.ca_file,
    )
    token = OAuth2Token(command=config.oauth2_token_command)
    caplog.set_level(logging.DEBUG)

    connect(config, token).logout()
    dovecot_tls.set_password(user, "token-two-91c2")  # the old token expired; the tool now prints a new one
    token_file.write_text("token-two-91c2\n")
    connect(config, token).logout()

    assert calls.read_text().count("x") == 2, "read once, then once more after the server refused it"
    wrong = mailbox(
        dovecot_tls, user, password="wrong-password-55e1", security="starttls", ca_file=dovecot_tls.ca_file
    )
    with pytest.raises(LoginError):
        connect(wrong)
    login = mailbox(
        dovecot_tls, user, password="token-two-91c2", security="starttls", ca_file=dovecot_tls.ca_file
    )
    connect(login).logout()
    assert "LOGIN" in caplog.text or "AUTHENTICATE" in caplog.text  # the protocol log was on
    for secret in ("token-one-7f3a", "token-two-91c2", "wrong-password-55e1", password):
        assert secret not in caplog.text


@SQLITE_ONLY
def test_the_password_never_appears_in_logs_while_polling(
    deps: PipelineDeps, dovecot: Dovecot, shared_data: Path, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    user, password = dovecot.add_user()
    secret_file = tmp_path / "imap-password"
    secret_file.write_text(password + "\n")
    config = mailbox(dovecot, user, password=None, password_file=secret_file)
    append(dovecot, user, real_emails(shared_data, 2))
    caplog.set_level(logging.DEBUG)
    poller = MailboxPoller(config, deps, process_all(deps))
    drain(poller)
    assert len(originals(deps)) == 2
    assert "LOGIN **REDACTED**" in caplog.text  # the protocol log was on, and redacted
    assert password not in caplog.text
    assert password not in repr(config) and password not in str(config.model_dump())
    assert password not in (originals(deps)[0].source_ref or "")


# -- configuration ----------------------------------------------------------------------------------


def test_mailboxes_come_from_the_environment_and_the_config_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "secret").write_text("s3cret\n")
    config = tmp_path / "docpipe.toml"
    config.write_text(
        """
inbox_polling = true

[[mailboxes]]
name = "invoices"
host = "imap.example.com"
user = "invoices@example.com"
password_file = "secret"
on_done = "move:Processed"
batch_size = 25
[mailboxes.filters]
from = "@supplier.example"
has_attachment = true

[[mailboxes]]
name = "office365"
host = "outlook.office365.com"
user = "ap@example.com"
oauth2_token_command = "az account get-access-token --query accessToken -o tsv"
security = "starttls"
folder = "Invoices"
"""
    )
    settings = Settings(
        imap_host="mail.example.com", imap_user="docs", imap_password="pw", imap_on_done="delete"
    )
    sources = SourceSettings(imap_batch_size=40)
    found = load_mailboxes(settings, sources, config)

    assert [m.name for m in found] == ["default", "invoices", "office365"]
    default, invoices, office = found
    assert (default.account, default.resolved_port, str(default.on_done), default.batch_size) == (
        "docs@mail.example.com",
        993,
        "delete",
        40,
    )
    assert invoices.password_file == tmp_path / "secret" and invoices.batch_size == 25
    assert (str(invoices.on_done), invoices.filters.from_addr, invoices.filters.has_attachment) == (
        "move:Processed",
        "@supplier.example",
        True,
    )
    assert office.uses_oauth2 and office.resolved_port == 143 and office.folder == "Invoices"
    monkeypatch.setenv("DOCPIPE_CONFIG", str(config))
    monkeypatch.setenv("DOCPIPE_IMAP_BATCH_SIZE", "7")
    assert [m.name for m in load_mailboxes(Settings(), SourceSettings())] == ["invoices", "office365"]
    assert SourceSettings().inbox_polling is True and SourceSettings().imap_batch_size == 7

    config.write_text(
        '[[mailboxes]]\nname = "x"\nhost = "h"\nuser = "u"\npassword = "p"\non_done = "archive"\n'
    )
    with pytest.raises(MailboxConfigError, match="on_done"):
        load_mailboxes(Settings(), sources, config)
    config.write_text(
        '[[mailboxes]]\nname = "x"\nhost = "h"\nuser = "u"\npassword = "p"\npassword_file = "f"\n'
    )
    with pytest.raises(MailboxConfigError, match="exactly one of"):
        load_mailboxes(Settings(), sources, config)


# -- docpipe run: the inbox and the mailboxes in one process ------------------------------------------


@SQLITE_ONLY
def test_run_embedded_takes_mail_and_files_in_one_process(
    database_url: str, dovecot: Dovecot, shared_data: Path, tmp_path: Path
) -> None:
    user, password = dovecot.add_user()
    append(dovecot, user, [invoice_mail(shared_data)])
    config = tmp_path / "docpipe.toml"
    config.write_text(
        f'[[mailboxes]]\nname = "invoices"\nhost = "{dovecot.host}"\nport = {dovecot.port}\nuser = "{user}"\n'
        f'password = "{password}"\nsecurity = "plain"\non_done = "move:Done"\n'
    )
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "order.txt").write_text("Purchase order 4711\n")
    ctx = build_context(
        Settings(database_url=database_url, data_dir=tmp_path / "var", workers=1), with_models=False
    )
    sources = SourceSettings(inbox_settle_seconds=0.3)
    stop = threading.Event()
    runner = threading.Thread(
        target=run_embedded,
        kwargs={"ctx": ctx, "inbox": inbox, "sources": sources, "config_file": config, "stop": stop},
    )
    runner.start()
    try:
        assert wait_for(lambda: (inbox / "processed" / "order.txt").exists(), 15)
        assert wait_for(lambda: flags(dovecot, user) == {}, 15), "the mail is moved once processed"
    finally:
        stop.set()
        runner.join(timeout=15)
    assert not runner.is_alive()
    with ctx.deps.sessions() as session:
        top = session.execute(
            select(Document.source, Document.status)
            .where(Document.parent_id.is_(None))
            .order_by(Document.source)
        ).all()
        children = session.scalars(select(Document.filename).where(Document.parent_id.is_not(None))).all()
    assert [(source, status != "pending") for source, status in top] == [("folder", True), ("imap", True)]
    assert children == ["EN16931_Einfach.pdf"]
    ctx.engine.dispose()
