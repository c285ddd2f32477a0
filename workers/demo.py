"""`make demo`: put a sample inbox together, process it with the embedded defaults, show the rows."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

QUERIES = [
    (
        "Documents",
        "SELECT id, parent_id AS parent, filename, status, category, round(confidence, 2) AS conf, "
        "text_method AS method, language AS lang, page_count AS pages FROM documents ORDER BY id",
    ),
    (
        "Mail",
        "SELECT document_id AS doc, from_addr, subject, sent_at FROM emails ORDER BY document_id",
    ),
    (
        "Invoices",
        "SELECT document_id AS doc, invoice_number, invoice_date, supplier_name, supplier_vat, currency, "
        "total FROM invoices ORDER BY document_id",
    ),
    ("Routing queues", "SELECT queue, count(*) AS documents FROM routes GROUP BY queue ORDER BY queue"),
    ("Problems", "SELECT id, filename, status, error FROM documents WHERE error IS NOT NULL ORDER BY id"),
]


def build_inbox(inbox: Path) -> None:
    """Born-digital and scanned invoices, a receipt photo, mail with and without a PDF."""
    if inbox.exists():
        shutil.rmtree(inbox)
    inbox.mkdir(parents=True)
    invoices = SHARED_DATA / "invoices"
    for name in ("EN16931_Einfach.pdf", "coolblue1.pdf", "Facture_DOM_BASICWL.pdf"):
        shutil.copy(invoices / name, inbox / name)
    shutil.copy(SHARED_DATA / "receipts" / "sroie_train_000.jpg", inbox / "receipt-photo.jpg")
    shutil.copy(
        SHARED_DATA / "emails" / "00005.34bcaad58ad5f598f5d6af8cfa0c0465.eml", inbox / "mailing-list.eml"
    )
    _scan_of(invoices / "NetpresseInvoice.pdf", inbox / "scanned-invoice.pdf")
    _mail_with_attachment(invoices / "XRECHNUNG_Einfach.pdf", inbox / "supplier-mail.eml")


def _scan_of(pdf: Path, target: Path) -> None:
    """An image-only PDF of the first page, slightly skewed, as an office scanner makes them."""
    import pypdfium2
    from PIL import Image

    document = pypdfium2.PdfDocument(str(pdf))
    image = document[0].render(scale=200 / 72).to_pil().convert("L")
    document.close()
    image = image.rotate(1.2, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)
    image.save(target, "PDF", resolution=200)


def _mail_with_attachment(pdf: Path, target: Path) -> None:
    message = EmailMessage()
    message["From"] = "Lieferant GmbH <rechnung@lieferant.example>"
    message["To"] = "accounts@kunde.example"
    message["Subject"] = "Rechnung 123456XX"
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain="lieferant.example")
    message.set_content(
        "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung. "
        "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen.\n\nMit freundlichen Grüßen\nLieferant GmbH\n"
    )
    message.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name)
    target.write_bytes(bytes(message))


def main(demo_dir: Path) -> int:
    inbox = demo_dir / "inbox"
    database = (demo_dir / "demo.db").resolve()
    for stale in (database, database.with_suffix(".db-wal"), database.with_suffix(".db-shm")):
        stale.unlink(missing_ok=True)  # a fresh database each time, so the demo shows its own run
    build_inbox(inbox)
    # The blob store and the model registry stay in the default data dir (make model trains there).
    env = dict(os.environ, DOCPIPE_DATABASE_URL=f"sqlite:///{database}")
    docpipe = [sys.executable, "-m", "workers.cli"]
    print(f"\n== docpipe process {inbox}\n", flush=True)
    status = subprocess.run([*docpipe, "process", str(inbox)], env=env, check=False).returncode
    for title, query in QUERIES:
        print(f'\n== {title}: docpipe sql "{query}"\n', flush=True)
        subprocess.run([*docpipe, "sql", query], env=env, check=True)
    print(f"\nQuery the demo's results yourself: DOCPIPE_DATABASE_URL=sqlite:///{database} docpipe sql '...'")
    return 0 if status in (0, 1) else status


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "var/demo")))
