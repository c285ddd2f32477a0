"""Train -> registry -> load -> classify with a tiny randomly initialised BERT, offline, in seconds."""

from __future__ import annotations

import inspect
import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from models.classifier import (
    TransformerClassifier,
    classification_text,
    encode,
    load_classifier,
    quantize_int8,
)
from models.commands import eval_command, train_command
from models.dataset import CACHE_FILE, load_corpus, read_labels
from models.evaluate import evaluate_classifier
from models.registry import ModelRegistry, NoModelError
from models.train import TrainConfig, TrainResult, fit_temperature
from pipeline.categories import DEFAULT_CATEGORIES
from pipeline.settings import Settings
from tests.tiny_model import make_tiny_base, write_word_corpus
from workers.cli_models import train

SPLITS = ("train",) * 8 + ("val", "val", "test", "test")
CORRECTIONS = [("invoice total payable amount", "invoice"), ("free casino prize", "spam")]


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a network connection fails the test."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")  # discard port: nothing answers
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(scope="module")
def tiny_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A random 2-layer BERT (hidden 32) with the real MiniLM tokenizer, saved like a base checkpoint."""
    return make_tiny_base(tmp_path_factory.mktemp("tiny-base"))


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """11 categories x 12 short texts (8 train, 2 val, 2 test) with labels.jsonl."""
    out = tmp_path_factory.mktemp("corpus")
    write_word_corpus(out, SPLITS)
    with (out / "labels.jsonl").open("a", encoding="utf-8") as labels:  # reported, not fatal
        labels.write(json.dumps({"file": "missing.txt", "category": "other", "split": "train"}) + "\n")
    return out


@pytest.fixture(scope="module")
def trained(
    tiny_base: Path, corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Settings]:
    """Settings whose registry holds one tiny model, trained through the train command."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("data"), device="cpu", torch_threads=1)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_HUB_OFFLINE", "1")
        mp.setattr(socket.socket, "connect", lambda *a: pytest.fail("network access attempted"))
        result = train_command(
            settings,
            corpus_dir,
            TrainConfig(epochs=25, patience=25, batch_size=16, learning_rate=1e-2, max_length=32),
            base_model=tiny_base,
            with_corrections_pairs=CORRECTIONS,
        )
    assert isinstance(result, TrainResult)
    yield settings


def test_registry_holds_a_complete_current_version(trained: Settings) -> None:
    registry = ModelRegistry(trained.registry_dir)
    versions = registry.versions()
    assert len(versions) == 1 and versions[0].is_current
    path = registry.resolve()
    assert path == versions[0].path == registry.current()
    files = (
        "model.safetensors",
        "head.json",
        "tokenizer.json",
        "labels.json",
        "temperature.json",
        "lexical.json",
        "lexical.safetensors",
        "blend.json",
        "metrics.json",
    )
    for name in files:
        assert (path / name).is_file(), name
    assert json.loads((path / "labels.json").read_text())["labels"] == list(DEFAULT_CATEGORIES)
    assert json.loads((path / "temperature.json").read_text())["temperature"] > 0
    assert not [p for p in trained.registry_dir.iterdir() if p.name.startswith(".staging")]
    assert path.stat().st_mode & 0o777 == 0o755  # workers running as another user can read it
    card = (path / "MODEL_CARD.md").read_text()
    assert "corrections added to train: 2" in card and "files that could not be read (left out): 1" in card
    assert "| invoice | 9 | 2 | 2 |" in card  # per class and split, corrections in train


def test_trained_model_classifies_the_training_texts(trained: Settings, corpus_dir: Path) -> None:
    classifier = load_classifier(trained, quantize=False)
    assert classifier is not None
    assert classifier.model_version == ModelRegistry(trained.registry_dir).resolve().name
    assert classifier.temperature > 0
    corpus = load_corpus(corpus_dir, progress=False)
    train = corpus.split("train")
    predictions = classifier.classify([e.text for e in train])
    accuracy = sum(p.category == e.label for p, e in zip(predictions, train, strict=True)) / len(train)
    assert accuracy >= 0.9
    assert all(0.0 <= p.confidence <= 1.0 for p in predictions)
    assert {p.model_version for p in predictions} == {classifier.model_version}
    assert classifier.classify([]) == []


def test_int8_gives_the_same_labels(trained: Settings, corpus_dir: Path) -> None:
    path = ModelRegistry(trained.registry_dir).resolve()
    # The training texts: far from the decision boundary, where int8 must not change an answer.
    texts = [e.text for e in load_corpus(corpus_dir, progress=False).split("train")]
    fp32 = TransformerClassifier(path, device="cpu", batch_size=4)
    int8 = TransformerClassifier(path, device="cpu", batch_size=4, quantize=True)
    assert int8.quantized and not fp32.quantized
    assert [p.category for p in int8.classify(texts)] == [p.category for p in fp32.classify(texts)]
    metrics = json.loads((path / "metrics.json").read_text())
    assert 0.0 <= metrics["int8"]["val_macro_f1"] <= 1.0


def test_int8_keeps_the_first_feed_forward_in_fp32(trained: Settings, tiny_base: Path) -> None:
    import torch
    from torch.ao.nn.quantized.dynamic import Linear as DynamicLinear
    from transformers import AutoModel

    path = ModelRegistry(trained.registry_dir).resolve()
    model = TransformerClassifier(path, device="cpu", quantize=True).model
    linears = {
        name: module
        for name, module in model.named_modules()
        if isinstance(module, (torch.nn.Linear, DynamicLinear))
    }
    fp32 = {name for name, module in linears.items() if type(module) is torch.nn.Linear}
    first = "encoder.encoder.layer.0."
    assert fp32 == {first + "intermediate.dense", first + "output.dense"}
    quantised = [module for name, module in linears.items() if name not in fp32]
    # Attention of every layer, the feed-forward of the others, and the head.
    assert len(quantised) == len(linears) - 2 >= 11
    assert isinstance(linears["classifier"], DynamicLinear)
    assert all(isinstance(module, DynamicLinear) for module in quantised)
    assert {module.weight().qscheme() for module in quantised} == {torch.per_channel_affine}
    # A bare encoder (the field scorer's context encoder) is quantised as before: every Linear, per tensor.
    bare = quantize_int8(AutoModel.from_pretrained(tiny_base, local_files_only=True).eval())
    schemes = {m.weight().qscheme() for m in bare.modules() if isinstance(m, DynamicLinear)}
    assert schemes == {torch.per_tensor_affine}
    assert not [m for m in bare.modules() if type(m) is torch.nn.Linear]


def test_eval_command_reports_scores_as_json(
    trained: Settings, corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = eval_command(trained, corpus_dir, as_json=True, split="train")
    printed = json.loads(capsys.readouterr().out)
    assert printed["model_version"] == report.model_version
    assert printed["metrics"]["accuracy"] >= 0.9
    assert printed["metrics"]["count"] == 88
    assert [f["source"] for f in printed["failed"]] == ["missing.txt"]
    assert len(printed["metrics"]["confusion"]) == len(printed["metrics"]["labels"])


def test_evaluate_renders_tables(trained: Settings, corpus_dir: Path) -> None:
    from rich.console import Console

    classifier = load_classifier(trained)
    assert classifier is not None
    report = evaluate_classifier(corpus_dir, classifier, split="val", review_threshold=0.6)
    console = Console(record=True, width=200)
    from models.evaluate import render_report

    render_report(report, console)
    text = console.export_text()
    assert "macro avg" in text and "payment_reminder" in text and report.model_version in text


def test_no_current_model(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    assert load_classifier(settings) is None
    with pytest.raises(NoModelError):
        ModelRegistry(settings.registry_dir).resolve()
    with pytest.raises(NoModelError):
        eval_command(settings, tmp_path)


def test_registry_marks_and_lists_versions(tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path / "models")
    names = []
    for digest in ("abc123ff", "abc123ff", "00ff00aa"):
        staging = registry.staging_dir()
        (staging / "labels.json").write_text("{}")
        names.append(registry.publish(staging, digest).name)
    assert names[0].endswith("-abc123") and names[1] == names[0] + "-2"
    assert [v.name for v in registry.versions()] == sorted(names)
    assert registry.current() is None
    registry.mark_current(names[2])
    assert registry.current() == tmp_path / "models" / names[2]
    assert (tmp_path / "models" / "current").read_text().strip() == names[2]
    with pytest.raises(NoModelError):
        registry.mark_current("../../etc")


def test_text_cache_is_read_instead_of_extracting_again(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Invoice 1\n")
    (tmp_path / "labels.jsonl").write_text(json.dumps({"file": "a.txt", "category": "invoice"}) + "\n")
    assert [e.text for e in load_corpus(tmp_path, progress=False).examples] == ["Invoice 1\n"]
    cache = tmp_path / CACHE_FILE
    entry = json.loads(cache.read_text())
    entry["text"] = "from the cache"
    cache.write_text(json.dumps(entry) + "\n")
    assert [e.text for e in load_corpus(tmp_path, progress=False).examples] == ["from the cache"]


def test_expected_jsonl_folders_are_found_below_and_split_stably(tmp_path: Path) -> None:
    for sub in ("invoices", "emails"):
        (tmp_path / sub).mkdir()
        rows: list[dict[str, object]] = [
            {"file": f"{sub}-{i}.txt", "category": "invoice" if sub == "invoices" else "spam"}
            for i in range(30)
        ]
        rows.append({"file": "mime-1.eml", "fields": {}})  # no category: not labelled
        (tmp_path / sub / "expected.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    labelled = read_labels(tmp_path)
    assert len(labelled) == 60
    assert labelled[0].source.startswith("emails/")
    # Real documents: per category, half train (what --include-shared may learn), half test.
    for category in ("invoice", "spam"):
        splits = [r.split for r in labelled if r.category == category]
        assert splits.count("train") == splits.count("test") == 15
    assert [r.split for r in read_labels(tmp_path)] == [r.split for r in labelled]
    smaller = read_labels(tmp_path, shared_fraction=0.2)
    trained = {r.source for r in smaller if r.split == "train"}
    assert len(trained) == 12 and trained <= {r.source for r in labelled if r.split == "train"}


def test_fit_temperature_softens_overconfident_logits() -> None:
    import torch

    torch.manual_seed(0)
    targets = torch.randint(0, 3, (200,))
    logits = torch.randn(200, 3)
    logits[torch.arange(200), targets] += 1.0
    overconfident = logits * 10  # right about 60 % of the time, sure every time
    assert fit_temperature(overconfident, targets) > 3.0


def test_fit_temperature_stays_finite_when_validation_is_all_right() -> None:
    import torch

    targets = torch.arange(30) % 3
    logits = torch.zeros(30, 3)
    logits[torch.arange(30), targets] = 0.5  # always right, but only ~45 % sure
    t = fit_temperature(logits, targets, label_smoothing=1 / 32)
    confidence = torch.softmax(logits / t, dim=-1).max(dim=-1).values.mean()
    assert 0.05 < t < 1.0 and 0.9 < float(confidence) < 0.995


def test_classification_text_leaves_out_quotes_and_signatures() -> None:
    mail = (
        "Re: Broken delivery\n\nThe pallet arrived damaged.\n\n-- \nAnn Smith\nSales\n\n"
        "On 3 May 2024, Bob <bob@x.com> wrote:\n> Please find our invoice attached.\n> Thanks\n"
    )
    assert classification_text(mail) == "Re: Broken delivery\n\nThe pallet arrived damaged.\n"
    assert classification_text("> only a quote") == "> only a quote"  # nothing else to read: kept


def test_encode_keeps_the_start_and_optionally_the_end(tiny_base: Path) -> None:
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tiny_base)
    text = "invoice " + "filler " * 200 + "total due"
    bare = tokenizer(text, add_special_tokens=False)["input_ids"]
    cls, sep = tokenizer.cls_token_id, tokenizer.sep_token_id
    head = encode(tokenizer, [text], 16)[0]
    both = encode(tokenizer, [text], 16, tail_tokens=3)[0]
    assert head == [cls, *bare[:14], sep]
    assert both == [cls, *bare[:11], *bare[-3:], sep]
    assert tokenizer.decode(both[-4:-1]).replace(" ", "").endswith("totaldue")
    assert encode(tokenizer, ["short"], 16, tail_tokens=3) == encode(tokenizer, ["short"], 16)


def test_the_train_commands_defaults_are_the_training_configurations() -> None:
    """`docpipe train` with no options trains what TrainConfig describes (and `make model` builds): the
    CLI repeats the defaults to show them in --help, so a change to one must be made to the other."""
    defaults = {name: p.default for name, p in inspect.signature(train).parameters.items()}
    config = TrainConfig()
    same_names = ("epochs", "max_length", "batch_size", "seed", "spread_layers", "lexical", "teacher")
    for option in same_names:
        assert defaults[option] == getattr(config, option), option
    assert defaults["layers"] == config.num_layers
