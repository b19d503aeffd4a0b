"""Reading a person's data files: CSV (any common delimiter) and JSONL, in whatever encoding they come.

Every problem is a ``UserFacingError`` naming the file, the row and, where
it applies, the column. Rows are numbered the same way everywhere Plinth
shows them (messages, result tables, comparisons, reports): the data row,
from 1, so row 1 is the first row after a CSV's header (``row_number``).
Where a position in the file helps, the line is named too.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from app.core.errors import UserFacingError
from app.core.ui_text import ui_text

#: Tried in turn, after the byte-order marks; cp1252 before latin-1, which
#: accepts every byte. UTF-16 without a BOM is recognised by its NUL bytes
#: (see ``_utf16_without_bom``): any even-length file "decodes" as UTF-16.
ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
#: Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: The delimiters a CSV file may use; the sniffer picks among them.
DELIMITERS = ",;\t|"
#: The longest cell a CSV file may hold. Python's csv module refuses cells over 128 KiB with an error that
#: reads like a quoting mistake; a pasted document in one cell is no mistake, and a model that cannot take
#: it says so for that row.
CSV_FIELD_LIMIT = 2**31 - 1
#: Column names taken (in any case) for the text and the gold label when a file is opened.
TEXT_COLUMN_NAMES = ("text", "sentence", "review", "content", "message", "body", "comment")
GOLD_COLUMN_NAMES = ("label", "labels", "gold", "class", "category", "sentiment", "target")


def row_number(index: int) -> int:
    """How people see data row ``index`` (0-based): row 1 is the first row after the header."""
    return index + 1


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
        have = ", ".join(repr(c) for c in self.columns) or ui_text("none")
        named = _ROLES.get(role, role)
        raise DataFileError(
            ui_text(
                "{name} has no {role} column {column}; its columns are: {have}.",
                name=self.path.name,
                role=named,
                column=repr(column),
                have=have,
            ),
            ui_text("Pick one of those as the {role} column.", role=named),
        )

    def row_name(self, index: int) -> str:
        """How messages name data row ``index`` (0-based): "row 1", with its line when a JSONL file skips blank ones."""
        number = row_number(index)
        line = self.line_numbers[index] if index < len(self.line_numbers) else number
        if line == number:
            return ui_text("row {number}", number=number)
        return ui_text("row {number} (line {line})", number=number, line=line)


def guess_column(columns: Sequence[str], wanted: str | None, names: Sequence[str]) -> str | None:
    """``wanted`` if the file has it (the choice of last time), else the first column named like one of ``names``.

    ``names``: ``TEXT_COLUMN_NAMES`` or ``GOLD_COLUMN_NAMES``; case does not matter.
    """
    if wanted in columns:
        return wanted
    return next((c for c in columns if c.casefold() in names), None)


def read_text(path: Path) -> tuple[str, str]:
    """The file's text and the encoding it was read with (see ``ENCODINGS``).

    Raises ``DataFileError`` for a file that is not text (NUL characters) and
    for UTF-8 text with broken bytes, which a legacy encoding would "read" as
    mojibake (``cafÃ©``) without a word.
    """
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise DataFileError(
            ui_text("{path} does not exist.", path=str(path)), ui_text("Check the file name and folder.")
        ) from None
    except IsADirectoryError:
        raise DataFileError(
            ui_text("{path} is a folder, not a file.", path=str(path)), ui_text("Pick a file.")
        ) from None
    except OSError as exc:
        raise DataFileError(
            ui_text("{path} cannot be read ({reason}).", path=str(path), reason=str(exc.strerror or exc)),
            ui_text("Check the file's permissions."),
        ) from None
    name = Path(path).name
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _text(name, data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise DataFileError(
                    ui_text(
                        "{name} starts with a {encoding} byte-order mark but is not {encoding} "
                        "text (byte {byte} is invalid).",
                        name=name,
                        encoding=encoding.upper(),
                        byte=f"{exc.start:,}",
                    ),
                    ui_text("Save it again as UTF-8 (in a spreadsheet: CSV UTF-8)."),
                ) from None
    bare = _utf16_without_bom(data)
    if bare is not None:
        try:
            return _text(name, data.decode(bare), bare)
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: the checks below say what it is
    try:
        return _text(name, data.decode("utf-8-sig"), "utf-8-sig")
    except UnicodeDecodeError as exc:
        if _mostly_utf8(data):
            line = data.count(b"\n", 0, exc.start) + 1
            raise DataFileError(
                ui_text(
                    "{name} is UTF-8 text with invalid bytes: line {line} (byte {byte}) holds "
                    "{bytes}, which is not UTF-8.",
                    name=name,
                    line=f"{line:,}",
                    byte=f"{exc.start:,}",
                    bytes=repr(data[exc.start : exc.start + 4]),
                ),
                ui_text("Fix or remove that character, or save the file again as UTF-8 (in a spreadsheet: CSV UTF-8)."),
            ) from None
    for encoding in ENCODINGS[1:]:
        try:
            return _text(name, data.decode(encoding), encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def _text(name: str, text: str, encoding: str) -> tuple[str, str]:
    if "\x00" in text:
        raise DataFileError(
            ui_text(
                "{name} looks like a binary file, not text ({encoding} shows NUL characters).",
                name=name,
                encoding=encoding,
            ),
            ui_text("Export it as CSV (UTF-8) or JSON Lines first."),
        )
    return text, encoding


def _mostly_utf8(data: bytes) -> bool:
    """Whether ``data`` is UTF-8 with a few broken bytes rather than text in a legacy encoding.

    A legacy file's accented letters only now and then happen to form UTF-8
    (``à``, a no-break space, ``»`` in cp1252); in UTF-8 text they nearly
    all do. More characters decoded than bytes broken: UTF-8.
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    return non_ascii - broken > broken


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when ``data`` looks like UTF-16 with no byte-order mark.

    Text written as UTF-16 has a NUL in the high byte of every ASCII
    character (spaces, digits, punctuation, line breaks, even between words
    of other scripts) and almost never in the low byte (U+4E00 and the
    like); a binary file's NULs are not so one-sided.
    """
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for high, low, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if high.count(0) >= 0.3 * len(high) and low.count(0) <= 0.02 * len(low):
            return encoding
    return None


def read_table(path: Path) -> Table:
    """Read a delimited text file (.csv, .tsv, .txt) or a .jsonl/.ndjson file."""
    path = Path(path)
    text, encoding = read_text(path)
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        return _read_jsonl(path, text, encoding)
    return _read_csv(path, text, encoding)


def _read_csv(path: Path, text: str, encoding: str) -> Table:
    if not text.strip():
        raise DataFileError(
            ui_text("{name} is empty.", name=path.name), ui_text("Pick a file with a header row and at least one row.")
        )
    delimiter = "\t" if path.suffix.lower() == ".tsv" else _sniff(text)
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))  # process-wide, and only ever raised
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
        columns = tuple(c.strip() for c in header)
        _check_header(path, columns)
        rows: list[dict[str, str]] = []
        start_line = reader.line_num
        for record in reader:
            number = row_number(len(rows))
            if not any(cell.strip() for cell in record):
                start_line = reader.line_num
                continue  # blank lines between rows
            if len(record) != len(columns):
                lines = (
                    ui_text("line {line}", line=start_line + 1)
                    if start_line + 1 == reader.line_num
                    else ui_text("lines {first}–{last}", first=start_line + 1, last=reader.line_num)
                )
                raise DataFileError(
                    ui_text(
                        "{name} row {number} ({lines}) has {cells} cells but the header has {columns} columns.",
                        name=path.name,
                        number=number,
                        lines=lines,
                        cells=len(record),
                        columns=len(columns),
                    ),
                    ui_text(
                        "Every row needs as many cells as the header; a cell holding the delimiter "
                        "({delimiter}) or a line break must be in double quotes.",
                        delimiter=_delimiter_name(delimiter),
                    ),
                )
            rows.append(dict(zip(columns, record)))
            start_line = reader.line_num
    except csv.Error as exc:
        raise DataFileError(
            ui_text(
                "{name} line {line} is not valid CSV ({reason}).", name=path.name, line=reader.line_num, reason=str(exc)
            ),
            ui_text("Check the quotes on that line: a cell that starts with a double quote must end with one."),
        ) from None
    if not rows:
        raise DataFileError(
            ui_text("{name} has a header but no rows.", name=path.name), ui_text("Add rows below the header.")
        )
    return Table(path, "csv", columns, tuple(rows), encoding, delimiter)


def _sniff(text: str) -> str:
    sample = text[: 64 * 1024]
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
                ui_text("{name} column {number} has no name in the header (line 1).", name=path.name, number=number),
                ui_text("Give every column a name in the first row."),
            )
    seen: set[str] = set()
    for name in columns:
        if name in seen:
            raise DataFileError(
                ui_text(
                    "{name} has two columns named {column} in its header (line 1).", name=path.name, column=repr(name)
                ),
                ui_text("Rename one of them."),
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
        except json.JSONDecodeError as exc:
            raise DataFileError(
                ui_text(
                    "{name} line {number} is not valid JSON ({reason} at character {column}).",
                    name=path.name,
                    number=number,
                    reason=exc.msg,
                    column=exc.colno,
                ),
                ui_text("Each line of a JSON Lines file must be one JSON object."),
            ) from None
        if not isinstance(value, dict):
            raise DataFileError(
                ui_text(
                    "{name} line {number} is a JSON {kind}, not an object.",
                    name=path.name,
                    number=number,
                    kind=type(value).__name__,
                ),
                ui_text("Each line must be an object such as {example}.", example='{"text": "...", "label": "..."}'),
            )
        row = {str(k): v if isinstance(v, str) else "" if v is None else json.dumps(v, ensure_ascii=False)
               for k, v in value.items()}  # fmt: skip
        columns.update(dict.fromkeys(row))
        rows.append(row)
        lines.append(number)
    if not rows:
        raise DataFileError(ui_text("{name} has no rows.", name=path.name), ui_text("Add one JSON object per line."))
    full = tuple({c: r.get(c, "") for c in columns} for r in rows)
    return Table(path, "jsonl", tuple(columns), full, encoding, line_numbers=tuple(lines))


def _delimiter_name(delimiter: str) -> str:
    names = {",": ui_text("comma"), ";": ui_text("semicolon"), "\t": ui_text("tab"), "|": ui_text("vertical bar")}
    return names.get(delimiter, repr(delimiter))


#: The roles ``Table.require`` names a column by, translated in the window.
_ROLES = {
    "text": ui_text("text"),
    "gold": ui_text("gold"),
    "gold label": ui_text("gold label"),
    "label": ui_text("label"),
}
