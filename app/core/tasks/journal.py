"""The journal of a resumable run: a JSONL file whose first line says which run wrote it, then one line per
finished piece of work, written and flushed as soon as that piece is done.

A run that was cancelled, or whose process was killed, leaves at most a
half-written last line; ``Journal.resume`` drops it and gives back every
whole record, so the run picks up where it stopped. A journal whose first
line names another run (other settings, another model, another input) is
started over. Batch runs (``batch.py``) and own-task matrices
(``custom/run.py``) share it.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import IO, Any


class Journal:
    """``path``, for the run described by ``header`` (a JSON object compared whole)."""

    def __init__(self, path: Path, header: dict[str, object]) -> None:
        self.path = Path(path)
        # As it reads back from the file (tuples become lists), so that the two compare equal.
        self.header: object = json.loads(json.dumps(header))
        #: Set by ``resume`` when the file held another run's records, now dropped.
        self.started_over = False
        self._file: IO[str] | None = None
        self._lock = threading.Lock()

    def resume(self) -> list[dict[str, Any]]:
        """The records an earlier run with the same header finished; starts the file over for another run's."""
        path = self.path
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            return []
        data = path.read_bytes()
        records: list[dict[str, Any]] = []
        good = 0  # bytes of whole, valid lines
        header: object = None
        for line in data.splitlines(keepends=True):
            if not line.endswith(b"\n"):
                break  # the last write of a killed run
            try:
                record = json.loads(line)
            except ValueError:
                break
            if header is None:
                header = record
            elif isinstance(record, dict):
                records.append(record)
            good += len(line)
        if header != self.header:
            self.started_over = header is not None
            path.write_bytes(b"")
            return []
        if good < len(data):
            with open(path, "r+b") as f:  # drop the half-written last line before appending
                f.truncate(good)
        return records

    def __enter__(self) -> Journal:
        self._file = open(self.path, "a", encoding="utf-8", newline="\n")
        if self._file.tell() == 0:
            self._write(self.header)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def append(self, record: dict[str, object]) -> None:
        """Write one record as one flushed line; safe from several threads."""
        with self._lock:
            self._write(record)

    def _write(self, record: object) -> None:
        # One write per line, flushed: a kill leaves at most a partial last line, which resume() drops.
        assert self._file is not None, "append() inside `with journal:`"
        self._file.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
        self._file.flush()
