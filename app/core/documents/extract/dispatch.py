"""One door for every format: checks the file, picks its extractor, and turns failures into reasons.

``extract`` refuses at once what can be judged from the file's metadata
(type, size, not a regular file); the rest happens lazily, section by
section. If the file changes or vanishes before extraction ends, it raises
``UnreadableFileError`` and the caller drops what it took from this file.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from app.core.documents.extract.common import DEFAULT_LIMITS, ExtractLimits, UnreadableFileError, size_words
from app.core.documents.records import Note, Section
from app.core.ui_text import ui_text

log = logging.getLogger(__name__)

Extractor = Callable[[Path, ExtractLimits, bool], Iterator[Section | Note]]


def _pdf(path: Path, limits: ExtractLimits, ocr: bool) -> Iterator[Section | Note]:
    from app.core.documents.extract.pdf import extract_pdf

    return extract_pdf(path, limits, ocr)


def _docx(path: Path, limits: ExtractLimits, ocr: bool) -> Iterator[Section | Note]:
    from app.core.documents.extract.word import extract_docx

    return extract_docx(path, limits)


def _xlsx(path: Path, limits: ExtractLimits, ocr: bool) -> Iterator[Section | Note]:
    from app.core.documents.extract.sheets import extract_xlsx

    return extract_xlsx(path, limits)


def _csv(path: Path, limits: ExtractLimits, ocr: bool) -> Iterator[Section | Note]:
    from app.core.documents.extract.sheets import extract_csv

    return extract_csv(path, limits)


def _eml(path: Path, limits: ExtractLimits, ocr: bool) -> Iterator[Section | Note]:
    from app.core.documents.extract.mail import extract_eml

    return extract_eml(path, limits)


def _text(path: Path, limits: ExtractLimits, ocr: bool) -> Iterator[Section | Note]:
    from app.core.documents.extract.text import extract_text

    return extract_text(path, limits)


def _html(path: Path, limits: ExtractLimits, ocr: bool) -> Iterator[Section | Note]:
    from app.core.documents.extract.text import extract_html

    return extract_html(path, limits)


def _image(path: Path, limits: ExtractLimits, ocr: bool) -> Iterator[Section | Note]:
    from app.core.documents.extract.images import extract_image

    return extract_image(path, limits, ocr)


EXTRACTORS: dict[str, Extractor] = {
    ".pdf": _pdf,
    ".docx": _docx,
    ".xlsx": _xlsx,
    ".xlsm": _xlsx,
    ".csv": _csv,
    ".tsv": _csv,
    ".eml": _eml,
    ".txt": _text,
    ".text": _text,
    ".md": _text,
    ".markdown": _text,
    ".log": _text,
    ".html": _html,
    ".htm": _html,
    ".png": _image,
    ".jpg": _image,
    ".jpeg": _image,
}


def supported_suffixes() -> frozenset[str]:
    """The file name endings ``extract`` reads, lower case with the dot (".pdf")."""
    return frozenset(EXTRACTORS)


def extract(path: Path, limits: ExtractLimits = DEFAULT_LIMITS, ocr: bool = True) -> Iterator[Section | Note]:
    """The file's sections (and notes such as "needs OCR") in file order, read lazily.

    Raises ``UnreadableFileError`` (now, or while iterating) with a short
    reason for the file's status. ``ocr=False`` turns pages and images
    without text into "needs OCR" notes instead of running Tesseract.
    """
    suffix = path.suffix.lower()
    extractor = EXTRACTORS.get(suffix)
    if extractor is None:
        raise UnreadableFileError(
            ui_text("unsupported type {extension}", extension=suffix)
            if suffix
            else ui_text("unsupported type (no extension)"),
            ui_text("Convert it to PDF or text to add it."),
        )
    before = _stat(path)
    if not stat.S_ISREG(before.st_mode):
        raise UnreadableFileError(
            ui_text("not a regular file"), ui_text("Add the file itself, not a device, pipe or socket.")
        )
    if before.st_size > limits.max_file_bytes:
        raise UnreadableFileError(
            ui_text(
                "too large: {size} over the {limit} limit",
                size=size_words(before.st_size),
                limit=size_words(limits.max_file_bytes),
            ),
            ui_text("Split the file, or raise the size limit in the settings."),
        )
    return _guarded(path, before, extractor(path, limits, ocr))


def _guarded(path: Path, before: os.stat_result, items: Iterator[Section | Note]) -> Iterator[Section | Note]:
    """``items``, checking after each that the file is still the one it started as, with errors given reasons."""
    try:
        for item in items:
            _check_unchanged(path, before)
            yield item
        _check_unchanged(path, before)
    except UnreadableFileError:
        raise
    except FileNotFoundError as exc:
        raise _changed() from exc
    except PermissionError as exc:
        raise _permission_denied() from exc
    except OSError as exc:
        if exc.errno == errno.EISDIR:
            raise UnreadableFileError(ui_text("not a regular file"), ui_text("Add the file itself.")) from exc
        raise UnreadableFileError(
            ui_text("unreadable: {reason}", reason=str(exc.strerror or exc)), ui_text("Check the disk, then rescan.")
        ) from exc
    except MemoryError as exc:
        raise UnreadableFileError(
            ui_text("too large to read in memory"), ui_text("Split the file into smaller files.")
        ) from exc
    except Exception as exc:
        # A parser tripping over a hostile or broken file must cost that file, not the collection; the
        # traceback goes to the log, where a bug in Plinth rather than in the file would show.
        log.warning("extraction failed on %s", path, exc_info=True)
        kind = path.suffix.lower().lstrip(".").upper()
        raise UnreadableFileError(
            ui_text("damaged {kind} file ({error})", kind=kind, error=type(exc).__name__),
            ui_text("Open it in its program and save it again."),
        ) from exc


def _stat(path: Path) -> os.stat_result:
    try:
        return path.stat()
    except FileNotFoundError as exc:
        raise UnreadableFileError(
            ui_text("file not found (moved or deleted?)"), ui_text("Rescan the collection.")
        ) from exc
    except PermissionError as exc:
        raise _permission_denied() from exc


def _check_unchanged(path: Path, before: os.stat_result) -> None:
    now = path.stat()
    if (now.st_size, now.st_mtime_ns, now.st_ino) != (before.st_size, before.st_mtime_ns, before.st_ino):
        raise _changed()


def _changed() -> UnreadableFileError:
    return UnreadableFileError(
        ui_text("file changed or vanished while reading"),
        ui_text("Rescan once whatever is writing the file has finished."),
    )


def _permission_denied() -> UnreadableFileError:
    return UnreadableFileError(
        ui_text("unreadable: permission denied"), ui_text("Give your user read access to the file, then rescan.")
    )
