"""The lexical expert (n-gram TF-IDF under a linear SVM) and its blend with the transformer."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import numpy as np
import pytest
import torch

from models.blend import BLEND_FILE, Blend, fit_blend
from models.classifier import TransformerClassifier
from models.commands import train_command
from models.dataset import Example, load_corpus
from models.lexical import LEXICAL_CONFIG_FILE, LEXICAL_WEIGHTS_FILE, LexicalConfig, LexicalModel
from models.lexical_training import fit_lexical_expert
from models.registry import ModelRegistry
from models.train import TrainConfig
from pipeline.settings import Settings
from tests.tiny_model import make_tiny_base, write_word_corpus

LABELS = ("complaint", "quote_request", "spam")
# Dutch and German mails: the held-out texts use inflections and compounds of the training words
# ("klachten", "Mängelrüge", "offertes"), as mails in a language the base model never learned do.
TRAIN = [
    ("Wij hebben een klacht over de levering: de goederen zijn beschadigd.", "complaint"),
    ("Mijn klacht: de bestelling was beschadigd en te laat.", "complaint"),
    ("Wir rügen Mängel an der Lieferung, die Ware ist beschädigt.", "complaint"),
    ("Die Mängel an der Ware sind erheblich, wir sind verärgert.", "complaint"),
    ("Kunt u ons een offerte sturen voor 200 stoelen?", "quote_request"),
    ("Graag ontvangen wij een offerte en uw prijzen.", "quote_request"),
    ("Bitte senden Sie uns ein Angebot mit Ihren Preisen.", "quote_request"),
    ("Wir bitten um ein Angebot für 50 Tische.", "quote_request"),
    ("Gefeliciteerd, u heeft de loterij gewonnen! Klik hier voor uw prijs.", "spam"),
    ("U bent winnaar van een gratis prijs, klik hier.", "spam"),
    ("Herzlichen Glückwunsch, Sie haben gewonnen! Gratis Preis, hier klicken.", "spam"),
    ("Sie sind der Gewinner der Lotterie, klicken Sie hier.", "spam"),
]
HELD_OUT = [  # not one whole word of these is in TRAIN
    ("Klachten: beschadigde leveringen.", "complaint"),
    ("Mängelrüge, beschädigte Lieferungen.", "complaint"),
    ("Offertes gevraagd, prijslijst graag.", "quote_request"),
    ("Angebotsanfrage mit Preisliste.", "quote_request"),
    ("Lotterijwinnaar, gratisprijs, klikken!", "spam"),
    ("Gewinnspiel: Lotteriegewinner, anklicken!", "spam"),
]


def _folders(root: Path, *names: str) -> list[Path]:
    for name in names:
        (root / name).mkdir()
    return [root / name for name in names]


def _fit(**config: object) -> LexicalModel:
    texts, targets = zip(*TRAIN, strict=True)
    return LexicalModel.fit(texts, targets, LABELS, LexicalConfig(min_df=1, **config))  # type: ignore[arg-type]


def test_reads_inflections_and_compounds_it_never_saw() -> None:
    model = _fit()
    scores = model.scores([text for text, _ in HELD_OUT])
    assert scores.shape == (len(HELD_OUT), len(LABELS)) and scores.dtype == np.float32
    assert [LABELS[i] for i in scores.argmax(1)] == [label for _, label in HELD_OUT]


def test_word_ngrams_alone_miss_what_character_ngrams_read() -> None:
    """Why character n-grams: whole words do not carry over to inflected forms."""
    from models.lexical import NgramSpec

    words_only = _fit(ngrams=(NgramSpec("word", 1, 1),))
    predicted = [LABELS[i] for i in words_only.scores([text for text, _ in HELD_OUT]).argmax(1)]
    assert predicted != [label for _, label in HELD_OUT]


def test_saves_and_loads_without_pickle(tmp_path: Path) -> None:
    model = _fit()
    model.save(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [LEXICAL_CONFIG_FILE, LEXICAL_WEIGHTS_FILE]
    loaded = LexicalModel.load(tmp_path)
    texts = [text for text, _ in HELD_OUT] + ["", "completely unrelated words"]
    assert loaded.labels == LABELS and loaded.feature_count == model.feature_count
    np.testing.assert_allclose(loaded.scores(texts), model.scores(texts), rtol=1e-6, atol=1e-6)
    assert loaded.scores([]).shape == (0, len(LABELS))


def test_a_huge_text_is_read_as_its_start() -> None:
    model = _fit()
    start = ("Klachten: beschadigde leveringen. " * 400)[: model.config.max_chars]
    huge = start + "Gefeliciteerd, u heeft de loterij gewonnen! " * 120_000  # about 5 MB
    np.testing.assert_allclose(model.scores([huge]), model.scores([start]), rtol=1e-6, atol=1e-6)
    assert LABELS[int(model.scores([huge]).argmax())] == "complaint"


def test_refuses_an_unknown_format_and_mismatched_weights(tmp_path: Path) -> None:
    _fit().save(tmp_path)
    config = json.loads((tmp_path / LEXICAL_CONFIG_FILE).read_text())
    config["labels"] = config["labels"][:2]
    (tmp_path / LEXICAL_CONFIG_FILE).write_text(json.dumps(config))
    with pytest.raises(ValueError, match="do not fit"):
        LexicalModel.load(tmp_path)
    config["format"] = 99
    (tmp_path / LEXICAL_CONFIG_FILE).write_text(json.dumps(config))
    with pytest.raises(ValueError, match="format 99"):
        LexicalModel.load(tmp_path)


def test_needs_an_example_of_every_label() -> None:
    with pytest.raises(ValueError, match="internal"):
        LexicalModel.fit(
            ["a klacht", "an offerte"],
            ["complaint", "quote_request"],
            ("complaint", "quote_request", "internal"),
        )


def test_two_labels_score_in_label_order() -> None:
    pairs = [(t, c) for t, c in TRAIN if c != "spam"]
    texts, targets = zip(*pairs, strict=True)
    model = LexicalModel.fit(texts, targets, ("complaint", "quote_request"), LexicalConfig(min_df=1))
    scores = model.scores(["Mängelrüge, Ware beschädigt", "Angebotsanfrage, Ihre Preise"])
    assert scores.shape == (2, 2) and scores[0].argmax() == 0 and scores[1].argmax() == 1


def test_blend_weighs_the_expert_that_knows_more() -> None:
    generator = torch.Generator().manual_seed(0)
    targets = torch.randint(0, 3, (300,), generator=generator)
    informed = torch.nn.functional.one_hot(targets, 3).float() * 2.0 + torch.randn(
        300, 3, generator=generator
    )
    noise = torch.randn(300, 3, generator=generator) * 3.0
    blend = fit_blend(noise, informed, targets)
    assert blend.lexical_weight > 5 * blend.transformer_weight
    nll = torch.nn.functional.cross_entropy
    assert nll(blend.logits(noise, informed), targets) < nll(informed, targets)
    swapped = fit_blend(informed, noise, targets)
    assert swapped.transformer_weight > 5 * swapped.lexical_weight


def test_blend_stays_finite_when_validation_is_all_right(tmp_path: Path) -> None:
    targets = torch.tensor([0, 1, 2] * 10)
    perfect = torch.nn.functional.one_hot(targets, 3).float() * 5.0
    blend = fit_blend(perfect, perfect, targets, label_smoothing=1 / 32)
    probs = torch.softmax(blend.logits(perfect, perfect), -1).max(-1).values
    assert bool((probs < 0.999).all())
    blend.save(tmp_path)
    assert Blend.load(tmp_path) == blend
    (tmp_path / BLEND_FILE).write_text(json.dumps({"transformer_weight": -1.0, "lexical_weight": 1.0}))
    with pytest.raises(ValueError, match="not negative"):
        Blend.load(tmp_path)


def test_an_untrained_transformer_is_rescued_by_the_lexical_expert(tmp_path: Path) -> None:
    """Trained through `docpipe train`'s command: one epoch at a learning rate too small for the tiny
    transformer to learn anything; the blend fitted on val leans on the n-gram expert, and the
    classifier reads the held-out texts right where the transformer alone cannot."""
    corpus, base_dir = _folders(tmp_path, "corpus", "base")
    corpus_dir = write_word_corpus(corpus, ("train",) * 8 + ("val", "val", "test", "test"))
    base = make_tiny_base(base_dir)
    settings = Settings(data_dir=tmp_path / "data", device="cpu", torch_threads=1)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_HUB_OFFLINE", "1")
        mp.setattr(socket.socket, "connect", lambda *a: pytest.fail("network access attempted"))
        config = TrainConfig(
            epochs=1, learning_rate=1e-7, head_learning_rate=1e-7, max_length=32, progress=False
        )
        result = train_command(settings, corpus_dir, config, base_model=base)
    path = ModelRegistry(settings.registry_dir).resolve()
    for name in (LEXICAL_CONFIG_FILE, LEXICAL_WEIGHTS_FILE, BLEND_FILE):
        assert (path / name).is_file(), name
    metrics = result.metrics
    assert metrics["lexical"]["lexical_weight"] > metrics["lexical"]["transformer_weight"]
    assert metrics["test"]["macro_f1"] >= 0.9 > metrics["transformer_alone"]["test_macro_f1"]
    # held out: the blend on val with the expert fitted on train alone (the published one has seen val)
    assert metrics["lexical"]["val_macro_f1_blend"] >= 0.9 > metrics["transformer_alone"]["val_macro_f1"]
    assert "lexical expert" in (path / "MODEL_CARD.md").read_text()

    test = load_corpus(corpus_dir, progress=False).split("test")
    texts, truth = [e.text for e in test], [e.label for e in test]
    blended = TransformerClassifier(path, device="cpu", quantize=True)
    alone = TransformerClassifier(path, device="cpu", lexical=False)
    assert blended.lexical is not None and alone.lexical is None
    right = sum(p.category == t for p, t in zip(blended.classify(texts), truth, strict=True))
    right_alone = sum(p.category == t for p, t in zip(alone.classify(texts), truth, strict=True))
    assert right >= 0.9 * len(texts) > right_alone


def test_no_lexical_trains_the_transformer_alone(tmp_path: Path) -> None:
    corpus, base_dir = _folders(tmp_path, "corpus", "base")
    corpus_dir = write_word_corpus(corpus, ("train",) * 4 + ("val", "test"))
    base = make_tiny_base(base_dir)
    settings = Settings(data_dir=tmp_path / "data", device="cpu", torch_threads=1)
    config = TrainConfig(epochs=1, max_length=32, lexical=False, progress=False)
    result = train_command(settings, corpus_dir, config, base_model=base)
    path = result.version.path
    assert not (path / LEXICAL_CONFIG_FILE).exists() and not (path / BLEND_FILE).exists()
    assert result.metrics["lexical"] is None and "transformer_alone" not in result.metrics
    assert TransformerClassifier(path, device="cpu").lexical is None


def _examples(pairs: list[tuple[str, str]], split: str) -> list[Example]:
    return [Example(text, label, split, f"{split}-{i}") for i, (text, label) in enumerate(pairs)]  # type: ignore[arg-type]


@pytest.mark.parametrize("refit", [True, False])
def test_the_published_expert_also_learns_the_validation_texts(tmp_path: Path, refit: bool) -> None:
    """The blend's weights come from an expert that has not seen the validation texts; the expert
    published beside them is fitted again on train and validation together (with ``refit``)."""
    train = _examples(TRAIN, "train")
    val = _examples(HELD_OUT, "val")
    targets = torch.tensor([LABELS.index(e.label) for e in val])
    val_logits = torch.randn(len(val), len(LABELS), generator=torch.Generator().manual_seed(0))
    config = LexicalConfig(min_df=1)
    info = fit_lexical_expert(train, val, val_logits, list(LABELS), config, tmp_path, refit=refit)
    published = LexicalModel.load(tmp_path)
    terms = {t for v in published.vectorizers for t in v.get_feature_names_out()}
    assert ("lotterijwinnaar" in terms) is refit and "loterij" in terms  # a word only val holds
    alone = LexicalModel.fit([e.text for e in train], [e.label for e in train], LABELS, config)
    smoothing = 1 / (len(val) + 2)  # the expert reads every val text right: fitted with smoothing
    expected = fit_blend(
        val_logits, torch.from_numpy(alone.scores([e.text for e in val])), targets, label_smoothing=smoothing
    )
    assert Blend.load(tmp_path) == expected  # the weights of the expert that had not seen val
    assert info["refit_on_val"] is refit and info["val_macro_f1_alone"] == 1.0
