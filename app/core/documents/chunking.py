"""Sections into passages: never across two sections, cut at the best boundary near the target size.

A passage never mixes two pages, sheets or headings, because a citation
names one place. A section that fits the target (a row group, a short page)
stays one passage; a longer one is cut at the last paragraph break in the
second half of the window, else the last sentence end, else line break, else
space, and the next passage starts ``overlap_chars`` earlier (at a word) so
a fact cut in two is still found whole once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from app.core.documents.records import Passage, Section

# Group 1 of each is the whitespace between two passages, which belongs to neither.
_BOUNDARIES = (
    re.compile(r"(\n[ \t]*\n\s*)"),  # paragraph
    re.compile(r"[.!?…。！？][\"'”’)\]]*(\s+)"),  # sentence
    re.compile(r"(\n\s*)"),  # line (a table row, a list item)
    re.compile(r"(\s+)"),  # word
)


def chunk(sections: Iterable[Section], target_chars: int = 1200, overlap_chars: int = 150) -> Iterator[Passage]:
    """Passages of about ``target_chars`` (never more), numbered through the file by ``ordinal``."""
    if target_chars < 2 or not 0 <= overlap_chars < target_chars // 2:
        raise ValueError("target_chars must be at least 2 and overlap_chars below half of it")
    ordinal = 0
    for section in sections:
        for start, end in _spans(section.text, target_chars, overlap_chars):
            yield Passage(section.text[start:end], section.location, start, end, ordinal)
            ordinal += 1


def rejoin(passages: Sequence[Passage]) -> str:
    """The text of consecutive passages of one section, each overlap with the one before counted once."""
    text, end = passages[0].text, passages[0].end
    for part in passages[1:]:
        overlap = max(0, end - part.start)
        text += part.text[overlap:] if overlap <= len(part.text) else ""
        end = max(end, part.end)
    return text


def _spans(text: str, target: int, overlap: int) -> Iterator[tuple[int, int]]:
    start = _skip_space(text, 0)
    while start < len(text):
        limit = start + target
        if limit >= len(text):
            end = len(text)
        else:
            end = _cut(text, start + target // 2, limit)
        trimmed = end
        while trimmed > start and text[trimmed - 1].isspace():
            trimmed -= 1
        yield start, trimmed
        if end >= len(text):
            return
        start = _skip_space(text, _overlap_start(text, start, end, overlap))


def _cut(text: str, earliest: int, limit: int) -> int:
    """Where to end a passage that may not pass ``limit``: after the last boundary in [earliest, limit]."""
    for boundary in _BOUNDARIES:
        last = None
        for match in boundary.finditer(text, earliest, limit + 1):
            last = match
        if last is not None:
            return last.start(1)
    return limit


def _overlap_start(text: str, start: int, end: int, overlap: int) -> int:
    """The first word start at or after ``end - overlap`` (but past ``start``, so passages always advance)."""
    if overlap == 0:
        return end
    at = max(start + 1, end - overlap)
    if at > 0 and not text[at - 1].isspace():
        space = re.compile(r"\s").search(text, at, end)
        at = space.end() if space else end
    return at


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at
