"""What the Documents tab works with, in one object the composition root fills."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.documents.indexer import Pipeline
    from app.core.documents.store import DocumentStore
    from app.core.engines.embedding import EmbeddingEngine


@dataclass(frozen=True)
class EmbeddingChoice:
    """An embedding model a collection can be built with."""

    model_id: str
    label: str
    #: Where its passages go ("OpenAI"); None: it runs on this computer.
    destination: str | None = None


@dataclass(frozen=True)
class DocumentServices:
    """The store of collections, how to make the extraction pipeline, and the embedding models.

    ``open_embedder(model_id)`` gives an embedding engine kept by whoever made it (the tab never
    closes one); it raises a ``UserFacingError`` when the model cannot be used.
    """

    store: DocumentStore
    pipeline: Callable[[], Pipeline]
    open_embedder: Callable[[str], EmbeddingEngine]
    #: The embedding models to offer, asked again when the models change (one was downloaded).
    embedding_choices: Callable[[], Sequence[EmbeddingChoice]] = lambda: ()
