"""PNG and JPEG images: their text through Tesseract, as page 1."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.documents.extract.common import ExtractLimits, UnreadableFileError
from app.core.documents.extract.ocr import NEEDS_OCR, recognise, tesseract_available
from app.core.documents.records import Location, Note, Section
from app.core.ui_text import ui_text

if TYPE_CHECKING:
    from PIL import Image


def extract_image(path: Path, limits: ExtractLimits, ocr: bool) -> Iterator[Section | Note]:
    location = Location(page=1)
    wanted = ocr and tesseract_available()
    image = _open(path, limits, load=wanted)
    if image is None:
        yield Note(NEEDS_OCR, location)
    else:
        yield recognise(image, location, limits)


def _open(path: Path, limits: ExtractLimits, load: bool) -> Image.Image | None:
    """The decoded image when ``load``, else only its header checked; refuses images too big or broken."""
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            # Pillow warns (and past twice its limit, refuses) on huge images; refuse them all the same way.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path, formats=("PNG", "JPEG")) as image:
                pixels = image.width * image.height
                if pixels > limits.max_image_pixels:
                    raise _too_big(pixels, limits)
                if not load:
                    return None
                image.load()
                return image.copy()
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
        raise _too_big(0, limits) from exc
    except UnidentifiedImageError as exc:
        raise UnreadableFileError(
            ui_text("not a PNG or JPEG image (damaged?)"), ui_text("Open it in an image viewer and save it again.")
        ) from exc
    except (FileNotFoundError, PermissionError):
        raise
    except (SyntaxError, ValueError, OSError) as exc:
        # Pillow reports a broken header as SyntaxError and a truncated image as OSError.
        raise UnreadableFileError(
            ui_text("damaged image ({reason})", reason=str(exc)),
            ui_text("Open it in an image viewer and save it again."),
        ) from exc


def _too_big(pixels: int, limits: ExtractLimits) -> UnreadableFileError:
    size = ui_text("{n} megapixels", n=f"{pixels / 1e6:.0f}") if pixels else ui_text("too many pixels")
    return UnreadableFileError(
        ui_text(
            "image too large: {size}, over the {limit} megapixel limit",
            size=size,
            limit=f"{limits.max_image_pixels / 1e6:.0f}",
        ),
        ui_text("Scale the image down, then rescan."),
    )
