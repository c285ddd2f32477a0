"""PDF: the text layer where there is one, OCR for pages without, and an embedded e-invoice.

pdfplumber (pdfminer) reads the text layer with word boxes; pypdfium2 renders the pages that need
OCR and reads the embedded files. Boxes are in PDF points, origin top left, for every page.
"""

from __future__ import annotations

import io
import math
import re
from operator import itemgetter

import pdfplumber
import pypdfium2 as pdfium
from pdfminer.pdfdocument import PDFEncryptionError
from pdfminer.pdftypes import resolve1
from pdfplumber.page import Page
from pdfplumber.utils import cluster_objects
from pdfplumber.utils.exceptions import PdfminerException

from pipeline.errors import CorruptDocumentError, DocumentError, LimitExceededError
from pipeline.extract.ocr import ocr_page
from pipeline.extract.xml import einvoice_syntax
from pipeline.options import ExtractOptions, Limits
from pipeline.records import ChildItem, Extraction, PageText, TextMethod, Word

# Names the Factur-X, ZUGFeRD (1 and 2) and XRechnung specifications give the embedded invoice.
EINVOICE_NAMES = frozenset({"factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml"})

_LINE_TOLERANCE = 3.0  # points: words whose tops differ by less share a line (pdfplumber's default)
_UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")  # a glyph without a Unicode mapping: not readable text


def extract_pdf(data: bytes, options: ExtractOptions) -> Extraction:
    """Read every page of a PDF: its text layer, or OCR where the layer is (nearly) empty.

    ``text_method`` is ``text-layer``, ``ocr`` or ``mixed``. An embedded Factur-X / ZUGFeRD /
    XRechnung (or any CII or UBL) XML lands in ``structured_xml``; other embedded files become
    children. A page that cannot be read gets ``PageText.error`` and the others still count.
    Raises CorruptDocumentError for damaged and password-protected files, LimitExceededError for
    too many pages, and the first page's error when no page at all can be read.
    """
    pdf = _open(data)
    renderer = _Pdfium(data)
    try:
        pages = _pages(pdf, options.limits)
        read = [_read_page(page, number, renderer, options) for number, page in enumerate(pages, 1)]
        structured_xml, children, warnings = renderer.embedded_files(options.limits)
    finally:
        pdf.close()
        renderer.close()
    results = [page for page, _failure in read]
    failures = [failure for _page, failure in read if failure is not None]
    if len(failures) == len(results):
        raise failures[0] if failures else CorruptDocumentError("corrupt PDF: it has no pages")
    warnings = [f"page {p.number}: {p.error}" for p in results if p.error] + warnings
    return Extraction(
        text="\n\n".join(p.text for p in results if p.text),
        text_method=_text_method(results),
        pages=results,
        structured_xml=structured_xml,
        children=children,
        warnings=warnings,
    )


def _open(data: bytes) -> pdfplumber.PDF:
    try:
        # Undecodable metadata is no reason to refuse the pages.
        return pdfplumber.open(io.BytesIO(data), raise_unicode_errors=False)
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFEncryptionError):
            raise CorruptDocumentError(f"password-protected PDF: {_describe(cause)}") from exc
        raise CorruptDocumentError(f"corrupt PDF: {_describe(cause)}") from exc
    except Exception as exc:  # pdfminer fails on broken files in many ways, none of them ours
        raise CorruptDocumentError(f"corrupt PDF: {_describe(exc)}") from exc


def _pages(pdf: pdfplumber.PDF, limits: Limits) -> list[Page]:
    """The page list, refused early when the page tree declares more pages than the limit."""
    try:
        declared = resolve1(resolve1(pdf.doc.catalog.get("Pages")).get("Count"))
    except Exception:  # the count is only a shortcut; the page list below is what counts
        declared = None
    if isinstance(declared, int) and declared > limits.max_pages:
        raise LimitExceededError(f"too many pages: {declared}, limit {limits.max_pages}")
    try:
        pages = pdf.pages
    except Exception as exc:
        raise CorruptDocumentError(f"corrupt PDF: page tree unreadable: {_describe(exc)}") from exc
    if len(pages) > limits.max_pages:
        raise LimitExceededError(f"too many pages: {len(pages)}, limit {limits.max_pages}")
    return pages


def _read_page(
    page: Page, number: int, renderer: _Pdfium, options: ExtractOptions
) -> tuple[PageText, DocumentError | None]:
    """One page from its text layer, or from OCR when the layer holds too little text."""
    layer: PageText | None = None
    layer_problem = ""
    try:
        layer, blank = _text_layer(page, number)
    except Exception as exc:  # a damaged page (content stream, fonts): OCR may still read it
        layer_problem = f"text layer unreadable ({_describe(exc)}); "
        blank = False
    finally:
        page.close()  # drops pdfplumber's per-page caches: memory stays flat over long files
    if layer is not None and (blank or _readable_chars(layer.text) >= options.min_text_layer_chars):
        return layer, None
    try:
        return renderer.ocr_page(number, options), None
    except DocumentError as exc:
        failure = type(exc)(f"{layer_problem}{exc}")
        if layer is None:
            return PageText(number=number, text="", method="ocr", error=str(failure)), failure
        layer.error = str(failure)  # keep what little the text layer had
        return layer, failure


def _text_layer(page: Page, number: int) -> tuple[PageText, bool]:
    """The page's words and text from its text layer, and whether the page is entirely blank."""
    raw = [w for w in page.extract_words() if w["text"].strip()]  # glyphs mapped to no text: none
    words = [Word(w["text"], w["x0"], w["top"], w["x1"], w["bottom"]) for w in raw]
    lines = cluster_objects(raw, itemgetter("top"), _LINE_TOLERANCE)
    text = "\n".join(" ".join(w["text"] for w in sorted(line, key=itemgetter("x0"))) for line in lines)
    blank = not raw and not any(page.objects.values())  # nothing drawn at all: nothing to OCR
    result = PageText(
        number=number,
        text=_UNMAPPED_GLYPH.sub("", text) if _UNMAPPED_GLYPH.search(text) else text,
        method="text-layer",
        width=float(page.width),
        height=float(page.height),
        words=words,
    )
    return result, blank


def _readable_chars(text: str) -> int:
    return sum(1 for c in text if not c.isspace())


def _text_method(pages: list[PageText]) -> TextMethod:
    methods = {p.method for p in pages if p.error is None} or {p.method for p in pages}
    if methods == {"text-layer"}:
        return "text-layer"
    return "ocr" if methods == {"ocr"} else "mixed"


class _Pdfium:
    """The same PDF opened with PDFium, on first use: renders pages for OCR, reads embedded files."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._doc: pdfium.PdfDocument | None = None

    def _document(self) -> pdfium.PdfDocument:
        if self._doc is None:
            try:
                self._doc = pdfium.PdfDocument(self._data)
            except pdfium.PdfiumError as exc:
                raise CorruptDocumentError(f"corrupt PDF: {exc}") from exc
        return self._doc

    def close(self) -> None:
        if self._doc is not None:
            self._doc.close()
            self._doc = None

    def ocr_page(self, number: int, options: ExtractOptions) -> PageText:
        """Render page ``number`` (1-based) and OCR it; boxes and size come back in PDF points."""
        try:
            page = self._document()[number - 1]
            try:
                width, height = page.get_size()
                scale = _render_scale(width, height, options)
                image = page.render(scale=scale, grayscale=True).to_pil()
            finally:
                page.close()
        except pdfium.PdfiumError as exc:
            raise CorruptDocumentError(f"page {number} cannot be rendered: {exc}") from exc
        result = ocr_page(
            image,
            languages=options.ocr_languages,
            timeout_s=options.limits.ocr_seconds_per_page,
            dpi=round(72 * scale),
            page_number=number,
            steps=options.ocr_steps,
        )
        result.words = [
            Word(w.text, w.x0 / scale, w.y0 / scale, w.x1 / scale, w.y1 / scale, w.confidence)
            for w in result.words
        ]
        result.width, result.height = float(width), float(height)
        return result

    def embedded_files(self, limits: Limits) -> tuple[bytes | None, list[ChildItem], list[str]]:
        """The embedded e-invoice XML, the other embedded files as children, and warnings.

        Embedded files are a bonus on top of the pages: a damaged one is a warning, not an error.
        """
        try:
            doc = self._document()
            count = doc.count_attachments()
        except (DocumentError, pdfium.PdfiumError) as exc:
            return None, [], [f"embedded files unreadable: {exc}"]
        named: bytes | None = None
        sniffed: bytes | None = None
        children: list[ChildItem] = []
        warnings: list[str] = []
        for index in range(count):
            try:
                attachment = doc.get_attachment(index)
                name = attachment.get_name() or None
                content = bytes(attachment.get_data())
            except Exception as exc:  # one damaged embedded file must not cost the pages
                warnings.append(f"embedded file {index + 1} unreadable: {_describe(exc)}")
                continue
            lowered = (name or "").lower()
            if len(content) > limits.max_file_bytes:
                warnings.append(
                    f"embedded file {name!r} skipped: {len(content)} bytes, over the file size limit"
                )
            elif named is None and lowered in EINVOICE_NAMES:
                named = content
            elif sniffed is None and lowered.endswith(".xml") and einvoice_syntax(content):
                sniffed = content
            elif len(children) >= limits.max_zip_members:
                warnings.append(f"embedded file {name!r} skipped: more than {limits.max_zip_members} files")
            else:
                children.append(ChildItem(filename=name, data=content))
        return named or sniffed, children, warnings


def _render_scale(width: float, height: float, options: ExtractOptions) -> float:
    """PDFium's scale for the OCR resolution, lowered where the page would exceed the pixel limit."""
    scale = options.ocr_dpi / 72
    area = max(width * height, 1.0)
    if area * scale * scale > options.limits.max_image_pixels:
        scale = math.sqrt(options.limits.max_image_pixels / area)
    return scale


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
