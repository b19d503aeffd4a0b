"""Files in other encodings: decoded right (BOMs, UTF-16 without one, cp1252), or a clear error, never mojibake."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from fakes import FakeEngine

from app.core.tasks.tables import DataFileError, read_table, read_text
from app.core.tasks.translation import TranslationOptions
from app.core.tasks.translation_files import translate_file

#: Mixed scripts, right-to-left, an emoji ZWJ sequence with a skin tone, zero-width characters.
MIXED = "Grüße · שלום עולם · مرحبا · 你好 · 👩🏽\u200d💻 · zero\u200bwidth\u200cjoin\u200dend · e\u0301"
FRENCH = "Voilà\u00a0» café, déjà vu, naïve"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        (MIXED.encode("utf-8"), MIXED, "utf-8-sig"),
        (codecs.BOM_UTF8 + MIXED.encode("utf-8"), MIXED, "utf-8-sig"),
        (codecs.BOM_UTF16_LE + MIXED.encode("utf-16-le"), MIXED, "utf-16"),
        (codecs.BOM_UTF16_BE + MIXED.encode("utf-16-be"), MIXED, "utf-16"),
        (codecs.BOM_UTF32_LE + MIXED.encode("utf-32-le"), MIXED, "utf-32"),
        (codecs.BOM_UTF32_BE + MIXED.encode("utf-32-be"), MIXED, "utf-32"),
        # Notepad's "Unicode" without a BOM, and its big-endian twin.
        ("Hello, world: café\n".encode("utf-16-le"), "Hello, world: café\n", "utf-16-le"),
        ("Hello, world: café\n".encode("utf-16-be"), "Hello, world: café\n", "utf-16-be"),
        # cp1252 whose "à", no-break space and "»" happen to form one UTF-8 character.
        (FRENCH.encode("cp1252"), FRENCH, "cp1252"),
        (b"A\x81B", "A\x81B", "latin-1"),
    ],
)
def test_text_is_decoded_exactly(tmp_path: Path, data: bytes, text: str, encoding: str) -> None:
    assert read_text(write(tmp_path, "t.txt", data)) == (text, encoding)


def test_utf8_with_a_broken_byte_is_an_error_naming_the_line_not_mojibake(tmp_path: Path) -> None:
    data = ("first line: café\nsecond: naïve\n").encode() + b"third: caf\xe9\n"
    with pytest.raises(DataFileError) as caught:
        read_text(write(tmp_path, "broken.txt", data))
    assert "broken.txt is UTF-8 text with invalid bytes: line 3" in caught.value.message
    assert "save the file again as UTF-8" in caught.value.hint


@pytest.mark.parametrize(
    "data, message",
    [
        (b"PK\x03\x04\x00\x00\x08\x00binary", "binary file"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8\x41\x00", "UTF-16 byte-order mark but is not UTF-16"),
        (codecs.BOM_UTF32_LE + b"\xff\xff\xff\x7f", "UTF-32 byte-order mark but is not UTF-32"),
    ],
)
def test_not_text_is_a_clear_error(tmp_path: Path, data: bytes, message: str) -> None:
    with pytest.raises(DataFileError, match=message):
        read_text(write(tmp_path, "x.txt", data))


@pytest.mark.parametrize(
    "encode", [lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"), lambda s: s.encode("utf-16-le")]
)
def test_csv_and_jsonl_in_utf16(tmp_path: Path, encode) -> None:  # noqa: ANN001
    table = read_table(write(tmp_path, "d.csv", encode(f'text,gold\n"{MIXED}",a\n')))
    assert table.columns == ("text", "gold") and table.rows[0]["text"] == MIXED
    lines = read_table(write(tmp_path, "d.jsonl", encode(f'{{"text": "{MIXED}", "gold": "a"}}\n')))
    assert lines.rows[0]["text"] == MIXED


def echo_engine() -> FakeEngine:
    """Translates by giving the text back, so what was read is what is written."""
    engine = FakeEngine(model_id="local:echo")
    engine.respond = lambda request: request.messages[-1].content
    return engine


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF16_LE + f"{MIXED}\n\n{FRENCH}\n".encode("utf-16-le"),
        f"{MIXED}\n\n{FRENCH}\n".encode("utf-16-be"),
        codecs.BOM_UTF8 + f"{MIXED}\n\n{FRENCH}\n".encode(),
    ],
)
def test_translated_file_reads_any_unicode_encoding_and_writes_utf8(tmp_path: Path, data: bytes) -> None:
    source = write(tmp_path, "in.txt", data)
    result = translate_file(echo_engine(), source, tmp_path / "out.txt", TranslationOptions(target="de"))
    assert result.chunks == 2
    assert (tmp_path / "out.txt").read_bytes().decode("utf-8") == f"{MIXED}\n\n{FRENCH}\n"


def test_translated_latin1_file_is_read_as_such(tmp_path: Path) -> None:
    source = write(tmp_path, "in.txt", f"{FRENCH}\n".encode("cp1252"))
    translate_file(echo_engine(), source, tmp_path / "out.txt", TranslationOptions(target="de"))
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == f"{FRENCH}\n"


def test_translating_a_broken_utf8_file_stops_before_any_model_call(tmp_path: Path) -> None:
    engine = echo_engine()
    source = write(tmp_path, "in.txt", "déjà vu\n\n".encode() + b"caf\xe9\n")
    with pytest.raises(DataFileError, match="line 3"):
        translate_file(engine, source, tmp_path / "out.txt", TranslationOptions(target="de"))
    assert engine.requests == []
    assert not (tmp_path / "out.txt").exists()
