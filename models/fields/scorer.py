"""The learned candidate scorer: for each header field, the spot its trees score highest.

One tree ensemble per field scores every spot of the field's group. Total, subtotal and tax are
picked together: among the best few of each, the triple whose scores are highest, with a bonus
when subtotal + tax = total. The same name is not both parties'. A field whose best spot scores
below the field's threshold keeps the rules' value, with a lower confidence, or none. A field
whose rules did better than the scorer on the validation documents (``use == "rules"``) keeps the
rules' value as it is.

Each spot may also carry what the fine-tuned transformer reads in its context (``context.py``):
a scorer trained so records its encoder, and is not loaded without it.

Stored as ``fields.json`` (format, feature names per group, per-field bias, depth, threshold, use,
and the context encoder if any), one ``<field>.npz`` of tree arrays per field, and with context
``context.npz`` (the projection of the encoder's embeddings).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import product
from pathlib import Path
from typing import Any

import numpy as np

from models.fields.context import ContextFeatures, context_names, context_text, load_context
from models.fields.features import DocumentFeatures, feature_names
from models.fields.spots import GROUPS, Spot, Spots
from models.fields.trees import TreeEnsemble
from pipeline.extraction.candidates import Analysis, Choice
from pipeline.extraction.parties import Parties

MODEL_FILE = "fields.json"
FORMAT = 1
_TOP = 3
_AGREE_BONUS = 1.5
_UNSURE = 0.5  # the confidence a rule value keeps where the scorer found nothing it trusts
USES = ("learned", "rules")  # what a field is read with


@dataclass
class FieldModel:
    """The trees of one field, the score below which it defers to the rules, and which of the two
    the field is read with (``rules``: the scorer lost to them on validation)."""

    ensemble: TreeEnsemble
    threshold: float
    use: str = "learned"

    @property
    def learned(self) -> bool:
        return self.use == "learned"


class FieldScorer:
    """Picks header values among a document's spots (implements pipeline's ``ChoiceRefiner``)."""

    def __init__(
        self,
        models: dict[str, FieldModel],
        info: dict[str, Any] | None = None,
        context: ContextFeatures | None = None,
    ) -> None:
        self.models = models
        self.info = info or {}
        self.context = context

    def feature_names(self, group: str) -> list[str]:
        """The columns of a group's rows: the spot's features, then its context's (when read)."""
        return feature_names(group) + (context_names() if self.context is not None else [])

    @classmethod
    def load(cls, directory: Path, encoders: Sequence[Path | None] = ()) -> FieldScorer:
        """The scorer saved in ``directory``; ValueError when it is not one this code can read.

        A scorer trained with context features needs the encoder it was trained with: looked for
        among ``encoders`` (model directories or registry roots) and in the classifier registry
        the scorer's own registry sits in (``<data dir>/models``); ValueError when it is not found.
        """
        meta = json.loads((directory / MODEL_FILE).read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT:
            raise ValueError(f"{directory}: field scorer format {meta.get('format')!r}, expected {FORMAT}")
        spec = meta.get("context")
        extra = context_names() if spec else []
        for group, names in meta["features"].items():
            if names != feature_names(group) + extra:
                raise ValueError(f"{directory}: the {group} features differ from this code's; train again")
        models = {
            name: FieldModel(
                TreeEnsemble.load(directory / f"{name}.npz", spec["bias"], spec["depth"]),
                spec["threshold"],
                spec.get("use", "learned"),
            )
            for name, spec in meta["fields"].items()
        }
        unknown = {model.use for model in models.values()} - set(USES)
        if unknown:
            raise ValueError(f"{directory}: unknown field use {sorted(unknown)}")
        context = None
        if spec:
            context = load_context(directory, spec, [*encoders, directory.parent.parent])
        return cls(models, meta.get("info", {}), context)

    def save(self, directory: Path) -> None:
        """Write ``fields.json`` and the tree arrays into ``directory``."""
        fields = {}
        for name, model in self.models.items():
            model.ensemble.save(directory / f"{name}.npz")
            fields[name] = {
                "bias": model.ensemble.bias,
                "depth": model.ensemble.depth,
                "threshold": model.threshold,
                "use": model.use,
            }
        meta: dict[str, Any] = {
            "format": FORMAT,
            "features": {group: self.feature_names(group) for group in GROUPS},
            "fields": fields,
            "info": self.info,
        }
        if self.context is not None:
            self.context.save(directory)
            meta["context"] = self.context.encoder.spec()
        (directory / MODEL_FILE).write_text(json.dumps(meta, indent=1, ensure_ascii=False), encoding="utf-8")

    @property
    def learned_fields(self) -> list[str]:
        """The fields read with the scorer (the others with the rules)."""
        return [name for name, model in self.models.items() if model.learned]

    def scores(
        self,
        analysis: Analysis,
        parties: Parties,
        category: str | None,
        rules: dict[str, Choice] | None,
        *,
        learned_only: bool = False,
    ) -> dict[str, tuple[list[Spot], dict[str, np.ndarray]]]:
        """Per group: its spots and each field's probabilities for them.

        ``learned_only``: skip the groups none of whose fields is read with the scorer.
        """
        ocr = any(word.confidence is not None for line in analysis.lines[:3] for word in line.words)
        spots = Spots(analysis, parties)
        document = DocumentFeatures(analysis, parties, category, ocr, rules)
        groups = {}
        for group, names in GROUPS.items():
            if learned_only and not any(name in self.models and self.models[name].learned for name in names):
                continue
            found = spots.of(group)
            if found:
                groups[group] = found
        context = self.context_columns(document, groups)
        scored = {}
        for group, found in groups.items():
            names = GROUPS[group]
            rows = document.matrix(group, found)
            if context is not None:
                rows = np.hstack([rows, context[group]]).astype(np.float32)
            scored[group] = (
                found,
                {name: self.models[name].ensemble.probability(rows) for name in names if name in self.models},
            )
        return scored

    def context_columns(
        self, document: DocumentFeatures, groups: dict[str, list[Spot]]
    ) -> dict[str, np.ndarray] | None:
        """Per group, the context columns of its spots (None: the scorer reads no context)."""
        return None if self.context is None else context_columns(self.context, document, groups)

    def picks(
        self,
        analysis: Analysis,
        parties: Parties,
        category: str | None,
        rules: dict[str, Choice] | None,
        *,
        learned_only: bool = False,
    ) -> dict[str, tuple[Choice | None, float]]:
        """Each scored field's best spot as a choice, with its probability (None: no spot at all)."""
        found: dict[str, tuple[Choice | None, float]] = {}
        scored = self.scores(analysis, parties, category, rules, learned_only=learned_only)
        for group, (spots, probabilities) in scored.items():
            if group == "amount":
                best = _amounts(spots, probabilities)
            elif group == "name":
                best = _distinct(spots, probabilities)
            else:
                best = {name: _best(spots, p) for name, p in probabilities.items()}
            for name, (spot, probability) in best.items():
                found[name] = (_choice(analysis, spot, probability) if spot else None, probability)
        return found

    def refine(
        self, analysis: Analysis, parties: Parties, rules: dict[str, Choice], category: str | None
    ) -> dict[str, Choice]:
        """The rules' choices with every field the scorer is sure enough of replaced by its pick.

        Fields read with the rules (``use == "rules"``) keep the rules' choice untouched.
        """
        chosen = dict(rules)
        picks = self.picks(analysis, parties, category, rules, learned_only=True)
        for name, (pick, probability) in picks.items():
            if not self.models[name].learned:
                continue
            if pick is not None and probability >= self.models[name].threshold:
                chosen[name] = pick
            elif name in chosen:
                rule = chosen[name]
                chosen[name] = Choice(
                    rule.value, min(rule.confidence, _UNSURE), rule.page, rule.bbox, rule.valid, rule.line
                )
        return chosen


def context_columns(
    context: ContextFeatures, document: DocumentFeatures, groups: dict[str, list[Spot]]
) -> dict[str, np.ndarray]:
    """Per group, the context columns of its spots: every context of the document read in one batch."""
    texts = {group: [context_text(document, spot) for spot in found] for group, found in groups.items()}
    columns = context.columns([text for group_texts in texts.values() for text in group_texts])
    split: dict[str, np.ndarray] = {}
    start = 0
    for group, group_texts in texts.items():
        split[group] = columns[start : start + len(group_texts)]
        start += len(group_texts)
    return split


def _choice(analysis: Analysis, spot: Spot, probability: float) -> Choice:
    line = analysis.lines[spot.line]
    return Choice(
        spot.value,
        round(float(probability), 3),
        line.page,
        line.bbox(spot.start, spot.end),
        "invalid" not in spot.tags,
        spot.line,
    )


def _best(spots: list[Spot], probabilities: np.ndarray) -> tuple[Spot | None, float]:
    if len(spots) == 0:
        return None, 0.0
    index = int(np.argmax(probabilities))
    return spots[index], float(probabilities[index])


def _top(spots: list[Spot], probabilities: np.ndarray) -> list[tuple[Spot, float]]:
    """The best spots of distinct values."""
    found: dict[str, tuple[Spot, float]] = {}
    for index in np.argsort(-probabilities):
        spot = spots[int(index)]
        if spot.value not in found:
            found[spot.value] = (spot, float(probabilities[int(index)]))
        if len(found) == _TOP:
            break
    return list(found.values())


def _amounts(spots: list[Spot], probabilities: dict[str, np.ndarray]) -> dict[str, tuple[Spot | None, float]]:
    """Total, subtotal and tax together: the likeliest triple, preferring one that adds up."""
    names = [name for name in ("total", "subtotal", "tax_total") if name in probabilities]
    options = [_top(spots, probabilities[name]) for name in names]
    if any(not option for option in options):
        return {name: _best(spots, probabilities[name]) for name in names}
    best: tuple[float, tuple[tuple[Spot, float], ...]] | None = None
    for triple in product(*options):
        score = sum(math.log(max(probability, 1e-6)) for _, probability in triple)
        values = {name: spot.value for name, (spot, _) in zip(names, triple, strict=True)}
        if len(values) == 3 and _adds_up(values["subtotal"], values["tax_total"], values["total"]):
            score += _AGREE_BONUS
        if best is None or score > best[0]:
            best = (score, triple)
    assert best is not None
    return {name: (spot, probability) for name, (spot, probability) in zip(names, best[1], strict=True)}


def _adds_up(subtotal: str, tax: str, total: str) -> bool:
    cents = [round(abs(float(value)) * 100) for value in (subtotal, tax, total)]
    return abs(cents[0] + cents[1] - cents[2]) <= 2


def _distinct(
    spots: list[Spot], probabilities: dict[str, np.ndarray]
) -> dict[str, tuple[Spot | None, float]]:
    """Each party its own name: the surer field keeps a name both would take."""
    picks = {name: _top(spots, p) for name, p in probabilities.items()}
    order = sorted(picks, key=lambda name: -(picks[name][0][1] if picks[name] else 0.0))
    taken: set[str] = set()
    result: dict[str, tuple[Spot | None, float]] = {}
    for name in order:
        options = [(spot, p) for spot, p in picks[name] if spot.value.casefold() not in taken]
        result[name] = options[0] if options else (None, 0.0)
        if options:
            taken.add(options[0][0].value.casefold())
    return result
