"""``classifier:NAME[@V]`` as an engine: a saved classifier over its embedding model, pickable like any model.

It answers no chat request; classification (``Classifier.run``, batch runs, comparisons, tasks with a
label output) sees ``Capabilities.trained_labels`` and asks ``predict`` instead: the texts are embedded
through the shared ``EmbeddingCache`` (a text classified before costs nothing) and the logistic
regression gives each label's probability. The texts go where the embedding model sends them, so the
engine's ``destination`` is its embedding engine's.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from app.core.adaptation.trained import TrainedClassifier
from app.core.cancel import CancelToken
from app.core.engines.base import Capabilities, ChatRequest, Chunk
from app.core.errors import InvalidRequestError
from app.core.ui_text import ui_text

if TYPE_CHECKING:
    from app.core.adaptation.embedding_cache import EmbeddingCache
    from app.core.adaptation.library import ClassifierLibrary
    from app.core.engines.embedding import EmbeddingEngine


class ClassifierEngine:
    """An ``Engine`` and ``LabelPredictor``; owns ``embedder`` (closed with it), shares ``cache``.

    ``follow``: the library and name whose latest version this engine stands for (``classifier:NAME``
    without ``@V``): a version saved later (a retrain in the Classify tab) is picked up at the next
    ``predict``, while the engine stays warm in the registry.
    """

    def __init__(
        self,
        model_id: str,
        classifier: TrainedClassifier,
        embedder: EmbeddingEngine,
        cache: EmbeddingCache | None = None,
        *,
        follow: tuple[ClassifierLibrary, str] | None = None,
    ) -> None:
        self.model_id = model_id
        self.classifier = classifier
        self._follow = follow
        self._version = follow[0].latest_version(follow[1]) if follow is not None else 0
        self.destination = embedder.destination
        self._embedder = embedder
        self._cache = cache

    @property
    def capabilities(self) -> Capabilities:
        return Capabilities(streaming=False, trained_labels=True)

    @property
    def labels(self) -> tuple[str, ...]:
        return self.classifier.labels

    @property
    def busy(self) -> bool:
        """Whether its embedding model is working (``EngineRegistry.local_busy``)."""
        return bool(getattr(self._embedder, "busy", False))

    def stream(self, request: ChatRequest, cancel: CancelToken | None = None) -> Iterator[Chunk]:
        name = self.model_id.removeprefix("classifier:")
        raise InvalidRequestError(
            ui_text("classifier:{name} only classifies; it cannot chat or write text.", name=name),
            ui_text(
                "Pick classifier:{name} in Classify, a batch run, a comparison or a task with a label output; "
                "pick a chat model here.",
                name=name,
            ),
        )

    def predict(self, texts: Sequence[str], cancel: CancelToken | None = None) -> list[dict[str, float]]:
        """One ``{label: probability}`` per text, in order (raises ``Cancelled`` when ``cancel`` fires)."""
        self._refresh()
        if not texts:
            return []
        if self._cache is not None:
            vectors = self._cache.embed(self._embedder, texts, cancel=cancel)
        else:
            vectors = self._embedder.embed(texts, cancel)
        probabilities = self.classifier.predict_proba(vectors)
        return [dict(zip(self.labels, map(float, row))) for row in probabilities]

    def _refresh(self) -> None:
        if self._follow is None:
            return
        library, name = self._follow
        latest = library.latest_version(name)
        if latest in (0, self._version):
            return
        classifier = library.load(f"{name}@{latest}")
        if classifier.embedding_model != self._embedder.model_id:
            raise InvalidRequestError(
                ui_text(
                    "classifier:{name} was trained again on another embedding model ({model}).",
                    name=name,
                    model=classifier.embedding_model,
                ),
                ui_text("Pick classifier:{name} again to use its new version.", name=name),
            )
        self.classifier, self._version = classifier, latest

    def close(self) -> None:
        self._embedder.close()
