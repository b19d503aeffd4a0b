"""Collections on disk: their roots, files with a status each, passages, the keyword index and vectors."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, Self

from app.core.documents.database import DocumentDatabase, DocumentStoreError
from app.core.documents.records import Location, Passage
from app.core.errors import UserFacingError
from app.core.ui_text import ui_text

FileStatus = Literal["pending", "extracted", "indexed", "skipped", "failed"]
#: Statuses whose passages are complete and searchable.
SEARCHABLE: tuple[FileStatus, ...] = ("extracted", "indexed")
DEFAULT_CHUNK_CHARS = 1200
DEFAULT_OVERLAP_CHARS = 150


class CollectionNotFoundError(UserFacingError):
    title = "No such collection"


class CollectionExistsError(UserFacingError):
    title = "Collection exists"


@dataclass(frozen=True)
class Collection:
    id: int
    name: str
    created: str
    roots: tuple[str, ...]
    #: The model whose vectors the collection holds; None: keyword search only.
    embedding_model: str | None
    chunk_chars: int
    overlap_chars: int


@dataclass(frozen=True)
class FileRecord:
    id: int
    path: str
    size: int
    mtime_ns: int
    sha256: str | None
    status: FileStatus
    reason: str
    pages: int
    passages: int
    #: What a person should see about places in the file, e.g. "page 4: needs OCR".
    notes: tuple[str, ...]
    updated: str


@dataclass(frozen=True)
class CollectionSummary:
    collection: Collection
    files: int
    passages: int
    #: Files per status, e.g. {"indexed": 10, "skipped": 1}.
    by_status: dict[str, int]


@dataclass(frozen=True)
class StoredPassage:
    """A passage as stored: its id and file, for retrieval."""

    id: int
    file_id: int
    file: str
    passage: Passage


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class DocumentStore:
    """Every collection, in one SQLite file (``Paths.documents_db``); safe to call from any thread.

    The indexer writes through the ``*_file``/``*_vectors`` methods; retrieval reads through
    ``keyword_candidates``, ``vector_rows`` and ``passages_by_id``, and a citation opened through
    ``passages_around``. ``index_version`` changes with every change to a collection's passages or
    vectors, so a cached vector matrix knows it is stale.
    """

    def __init__(self, database: DocumentDatabase) -> None:
        self._db = database

    @classmethod
    def open(cls, path: Path) -> Self:
        return cls(DocumentDatabase.open(path))

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- collections ------------------------------------------------------------------

    def create_collection(
        self,
        name: str,
        roots: Iterable[Path] = (),
        *,
        embedding_model: str | None = None,
        chunk_chars: int = DEFAULT_CHUNK_CHARS,
        overlap_chars: int = DEFAULT_OVERLAP_CHARS,
    ) -> Collection:
        name = name.strip()
        if not name:
            raise UserFacingError(ui_text("A collection needs a name."), ui_text("Type a name for it."))
        if chunk_chars < 100 or not 0 <= overlap_chars < chunk_chars // 2:
            raise UserFacingError(
                ui_text(
                    "Chunks of {size} characters overlapping by {overlap} cannot be made.",
                    size=chunk_chars,
                    overlap=overlap_chars,
                ),
                ui_text("Use chunks of at least 100 characters and an overlap under half a chunk."),
            )
        with self._db.writing() as conn:
            try:
                cursor = conn.execute(
                    "INSERT INTO collections (name, created, embedding_model, chunk_chars, overlap_chars) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (name, _now(), embedding_model, chunk_chars, overlap_chars),
                )
            except sqlite3.IntegrityError:
                raise CollectionExistsError(
                    ui_text("A collection named “{name}” already exists.", name=name),
                    ui_text("Pick another name, or add the files to that collection."),
                ) from None
            collection_id = int(cursor.lastrowid or 0)
            _insert_roots(conn, collection_id, roots)
        return self.collection(name)

    def collection(self, name: str) -> Collection:
        with self._db.reading() as conn:
            return _collection(conn, name)

    def collections(self) -> list[CollectionSummary]:
        """Every collection, by name, with its file and passage counts."""
        with self._db.reading() as conn:
            names = [row[0] for row in conn.execute("SELECT name FROM collections ORDER BY name COLLATE NOCASE")]
            summaries = []
            for name in names:
                collection = _collection(conn, name)
                by_status = dict(conn.execute(
                    "SELECT status, count(*) FROM files WHERE collection_id = ? GROUP BY status", (collection.id,)
                ).fetchall())  # fmt: skip
                passages = conn.execute(
                    "SELECT coalesce(sum(passages), 0) FROM files WHERE collection_id = ? AND status IN (?, ?)",
                    (collection.id, *SEARCHABLE),
                ).fetchone()[0]
                summaries.append(CollectionSummary(collection, sum(by_status.values()), passages, by_status))
        return summaries

    def delete_collection(self, name: str) -> None:
        with self._db.writing() as conn:
            collection = _collection(conn, name)
            conn.execute("DELETE FROM collections WHERE id = ?", (collection.id,))

    def add_roots(self, name: str, roots: Iterable[Path]) -> Collection:
        """Add files or folders; the next indexer run reads them."""
        with self._db.writing() as conn:
            _insert_roots(conn, _collection(conn, name).id, roots)
        return self.collection(name)

    def remove_root(self, name: str, root: Path) -> Collection:
        """Remove a file or folder, and at once every indexed file under it."""
        root_text = str(Path(root).expanduser().absolute())
        with self._db.writing() as conn:
            collection = _collection(conn, name)
            found = conn.execute("DELETE FROM roots WHERE collection_id = ? AND path = ?", (collection.id, root_text))
            if found.rowcount == 0:
                raise UserFacingError(
                    ui_text("“{path}” is not one of the paths of collection “{name}”.", path=root_text, name=name),
                    ui_text("List the collection to see its paths."),
                )
            prefix = root_text.rstrip("/\\") + ("\\" if "\\" in root_text else "/")
            conn.execute(
                "DELETE FROM files WHERE collection_id = ? AND (path = ? OR substr(path, 1, ?) = ?)",
                (collection.id, root_text, len(prefix), prefix),
            )
            _bump(conn, collection.id)
        return self.collection(name)

    def set_embedding_model(self, name: str, model_id: str | None) -> Collection:
        """Record the model that embeds this collection; the old model's vectors are dropped (ask first)."""
        with self._db.writing() as conn:
            collection = _collection(conn, name)
            if collection.embedding_model == model_id:
                return collection
            conn.execute("DELETE FROM vectors WHERE collection_id = ?", (collection.id,))
            conn.execute("UPDATE collections SET embedding_model = ? WHERE id = ?", (model_id, collection.id))
            # Without a model a file is complete once extracted; with one it waits for its vectors.
            old, new = ("indexed", "extracted") if model_id else ("extracted", "indexed")
            conn.execute("UPDATE files SET status = ? WHERE collection_id = ? AND status = ?",
                         (new, collection.id, old))  # fmt: skip
            _bump(conn, collection.id)
        return self.collection(name)

    def files(self, name: str) -> list[FileRecord]:
        with self._db.reading() as conn:
            collection = _collection(conn, name)
            rows = conn.execute(f"SELECT {_FILE_COLUMNS} FROM files WHERE collection_id = ? ORDER BY path",
                                (collection.id,)).fetchall()  # fmt: skip
        return [_file_record(row) for row in rows]

    def index_version(self, collection_id: int) -> int:
        with self._db.reading() as conn:
            row = conn.execute("SELECT index_version FROM collections WHERE id = ?", (collection_id,)).fetchone()
        return int(row[0]) if row else -1

    # -- the indexer's writes -----------------------------------------------------------

    def file_record(self, collection_id: int, path: str) -> FileRecord | None:
        with self._db.reading() as conn:
            row = conn.execute(f"SELECT {_FILE_COLUMNS} FROM files WHERE collection_id = ? AND path = ?",
                               (collection_id, path)).fetchone()  # fmt: skip
        return None if row is None else _file_record(row)

    def remove_files_except(self, collection_id: int, keep: set[str]) -> list[str]:
        """Drop every file of the collection whose path is not in ``keep`` (gone from disk); return their paths."""
        with self._db.writing() as conn:
            rows = conn.execute("SELECT id, path FROM files WHERE collection_id = ?", (collection_id,)).fetchall()
            gone = [(file_id, path) for file_id, path in rows if path not in keep]
            conn.executemany("DELETE FROM files WHERE id = ?", [(file_id,) for file_id, _ in gone])
            if gone:
                _bump(conn, collection_id)
        return [path for _, path in gone]

    def set_file_stat(self, file_id: int, size: int, mtime_ns: int) -> None:
        """The file was touched but its content is the same: remember the new size and time only."""
        with self._db.writing() as conn:
            conn.execute("UPDATE files SET size = ?, mtime_ns = ? WHERE id = ?", (size, mtime_ns, file_id))

    def start_file(self, collection_id: int, path: str, size: int, mtime_ns: int) -> int:
        """Mark the file pending, its old passages and vectors gone; return its id."""
        with self._db.writing() as conn:
            conn.execute(
                "INSERT INTO files (collection_id, path, size, mtime_ns, status, updated) VALUES (?, ?, ?, ?, 'pending', ?) "
                "ON CONFLICT (collection_id, path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns, "
                "status = 'pending', reason = '', sha256 = NULL, pages = 0, passages = 0, notes = '[]', "
                "updated = excluded.updated",
                (collection_id, path, size, mtime_ns, _now()),
            )
            file_id = int(conn.execute("SELECT id FROM files WHERE collection_id = ? AND path = ?",
                                       (collection_id, path)).fetchone()[0])  # fmt: skip
            if conn.execute("DELETE FROM passages WHERE file_id = ?", (file_id,)).rowcount:
                _bump(conn, collection_id)
        return file_id

    def add_passages(self, file_id: int, passages: Sequence[Passage]) -> None:
        """Store a batch of a pending file's passages; they are searched once the file is finished."""
        with self._db.writing() as conn:
            conn.executemany(
                'INSERT INTO passages (file_id, ordinal, text, location, start, "end") VALUES (?, ?, ?, ?, ?, ?)',
                [(file_id, p.ordinal, _clean(p.text), json.dumps(p.location.to_dict()), p.start, p.end)
                 for p in passages],
            )  # fmt: skip

    def finish_file(
        self, collection_id: int, file_id: int, *, sha256: str, pages: int, passages: int, notes: Sequence[str]
    ) -> FileStatus:
        """The file's passages are complete: searchable by keyword from this commit on."""
        with self._db.writing() as conn:
            model = conn.execute("SELECT embedding_model FROM collections WHERE id = ?", (collection_id,)).fetchone()
            status: FileStatus = "extracted" if model and model[0] and passages else "indexed"
            conn.execute(
                "UPDATE files SET status = ?, sha256 = ?, pages = ?, passages = ?, notes = ?, reason = '', "
                "updated = ? WHERE id = ?",
                (status, sha256, pages, passages, json.dumps([_clean(n) for n in notes]), _now(), file_id),
            )
            _bump(conn, collection_id)
        return status

    def set_file_outcome(
        self, collection_id: int, path: str, status: FileStatus, reason: str, size: int = 0, mtime_ns: int = 0
    ) -> None:
        """Record a skipped or failed file with its reason (its passages, if any, are dropped)."""
        with self._db.writing() as conn:
            conn.execute(
                "INSERT INTO files (collection_id, path, size, mtime_ns, status, reason, updated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (collection_id, path) DO UPDATE SET "
                "size = excluded.size, mtime_ns = excluded.mtime_ns, status = excluded.status, "
                "reason = excluded.reason, sha256 = NULL, pages = 0, passages = 0, notes = '[]', "
                "updated = excluded.updated",
                (collection_id, path, size, mtime_ns, status, _clean(reason), _now()),
            )
            file_id = conn.execute("SELECT id FROM files WHERE collection_id = ? AND path = ?",
                                   (collection_id, path)).fetchone()[0]  # fmt: skip
            if conn.execute("DELETE FROM passages WHERE file_id = ?", (file_id,)).rowcount:
                _bump(conn, collection_id)

    def passages_to_embed(self, collection_id: int, model_id: str, limit: int) -> list[tuple[int, int, str]]:
        """(passage id, file id, text) of searchable passages that have no vector from ``model_id`` yet."""
        with self._db.reading() as conn:
            return conn.execute(
                "SELECT p.id, p.file_id, p.text FROM passages p JOIN files f ON f.id = p.file_id "
                "LEFT JOIN vectors v ON v.passage_id = p.id AND v.model_id = ? "
                "WHERE f.collection_id = ? AND f.status IN (?, ?) AND v.passage_id IS NULL ORDER BY p.id LIMIT ?",
                (model_id, collection_id, *SEARCHABLE, limit),
            ).fetchall()

    def count_to_embed(self, collection_id: int, model_id: str) -> int:
        with self._db.reading() as conn:
            return int(conn.execute(
                "SELECT count(*) FROM passages p JOIN files f ON f.id = p.file_id "
                "LEFT JOIN vectors v ON v.passage_id = p.id AND v.model_id = ? "
                "WHERE f.collection_id = ? AND f.status IN (?, ?) AND v.passage_id IS NULL",
                (model_id, collection_id, *SEARCHABLE),
            ).fetchone()[0])  # fmt: skip

    def add_vectors(self, collection_id: int, model_id: str, rows: Sequence[tuple[int, bytes]]) -> list[str]:
        """Store one batch of vectors; return the paths of files that became fully indexed with it."""
        with self._db.writing() as conn:
            current = conn.execute("SELECT embedding_model FROM collections WHERE id = ?", (collection_id,)).fetchone()
            if current is None or current[0] != model_id:
                raise DocumentStoreError(
                    ui_text("The collection's embedding model was changed while it was being embedded."),
                    ui_text("Index the collection again."),
                )
            conn.executemany(
                "INSERT OR REPLACE INTO vectors (passage_id, collection_id, model_id, vector) VALUES (?, ?, ?, ?)",
                [(passage_id, collection_id, model_id, blob) for passage_id, blob in rows],
            )
            done = conn.execute(
                "UPDATE files SET status = 'indexed', updated = ? WHERE collection_id = ? AND status = 'extracted' "
                "AND NOT EXISTS (SELECT 1 FROM passages p LEFT JOIN vectors v ON v.passage_id = p.id "
                "WHERE p.file_id = files.id AND v.passage_id IS NULL) RETURNING path",
                (_now(), collection_id),
            ).fetchall()
            _bump(conn, collection_id)
        return [row[0] for row in done]

    # -- retrieval's reads ------------------------------------------------------------

    def keyword_candidates(self, collection_id: int, match: str, limit: int) -> list[tuple[int, float]]:
        """(passage id, bm25) for an FTS5 ``match`` expression, best first (bm25 is lower for better)."""
        with self._db.reading() as conn:
            return conn.execute(
                "SELECT p.id, bm25(passages_fts) AS score FROM passages_fts "
                "JOIN passages p ON p.id = passages_fts.rowid JOIN files f ON f.id = p.file_id "
                "WHERE passages_fts MATCH ? AND f.collection_id = ? AND f.status IN (?, ?) ORDER BY score LIMIT ?",
                (match, collection_id, *SEARCHABLE, limit),
            ).fetchall()

    def vector_rows(self, collection_id: int, model_id: str) -> tuple[int, list[tuple[int, bytes]]]:
        """The index version and every (passage id, vector) of the collection's searchable files, in one snapshot."""
        with self._db.reading() as conn:
            version = conn.execute("SELECT index_version FROM collections WHERE id = ?", (collection_id,)).fetchone()
            rows = conn.execute(
                "SELECT v.passage_id, v.vector FROM vectors v JOIN passages p ON p.id = v.passage_id "
                "JOIN files f ON f.id = p.file_id WHERE v.collection_id = ? AND v.model_id = ? AND f.status IN (?, ?) "
                "ORDER BY v.passage_id",
                (collection_id, model_id, *SEARCHABLE),
            ).fetchall()
        return (int(version[0]) if version else -1), rows

    def passages_by_id(self, ids: Sequence[int]) -> dict[int, StoredPassage]:
        found: dict[int, StoredPassage] = {}
        with self._db.reading() as conn:
            for start in range(0, len(ids), 500):
                part = list(ids[start : start + 500])
                rows = conn.execute(
                    'SELECT p.id, p.file_id, f.path, p.text, p.location, p.start, p."end", p.ordinal '
                    f"FROM passages p JOIN files f ON f.id = p.file_id WHERE p.id IN ({','.join('?' * len(part))})",
                    part,
                ).fetchall()
                for pid, file_id, path, text, location, begin, end, ordinal in rows:
                    passage = Passage(text, Location.from_dict(json.loads(location)), begin, end, ordinal)
                    found[pid] = StoredPassage(pid, file_id, path, passage)
        return found

    def passages_around(self, collection: str, path: str, location: Location, start: int, end: int) -> list[Passage]:
        """The passages of file ``path`` that hold its text at ``start``–``end`` of the section at ``location``, with
        the passage before them and the one after in the file, by ordinal; [] when the file is not searchable in
        ``collection`` now or no passage is there any more."""
        with self._db.reading() as conn:
            found = conn.execute(
                "SELECT f.id FROM files f JOIN collections c ON c.id = f.collection_id "
                "WHERE c.name = ? AND f.path = ? AND f.status IN (?, ?)",
                (collection, path, *SEARCHABLE),
            ).fetchone()
            if found is None:
                return []
            # Compared as the JSON the indexer wrote: the same fields, in the same order.
            first, last = conn.execute(
                "SELECT min(ordinal), max(ordinal) FROM passages WHERE file_id = ? AND location = ? "
                'AND start < ? AND "end" > ?',
                (found[0], json.dumps(location.to_dict()), max(end, start + 1), start),
            ).fetchone()
            if first is None:
                return []
            rows = conn.execute(
                'SELECT text, location, start, "end", ordinal FROM passages WHERE file_id = ? '
                "AND ordinal BETWEEN ? AND ? ORDER BY ordinal",
                (found[0], first - 1, last + 1),
            ).fetchall()
        return [Passage(text, Location.from_dict(json.loads(where)), begin, stop, ordinal)
                for text, where, begin, stop, ordinal in rows]  # fmt: skip


_FILE_COLUMNS = "id, path, size, mtime_ns, sha256, status, reason, pages, passages, notes, updated"


def _file_record(row: Any) -> FileRecord:
    file_id, path, size, mtime_ns, sha256, status, reason, pages, passages, notes, updated = row
    return FileRecord(file_id, path, size, mtime_ns, sha256, status, reason, pages, passages,
                      tuple(json.loads(notes)), updated)  # fmt: skip


def _collection(conn: sqlite3.Connection, name: str) -> Collection:
    row = conn.execute(
        "SELECT id, name, created, embedding_model, chunk_chars, overlap_chars FROM collections WHERE name = ?",
        (name,),
    ).fetchone()
    if row is None:
        raise CollectionNotFoundError(
            ui_text("There is no collection named “{name}”.", name=name),
            ui_text("List the collections to see their names, or add files to create it."),
        )
    roots = tuple(r[0] for r in conn.execute("SELECT path FROM roots WHERE collection_id = ? ORDER BY path", (row[0],)))
    return Collection(row[0], row[1], row[2], roots, row[3], row[4], row[5])


def _insert_roots(conn: sqlite3.Connection, collection_id: int, roots: Iterable[Path]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO roots (collection_id, path) VALUES (?, ?)",
        [(collection_id, str(Path(root).expanduser().absolute())) for root in roots],
    )


def _bump(conn: sqlite3.Connection, collection_id: int) -> None:
    conn.execute("UPDATE collections SET index_version = index_version + 1 WHERE id = ?", (collection_id,))


def _clean(value: str) -> str:
    """``value`` as UTF-8 can hold it (a lone surrogate from a badly decoded file becomes U+FFFD)."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
