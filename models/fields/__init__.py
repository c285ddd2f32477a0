"""The learned field scorer: gradient-boosted trees that pick each header field among the candidates.

``LearnedFieldExtractor.load(settings)`` gives the pipeline its field extractor: the rules with the
current scorer of the registry (``<data dir>/models/fields``) picking the values, or the rules
alone where none has been trained. ``train_fields`` trains one on a synthetic corpus.
"""

from __future__ import annotations

from models.fields.extractor import LearnedFieldExtractor, load_field_extractor
from models.fields.scorer import FieldScorer

__all__ = ["FieldScorer", "LearnedFieldExtractor", "load_field_extractor"]
