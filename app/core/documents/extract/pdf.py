"""PDF: each page's text layer through pypdfium2; pages without one are rendered and read by Tesseract."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.documents.extract.common import ExtractLimits, UnreadableFileError
from app.core.documents.extract.ocr import NEEDS_OCR, recognise, tesseract_available
from app.core.documents.records import Location, Note, Section
from app.core.ui_text import ui_text

if TYPE_CHECKING:
    import pypdfium2
    from PIL.Image import Image

#: A page whose text layer has fewer visible characters than this (a page number, a stray header) but
#: carries an image is taken for a scan.
MIN_TEXT_LAYER_CHARS = 20
OCR_DPI = 300
#: The most pixels one page is rendered to for OCR: a hostile MediaBox may claim a page miles wide.
MAX_RENDER_PIXELS = 30_000_000
# pdfium marks a line-end hyphen with \x02 and ends lines with \r\n; other control characters are noise.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def extract_pdf(path: Path, limits: ExtractLimits, ocr: bool) -> Iterator[Section | Note]:
    import pypdfium2

    document = _open(path)
    try:
        can_ocr = ocr and tesseract_available()
        ocr_pages = 0
        for index in range(len(document)):
            page = document[index]
            try:
                location = Location(page=index + 1)
                text = _text_layer(page)
                if len(text.replace(" ", "").replace("\n", "")) >= MIN_TEXT_LAYER_CHARS or not _has_image(page):
                    if text:
                        yield Section(text, location)
                elif not can_ocr:
                    yield Note(NEEDS_OCR, location)
                elif ocr_pages >= limits.max_ocr_pages:
                    yield Note(
                        ui_text(
                            "needs OCR: over the limit of {limit} scanned pages per file", limit=limits.max_ocr_pages
                        ),
                        location,
                    )
                else:
                    ocr_pages += 1
                    yield recognise(_render(page), location, limits)
            finally:
                page.close()
    except pypdfium2.PdfiumError as exc:
        raise UnreadableFileError(
            ui_text("damaged PDF ({reason})", reason=str(exc)),
            ui_text("Open it in a PDF viewer and save or print it to a new PDF."),
        ) from exc
    finally:
        document.close()


def _open(path: Path) -> pypdfium2.PdfDocument:
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    try:
        # A path (not bytes) lets PDFium read the file in pieces as it needs them.
        return pypdfium2.PdfDocument(path)
    except pypdfium2.PdfiumError as exc:
        if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise UnreadableFileError(
                ui_text("encrypted PDF"), ui_text("Save an unprotected copy (print to PDF) and add that instead.")
            ) from exc
        if exc.err_code == pdfium_c.FPDF_ERR_SECURITY:
            raise UnreadableFileError(
                ui_text("PDF with an unsupported security handler"), ui_text("Save an unprotected copy.")
            ) from exc
        raise UnreadableFileError(
            ui_text("damaged PDF (not a PDF, or truncated)"),
            ui_text("Open it in a PDF viewer and save it again, or download it again."),
        ) from exc


def _text_layer(page: pypdfium2.PdfPage) -> str:
    textpage = page.get_textpage()
    try:
        raw = textpage.get_text_range()
    finally:
        textpage.close()
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\x02", "-")
    return _CONTROL.sub("", text).strip()


def _has_image(page: pypdfium2.PdfPage) -> bool:
    import pypdfium2.raw as pdfium_c

    return any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))


def _render(page: pypdfium2.PdfPage) -> Image:
    width, height = page.get_size()
    scale = min(OCR_DPI / 72, math.sqrt(MAX_RENDER_PIXELS / max(1.0, width * height)))
    bitmap = page.render(scale=scale, grayscale=True)
    image: Image = bitmap.to_pil()
    return image
