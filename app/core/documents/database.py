"""The documents file: its schema, its migrations and its connection pool (one SQLite file for every collection)."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Self

from app.core.errors import UserFacingError

BUSY_TIMEOUT_S = 5.0
#: Idle connections kept for reuse; more are opened while more calls run at once.
POOL_SIZE = 4

# Porter stemming over unicode61: "renewal"/"renewed", "invoices"/"invoice" meet. On the evaluation set
# in tests/data/documents it found what plain unicode61 found and more (see tests/core/documents/test_evaluation.py).
TOKENIZER = "porter unicode61 remove_diacritics 2"

#: Append-only: ``PRAGMA user_version`` is the number of steps applied, each in its own transaction.
# fmt: off
MIGRATIONS: tuple[str, ...] = (
    # 1: collections, their roots, files, passages, the keyword index and vectors.
    f"""
    CREATE TABLE collections (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE,
        created TEXT NOT NULL,
        embedding_model TEXT,                 -- NULL: keyword search only
        chunk_chars INTEGER NOT NULL,
        overlap_chars INTEGER NOT NULL,
        index_version INTEGER NOT NULL DEFAULT 0  -- bumped by every change to passages or vectors
    );
    CREATE TABLE roots (
        collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        PRIMARY KEY (collection_id, path)
    );
    CREATE TABLE files (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
        path TEXT NOT NULL,                   -- absolute
        size INTEGER NOT NULL DEFAULT 0,
        mtime_ns INTEGER NOT NULL DEFAULT 0,
        sha256 TEXT,
        status TEXT NOT NULL,                 -- pending, extracted, indexed, skipped, failed
        reason TEXT NOT NULL DEFAULT '',
        pages INTEGER NOT NULL DEFAULT 0,
        passages INTEGER NOT NULL DEFAULT 0,
        notes TEXT NOT NULL DEFAULT '[]',     -- JSON list of "page 4: needs OCR"
        updated TEXT NOT NULL,
        UNIQUE (collection_id, path)
    );
    CREATE TABLE passages (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        file_id INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        text TEXT NOT NULL,
        location TEXT NOT NULL,               -- JSON of Location.to_dict()
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        UNIQUE (file_id, ordinal)
    );
    CREATE VIRTUAL TABLE passages_fts USING fts5(
        text, content='passages', content_rowid='id', tokenize="{TOKENIZER}");
    CREATE TRIGGER passages_fts_insert AFTER INSERT ON passages BEGIN
        INSERT INTO passages_fts (rowid, text) VALUES (new.id, new.text);
    END;
    CREATE TRIGGER passages_fts_delete AFTER DELETE ON passages BEGIN
        INSERT INTO passages_fts (passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END;
    CREATE TABLE vectors (
        passage_id INTEGER PRIMARY KEY REFERENCES passages (id) ON DELETE CASCADE,
        collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
        model_id TEXT NOT NULL,
        vector BLOB NOT NULL                  -- float32, L2-normalised
    );
    CREATE INDEX vectors_collection ON vectors (collection_id, model_id, passage_id);
    """,
)
# fmt: on
SCHEMA_VERSION = len(MIGRATIONS)


class DocumentStoreError(UserFacingError):
    title = "Documents cannot be used"


class DocumentDatabase:
    """The file ``documents.sqlite3``: WAL, ``synchronous=NORMAL``, foreign keys on, a pool of connections.

    Every public method may be called from any thread: each call takes its own connection from the
    pool, and each write is one ``BEGIN IMMEDIATE`` transaction. A file from a newer Plinth is refused.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._idle: list[sqlite3.Connection] = []
        self._closed = False

    @classmethod
    def open(cls, path: Path) -> Self:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DocumentStoreError(f"The folder {path.parent} cannot be created ({exc}).",
                                     "Check its permissions, or point PLINTH_HOME at a writable folder.") from None  # fmt: skip
        database = cls(path)
        try:
            database._migrate()
        except BaseException:
            database.close()
            raise
        return database

    def _migrate(self) -> None:
        with self._connection() as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise DocumentStoreError(
                    f"The documents database {self.path} was written by a newer version of Plinth "
                    f"(schema {version}; this version knows up to {SCHEMA_VERSION}). It was left unchanged.",
                    "Update Plinth to open it, or run this version with another data folder (PLINTH_HOME=DIR).",
                )
            if version < SCHEMA_VERSION:
                # WAL is a property of the file: searches read while the indexer writes.
                conn.execute("PRAGMA journal_mode=WAL")
            for number in range(version + 1, SCHEMA_VERSION + 1):
                conn.execute("BEGIN IMMEDIATE")
                try:
                    for statement in _statements(MIGRATIONS[number - 1]):
                        conn.execute(statement)
                    conn.execute(f"PRAGMA user_version = {number}")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if self._closed:
                raise DocumentStoreError("The documents database is closed.", "Restart Plinth.")
            conn = self._idle.pop() if self._idle else None
        try:
            if conn is None:
                conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                       check_same_thread=False)  # fmt: skip
                conn.execute("PRAGMA foreign_keys = ON")
                conn.execute("PRAGMA synchronous = NORMAL")
            yield conn
        except sqlite3.Error as exc:
            raise DocumentStoreError(
                f"The documents database {self.path} cannot be read or written ({exc}).",
                "Check that the data folder is writable and the disk is not full.",
            ) from None
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
        """One write transaction, committed on success and rolled back on any error."""
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


def _statements(script: str) -> Iterator[str]:
    """``script`` split into complete statements (triggers hold semicolons), for one transaction."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                yield pending
            pending = ""
