"""Generate a labelled training corpus: documents, scans and mails with their ground truth.

``generate_corpus`` writes the files flat into a directory and one JSON object per file into its
``labels.jsonl`` (the expected.jsonl form of shared/data/README.md, plus layout family, split and,
for born-digital PDFs, the boxes where each field is printed). Everything is derived from the seed:
the same seed and count give byte-identical labels.

Split: each item first draws train/val/test (70/15/15), then takes its layout family and phrase
templates from that split only; families and templates are assigned to splits by a hash of their
id, so the test split holds layouts and phrasings that training never saw.
"""

from __future__ import annotations

import io
import json
import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from models.synth import phrases
from models.synth.content import Content, make_content
from models.synth.layouts import SPLITS, families_for
from models.synth.mails import Attachment, compose_mail
from models.synth.parties import make_company, pick_country
from models.synth.render_pdf import Rendered, render
from models.synth.scan import scan_pdf, snapshot
from pipeline.categories import DEFAULT_CATEGORIES, INVOICE_LIKE

LANGS = ("en", "nl", "de", "fr")
FIELD_ORDER = (
    "invoice_number",
    "invoice_date",
    "due_date",
    "total",
    "subtotal",
    "tax_total",
    "currency",
    "supplier_name",
    "supplier_vat",
    "supplier_iban",
    "customer_name",
    "customer_vat",
    "po_number",
)
# How each category is drawn: (route, weight). "doc": a PDF/scan/text document of that type;
# "mail": a mail; "delivery_note": a delivery note PDF (category other).
_ROUTES: dict[str, tuple[tuple[str, int], ...]] = {
    "invoice": (("doc", 7), ("mail", 3)),
    "credit_note": (("doc", 3), ("mail", 1)),
    "receipt": (("doc", 1),),
    "purchase_order": (("doc", 3), ("mail", 2)),
    "payment_reminder": (("doc", 1), ("mail", 1)),
    "other": (("mail", 6), ("delivery_note", 1)),
}
_ATTACH_NAME = {
    "invoice": ("Invoice", "factuur", "Rechnung", "Facture"),
    "credit_note": ("CreditNote", "creditnota", "Gutschrift", "Avoir"),
    "purchase_order": ("PO", "inkooporder", "Bestellung", "BonDeCommande"),
    "payment_reminder": ("Reminder", "herinnering", "Zahlungserinnerung", "Relance"),
}


def generate_corpus(
    out_dir: Path,
    *,
    count: int,
    seed: int,
    langs: Sequence[str] = LANGS,
    scan_share: float = 0.25,
    progress: Callable[[int], None] | None = None,
) -> Path:
    """Write ``count`` labelled documents and mails into ``out_dir``; returns the labels.jsonl path.

    Categories are balanced (every block of 11 items holds each default category once), languages
    cycle through ``langs``, and ``scan_share`` of the documents become scans. ``progress`` is called
    with the number of items written so far.
    """
    unknown = [lang for lang in langs if lang not in LANGS]
    if unknown or not langs:
        raise ValueError(f"languages must be among {', '.join(LANGS)}; got {', '.join(langs) or 'none'}")
    out_dir.mkdir(parents=True, exist_ok=True)
    labels = out_dir / "labels.jsonl"
    with labels.open("w", encoding="utf-8") as fh:
        for index in range(count):
            row = generate_item(out_dir, index, seed=seed, langs=tuple(langs), scan_share=scan_share)
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            if progress is not None:
                progress(index + 1)
    return labels


def plan_item(index: int, seed: int, langs: Sequence[str]) -> tuple[str, str]:
    """The (category, language) of item ``index``: each block of 11 holds every category once."""
    block = index // len(DEFAULT_CATEGORIES)
    order = random.Random(f"{seed}:order:{block}").sample(DEFAULT_CATEGORIES, len(DEFAULT_CATEGORIES))
    category = order[index % len(order)]
    # Each category cycles through the languages from block to block: balanced per category.
    return category, langs[(block + DEFAULT_CATEGORIES.index(category)) % len(langs)]


def generate_item(
    out_dir: Path, index: int, *, seed: int, langs: Sequence[str], scan_share: float
) -> dict[str, Any]:
    """Generate item ``index`` into ``out_dir`` and return its label row."""
    category, lang = plan_item(index, seed, langs)
    rng = random.Random(f"{seed}:{index}")
    split = rng.choices(SPLITS, (70, 15, 15))[0]
    routes, weights = zip(*_ROUTES.get(category, (("mail", 1),)), strict=True)
    route = rng.choices(routes, weights)[0]
    stem = f"{index:06d}-{category}-{lang}"
    if route == "mail":
        return _mail_item(out_dir, stem, rng, category, lang, split, scan_share)
    doc_type = "delivery_note" if route == "delivery_note" else category
    content = make_content(rng, doc_type, lang)
    family = rng.choice(families_for(doc_type, split))
    rendered = render(content, family, rng)
    roll = rng.random()
    kind = "scan" if roll < scan_share else "txt" if roll < scan_share + 0.04 else "pdf"
    row = _doc_label(content, family.id, rendered, kind)
    if kind == "pdf":
        name = f"{stem}.pdf"
        (out_dir / name).write_bytes(rendered.data)
        row["boxes"] = rendered.printed.boxes
    elif kind == "txt":
        name = f"{stem}.txt"
        (out_dir / name).write_text(_layout_text(rendered.data), encoding="utf-8")
    else:
        image_format = (
            rng.choices(("jpg", "png", "pdf"), (5, 2, 3))[0] if rendered.printed.pages == 1 else "pdf"
        )
        data, params = scan_pdf(rendered.data, rng, image_format)
        name = f"{stem}-scan.{image_format}"
        (out_dir / name).write_bytes(data)
        row["scan"] = params.as_label()
    return {
        "file": name,
        "category": content.category,
        "lang": lang,
        "family": family.id,
        "split": split,
        "kind": kind,
        **row,
    }


def _doc_label(content: Content, family: str, rendered: Rendered, kind: str) -> dict[str, Any]:
    printed = rendered.printed.fields
    row: dict[str, Any] = {
        "doc_type": content.doc_type,
        "fields": {name: printed[name] for name in FIELD_ORDER if name in printed},
        "pages": rendered.printed.pages,
    }
    if content.category in INVOICE_LIKE:
        row["lines"] = rendered.lines
    if content.gross_lines:
        row["gross_lines"] = True
    return row


def _layout_text(pdf: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n\f\n".join((page.extract_text(layout=True) or "").rstrip() for page in doc.pages) + "\n"


def _attached_document(rng: random.Random, content: Content, split: str, scan_share: float) -> Attachment:
    family = rng.choice(families_for(content.doc_type, split))
    rendered = render(content, family, rng)
    words = _ATTACH_NAME[content.doc_type]
    word = words[("en", "nl", "de", "fr").index(content.lang)]
    number = (
        content.reference if content.doc_type == "payment_reminder" else content.number
    ) or content.number
    base = f"{word}_{number}".replace("/", "-").replace(" ", "_")
    label: dict[str, Any] = {
        "category": content.category,
        "family": family.id,
        **_doc_label(content, family.id, rendered, "pdf"),
    }
    if rng.random() < scan_share * 0.6:
        image_format = "jpg" if rendered.printed.pages == 1 and rng.random() < 0.5 else "pdf"
        data, params = scan_pdf(rendered.data, rng, image_format)
        label.update(kind="scan", scan=params.as_label())
        name = rng.choice(
            (
                f"scan_{rng.randint(1, 9999):04d}",
                f"IMG_{content.issue_date:%Y%m%d}_{rng.randint(1000, 2359)}",
                base,
            )
        )
        mime = "image/jpeg" if image_format == "jpg" else "application/pdf"
        return Attachment(f"{name}.{image_format}", data, mime, label)
    label["kind"] = "pdf"
    return Attachment(f"{base}.pdf", rendered.data, "application/pdf", label)


def _mail_item(
    out_dir: Path, stem: str, rng: random.Random, category: str, lang: str, split: str, scan_share: float
) -> dict[str, Any]:
    template = rng.choice(phrases.templates(category, lang, split))
    attachments: list[Attachment] = []
    content: Content | None = None
    if category in ("invoice", "credit_note", "payment_reminder", "purchase_order"):
        content = make_content(rng, category, lang)
        assert content.customer is not None
        order = category == "purchase_order"
        sender, recipient = (
            (content.customer, content.supplier) if order else (content.supplier, content.customer)
        )
        wants_document = category in ("invoice", "credit_note") or (
            order and "{items}" not in "".join(template.lines)
        )
        if wants_document or (category == "payment_reminder" and rng.random() < 0.4):
            attachments.append(_attached_document(rng, content, split, scan_share))
        day = content.issue_date
    else:
        sender = make_company(rng, pick_country(rng, lang), lang)
        recipient = make_company(rng, pick_country(rng, lang), lang)
        day = make_content(rng, "invoice", lang).issue_date
        if category == "complaint" and rng.random() < 0.3:
            attachments.append(Attachment(f"IMG_{rng.randint(1000, 9999)}.jpg", snapshot(rng), "image/jpeg"))
        elif category == "internal" and rng.random() < 0.15:
            rows = "\n".join(
                f"{rng.randint(1000, 9999)};{rng.randint(1, 500)},{rng.randint(0, 99):02d}" for _ in range(8)
            )
            attachments.append(Attachment("export.csv", f"id;amount\n{rows}\n".encode(), "text/csv"))
    mail = compose_mail(
        rng,
        category,
        lang,
        split,
        sender=sender,
        recipient=recipient,
        content=content,
        attachments=attachments,
        template=template,
        day=day,
    )
    name = f"{stem}.eml"
    (out_dir / name).write_bytes(mail.data)
    row: dict[str, Any] = {
        "file": name,
        "category": category,
        "lang": lang,
        "family": mail.template,
        "split": split,
        "kind": "eml",
        "fields": mail.fields,
        "templates": mail.pieces,
        "email": mail.headers,
        "attachments": mail.attachments,
    }
    if mail.reply:
        row["reply"] = True
    if mail.forward:
        row["forward"] = mail.forward
    return row
