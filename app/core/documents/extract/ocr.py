"""Text from an image through Tesseract, or the note that says why there is none."""

from __future__ import annotations

import logging
import shutil
from typing import TYPE_CHECKING

from app.core.documents.extract.common import ExtractLimits
from app.core.documents.records import Location, Note, Section
from app.core.ui_text import ui_text

if TYPE_CHECKING:
    from PIL.Image import Image

log = logging.getLogger(__name__)

NEEDS_OCR = ui_text("needs OCR")
NO_TEXT_FOUND = ui_text("OCR found no text")


def tesseract_available() -> bool:
    """Whether the Tesseract binary pytesseract drives is installed (a system package, not a wheel)."""
    import pytesseract

    return shutil.which(pytesseract.pytesseract.tesseract_cmd) is not None


def recognise(image: Image, location: Location, limits: ExtractLimits) -> Section | Note:
    """The image's text as a section, or a note: "OCR found no text", or "needs OCR" when Tesseract failed."""
    import pytesseract

    try:
        text = pytesseract.image_to_string(image, lang=limits.ocr_languages, timeout=limits.ocr_timeout_s)
    except pytesseract.TesseractNotFoundError:
        return Note(NEEDS_OCR, location)
    except (pytesseract.TesseractError, RuntimeError) as exc:
        # RuntimeError is pytesseract's timeout; a TesseractError a missing language pack or a bad image.
        log.warning("Tesseract failed on %s: %s", location.describe(), exc)
        return Note(ui_text("needs OCR: Tesseract failed ({reason})", reason=str(exc)), location)
    text = "\n".join(line.rstrip() for line in text.splitlines()).strip()
    return Section(text, location) if text else Note(NO_TEXT_FOUND, location)
