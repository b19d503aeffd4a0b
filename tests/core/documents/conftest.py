"""Fixtures for the documents tests: a store in the test's data folder, and the plain-text pipeline."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers.documents import HashedWordsEmbedder, TextPipeline

from app.core.documents.store import DocumentStore
from app.core.paths import Paths


@pytest.fixture
def store(paths: Paths) -> Iterator[DocumentStore]:
    with DocumentStore.open(paths.documents_db) as opened:
        yield opened


@pytest.fixture
def text_pipeline() -> TextPipeline:
    return TextPipeline()


@pytest.fixture
def embedder() -> HashedWordsEmbedder:
    return HashedWordsEmbedder()
