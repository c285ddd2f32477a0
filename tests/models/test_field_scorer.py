"""The learned field scorer: tree packing, saving and loading, training on a labelled corpus, the
extractor the pipeline gets (with its fallback to the rules), and the spots it picks among.

The corpus here is small and plain text (no OCR, quick to train on): invoices in two layouts to
learn from and a third, unseen, to check on. The figures on the synthetic corpus's held-out
layout families are measured with ``docpipe eval --fields``, not here; the time per born-digital
invoice with the current scorer by the benchmark (``python -m bench``: its field-extraction target).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from models.fields import LearnedFieldExtractor, load_field_extractor
from models.fields import training as field_training
from models.fields.corpus import LabelledDocument, read_documents
from models.fields.features import feature_names
from models.fields.scorer import MODEL_FILE, FieldScorer
from models.fields.spots import GROUPS, Spots
from models.fields.trees import TreeEnsemble
from pipeline.extraction import RuleFieldExtractor
from pipeline.extraction.extractor import analyse_text
from pipeline.fields import FieldExtractor
from pipeline.options import ExtractOptions
from pipeline.records import Extraction
from pipeline.settings import Settings

sklearn_ensemble = pytest.importorskip("sklearn.ensemble")
SMALL_TREES = {**field_training.TREE_PARAMS, "max_iter": 25}

SUPPLIERS = [
    ("Elektro Maier GmbH", "DE136695976", "DE89370400440532013000"),
    ("Bakkerij De Korenaar B.V.", "NL810433941B01", "NL91ABNA0417164300"),
    ("Atelier Dubois SARL", "FR40303265045", "FR7630006000011234567890189"),
    ("Northwind Trading Ltd", "GB980780684", "GB29NWBK60161331926819"),
]
CUSTOMERS = ["Kunden AG Mitte", "Polderhof B.V.", "Groupe Verteval SAS", "Harbour Supplies Ltd"]


def _invoice(rng: random.Random, layout: str) -> tuple[str, dict[str, str]]:
    """A plain-text invoice in one of three layouts, and its fields."""
    supplier, vat, iban = rng.choice(SUPPLIERS)
    customer = rng.choice([name for name in CUSTOMERS if name != supplier])
    number = f"{rng.choice(['RE', 'INV', 'F'])}-{rng.randint(2020, 2025)}-{rng.randint(100, 9999)}"
    day, month = rng.randint(1, 20), rng.randint(1, 11)
    subtotal = rng.randint(1000, 900000) / 100
    tax = round(subtotal * 0.2, 2)
    total = round(subtotal + tax, 2)
    fields = {
        "invoice_number": number,
        "invoice_date": f"2024-{month:02d}-{day:02d}",
        "due_date": f"2024-{month + 1:02d}-{day:02d}",
        "subtotal": f"{subtotal:.2f}",
        "tax_total": f"{tax:.2f}",
        "total": f"{total:.2f}",
        "currency": "EUR",
        "supplier_name": supplier,
        "supplier_vat": vat,
        "supplier_iban": iban,
        "customer_name": customer,
    }
    date, due = f"{day:02d}.{month:02d}.2024", f"{day:02d}.{month + 1:02d}.2024"
    filler = rng.choice(["Thank you for your business.", "Payment within 30 days.", ""])
    if layout == "keyvalue":
        text = (
            f"{supplier}\nHauptstraße 5, 80331 München\n\nINVOICE\n\nBill to:\n{customer}\n"
            f"Station Road 4\n1234 AB Utrecht\n\nInvoice No: {number}\nInvoice date: {date}\n"
            f"Due date: {due}\n\nSubtotal      {subtotal:.2f} EUR\nVAT 20%       {tax:.2f} EUR\n"
            f"Total         {total:.2f} EUR\n\n{filler}\nIBAN: {iban}\nVAT No: {vat}\n"
        )
    elif layout == "columns":
        text = (
            f"INVOICE                                   {supplier}\n\n{customer}\nKeizersgracht 1\n"
            f"1015 CJ Amsterdam\n\nNumber          Date          Due\n{number}    {date}    {due}\n\n"
            f"Net amount      EUR {subtotal:.2f}\nTax amount      EUR {tax:.2f}\n"
            f"Amount due      EUR {total:.2f}\n\n{filler}\nBank account IBAN {iban}\nVAT ID {vat}\n"
        )
    else:  # unseen: the parties side by side, the totals labelled in German
        text = (
            f"Rechnung\n\nVon:                          An:\n{supplier:30}{customer}\n"
            f"Hauptstraße 5                 Gartenweg 9\n80331 München                 28309 Bremen\n\n"
            f"Rechnungsnummer: {number}\nRechnungsdatum: {date}\nFällig am: {due}\n\n"
            f"Nettobetrag        {subtotal:.2f} EUR\nMwSt. 20 %         {tax:.2f} EUR\n"
            f"Gesamtbetrag       {total:.2f} EUR\n\nIBAN {iban}   USt-IdNr. {vat}\n"
        )
    return text, fields


def _corpus(folder: Path, count: int, seed: int) -> None:
    """A labelled folder (labels.jsonl + .txt files): two layouts for training, one held out."""
    rng = random.Random(seed)
    rows = []
    for number in range(count):
        layout, split = [("keyvalue", "train"), ("columns", "train"), ("sidebyside", "test")][number % 3]
        if split == "train" and number % 5 == 0:
            split = "val"
        text, fields = _invoice(rng, layout)
        name = f"{number:04d}-invoice.txt"
        (folder / name).write_text(text, encoding="utf-8")
        rows.append({"file": name, "category": "invoice", "split": split, "kind": "txt", "family": layout,
                     "fields": fields})  # fmt: skip
    (folder / "labels.jsonl").write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fieldcorpus")
    _corpus(folder, 90, seed=3)
    return folder


@pytest.fixture(scope="module")
def trained(
    corpus: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[field_training.TrainResult, Path]:
    """A scorer trained on the corpus into a fresh registry (small trees: the test is about the machinery)."""
    data_dir = tmp_path_factory.mktemp("data")
    saved = field_training.TREE_PARAMS
    field_training.TREE_PARAMS = SMALL_TREES
    try:
        result = field_training.train_fields([corpus], data_dir / "models" / "fields", ExtractOptions())
    finally:
        field_training.TREE_PARAMS = saved
    return result, data_dir


def test_packed_trees_score_as_scikit_learn_does() -> None:
    rng = np.random.default_rng(0)
    rows = rng.random((400, 6))
    labels = ((rows[:, 0] > 0.6) & (rows[:, 3] < 0.5)).astype(int)
    model = sklearn_ensemble.HistGradientBoostingClassifier(max_iter=20, random_state=0).fit(rows, labels)
    packed = TreeEnsemble.from_sklearn(model)
    assert np.allclose(packed.probability(rows), model.predict_proba(rows)[:, 1], atol=1e-6)
    assert packed.probability(np.zeros((0, 6))).shape == (0,)


def test_only_invoice_like_files_with_fields_are_read(corpus: Path) -> None:
    documents = read_documents(corpus)
    assert len(documents) == 90 and {d.split for d in documents} == {"train", "val", "test"}
    assert read_documents(corpus, ("test",)) == [d for d in documents if d.split == "test"]


def test_training_saves_a_current_version_and_reports_against_the_rules(
    trained: tuple[field_training.TrainResult, Path],
) -> None:
    result, _ = trained
    assert result.version.is_current and (result.version.path / MODEL_FILE).is_file()
    assert set(result.report) >= {"invoice_number", "total", "supplier_name", "supplier_iban"}
    for row in result.report.values():
        assert 0.0 <= row["rules"] <= 1.0 and 0.0 <= row["learned"] <= 1.0
    meta = json.loads((result.version.path / MODEL_FILE).read_text(encoding="utf-8"))
    assert meta["features"] == {group: feature_names(group) for group in GROUPS}
    assert {path.suffix for path in result.version.path.iterdir()} == {".json", ".npz"}  # no pickles


def test_the_learned_extractor_reads_an_unseen_layout(
    corpus: Path, trained: tuple[field_training.TrainResult, Path]
) -> None:
    _, data_dir = trained
    extractor = LearnedFieldExtractor.load(Settings(data_dir=data_dir))
    assert isinstance(extractor, LearnedFieldExtractor)
    checked: FieldExtractor = extractor
    right = total = 0
    for document in read_documents(corpus, ("test",)):
        extraction = Extraction(text=document.path.read_text(encoding="utf-8"), text_method="plain")
        found = {value.name: value.value for value in checked.extract_fields(extraction, "invoice").fields}
        for name, expected in document.fields.items():
            total += 1
            right += field_training.same_value(name, found.get(name), expected)
    assert right / total >= 0.9, f"{right}/{total}"


def test_without_a_trained_scorer_the_rules_extract(tmp_path: Path) -> None:
    extractor = load_field_extractor(Settings(data_dir=tmp_path))
    assert type(extractor) is RuleFieldExtractor


def test_a_scorer_from_other_features_is_refused(
    trained: tuple[field_training.TrainResult, Path], tmp_path: Path
) -> None:
    result, _ = trained
    scorer = FieldScorer.load(result.version.path)
    scorer.save(tmp_path)
    meta = json.loads((tmp_path / MODEL_FILE).read_text(encoding="utf-8"))
    meta["features"]["amount"] = meta["features"]["amount"][:-1]
    (tmp_path / MODEL_FILE).write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ValueError, match="train again"):
        FieldScorer.load(tmp_path)


def test_an_unsure_scorer_leaves_the_rules_value_with_less_confidence(
    trained: tuple[field_training.TrainResult, Path],
) -> None:
    result, _ = trained
    scorer = FieldScorer.load(result.version.path)
    for model in scorer.models.values():
        model.threshold, model.use = 1.01, "learned"  # read with the scorer, never sure enough
    text = "Elektro Maier GmbH\nRechnungsnummer: RE-2024-0815\nGesamtbetrag 243,95 EUR\n"
    values = {
        value.name: value
        for value in LearnedFieldExtractor(scorer)
        .extract_fields(Extraction(text=text, text_method="plain"), "invoice")
        .fields
    }
    assert (
        values["invoice_number"].value == "RE-2024-0815" and (values["invoice_number"].confidence or 0) <= 0.5
    )


def test_documents_are_labelled_documents(corpus: Path) -> None:
    document = read_documents(corpus)[0]
    assert isinstance(document, LabelledDocument) and document.category == "invoice"


def test_an_amount_a_part_total_labels_is_no_spot() -> None:
    """A GST summary's per-rate lines (sroie 373: "Total 0% supplies", OCR'd "Total O% supp'ies"), a
    discount's and a count's totals print amounts that are never the document's total: the scorer
    never sees them as amounts to pick from (it picked 46.82 over "Total Payable: 46.06")."""
    text = (
        "GARDENIA BAKERIES (KL) SDN BHD\nWHOLEMEAL 2.78 6 16.68\nO.C JUMBO 2.97 10 30.14\n"
        "Total O% supp'ies: 46.82\nTotal discount: 0.76\nTotal Payable: 46.06\nCASH 50.00\n"
    )
    analysed = analyse_text(Extraction(text=text, text_method="ocr"), category="receipt")
    assert analysed is not None
    amounts = {spot.value for spot in Spots(analysed.analysis, analysed.parties).of("amount")}
    assert {"46.06", "16.68", "50.00"} <= amounts
    assert not {"46.82", "0.76"} & amounts
