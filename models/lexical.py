"""The classifier's lexical expert: TF-IDF of character and word n-grams under a linear SVM.

The base encoder, all-MiniLM-L6-v2, was pretrained on English. Fine-tuned on the synthetic corpus it
reads English mails well but Dutch and German ones it has never seen phrased that way poorly
(held-out accuracy en 0.925, nl 0.77 on the make-model corpus). Character n-grams need no
pretraining in a language: "Mängelrüge", "Mängel" and "rügen" share their pieces. Alone this model
reads the held-out split about as well as the transformer or better; the two together read it
better than either (see :mod:`models.blend`, and the figures in the README).

Stored beside the transformer in the model directory without pickle: ``lexical.json`` (settings,
labels and each vectorizer's terms in column order) and ``lexical.safetensors`` (idf weights, the
SVM's coefficients and intercepts), so loading a model directory never runs code from it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
from safetensors.numpy import load_file, save_file
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

from models.classifier_text import classification_text

LEXICAL_CONFIG_FILE = "lexical.json"
LEXICAL_WEIGHTS_FILE = "lexical.safetensors"
FORMAT_VERSION = 1

Analyzer = Literal["char_wb", "word"]


@dataclass(frozen=True)
class NgramSpec:
    """One vectorizer: what it cuts the text into and how long its pieces are."""

    analyzer: Analyzer
    shortest: int
    longest: int


# Measured on the make-model corpus (held-out macro-F1 of the blend with the transformer): character
# 2-5 grams inside words with word 1-2 grams 0.937; characters alone 0.932; character 3-6 grams
# 0.940 at a quarter more features; 1-4 grams with single words 0.938.
DEFAULT_NGRAMS = (NgramSpec("char_wb", 2, 5), NgramSpec("word", 1, 2))


@dataclass(frozen=True)
class LexicalConfig:
    """How the lexical model is fitted."""

    ngrams: tuple[NgramSpec, ...] = DEFAULT_NGRAMS
    c: float = 1.0  # the SVM's inverse regularisation
    min_df: int = 2  # n-grams in fewer training texts are left out
    max_features: int = 200_000  # per vectorizer, the most frequent
    clean_text: bool = True  # leave mail quotes and signatures out, as the transformer does
    max_chars: int = 8_000  # of each text, its start: a mail's business, an invoice's first pages
    seed: int = 42


class LexicalModel:
    """Per-class linear scores of a text's n-gram TF-IDF vector; columns in ``labels`` order."""

    def __init__(
        self,
        labels: Sequence[str],
        vectorizers: Sequence[TfidfVectorizer],
        coef: np.ndarray,
        intercept: np.ndarray,
        config: LexicalConfig,
    ) -> None:
        width = sum(len(v.vocabulary_) for v in vectorizers)
        if coef.shape != (len(labels), width) or intercept.shape != (len(labels),):
            raise ValueError(
                f"lexical weights {coef.shape} / {intercept.shape} do not fit "
                f"{len(labels)} labels and {width} features"
            )
        self.labels = tuple(labels)
        self.vectorizers = list(vectorizers)
        # C order: safetensors writes the buffer as it lies, and the SVM's coefficients come in Fortran's
        self.coef = np.ascontiguousarray(coef, dtype=np.float32)
        self.intercept = np.ascontiguousarray(intercept, dtype=np.float32)
        self.config = config

    @property
    def feature_count(self) -> int:
        """Columns of the TF-IDF vector: the n-grams the model knows."""
        return int(self.coef.shape[1])

    @classmethod
    def fit(
        cls,
        texts: Sequence[str],
        targets: Sequence[str],
        labels: Sequence[str],
        config: LexicalConfig | None = None,
    ) -> LexicalModel:
        """Fit the vectorizers and the SVM on ``texts`` labelled ``targets`` (each one of ``labels``)."""
        config = config or LexicalConfig()
        index = {name: i for i, name in enumerate(labels)}
        missing = sorted(set(labels) - set(targets))
        if missing or len(labels) < 2:
            raise ValueError(f"the lexical model needs examples of every label; none of: {missing}")
        vectorizers = [_vectorizer(spec, config) for spec in config.ngrams]
        prepared = _prepared(texts, config)
        matrix = hstack([v.fit_transform(prepared) for v in vectorizers]).tocsr()
        svm = LinearSVC(C=config.c, random_state=config.seed)
        svm.fit(matrix, [index[t] for t in targets])
        coef, intercept = np.asarray(svm.coef_), np.asarray(svm.intercept_)
        if len(labels) == 2:  # one hyperplane: positive scores for labels[1]
            coef = np.vstack([-coef / 2, coef / 2])
            intercept = np.array([-intercept[0] / 2, intercept[0] / 2])
        return cls(labels, vectorizers, coef, intercept, config)

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """One row of per-class scores (float32) per text."""
        if not texts:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        matrix = self._features(texts)
        return np.asarray(matrix @ self.coef.T + self.intercept, dtype=np.float32)

    def _features(self, texts: Sequence[str]) -> csr_matrix:
        prepared = _prepared(texts, self.config)
        return hstack([v.transform(prepared) for v in self.vectorizers]).tocsr()

    def save(self, directory: Path) -> None:
        """Write ``lexical.json`` and ``lexical.safetensors`` into ``directory``."""
        tensors = {"coef": self.coef, "intercept": self.intercept}
        described: list[dict[str, Any]] = []
        for i, (spec, vectorizer) in enumerate(zip(self.config.ngrams, self.vectorizers, strict=True)):
            tensors[f"idf_{i}"] = np.ascontiguousarray(vectorizer.idf_, dtype=np.float64)
            described.append(
                {
                    "analyzer": spec.analyzer,
                    "ngram_range": [spec.shortest, spec.longest],
                    "terms": vectorizer.get_feature_names_out().tolist(),
                }
            )
        save_file(tensors, str(directory / LEXICAL_WEIGHTS_FILE))
        config = {
            "format": FORMAT_VERSION,
            "labels": list(self.labels),
            "c": self.config.c,
            "min_df": self.config.min_df,
            "max_features": self.config.max_features,
            "clean_text": self.config.clean_text,
            "max_chars": self.config.max_chars,
            "seed": self.config.seed,
            "vectorizers": described,
        }
        (directory / LEXICAL_CONFIG_FILE).write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> LexicalModel:
        """The model :meth:`save` wrote into ``directory``."""
        config = json.loads((directory / LEXICAL_CONFIG_FILE).read_text(encoding="utf-8"))
        if config.get("format") != FORMAT_VERSION:
            found = config.get("format")
            raise ValueError(
                f"{directory}: lexical model format {found!r}, this docpipe reads {FORMAT_VERSION}"
            )
        tensors = load_file(str(directory / LEXICAL_WEIGHTS_FILE))
        specs = tuple(
            NgramSpec(d["analyzer"], int(d["ngram_range"][0]), int(d["ngram_range"][1]))
            for d in config["vectorizers"]
        )
        settings = LexicalConfig(
            ngrams=specs,
            c=float(config["c"]),
            min_df=int(config["min_df"]),
            max_features=int(config["max_features"]),
            clean_text=bool(config["clean_text"]),
            max_chars=int(config["max_chars"]),
            seed=int(config["seed"]),
        )
        vectorizers = []
        for i, (spec, described) in enumerate(zip(specs, config["vectorizers"], strict=True)):
            vectorizer = _vectorizer(spec, settings, vocabulary=described["terms"])
            vectorizer.idf_ = tensors[f"idf_{i}"]
            vectorizers.append(vectorizer)
        return cls(config["labels"], vectorizers, tensors["coef"], tensors["intercept"], settings)


def has_lexical(directory: Path) -> bool:
    """Whether a model directory holds a lexical model."""
    return (directory / LEXICAL_CONFIG_FILE).is_file() and (directory / LEXICAL_WEIGHTS_FILE).is_file()


def _vectorizer(
    spec: NgramSpec, config: LexicalConfig, vocabulary: Sequence[str] | None = None
) -> TfidfVectorizer:
    return TfidfVectorizer(
        analyzer=spec.analyzer,
        ngram_range=(spec.shortest, spec.longest),
        lowercase=True,
        sublinear_tf=True,
        min_df=config.min_df,
        max_features=config.max_features,
        vocabulary=vocabulary,
        dtype=np.float32,
    )


def _prepared(texts: Sequence[str], config: LexicalConfig) -> list[str]:
    """What the model reads: a huge text costs no more than its first ``max_chars`` characters."""
    cut = [t[: config.max_chars * 2] for t in texts]  # quotes and signatures may take half
    cleaned = [classification_text(t) for t in cut] if config.clean_text else cut
    return [t[: config.max_chars] for t in cleaned]
