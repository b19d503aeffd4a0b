"""Reading a person's data files: CSV (any common delimiter) and JSONL, in whatever encoding they come.

Every problem is a ``UserFacingError`` naming the file, the row and, where
it applies, the column. Row numbers follow the spreadsheet convention for
CSV (the header is row 1, the first data row is row 2); JSONL rows are
named by line number.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from app.core.errors import UserFacingError

#: Tried in turn. UTF-16 only with its BOM (without one, any even-length file
#: "decodes"); cp1252 before latin-1, which accepts every byte.
ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
#: The delimiters a CSV file may use; the sniffer picks among them.
DELIMITERS = ",;\t|"


class DataFileError(UserFacingError):
    title = "The file cannot be used"


@dataclass(frozen=True)
class Table:
    """A file's rows, every value a str (JSONL numbers and booleans are written as JSON)."""

    path: Path
    kind: Literal["csv", "jsonl"]
    columns: tuple[str, ...]
    rows: tuple[dict[str, str], ...]
    encoding: str = "utf-8"
    delimiter: str = ","
    #: JSONL: the line each row came from (blank lines are skipped).
    line_numbers: tuple[int, ...] = ()

    def require(self, column: str, role: str = "text") -> str:
        """``column`` if the file has it; ``UserFacingError`` listing the columns it has otherwise."""
        if column in self.columns:
            return column
        folded = [c for c in self.columns if c.casefold() == column.strip().casefold()]
        if len(folded) == 1:
            return folded[0]
        have = ", ".join(repr(c) for c in self.columns) or "none"
        raise DataFileError(
            f"{self.path.name} has no {role} column {column!r}; its columns are: {have}.",
            f"Pick one of those as the {role} column.",
        )

    def row_name(self, index: int) -> str:
        """How messages name data row ``index`` (0-based): "row 2" (CSV) or "line 1" (JSONL)."""
        if self.kind == "csv":
            return f"row {index + 2}"
        return f"line {self.line_numbers[index] if index < len(self.line_numbers) else index + 1}"


def read_text(path: Path) -> tuple[str, str]:
    """The file's text and the encoding it was read with (see ``ENCODINGS``)."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise DataFileError(f"{path} does not exist.", "Check the file name and folder.") from None
    except IsADirectoryError:
        raise DataFileError(f"{path} is a folder, not a file.", "Pick a file.") from None
    except OSError as exc:
        raise DataFileError(f"{path} cannot be read ({exc.strerror or exc}).", "Check the file's permissions.") from None
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def read_table(path: Path) -> Table:
    """Read a delimited text file (.csv, .tsv, .txt) or a .jsonl/.ndjson file."""
    path = Path(path)
    text, encoding = read_text(path)
    if "\x00" in text:
        raise DataFileError(
            f"{path.name} looks like a binary file, not text ({encoding} shows NUL characters).",
            "Export it as CSV (UTF-8) or JSON Lines first.",
        )
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        return _read_jsonl(path, text, encoding)
    return _read_csv(path, text, encoding)


def _read_csv(path: Path, text: str, encoding: str) -> Table:
    if not text.strip():
        raise DataFileError(f"{path.name} is empty.", "Pick a file with a header row and at least one row.")
    delimiter = "\t" if path.suffix.lower() == ".tsv" else _sniff(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
        columns = tuple(c.strip() for c in header)
        _check_header(path, columns)
        rows = []
        start_line = reader.line_num
        for record in reader:
            number = len(rows) + 2
            if not any(cell.strip() for cell in record):
                start_line = reader.line_num
                continue  # blank lines between rows
            if len(record) != len(columns):
                lines = f"line {start_line + 1}" if start_line + 1 == reader.line_num else (
                    f"lines {start_line + 1}–{reader.line_num}"
                )
                raise DataFileError(
                    f"{path.name} row {number} ({lines}) has {len(record)} cells but the header has "
                    f"{len(columns)} columns.",
                    "Every row needs as many cells as the header; a cell holding the delimiter "
                    f"({_delimiter_name(delimiter)}) or a line break must be in double quotes.",
                )
            rows.append(dict(zip(columns, record)))
            start_line = reader.line_num
    except csv.Error as exc:
        raise DataFileError(
            f"{path.name} line {reader.line_num} is not valid CSV ({exc}).",
            "Check the quotes on that line: a cell that starts with a double quote must end with one.",
        ) from None
    if not rows:
        raise DataFileError(f"{path.name} has a header but no rows.", "Add rows below the header.")
    return Table(path, "csv", columns, tuple(rows), encoding, delimiter)


def _sniff(text: str) -> str:
    sample = text[:64 * 1024]
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        pass
    # The sniffer gives up on files with few rows or quoted line breaks: count in the header.
    first = sample.splitlines()[0] if sample else ""
    counts = {d: first.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _check_header(path: Path, columns: tuple[str, ...]) -> None:
    for number, name in enumerate(columns, 1):
        if not name:
            raise DataFileError(
                f"{path.name} column {number} has no name in the header (row 1).",
                "Give every column a name in the first row.",
            )
    seen: set[str] = set()
    for name in columns:
        if name in seen:
            raise DataFileError(
                f"{path.name} has two columns named {name!r} in its header (row 1).", "Rename one of them."
            )
        seen.add(name)


def _read_jsonl(path: Path, text: str, encoding: str) -> Table:
    rows: list[dict[str, str]] = []
    lines: list[int] = []
    columns: dict[str, None] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError as exc:
            raise DataFileError(
                f"{path.name} line {number} is not valid JSON ({exc.msg} at character {exc.colno}).",
                "Each line of a JSON Lines file must be one JSON object.",
            ) from None
        if not isinstance(value, dict):
            raise DataFileError(
                f"{path.name} line {number} is a JSON {type(value).__name__}, not an object.",
                'Each line must be an object such as {"text": "...", "label": "..."}.',
            )
        row = {str(k): v if isinstance(v, str) else "" if v is None else json.dumps(v, ensure_ascii=False)
               for k, v in value.items()}  # fmt: skip
        columns.update(dict.fromkeys(row))
        rows.append(row)
        lines.append(number)
    if not rows:
        raise DataFileError(f"{path.name} has no rows.", "Add one JSON object per line.")
    full = tuple({c: r.get(c, "") for c in columns} for r in rows)
    return Table(path, "jsonl", tuple(columns), full, encoding, line_numbers=tuple(lines))


def _delimiter_name(delimiter: str) -> str:
    return {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}.get(delimiter, repr(delimiter))
