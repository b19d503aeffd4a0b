"""Saved comparisons: one SQLite file, ``comparisons.sqlite3``, in the data folder.

Every finished or stopped comparison is saved whole (spec, outputs, metrics)
as JSON columns, with the fields the list shows (created, title, task,
models) beside them. Each operation opens its own connection and closes it,
so the store can be used from any thread and never holds the file between
calls; writes are single transactions. ``PRAGMA user_version`` is the
schema version: a file from a newer Plinth is refused rather than damaged.

A later issue brings one store for conversations, runs and comparisons;
until then this one keeps comparisons only.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from app.core.compare import Comparison, ComparisonResult, ModelRun
from app.core.errors import UserFacingError

FILE_NAME = "comparisons.sqlite3"
SCHEMA_VERSION = 1
#: How long a write waits for another process's write to end.
BUSY_TIMEOUT_S = 5.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS comparisons (
    id TEXT PRIMARY KEY,
    created TEXT NOT NULL,
    title TEXT NOT NULL,
    task TEXT NOT NULL,
    models TEXT NOT NULL,      -- JSON list of model ids, in column order
    spec TEXT NOT NULL,        -- JSON: Comparison.to_dict()
    runs TEXT NOT NULL,        -- JSON list: ModelRun.to_dict() per model
    stopped INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS comparisons_created ON comparisons (created);
"""


class ComparisonStoreError(UserFacingError):
    title = "Saved comparisons cannot be used"


class ComparisonNotFoundError(UserFacingError):
    title = "Comparison not found"


@dataclass(frozen=True)
class ComparisonSummary:
    """One line of the list of saved comparisons."""

    id: str
    created: str
    title: str
    task: str
    models: tuple[str, ...]


class ComparisonStore:
    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / FILE_NAME

    def save(self, result: ComparisonResult) -> None:
        """Insert or replace ``result`` (by its id)."""
        spec = result.spec
        row = (
            result.id,
            result.created,
            spec.display_title,
            spec.task,
            _dumps(list(spec.models)),
            _dumps(spec.to_dict()),
            _dumps([run.to_dict() for run in result.runs]),
            int(result.stopped),
        )
        with self._connect() as conn:
            conn.execute("INSERT OR REPLACE INTO comparisons VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row)

    def list(self) -> list[ComparisonSummary]:
        """Every saved comparison, newest first."""
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT id, created, title, task, models FROM comparisons ORDER BY created DESC, rowid DESC"
            ).fetchall()
        return [ComparisonSummary(r[0], r[1], r[2], r[3], tuple(json.loads(r[4]))) for r in rows]

    def get(self, comparison_id: str) -> ComparisonResult:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT id, created, spec, runs, stopped FROM comparisons WHERE id = ?", (comparison_id,)
            ).fetchone()
        if row is None:
            raise ComparisonNotFoundError(
                f"No saved comparison has the id {comparison_id!r}.",
                "It may have been deleted: pick one from the list of saved comparisons.",
            )
        try:
            return ComparisonResult(
                id=row[0],
                created=row[1],
                spec=Comparison.from_dict(json.loads(row[2])),
                runs=[ModelRun.from_dict(r) for r in json.loads(row[3])],
                stopped=bool(row[4]),
            )
        except (ValueError, TypeError, KeyError) as exc:
            raise ComparisonStoreError(
                f"The saved comparison {comparison_id!r} is damaged ({exc}).", "Delete it and run it again."
            ) from None

    def delete(self, comparison_id: str) -> bool:
        """Remove one comparison; False when there was none with that id."""
        with self._connect() as conn:
            return conn.execute("DELETE FROM comparisons WHERE id = ?", (comparison_id,)).rowcount > 0

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """A connection in one transaction (committed on success, rolled back on error), then closed."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S)
        except (OSError, sqlite3.Error) as exc:
            raise self._error(exc) from None
        try:
            self._migrate(conn)
            with conn:
                yield conn
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        finally:
            conn.close()

    def _migrate(self, conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        if version > SCHEMA_VERSION:
            raise ComparisonStoreError(
                f"{self.path} was written by a newer version of Plinth (schema {version}; this one knows {SCHEMA_VERSION}).",
                "Update Plinth to open saved comparisons.",
            )
        # WAL lets the GUI read the list while a comparison is being saved; it
        # is a property of the file, set once.
        conn.execute("PRAGMA journal_mode=WAL")
        conn.executescript(f"BEGIN; {_SCHEMA} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")

    def _error(self, exc: Exception) -> ComparisonStoreError:
        return ComparisonStoreError(
            f"{self.path} cannot be read or written ({exc}).",
            "Check that the data folder is writable and the disk is not full; if the file is damaged, "
            "move it away and Plinth starts a new one.",
        )


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
