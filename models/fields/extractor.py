"""The pipeline's field extractor with the learned scorer: the rules' candidates, the scorer's picks.

The registry of field scorers is ``settings.registry_dir / "fields"``, versioned like the
classifier's (``current`` names the one in use). Loading reads a few small arrays, no
scikit-learn; a scorer that reads spot contexts also loads its transformer encoder (torch), found
in the classifier registry (or ``settings.model_dir``) by the version name it was trained with.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from models.fields.scorer import FieldScorer
from models.registry import ModelRegistry
from pipeline.extraction import RuleFieldExtractor
from pipeline.settings import Settings

log = logging.getLogger(__name__)
REGISTRY_NAME = "fields"


def fields_registry(settings: Settings) -> ModelRegistry:
    """Where field scorers are kept: ``<data dir>/models/fields``."""
    return ModelRegistry(settings.registry_dir / REGISTRY_NAME)


def use_scorer(settings: Settings, scorer: Path) -> None:
    """Make ``scorer`` (a version directory of another registry) the current field scorer of
    ``settings``' data dir, by a link: a scratch data dir then reads fields as the one it comes from."""
    registry = fields_registry(settings)
    registry.root.mkdir(parents=True, exist_ok=True)
    link = registry.root / scorer.name
    if not link.exists():
        link.symlink_to(scorer.resolve(), target_is_directory=True)
    registry.mark_current(scorer.name)


class LearnedFieldExtractor(RuleFieldExtractor):
    """E-invoice XML first; from the text, the learned scorer's picks among the rules' candidates."""

    def __init__(self, scorer: FieldScorer, version: str | None = None) -> None:
        super().__init__(refiner=scorer)
        self.scorer = scorer
        self.version = version

    @classmethod
    def load_dir(cls, directory: Path, encoders: Sequence[Path | None] = ()) -> LearnedFieldExtractor:
        """The extractor with the scorer saved in ``directory`` (its context encoder, if it reads
        one, among ``encoders``: model directories or registry roots)."""
        return cls(FieldScorer.load(directory, encoders), directory.name)

    @classmethod
    def load(cls, settings: Settings) -> RuleFieldExtractor:
        """The current scorer's extractor; the rules alone when none is trained or it cannot be read."""
        directory = fields_registry(settings).current()
        if directory is None:
            log.info("no field scorer in %s: fields come from the rules", fields_registry(settings).root)
            return RuleFieldExtractor()
        try:
            extractor = cls.load_dir(directory, [settings.model_dir, settings.registry_dir])
        except (OSError, ValueError, KeyError, RuntimeError) as error:
            log.warning("field scorer %s not usable (%s): fields come from the rules", directory, error)
            return RuleFieldExtractor()
        if extractor.scorer.context is not None:
            import torch

            torch.set_num_threads(settings.torch_threads)  # as the classifier does: one per worker
        return extractor


def load_field_extractor(settings: Settings) -> RuleFieldExtractor:
    """``LearnedFieldExtractor.load``: what workers/context.py builds once per process."""
    return LearnedFieldExtractor.load(settings)
