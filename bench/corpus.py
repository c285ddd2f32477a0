"""The fixed, seeded benchmark corpus: items of every kind docpipe reads, built once and reused.

Synthetic items come from ``models.synth`` (born-digital invoice PDFs, one-page invoice scans as
JPEG, PNG or image-only PDF, mails with and without a PDF attachment); receipt photos and
structured e-invoices are a seeded sample of ``../shared/data``. Next to each item lies what its
floor reads: the page image raw ``tesseract`` gets (a scanned PDF page rendered exactly as docpipe
renders it) and the PDF pdfplumber reads alone (a mail's attachment taken out of the mail).
"""

from __future__ import annotations

import email
import json
import math
import os
import random
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import policy
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium

from models.synth.corpus import LANGS, generate_item, plan_item
from pipeline.options import ExtractOptions

KINDS = ("born_digital_pdf", "scanned_page", "receipt_photo", "mail_plain", "mail_pdf", "einvoice")
KIND_LABELS = {
    "born_digital_pdf": "born-digital invoice PDF",
    "scanned_page": "scanned invoice page",
    "receipt_photo": "receipt photo",
    "mail_plain": "mail, no attachment",
    "mail_pdf": "mail + PDF attachment",
    "einvoice": "structured e-invoice",
}
SEED = 20251121
PER_KIND = 12  # timed items per kind in a full run; the first item of each kind is the warm-up
THROUGHPUT_DOCS = 124  # born-digital PDFs for the throughput runs, warm-up included: runs of seconds, not one
MANIFEST_VERSION = 2
_SCAN_INDEX_OFFSET = 100_000  # scans come from their own index range: no clash with the first pass
_MAX_INDEX = 20_000  # a generator change that never yields a kind fails loudly, not forever


@dataclass(frozen=True)
class Item:
    """One input of the benchmark and what its floors read."""

    kind: str
    name: str
    path: Path
    pages: int
    floor_images: tuple[Path, ...] = ()  # page images for raw tesseract, in page order
    floor_pdf: Path | None = None  # the PDF that pdfplumber reads alone
    source: str = ""


@dataclass(frozen=True)
class Corpus:
    """Items per kind (the first of each kind warms up, the rest are timed) and a throughput set."""

    root: Path
    seed: int
    items: dict[str, list[Item]]
    throughput: list[Path] = field(default_factory=list)

    def warmup(self, kind: str) -> Item:
        """The item that runs once, untimed, before the timed items of ``kind``."""
        return self.items[kind][0]

    def timed(self, kind: str, count: int) -> list[Item]:
        """The first ``count`` timed items of ``kind``."""
        return self.items[kind][1 : 1 + count]


def load_or_build(root: Path, shared_data: Path, *, seed: int = SEED) -> Corpus:
    """The corpus in ``root``: reused when its manifest matches, else built (atomically) anew."""
    manifest = root / "manifest.json"
    if manifest.is_file():
        corpus = _read_manifest(root)
        if corpus is not None and corpus.seed == seed:
            return corpus
    staging = root.with_name(f".{root.name}.building-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    build(staging, shared_data, seed=seed)
    if root.exists():
        shutil.rmtree(root)
    root.parent.mkdir(parents=True, exist_ok=True)
    staging.rename(root)
    corpus = _read_manifest(root)
    assert corpus is not None, "a corpus just built must read back"
    return corpus


def build(root: Path, shared_data: Path, *, seed: int = SEED) -> None:
    """Write the corpus files and ``manifest.json`` into ``root``."""
    files, floor = root / "files", root / "floor"
    files.mkdir(parents=True)
    floor.mkdir()
    items: dict[str, list[Item]] = {kind: [] for kind in KINDS}
    throughput = _synth_documents(files, floor, seed, items)
    items["scanned_page"] = _synth_scans(files, floor, seed)
    items["receipt_photo"] = _receipts(files, shared_data / "receipts", seed)
    items["einvoice"] = _einvoices(files, shared_data / "invoices", seed)
    short = [kind for kind, found in items.items() if len(found) < PER_KIND + 1]
    if short:
        raise RuntimeError(f"benchmark corpus: too few items of {', '.join(short)}")
    manifest = {
        "version": MANIFEST_VERSION,
        "seed": seed,
        "per_kind": PER_KIND,
        "items": {kind: [_item_json(root, item) for item in found] for kind, found in items.items()},
        "throughput": [str(path.relative_to(root)) for path in throughput],
    }
    (root / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")


def _synth_documents(files: Path, floor: Path, seed: int, items: dict[str, list[Item]]) -> list[Path]:
    """Born-digital PDFs and mails from the generator's first index range (no scans)."""
    wanted = PER_KIND + 1
    throughput: list[Path] = []
    scratch = files / ".scratch"
    scratch.mkdir()
    for index in range(_MAX_INDEX):
        if _full(items, ("born_digital_pdf", "mail_plain", "mail_pdf"), wanted) and (
            len(throughput) >= THROUGHPUT_DOCS
        ):
            break
        row = generate_item(scratch, index, seed=seed, langs=LANGS, scan_share=0.0)
        produced = scratch / row["file"]
        kind = _synth_kind(row)
        keep_for_throughput = row["kind"] == "pdf" and len(throughput) < THROUGHPUT_DOCS
        keep_as_item = kind is not None and len(items[kind]) < wanted
        if not (keep_for_throughput or keep_as_item):
            produced.unlink()
            continue
        path = files / row["file"]
        produced.rename(path)
        if keep_for_throughput:
            throughput.append(path)
        if kind is not None and keep_as_item:
            items[kind].append(_synth_item(kind, path, row, floor))
    shutil.rmtree(scratch)
    return throughput


def _synth_kind(row: dict[str, Any]) -> str | None:
    if row["kind"] == "pdf" and row["category"] == "invoice":
        return "born_digital_pdf"
    if row["kind"] != "eml" or row.get("forward"):
        return None
    attachments = row.get("attachments") or []
    if not attachments:
        return "mail_plain"
    only = attachments[0]
    if len(attachments) == 1 and only.get("mime_type") == "application/pdf" and only.get("kind") == "pdf":
        return "mail_pdf"
    return None


def _synth_item(kind: str, path: Path, row: dict[str, Any], floor: Path) -> Item:
    source = f"models.synth {row['category']}/{row['lang']}"
    if kind == "born_digital_pdf":
        return Item(kind, path.name, path, int(row["pages"]), floor_pdf=path, source=source)
    if kind == "mail_pdf":
        attachment = floor / f"{path.stem}-attachment.pdf"
        attachment.write_bytes(_pdf_attachment(path))
        pages = int(row["attachments"][0].get("pages") or _page_count(attachment))
        return Item(kind, path.name, path, pages, floor_pdf=attachment, source=source)
    return Item(kind, path.name, path, 0, source=source)


def _synth_scans(files: Path, floor: Path, seed: int) -> list[Item]:
    """One-page invoice scans (JPEG, PNG or image-only PDF) from a second index range."""
    found: list[Item] = []
    scratch = files / ".scratch-scans"
    scratch.mkdir()
    for index in range(_SCAN_INDEX_OFFSET, _SCAN_INDEX_OFFSET + _MAX_INDEX):
        if len(found) >= PER_KIND + 1:
            break
        if plan_item(index, seed, LANGS)[0] != "invoice":
            continue  # the category is known up front: generate only what can be kept
        row = generate_item(scratch, index, seed=seed, langs=LANGS, scan_share=1.0)
        produced = scratch / row["file"]
        if row["kind"] != "scan" or row.get("pages") != 1:
            produced.unlink()
            continue
        path = files / row["file"]
        produced.rename(path)
        if path.suffix == ".pdf":
            image = floor / f"{path.stem}-p1.png"
            render_page(path, image, ExtractOptions())
        else:
            image = path
        source = f"models.synth invoice scan/{row['lang']}"
        found.append(Item("scanned_page", path.name, path, 1, floor_images=(image,), source=source))
    shutil.rmtree(scratch)
    return found


def _receipts(files: Path, folder: Path, seed: int) -> list[Item]:
    photos = sorted(folder.glob("*.jpg"))
    chosen = random.Random(f"{seed}:receipts").sample(photos, min(len(photos), PER_KIND + 1))
    found = []
    for photo in chosen:
        path = files / photo.name
        shutil.copyfile(photo, path)
        source = f"shared/data {photo.name}"
        found.append(Item("receipt_photo", path.name, path, 1, floor_images=(path,), source=source))
    return found


def _einvoices(files: Path, folder: Path, seed: int) -> list[Item]:
    rows = [json.loads(line) for line in (folder / "expected.jsonl").read_text(encoding="utf-8").splitlines()]
    names = sorted(
        row["file"]
        for row in rows
        if str(row.get("subset", "")).startswith("einvoice-") and row["file"].endswith(".pdf")
    )
    chosen = random.Random(f"{seed}:einvoices").sample(names, min(len(names), PER_KIND + 1))
    found = []
    for name in chosen:
        path = files / name
        shutil.copyfile(folder / name, path)
        found.append(
            Item("einvoice", name, path, _page_count(path), floor_pdf=path, source=f"shared/data {name}")
        )
    return found


def render_page(pdf: Path, out: Path, options: ExtractOptions, number: int = 1) -> None:
    """Render page ``number`` as docpipe renders a page for OCR (grayscale, same scale), as PNG.

    Mirrors ``pipeline.extract.pdf``: ``ocr_dpi`` lowered where the page would pass the pixel
    limit. The stage timing records the size docpipe really rendered, to catch a drift.
    """
    document = pdfium.PdfDocument(str(pdf))
    try:
        page = document[number - 1]
        width, height = page.get_size()
        scale = options.ocr_dpi / 72
        area = max(width * height, 1.0)
        if area * scale * scale > options.limits.max_image_pixels:
            scale = math.sqrt(options.limits.max_image_pixels / area)
        image = page.render(scale=scale, grayscale=True).to_pil()
        dpi = round(72 * scale)
        image.save(out, format="PNG", dpi=(dpi, dpi))
        page.close()
    finally:
        document.close()


def _pdf_attachment(mail: Path) -> bytes:
    message = email.message_from_bytes(mail.read_bytes(), policy=policy.default)
    for part in message.walk():
        if part.get_content_type() == "application/pdf":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return payload
    raise RuntimeError(f"{mail.name}: no PDF attachment")


def _page_count(pdf: Path) -> int:
    document = pdfium.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


def _full(items: dict[str, list[Item]], kinds: tuple[str, ...], wanted: int) -> bool:
    return all(len(items[kind]) >= wanted for kind in kinds)


def _item_json(root: Path, item: Item) -> dict[str, Any]:
    return {
        "kind": item.kind,
        "name": item.name,
        "path": str(item.path.relative_to(root)),
        "pages": item.pages,
        "floor_images": [str(p.relative_to(root)) for p in item.floor_images],
        "floor_pdf": str(item.floor_pdf.relative_to(root)) if item.floor_pdf else None,
        "source": item.source,
    }


def _read_manifest(root: Path) -> Corpus | None:
    """The corpus a manifest describes, or None when it is stale, partial or from another version."""
    try:
        data = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
        if data.get("version") != MANIFEST_VERSION or data.get("per_kind") != PER_KIND:
            return None
        items = {kind: [_item(root, row) for row in data["items"][kind]] for kind in KINDS}
        throughput = [root / p for p in data["throughput"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not all(path.is_file() for path in _paths(items, throughput)):
        return None
    return Corpus(root=root, seed=int(data["seed"]), items=items, throughput=throughput)


def _item(root: Path, row: dict[str, Any]) -> Item:
    return Item(
        kind=row["kind"],
        name=row["name"],
        path=root / row["path"],
        pages=int(row["pages"]),
        floor_images=tuple(root / p for p in row["floor_images"]),
        floor_pdf=root / row["floor_pdf"] if row["floor_pdf"] else None,
        source=row.get("source", ""),
    )


def _paths(items: dict[str, list[Item]], throughput: list[Path]) -> Iterator[Path]:
    yield from throughput
    for found in items.values():
        for item in found:
            yield item.path
            yield from item.floor_images
            if item.floor_pdf is not None:
                yield item.floor_pdf
