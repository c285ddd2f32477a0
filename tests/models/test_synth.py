"""The synthetic corpus generator: labels, determinism, text layer, OCR, mails, identifiers, splits."""

from __future__ import annotations

import email
import io
import json
import random
import re
from collections import defaultdict
from datetime import date
from decimal import Decimal
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import numpy as np
import pdfplumber
import pytesseract
import pytest
from PIL import Image
from stdnum import bic, iban, vatin

from models.synth import generate_corpus
from models.synth.command import synth_command
from models.synth.content import make_content
from models.synth.formats import DATE_STYLES, format_date, format_number
from models.synth.layouts import FAMILIES, INVOICE_LIKE_TYPES, SPLITS, split_assignment
from models.synth.parties import COUNTRIES_BY_LANG, make_company
from models.synth.phrases import all_templates, split_of
from models.synth.render_pdf import render
from models.synth.scan import ScanParams, scan_pdf
from pipeline.categories import DEFAULT_CATEGORIES, INVOICE_LIKE

FIELDS = {
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
}
MAIL_FIELDS = {"invoice_number", "credit_note_number", "po_number", "quote_number"}
MONEY = re.compile(r"^\d+\.\d{2}$")
TESSERACT = {"en": "eng", "nl": "nld", "de": "deu", "fr": "fra"}
_AMOUNT = re.compile(r"\d{1,3}(?:[.,' \u00a0]\d{3})+(?:[.,]\d{2})|\d+[.,]\d{2}")


def amounts_in(text: str) -> set[str]:
    """Every amount printed in ``text``, normalised to the label form (1234.56), whatever its format."""
    found = set()
    for token in _AMOUNT.findall(text):
        for piece in {token, *token.split()}:  # "95 101,91": a grouped number or two numbers
            digits = re.sub(r"[.,' \u00a0]", "", piece[:-3])
            if digits and piece[-3] in ".,":
                found.add(f"{int(digits)}.{piece[-2:]}")
    return found


def read_rows(labels: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    out = tmp_path_factory.mktemp("corpus")
    labels = generate_corpus(out, count=55, seed=11)
    return out, read_rows(labels)


def test_labels_are_well_formed(corpus: tuple[Path, list[dict[str, Any]]]) -> None:
    out, rows = corpus
    assert len(rows) == 55
    assert sorted(p.name for p in out.iterdir() if p.name != "labels.jsonl") == sorted(
        r["file"] for r in rows
    )
    for row in rows:
        assert row["category"] in DEFAULT_CATEGORIES
        assert row["lang"] in ("en", "nl", "de", "fr")
        assert row["split"] in SPLITS
        assert row["kind"] in ("pdf", "scan", "eml", "txt")
        assert re.match(r"^\d{6}-[a-z_]+-[a-z]{2}(-scan)?\.(pdf|jpg|png|eml|txt)$", row["file"])
        allowed = MAIL_FIELDS if row["kind"] == "eml" else FIELDS
        assert set(row["fields"]) <= allowed, row
        for name in ("total", "subtotal", "tax_total"):
            if name in row["fields"]:
                assert MONEY.match(row["fields"][name]), row["fields"]
        for name in ("invoice_date", "due_date"):
            if name in row["fields"]:
                date.fromisoformat(row["fields"][name])
        if "currency" in row["fields"]:
            assert row["fields"]["currency"] in ("EUR", "GBP", "USD", "CHF")
        if row["kind"] != "eml" and row["category"] in INVOICE_LIKE:
            assert row["lines"] and all(
                "description" in line and MONEY.match(line["amount"]) for line in row["lines"]
            )


def test_every_category_and_language_appears(corpus: tuple[Path, list[dict[str, Any]]]) -> None:
    _, rows = corpus
    assert {r["category"] for r in rows} == set(DEFAULT_CATEGORIES)
    assert {r["lang"] for r in rows} == {"en", "nl", "de", "fr"}
    kinds = {r["kind"] for r in rows}
    assert {"pdf", "eml", "scan"} <= kinds


def test_same_seed_gives_identical_corpus(tmp_path: Path) -> None:
    first = generate_corpus(tmp_path / "a", count=22, seed=5, scan_share=0.2)
    second = generate_corpus(tmp_path / "b", count=22, seed=5, scan_share=0.2)
    assert first.read_bytes() == second.read_bytes()
    for row in read_rows(first):
        assert (tmp_path / "a" / row["file"]).read_bytes() == (tmp_path / "b" / row["file"]).read_bytes()
    other = generate_corpus(tmp_path / "c", count=22, seed=6, scan_share=0.2)
    assert other.read_bytes() != first.read_bytes()


def _invoice_like(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = [r for r in rows if r["kind"] != "eml" and r["category"] in INVOICE_LIKE]
    for row in rows:
        for attachment in row.get("attachments", []):
            if attachment.get("category") in INVOICE_LIKE:
                out.append(attachment)
    return out


def test_amounts_add_up(corpus: tuple[Path, list[dict[str, Any]]]) -> None:
    _, rows = corpus
    checked = 0
    for row in _invoice_like(rows):
        fields = row["fields"]
        lines = sum((Decimal(line["amount"]) for line in row["lines"]), Decimal(0))
        total = Decimal(fields["total"])
        assert total > 0  # credit notes too: positive, as in EN 16931
        if "subtotal" in fields and "tax_total" in fields:
            assert Decimal(fields["subtotal"]) + Decimal(fields["tax_total"]) == total
            checked += 1
        if row.get("gross_lines"):
            assert lines == total
        elif "subtotal" in fields:
            assert lines == Decimal(fields["subtotal"])
        for line in row["lines"]:
            if "quantity" in line and "unit_price" in line:
                product = Decimal(line["quantity"]) * Decimal(line["unit_price"])
                assert abs(product - Decimal(line["amount"])) <= Decimal("0.005")
    assert checked >= 5


def test_pdfs_carry_their_fields_in_the_text_layer(corpus: tuple[Path, list[dict[str, Any]]]) -> None:
    out, rows = corpus
    pdfs = [r for r in rows if r["kind"] == "pdf"]
    assert len(pdfs) >= 8
    for row in pdfs:
        with pdfplumber.open(out / row["file"]) as pdf:
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
            words = {page.page_number: page.extract_words() for page in pdf.pages}
        fields = row["fields"]
        compact = re.sub(r"[\s.\-]", "", text)
        flat = re.sub(r"\s+", " ", text)
        for name in ("invoice_number", "po_number", "supplier_name", "customer_name"):
            if name in fields:
                assert fields[name] in flat, (row["file"], name)
        for name in ("supplier_vat", "customer_vat", "supplier_iban"):
            if name in fields:
                assert fields[name] in compact, (row["file"], name)
        for name in ("total", "subtotal", "tax_total"):
            if name in fields:
                assert fields[name] in amounts_in(text), (row["file"], name, fields[name])
        for name in ("invoice_date", "due_date"):
            if name in fields:
                day = date.fromisoformat(fields[name])
                assert any(format_date(day, style, row["lang"]) in text for style in DATE_STYLES[row["lang"]])
        # Boxes sit on the printed words (within a point).
        for name, boxes in row["boxes"].items():
            for page, x0, top, x1, bottom in boxes:
                assert any(abs(w["x0"] - x0) < 1 and abs(w["top"] - top) < 1 for w in words[int(page)]), (
                    name,
                    x0,
                    top,
                )
                assert x1 > x0 and bottom > top


def test_every_family_prints_its_boxes_where_pdfplumber_finds_them() -> None:
    for index, family in enumerate(FAMILIES):
        lang = ("en", "nl", "de", "fr")[index % 4]
        rng = random.Random(f"family-{family.id}")
        rendered = render(make_content(rng, family.doc_types[-1], lang), family, rng)
        with pdfplumber.open(io.BytesIO(rendered.data)) as pdf:
            for name, boxes in rendered.printed.boxes.items():
                for page, x0, top, x1, bottom in boxes:
                    area = pdf.pages[int(page) - 1].within_bbox((x0 - 0.5, top - 0.5, x1 + 0.5, bottom + 0.5))
                    printed = re.sub(r"[\s.\-]", "", area.extract_text() or "")
                    value = re.sub(r"[\s.\-]", "", rendered.printed.fields[name])
                    if name in (
                        "invoice_number",
                        "po_number",
                        "supplier_name",
                        "customer_name",
                        "supplier_vat",
                        "customer_vat",
                        "supplier_iban",
                    ):
                        assert printed == value, (family.id, name, printed, value)


@pytest.mark.parametrize(
    ("family_id", "lang", "params"),
    [
        ("inv-01", "de", ScanParams(200, 1.4, 0, 0.6, 8.0, 0.9, -8.0, 60, False)),
        ("inv-03", "fr", ScanParams(240, -2.2, 180, 0.9, 10.0, 1.05, 10.0, 45, True)),
    ],
)
def test_a_scan_ocrs_back_to_its_invoice_number_and_total(
    family_id: str, lang: str, params: ScanParams
) -> None:
    family = next(f for f in FAMILIES if f.id == family_id)
    rng = random.Random(f"ocr-{family_id}")
    rendered = render(make_content(rng, "invoice", lang), family, rng)
    data, used = scan_pdf(rendered.data, rng, "jpg", params)
    assert used == params
    image = np.rot90(np.array(Image.open(io.BytesIO(data))), -params.rotation // 90)  # undo the feed rotation
    text = pytesseract.image_to_string(Image.fromarray(image), lang=TESSERACT[lang])
    fields = rendered.printed.fields
    assert fields["invoice_number"] in re.sub(r"\s", "", text)
    assert fields["total"] in amounts_in(text)


def test_scans_in_the_corpus_are_images_with_their_parameters(
    corpus: tuple[Path, list[dict[str, Any]]],
) -> None:
    out, rows = corpus
    scans = [r for r in rows if r["kind"] == "scan"]
    assert scans
    for row in scans:
        params = row["scan"]
        assert (
            150 <= params["dpi"] <= 300
            and abs(params["skew"]) <= 3
            and params["rotation"] in (0, 90, 180, 270)
        )
        if row["file"].endswith(".pdf"):
            with pdfplumber.open(out / row["file"]) as pdf:
                assert pdf.pages[0].images and not (pdf.pages[0].extract_text() or "").strip()
        else:
            with Image.open(out / row["file"]) as image:
                assert min(image.size) > 150


def _walk_attachments(msg: EmailMessage, labels: list[dict[str, Any]]) -> None:
    parts = list(msg.iter_attachments())
    assert len(parts) == len(labels)
    for part, label in zip(parts, labels, strict=True):
        assert part.get_content_type() == label["mime_type"]
        if label["mime_type"] == "message/rfc822":
            inner = part.get_content()
            assert inner["Subject"] == label["subject"]
            inner_body = inner.get_body(preferencelist=("plain", "html")).get_content()
            assert all(value in inner_body for value in label["fields"].values())
            _walk_attachments(inner, label["attachments"])
            continue
        data = part.get_content()
        assert part.get_filename() == label["filename"] and data
        if label["mime_type"] == "application/pdf" and label.get("kind") == "pdf":
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                text = re.sub(r"\s+", " ", "\n".join(page.extract_text() or "" for page in pdf.pages))
            number = label["fields"].get("invoice_number") or label["fields"].get("po_number")
            assert number is None or number in text


def test_mails_parse_with_their_headers_bodies_and_attachments(
    corpus: tuple[Path, list[dict[str, Any]]],
) -> None:
    out, rows = corpus
    mails = [r for r in rows if r["kind"] == "eml"]
    assert len(mails) >= 20
    carrying = 0
    for row in mails:
        msg = email.message_from_bytes((out / row["file"]).read_bytes(), policy=policy.default)
        assert isinstance(msg, EmailMessage)
        assert msg["Subject"] == row["email"]["subject"]
        assert msg["Message-ID"] == row["email"]["message_id"]
        assert msg["From"].addresses[0].addr_spec == row["email"]["from_addr"]
        body = msg.get_body(preferencelist=("plain", "html"))
        assert body is not None and len(body.get_content().strip()) > 20
        for value in row["fields"].values():
            assert value in body.get_content()
        _walk_attachments(msg, row["attachments"])
        carrying += any(a.get("mime_type") == "application/pdf" for a in row["attachments"])
    assert carrying >= 2


def test_identifiers_are_valid(corpus: tuple[Path, list[dict[str, Any]]]) -> None:
    _, rows = corpus
    seen = 0
    for row in _invoice_like(rows) + [r for r in rows if r["kind"] != "eml"]:
        for name in ("supplier_vat", "customer_vat"):
            if name in row["fields"]:
                assert vatin.is_valid(row["fields"][name]), row["fields"][name]
                seen += 1
        if "supplier_iban" in row["fields"]:
            assert iban.is_valid(row["fields"]["supplier_iban"]), row["fields"]["supplier_iban"]
            seen += 1
    assert seen >= 10
    rng = random.Random(3)
    for lang, countries in COUNTRIES_BY_LANG.items():
        for country, _ in countries:
            for _ in range(40):
                company = make_company(rng, country, lang)
                assert (
                    vatin.is_valid(company.vat) and iban.is_valid(company.iban) and bic.is_valid(company.bic)
                )


def test_splits_hold_families_and_templates_apart(corpus: tuple[Path, list[dict[str, Any]]]) -> None:
    _, rows = corpus
    split_of_id: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        split_of_id[row["family"]].add(row["split"])
        for template in row.get("templates", []):
            split_of_id[template].add(row["split"])
        for attachment in row.get("attachments", []):
            if "family" in attachment:
                split_of_id[attachment["family"]].add(row["split"])
    assert all(len(splits) == 1 for splits in split_of_id.values()), split_of_id
    for doc_type in (*INVOICE_LIKE_TYPES, "payment_reminder", "delivery_note"):
        ids = [f.id for f in FAMILIES if doc_type in f.doc_types]
        assert set(split_assignment(ids).values()) == set(SPLITS), doc_type
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for template in all_templates():
        groups[(template.category, template.lang)].add(split_of(template.id))
    assert all(splits == set(SPLITS) for splits in groups.values())


def test_at_least_thirty_distinct_invoice_like_layout_families() -> None:
    families = [f for f in FAMILIES if set(f.doc_types) & set(INVOICE_LIKE_TYPES)]
    assert len({f.id for f in families}) >= 30
    shapes = {
        (f.page, f.font, f.header, f.parties, f.meta, f.table, f.totals, f.footer, f.columns)
        for f in families
    }
    assert len(shapes) == len(families)
    assert {f.font for f in families} == {"Helvetica", "Times", "Courier"}
    assert {"r58", "r80"} <= {f.page for f in families}


def test_printed_formats() -> None:
    day = date(2024, 3, 14)
    assert format_date(day, "d-m-Y", "nl") == "14-03-2024"
    assert format_date(day, "d.m.Y", "de") == "14.03.2024"
    assert format_date(day, "Y-m-d", "en") == "2024-03-14"
    assert format_date(day, "M d, Y", "en") == "March 14, 2024"
    assert format_date(day, "d M Y", "fr") == "14 mars 2024"
    assert format_date(day, "d M Y", "nl") == "14 maart 2024"
    assert format_date(day, "d. M Y", "de") == "14. März 2024"
    value = Decimal("1234.56")
    assert [format_number(value, t, d) for t, d in ((".", ","), (",", "."), (" ", ","), ("'", "."))] == [
        "1.234,56",
        "1,234.56",
        "1 234,56",
        "1'234.56",
    ]
    assert format_number(Decimal("-1234567.5"), ".", ",") == "-1.234.567,50"


def test_synth_command_writes_a_corpus_and_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    synth_command(tmp_path, count=12, seed=1, langs="en,de")
    rows = read_rows(tmp_path / "labels.jsonl")
    assert len(rows) == 12 and {r["lang"] for r in rows} == {"en", "de"}
    assert "synthetic corpus" in capsys.readouterr().out
    with pytest.raises(ValueError):
        synth_command(tmp_path, count=1, seed=1, langs="en,xx")
