"""The protocol every embedding engine follows, local (a GGUF through llama.cpp) or remote (an embeddings endpoint)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from app.core.cancel import CancelToken

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt


class EmbeddingEngine(Protocol):
    """Turns texts into vectors.

    ``model_id`` is what a collection records as "built with" (the same
    model id syntax as chat models: ``starter``, ``local:NAME``,
    ``PROVIDER:MODEL``). ``embed`` returns one L2-normalised float32 row per
    text, in order; it polls ``cancel`` between batches and raises
    ``Cancelled`` when set. Errors a person can act on (no key, model not
    found, text too long, server down) are ``UserFacingError`` subclasses.
    """

    @property
    def model_id(self) -> str: ...

    @property
    def destination(self) -> str | None:
        """Where the texts go ("OpenAI", "ollama (http://…)"), for the privacy badge; None: they stay here."""
        ...

    def embed(self, texts: Sequence[str], cancel: CancelToken | None = None) -> npt.NDArray[np.float32]: ...

    def close(self) -> None: ...
