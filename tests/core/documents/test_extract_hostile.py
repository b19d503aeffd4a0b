"""Hostile and broken files: each is refused with a reason a per-file status can show, in bounded time and memory."""

from __future__ import annotations

import os
import struct
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest
from helpers.document_files import make_docx, make_pdf, make_xlsx, replace_zip_member, text_image, with_billion_laughs

from app.core.documents.extract import ExtractLimits, UnreadableFileError, extract
from app.core.documents.records import Section


def refusal(path: Path, limits: ExtractLimits | None = None) -> str:
    with pytest.raises(UnreadableFileError) as error:
        list(extract(path, limits or ExtractLimits()))
    assert error.value.hint, "every refusal says what to do"
    return error.value.message


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "locked.pdf", ["Salaries for 2026"], password="secret")

    assert refusal(path) == "encrypted PDF"


def test_truncated_pdf(tmp_path: Path) -> None:
    whole = make_pdf(tmp_path / "whole.pdf", ["The harbour master records the tides."] * 3).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[: len(whole) // 3])

    assert refusal(path).startswith("damaged PDF")


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 3000)

    assert refusal(path, ExtractLimits(max_file_bytes=1024)) == "too large: 2.9 kB over the 1 kB limit"


def test_docx_that_is_no_zip(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_bytes(b"this is not a zip archive")

    assert refusal(path) == "not a ZIP file — damaged DOCX?"


def test_docx_without_its_body_part(tmp_path: Path) -> None:
    path = tmp_path / "hollow.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")

    assert refusal(path).startswith("damaged DOCX")


def test_zip_bomb_docx_is_refused_from_its_directory_without_unpacking(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "bomb.docx")
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/media/zeros.bin", "w") as member,
    ):
        for _ in range(120):
            member.write(bytes(1024 * 1024))
    assert path.stat().st_size < 1024 * 1024

    tracemalloc.start()
    try:
        reason = refusal(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert reason.startswith("expands to 120") and reason.endswith(" MB — refused as a zip bomb")
    assert peak < 5 * 1024 * 1024


def test_billion_laughs_docx_is_refused_without_expanding(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "laughs.docx")
    replace_zip_member(path, "word/document.xml", lambda xml: with_billion_laughs(xml, b"Costs fell"))

    started = time.perf_counter()
    tracemalloc.start()
    try:
        reason = refusal(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert reason == "XML entity declarations inside — refused (an entity bomb?)"
    assert time.perf_counter() - started < 10
    assert peak < 20 * 1024 * 1024


def test_billion_laughs_xlsx_is_refused_without_expanding(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "laughs.xlsx")
    replace_zip_member(path, "xl/worksheets/sheet1.xml", lambda xml: with_billion_laughs(xml, b"North"))

    started = time.perf_counter()
    assert refusal(path) == "XML entity declarations inside — refused (an entity bomb?)"
    assert time.perf_counter() - started < 10


def test_image_whose_header_claims_ten_billion_pixels(tmp_path: Path) -> None:
    path = text_image(tmp_path / "huge.png", ["tiny"], size=(8, 8))
    data = bytearray(path.read_bytes())
    # IHDR is the first chunk: width and height at bytes 16–24, its CRC over type and data after them.
    data[16:24] = struct.pack(">II", 100_000, 100_000)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    path.write_bytes(bytes(data))

    assert refusal(path).startswith("image too large")


def test_csv_with_a_runaway_quoted_field(tmp_path: Path) -> None:
    path = tmp_path / "runaway.csv"
    path.write_text('name,notes\nada,"' + "x" * 200_000 + "\n", encoding="utf-8")

    assert refusal(path).startswith("malformed CSV")


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)

    assert refusal(path) == "not a regular file"


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "private.txt"
    path.write_text("secret", encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: chmod 000 does not stop root reading the file")
        assert refusal(path) == "unreadable: permission denied"
    finally:
        path.chmod(0o600)


def _long_text(path: Path, lines: int) -> Path:
    path.write_text("".join(f"Line {n} of the keeper's log.\n" for n in range(lines)), encoding="utf-8")
    return path


def test_file_deleted_mid_read(tmp_path: Path) -> None:
    path = _long_text(tmp_path / "log.txt", 2000)
    items = extract(path, ExtractLimits(section_chars=1000))
    assert isinstance(next(items), Section)

    path.unlink()

    with pytest.raises(UnreadableFileError, match="file changed or vanished while reading"):
        list(items)


def test_file_changed_mid_read(tmp_path: Path) -> None:
    path = _long_text(tmp_path / "log.txt", 2000)
    items = extract(path, ExtractLimits(section_chars=1000))
    assert isinstance(next(items), Section)

    with path.open("a", encoding="utf-8") as stream:
        stream.write("A line written while indexing.\n")

    with pytest.raises(UnreadableFileError, match="file changed or vanished while reading"):
        list(items)


def test_50_mb_text_is_streamed_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = "The lantern keeper climbed the stairs at dusk and lit the great lamp.\n"
    with path.open("w", encoding="utf-8") as stream:
        for _ in range(50 * 1024 * 1024 // len(line)):
            stream.write(line)
        # One line with no break at all, longer than any piece read at once.
        stream.write("z" * 300_000 + "\n")
    size = path.stat().st_size

    tracemalloc.start()
    try:
        total = longest = 0
        for item in extract(path):
            assert isinstance(item, Section)
            total += len(item.text)
            longest = max(longest, len(item.text))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert total > size * 0.99  # all the text came through
    assert longest <= ExtractLimits().section_chars + 64 * 1024
    assert peak < 4 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.0f} MB file"


def test_a_runaway_csv_field_is_refused_whatever_the_csv_modules_own_limit(tmp_path: Path) -> None:
    """The csv module's field limit is process-wide and other readers raise it (task tables take whole documents
    in a cell): the documents reader bounds a record by itself."""
    import csv

    previous = csv.field_size_limit(2**31 - 1)
    try:
        path = tmp_path / "runaway.csv"
        path.write_text('name,notes\nada,"' + "x" * 200_000 + "\n", encoding="utf-8")
        assert refusal(path).startswith("malformed CSV")
    finally:
        csv.field_size_limit(previous)
