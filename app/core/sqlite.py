"""One SQLite file for many threads: its connection pool, pragmas and migrations (history and documents)."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import ClassVar, Self

from app.core.errors import UserFacingError
from app.core.ui_text import ui_text

BUSY_TIMEOUT_S = 5.0
#: Idle connections kept for reuse; more are opened while more calls run at once.
POOL_SIZE = 4


def apply_step(conn: sqlite3.Connection, number: int, script: str) -> None:
    """Apply migration step ``number`` (1-based, ``script``) and set user_version to it, in one transaction."""
    # executescript() would commit an open transaction first, so the script carries its own.
    try:
        conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


class SQLiteFile:
    """One SQLite file in WAL mode with ``synchronous=NORMAL``, ``foreign_keys=ON`` and a busy timeout.

    A subclass names the file in messages (``label``), gives its error classes and opens it in
    ``_open`` (migrating it with ``_migrate``). A file from a newer Plinth is refused
    (``version_error``) and never written to.

    Threads: every public method can be called from any thread. Connections come from a small
    pool, one per call in progress, so calls on different threads never share a connection; each
    write is one ``BEGIN IMMEDIATE`` transaction.
    """

    #: How messages name the file: "The history database …"; a ``ui_text`` noun, so the window translates it.
    label: ClassVar[str]
    #: Raised when the file cannot be read or written.
    error: ClassVar[type[UserFacingError]]
    #: Raised for a file written by a newer Plinth.
    version_error: ClassVar[type[UserFacingError]]

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._idle: list[sqlite3.Connection] = []
        self._closed = False

    # -- opening --------------------------------------------------------------------

    @classmethod
    def _create(cls, path: Path, folder: str) -> Self:
        """The file at ``path`` opened by ``_open``, its folder (``folder`` in messages, a ``ui_text`` noun) made
        first."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise cls.error(
                ui_text(
                    "The {folder} {path} cannot be created ({reason}).",
                    folder=folder,
                    path=str(path.parent),
                    reason=str(exc),
                ),
                ui_text("Check its permissions, or point PLINTH_HOME at a writable folder."),
            ) from None
        opened = cls(path)
        try:
            opened._open()
        except BaseException:
            opened.close()
            raise
        return opened

    def _open(self) -> None:
        raise NotImplementedError

    def _newer(self, version: int, known: int) -> UserFacingError:
        return self.version_error(
            ui_text(
                "The {label} {path} was written by a newer version of Plinth (schema {version}; this version "
                "knows up to {known}). It was left unchanged.",
                label=self.label,
                path=str(self.path),
                version=version,
                known=known,
            ),
            ui_text("Update Plinth to open it, or run this version with another data folder (PLINTH_HOME=DIR)."),
        )

    def _migrate(self, steps: Sequence[str]) -> None:
        """Apply the ``steps`` the file lacks (``PRAGMA user_version`` counts those applied)."""
        with self._connection() as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > len(steps):
                raise self._newer(version, len(steps))
            if version < len(steps):
                # WAL is a property of the file, set once: readers do not wait for the writer.
                conn.execute("PRAGMA journal_mode=WAL")
            for number in range(version + 1, len(steps) + 1):
                apply_step(conn, number, steps[number - 1])

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
                raise self.error(ui_text("The {label} is closed.", label=self.label), ui_text("Restart Plinth."))
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

    def _error(self, exc: BaseException) -> UserFacingError:
        return self.error(
            ui_text(
                "The {label} {path} cannot be read or written ({reason}).",
                label=self.label,
                path=str(self.path),
                reason=str(exc),
            ),
            ui_text("Check that the data folder is writable and the disk is not full."),
        )
