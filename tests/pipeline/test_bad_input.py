"""Bad input through the whole flow: a clear error on its own row, and nothing else lost or stopped."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select

from pipeline.db.models import Document, Email
from pipeline.ingest import ingest_bytes
from pipeline.process import PipelineDeps, process_tree

LETTER = b"Dear customer,\n\nThank you for your order of last week, it will ship on Monday.\n\nKind regards\n"


def _process(deps: PipelineDeps, data: bytes, filename: str) -> list[Document]:
    document_id = ingest_bytes(deps.sessions, deps.store, data, source="cli", filename=filename).document_id
    outcomes = process_tree(document_id, deps)
    with deps.sessions() as session:
        return [d for o in outcomes if (d := session.get(Document, o.document_id)) is not None]


def _encrypted_pdf(source: Path) -> bytes:
    writer = pypdf.PdfWriter(clone_from=str(source))
    writer.encrypt(user_password="secret", owner_password="owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("zeros.txt", "w") as member,
    ):
        chunk = bytes(1 << 20)
        for _ in range(200):
            member.write(chunk)
    return buffer.getvalue()


def _mail_with_attachment(name: str, payload: bytes, subtype: str = "octet-stream") -> bytes:
    message = EmailMessage()
    message["From"] = "Eve <eve@example.org>"
    message["To"] = "accounts@example.com"
    message["Subject"] = "Your documents"
    message["Message-ID"] = "<bad-1@example.org>"
    message.set_content("Please see the attachment.")
    message.add_attachment(payload, maintype="application", subtype=subtype, filename=name)
    return bytes(message)


@pytest.mark.parametrize(
    ("make", "filename", "expected_error"),
    [
        (lambda data: data[: len(data) // 3], "corrupt.pdf", "corrupt PDF"),
        (lambda data: _encrypted_pdf(data), "locked.pdf", "password-protected PDF"),
        (lambda data: b"", "empty.pdf", "empty file"),
        (lambda data: data[: len(data) // 4], "receipt.jpg", "truncated or corrupt image"),
        (lambda data: _zip_bomb(), "bomb.zip", "zip bomb suspected"),
    ],
    ids=["corrupt-pdf", "password-pdf", "zero-byte", "truncated-image", "zip-bomb"],
)
def test_bad_file_fails_alone_with_a_clear_error(
    deps: PipelineDeps, shared_data: Path, make, filename: str, expected_error: str
) -> None:  # type: ignore[no-untyped-def]
    source = shared_data / (
        "receipts/sroie_train_000.jpg" if filename.endswith(".jpg") else "invoices/EN16931_Einfach.pdf"
    )
    data = make(source) if filename == "locked.pdf" else make(source.read_bytes())
    (bad,) = _process(deps, data, filename)
    assert bad.status == "failed"
    assert bad.error is not None and expected_error in bad.error, bad.error
    (good,) = _process(deps, LETTER, "after.txt")
    assert good.status == "needs_review" and good.text is not None


def test_broken_mime_is_read_as_far_as_it_goes(deps: PipelineDeps) -> None:
    broken = (
        b"From: someone@example.com\r\nSubject: broken\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="XYZ"\r\n\r\n--XYZ\r\nContent-Type: text/plain\r\n\r\n'
        b"The body survives although the multipart never closes"
    )
    (mail,) = _process(deps, broken, "broken.eml")
    assert mail.status == "needs_review"
    assert mail.text is not None and "body survives" in mail.text


def test_attachment_named_like_a_path_never_becomes_one(deps: PipelineDeps, tmp_path: Path) -> None:
    payload = b"root:x:0:0:root:/root:/bin/bash\n"
    mail, attachment = _process(deps, _mail_with_attachment("../../etc/passwd", payload), "evil.eml")
    assert attachment.parent_id == mail.id
    assert attachment.filename == "passwd"
    assert deps.store.get(attachment.sha256) == payload
    blob_files = [p for p in (tmp_path / "blobs").rglob("*") if p.is_file()]
    assert blob_files and all(
        len(p.name) == 64 and set(p.name) <= set("0123456789abcdef") for p in blob_files
    )
    assert not (tmp_path / "etc").exists() and not (tmp_path.parent / "etc" / "passwd").exists()


def test_mail_with_pdf_attachment_gives_a_mail_row_and_a_processed_child(
    deps: PipelineDeps, shared_data: Path
) -> None:
    pdf = (shared_data / "invoices" / "EN16931_Einfach.pdf").read_bytes()
    mail, attachment = _process(deps, _mail_with_attachment("Rechnung 471102.pdf", pdf, "pdf"), "mail.eml")
    assert mail.text_method == "email"
    assert (attachment.parent_id, attachment.filename, attachment.text_method) == (
        mail.id,
        "Rechnung 471102.pdf",
        "text-layer",
    )
    assert attachment.text is not None and "471102" in attachment.text
    with deps.sessions() as session:
        email = session.scalar(select(Email).where(Email.document_id == mail.id))
    assert email is not None
    assert (email.from_addr, email.from_name, email.subject, email.message_id) == (
        "eve@example.org",
        "Eve",
        "Your documents",
        "bad-1@example.org",
    )


def test_nesting_deeper_than_the_limit_fails_the_innermost(deps: PipelineDeps) -> None:
    from dataclasses import replace

    deps.options = replace(deps.options, limits=replace(deps.options.limits, max_nesting_depth=2))
    data = LETTER
    for level in range(4):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr(f"level{level}.{'txt' if level == 0 else 'zip'}", data)
        data = buffer.getvalue()
    documents = _process(deps, data, "nested.zip")
    statuses = [d.status for d in documents]
    assert statuses[:3] == ["needs_review"] * 3
    assert statuses[3] == "failed"
    assert documents[3].error == "nesting too deep: 3 levels, limit 2"
    assert len(documents) == 4  # nothing below the refused level was opened
