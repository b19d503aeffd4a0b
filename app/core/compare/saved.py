"""Saved comparisons, kept in the shared history database (``open_comparisons(store)``).

Every finished or stopped comparison is saved whole (spec, outputs, metrics)
as JSON columns, with the fields the list shows (created, title, task,
models) beside them; each save is one transaction of the shared ``Store``,
which may be used from any thread.

Comparisons were once kept in a file of their own, ``comparisons.sqlite3``:
``import_legacy_comparisons`` copies its rows into the shared database once
and renames it ``comparisons.sqlite3.imported``.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import UserFacingError
from app.core.ui_text import ui_join, ui_text

if TYPE_CHECKING:
    from app.core.compare.results import ComparisonResult
    from app.core.history.store import Store

#: The file comparisons were kept in before the shared history database.
LEGACY_FILE_NAME = "comparisons.sqlite3"
LEGACY_SCHEMA_VERSION = 1
_COLUMNS = "id, created, title, task, models, spec, runs, stopped"


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
    """Saved comparisons in the shared ``Store``; ``path`` is the database file."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.path = store.path

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
        with self._store.writing() as conn:
            conn.execute(f"INSERT OR REPLACE INTO comparisons ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row)

    def list(self) -> list[ComparisonSummary]:
        """Every saved comparison, newest first."""
        with self._store.reading() as conn:
            rows = conn.execute(
                "SELECT id, created, title, task, models FROM comparisons ORDER BY created DESC, rowid DESC"
            ).fetchall()
        return [ComparisonSummary(r[0], r[1], r[2], r[3], tuple(json.loads(r[4]))) for r in rows]

    def get(self, comparison_id: str) -> ComparisonResult:
        # Imported here: opening the history (which imports this module) stays quick.
        from app.core.compare.results import ComparisonResult, ModelRun
        from app.core.compare.spec import Comparison

        with self._store.reading() as conn:
            row = conn.execute(
                "SELECT id, created, spec, runs, stopped FROM comparisons WHERE id = ?", (comparison_id,)
            ).fetchone()
        if row is None:
            raise ComparisonNotFoundError(
                ui_text("No saved comparison has the id {id}.", id=repr(comparison_id)),
                ui_text("It may have been deleted: pick one from the list of saved comparisons."),
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
                ui_text("The saved comparison {id} is damaged ({reason}).", id=repr(comparison_id), reason=str(exc)),
                ui_text("Delete it and run it again."),
            ) from None

    def delete(self, comparison_id: str) -> bool:
        """Remove one comparison; False when there was none with that id."""
        with self._store.writing() as conn:
            return conn.execute("DELETE FROM comparisons WHERE id = ?", (comparison_id,)).rowcount > 0


def open_comparisons(store: Store) -> ComparisonStore:
    """The saved comparisons in ``store``, with an old ``comparisons.sqlite3`` beside it imported first.

    A failed import leaves a warning in ``store.warnings`` (the window's status bar shows them).
    """
    warning = import_legacy_comparisons(store, store.path.parent)
    if warning:
        store.warnings.append(warning)
    return ComparisonStore(store)


def import_legacy_comparisons(store: Store, data_dir: Path) -> str | None:
    """Copy the rows of an old ``comparisons.sqlite3`` into ``store`` once; a warning when that failed.

    The rows go in first and the file is renamed after, so a crash in between
    only means the same rows are offered again (and ignored: same ids).
    """
    legacy = Path(data_dir) / LEGACY_FILE_NAME
    if not legacy.is_file():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    try:
        # A normal connection: closing it folds any -wal back in, so the one renamed file is complete.
        with contextlib.closing(sqlite3.connect(legacy, timeout=5.0)) as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > LEGACY_SCHEMA_VERSION:
                return ui_join([
                    ui_text(
                        "{path} was written by a newer version of Plinth; its comparisons were not imported.",
                        path=str(legacy),
                    ),
                    ui_text("Update Plinth to see them."),
                ])  # fmt: skip
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
            rows = conn.execute(f"SELECT {_COLUMNS} FROM comparisons").fetchall() if "comparisons" in tables else []
    except sqlite3.Error as exc:
        aside = legacy.with_name(f"{LEGACY_FILE_NAME}.corrupt-{stamp}")
        with contextlib.suppress(OSError):
            legacy.rename(aside)
        return ui_text(
            "The old comparisons file could not be read ({reason}); it was set aside as {name}.",
            reason=str(exc),
            name=aside.name,
        )
    with store.writing() as conn:
        conn.executemany(f"INSERT OR IGNORE INTO comparisons ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    target = legacy.with_name(f"{LEGACY_FILE_NAME}.imported")
    if target.exists():
        target = legacy.with_name(f"{LEGACY_FILE_NAME}.imported-{stamp}")
    try:
        legacy.rename(target)
    except OSError as exc:
        return ui_text(
            "{count} saved comparisons were imported, but {path} could not be renamed ({reason}).",
            count=len(rows),
            path=str(legacy),
            reason=str(exc),
        )
    return None


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
