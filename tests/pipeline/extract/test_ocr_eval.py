"""``docpipe eval DIR --ocr``: finding labelled values in OCR text, and one real measurement."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image

from pipeline.extract.ocr_eval import (
    STEPS_VARIABLE,
    _steps,
    amount_in_text,
    date_in_text,
    evaluate_ocr,
    name_in_text,
    ocr_eval_command,
)
from pipeline.options import ExtractOptions


@pytest.mark.parametrize(
    "text",
    ["TOTAL 1234.50", "Total: 1234,50", "1,234.50 EUR", "EUR 1.234,50", "1 234.50", "RM1234.50", "-1234.50"],
)
def test_an_amount_is_found_in_the_forms_documents_print(text: str) -> None:
    assert amount_in_text("1234.50", text)


@pytest.mark.parametrize("text", ["11234.50", "1234.505", "1234.5", "123450", "1234.60"])
def test_an_amount_is_not_found_inside_other_numbers(text: str) -> None:
    assert not amount_in_text("1234.50", text)


@pytest.mark.parametrize("text", ["Date: 05/02/2018", "05-02-18", "2018-02-05", "05.02.2018", "5 Feb 2018"])
def test_a_date_is_found_in_the_forms_documents_print(text: str) -> None:
    assert date_in_text("2018-02-05", text)


def test_a_misread_date_is_not_found() -> None:
    assert not date_in_text("2018-02-05", "Date: 06/02/2018")


def test_names_ignore_case_and_spaces() -> None:
    assert name_in_text("RESTORAN WAN SHENG", "restoran  wan\nsheng")
    assert not name_in_text("RESTORAN WAN SHENG", "RESTORAN WAN SHEN")


def test_steps_come_from_the_variable() -> None:
    assert _steps(None) is None
    assert _steps(" ") is None
    assert _steps("none") == ()
    assert _steps("normalize_background, scale_text") == ("normalize_background", "scale_text")
    with pytest.raises(ValueError, match="sharpen"):
        _steps("scale_text,sharpen")


@pytest.fixture(scope="module")
def folder(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A receipt photo, the same receipt as an image-only PDF, and their labels."""
    folder = tmp_path_factory.mktemp("ocr-eval")
    receipt = Image.open(shared_data / "receipts" / "sroie_train_139.jpg")
    receipt.save(folder / "receipt.png")
    buffer = io.BytesIO()
    receipt.convert("L").save(buffer, "PDF", resolution=150)
    (folder / "receipt.pdf").write_bytes(buffer.getvalue())
    fields = {"total": "6.70", "supplier_name": "RESTORAN WAN SHENG", "invoice_number": "9999999"}
    rows = [{"file": name, "fields": fields} for name in ("receipt.png", "receipt.pdf", "notes.txt")]
    (folder / "expected.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows))
    return folder


def test_images_and_scanned_pdfs_are_read_and_timed_against_the_raw_command(folder: Path) -> None:
    report = evaluate_ocr(folder, languages="eng", options=ExtractOptions(ocr_dpi=150))

    assert [result.file for result in report.files] == ["receipt.png", "receipt.pdf"]  # no text files
    for result in report.files:
        assert result.found == {"total": True, "supplier_name": True, "invoice_number": False}, result.text
        assert len(result.pages) == 1
        assert result.pages[0].seconds > 0 and result.pages[0].raw_seconds > 0
    summary = report.to_dict()
    assert summary["fields"]["total"] == {"found": 2, "labelled": 2, "recall": 1.0}
    assert summary["pages"] == 2
    assert summary["steps"] == "default"
    assert summary["time"]["median_ratio"] > 0


def test_command_measures_the_steps_named_in_the_variable(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "receipt.png").write_bytes((folder / "receipt.png").read_bytes())
    (tmp_path / "expected.jsonl").write_text(json.dumps({"file": "receipt.png", "fields": {"total": "6.70"}}))
    monkeypatch.setenv(STEPS_VARIABLE, "none")

    assert ocr_eval_command(tmp_path, as_json=True, languages="eng") == 0

    report = json.loads(capsys.readouterr().out)
    assert report["steps"] == []
    assert report["fields"]["total"]["found"] == 1


def test_command_refuses_an_unknown_step(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(STEPS_VARIABLE, "sharpen")

    assert ocr_eval_command(folder, as_json=True, languages="eng") == 2
    assert "sharpen" in capsys.readouterr().err


def test_command_needs_labels(tmp_path: Path) -> None:
    assert ocr_eval_command(tmp_path, as_json=True, languages="eng") == 2


def test_a_synthetic_corpus_is_read_by_its_labels_file_one_split_at_a_time(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "receipt.png").write_bytes((folder / "receipt.png").read_bytes())
    rows = [
        {"file": "receipt.png", "split": "test", "fields": {"total": "6.70"}},
        {"file": "other.png", "split": "train", "fields": {"total": "1.00"}},
    ]
    (tmp_path / "labels.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows))

    assert ocr_eval_command(tmp_path, as_json=True, languages="eng", split="test") == 0

    report = json.loads(capsys.readouterr().out)
    assert [f["file"] for f in report["files"]] == ["receipt.png"]
    assert report["fields"]["total"] == {"found": 1, "labelled": 1, "recall": 1.0}
