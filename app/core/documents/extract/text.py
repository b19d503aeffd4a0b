"""Plain text, Markdown and HTML, read in pieces and split at their headings."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path

from app.core.documents.extract.common import ExtractLimits, SectionBuffer, open_text
from app.core.documents.records import Location, Section

#: The longest piece read at once: a file with no line breaks is still read in bounded pieces.
READ_CHARS = 64 * 1024
_MARKDOWN_HEADING = re.compile(r" {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$")
_FENCE = re.compile(r" {0,3}(```|~~~)")
#: A line in a block that may start a heading or a code fence.
_MARKUP = re.compile(r"^ {0,3}(#|```|~~~)", re.MULTILINE)


def extract_text(path: Path, limits: ExtractLimits) -> Iterator[Section]:
    """TXT and Markdown: sections under ``#`` headings (outside code fences); other text in pieces.

    A form feed is a page break (printed reports and text saved from PDFs
    have them): a file whose first block holds one gets ``Location(page=n)``.
    """
    buffer = SectionBuffer(limits.section_chars)
    in_fence = False
    at_line_start = True
    page: int | None = None
    with open_text(path) as stream:
        while block := stream.read(READ_CHARS):
            # Whole lines per block (unless one line is longer than a block), so a heading is never cut.
            if not block.endswith("\n"):
                block += stream.readline(READ_CHARS)
            if page is None and "\f" in block:
                page = 1
                buffer.location = dataclasses.replace(buffer.location, page=page)
            if not _MARKUP.search(block) and "\f" not in block:
                # Most blocks of most files hold no heading: they go on whole, not line by line.
                yield from buffer.add(block)
                at_line_start = block.endswith("\n")
                continue
            for line in block.splitlines(keepends=True):
                if at_line_start:
                    if _FENCE.match(line):
                        in_fence = not in_fence
                    heading = None if in_fence else _MARKDOWN_HEADING.match(line.rstrip("\n"))
                    if heading:
                        yield from buffer.flush(dataclasses.replace(buffer.location, heading=heading.group(1)))
                if page is not None and "\f" in line:
                    # splitlines() breaks at a form feed too, so it ends this line.
                    page += 1
                    yield from buffer.add(line.rstrip("\f"))
                    yield from buffer.flush(dataclasses.replace(buffer.location, page=page))
                    at_line_start = True
                    continue
                yield from buffer.add(line)
                at_line_start = line.endswith("\n")
    yield from buffer.flush()


def extract_html(path: Path, limits: ExtractLimits) -> Iterator[Section]:
    with open_text(path) as stream:
        yield from html_sections(iter(lambda: stream.read(READ_CHARS), ""), limits)


def html_sections(pieces: Iterable[str], limits: ExtractLimits, base: Location | None = None) -> Iterator[Section]:
    """HTML text fed in pieces, as sections under its ``<h1>``–``<h6>`` headings (``base`` gives the other fields)."""
    parser = _HtmlText(limits, base or Location())
    for piece in pieces:
        parser.feed(piece)
        yield from parser.take()
    parser.close()
    parser.end_line()
    yield from parser.buffer.flush()
    yield from parser.take()


class _HtmlText(HTMLParser):
    """Collects visible text line by line; a heading starts a new section."""

    SKIPPED = frozenset({"script", "style", "noscript", "template", "svg"})
    BLOCKS = frozenset(
        {"p", "div", "br", "li", "tr", "table", "ul", "ol", "section", "article", "blockquote", "pre", "hr", "dd", "dt"}
    )
    HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "title"})

    def __init__(self, limits: ExtractLimits, base: Location) -> None:
        super().__init__(convert_charrefs=True)
        self.buffer = SectionBuffer(limits.section_chars, base)
        self._base = base
        self._ready: list[Section] = []
        self._skipping = 0
        self._line: list[str] = []
        self._heading: list[str] | None = None

    def take(self) -> list[Section]:
        ready, self._ready = self._ready, []
        return ready

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIPPED:
            self._skipping += 1
        elif tag in self.HEADINGS:
            self.end_line()
            self._heading = []
        elif tag in self.BLOCKS:
            self.end_line()
        elif tag in ("td", "th"):
            self._line.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self.HEADINGS and self._heading is not None:
            heading = " ".join("".join(self._heading).split())
            self._heading = None
            if heading:
                self._ready.extend(self.buffer.flush(dataclasses.replace(self._base, heading=heading)))
                self._ready.extend(self.buffer.add(heading + "\n"))
        elif tag in self.BLOCKS:
            self.end_line()

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        if self._heading is not None:
            self._heading.append(data)
        else:
            self._line.append(data)

    def end_line(self) -> None:
        line = " ".join("".join(self._line).split()).strip(" |")
        self._line = []
        if line:
            self._ready.extend(self.buffer.add(line + "\n"))
