"""Writing a file whole or not at all: the one way Plinth replaces its settings, lists and reports."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_text_atomic(path: Path, text: str, *, durable: bool = False) -> None:
    """Write ``text`` (UTF-8, newlines as given) to a temporary file beside ``path``, then rename it over
    ``path``: a crash or a full disk leaves the old file, never half of the new one.

    ``durable`` also flushes the new file to disk before the rename, for files whose loss would cost the
    person work (settings, archives); the rest is only ever as old as the last save.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
