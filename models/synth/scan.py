"""Scans and phone-quality images made from a rendered PDF: what a scanner or a hurried photo does.

Each page is rendered with pypdfium2 at 150–300 dpi, put on slightly tinted paper, skewed a few
degrees (now and then turned 90 or 180 degrees), blurred, given noise and a contrast change, and
JPEG-compressed; the result is saved as .jpg, .png (single-page documents) or an image-only PDF.
All image work is whole-array numpy/OpenCV, no pixel loops.
"""

from __future__ import annotations

import io
import random
from dataclasses import asdict, dataclass

import cv2
import numpy as np
import pypdfium2 as pdfium
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas


@dataclass(frozen=True)
class ScanParams:
    """How a scan was degraded; stored with its label."""

    dpi: int
    skew: float  # degrees, counter-clockwise
    rotation: int  # 0, 90, 180 or 270: the page was fed turned by this much (counter-clockwise)
    blur: float  # Gaussian sigma in pixels at the scan's dpi
    noise: float  # standard deviation of the added noise, 0..255 scale
    contrast: float
    brightness: float
    jpeg_quality: int
    grey: bool

    def as_label(self) -> dict[str, object]:
        """The parameters as a JSON-ready dict."""
        return asdict(self)


def choose_params(rng: random.Random) -> ScanParams:
    """Draw degradation parameters: mostly office-scanner quality, sometimes worse."""
    rotation = rng.choices((0, 90, 180, 270), (88, 4, 5, 3))[0]
    return ScanParams(
        dpi=rng.choice((150, 200, 200, 240, 300, 300)),
        skew=round(rng.uniform(-3.0, 3.0), 2),
        rotation=rotation,
        blur=round(rng.choice((0.0, 0.0, rng.uniform(0.3, 1.2))), 2),
        noise=round(rng.uniform(0.0, 12.0), 1),
        contrast=round(rng.uniform(0.75, 1.15), 2),
        brightness=round(rng.uniform(-18.0, 18.0), 1),
        jpeg_quality=rng.randint(35, 92),
        grey=rng.random() < 0.5,
    )


def _degrade(page: np.ndarray, params: ScanParams, gen: np.random.Generator) -> np.ndarray:
    h, w = page.shape[:2]
    channels = 1 if page.ndim == 2 else page.shape[2]
    # Paper tint, contrast and brightness in one saturating pass over the bytes.
    img = cv2.convertScaleAbs(page, alpha=params.contrast * gen.uniform(0.9, 1.0), beta=params.brightness)
    if params.blur > 0:
        img = cv2.GaussianBlur(img, (0, 0), params.blur)
    # Noise and uneven lighting as one additive field, drawn at half resolution (cheap) and scaled up;
    # colour scans get independent noise per channel through a (h, w * channels) view.
    small = gen.standard_normal((h // 2 + 1, (w * channels) // 2 + 1), dtype=np.float32) * np.float32(
        params.noise
    )
    small += np.linspace(gen.uniform(-14.0, 0.0), 0.0, small.shape[1], dtype=np.float32)[None, :]
    field = cv2.resize(
        np.clip(small, -127, 127).astype(np.int8), (w * channels, h), interpolation=cv2.INTER_NEAREST
    )
    flat = cv2.add(img.reshape(h, w * channels), field, dtype=cv2.CV_8U)
    img = flat.reshape(page.shape)
    border = (int(gen.integers(180, 256)),) * 3
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), params.skew, 1.0)
    img = cv2.warpAffine(img, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)
    return np.ascontiguousarray(np.rot90(img, params.rotation // 90))


def _jpeg(img: np.ndarray, quality: int) -> bytes:
    if img.ndim == 3:
        img = cv2.cvtColor(img, cv2.COLOR_RGB2BGR)
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    return buf.tobytes()


def scan_pdf(
    pdf: bytes, rng: random.Random, image_format: str, params: ScanParams | None = None
) -> tuple[bytes, ScanParams]:
    """A scan of ``pdf`` as ``image_format`` ("jpg", "png" or "pdf"; images hold the first page only),
    degraded with ``params`` or with parameters drawn from ``rng``."""
    params = params or choose_params(rng)
    gen = np.random.default_rng(rng.getrandbits(64))
    doc = pdfium.PdfDocument(pdf)
    try:
        count = len(doc) if image_format == "pdf" else 1
        jpegs: list[tuple[bytes, int, int]] = []
        for index in range(count):
            bitmap = doc[index].render(scale=params.dpi / 72, grayscale=params.grey, rev_byteorder=True)
            page = _degrade(bitmap.to_numpy(), params, gen)
            jpegs.append((_jpeg(page, params.jpeg_quality), page.shape[1], page.shape[0]))
    finally:
        doc.close()
    if image_format == "jpg":
        return jpegs[0][0], params
    if image_format == "png":
        decoded = cv2.imdecode(np.frombuffer(jpegs[0][0], np.uint8), cv2.IMREAD_UNCHANGED)
        if decoded is None:
            raise RuntimeError("JPEG decoding failed")
        ok, buf = cv2.imencode(".png", decoded, [cv2.IMWRITE_PNG_COMPRESSION, 3])
        if not ok:
            raise RuntimeError("PNG encoding failed")
        return buf.tobytes(), params
    out = io.BytesIO()
    canvas = Canvas(out, invariant=True)
    for data, width, height in jpegs:
        size = (width * 72 / params.dpi, height * 72 / params.dpi)
        canvas.setPageSize(size)
        canvas.drawImage(ImageReader(io.BytesIO(data)), 0, 0, *size)
        canvas.showPage()
    canvas.save()
    return out.getvalue(), params


def snapshot(rng: random.Random) -> bytes:
    """A small phone photo (boxes on a table, say) as JPEG: what a complaint mail attaches."""
    gen = np.random.default_rng(rng.getrandbits(64))
    height, width = 480, 640
    base = gen.integers(60, 200, size=3)
    img = np.empty((height, width, 3), np.float32)
    img[:] = base.astype(np.float32)
    img += np.linspace(-30, 30, width, dtype=np.float32)[None, :, None]
    for _ in range(rng.randint(2, 5)):
        x0, y0 = rng.randint(0, width - 120), rng.randint(0, height - 120)
        x1, y1 = x0 + rng.randint(60, 260), y0 + rng.randint(60, 220)
        color = tuple(int(c) for c in gen.integers(90, 230, size=3))
        cv2.rectangle(img, (x0, y0), (x1, y1), color, thickness=-1)
    img += gen.standard_normal(img.shape, dtype=np.float32) * 8
    blurred = cv2.GaussianBlur(img, (0, 0), 1.2)
    return _jpeg(np.clip(blurred, 0, 255).astype(np.uint8), rng.randint(60, 90))
