"""A download's bytes on disk: the ``.part`` and its sidecar, resuming, and the writer that writes and hashes."""

from __future__ import annotations

import ctypes
import hashlib
import queue
import shutil
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core.cancel import CancelToken
from app.core.errors import UserFacingError
from app.core.ui_text import ui_text


def part_of(target: Path) -> Path:
    return target.with_name(target.name + ".part")


def sidecar_of(target: Path) -> Path:
    return target.with_name(target.name + ".part.json")


class PartState:
    """How far a part is written and hashed."""

    def __init__(self, offset: int) -> None:
        self.offset = offset
        #: The furthest offset reached in this call.
        self.best = offset
        self.hasher = hashlib.sha256()

    def restart(self) -> None:
        self.offset = 0
        self.hasher = hashlib.sha256()


class DiskWriter:
    """Writes and hashes the received bytes, each on a thread of its own.

    Writing and hashing both release the GIL, so they run beside the thread
    that reads the socket instead of taking turns with it (all three in one
    loop ran at a third of curl's speed). Bytes go reader → writer → hasher;
    ``state`` only ever counts bytes both written and hashed, and leaving the
    ``with`` waits until every byte handed over is. Chunks go over in batches
    of about ``BATCH_BYTES``: a queue hand-over per 64 KiB cost as much as
    hashing them. Every ``WRITEBACK_BYTES`` the writer asks the kernel to
    start writing what it wrote to the disk, without waiting (Linux), so the
    fsync before the rename finds little left to do; it was a fifth of the
    download's time.
    """

    BATCH_BYTES = 1 << 20
    WRITEBACK_BYTES = 16 << 20
    #: Batches waiting at most in each queue: the reader blocks beyond.
    DEPTH = 8

    def __init__(self, fh: Any, state: PartState) -> None:
        self._fh = fh
        self._state = state
        self._to_write: queue.Queue[list[bytes] | None] = queue.Queue(maxsize=self.DEPTH)
        self._to_hash: queue.Queue[list[bytes] | None] = queue.Queue(maxsize=self.DEPTH)
        self._batch: list[bytes] = []
        self._batch_bytes = 0
        self._error: BaseException | None = None
        self._threads = (
            threading.Thread(target=self._write, name="download-writer", daemon=True),
            threading.Thread(target=self._hash, name="download-hasher", daemon=True),
        )

    def __enter__(self) -> DiskWriter:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        if self._batch:
            self._to_write.put(self._batch)
        self._to_write.put(None)
        for thread in self._threads:
            thread.join()
        if self._error is not None and exc_type is None:
            raise self._error

    def put(self, data: bytes) -> None:
        self._batch.append(data)
        self._batch_bytes += len(data)
        if self._batch_bytes >= self.BATCH_BYTES:
            if self._error is not None:
                raise self._error
            self._to_write.put(self._batch)
            self._batch, self._batch_bytes = [], 0

    def _write(self) -> None:
        start_writeback = writeback_starter()
        synced_to = self._state.offset
        unsynced = 0
        while (batch := self._to_write.get()) is not None:
            if self._error is not None:
                continue  # drain, so the reader never blocks on a full queue
            written: list[bytes] = []
            try:
                for data in batch:
                    self._fh.write(data)
                    written.append(data)
                    unsynced += len(data)
                if start_writeback is not None and unsynced >= self.WRITEBACK_BYTES:
                    self._fh.flush()
                    start_writeback(self._fh.fileno(), synced_to, unsynced)
                    synced_to, unsynced = synced_to + unsynced, 0
            except BaseException as exc:  # disk full, I/O error: the reader raises it
                self._error = exc
            if written:
                self._to_hash.put(written)
        self._to_hash.put(None)

    def _hash(self) -> None:
        state = self._state
        while (batch := self._to_hash.get()) is not None:
            for data in batch:
                state.hasher.update(data)
                state.offset += len(data)
            state.best = max(state.best, state.offset)


def writeback_starter() -> Callable[[int, int, int], object] | None:
    """Linux's ``sync_file_range(fd, offset, length, SYNC_FILE_RANGE_WRITE)``: start writing a range
    of a file to the disk and return at once, the pages staying cached; None elsewhere (the final
    fsync then does all the work, as it always may)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        fn = ctypes.CDLL(None, use_errno=True).sync_file_range
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint]
    fn.restype = ctypes.c_int
    write = 2  # SYNC_FILE_RANGE_WRITE
    return lambda fd, offset, length: fn(fd, offset, length, write)


def hash_prefix(path: Path, length: int, hasher: Any, cancel: CancelToken, on_cancel: Callable[[], Exception]) -> None:
    """Feed the first ``length`` bytes of ``path`` to ``hasher``: a resumed download's sha256 covers them."""
    with path.open("rb") as fh:
        left = length
        while left:
            if cancel.cancelled:
                raise on_cancel()
            block = fh.read(min(left, 4 << 20))
            if not block:
                raise UserFacingError(
                    ui_text("{path} shrank while being resumed.", path=str(path)), ui_text("Download the model again.")
                )
            hasher.update(block)
            left -= len(block)


def remove_empty_dirs(path: Path, stop: Path) -> None:
    """Remove ``path`` and its parents up to (not including) ``stop`` while they are empty."""
    while path != stop and stop in path.parents:
        try:
            path.rmdir()
        except OSError:
            return
        path = path.parent


def disk_free(path: Path) -> int:
    return shutil.disk_usage(path).free
