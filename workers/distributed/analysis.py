"""The stages after text extraction, for a document whose prediction came from a batch.

The same steps, in the same order, as ``pipeline.process.analyse`` takes after extraction:
language, fields, validation, routing. Only classification differs: the infer worker classifies
a batch of texts in one call and hands each document its prediction.
"""

from __future__ import annotations

from pipeline.errors import LimitExceededError
from pipeline.options import ExtractOptions
from pipeline.persist import DocumentResult
from pipeline.process import PipelineDeps, failed_result, routed
from pipeline.process import analyse_extracted as pipeline_analyse_extracted
from pipeline.process import read_text as pipeline_read_text
from pipeline.records import Extraction, Prediction
from pipeline.routing import RoutingRules

OCR_TIMEOUT_PREFIX = "OCR time limit"


class OcrTimeoutError(Exception):
    """OCR ran out of time: the host may have been busy, so the task tries again before failing."""


def read_text(
    data: bytes, mime_type: str, depth: int, options: ExtractOptions, *, retry_ocr_timeout: bool
) -> Extraction:
    """Extract one document's text; DocumentError for bad content, OcrTimeoutError to try again."""
    try:
        return pipeline_read_text(data, mime_type, depth, options)
    except LimitExceededError as error:
        if retry_ocr_timeout and str(error).startswith(OCR_TIMEOUT_PREFIX):
            raise OcrTimeoutError(str(error)) from error
        raise


def analyse_extracted(
    extraction: Extraction,
    mime_type: str,
    prediction: Prediction | None,
    deps: PipelineDeps,
    rules: RoutingRules,
) -> DocumentResult:
    """Language, fields, validation and route for an extracted, classified document."""
    return routed(pipeline_analyse_extracted(extraction, mime_type, prediction, deps), rules)


__all__ = ["OcrTimeoutError", "analyse_extracted", "failed_result", "read_text", "routed"]
