"""The history file: opening and checking it, setting a damaged one aside, and its connection pool."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import struct
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from app.core.errors import UserFacingError
from app.core.history import schema
from app.core.sqlite import BUSY_TIMEOUT_S, SQLiteFile
from app.core.ui_text import ui_text

DB_FILE_NAME = "plinth.sqlite3"
#: Left beside the database when damage was seen while running: the next open checks the whole file.
CHECK_MARKER_NAME = "plinth.sqlite3.needs-check"

#: SQLite's primary result codes for "this is not a (sound) database".
_DAMAGE_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
_HEADER = b"SQLite format 3\x00"


class StoreError(UserFacingError):
    title = "History cannot be used"


class StoreVersionError(StoreError):
    title = "History is from a newer Plinth"


class StoreDamagedError(StoreError):
    title = "History is damaged"

    def __init__(self, message: str, hint: str = "", reason: str = "") -> None:
        super().__init__(message, hint)
        self.reason = reason


def clean_text(value: str) -> str:
    """``value`` as UTF-8 can hold it: surrogate pairs joined, lone surrogates as U+FFFD.

    Every text goes through this at the store boundary, so whatever Python ``str`` comes in is
    stored and returned exactly (NUL, non-BMP characters, right-to-left scripts, combining marks,
    zero-width (non-)joiners) except a surrogate code point, which UTF-8 cannot encode.
    """
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def clean_optional(value: str | None) -> str | None:
    return None if value is None else clean_text(value)


def dump_json(value: object) -> str:
    return clean_text(json.dumps(value, ensure_ascii=False))


def load_json(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def _is_damage(exc: BaseException) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and (code & 0xFF) in _DAMAGE_CODES


def check_fts5() -> None:
    """Raise StoreError when this Python's SQLite lacks FTS5 (history search needs it)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(f'CREATE VIRTUAL TABLE probe USING fts5(x, tokenize="{schema.TOKENIZER}")')
    except sqlite3.Error as exc:
        raise StoreError(
            ui_text(
                "This Python's SQLite ({version}) has no usable FTS5 full-text search ({reason}).",
                version=sqlite3.sqlite_version,
                reason=str(exc),
            ),
            ui_text(
                "Install Plinth with a Python whose sqlite3 module is built with FTS5 (python.org and most "
                "Linux distributions' builds are), or use the packaged Plinth."
            ),
        ) from None
    finally:
        conn.close()


class Database(SQLiteFile):
    """One history file, ``plinth.sqlite3``, in the data folder; the parts of ``Store`` build on it.

    The file is in WAL mode with ``synchronous=NORMAL`` (a commit survives a killed process; a
    power cut may lose the last commits but never damages the file), ``foreign_keys=ON`` and a
    busy timeout for the moments another thread or process writes. A file from a newer Plinth is
    refused (``StoreVersionError``) and never written to. A file that is not a database, or a
    truncated one, is renamed ``plinth.sqlite3.corrupt-<timestamp>`` (its ``-wal``/``-shm`` beside
    it with the same prefix, so SQLite still pairs them for a recovery attempt); a new file is
    started and ``warnings`` says so. Damage found later, while running, is reported as a
    ``StoreError`` and leaves a marker that makes the next start run a full integrity check.

    Threads: as ``SQLiteFile`` (any thread; a connection per call in progress).
    """

    label = ui_text("history database")
    error = StoreError
    version_error = StoreVersionError

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.warnings: list[str] = []

    # -- opening --------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path) -> Self:
        """Open (create, migrate) the store in ``data_dir``; a damaged file is set aside first."""
        check_fts5()
        return cls._create(Path(data_dir) / DB_FILE_NAME, ui_text("data folder"))

    def _open(self) -> None:
        damage = self._damage()
        if damage is not None:
            self._set_aside(damage)
        try:
            self._migrate(schema.MIGRATIONS)
            self._recover_streaming()
        except StoreDamagedError as exc:
            if damage is not None:
                raise
            # Damage past what _damage() reads (the first statements touch more pages).
            self._close_idle()
            self._set_aside(exc.reason)
            self._migrate(schema.MIGRATIONS)

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
            return ui_text("it is not an SQLite database")
        page_size = struct.unpack(">H", header[16:18])[0]
        page_size = 65536 if page_size == 1 else page_size
        change_counter, pages, valid_for = (struct.unpack(">I", header[o : o + 4])[0] for o in (24, 28, 92))
        if pages and change_counter == valid_for and size < pages * page_size:
            return ui_text(
                "it is truncated: {size} bytes of the {expected} it should have", size=size, expected=pages * page_size
            )
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > schema.SCHEMA_VERSION:
                raise self._newer(version, schema.SCHEMA_VERSION)
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            if marker.exists():
                result = conn.execute("PRAGMA quick_check").fetchone()[0]
                if result != "ok":
                    return ui_text("the integrity check failed: {result}", result=result)
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
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            for suffix in ("-wal", "-shm", ""):
                source = Path(f"{self.path}{suffix}")
                if source.exists():
                    source.rename(f"{aside}{suffix}")
        except OSError as exc:
            raise StoreError(
                ui_text(
                    "The history database {path} is damaged ({reason}) and cannot be moved aside ({error}).",
                    path=str(self.path),
                    reason=reason,
                    error=str(exc),
                ),
                ui_text("Move it out of the data folder yourself; Plinth then starts a new one."),
            ) from None
        with contextlib.suppress(FileNotFoundError):
            self.path.with_name(CHECK_MARKER_NAME).unlink()
        self.warnings.append(
            ui_text(
                "The history database was damaged ({reason}) and was set aside as {name} in {folder}; a new, "
                "empty one was started. The old file is kept there in case it can be recovered.",
                reason=reason,
                name=aside.name,
                folder=str(aside.parent),
            )
        )

    def _recover_streaming(self) -> None:
        # The process that was streaming these answers died. A live writer in
        # another process re-asserts "streaming" on its next flush.
        with self.writing() as conn:
            conn.execute("UPDATE messages SET state = 'interrupted' WHERE state = 'streaming'")

    def _error(self, exc: BaseException) -> UserFacingError:
        if _is_damage(exc):
            with contextlib.suppress(OSError):
                self.path.with_name(CHECK_MARKER_NAME).touch()
            return StoreDamagedError(
                ui_text("The history database {path} is damaged ({reason}).", path=str(self.path), reason=str(exc)),
                ui_text("Restart Plinth: it checks the file, sets a damaged one aside and starts a new one."),
                reason=str(exc),
            )
        return super()._error(exc)


def _read_prefix(path: Path, size: int) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(size)
