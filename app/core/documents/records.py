"""The values every stage of the documents pipeline hands to the next.

extraction (``extract``) yields ``Section`` and ``Note`` values for one file;
chunking turns sections into ``Passage`` values; the index stores passages and
retrieval returns them as ``Hit`` values. A ``Location`` says where inside a
file a piece of text stands, so a citation can open it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.ui_text import ui_join, ui_text


@dataclass(frozen=True)
class Location:
    """Where text stands inside its file; every field is optional, ``None`` when it does not apply.

    ``page`` is 1-based (PDF pages, images count as page 1); ``sheet`` is a
    spreadsheet's sheet name; ``row`` is the 1-based spreadsheet or CSV row of
    the first row in the text (``row_end`` the last); ``heading`` is the
    nearest heading above the text (DOCX, Markdown, HTML); ``part`` names a
    part of an e-mail ("headers", "body", "attachments").
    """

    page: int | None = None
    sheet: str | None = None
    row: int | None = None
    row_end: int | None = None
    heading: str | None = None
    part: str | None = None

    def to_dict(self) -> dict[str, int | str]:
        """The fields that apply, for JSON (``plinth docs search --json``) and the index."""
        return {name: value for name, value in self.__dict__.items() if value is not None}

    @classmethod
    def from_dict(cls, data: dict[str, int | str]) -> Location:
        def as_int(name: str) -> int | None:
            value = data.get(name)
            return int(value) if value is not None else None

        def as_str(name: str) -> str | None:
            value = data.get(name)
            return str(value) if value is not None else None

        return cls(
            page=as_int("page"),
            sheet=as_str("sheet"),
            row=as_int("row"),
            row_end=as_int("row_end"),
            heading=as_str("heading"),
            part=as_str("part"),
        )

    def describe(self) -> str:
        """Short words for people: "page 3", "sheet Q3, rows 4–9", "body"."""
        words: list[str] = []
        if self.page is not None:
            words.append(ui_text("page {page}", page=self.page))
        if self.sheet is not None:
            words.append(ui_text("sheet {sheet}", sheet=self.sheet))
        if self.row is not None:
            rows = (
                ui_text("rows {first}–{last}", first=self.row, last=self.row_end)
                if self.row_end not in (None, self.row)
                else ui_text("row {row}", row=self.row)
            )
            words.append(rows)
        if self.part is not None:
            words.append(_PARTS.get(self.part, self.part))
        if self.heading is not None and not words:
            words.append(f"“{self.heading}”")
        return ui_join(words, ", ")


#: The parts of an e-mail (``Location.part``) in words the window translates; the part itself is data.
_PARTS = {"headers": ui_text("headers"), "body": ui_text("body"), "attachments": ui_text("attachments")}


@dataclass(frozen=True)
class Section:
    """A run of extracted text from one place in a file (a page, a block under a heading, a group of rows).

    Extractors yield sections in file order, one at a time, so a large file
    never has to be in memory whole.
    """

    text: str
    location: Location = field(default_factory=Location)


@dataclass(frozen=True)
class Note:
    """Something about one place in a file that a person should see, e.g. page 4 "needs OCR"."""

    reason: str
    location: Location = field(default_factory=Location)


@dataclass(frozen=True)
class Passage:
    """A chunk of a section, the unit the index stores and retrieval returns.

    ``start``/``end`` are character offsets of ``text`` inside its section's
    text, so the quoted words can be highlighted when a citation opens;
    ``ordinal`` is the passage's place in its file (0, 1, 2, …), which is how
    neighbouring passages are found and merged.
    """

    text: str
    location: Location
    start: int
    end: int
    ordinal: int


@dataclass(frozen=True)
class Hit:
    """A retrieved passage with its file (absolute path) and score, best first in a result list."""

    file: str
    passage: Passage
    score: float
