"""Reading people's CSV and JSONL files: encodings, delimiters, quoting, and clear errors."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from app.core.errors import UserFacingError
from app.core.tasks.tables import read_table


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


@pytest.mark.parametrize(
    "data, encoding",
    [
        (codecs.BOM_UTF8 + "text,gold\ncafé,a\n".encode(), "utf-8-sig"),
        ("text,gold\ncafé,a\n".encode(), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + "text,gold\ncafé,a\n".encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + "text,gold\ncafé,a\n".encode("utf-16-be"), "utf-16"),
        ("text,gold\ncafé,a\n".encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_and_boms(tmp_path: Path, data: bytes, encoding: str) -> None:
    table = read_table(write(tmp_path, "d.csv", data))
    assert table.columns == ("text", "gold")  # no BOM stuck to the first name
    assert table.rows[0]["text"] == "café"
    assert table.encoding == encoding


def test_bytes_cp1252_cannot_read_fall_back_to_latin1(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "d.csv", b"text\nA\x81B\n"))
    assert table.encoding == "latin-1"
    assert table.rows[0]["text"] == "A\x81B"


@pytest.mark.parametrize("delimiter", [";", "\t", "|", ","])
def test_delimiter_is_sniffed(tmp_path: Path, delimiter: str) -> None:
    text = (
        f"id{delimiter}text\n1{delimiter}hello, world\n2{delimiter}bye\n"
        if delimiter != ","
        else 'id,text\n1,"hello, world"\n2,bye\n'
    )
    table = read_table(write(tmp_path, "d.csv", text))
    assert table.delimiter == delimiter
    assert [r["text"] for r in table.rows] == ["hello, world", "bye"]


def test_quoted_newlines_stay_in_their_cell(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "d.csv", 'id,text\n1,"line one\nline two"\n2,"she said ""hi"""\n'))
    assert [r["text"] for r in table.rows] == ["line one\nline two", 'she said "hi"']
    assert table.row_name(1) == "row 2", "rows are data rows from 1, whatever lines they span"


def test_ragged_row_names_file_row_and_counts(tmp_path: Path) -> None:
    path = write(tmp_path, "reviews.csv", 'id,text,gold\n1,"good\nfilm",pos\n2,bad,neg,extra\n')
    with pytest.raises(UserFacingError) as info:
        read_table(path)
    message = str(info.value)
    assert "reviews.csv row 2 (line 4)" in message
    assert "4 cells but the header has 3 columns" in message
    assert "double quotes" in message


def test_unterminated_quote_is_named(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError, match=r"bad\.csv line \d+ is not valid CSV"):
        read_table(write(tmp_path, "bad.csv", 'id,text\n1,"never closed\n2,x\n'))


def test_missing_column_lists_the_columns(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "d.csv", "id,review,stars\n1,ok,3\n"))
    with pytest.raises(UserFacingError) as info:
        table.require("text")
    assert "d.csv has no text column 'text'" in str(info.value)
    assert "'id', 'review', 'stars'" in str(info.value)
    assert table.require("Review") == "review"  # case does not matter when unambiguous


@pytest.mark.parametrize(
    "data, message",
    [
        ("", "is empty"),
        ("text,gold\n", "header but no rows"),
        ("text,,gold\na,b,c\n", "column 2 has no name"),
        ("text,text\na,b\n", "two columns named 'text'"),
    ],
)
def test_bad_csv_files(tmp_path: Path, data: str, message: str) -> None:
    with pytest.raises(UserFacingError, match=message):
        read_table(write(tmp_path, "d.csv", data))


def test_missing_file_and_binary_file(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError, match="does not exist"):
        read_table(tmp_path / "nope.csv")
    with pytest.raises(UserFacingError, match="binary"):
        read_table(write(tmp_path, "x.csv", b"PK\x03\x04\x00\x00binary"))


def test_jsonl_rows_values_and_line_numbers(tmp_path: Path) -> None:
    path = write(tmp_path, "d.jsonl", '{"text": "a", "n": 1}\n\n{"text": "b", "ok": true, "extra": null}\n')
    table = read_table(path)
    assert table.kind == "jsonl"
    assert table.columns == ("text", "n", "ok", "extra")
    assert table.rows[0] == {"text": "a", "n": "1", "ok": "", "extra": ""}
    assert table.rows[1]["ok"] == "true"
    assert table.row_name(0) == "row 1"
    assert table.row_name(1) == "row 2 (line 3)", "the line too, when a blank line was skipped"


@pytest.mark.parametrize(
    "data, message",
    [
        ('{"text": "a"}\n{"text": \n', "d.jsonl line 2 is not valid JSON"),
        ('{"text": "a"}\n["x"]\n', "d.jsonl line 2 is a JSON list, not an object"),
        ("\n\n", "has no rows"),
    ],
)
def test_bad_jsonl(tmp_path: Path, data: str, message: str) -> None:
    with pytest.raises(UserFacingError, match=message):
        read_table(write(tmp_path, "d.jsonl", data))
