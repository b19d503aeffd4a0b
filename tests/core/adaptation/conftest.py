"""Fixtures for the adaptation tests: the starter model as an embedding engine (loaded once), a cache in the test's folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.adaptation.embedding_cache import EmbeddingCache
from app.core.engines.local.embedding_engine import LocalEmbeddingEngine


@pytest.fixture(scope="session")
def starter_embedder(starter_path: Path) -> Iterator[LocalEmbeddingEngine]:
    """The starter model (a chat model, mean-pooled) embedding in its own child process, shared by the session."""
    engine = LocalEmbeddingEngine(starter_path, "starter", context_cap=256)
    yield engine
    engine.close()


@pytest.fixture
def embedding_cache(tmp_path: Path) -> Iterator[EmbeddingCache]:
    cache = EmbeddingCache(tmp_path / "cache" / "embeddings.sqlite3")
    yield cache
    cache.close()


@pytest.fixture(scope="session")
def planted_embedded(starter_embedder: LocalEmbeddingEngine) -> dict[str, object]:
    """Planted training rows (6 a label) and held-out rows (10 a label, another seed), embedded once a session."""
    from helpers.planted import planted_rows

    train = planted_rows(6, seed=1)
    test = planted_rows(10, seed=2)
    return {
        "train": train,
        "test": test,
        "train_x": starter_embedder.embed([t for t, _ in train]),
        "test_x": starter_embedder.embed([t for t, _ in test]),
    }
