"""Validation: what decides between ``processed`` and ``needs_review``."""

from __future__ import annotations

from pipeline.records import ExtractedFields, Prediction


def review_reasons(
    prediction: Prediction | None, fields: ExtractedFields, review_threshold: float
) -> list[str]:
    """Why a person should look at this document; empty when it can go straight through."""
    reasons: list[str] = []
    if prediction is None:
        reasons.append("no trained classifier")
    elif prediction.confidence < review_threshold:
        reasons.append(f"confidence {prediction.confidence:.2f} below {review_threshold:.2f}")
    reasons.extend(
        f"{value.name}: {value.problem or 'invalid'}" for value in fields.fields if value.valid is False
    )
    return reasons
