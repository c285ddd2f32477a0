"""Training the field scorer on a labelled corpus, and measuring it against the rules.

Every spot of a training document is a row; it is a positive of a field when its value is the
field's labelled value (amounts compared without sign: credit notes print minus signs, their
labels do not). One gradient-boosted tree model per field (scikit-learn's histogram GBDT, packed
into numpy arrays afterwards). On the validation documents each field's threshold is set where
the scorer, falling back to the rules below it, gets the most fields right, and a field whose
rules get more right than that is read with the rules alone (``use``); the report gives
the rules' and the scorer's accuracy per field on the same documents, and the choice.

Documents are read as the pipeline reads them: with their category (a classifier's), and, for a
share of them, without one (the pipeline before any classifier is trained), so that the scorer
knows both; validation documents are read both ways.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import numpy as np

from models.fields.context import BASE, ContextEncoder, ContextFeatures, context_text
from models.fields.corpus import LabelledDocument, extractions, read_documents
from models.fields.features import DocumentFeatures
from models.fields.scorer import MODEL_FILE, FieldModel, FieldScorer, context_columns
from models.fields.spots import GROUPS, Spot, Spots
from models.fields.trees import TreeEnsemble
from models.registry import ModelRegistry, ModelVersion
from pipeline.extraction import analyse_text
from pipeline.extraction.extractor import TextAnalysis
from pipeline.extraction.scoring import AMOUNT_FIELDS, normalise
from pipeline.options import ExtractOptions

log = logging.getLogger(__name__)

# Whether `docpipe train --fields` also reads spot contexts with the transformer (context.py). Off:
# on the synthetic corpus it measured no better than the plain features, at ~15 ms a document more.
CONTEXT = False
RULE_DROPOUT = 0.5  # the share of training documents whose rules' choices the scorer does not see
CATEGORY_DROPOUT = 0.3  # the share of training documents read without a category
THRESHOLDS = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
TREE_PARAMS: dict[str, Any] = {
    "max_iter": 150,
    "learning_rate": 0.1,
    "max_leaf_nodes": 31,
    "min_samples_leaf": 10,
    "l2_regularization": 1.0,
    "random_state": 0,
}


def same_value(name: str, found: str | None, expected: str | None) -> bool:
    """Whether a found value is the labelled one, after normalisation (amounts without sign)."""
    if found is None or expected is None:
        return False
    if name in AMOUNT_FIELDS:
        try:
            return abs(Decimal(found)) == abs(Decimal(expected))
        except InvalidOperation:
            return False
    return normalise(name, found) == normalise(name, expected)


@dataclass
class Matrices:
    """The rows of one group of fields, and each field's labels for them."""

    rows: list[np.ndarray] = field(default_factory=list)
    labels: dict[str, list[np.ndarray]] = field(default_factory=dict)


def _share(document: LabelledDocument, salt: str) -> int:
    """A stable 0-99 draw for a document (by its path), one per ``salt``."""
    return int(hashlib.sha256(f"{salt}:{document.path}".encode()).hexdigest(), 16) % 100


def read_as_pipeline(extraction: Any, category: str | None) -> TextAnalysis | None:
    """The rules' analysis as ``RuleFieldExtractor`` makes it for a document of ``category``."""
    return analyse_text(
        extraction, credit_note=True if category == "credit_note" else None, category=category
    )


def training_rows(
    pairs: Iterable[tuple[LabelledDocument, Any]], encoder: ContextEncoder | None = None
) -> tuple[dict[str, Matrices], ContextFeatures | None]:
    """Per group, every spot of every document as a feature row with its per-field labels.

    With an ``encoder``, each row also carries its context's columns, under a projection fitted on
    the training contexts (returned with the rows).
    """
    read: list[tuple[LabelledDocument, DocumentFeatures, dict[str, list[Spot]]]] = []
    for document, extraction in pairs:
        category = None if _share(document, "category") < CATEGORY_DROPOUT * 100 else document.category
        text = read_as_pipeline(extraction, category)
        if text is None:
            continue
        ocr = extraction.text_method in ("ocr", "mixed")
        hidden = _share(document, "rules") < RULE_DROPOUT * 100
        features = DocumentFeatures(
            text.analysis, text.parties, text.kind, ocr, None if hidden else text.choices
        )
        spots = Spots(text.analysis, text.parties)
        groups = {group: found for group in GROUPS if (found := spots.of(group))}
        read.append((document, features, groups))
    context = None
    if encoder is not None:
        texts = [
            context_text(features, spot) for _, features, groups in read for found in groups.values()
            for spot in found
        ]  # fmt: skip
        context = ContextFeatures.fit(encoder, texts)
    matrices = {group: Matrices() for group in GROUPS}
    for document, features, groups in read:
        columns = None if context is None else context_columns(context, features, groups)
        for group, found in groups.items():
            rows = features.matrix(group, found)
            if columns is not None:
                rows = np.hstack([rows, columns[group]]).astype(np.float32)
            matrices[group].rows.append(rows)
            for name in GROUPS[group]:
                expected = document.fields.get(name)
                labels = np.array([same_value(name, spot.value, expected) for spot in found], dtype=np.int8)
                matrices[group].labels.setdefault(name, []).append(labels)
    return matrices, context


def fit(matrices: dict[str, Matrices], threads: int = 1) -> dict[str, FieldModel]:
    """One tree model per field that has positives (scikit-learn is needed here only).

    ``threads``: OpenMP threads for the trees. One by default: the matrices are small, and on a
    machine busy with other work OpenMP threads spin (ten times slower than one thread).
    """
    from sklearn.ensemble import HistGradientBoostingClassifier
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=threads, user_api="openmp"):
        return _fit(matrices, HistGradientBoostingClassifier)


def _fit(matrices: dict[str, Matrices], classifier: Any) -> dict[str, FieldModel]:
    models = {}
    for group, names in GROUPS.items():
        data = matrices[group]
        if not data.rows:
            continue
        rows = np.concatenate(data.rows)
        for name in names:
            labels = np.concatenate(data.labels[name])
            if labels.sum() == 0:
                log.warning("no labelled %s values to learn from", name)
                continue
            model = classifier(**TREE_PARAMS).fit(rows, labels)
            models[name] = FieldModel(TreeEnsemble.from_sklearn(model), threshold=0.5)
    return models


@dataclass
class Outcome:
    """What the rules and the scorer found for one labelled field of one document."""

    name: str
    expected: str
    rule: str | None
    pick: str | None
    probability: float

    def scorer_value(self, threshold: float) -> str | None:
        return self.pick if self.pick is not None and self.probability >= threshold else self.rule


def outcomes(scorer: FieldScorer, pairs: Iterable[tuple[LabelledDocument, Any]]) -> list[Outcome]:
    """The rules' value and the scorer's pick for every labelled scored field of every document,
    read with its category and without one."""
    found = []
    for document, extraction in pairs:
        for category in dict.fromkeys((document.category, None)):
            found += _outcomes(scorer, document, read_as_pipeline(extraction, category))
    return found


def _outcomes(scorer: FieldScorer, document: LabelledDocument, text: TextAnalysis | None) -> list[Outcome]:
    found: list[Outcome] = []
    if text is not None:
        picks = scorer.picks(text.analysis, text.parties, text.kind, text.choices)
        for name in scorer.models:
            expected = document.fields.get(name)
            if expected is None:
                continue
            pick, probability = picks.get(name, (None, 0.0))
            rule = text.choices.get(name)
            found.append(
                Outcome(
                    name, expected, rule.value if rule else None, pick.value if pick else None, probability
                )
            )
    return found


def tune_thresholds(models: dict[str, FieldModel], found: list[Outcome]) -> None:
    """Each field's threshold: where falling back to the rules below it gets the most values right;
    and its use: the rules where they get more right than the scorer at its best threshold (on a
    tie the scorer, which falls back to the rules where it is unsure, loses nothing).

    A field without validation documents keeps the scorer (its default threshold).
    """
    for name, model in models.items():
        mine = [outcome for outcome in found if outcome.name == name]
        if not mine:
            continue

        def right(threshold: float, mine: list[Outcome] = mine, name: str = name) -> int:
            return sum(same_value(name, o.scorer_value(threshold), o.expected) for o in mine)

        model.threshold = max(THRESHOLDS, key=lambda t: (right(t), -t))
        rules = sum(same_value(name, o.rule, o.expected) for o in mine)
        model.use = "rules" if rules > right(model.threshold) else "learned"


def accuracy_report(models: dict[str, FieldModel], found: list[Outcome]) -> dict[str, dict[str, Any]]:
    """Per field: outcomes (documents, each read with and without its category), the rules'
    accuracy, the scorer's (with its fallback), and which of the two the field is read with."""
    report: dict[str, dict[str, Any]] = {}
    for name, model in sorted(models.items()):
        mine = [outcome for outcome in found if outcome.name == name]
        if not mine:
            continue
        rules = sum(same_value(name, o.rule, o.expected) for o in mine) / len(mine)
        learned = sum(same_value(name, o.scorer_value(model.threshold), o.expected) for o in mine) / len(mine)
        report[name] = {
            "documents": len(mine),
            "rules": round(rules, 4),
            "learned": round(learned, 4),
            "use": model.use,
        }
    return report


@dataclass
class TrainResult:
    """A trained scorer, where it was saved, and how it compares with the rules on validation."""

    version: ModelVersion
    report: dict[str, dict[str, Any]]
    counts: dict[str, int]


def _want(context: bool | None) -> bool:
    return CONTEXT if context is None else context


def context_encoder(registry_root: Path, encoder_dir: Path | None, threads: int = 1) -> ContextEncoder:
    """The encoder spot contexts are read with: ``encoder_dir``, else the current classifier of the
    registry that holds ``registry_root`` (the fields registry), else the default base model."""
    import torch

    from models.base_model import resolve_base_model

    torch.set_num_threads(threads)
    if encoder_dir is not None:
        return ContextEncoder(encoder_dir, encoder_dir.name)
    current = ModelRegistry(registry_root.parent).current()
    if current is not None:
        return ContextEncoder(current, current.name)
    log.info("no classifier in %s: spot contexts are read with the base model", registry_root.parent)
    return ContextEncoder(resolve_base_model().path, BASE)


def train_fields(
    corpora: list[Path],
    registry_root: Path,
    options: ExtractOptions,
    *,
    cache_dir: Path | None = None,
    mark_current: bool = True,
    threads: int = 1,
    context: bool | None = None,
    encoder_dir: Path | None = None,
) -> TrainResult:
    """Train on the ``train`` split of the corpora, tune and report on ``val``, save in the registry.

    The ``test`` split (layout families never trained on) is left for ``docpipe eval --fields``.
    ``context`` (default ``CONTEXT``): also read each spot's context with the transformer encoder
    of ``encoder_dir``, by default the classifier registry's current model (the registry next to
    ``registry_root``), else the base model.
    """
    train: list[LabelledDocument] = []
    val: list[LabelledDocument] = []
    for corpus in corpora:
        train += read_documents(corpus, ("train",))
        val += read_documents(corpus, ("val",))
    if not train:
        raise ValueError(f"no invoice-like training documents in {', '.join(map(str, corpora))}")

    encoder = context_encoder(registry_root, encoder_dir, threads) if _want(context) else None
    matrices, features = training_rows(extractions(train, options, cache_dir), encoder)
    models = fit(matrices, threads)
    scorer = FieldScorer(models, context=features)
    found = outcomes(scorer, extractions(val, options, cache_dir))
    tune_thresholds(models, found)
    report = accuracy_report(models, found)
    scorer.info = {
        "corpora": [str(corpus) for corpus in corpora],
        "documents": {"train": len(train), "val": len(val)},
        "validation": report,
        "params": TREE_PARAMS,
        "context": None if encoder is None else encoder.spec(),
    }
    registry = ModelRegistry(registry_root)
    staging = registry.staging_dir()
    try:
        scorer.save(staging)
        digest = hashlib.sha256((staging / MODEL_FILE).read_bytes()).hexdigest()
        version = registry.publish(staging, digest)
    except BaseException:
        registry.discard(staging)
        raise
    if mark_current:
        registry.mark_current(version.name)
        version = ModelVersion(version.name, version.path, True)
    return TrainResult(version, report, {"train": len(train), "val": len(val)})
