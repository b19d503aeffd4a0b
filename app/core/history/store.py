"""History: one SQLite file, ``plinth.sqlite3``, in the data folder.

It keeps conversations and their messages (with the model, settings and
stats of each answer), translation and classification results, batch runs
and comparisons (their table is read and written by app/core/compare/saved.py,
which the composition root opens over this store: the history imports no other domain).

The file:

* WAL journal, ``synchronous=NORMAL`` (a commit survives a killed process;
  a power cut may lose the last commits but never damages the file),
  ``foreign_keys=ON``, a busy timeout for the moments another thread or
  process writes.
* ``PRAGMA user_version`` is the schema version: ``MIGRATIONS`` is an
  append-only list of SQL steps, each applied in its own transaction. Step 1
  is the first schema and stays as it is, so tests can build a version-1
  file and migrate it. A file from a newer Plinth is refused
  (``StoreVersionError``) and never written to.
* A file that is not a database, or a truncated one, is renamed
  ``plinth.sqlite3.corrupt-<timestamp>`` (its ``-wal``/``-shm`` beside it
  with the same prefix, so SQLite still pairs them for a recovery attempt);
  a new file is started and ``store.warnings`` says so. Damage found later,
  while running, is reported as a ``StoreError`` and leaves a marker that
  makes the next start run a full integrity check.

Threads: every public method can be called from any thread. Connections come
from a small pool, one per call in progress, so calls on different threads
never share a connection; each write is one ``BEGIN IMMEDIATE`` transaction.

Text: whatever Python ``str`` comes in is stored and returned exactly,
including NUL, non-BMP characters, right-to-left scripts, combining marks and
zero-width (non-)joiners. The one exception is a surrogate code point, which
UTF-8 cannot encode: a well-formed high+low pair is joined into the
character it stands for, and a lone surrogate becomes U+FFFD, at the store
boundary (``clean_text``). A search snippet of a message that contains NUL
may leave out the characters next to it (FTS5's highlighter stops there);
the message itself is intact.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import struct
import threading
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Mapping

from app.core.errors import UserFacingError

DB_FILE_NAME = "plinth.sqlite3"
#: Left beside the database when damage was seen while running: the next open checks the whole file.
CHECK_MARKER_NAME = "plinth.sqlite3.needs-check"
BUSY_TIMEOUT_S = 5.0
#: Idle connections kept for reuse; more are opened while more calls run at once.
POOL_SIZE = 4

ROLES = ("user", "assistant")
STATES = ("done", "streaming", "cancelled", "failed", "interrupted")
ARCHIVE_FORMAT = "plinth-archive"
ARCHIVE_VERSION = 1
_IMPORT_HINT = "Choose a file made by Plinth's Export all, or one conversation exported as JSON."
TITLE_CHARS = 60

# Word characters for the search index: letters, numbers, private use, and
# combining marks, so Devanagari or Thai vowel signs do not split a word.
_TOKENIZER = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"

# fmt: off
MIGRATIONS: tuple[str, ...] = (
    # 1: conversations and messages.
    """
    CREATE TABLE conversations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: undo puts a deleted one back under its id
        uid TEXT NOT NULL UNIQUE,              -- stable across export/import
        title TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        pinned INTEGER NOT NULL DEFAULT 0,
        model_id TEXT,
        system_prompt TEXT NOT NULL DEFAULT '',
        settings TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX conversations_order ON conversations (pinned DESC, updated DESC);
    CREATE TABLE messages (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        content TEXT NOT NULL DEFAULT '',
        model_id TEXT,
        created TEXT NOT NULL,
        settings TEXT NOT NULL DEFAULT '{}',
        stats TEXT,
        error TEXT,
        state TEXT NOT NULL DEFAULT 'done'
    );
    CREATE INDEX messages_conversation ON messages (conversation_id, id);
    """,
    # 2: full-text search over message texts and conversation titles. An answer
    # is indexed once it stops streaming, so the many saves of a streaming answer
    # do not rewrite the index each time; the views are what the index holds.
    f"""
    CREATE VIEW messages_searchable AS
        SELECT id, content FROM messages WHERE state != 'streaming';
    CREATE VIRTUAL TABLE messages_fts USING fts5(
        content, content='messages_searchable', content_rowid='id', tokenize="{_TOKENIZER}");
    CREATE VIRTUAL TABLE titles_fts USING fts5(
        title, content='conversations', content_rowid='id', tokenize="{_TOKENIZER}");
    CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages WHEN new.state != 'streaming' BEGIN
        INSERT INTO messages_fts (rowid, content) VALUES (new.id, new.content);
    END;
    CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages WHEN old.state != 'streaming' BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
    END;
    CREATE TRIGGER messages_fts_update_old AFTER UPDATE OF content, state ON messages
    WHEN old.state != 'streaming' BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
    END;
    CREATE TRIGGER messages_fts_update_new AFTER UPDATE OF content, state ON messages
    WHEN new.state != 'streaming' BEGIN
        INSERT INTO messages_fts (rowid, content) VALUES (new.id, new.content);
    END;
    CREATE TRIGGER titles_fts_insert AFTER INSERT ON conversations BEGIN
        INSERT INTO titles_fts (rowid, title) VALUES (new.id, new.title);
    END;
    CREATE TRIGGER titles_fts_delete AFTER DELETE ON conversations BEGIN
        INSERT INTO titles_fts (titles_fts, rowid, title) VALUES ('delete', old.id, old.title);
    END;
    CREATE TRIGGER titles_fts_update AFTER UPDATE OF title ON conversations BEGIN
        INSERT INTO titles_fts (titles_fts, rowid, title) VALUES ('delete', old.id, old.title);
        INSERT INTO titles_fts (rowid, title) VALUES (new.id, new.title);
    END;
    INSERT INTO messages_fts (messages_fts) VALUES ('rebuild');
    INSERT INTO titles_fts (titles_fts) VALUES ('rebuild');
    """,
    # 3: task results, batch runs and comparisons.
    """
    CREATE TABLE translations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        created TEXT NOT NULL,
        model_id TEXT NOT NULL,
        source_language TEXT,                -- NULL: detected by the model
        target_language TEXT NOT NULL,
        source_text TEXT NOT NULL,
        text TEXT NOT NULL,
        settings TEXT NOT NULL DEFAULT '{}',
        stats TEXT
    );
    CREATE INDEX translations_created ON translations (created);
    CREATE TABLE classifications (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        created TEXT NOT NULL,
        model_id TEXT NOT NULL,
        text TEXT NOT NULL,
        labels TEXT NOT NULL,                -- JSON list
        result TEXT NOT NULL,                -- JSON object
        stats TEXT
    );
    CREATE INDEX classifications_created ON classifications (created);
    CREATE TABLE batch_runs (
        run_id TEXT PRIMARY KEY,             -- a resumed run updates its row
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        task TEXT NOT NULL,
        model_id TEXT NOT NULL,
        input_path TEXT NOT NULL,
        output_path TEXT NOT NULL,
        summary TEXT NOT NULL                -- JSON object
    );
    CREATE TABLE comparisons (
        id TEXT PRIMARY KEY,
        created TEXT NOT NULL,
        title TEXT NOT NULL,
        task TEXT NOT NULL,
        models TEXT NOT NULL,                -- JSON list of model ids, in column order
        spec TEXT NOT NULL,                  -- JSON: Comparison.to_dict()
        runs TEXT NOT NULL,                  -- JSON list: ModelRun.to_dict() per model
        stopped INTEGER NOT NULL
    );
    CREATE INDEX comparisons_created ON comparisons (created);
    """,
)
# fmt: on
SCHEMA_VERSION = len(MIGRATIONS)

#: SQLite's primary result codes for "this is not a (sound) database".
_DAMAGE_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
_HEADER = b"SQLite format 3\x00"
#: Unicode noncharacters: reserved for exactly this kind of internal marker.
_MARKERS = [(chr(a), chr(a + 1)) for a in range(0xFDD0, 0xFDF0, 2)]


class StoreError(UserFacingError):
    title = "History cannot be used"


class StoreVersionError(StoreError):
    title = "History is from a newer Plinth"


class StoreDamagedError(StoreError):
    title = "History is damaged"

    def __init__(self, message: str, hint: str = "", reason: str = "") -> None:
        super().__init__(message, hint)
        self.reason = reason


class ConversationNotFoundError(StoreError):
    title = "Conversation not found"


class MessageNotFoundError(StoreError):
    title = "Message not found"


@dataclass(frozen=True)
class ConversationSummary:
    id: int
    uid: str
    title: str
    created: str
    updated: str
    pinned: bool
    model_id: str | None
    message_count: int


@dataclass(frozen=True)
class MessageRecord:
    id: int
    role: str
    content: str
    model_id: str | None
    created: str
    settings: dict = field(default_factory=dict)
    stats: dict | None = None
    error: str | None = None
    state: str = "done"


@dataclass(frozen=True)
class ConversationRecord:
    id: int
    uid: str
    title: str
    created: str
    updated: str
    pinned: bool
    model_id: str | None
    system_prompt: str
    settings: dict
    messages: tuple[MessageRecord, ...]


@dataclass(frozen=True)
class SearchHit:
    """``message_id``/``role`` are None for a hit in a title; ``parts`` is the snippet as (text, is_hit)."""

    conversation_id: int
    message_id: int | None
    title: str
    role: str | None
    parts: tuple[tuple[str, bool], ...]

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.parts)


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped: int


_UNSET: Any = object()


def clean_text(value: str) -> str:
    """``value`` as UTF-8 can hold it: surrogate pairs joined, lone surrogates as U+FFFD."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def title_from(text: str) -> str:
    """A conversation title from its first message: the first non-empty line, about 60 characters."""
    line = next((ln for ln in text.splitlines() if ln.strip()), "")
    line = " ".join(line.split())
    if len(line) <= TITLE_CHARS:
        return line
    cut = line[:TITLE_CHARS]
    space = cut.rfind(" ")
    return (cut[:space] if space > TITLE_CHARS // 2 else cut).rstrip() + "…"


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


def _dumps(value: object) -> str:
    return clean_text(json.dumps(value, ensure_ascii=False))


def _loads(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def _is_damage(exc: BaseException) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and (code & 0xFF) in _DAMAGE_CODES


def check_fts5() -> None:
    """Raise StoreError when this Python's SQLite lacks FTS5 (history search needs it)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(f'CREATE VIRTUAL TABLE probe USING fts5(x, tokenize="{_TOKENIZER}")')
    except sqlite3.Error as exc:
        raise StoreError(
            f"This Python's SQLite ({sqlite3.sqlite_version}) has no usable FTS5 full-text search ({exc}).",
            "Install Plinth with a Python whose sqlite3 module is built with FTS5 (python.org and most "
            "Linux distributions' builds are), or use the packaged Plinth.",
        ) from None
    finally:
        conn.close()


class Store:
    """The history database. Open with ``Store.open(data_dir)``; ``close()`` when done."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.warnings: list[str] = []
        self._lock = threading.Lock()
        self._idle: list[sqlite3.Connection] = []
        self._closed = False

    # -- opening --------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path) -> Store:
        """Open (create, migrate) the store in ``data_dir``; a damaged file is set aside first."""
        check_fts5()
        data_dir = Path(data_dir)
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"The data folder {data_dir} cannot be created ({exc}).",
                             "Check its permissions, or point PLINTH_HOME at a writable folder.") from None  # fmt: skip
        store = cls(data_dir / DB_FILE_NAME)
        try:
            store._open()
        except BaseException:
            store.close()
            raise
        return store

    def _open(self) -> None:
        damage = self._damage()
        if damage is not None:
            self._set_aside(damage)
        try:
            self._migrate()
            self._recover_streaming()
        except StoreDamagedError as exc:
            if damage is not None:
                raise
            # Damage past what _damage() reads (the first statements touch more pages).
            self._close_idle()
            self._set_aside(exc.reason)
            self._migrate()

    def _damage(self) -> str | None:
        """Why the file cannot be used, or None. Reads only; raises StoreVersionError for a newer file."""
        path = self.path
        marker = path.with_name(CHECK_MARKER_NAME)
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise self._error(exc) from None
        if size == 0:
            return None
        header = _read_prefix(path, 100)
        if len(header) < 100 or not header.startswith(_HEADER):
            return "it is not an SQLite database"
        page_size = struct.unpack(">H", header[16:18])[0]
        page_size = 65536 if page_size == 1 else page_size
        change_counter, pages, valid_for = (struct.unpack(">I", header[o : o + 4])[0] for o in (24, 28, 92))
        if pages and change_counter == valid_for and size < pages * page_size:
            return f"it is truncated: {size} bytes of the {pages * page_size} it should have"
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreVersionError(
                    f"The history database {path} was written by a newer version of Plinth "
                    f"(schema {version}; this version knows up to {SCHEMA_VERSION}). It was left unchanged.",
                    "Update Plinth to open it, or run this version with another data folder "
                    "(PLINTH_HOME=DIR).",
                )
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            if marker.exists():
                result = conn.execute("PRAGMA quick_check").fetchone()[0]
                if result != "ok":
                    return f"the integrity check failed: {result}"
        except sqlite3.Error as exc:
            if _is_damage(exc):
                return str(exc)
            raise self._error(exc) from None
        finally:
            conn.close()
        with contextlib.suppress(FileNotFoundError):
            marker.unlink()
        return None

    def _set_aside(self, reason: str) -> None:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            for suffix in ("-wal", "-shm", ""):
                source = Path(f"{self.path}{suffix}")
                if source.exists():
                    source.rename(f"{aside}{suffix}")
        except OSError as exc:
            raise StoreError(
                f"The history database {self.path} is damaged ({reason}) and cannot be moved aside ({exc}).",
                "Move it out of the data folder yourself; Plinth then starts a new one.",
            ) from None
        with contextlib.suppress(FileNotFoundError):
            self.path.with_name(CHECK_MARKER_NAME).unlink()
        self.warnings.append(
            f"The history database was damaged ({reason}) and was set aside as {aside.name} in {aside.parent}; "
            "a new, empty one was started. The old file is kept there in case it can be recovered."
        )

    def _migrate(self) -> None:
        with self._connection() as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:  # written by a newer Plinth since _damage() looked
                raise StoreVersionError(f"The history database {self.path} was written by a newer version of Plinth.",
                                        "Update Plinth to open it.")  # fmt: skip
            if version < SCHEMA_VERSION:
                # WAL is a property of the file, set once: readers do not wait for the writer.
                conn.execute("PRAGMA journal_mode=WAL")
            for number in range(version + 1, SCHEMA_VERSION + 1):
                apply_migration(conn, number)

    def _recover_streaming(self) -> None:
        # The process that was streaming these answers died. A live writer in
        # another process re-asserts "streaming" on its next flush.
        with self.writing() as conn:
            conn.execute("UPDATE messages SET state = 'interrupted' WHERE state = 'streaming'")

    # -- connections ----------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._closed = True
        self._close_idle()

    def _close_idle(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _new_connection(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        return conn

    @contextlib.contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if self._closed:
                raise StoreError("The history database is closed.", "Restart Plinth.")
            conn = self._idle.pop() if self._idle else None
        try:
            if conn is None:
                conn = self._new_connection()
            yield conn
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        finally:
            if conn is not None:
                with self._lock:
                    keep = not self._closed and len(self._idle) < POOL_SIZE and not conn.in_transaction
                    if keep:
                        self._idle.append(conn)
                if not keep:
                    conn.close()

    @contextlib.contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (committed on success, rolled back on any error): for store-backed parts."""
        with self._connection() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """One read transaction: every query in it sees the same snapshot."""
        with self._connection() as conn:
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")

    def _error(self, exc: BaseException) -> StoreError:
        if _is_damage(exc):
            with contextlib.suppress(OSError):
                self.path.with_name(CHECK_MARKER_NAME).touch()
            return StoreDamagedError(
                f"The history database {self.path} is damaged ({exc}).",
                "Restart Plinth: it checks the file, sets a damaged one aside and starts a new one.",
                reason=str(exc),
            )
        return StoreError(
            f"The history database {self.path} cannot be read or written ({exc}).",
            "Check that the data folder is writable and the disk is not full.",
        )

    # -- conversations ----------------------------------------------------------------

    def create_conversation(
        self, title: str = "", model_id: str | None = None, system_prompt: str = "", settings: Mapping | None = None
    ) -> int:
        now = now_iso()
        with self.writing() as conn:
            cursor = conn.execute(
                "INSERT INTO conversations (uid, title, created, updated, model_id, system_prompt, settings) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (uuid.uuid4().hex, clean_text(title), now, now, _opt(model_id), clean_text(system_prompt),
                 _dumps(dict(settings or {}))),
            )  # fmt: skip
            return int(cursor.lastrowid or 0)

    def update_conversation(
        self, cid: int, *, model_id: Any = _UNSET, system_prompt: Any = _UNSET, settings: Any = _UNSET
    ) -> None:
        changes: dict[str, object] = {}
        if model_id is not _UNSET:
            changes["model_id"] = _opt(model_id)
        if system_prompt is not _UNSET:
            changes["system_prompt"] = clean_text(system_prompt)
        if settings is not _UNSET:
            changes["settings"] = _dumps(dict(settings or {}))
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
            return _load_conversation(conn, cid)

    def delete_conversation(self, cid: int) -> ConversationRecord:
        """Remove it and its messages; the returned record lets ``restore_conversation`` undo this."""
        with self.writing() as conn:
            record = _load_conversation(conn, cid)
            conn.execute("DELETE FROM messages WHERE conversation_id = ?", (cid,))
            conn.execute("DELETE FROM conversations WHERE id = ?", (cid,))
            return record

    def restore_conversation(self, record: ConversationRecord) -> None:
        """Put a deleted conversation back with its id, uid and message ids."""
        with self.writing() as conn:
            clash = conn.execute("SELECT 1 FROM conversations WHERE id = ? OR uid = ?", (record.id, record.uid))
            if clash.fetchone() is not None:
                raise StoreError(f"The conversation {record.title!r} is already in the history.",
                                 "Nothing needs restoring.")  # fmt: skip
            _insert_conversation(conn, record, keep_ids=True)

    # -- messages ----------------------------------------------------------------------

    def add_message(
        self,
        cid: int,
        role: str,
        content: str,
        model_id: str | None = None,
        settings: Mapping | None = None,
        stats: Mapping | None = None,
        error: str | None = None,
        state: str = "done",
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
                "state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (cid, role, content, _opt(model_id), now, _dumps(dict(settings or {})),
                 None if stats is None else _dumps(dict(stats)), _opt(error), state),
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
            changes["stats"] = None if stats is None else _dumps(dict(stats))
        if error is not _UNSET:
            changes["error"] = _opt(error)
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

    # -- search ------------------------------------------------------------------------

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

    # -- export and import ----------------------------------------------------------------

    def export_conversation(self, cid: int, fmt: str = "md") -> str:
        record = self.get_conversation(cid)
        if fmt == "md":
            return conversation_markdown(record)
        if fmt == "json":
            return json.dumps(conversation_to_dict(record), ensure_ascii=False, indent=2) + "\n"
        raise ValueError(f"unknown export format {fmt!r}")

    def export_archive(self) -> dict:
        with self.reading() as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM conversations ORDER BY id")]
            conversations = [conversation_to_dict(_load_conversation(conn, cid)) for cid in ids]
        return {"format": ARCHIVE_FORMAT, "version": ARCHIVE_VERSION, "exported": now_iso(),
                "conversations": conversations}  # fmt: skip

    def import_archive(self, data: object) -> ImportResult:
        """Add the conversations of an archive or of one exported conversation, skipping those whose uid
        is already here; all or nothing."""
        records = parse_archive(data)
        imported = skipped = 0
        with self.writing() as conn:
            for record in records:
                if conn.execute("SELECT 1 FROM conversations WHERE uid = ?", (record.uid,)).fetchone():
                    skipped += 1
                    continue
                _insert_conversation(conn, record, keep_ids=False)
                imported += 1
        return ImportResult(imported, skipped)

    # -- task results ----------------------------------------------------------------------

    def save_translation(
        self,
        *,
        model_id: str,
        source_language: str | None,
        target_language: str,
        source_text: str,
        text: str,
        settings: Mapping | None = None,
        stats: Mapping | None = None,
    ) -> int:
        with self.writing() as conn:
            cursor = conn.execute(
                "INSERT INTO translations (created, model_id, source_language, target_language, source_text, text, "
                "settings, stats) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (now_iso(), clean_text(model_id), _opt(source_language), clean_text(target_language),
                 clean_text(source_text), clean_text(text), _dumps(dict(settings or {})),
                 None if stats is None else _dumps(dict(stats))),
            )  # fmt: skip
            return int(cursor.lastrowid or 0)

    def save_classification(
        self, *, model_id: str, text: str, labels: list[str], result: Mapping, stats: Mapping | None = None
    ) -> int:
        with self.writing() as conn:
            cursor = conn.execute(
                "INSERT INTO classifications (created, model_id, text, labels, result, stats) VALUES (?, ?, ?, ?, ?, ?)",
                (now_iso(), clean_text(model_id), clean_text(text), _dumps(list(labels)), _dumps(dict(result)),
                 None if stats is None else _dumps(dict(stats))),
            )  # fmt: skip
            return int(cursor.lastrowid or 0)

    def save_batch_run(
        self, *, run_id: str, task: str, model_id: str, input_path: str, output_path: str, summary: Mapping
    ) -> None:
        """Record a batch run; saving the same ``run_id`` again (a resumed run) updates it."""
        now = now_iso()
        with self.writing() as conn:
            conn.execute(
                "INSERT INTO batch_runs (run_id, created, updated, task, model_id, input_path, output_path, summary) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id) DO UPDATE SET updated = excluded.updated, "
                "task = excluded.task, model_id = excluded.model_id, input_path = excluded.input_path, "
                "output_path = excluded.output_path, summary = excluded.summary",
                (clean_text(run_id), now, now, clean_text(task), clean_text(model_id), clean_text(str(input_path)),
                 clean_text(str(output_path)), _dumps(dict(summary))),
            )  # fmt: skip

    def recent_translations(self, limit: int = 50) -> list[dict]:
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT id, created, model_id, source_language, target_language, source_text, text, settings, stats "
                "FROM translations ORDER BY id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        keys = ("id", "created", "model_id", "source_language", "target_language", "source_text", "text")
        return [{**dict(zip(keys, r[:7])), "settings": _loads(r[7]), "stats": _loads(r[8])} for r in rows]

    def recent_classifications(self, limit: int = 50) -> list[dict]:
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT id, created, model_id, text, labels, result, stats FROM classifications ORDER BY id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [{"id": r[0], "created": r[1], "model_id": r[2], "text": r[3], "labels": _loads(r[4]),
                 "result": _loads(r[5]), "stats": _loads(r[6])} for r in rows]  # fmt: skip

    def batch_runs(self) -> list[dict]:
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT run_id, created, updated, task, model_id, input_path, output_path, summary "
                "FROM batch_runs ORDER BY updated DESC"
            ).fetchall()
        keys = ("run_id", "created", "updated", "task", "model_id", "input_path", "output_path")
        return [{**dict(zip(keys, r[:7])), "summary": _loads(r[7])} for r in rows]



def file_translation_run_id(output_path: Path) -> str:
    """A translated file's batch-run id: translating into the same file again updates its row."""
    return f"translate-file:{Path(output_path).resolve()}"


def batch_run_id(task: str, journal: Path) -> str:
    """A batch run's id, by its journal: a resumed run updates its row."""
    return f"{task}:{Path(journal).resolve()}"


class AnswerWriter:
    """Saves an answer while it streams: ``append`` collects text in memory,
    ``flush`` writes it (one UPDATE, nothing when unchanged), ``finish`` writes
    the outcome. Cheap enough to flush from the GUI thread at ~30 Hz; use one
    writer from one thread.
    """

    def __init__(self, store: Store, message_id: int, text: str = "") -> None:
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

    def finish(self, state: str = "done", stats: Mapping | None = None, error: str | None = None) -> None:
        if state == "streaming":
            raise ValueError("finish() needs a final state, not 'streaming'")
        self.store.update_message(self.message_id, content=self.text, state=state, stats=stats, error=error)
        self._saved_length = self._length
        self.finished = True


# -- archive and export formats ---------------------------------------------------------


def conversation_to_dict(record: ConversationRecord) -> dict:
    return {
        "uid": record.uid,
        "title": record.title,
        "created": record.created,
        "updated": record.updated,
        "pinned": record.pinned,
        "model_id": record.model_id,
        "system_prompt": record.system_prompt,
        "settings": record.settings,
        "messages": [
            {"role": m.role, "content": m.content, "model_id": m.model_id, "created": m.created,
             "settings": m.settings, "stats": m.stats, "error": m.error, "state": m.state}
            for m in record.messages
        ],
    }  # fmt: skip


def conversation_markdown(record: ConversationRecord) -> str:
    from app.core.engines.base import Stats

    lines = [f"# {_one_line(record.title) or 'Untitled conversation'}", ""]
    meta = [f"Model: {record.model_id or 'none'}", f"Created: {record.created}", f"Updated: {record.updated}"]
    lines += [" · ".join(meta), ""]
    if record.settings:
        lines += ["Settings: " + ", ".join(f"{k} {v}" for k, v in record.settings.items()), ""]
    if record.system_prompt:
        lines += ["System prompt:", ""] + [f"> {ln}" for ln in record.system_prompt.splitlines()] + [""]
    for message in record.messages:
        heading = "User" if message.role == "user" else "Assistant"
        if message.model_id:
            heading += f" · {message.model_id}"
        lines += ["---", "", f"## {heading}", "", message.content, ""]
        notes = []
        if message.stats:
            notes.append(Stats.from_dict(message.stats).summary())
        if message.state not in ("done",):
            notes.append(_STATE_NOTES.get(message.state, message.state))
        if message.error:
            notes.append(f"error: {_one_line(message.error)}")
        if notes:
            lines += [f"*{' · '.join(notes)}*", ""]
    return "\n".join(lines)


_STATE_NOTES = {
    "cancelled": "stopped",
    "failed": "failed",
    "interrupted": "interrupted: Plinth closed before the answer was complete",
    "streaming": "still being written",
}


def _one_line(text: str) -> str:
    return " ".join(text.split())


def read_archive_file(path: Path) -> dict:
    """The parsed JSON of an archive file, or a StoreError that says what is wrong with the file."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise StoreError(f"{path} cannot be read ({exc.strerror or exc}).", "Check the path.") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StoreError(
            f"{path} is not a Plinth archive: it is not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset "
            f"{exc.start}).",
            _IMPORT_HINT,
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise StoreError(f"{path} is not a Plinth archive: it is not valid JSON ({exc.msg} at line {exc.lineno}).",
                         _IMPORT_HINT) from None  # fmt: skip
    return data


def write_archive_file(path: Path, archive: Mapping) -> None:
    """Write ``archive`` as UTF-8 JSON, replacing ``path`` only once the whole file is written."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(archive, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise StoreError(f"{path} cannot be written ({exc.strerror or exc}).",
                         "Choose another folder, or free some disk space.") from None  # fmt: skip


def parse_archive(data: object) -> list[ConversationRecord]:
    """Check the shape of an archive, or of one exported conversation, and turn it into records.

    Both are read: ``export_conversation(..., "json")`` writes one conversation with no archive
    around it, and a person expects to import back what they exported. Ids are 0: new ones are
    given on import.
    """
    if isinstance(data, dict) and "format" not in data and "messages" in data:
        return [_parse_conversation(data, "the exported conversation")]
    if not isinstance(data, dict) or data.get("format") != ARCHIVE_FORMAT:
        raise StoreError(
            "This is not a Plinth archive or an exported conversation "
            '(no "format": "plinth-archive", and no "messages").',
            _IMPORT_HINT,
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise StoreError(f"The archive's version {version!r} is not valid.", _IMPORT_HINT)
    if version > ARCHIVE_VERSION:
        raise StoreError(
            f"The archive was made by a newer version of Plinth (archive version {version}; this one reads up to "
            f"{ARCHIVE_VERSION}).",
            "Update Plinth to import it.",
        )
    conversations = data.get("conversations")
    if not isinstance(conversations, list):
        raise StoreError("The archive has no list of conversations.", _IMPORT_HINT)
    return [_parse_conversation(item, f"conversation {n} of the archive") for n, item in enumerate(conversations, 1)]


def _parse_conversation(item: object, where: str) -> ConversationRecord:
    c = _Fields(item, where)
    uid = c.text("uid")
    if not re.fullmatch(r"[0-9A-Za-z_-]{1,64}", uid):
        raise StoreError(f"The uid of {where} is not valid: {uid[:80]!r}.", "The file was changed or damaged.")
    messages = c.get("messages", list)
    return ConversationRecord(
        id=0,
        uid=uid,
        title=c.text("title"),
        created=c.timestamp("created"),
        updated=c.timestamp("updated"),
        pinned=c.get("pinned", bool),
        model_id=c.optional_text("model_id"),
        system_prompt=c.text("system_prompt"),
        settings=c.get("settings", dict),
        messages=tuple(_parse_message(m, f"message {i} of {where}") for i, m in enumerate(messages, start=1)),
    )


def _parse_message(item: object, where: str) -> MessageRecord:
    m = _Fields(item, where)
    role, state = m.text("role"), m.text("state")
    if role not in ROLES:
        raise StoreError(f"The role of {where} is {role[:40]!r}, not one of {', '.join(ROLES)}.",
                         "The file was changed or damaged.")  # fmt: skip
    if state not in STATES:
        raise StoreError(f"The state of {where} is {state[:40]!r}, not one of {', '.join(STATES)}.",
                         "The file was changed or damaged.")  # fmt: skip
    stats = m.data.get("stats")
    if stats is not None and not isinstance(stats, dict):
        raise StoreError(f"The stats of {where} are not an object.", "The file was changed or damaged.")
    return MessageRecord(
        id=0,
        role=role,
        content=m.text("content"),
        model_id=m.optional_text("model_id"),
        created=m.timestamp("created"),
        settings=m.get("settings", dict),
        stats=stats,
        error=m.optional_text("error"),
        state=state,
    )


class _Fields:
    """Typed access to one JSON object of an archive, with errors that name the place."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, dict):
            raise StoreError(f"{where.capitalize()} is not an object.", "The file was changed or damaged.")
        self.data = data
        self.where = where

    def get(self, key: str, kind: type) -> Any:
        value = self.data.get(key)
        if not isinstance(value, kind):
            raise StoreError(f'"{key}" of {self.where} is missing or not a {kind.__name__}.',
                             "The file was changed or damaged.")  # fmt: skip
        return value

    def text(self, key: str) -> str:
        return clean_text(self.get(key, str))

    def optional_text(self, key: str) -> str | None:
        return None if self.data.get(key) is None else self.text(key)

    def timestamp(self, key: str) -> str:
        value = self.text(key)
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise StoreError(f'"{key}" of {self.where} is not a date: {value[:40]!r}.',
                             "The file was changed or damaged.") from None  # fmt: skip
        return value


# -- search helpers ------------------------------------------------------------------------


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


# -- rows ----------------------------------------------------------------------------------


def apply_migration(conn: sqlite3.Connection, number: int) -> None:
    """Apply step ``number`` (1-based) and set user_version to it, in one transaction."""
    # executescript() would commit an open transaction first, so the script carries its own.
    try:
        conn.executescript(f"BEGIN IMMEDIATE;\n{MIGRATIONS[number - 1]}\nPRAGMA user_version = {number};\nCOMMIT;")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _opt(value: str | None) -> str | None:
    return None if value is None else clean_text(value)


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
    return row[0]


def _require_message(conn: sqlite3.Connection, mid: int) -> int:
    """The message's conversation id."""
    row = conn.execute("SELECT conversation_id FROM messages WHERE id = ?", (mid,)).fetchone()
    if row is None:
        raise _message_not_found(mid)
    return row[0]


def _conversation_not_found(cid: int) -> ConversationNotFoundError:
    return ConversationNotFoundError(f"There is no conversation {cid} in the history.",
                                     "It may have been deleted; `plinth history list` shows the ids.")  # fmt: skip


def _message_not_found(mid: int) -> MessageNotFoundError:
    return MessageNotFoundError(f"There is no message {mid} in the history.", "It may have been deleted.")


def _load_conversation(conn: sqlite3.Connection, cid: int) -> ConversationRecord:
    row = conn.execute(
        "SELECT id, uid, title, created, updated, pinned, model_id, system_prompt, settings "
        "FROM conversations WHERE id = ?",
        (cid,),
    ).fetchone()
    if row is None:
        raise _conversation_not_found(cid)
    messages = tuple(
        MessageRecord(m[0], m[1], m[2], m[3], m[4], _loads(m[5]), _loads(m[6]), m[7], m[8])
        for m in conn.execute(
            "SELECT id, role, content, model_id, created, settings, stats, error, state "
            "FROM messages WHERE conversation_id = ? ORDER BY id",
            (cid,),
        )
    )
    return ConversationRecord(row[0], row[1], row[2], row[3], row[4], bool(row[5]), row[6], row[7],
                              _loads(row[8]), messages)  # fmt: skip


def _insert_conversation(conn: sqlite3.Connection, record: ConversationRecord, keep_ids: bool) -> int:
    cursor = conn.execute(
        "INSERT INTO conversations (id, uid, title, created, updated, pinned, model_id, system_prompt, settings) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (record.id if keep_ids else None, record.uid, clean_text(record.title), record.created, record.updated,
         int(record.pinned), _opt(record.model_id), clean_text(record.system_prompt), _dumps(record.settings)),
    )  # fmt: skip
    cid = int(cursor.lastrowid or 0)
    conn.executemany(
        "INSERT INTO messages (id, conversation_id, role, content, model_id, created, settings, stats, error, state) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(m.id if keep_ids else None, cid, m.role, clean_text(m.content), _opt(m.model_id), m.created,
          _dumps(m.settings), None if m.stats is None else _dumps(m.stats), _opt(m.error), m.state)
         for m in record.messages],
    )  # fmt: skip
    return cid


def _read_prefix(path: Path, size: int) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(size)
