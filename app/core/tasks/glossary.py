"""A translation glossary: term pairs a translation must use, read from a CSV file."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core.tasks.languages import is_cjk
from app.core.tasks.tables import DataFileError, read_text
from app.core.ui_text import ui_text


@dataclass(frozen=True)
class GlossaryEntry:
    source: str
    target: str


#: First-row cells that mark a glossary CSV's header.
_GLOSSARY_HEADERS = {"source", "target", "term", "terms", "translation", "from", "to", "src", "tgt", "original"}


@dataclass(frozen=True)
class Glossary:
    entries: tuple[GlossaryEntry, ...] = ()

    @classmethod
    def of(cls, pairs: Sequence[tuple[str, str]] | Glossary) -> Glossary:
        if isinstance(pairs, Glossary):
            return pairs
        entries = []
        for source, target in pairs:
            if source.strip() and target.strip():
                entries.append(GlossaryEntry(source.strip(), target.strip()))
        return cls(tuple(entries))

    @classmethod
    def from_csv(cls, path: Path) -> Glossary:
        """Two columns, source term and target term; a header row is recognised and skipped.

        Raises ``UserFacingError`` naming the file and row for a row that
        does not have two non-empty cells.
        """
        path = Path(path)
        text, _ = read_text(path)
        sample = text[:8192]
        try:
            delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = "\t" if "\t" in sample else ","
        entries = []
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            for number, row in enumerate(reader, 1):
                cells = [c.strip() for c in row]
                if not any(cells):
                    continue
                if number == 1 and {c.casefold() for c in cells if c} & _GLOSSARY_HEADERS:
                    continue
                if len([c for c in cells if c]) != 2 or not (cells[0] and cells[1]):
                    raise DataFileError(
                        ui_text(
                            "{name} row {number} has {cells} non-empty cells; "
                            "a glossary row needs exactly two: the source term and its translation.",
                            name=path.name,
                            number=number,
                            cells=len([c for c in cells if c]),
                        ),
                        ui_text("Fix that row, or remove it."),
                    )
                entries.append(GlossaryEntry(cells[0], cells[1]))
        except csv.Error as exc:
            raise DataFileError(
                ui_text(
                    "{name} line {line} is not valid CSV ({reason}).",
                    name=path.name,
                    line=reader.line_num,
                    reason=str(exc),
                ),
                ui_text("Check its quotes."),
            ) from None
        if not entries:
            raise DataFileError(
                ui_text("{name} has no glossary entries.", name=path.name),
                ui_text("Put one term pair per row: source,target."),
            )
        return cls(tuple(entries))

    def relevant(self, text: str) -> tuple[GlossaryEntry, ...]:
        """The entries whose source term occurs in ``text`` (case-insensitive, whole words)."""
        return tuple(e for e in self.entries if _contains_term(text, e.source))

    def __len__(self) -> int:
        return len(self.entries)


def _contains_term(text: str, term: str) -> bool:
    # Whole words where the term starts and ends with a word character; CJK has no word boundaries.
    pattern = re.escape(term.casefold())
    if is_cjk(term):
        return re.search(pattern, text.casefold()) is not None
    return re.search(rf"(?<!\w){pattern}(?!\w)", text.casefold()) is not None
