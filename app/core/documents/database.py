"""The documents file: its schema and migrations (one SQLite file for every collection, pooled by ``app.core.sqlite``)."""

from __future__ import annotations

from pathlib import Path
from typing import Self

from app.core.errors import UserFacingError
from app.core.sqlite import SQLiteFile
from app.core.ui_text import ui_text

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


class DocumentStoreError(UserFacingError):
    title = "Documents cannot be used"


class DocumentDatabase(SQLiteFile):
    """The file ``documents.sqlite3``: as ``SQLiteFile`` (WAL, a pool of connections, any thread).

    A file from a newer Plinth is refused.
    """

    label = ui_text("documents database")
    error = version_error = DocumentStoreError

    @classmethod
    def open(cls, path: Path) -> Self:
        return cls._create(path, ui_text("folder"))

    def _open(self) -> None:
        self._migrate(MIGRATIONS)
