"""Full-text search of the history: safe FTS5 queries, ranked hits and their highlighted parts."""

from __future__ import annotations

import sqlite3
import unicodedata
from dataclasses import dataclass

from app.core.history.db import Database, clean_text

#: Unicode noncharacters: reserved for exactly this kind of internal marker.
_MARKERS = [(chr(a), chr(a + 1)) for a in range(0xFDD0, 0xFDF0, 2)]


@dataclass(frozen=True)
class SearchHit:
    """``message_id``/``role`` are None for a hit in a title; ``parts`` is the snippet as (text, is_hit).

    The snippet of a message that contains NUL may leave out the characters next to it (FTS5's
    highlighter stops there); the message itself is intact.
    """

    conversation_id: int
    message_id: int | None
    title: str
    role: str | None
    parts: tuple[tuple[str, bool], ...]

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.parts)


def fts_query(text: str) -> str | None:
    """A user's search text as an FTS5 query that cannot be a syntax error.

    Every word becomes a quoted phrase (all must match); the last is a prefix
    unless the text ends with a space, so results follow typing. None when
    there is no word to look for.
    """
    words = [w for w in text.split() if any(_is_word_char(ch) for ch in w)]
    if not words:
        return None
    phrases = ['"' + clean_text(w).replace('"', '""') + '"' for w in words]
    if not text[-1].isspace():
        phrases[-1] += " *"
    return " ".join(phrases)


def _is_word_char(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] in "LNM" or category == "Co"


class SearchStore(Database):
    """Search over the history's messages and conversation titles."""

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Messages and titles that hold every word of ``query`` (the last as a prefix), best first (bm25)."""
        match = fts_query(query)
        if match is None or limit <= 0:
            return []
        opening, closing = _MARKERS[0]
        with self.reading() as conn:
            messages = conn.execute(
                "SELECT m.conversation_id, m.id, c.title, m.role, "
                "snippet(messages_fts, 0, ?, ?, '…', 24), messages_fts.rank, "
                "instr(m.content, ?) > 0 OR instr(m.content, ?) > 0 "
                "FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
                "JOIN conversations c ON c.id = m.conversation_id "
                "WHERE messages_fts MATCH ? ORDER BY messages_fts.rank LIMIT ?",
                (opening, closing, opening, closing, match, limit),
            ).fetchall()
            titles = conn.execute(
                "SELECT c.id, c.title, highlight(titles_fts, 0, ?, ?), titles_fts.rank, "
                "instr(c.title, ?) > 0 OR instr(c.title, ?) > 0 "
                "FROM titles_fts JOIN conversations c ON c.id = titles_fts.rowid "
                "WHERE titles_fts MATCH ? ORDER BY titles_fts.rank LIMIT ?",
                (opening, closing, opening, closing, match, limit),
            ).fetchall()
            scored: list[tuple[float, SearchHit]] = []
            for cid, title, marked, rank, clash in titles:
                parts = _title_parts(conn, cid, match) if clash else split_marked(marked, opening, closing)
                scored.append((rank, SearchHit(cid, None, title, None, parts)))
            for cid, mid, title, role, marked, rank, clash in messages:
                parts = _snippet_parts(conn, mid, match) if clash else split_marked(marked, opening, closing)
                scored.append((rank, SearchHit(cid, mid, title, role, parts)))
        scored.sort(key=lambda pair: pair[0])
        return [hit for _, hit in scored[:limit]]


def split_marked(text: str, opening: str, closing: str) -> tuple[tuple[str, bool], ...]:
    """``a<o>b<c>d`` → ((a, False), (b, True), (d, False)); empty pieces dropped, neighbours merged."""
    parts: list[tuple[str, bool]] = []

    def add(piece: str, hit: bool) -> None:
        if not piece:
            return
        if parts and parts[-1][1] == hit:
            parts[-1] = (parts[-1][0] + piece, hit)
        else:
            parts.append((piece, hit))

    position = 0
    while True:
        start = text.find(opening, position)
        end = text.find(closing, start + 1) if start >= 0 else -1
        if start < 0 or end < 0:
            break
        add(text[position:start], False)
        add(text[start + 1 : end], True)
        position = end + 1
    add(text[position:].replace(opening, "").replace(closing, ""), False)
    return tuple(parts)


def _free_markers(text: str) -> tuple[str, str] | None:
    return next(((o, c) for o, c in _MARKERS if o not in text and c not in text), None)


def _snippet_parts(conn: sqlite3.Connection, mid: int, match: str) -> tuple[tuple[str, bool], ...]:
    """Parts for a message whose text holds the default markers itself: redone with markers it lacks."""
    content = conn.execute("SELECT content FROM messages WHERE id = ?", (mid,)).fetchone()[0]
    markers = _free_markers(content)
    if markers is None:
        return ((content[:200], False),)
    row = conn.execute(
        "SELECT snippet(messages_fts, 0, ?, ?, '…', 24) FROM messages_fts WHERE messages_fts MATCH ? AND rowid = ?",
        (*markers, match, mid),
    ).fetchone()
    return split_marked(row[0], *markers)


def _title_parts(conn: sqlite3.Connection, cid: int, match: str) -> tuple[tuple[str, bool], ...]:
    title = conn.execute("SELECT title FROM conversations WHERE id = ?", (cid,)).fetchone()[0]
    markers = _free_markers(title)
    if markers is None:
        return ((title, False),)
    row = conn.execute(
        "SELECT highlight(titles_fts, 0, ?, ?) FROM titles_fts WHERE titles_fts MATCH ? AND rowid = ?",
        (*markers, match, cid),
    ).fetchone()
    return split_marked(row[0], *markers)
