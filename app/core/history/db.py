"""The history file: opening and checking it, setting a damaged one aside, and its connection pool."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import struct
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from app.core.errors import UserFacingError
from app.core.history import schema

DB_FILE_NAME = "plinth.sqlite3"
#: Left beside the database when damage was seen while running: the next open checks the whole file.
CHECK_MARKER_NAME = "plinth.sqlite3.needs-check"
BUSY_TIMEOUT_S = 5.0
#: Idle connections kept for reuse; more are opened while more calls run at once.
POOL_SIZE = 4

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
            f"This Python's SQLite ({sqlite3.sqlite_version}) has no usable FTS5 full-text search ({exc}).",
            "Install Plinth with a Python whose sqlite3 module is built with FTS5 (python.org and most "
            "Linux distributions' builds are), or use the packaged Plinth.",
        ) from None
    finally:
        conn.close()


class Database:
    """One history file, ``plinth.sqlite3``, in the data folder; the parts of ``Store`` build on it.

    The file is in WAL mode with ``synchronous=NORMAL`` (a commit survives a killed process; a
    power cut may lose the last commits but never damages the file), ``foreign_keys=ON`` and a
    busy timeout for the moments another thread or process writes. A file from a newer Plinth is
    refused (``StoreVersionError``) and never written to. A file that is not a database, or a
    truncated one, is renamed ``plinth.sqlite3.corrupt-<timestamp>`` (its ``-wal``/``-shm`` beside
    it with the same prefix, so SQLite still pairs them for a recovery attempt); a new file is
    started and ``warnings`` says so. Damage found later, while running, is reported as a
    ``StoreError`` and leaves a marker that makes the next start run a full integrity check.

    Threads: every public method can be called from any thread. Connections come from a small
    pool, one per call in progress, so calls on different threads never share a connection; each
    write is one ``BEGIN IMMEDIATE`` transaction.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.warnings: list[str] = []
        self._lock = threading.Lock()
        self._idle: list[sqlite3.Connection] = []
        self._closed = False

    # -- opening --------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path) -> Self:
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
            if version > schema.SCHEMA_VERSION:
                raise StoreVersionError(
                    f"The history database {path} was written by a newer version of Plinth "
                    f"(schema {version}; this version knows up to {schema.SCHEMA_VERSION}). It was left unchanged.",
                    "Update Plinth to open it, or run this version with another data folder (PLINTH_HOME=DIR).",
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
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
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
            if version > schema.SCHEMA_VERSION:  # written by a newer Plinth since _damage() looked
                raise StoreVersionError(f"The history database {self.path} was written by a newer version of Plinth.",
                                        "Update Plinth to open it.")  # fmt: skip
            if version < schema.SCHEMA_VERSION:
                # WAL is a property of the file, set once: readers do not wait for the writer.
                conn.execute("PRAGMA journal_mode=WAL")
            for number in range(version + 1, schema.SCHEMA_VERSION + 1):
                schema.apply_migration(conn, number)

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

    def __enter__(self) -> Self:
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


def _read_prefix(path: Path, size: int) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(size)
