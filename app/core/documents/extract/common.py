"""What every extractor shares: the limits, the error a per-file status shows, text decoding, zip checks."""

from __future__ import annotations

import codecs
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from app.core.documents.records import Location, Section
from app.core.errors import UserFacingError
from app.core.ui_text import ui_text

MB = 1024 * 1024


@dataclass(frozen=True)
class ExtractLimits:
    """How far extraction and discovery go before they refuse, and how they cut text.

    ``max_file_bytes``: a larger file is refused. ``max_loaded_bytes``: the most
    a format whose library must hold it whole (an e-mail, a DOCX body part) may
    take. ``max_unpacked_bytes`` / ``max_zip_ratio``: a DOCX/XLSX whose ZIP
    directory says it expands beyond either is refused as a zip bomb (the
    ratio only counts once the archive expands past ``zip_ratio_floor_bytes``,
    since small parts of empty cells compress 1000:1 honestly).
    ``section_chars``: a long run of text under one heading is handed on in
    pieces of about this size, so a 1 GB text file is never in memory.
    ``row_group_chars``: spreadsheet/CSV rows are grouped up to about this
    size (below the chunker's target, so a group stays one passage).
    ``max_files``: discovery stops after this many files. ``max_ocr_pages``:
    pages beyond it get a "needs OCR" note instead of minutes of Tesseract.
    """

    max_file_bytes: int = 500 * MB
    max_loaded_bytes: int = 100 * MB
    max_unpacked_bytes: int = 1024 * MB
    max_zip_ratio: float = 100.0
    zip_ratio_floor_bytes: int = 50 * MB
    section_chars: int = 64 * 1024
    row_group_chars: int = 1000
    max_files: int = 50_000
    max_ocr_pages: int = 200
    max_image_pixels: int = 60_000_000
    ocr_timeout_s: float = 120.0
    ocr_languages: str = "eng"


DEFAULT_LIMITS = ExtractLimits()


class UnreadableFileError(UserFacingError):
    """A file extraction refuses or cannot read; ``message`` is the short reason a per-file status shows."""

    title = "File not indexed"


def size_words(size: int) -> str:
    """ "1.2 GB", "500 MB", "12 kB": sizes in reasons people read."""
    for unit, scale in (("GB", 1024**3), ("MB", MB), ("kB", 1024)):
        if size >= scale:
            value = size / scale
            return f"{value:.1f} {unit}".replace(".0 ", " ")
    return ui_text("{size} bytes", size=size)


def check_zip(path: Path, limits: ExtractLimits, kind: str) -> None:
    """Refuse a DOCX/XLSX that is no ZIP or whose directory says it expands like a zip bomb.

    Python's zipfile stops each member at the size its directory entry
    declares (and fails the CRC check past it), so checking the declared sizes
    bounds what the libraries can unpack.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise UnreadableFileError(
            ui_text("not a ZIP file — damaged {kind}?", kind=kind),
            ui_text("Open it in its program and save it again, then rescan."),
        ) from exc
    unpacked = sum(member.file_size for member in members)
    packed = max(1, sum(member.compress_size for member in members))
    too_big = unpacked > limits.max_unpacked_bytes
    too_dense = unpacked > limits.zip_ratio_floor_bytes and unpacked / packed > limits.max_zip_ratio
    if too_big or too_dense:
        raise UnreadableFileError(
            ui_text("expands to {size} — refused as a zip bomb", size=size_words(unpacked)),
            ui_text("If the file is genuine, split it into smaller files."),
        )


def entity_refusal() -> UnreadableFileError:
    """The refusal of an OOXML part that declares XML entities (which Office never writes; bombs do)."""
    return UnreadableFileError(
        ui_text("XML entity declarations inside — refused (an entity bomb?)"),
        ui_text("Office programs never write these; if you trust the file, open it in one and save it again."),
    )


def sniff_encoding(path: Path, sample_bytes: int = 1024 * 1024) -> str:
    """The encoding a text file most likely uses: a BOM's, else UTF-8 if its first MB decodes, else cp1252.

    Only a sample is read, so a later stray byte is not seen here: text files
    are opened with ``errors="replace"`` and never fail on it.
    """
    with path.open("rb") as stream:
        sample = stream.read(sample_bytes)
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if sample.startswith(bom):
            return encoding
    try:
        # Incremental, so a character cut at the sample's end is not taken for an error.
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        try:
            sample.decode("cp1252")
        except UnicodeDecodeError:
            # cp1252 leaves five bytes undefined; latin-1 maps every byte.
            return "latin-1"
        return "cp1252"
    return "utf-8"


def open_text(path: Path, newline: str | None = None) -> IO[str]:
    """The file as text in its sniffed encoding; undecodable bytes become U+FFFD instead of failing."""
    return path.open(encoding=sniff_encoding(path), errors="replace", newline=newline)


class SectionBuffer:
    """Collects lines under one location and hands them on as sections of about ``limit`` characters.

    Text under one heading can be arbitrarily long (a 1 GB log has no
    headings at all), so it is cut at a line boundary once it passes the limit.
    """

    def __init__(self, limit: int, location: Location | None = None) -> None:
        self._limit = limit
        self._lines: list[str] = []
        self._size = 0
        self.location = location or Location()

    def add(self, line: str) -> Iterator[Section]:
        self._lines.append(line)
        self._size += len(line)
        if self._size >= self._limit:
            yield from self.flush()

    def flush(self, next_location: Location | None = None) -> Iterator[Section]:
        text = "".join(self._lines).strip("\n")
        self._lines, self._size = [], 0
        if text.strip():
            yield Section(text, self.location)
        if next_location is not None:
            self.location = next_location
