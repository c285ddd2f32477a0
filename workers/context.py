"""The context built once per process: settings, database, blob store, loaded models."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from sqlalchemy import Engine

from models.fields.extractor import LearnedFieldExtractor
from models.registry import ModelRegistry
from pipeline.blobstore import BlobStore
from pipeline.classify import Classifier
from pipeline.db.engine import create_db_engine, session_factory
from pipeline.db.migrate import upgrade
from pipeline.extraction import RuleFieldExtractor
from pipeline.fields import FieldExtractor
from pipeline.process import PipelineDeps
from pipeline.routing import load_rules
from pipeline.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class WorkerContext:
    settings: Settings
    engine: Engine
    deps: PipelineDeps


def configure_process() -> None:
    """Process-wide limits: OCR and BLAS one thread each; parallelism comes from processes."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def load_classifier(settings: Settings) -> Classifier | None:
    """The current model from the registry, or None when none has been trained yet."""
    if settings.model_dir is None and ModelRegistry(settings.registry_dir).current() is None:
        log.warning("no trained model: documents are stored without a category, for review")
        return None
    from models.classifier import load_classifier as load  # imports torch: only when there is a model

    return load(settings)


def load_field_extractor(settings: Settings) -> FieldExtractor:
    """The current learned field scorer of the fields registry with the rules, or the rules alone."""
    extractor = LearnedFieldExtractor.load(settings)
    if isinstance(extractor, LearnedFieldExtractor):
        log.info("field extraction: learned scorer %s (rules where it defers)", extractor.version)
    else:
        log.info("field extraction: rules (no usable field scorer in the registry)")
    return extractor


def build_context(settings: Settings, *, migrate: bool = True, with_models: bool = True) -> WorkerContext:
    """Everything a process needs to run the pipeline, built once.

    ``with_models``: load the classifier and the learned field scorer (when trained); without,
    no classifier and the field rules alone (commands that do not process documents).
    """
    configure_process()
    engine = create_db_engine(settings.resolved_database_url)
    if migrate:
        upgrade(engine)
    deps = PipelineDeps(
        sessions=session_factory(engine),
        store=BlobStore(settings.blob_dir),
        options=settings.extract_options(),
        classifier=load_classifier(settings) if with_models else None,
        field_extractor=load_field_extractor(settings) if with_models else RuleFieldExtractor(),
        review_threshold=settings.review_threshold,
        routing_rules=load_rules(settings.routing_rules),
    )
    return WorkerContext(settings=settings, engine=engine, deps=deps)
