"""Spreadsheets and CSV: rows grouped into sections, each row written with its column names.

A row reads "Region: North, Revenue: 12" rather than "North, 12", so a
passage found by a search still says what its numbers are, wherever the
group falls in the sheet.
"""

from __future__ import annotations

import csv
import datetime
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

from app.core.documents.extract.common import ExtractLimits, UnreadableFileError, check_zip, entity_refusal, open_text
from app.core.documents.records import Location, Section
from app.core.ui_text import ui_text

CSV_DELIMITERS = ",;\t|"


def row_sections(
    rows: Iterable[tuple[int, Sequence[object]]], limits: ExtractLimits, sheet: str | None = None
) -> Iterator[Section]:
    """Groups of numbered rows as sections; the first non-empty row is the header the others are written with."""
    header: list[str] | None = None
    lines: list[str] = []
    size = 0
    first = last = 0
    for number, cells in rows:
        values = [cell_text(cell) for cell in cells]
        if not any(values):
            continue
        if header is None:
            header = values
            continue
        line = _row_line(header, values)
        if lines and size + len(line) > limits.row_group_chars:
            yield Section("\n".join(lines), Location(sheet=sheet, row=first, row_end=last))
            lines, size = [], 0
        if not lines:
            first = number
        lines.append(line)
        size += len(line) + 1
        last = number
    if lines:
        yield Section("\n".join(lines), Location(sheet=sheet, row=first, row_end=last))
    elif header is not None:
        # A sheet with one row only (a header, or a single line of values) still has text worth finding.
        yield Section(", ".join(value for value in header if value), Location(sheet=sheet, row=1, row_end=1))


def cell_text(value: object) -> str:
    """A cell as people write it: 12 not 12.0, a date without a midnight time."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return " ".join(str(value).split())


def _row_line(header: Sequence[str], values: Sequence[str]) -> str:
    parts = []
    for index, value in enumerate(values):
        if not value:
            continue
        name = header[index] if index < len(header) else ""
        parts.append(f"{name}: {value}" if name else value)
    return ", ".join(parts)


def extract_csv(path: Path, limits: ExtractLimits) -> Iterator[Section]:
    with open_text(path, newline="") as stream:
        sample = stream.read(64 * 1024)
        stream.seek(0)
        try:
            dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=CSV_DELIMITERS)
        except csv.Error:
            dialect = csv.excel_tab if path.suffix.lower() == ".tsv" else csv.excel
        lines = _RecordLines(stream)
        reader = csv.reader(lines, dialect)

        def rows() -> Iterator[tuple[int, list[str]]]:
            for row in reader:
                lines.record_ended()
                # line_num counts physical lines, which is the row a spreadsheet program shows for the file.
                yield reader.line_num, row

        try:
            yield from row_sections(rows(), limits)
        except (csv.Error, _RecordTooLong) as exc:
            # A _RecordTooLong carries its reason as ui_text: str(exc) would lose its translation.
            reason = exc.args[0] if isinstance(exc, _RecordTooLong) else str(exc)
            raise UnreadableFileError(
                ui_text("malformed CSV near line {line}: {reason}", line=reader.line_num, reason=reason),
                ui_text("Check the file's quoting, then rescan."),
            ) from exc


class _RecordTooLong(Exception):
    """One CSV record grew past ``CSV_RECORD_CHARS``: a quote that is never closed swallows the rest of the file."""


#: The most characters one CSV record may take. The csv module's own field limit is process-wide state,
#: which other readers (app/core/tasks/tables.py) raise for their own reasons; this one bounds memory here.
CSV_RECORD_CHARS = 128 * 1024


class _RecordLines:
    """The file's lines for ``csv.reader``, refusing a record (the lines since the last ``record_ended``) that
    grows past ``CSV_RECORD_CHARS``."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._record = 0

    def __iter__(self) -> _RecordLines:
        return self

    def __next__(self) -> str:
        line = self._stream.readline(CSV_RECORD_CHARS + 1)
        if not line:
            raise StopIteration
        self._record += len(line)
        if self._record > CSV_RECORD_CHARS:
            raise _RecordTooLong(
                ui_text("a record over {size} KB (a quote never closed?)", size=CSV_RECORD_CHARS // 1024)
            )
        return line

    def record_ended(self) -> None:
        self._record = 0


def extract_xlsx(path: Path, limits: ExtractLimits) -> Iterator[Section]:
    import openpyxl

    check_zip(path, limits, "XLSX")
    # Opened here, not by openpyxl, which leaves its archive open when the workbook fails to load.
    with path.open("rb") as stream:
        try:
            # read_only streams each sheet's XML instead of building the whole workbook in memory.
            workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True)
        except (KeyError, ValueError) as exc:
            raise _xlsx_refusal(exc) from exc
        try:
            for sheet in workbook.worksheets:
                # The <dimension> a file declares may lie (A1:XFD1048576); without it rows are not padded to it.
                sheet.reset_dimensions()
                rows = enumerate(sheet.iter_rows(values_only=True), start=1)
                yield from row_sections(rows, limits, sheet=sheet.title)
        except ValueError as exc:
            raise _xlsx_refusal(exc) from exc
        finally:
            workbook.close()


def _xlsx_refusal(exc: Exception) -> UnreadableFileError:
    """The reason for a workbook openpyxl could not read: an entity declaration defusedxml refused, or damage."""
    from defusedxml import DefusedXmlException

    cause: BaseException | None = exc
    while cause is not None:
        # openpyxl wraps the parser's error in a ValueError of its own.
        if isinstance(cause, DefusedXmlException):
            return entity_refusal()
        cause = cause.__cause__ or cause.__context__
    return UnreadableFileError(
        ui_text("damaged XLSX (bad or missing parts)"), ui_text("Open it in a spreadsheet program and save it again.")
    )
