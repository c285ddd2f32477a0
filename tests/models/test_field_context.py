"""The field scorer reading each spot's context with the transformer: contexts, one batch per
document, training with the context columns on a small generated corpus, saving and loading with
the encoder it was trained with (and the rules where that encoder is gone), and the speed.

The encoder is the real base model's (all-MiniLM-L6-v2, cut to the scorer's layers, int8), under
a registry version name as a fine-tuned classifier would be: what the context columns read is the
same machinery, and the test stays quick. Accuracy on the full corpus is measured with
``docpipe eval --fields``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from models.base_model import default_base_model_dir
from models.fields import LearnedFieldExtractor
from models.fields import training as field_training
from models.fields.context import CONTEXT_FILE, DIMS, LAYERS, ContextEncoder, context_text
from models.fields.corpus import extractions, read_documents
from models.fields.extractor import fields_registry
from models.fields.features import DocumentFeatures
from models.fields.scorer import MODEL_FILE, FieldScorer
from models.fields.spots import Spots
from models.fields.training import read_as_pipeline, same_value
from models.registry import ModelRegistry
from pipeline.extraction import RuleFieldExtractor
from pipeline.options import ExtractOptions
from pipeline.records import Extraction
from pipeline.settings import Settings
from tests.models.test_field_scorer_wiring import corpus  # noqa: F401  the generated corpus fixture

pytest.importorskip("sklearn.ensemble")
INVOICES = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "invoices"
ENCODER = "2026-01-01T0000-abcdef"  # a classifier version name in the test registry
HEADER = ("invoice_number", "invoice_date", "total", "currency", "supplier_name")


@pytest.fixture(scope="module")
def data_dir(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:  # noqa: F811
    """A data dir whose classifier registry holds an encoder (the base model under a version name)
    and whose fields registry holds a scorer trained with context columns read by it."""
    data = tmp_path_factory.mktemp("data")
    registry = ModelRegistry(data / "models")
    registry.root.mkdir(parents=True)
    (registry.root / ENCODER).symlink_to(default_base_model_dir(), target_is_directory=True)
    registry.mark_current(ENCODER)
    saved = field_training.TREE_PARAMS
    field_training.TREE_PARAMS = {**saved, "max_iter": 40}
    try:
        field_training.train_fields(
            [corpus], fields_registry(Settings(data_dir=data)).root, ExtractOptions(), context=True
        )
    finally:
        field_training.TREE_PARAMS = saved
    return data


def _extraction(text: str) -> Extraction:
    return Extraction(text=text, text_method="plain")


def test_a_context_is_the_words_left_of_and_above_a_value() -> None:
    text = "Elektro Maier GmbH\nRechnungsdatum: 03.05.2024\nGesamtbetrag 243,95 EUR\n"
    analysed = read_as_pipeline(_extraction(text), "invoice")
    assert analysed is not None
    document = DocumentFeatures(analysed.analysis, analysed.parties, "invoice", False)
    spots = Spots(analysed.analysis, analysed.parties)
    (date,) = [spot for spot in spots.of("date") if spot.value == "2024-05-03"]
    assert context_text(document, date).endswith("/ rechnungsdatum")
    total = next(spot for spot in spots.of("amount") if spot.value == "243.95")
    assert "gesamtbetrag" in context_text(document, total)
    assert not any(char.isdigit() for char in context_text(document, total))


def test_each_distinct_context_is_read_once() -> None:
    encoder = ContextEncoder(default_base_model_dir(), "base")
    rows = encoder.embed(["invoice date", "total", "invoice date", "total", "due date"])
    assert rows.shape == (5, encoder.encoder.config.hidden_size)
    assert len(encoder.cache) == 3
    assert (rows[0] == rows[2]).all() and not (rows[0] == rows[4]).all()
    assert encoder.embed([]).shape == (0, encoder.encoder.config.hidden_size)


def test_the_scorer_records_its_encoder_and_reads_labelled_values(
    corpus: Path,  # noqa: F811
    data_dir: Path,
) -> None:
    settings = Settings(data_dir=data_dir)
    current = fields_registry(settings).current()
    assert current is not None and (current / CONTEXT_FILE).is_file()
    meta = json.loads((current / MODEL_FILE).read_text(encoding="utf-8"))
    assert meta["context"] == {"encoder": ENCODER, "layers": LAYERS, "quantized": True, "dims": DIMS}
    assert meta["features"]["amount"][-DIMS:] == [f"ctx{n}" for n in range(DIMS)]
    extractor = LearnedFieldExtractor.load(settings)
    assert isinstance(extractor, LearnedFieldExtractor)
    assert extractor.scorer.context is not None and extractor.scorer.context.encoder.name == ENCODER
    documents = [d for d in read_documents(corpus) if d.category == "invoice" and d.path.suffix == ".pdf"]
    right = labelled = 0
    for document, extraction in extractions(documents[:4], ExtractOptions(), data_dir / "cache"):
        found = {v.name: v.value for v in extractor.extract_fields(extraction, "invoice").fields}
        for name in HEADER:
            if name in document.fields:
                labelled += 1
                right += same_value(name, found.get(name), document.fields[name])
    assert labelled and right / labelled >= 0.8, f"{right}/{labelled}"


def test_without_its_encoder_the_scorer_is_not_used(data_dir: Path, tmp_path: Path) -> None:
    current = fields_registry(Settings(data_dir=data_dir)).current()
    assert current is not None
    elsewhere = Settings(data_dir=tmp_path)
    registry = fields_registry(elsewhere)
    registry.root.mkdir(parents=True)
    shutil.copytree(current, registry.root / current.name)
    registry.mark_current(current.name)
    with pytest.raises(ValueError, match=f"encoder {ENCODER} is not available"):
        FieldScorer.load(registry.root / current.name)
    assert type(LearnedFieldExtractor.load(elsewhere)) is RuleFieldExtractor
    # Named by settings.model_dir (as the pipeline's classifier is), it is found again.
    named = elsewhere.model_copy(update={"model_dir": data_dir / "models" / ENCODER})
    assert isinstance(LearnedFieldExtractor.load(named), LearnedFieldExtractor)
