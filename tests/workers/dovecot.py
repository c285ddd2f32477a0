"""A real Dovecot IMAP server on loopback for the tests, with a throw-away configuration.

``dovecot_server()`` starts ``/usr/sbin/dovecot -F`` as root with everything in a temporary
folder: a passwd-file of users, their maildirs, the log, the runtime and state directories.
Login processes run as ``dovenull`` and mail processes as ``dovecot`` (Dovecot refuses root for
either), so the folder is made readable by them and ``first_valid_uid`` is lowered. With
``tls=True`` a private CA and a server certificate for ``127.0.0.1``/``localhost`` are generated
in the test: the plain port then offers STARTTLS and a second port speaks IMAPS.
"""

from __future__ import annotations

import datetime
import ipaddress
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from imapclient import IMAPClient

from tests.services import free_port

DOVECOT = "/usr/sbin/dovecot"
MAIL_USER = "dovecot"
LOGIN_USER = "dovenull"
USERS = 40  # created up front: Dovecot re-reads its passwd-file at most once a second


@dataclass
class Dovecot:
    """A running server: where it listens, and helpers to set up its mailboxes."""

    root: Path
    port: int
    ssl_port: int | None = None
    ca_file: Path | None = None
    host: str = "127.0.0.1"
    users: dict[str, str] = field(default_factory=dict)
    _handed_out: set[str] = field(default_factory=set)

    @property
    def log_file(self) -> Path:
        return self.root / "dovecot.log"

    def add_user(self) -> tuple[str, str]:
        """A fresh mail user of its own (from the ones created at start-up) and its password."""
        name = next(user for user in self.users if user not in self._handed_out)
        self._handed_out.add(name)
        return name, self.users[name]

    def set_password(self, name: str, password: str) -> None:
        """Change a user's password (also the token the XOAUTH2 mechanism accepts).

        Dovecot re-reads the passwd-file at most once a second, so this waits for the next one.
        """
        self._write_passwd({**self.users, name: password})
        time.sleep(1.1)

    def _write_passwd(self, users: dict[str, str]) -> None:
        self.users = users
        lines = "".join(f"{user}:{{PLAIN}}{secret}::::::\n" for user, secret in users.items())
        passwd = self.root / "passwd"
        tmp = passwd.with_suffix(".new")
        tmp.write_text(lines)
        tmp.chmod(0o644)
        tmp.replace(passwd)

    def home(self, user: str) -> Path:
        return self.root / "home" / user

    def connect(self, user: str) -> IMAPClient:
        """A logged-in plain-text client for setting up and inspecting a mailbox."""
        client = IMAPClient(self.host, port=self.port, ssl=False, timeout=30)
        client.login(user, self.users[user])
        return client

    def deliver_files(self, user: str, messages: Iterable[bytes]) -> int:
        """Write messages straight into the user's ``Maildir/new``: much faster than APPEND."""
        new = self.home(user) / "Maildir" / "new"
        for directory in (new, new.parent / "cur", new.parent / "tmp"):
            directory.mkdir(parents=True, exist_ok=True)
        uid, gid = _ids(MAIL_USER)
        count = 0
        stamp = int(time.time())
        for count, message in enumerate(messages, start=1):
            path = new / f"{stamp}.M{count}P{os.getpid()}.docpipe-test"
            path.write_bytes(message)
            os.chown(path, uid, gid)
        for directory in (new.parent / "cur", new.parent / "tmp", *_walk_up(new, self.root)):
            os.chown(directory, uid, gid)
        return count

    def log_text(self) -> str:
        return self.log_file.read_text(errors="replace") if self.log_file.exists() else ""


def _walk_up(path: Path, stop: Path) -> Iterator[Path]:
    for directory in (path, *path.parents):
        if directory == stop or stop not in directory.parents:
            return
        yield directory


def _ids(user: str) -> tuple[int, int]:
    entry = pwd.getpwnam(user)
    return entry.pw_uid, entry.pw_gid


def _config(server: Dovecot, *, tls: bool, capabilities: str | None) -> str:
    root = server.root
    uid, _gid = _ids(MAIL_USER)
    ssl_lines = (
        f"ssl = yes\nssl_cert = <{root / 'server.crt'}\nssl_key = <{root / 'server.key'}\n"
        "ssl_min_protocol = TLSv1.2\n"
        if tls
        else "ssl = no\n"
    )
    imaps = (
        f"  inet_listener imaps {{\n    address = 127.0.0.1\n    port = {server.ssl_port}\n"
        "    ssl = yes\n  }\n"
    )
    capability_line = f"  imap_capability = {capabilities}\n" if capabilities else ""
    return f"""\
base_dir = {root / "run"}
state_dir = {root / "state"}
log_path = {server.log_file}
info_log_path = {server.log_file}
protocols = imap
listen = 127.0.0.1
{ssl_lines}disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2
# No slow-down after a refused login (the tests refuse some on purpose): no delay, no penalty.
auth_failure_delay = 0
first_valid_uid = {min(uid, 500)}
default_internal_user = {MAIL_USER}
default_login_user = {LOGIN_USER}
mail_location = maildir:~/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {root / "passwd"}
}}
userdb {{
  driver = static
  args = uid={MAIL_USER} gid={MAIL_USER} home={root / "home"}/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {server.port}
  }}
{imaps if tls else ""}}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
protocol imap {{
  mail_max_userip_connections = 50
{capability_line}}}
"""


@contextmanager
def dovecot_server(*, tls: bool = False, capabilities: str | None = None) -> Iterator[Dovecot]:
    """A started Dovecot; stopped, and its folder removed, afterwards.

    ``capabilities`` replaces the CAPABILITY list after login (e.g. one without IDLE and
    MOVE), to exercise a client's fallbacks against the same real server.
    """
    if not Path(DOVECOT).exists():
        raise RuntimeError("Dovecot not found: install the Debian package dovecot-imapd")
    root = Path(tempfile.mkdtemp(prefix="docpipe-dovecot-"))
    root.chmod(0o755)  # the login and mail processes run as dovenull and dovecot
    uid, gid = _ids(MAIL_USER)
    for name in ("run", "state", "home"):
        (root / name).mkdir()
    os.chown(root / "home", uid, gid)
    server = Dovecot(root=root, port=free_port(), ssl_port=free_port() if tls else None)
    if tls:
        server.ca_file = write_test_certificates(root)
    server._write_passwd({f"user{n:02d}": f"pw-{uuid.uuid4().hex}" for n in range(USERS)})
    conf = root / "dovecot.conf"
    conf.write_text(_config(server, tls=tls, capabilities=capabilities))
    process = subprocess.Popen(
        [DOVECOT, "-F", "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        _wait_listening(server, process)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)
        shutil.rmtree(root, ignore_errors=True)


def _wait_listening(server: Dovecot, process: subprocess.Popen[bytes], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
            raise RuntimeError(f"Dovecot exited at start-up: {stderr}\n{server.log_text()}")
        with socket.socket() as sock:
            sock.settimeout(0.5)
            if sock.connect_ex((server.host, server.port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"Dovecot did not listen within {timeout:.0f} s\n{server.log_text()}")


def write_test_certificates(folder: Path, *, name: str = "docpipe test CA") -> Path:
    """A private CA and a server certificate for 127.0.0.1 and localhost signed by it.

    Writes ``ca.crt``, ``server.crt`` and ``server.key`` into ``folder``; returns the CA file.
    Uses the ``cryptography`` package where installed, ``openssl`` otherwise.
    """
    try:
        return _certificates_with_cryptography(folder, name)
    except ImportError:
        return _certificates_with_openssl(folder, name)


def write_other_ca(folder: Path) -> Path:
    """A CA file that did not sign the server's certificate: trusting it must not be enough."""
    other = folder / "other-ca"
    other.mkdir(exist_ok=True)
    return write_test_certificates(other, name="some other CA")


def _certificates_with_cryptography(folder: Path, name: str) -> Path:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    (folder / "ca.crt").write_bytes(ca_cert.public_bytes(pem))
    (folder / "server.crt").write_bytes(cert.public_bytes(pem))
    key_file = folder / "server.key"
    key_file.write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    key_file.chmod(0o600)
    return folder / "ca.crt"


def _certificates_with_openssl(folder: Path, name: str) -> Path:
    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True, cwd=folder)

    run(
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-days",
        "1",
        "-subj",
        f"/CN={name}",
        "-keyout",
        "ca.key",
        "-out",
        "ca.crt",
        "-addext",
        "basicConstraints=critical,CA:TRUE,pathlen:0",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
    )
    run(
        "req",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-subj",
        "/CN=localhost",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
    )
    (folder / "ext.cnf").write_text(
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\n"
        "extendedKeyUsage=serverAuth\n"
    )
    run(
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.crt",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "1",
        "-out",
        "server.crt",
        "-extfile",
        "ext.cnf",
    )
    return folder / "ca.crt"
