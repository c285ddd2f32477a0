"""The classification stage and the interface a classifier model implements."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from pipeline.records import Prediction


class Classifier(Protocol):
    """A trained model that names a document's category with a calibrated confidence."""

    @property
    def model_version(self) -> str: ...

    def classify(self, texts: Sequence[str]) -> list[Prediction]:
        """One prediction per text, in order; batched inside."""
        ...


def classify_texts(texts: Sequence[str], classifier: Classifier | None) -> list[Prediction | None]:
    """Predictions for a batch of document texts; ``None`` for each when no model is available."""
    if classifier is None:
        return [None] * len(texts)
    return list(classifier.classify(texts))
