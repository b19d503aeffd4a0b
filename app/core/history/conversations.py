"""Conversations and their messages: records, reads and writes, and the writer of a streaming answer."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.core.history.db import Database, StoreError, clean_optional, clean_text, dump_json, load_json, now_iso
from app.core.ui_text import ui_text

ROLES = ("user", "assistant")
STATES = ("done", "streaming", "cancelled", "failed", "interrupted")
TITLE_CHARS = 60


class ConversationNotFoundError(StoreError):
    title = "Conversation not found"


class MessageNotFoundError(StoreError):
    title = "Message not found"


@dataclass(frozen=True)
class ConversationHeader:
    """What the list and a whole conversation both say of it."""

    id: int
    uid: str
    title: str
    created: str
    updated: str
    pinned: bool
    model_id: str | None


@dataclass(frozen=True)
class ConversationSummary(ConversationHeader):
    message_count: int


@dataclass(frozen=True)
class MessageRecord:
    id: int
    role: str
    content: str
    model_id: str | None
    created: str
    settings: dict[str, Any] = field(default_factory=dict)
    stats: dict[str, Any] | None = None
    error: str | None = None
    state: str = "done"
    #: What the answer was grounded on, as its writer gave it (the history does not read it); None: nothing.
    sources: dict[str, Any] | None = None


@dataclass(frozen=True)
class ConversationRecord(ConversationHeader):
    system_prompt: str
    settings: dict[str, Any]
    messages: tuple[MessageRecord, ...]


_UNSET: Any = object()


def title_from(text: str) -> str:
    """A conversation title from its first message: the first non-empty line, about 60 characters."""
    line = next((ln for ln in text.splitlines() if ln.strip()), "")
    line = " ".join(line.split())
    if len(line) <= TITLE_CHARS:
        return line
    cut = line[:TITLE_CHARS]
    space = cut.rfind(" ")
    return (cut[:space] if space > TITLE_CHARS // 2 else cut).rstrip() + "…"


class ConversationStore(Database):
    """Conversations and messages of the history."""

    def create_conversation(
        self,
        title: str = "",
        model_id: str | None = None,
        system_prompt: str = "",
        settings: Mapping[str, object] | None = None,
    ) -> int:
        now = now_iso()
        with self.writing() as conn:
            cursor = conn.execute(
                "INSERT INTO conversations (uid, title, created, updated, model_id, system_prompt, settings) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (uuid.uuid4().hex, clean_text(title), now, now, clean_optional(model_id), clean_text(system_prompt),
                 dump_json(dict(settings or {}))),
            )  # fmt: skip
            return int(cursor.lastrowid or 0)

    def update_conversation(
        self, cid: int, *, model_id: Any = _UNSET, system_prompt: Any = _UNSET, settings: Any = _UNSET
    ) -> None:
        changes: dict[str, object] = {}
        if model_id is not _UNSET:
            changes["model_id"] = clean_optional(model_id)
        if system_prompt is not _UNSET:
            changes["system_prompt"] = clean_text(system_prompt)
        if settings is not _UNSET:
            changes["settings"] = dump_json(dict(settings or {}))
        self._update_conversation(cid, changes)

    def rename_conversation(self, cid: int, title: str) -> None:
        self._update_conversation(cid, {"title": clean_text(title)})

    def set_pinned(self, cid: int, pinned: bool) -> None:
        self._update_conversation(cid, {"pinned": int(bool(pinned))})

    def _update_conversation(self, cid: int, changes: dict[str, object]) -> None:
        with self.writing() as conn:
            _require_conversation(conn, cid)
            if changes:
                assignments = ", ".join(f"{column} = ?" for column in changes)
                conn.execute(f"UPDATE conversations SET {assignments} WHERE id = ?", (*changes.values(), cid))

    def list_conversations(self) -> list[ConversationSummary]:
        """Pinned first, then the most recently updated first."""
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT c.id, c.uid, c.title, c.created, c.updated, c.pinned, c.model_id, "
                "(SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) "
                "FROM conversations c ORDER BY c.pinned DESC, c.updated DESC, c.id DESC"
            ).fetchall()
        return [ConversationSummary(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7]) for r in rows]

    def get_conversation(self, cid: int) -> ConversationRecord:
        with self.reading() as conn:
            return load_conversation(conn, cid)

    def delete_conversation(self, cid: int) -> ConversationRecord:
        """Remove it and its messages; the returned record lets ``restore_conversation`` undo this."""
        with self.writing() as conn:
            record = load_conversation(conn, cid)
            conn.execute("DELETE FROM messages WHERE conversation_id = ?", (cid,))
            conn.execute("DELETE FROM conversations WHERE id = ?", (cid,))
            return record

    def restore_conversation(self, record: ConversationRecord) -> None:
        """Put a deleted conversation back with its id, uid and message ids."""
        with self.writing() as conn:
            clash = conn.execute("SELECT 1 FROM conversations WHERE id = ? OR uid = ?", (record.id, record.uid))
            if clash.fetchone() is not None:
                raise StoreError(
                    ui_text("The conversation {title} is already in the history.", title=repr(record.title)),
                    ui_text("Nothing needs restoring."),
                )
            insert_conversation(conn, record, keep_ids=True)

    # -- messages ----------------------------------------------------------------------

    def add_message(
        self,
        cid: int,
        role: str,
        content: str,
        model_id: str | None = None,
        settings: Mapping[str, object] | None = None,
        stats: Mapping[str, object] | None = None,
        error: str | None = None,
        state: str = "done",
        sources: Mapping[str, object] | None = None,
    ) -> int:
        """Append a message; the first user message names an untitled conversation."""
        _check_role(role)
        _check_state(state)
        content = clean_text(content)
        now = now_iso()
        with self.writing() as conn:
            title = _require_conversation(conn, cid)
            cursor = conn.execute(
                "INSERT INTO messages (conversation_id, role, content, model_id, created, settings, stats, error, "
                "state, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (cid, role, content, clean_optional(model_id), now, dump_json(dict(settings or {})),
                 None if stats is None else dump_json(dict(stats)), clean_optional(error), state,
                 None if sources is None else dump_json(dict(sources))),
            )  # fmt: skip
            if not title and role == "user":
                conn.execute("UPDATE conversations SET title = ? WHERE id = ?", (title_from(content), cid))
            conn.execute("UPDATE conversations SET updated = ? WHERE id = ?", (now, cid))
            return int(cursor.lastrowid or 0)

    def update_message(
        self, mid: int, *, content: Any = _UNSET, stats: Any = _UNSET, error: Any = _UNSET, state: Any = _UNSET
    ) -> None:
        changes: dict[str, object] = {}
        if content is not _UNSET:
            changes["content"] = clean_text(content)
        if stats is not _UNSET:
            changes["stats"] = None if stats is None else dump_json(dict(stats))
        if error is not _UNSET:
            changes["error"] = clean_optional(error)
        if state is not _UNSET:
            _check_state(state)
            changes["state"] = state
        with self.writing() as conn:
            cid = _require_message(conn, mid)
            if changes:
                assignments = ", ".join(f"{column} = ?" for column in changes)
                conn.execute(f"UPDATE messages SET {assignments} WHERE id = ?", (*changes.values(), mid))
                conn.execute("UPDATE conversations SET updated = ? WHERE id = ?", (now_iso(), cid))

    def delete_message(self, mid: int) -> None:
        with self.writing() as conn:
            _require_message(conn, mid)
            conn.execute("DELETE FROM messages WHERE id = ?", (mid,))

    def answer_writer(self, mid: int) -> AnswerWriter:
        with self.reading() as conn:
            row = conn.execute("SELECT content FROM messages WHERE id = ?", (mid,)).fetchone()
        if row is None:
            raise _message_not_found(mid)
        return AnswerWriter(self, mid, row[0])


class AnswerWriter:
    """Saves an answer while it streams: ``append`` collects text in memory,
    ``flush`` writes it (one UPDATE, nothing when unchanged), ``finish`` writes
    the outcome. Cheap enough to flush from the GUI thread at ~30 Hz; use one
    writer from one thread.
    """

    def __init__(self, store: ConversationStore, message_id: int, text: str = "") -> None:
        self.store = store
        self.message_id = message_id
        self._parts = [text] if text else []
        self._saved_length = len(text)
        self._length = len(text)
        self.finished = False

    @property
    def text(self) -> str:
        if len(self._parts) > 1:
            self._parts = ["".join(self._parts)]
        return self._parts[0] if self._parts else ""

    def append(self, delta: str) -> None:
        if delta:
            self._parts.append(delta)
            self._length += len(delta)

    def flush(self) -> bool:
        """Write the text so far; False when nothing changed since the last write."""
        if self.finished or self._length == self._saved_length:
            return False
        # "streaming" again: another process's open may have taken this answer for a dead one.
        with self.store.writing() as conn:
            conn.execute("UPDATE messages SET content = ?, state = 'streaming' WHERE id = ?",
                         (clean_text(self.text), self.message_id))  # fmt: skip
        self._saved_length = self._length
        return True

    def finish(self, state: str = "done", stats: Mapping[str, object] | None = None, error: str | None = None) -> None:
        if state == "streaming":
            raise ValueError("finish() needs a final state, not 'streaming'")
        self.store.update_message(self.message_id, content=self.text, state=state, stats=stats, error=error)
        self._saved_length = self._length
        self.finished = True


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}, not {role!r}")


def _check_state(state: str) -> None:
    if state not in STATES:
        raise ValueError(f"state must be one of {STATES}, not {state!r}")


def _require_conversation(conn: sqlite3.Connection, cid: int) -> str:
    """The conversation's title; ConversationNotFoundError when there is none with that id."""
    row = conn.execute("SELECT title FROM conversations WHERE id = ?", (cid,)).fetchone()
    if row is None:
        raise _conversation_not_found(cid)
    title: str = row[0]  # sqlite3 rows are untyped; the column is TEXT NOT NULL
    return title


def _require_message(conn: sqlite3.Connection, mid: int) -> int:
    """The message's conversation id."""
    row = conn.execute("SELECT conversation_id FROM messages WHERE id = ?", (mid,)).fetchone()
    if row is None:
        raise _message_not_found(mid)
    cid: int = row[0]  # sqlite3 rows are untyped; the column is INTEGER NOT NULL
    return cid


def _conversation_not_found(cid: int) -> ConversationNotFoundError:
    return ConversationNotFoundError(
        ui_text("There is no conversation {cid} in the history.", cid=cid),
        ui_text("It may have been deleted; `plinth history list` shows the ids."),
    )


def _message_not_found(mid: int) -> MessageNotFoundError:
    return MessageNotFoundError(
        ui_text("There is no message {mid} in the history.", mid=mid), ui_text("It may have been deleted.")
    )


def load_conversation(conn: sqlite3.Connection, cid: int) -> ConversationRecord:
    row = conn.execute(
        "SELECT id, uid, title, created, updated, pinned, model_id, system_prompt, settings "
        "FROM conversations WHERE id = ?",
        (cid,),
    ).fetchone()
    if row is None:
        raise _conversation_not_found(cid)
    messages = tuple(
        MessageRecord(m[0], m[1], m[2], m[3], m[4], load_json(m[5]), load_json(m[6]), m[7], m[8], load_json(m[9]))
        for m in conn.execute(
            "SELECT id, role, content, model_id, created, settings, stats, error, state, sources "
            "FROM messages WHERE conversation_id = ? ORDER BY id",
            (cid,),
        )
    )
    return ConversationRecord(row[0], row[1], row[2], row[3], row[4], bool(row[5]), row[6], row[7],
                              load_json(row[8]), messages)  # fmt: skip


def insert_conversation(conn: sqlite3.Connection, record: ConversationRecord, keep_ids: bool) -> int:
    cursor = conn.execute(
        "INSERT INTO conversations (id, uid, title, created, updated, pinned, model_id, system_prompt, settings) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (record.id if keep_ids else None, record.uid, clean_text(record.title), record.created, record.updated,
         int(record.pinned), clean_optional(record.model_id), clean_text(record.system_prompt), dump_json(record.settings)),
    )  # fmt: skip
    cid = int(cursor.lastrowid or 0)
    conn.executemany(
        "INSERT INTO messages (id, conversation_id, role, content, model_id, created, settings, stats, error, state, "
        "sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(m.id if keep_ids else None, cid, m.role, clean_text(m.content), clean_optional(m.model_id), m.created,
          dump_json(m.settings), None if m.stats is None else dump_json(m.stats), clean_optional(m.error), m.state,
          None if m.sources is None else dump_json(m.sources))
         for m in record.messages],
    )  # fmt: skip
    return cid
