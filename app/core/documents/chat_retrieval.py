"""Retrieval for a chat question across the collections attached to it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from itertools import zip_longest

from app.core.documents.context import InContext, in_context
from app.core.documents.grounding import Source
from app.core.documents.records import Hit
from app.core.documents.retrieval import NoVectorsError, Retriever
from app.core.documents.store import DocumentStore
from app.core.engines.embedding import EmbeddingEngine
from app.core.errors import UserFacingError

#: Passages retrieved for one question, from all attached collections together.
CHAT_PASSAGES = 6


class ChatRetrieval:
    """Finds passages for a question in named collections: ``retrieval(collections, question)``.

    A collection with an embedding model is searched in hybrid mode when its engine opens and its
    vectors are there; any other collection by keyword, which always works. Each collection gives
    its best passages and they are interleaved by rank (their scores are on different scales), at
    most ``k`` in all. Embedding engines stay open between questions. Safe to call from any thread.
    """

    def __init__(
        self, store: DocumentStore, open_embedding: Callable[[str], EmbeddingEngine], k: int = CHAT_PASSAGES
    ) -> None:
        self._store = store
        self._retriever = Retriever(store)
        self._open_embedding = open_embedding
        self._k = k
        self._lock = threading.Lock()
        #: Per model id: its engine, or None when it cannot be opened (keyword search then).
        self._embedders: dict[str, EmbeddingEngine | None] = {}

    def collection_names(self) -> list[str]:
        return [summary.collection.name for summary in self._store.collections()]

    def __call__(self, collections: Sequence[str], question: str) -> list[tuple[str, Hit]]:
        ranked = [[(name, hit) for hit in self._search(name, question)] for name in collections]
        merged = [pair for rank in zip_longest(*ranked) for pair in rank if pair is not None]
        return merged[: self._k]

    def in_context(self, source: Source) -> InContext | None:
        """A source of an answer within the text around it in its file, as the index holds it now; None when the
        file was changed, re-indexed or removed since."""
        return in_context(source, self._store.passages_around(source.collection, source.file, source.location,
                                                              source.start, source.end))  # fmt: skip

    def _search(self, name: str, question: str) -> list[Hit]:
        model = self._store.collection(name).embedding_model
        embedder = self._embedder(model) if model else None
        if embedder is not None:
            try:
                return self._retriever.search(name, question, self._k, "hybrid", embedder)
            except NoVectorsError:
                pass  # not embedded yet: its keyword index is complete as soon as text is extracted
        return self._retriever.search(name, question, self._k, "keyword")

    def _embedder(self, model: str) -> EmbeddingEngine | None:
        with self._lock:
            if model not in self._embedders:
                try:
                    self._embedders[model] = self._open_embedding(model)
                except UserFacingError:
                    self._embedders[model] = None
            return self._embedders[model]

    def close(self) -> None:
        with self._lock:
            embedders, self._embedders = list(self._embedders.values()), {}
        for embedder in embedders:
            if embedder is not None:
                embedder.close()
