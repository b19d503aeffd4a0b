"""Citations in the transcript: an answer's [1] [2] made into links, and the "Sources" line under it.

A link's address is ``source:KEY/N``: ``KEY`` names the answer (the panel's
choice, e.g. its turn's index) and ``N`` the source, so the same [1] under two
answers opens each its own passage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextFrame

from app.ui.i18n import translate
from app.ui.widgets.transcript_style import TranscriptStyle

SCHEME = "source"
_CITATION = re.compile(r"\[(\d+)(?:\s*[,;]\s*\d+)*\]")
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True)
class SourceLink:
    """One entry of the Sources line: its number and how it is named ("leave.txt, page 1")."""

    n: int
    label: str


def source_href(key: int, n: int) -> str:
    return f"{SCHEME}:{key}/{n}"


def parse_source_href(url: QUrl) -> tuple[int, int] | None:
    """(key, n) of a citation link; None for any other link."""
    if url.scheme() != SCHEME:
        return None
    key, _, n = url.path().partition("/")
    return (int(key), int(n)) if key.isdigit() and n.isdigit() else None


def link_citations(document: QTextDocument, frame: QTextFrame, key: int, numbers: Sequence[int],
                   style: TranscriptStyle) -> None:  # fmt: skip
    """Make each [n] (and each number of [1, 2]) inside ``frame`` a link to source n, for the numbers given."""
    wanted = set(numbers)
    cursor = QTextCursor(document)
    position = frame.firstPosition()
    while True:
        found = document.find(_regex(), position)
        if found.isNull() or found.selectionEnd() > frame.lastPosition():
            return
        position = found.selectionEnd()
        text = found.selectedText()
        for match in _NUMBER.finditer(text):
            n = int(match.group())
            if n not in wanted:
                continue
            cursor.setPosition(found.selectionStart() + match.start())
            cursor.setPosition(found.selectionStart() + match.end(), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(_link_format(source_href(key, n), style))


def insert_sources_line(cursor: QTextCursor, frame: QTextFrame, key: int, links: Sequence[SourceLink], summary: str,
                        style: TranscriptStyle) -> None:  # fmt: skip
    """Append "Sources: [1] a.txt · [2] b.pdf, page 3 — 2 passages · ~120 tokens" at the end of ``frame``."""
    cursor.setPosition(frame.lastPosition())
    block = QTextBlockFormat(style.stats_block())
    if cursor.block().length() > 1:
        cursor.insertBlock(block, style.stats_char())
    else:
        cursor.setBlockFormat(block)
    plain = style.stats_char()
    cursor.insertText(translate("Transcript", "Sources:") + " ", plain)
    for index, link in enumerate(links):
        if index:
            cursor.insertText(" · ", plain)
        cursor.insertText(f"[{link.n}]", _link_format(source_href(key, link.n), style))
        cursor.insertText(f" {link.label}", plain)
    cursor.insertText(f" — {summary}", plain)


def _regex():  # QRegularExpression, built when first needed
    from PySide6.QtCore import QRegularExpression

    return QRegularExpression(_CITATION.pattern)


def _link_format(href: str, style: TranscriptStyle) -> QTextCharFormat:
    link = QTextCharFormat()
    link.setAnchor(True)
    link.setAnchorHref(href)
    link.setForeground(style.link)
    link.setFontUnderline(True)
    return link
