"""Per-call options handed to the extraction stages; built from Settings at the entry points."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Limits that protect a worker from hostile or broken input."""

    max_file_bytes: int = 50 * 1024 * 1024
    max_pages: int = 500
    max_image_pixels: int = 100_000_000
    ocr_seconds_per_page: float = 60.0
    max_nesting_depth: int = 5
    max_zip_ratio: float = 100.0
    max_zip_members: int = 1000
    max_zip_total_bytes: int = 200 * 1024 * 1024


@dataclass(frozen=True)
class ExtractOptions:
    """What the text-extraction stage needs to know."""

    limits: Limits = Limits()
    ocr_languages: str = "eng+nld+deu+fra"
    ocr_dpi: int = 300  # rendering resolution for PDF pages without a text layer
    min_text_layer_chars: int = 20  # fewer characters on a page than this: OCR it
    # Image preparation before OCR, names from pipeline.extract.prepare.STEPS; None: the measured default.
    ocr_steps: tuple[str, ...] | None = None
