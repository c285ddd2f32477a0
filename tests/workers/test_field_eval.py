"""`docpipe eval --fields`: per-field accuracy through the real pipeline, misses listed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from pipeline.extraction.scoring import normalise
from pipeline.settings import Settings
from workers.field_eval import evaluate_fields


def test_normalisation_compares_what_a_bookkeeper_would() -> None:
    assert normalise("total", "529.8700") == normalise("total", "529.87") == "529.87"
    assert normalise("supplier_iban", "DE75 5121 0800 1245 1261 99") == "DE75512108001245126199"
    assert normalise("supplier_vat", "de-123.456.789") == "DE123456789"
    assert normalise("supplier_name", "Lieferant   GmbH") == normalise("supplier_name", "LIEFERANT GMBH")
    assert normalise("invoice_number", " 471102 ") == "471102"
    assert normalise("total", None) is None


def test_field_accuracy_on_real_invoices_counts_hits_and_misses(shared_data: Path, tmp_path: Path) -> None:
    folder = tmp_path / "labelled"
    folder.mkdir()
    wanted = {"EN16931_Einfach.pdf", "coolblue1.pdf", "Orlen.txt"}
    rows = [
        json.loads(line)
        for line in (shared_data / "invoices" / "expected.jsonl").read_text().splitlines()
        if json.loads(line)["file"] in wanted
    ]
    for row in rows:
        shutil.copy(shared_data / "invoices" / row["file"], folder / row["file"])
    wrong = next(r for r in rows if r["file"] == "EN16931_Einfach.pdf")
    wrong["fields"]["invoice_number"] = "999999"  # a label the document does not print
    (folder / "expected.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    settings = Settings(data_dir=tmp_path / "var", workers=1)
    report = evaluate_fields(settings, folder, progress=False).to_dict()
    assert report["documents"] == 3
    numbers = report["fields"]["invoice_number"]
    assert (numbers["correct"], numbers["total"]) == (1, 2)  # Orlen's number is not labelled
    assert report["fields"]["total"]["accuracy"] == 1.0
    assert report["misses"] == [
        {"file": "EN16931_Einfach.pdf", "field": "invoice_number", "expected": "999999", "found": "471102"}
    ]
