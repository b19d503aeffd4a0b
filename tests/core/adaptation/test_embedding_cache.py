"""EmbeddingCache against the real starter model: only texts it has not seen go to the engine, rows come back in order."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from app.core.adaptation import embedding_cache as embedding_cache_module
from app.core.adaptation.embedding_cache import EmbeddingCache, EmbeddingCacheError
from app.core.cancel import Cancelled, CancelToken
from app.core.engines.local.embedding_engine import LocalEmbeddingEngine


class Counting:
    """The real engine, counting the texts it is asked to embed (and under another model id when told)."""

    def __init__(self, engine: LocalEmbeddingEngine, model_id: str | None = None) -> None:
        self.engine = engine
        self.asked: list[str] = []
        self._model_id = model_id or engine.model_id

    @property
    def model_id(self) -> str:
        return self._model_id

    @property
    def destination(self) -> str | None:
        return None

    def embed(self, texts: Sequence[str], cancel: CancelToken | None = None) -> npt.NDArray[np.float32]:
        self.asked.extend(texts)
        return self.engine.embed(texts, cancel)

    def close(self) -> None:
        pass


def test_only_uncached_texts_reach_the_engine(
    starter_embedder: LocalEmbeddingEngine, embedding_cache: EmbeddingCache
) -> None:
    counting = Counting(starter_embedder)
    first = embedding_cache.embed(counting, ["late parcel", "refund please", "late parcel"])
    assert counting.asked == ["late parcel", "refund please"]  # a repeated text is embedded once
    assert first.shape == (3, 576) and first.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(first, axis=1), 1.0, rtol=1e-5)
    np.testing.assert_array_equal(first[0], first[2])

    counting.asked.clear()
    seen: list[tuple[int, int]] = []
    second = embedding_cache.embed(
        counting, ["refund please", "app crashes", "late parcel"], progress=lambda d, t: seen.append((d, t))
    )
    assert counting.asked == ["app crashes"]
    assert seen == [(0, 1), (1, 1)]
    np.testing.assert_array_equal(second[0], first[1])
    np.testing.assert_array_equal(second[2], first[0])
    np.testing.assert_allclose(second[1], starter_embedder.embed(["app crashes"])[0], rtol=1e-5, atol=1e-6)
    assert embedding_cache.count("starter") == 3


def test_vectors_are_kept_per_model_and_survive_reopening(
    starter_embedder: LocalEmbeddingEngine, tmp_path: Path
) -> None:
    path = tmp_path / "embeddings.sqlite3"
    with_cache = EmbeddingCache(path)
    with_cache.embed(Counting(starter_embedder), ["hello there"])
    with_cache.close()
    reopened = EmbeddingCache(path)
    counting, other = Counting(starter_embedder), Counting(starter_embedder, "local:other")
    reopened.embed(counting, ["hello there"])
    reopened.embed(other, ["hello there"])
    reopened.close()
    assert counting.asked == [] and other.asked == ["hello there"]


def test_cancel_keeps_the_batches_already_embedded(
    starter_embedder: LocalEmbeddingEngine, embedding_cache: EmbeddingCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(embedding_cache_module, "BATCH", 4)
    texts = [f"ticket number {i}" for i in range(4 + 3)]
    cancel = CancelToken()
    counting = Counting(starter_embedder)

    def stop_after_first_batch(done: int, total: int) -> None:
        if done >= 4:
            cancel.cancel()

    with pytest.raises(Cancelled):
        embedding_cache.embed(counting, texts, cancel=cancel, progress=stop_after_first_batch)
    assert embedding_cache.count("starter") == 4
    counting.asked.clear()
    assert embedding_cache.embed(counting, texts).shape == (7, 576)
    assert counting.asked == texts[4:]


def test_no_texts_give_an_empty_matrix(starter_embedder: LocalEmbeddingEngine, embedding_cache: EmbeddingCache) -> None:
    assert embedding_cache.embed(Counting(starter_embedder), []).shape[0] == 0


def test_a_damaged_cache_file_is_set_aside_and_started_afresh(tmp_path: Path) -> None:
    path = tmp_path / "embeddings.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    cache = EmbeddingCache(path)
    assert cache.count("starter") == 0
    cache.close()
    assert (tmp_path / "embeddings.sqlite3.damaged").read_bytes().startswith(b"this is not")


def test_a_cache_from_a_newer_plinth_is_refused_and_left_alone(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "embeddings.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(EmbeddingCacheError, match="newer version of Plinth"):
        EmbeddingCache(path)
    assert path.exists() and not (tmp_path / "embeddings.sqlite3.damaged").exists()
