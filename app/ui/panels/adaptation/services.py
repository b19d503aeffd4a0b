"""What the Adapt page works with, in one object the composition root fills (no widgets, nothing heavy imported)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.adaptation.embedding_cache import EmbeddingCache
    from app.core.adaptation.library import ClassifierLibrary
    from app.core.engines.embedding import EmbeddingEngine
    from app.core.engines.registry import EngineRegistry


@dataclass(frozen=True)
class AdaptationServices:
    """The chat engines, a way to open an embedding model, the embedding cache, the saved classifiers, and the
    folder of the runs' journals.

    ``open_embedding(model_id)`` gives a new engine that its user closes (a run closes it when its vectors are
    in). ``cache()`` and ``classifiers()`` are asked when a run or a save first needs them.
    """

    engines: EngineRegistry
    open_embedding: Callable[[str], EmbeddingEngine]
    cache: Callable[[], EmbeddingCache]
    classifiers: Callable[[], ClassifierLibrary]
    #: Where a run's journal is kept, named by its spec: running the same again resumes it.
    runs_dir: Path
