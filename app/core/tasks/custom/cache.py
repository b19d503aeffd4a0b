"""Answers to identical requests, kept so a rerun asks no model again.

The key is a hash of the model id and everything the model is given: the
messages, temperature, seed, sampling settings, answer length and JSON
Schema (for a label task: the labels, the instruction and the text). Only
deterministic settings are cached, temperature 0 or a fixed seed: anything
else would answer differently each time, and a cache would hide that. An
answer from the cache costs nothing again. The cache is one SQLite file in
Plinth's cache folder, safe to delete.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from app.core.engines.base import ChatRequest, Stats
from app.core.errors import UserFacingError
from app.core.ui_text import ui_text

FILE_NAME = "task-responses.sqlite3"
_SCHEMA = """CREATE TABLE IF NOT EXISTS responses (
    key TEXT PRIMARY KEY,
    model_id TEXT NOT NULL,
    text TEXT NOT NULL,
    stats TEXT NOT NULL
)"""


class ResponseCacheError(UserFacingError):
    title = "The answer cache cannot be used"


@dataclass(frozen=True)
class CachedAnswer:
    text: str
    stats: Stats


def deterministic(temperature: float, seed: int | None) -> bool:
    """Whether settings give the same answer every time: only such answers are cached."""
    return temperature == 0 or seed is not None


def request_key(model_id: str, request: ChatRequest) -> str | None:
    """The cache key of ``request`` to ``model_id``; None when its settings are not deterministic."""
    if not deterministic(request.temperature, request.seed):
        return None
    return _digest(
        {
            "model": model_id,
            "messages": [[m.role, m.content] for m in request.messages],
            "max_tokens": request.max_tokens, "temperature": request.temperature, "top_p": request.top_p,
            "top_k": request.top_k, "min_p": request.min_p, "repeat_penalty": request.repeat_penalty,
            "stop": list(request.stop), "seed": request.seed, "json_schema": request.json_schema,
        }
    )  # fmt: skip


def label_key(model_id: str, labels: tuple[str, ...], instruction: str, text: str) -> str:
    """The cache key of a label chosen for ``text``: always deterministic (labels are taken at temperature 0)."""
    return _digest({"model": model_id, "labels": list(labels), "instruction": instruction, "text": text})


def _digest(described: Mapping[str, object]) -> str:
    data = json.dumps(described, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(data.encode()).hexdigest()


class ResponseCache:
    """The cache file at ``path``; may be used from several threads. ``close()`` when done."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise ResponseCacheError(
                ui_text("{path} cannot be opened ({reason}).", path=str(self.path), reason=str(exc)),
                ui_text("Delete the file (it only holds earlier answers), or turn the cache off."),
            ) from None

    @classmethod
    def in_folder(cls, cache_dir: Path) -> ResponseCache:
        """The cache in Plinth's cache folder (``Paths.cache_dir``)."""
        return cls(Path(cache_dir) / FILE_NAME)

    def get(self, key: str) -> CachedAnswer | None:
        with self._lock:
            row = self._conn.execute("SELECT text, stats FROM responses WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        return CachedAnswer(str(row[0]), Stats.from_dict(json.loads(row[1])))

    def put(self, key: str, model_id: str, answer: CachedAnswer) -> None:
        with self._lock:
            self._conn.execute(
                "INSERT OR REPLACE INTO responses (key, model_id, text, stats) VALUES (?, ?, ?, ?)",
                (key, model_id, answer.text, json.dumps(answer.stats.to_dict())),
            )

    def clear(self) -> int:
        """Forget every answer; returns how many there were."""
        with self._lock:
            return self._conn.execute("DELETE FROM responses").rowcount

    def close(self) -> None:
        with self._lock:
            self._conn.close()
