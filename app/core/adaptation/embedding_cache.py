"""Embeddings kept per (embedding model, text): trying another method, size or seed on the same rows embeds nothing again.

One SQLite file (``Paths.embedding_cache_file``, pooled by ``app.core.sqlite``) holds a float32 vector per
model id and sha256 of the text. ``EmbeddingCache.embed`` looks every text up, sends only the missing ones
to the engine (in batches, each written as soon as it comes back, so a cancelled run keeps what it paid
for) and returns the rows in order. The cache is only a cache: a file that is not a database is set aside
and a new one started.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Self

from app.core.cancel import Cancelled, CancelToken
from app.core.errors import UserFacingError
from app.core.sqlite import SQLiteFile

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from app.core.engines.embedding import EmbeddingEngine

log = logging.getLogger(__name__)

#: Texts sent to the engine at once: cancel and progress are seen between batches.
BATCH = 64
#: Texts looked up in one query (SQLite's limit on bound variables is far above this).
LOOKUP = 400

MIGRATIONS = (
    """
    CREATE TABLE vectors (
        model TEXT NOT NULL,
        digest BLOB NOT NULL,
        dim INTEGER NOT NULL,
        vector BLOB NOT NULL,
        PRIMARY KEY (model, digest)
    ) WITHOUT ROWID;
    """,
)


class EmbeddingCacheError(UserFacingError):
    title = "The embedding cache cannot be used"


class _NewerCache(EmbeddingCacheError):
    """A cache written by a newer Plinth: left alone, never set aside."""


class _CacheFile(SQLiteFile):
    label = "embedding cache"
    error = EmbeddingCacheError
    version_error = _NewerCache

    @classmethod
    def open(cls, path: Path) -> Self:
        return cls._create(path, "cache folder")

    def _open(self) -> None:
        self._migrate(MIGRATIONS)


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


class EmbeddingCache:
    """The cache at ``path`` (made when missing). Safe to share between threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._file = _CacheFile.open(path)
        except EmbeddingCacheError as exc:
            if not path.exists() or isinstance(exc, _NewerCache):
                raise
            # A damaged cache holds nothing that cannot be embedded again: keep it aside, start afresh.
            aside = path.with_name(path.name + ".damaged")
            log.warning("The embedding cache %s cannot be read (%s); set aside as %s", path, exc.message, aside)
            for suffix in ("-wal", "-shm"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
            path.replace(aside)
            self._file = _CacheFile.open(path)

    def embed(
        self,
        engine: EmbeddingEngine,
        texts: Sequence[str],
        *,
        cancel: CancelToken | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> npt.NDArray[np.float32]:
        """One L2-normalised float32 row per text, in order; only texts not cached for ``engine.model_id`` are embedded.

        ``progress(done, total)`` counts the texts to embed (those not cached), after each batch.
        Raises ``Cancelled`` when ``cancel`` fires (batches already embedded stay cached) and the
        engine's ``UserFacingError``s.
        """
        import numpy as np

        model = engine.model_id
        digests = [_digest(t) for t in texts]
        found = self._lookup(model, digests)
        missing: dict[bytes, str] = {}
        for digest, text in zip(digests, texts):
            if digest not in found and digest not in missing:
                missing[digest] = text
        todo = list(missing.items())
        if progress is not None:
            progress(0, len(todo))
        for start in range(0, len(todo), BATCH):
            if cancel is not None and cancel.cancelled:
                raise Cancelled
            batch = todo[start : start + BATCH]
            vectors = _normalised(engine.embed([text for _, text in batch], cancel))
            rows = [(digest, vector) for (digest, _), vector in zip(batch, vectors)]
            self._store(model, rows)
            found.update(rows)
            if progress is not None:
                progress(min(start + BATCH, len(todo)), len(todo))
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        dims = {found[d].shape[0] for d in digests}
        if len(dims) > 1:
            # The model behind this id changed (a file replaced): the old vectors no longer compare.
            self._forget(model)
            return self.embed(engine, texts, cancel=cancel, progress=progress)
        return np.stack([found[d] for d in digests]).astype(np.float32, copy=False)

    def count(self, model_id: str) -> int:
        """How many texts are cached for ``model_id``."""
        with self._file.reading() as conn:
            return int(conn.execute("SELECT count(*) FROM vectors WHERE model = ?", (model_id,)).fetchone()[0])

    def close(self) -> None:
        self._file.close()

    # -- the file ---------------------------------------------------------------------

    def _lookup(self, model: str, digests: Sequence[bytes]) -> dict[bytes, npt.NDArray[np.float32]]:
        import numpy as np

        unique = list(dict.fromkeys(digests))
        found: dict[bytes, npt.NDArray[np.float32]] = {}
        with self._file.reading() as conn:
            for start in range(0, len(unique), LOOKUP):
                part = unique[start : start + LOOKUP]
                marks = ",".join("?" * len(part))
                query = f"SELECT digest, dim, vector FROM vectors WHERE model = ? AND digest IN ({marks})"
                for digest, dim, blob in conn.execute(query, (model, *part)):
                    vector = np.frombuffer(blob, dtype=np.float32)
                    if vector.shape[0] == dim:
                        found[bytes(digest)] = vector
        return found

    def _store(self, model: str, rows: Sequence[tuple[bytes, npt.NDArray[np.float32]]]) -> None:
        with self._file.writing() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO vectors (model, digest, dim, vector) VALUES (?, ?, ?, ?)",
                [(model, digest, int(v.shape[0]), v.astype("<f4").tobytes()) for digest, v in rows],
            )

    def _forget(self, model: str) -> None:
        with self._file.writing() as conn:
            conn.execute("DELETE FROM vectors WHERE model = ?", (model,))


def _normalised(vectors: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    """Rows scaled to length 1 (engines already do; a cache must not depend on it). Zero rows stay zero."""
    import numpy as np

    array = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(array, axis=1, keepdims=True).astype(np.float32)
    scaled: npt.NDArray[np.float32] = (array / np.where(norms > 0, norms, np.float32(1.0))).astype(np.float32)
    return scaled
