"""The classifier reads a mail's envelope line (sender kind, attachment names) before its text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from models.dataset import load_corpus
from pipeline.classifier_input import classifier_input, sender_kind
from pipeline.extract import extract_text
from pipeline.ingest import ingest_bytes
from pipeline.options import ExtractOptions
from pipeline.process import PipelineDeps, process_document
from pipeline.records import EmailHeaders, Prediction


def _mail(sender: str, to: str, body: str = "Hello,\n\nsee you on Monday.\n", **files: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, "Monday"
    msg.set_content(body)
    for name, data in files.items():
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return bytes(msg)


def _input(data: bytes) -> str:
    return classifier_input(extract_text(data, "message/rfc822", ExtractOptions()))


def test_a_mail_from_the_recipients_own_domain_is_from_a_colleague() -> None:
    text = _input(_mail("Ann Peeters <ann@bakker.nl>", "Tom <tom@bakker.nl>"))
    assert text.splitlines()[0] == "Sender: colleague."
    assert "see you on Monday" in text


def test_sender_kinds_from_the_addresses() -> None:
    def kind(sender: str | None, *to: str) -> str:
        return sender_kind(EmailHeaders(from_addr=sender, to_addrs=list(to)))

    assert kind("ann@bakker.nl", "tom@bakker.nl") == "colleague"
    assert kind("ANN@Bakker.NL", "tom@bakker.nl") == "colleague"
    assert kind("ann@gmail.com", "tom@gmail.com") == "free mail", "two free-mail users are no colleagues"
    assert kind("noreply@shop.de", "tom@bakker.nl") == "automated"
    assert kind("newsletter+nl@shop.de", "tom@bakker.nl") == "automated"
    assert kind("billing@supplier.fr", "tom@bakker.nl") == "external"
    assert kind(None, "tom@bakker.nl") == "unknown"
    assert kind("Moderator", "tom@bakker.nl") == "unknown"


def test_attachment_names_are_read_flattened_and_capped() -> None:
    data = _mail("billing@supplier.fr", "tom@bakker.nl", **{"Invoice_F2024-117.pdf": b"%PDF-1.4"})
    # A second file whose RFC 2231 name decodes to line breaks, a NUL and 200 more characters.
    hostile = (
        b"--BOUNDARY\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment;"
        b" filename*=utf-8''factuur%0D%0AX-Injected%3A%201%00" + b"a" * 200 + b".pdf\r\n\r\nx\r\n"
    )
    boundary = data.split(b'boundary="', 1)[1].split(b'"', 1)[0]
    data = data.replace(
        b"--" + boundary + b"--", hostile.replace(b"BOUNDARY", boundary) + b"--" + boundary + b"--"
    )
    first = _input(data).splitlines()[0]
    assert first.startswith("Sender: external. Attachments: Invoice_F2024-117.pdf, factuur X-Injected: 1 aaa")
    assert first.endswith("….") and len(first) < 160


def test_a_document_that_is_not_a_mail_is_read_as_it_is() -> None:
    data = b"Invoice 2024-117\nTotal due: 120.00 EUR\n"
    extraction = extract_text(data, "text/plain", ExtractOptions())
    assert classifier_input(extraction) == extraction.text


@dataclass
class RecordingClassifier:
    """A classifier at the edge of the test: it answers ``other`` and keeps what it was given."""

    seen: list[str] = field(default_factory=list)

    @property
    def model_version(self) -> str:
        return "recording"

    def classify(self, texts: Sequence[str]) -> list[Prediction]:
        self.seen.extend(texts)
        return [Prediction("other", 0.9, "recording") for _ in texts]


def test_the_pipeline_gives_the_classifier_the_envelope_line(deps: PipelineDeps) -> None:
    recording = RecordingClassifier()
    deps.classifier = recording
    data = _mail("ann@bakker.nl", "tom@bakker.nl", body="Lunch on Friday?\n")
    document_id = ingest_bytes(deps.sessions, deps.store, data, source="cli", filename="m.eml").document_id

    process_document(document_id, deps)

    assert recording.seen[0].startswith("Sender: colleague.\n\nMonday\n\nLunch on Friday?")


def test_training_reads_the_same_input_as_the_pipeline(tmp_path: Path) -> None:
    data = _mail("noreply@shop.de", "tom@bakker.nl", body="Our autumn newsletter is here.\n")
    (tmp_path / "news.eml").write_bytes(data)
    (tmp_path / "labels.jsonl").write_text('{"file": "news.eml", "category": "other", "split": "train"}\n')

    corpus = load_corpus(tmp_path, ExtractOptions(), cache_dir=tmp_path / "cache", progress=False)

    assert [e.text for e in corpus.split("train")] == [_input(data)]
    assert corpus.split("train")[0].text.startswith("Sender: automated.")


def test_a_mail_forwarded_as_an_attachment_is_read_after_the_forwarding_mail() -> None:
    inner = _mail("billing@supplier.fr", "tom@bakker.nl", body="Invoice F-17 is overdue since 1 May.\n")
    outer = EmailMessage()
    outer["From"], outer["To"], outer["Subject"] = "ann@bakker.nl", "tom@bakker.nl", "Fwd: Monday"
    outer.set_content("FYI, see below.\n")
    outer.add_attachment(message_from_bytes(inner, policy=policy.default))

    text = _input(bytes(outer))

    assert text.startswith("Sender: colleague.")
    assert (
        text.index("FYI, see below.") < text.index("Forwarded message:\nMonday") < text.index("overdue since")
    )


def test_a_forwarded_attachment_that_does_not_parse_leaves_the_rest(tmp_path: Path) -> None:
    outer = EmailMessage()
    outer["From"], outer["To"], outer["Subject"] = "ann@bakker.nl", "tom@bakker.nl", "Fwd: broken"
    outer.set_content("See the attached mail.\n")
    outer.add_attachment(b"\x00\x01 not a mail at all", maintype="message", subtype="rfc822")

    text = _input(bytes(outer))

    assert text.startswith("Sender: colleague.") and "See the attached mail." in text
