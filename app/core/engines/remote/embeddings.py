"""What the remote embedding engines share: batching, cancel, checking the answer, normalising the rows.

A provider module subclasses ``RemoteEmbeddingEngine`` beside its chat
engine (``OpenAIEmbeddingEngine(RemoteEmbeddingEngine, OpenAIEngine)``), so
the SDK client, the key and the failure mapping are the chat engine's; it
adds ``_embeddings``, one SDK call for one batch. Each call runs on the
engine's pump thread (``RemoteEngine._answer``), so a cancel cuts the
request's connection at once instead of waiting for the answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from app.core.cancel import Cancelled, CancelToken
from app.core.engines.remote.base import RemoteEngine, StreamEvent
from app.core.errors import ProviderServerError
from app.core.ui_text import ui_join, ui_text

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt


class RemoteEmbeddingEngine(RemoteEngine):
    """An ``EmbeddingEngine`` behind a provider's embeddings endpoint.

    ``texts_per_request`` starts at the provider's limit on texts in one
    request (``_batch_limit``); ``destination`` says where the texts go
    ("OpenAI"), for the privacy badge. Rows come back L2-normalised (some
    servers do not normalise).
    """

    # Worked out on first use, so the constructor stays RemoteEngine's; assignable (tests lower it).
    @cached_property
    def texts_per_request(self) -> int:
        return self._batch_limit()

    def _batch_limit(self) -> int:
        return 32

    @property
    def is_remote(self) -> bool:
        return True

    def embed(self, texts: Sequence[str], cancel: CancelToken | None = None) -> npt.NDArray[np.float32]:
        """One L2-normalised float32 row per text, in order; raises ``Cancelled`` when ``cancel`` is set.

        Failures are the chat engine's ``UserFacingError``s (``AuthError``,
        ``RateLimitError``, ``NetworkError``...); an answer that is no
        embeddings answer is a ``ProviderServerError``.
        """
        import numpy as np

        self._check_key()
        parts: list[npt.NDArray[np.float32]] = []
        dim: int | None = None
        for start in range(0, len(texts), self.texts_per_request):
            if cancel is not None and cancel.cancelled:
                raise Cancelled
            batch = list(texts[start : start + self.texts_per_request])
            rows = self._checked(self._call(batch, cancel), len(batch), dim)
            dim = rows.shape[1]
            parts.append(rows)
        if not parts:
            return np.zeros((0, 0), dtype=np.float32)
        rows = np.concatenate(parts)
        norms = np.linalg.norm(rows, axis=1, keepdims=True)
        out: npt.NDArray[np.float32] = (rows / np.maximum(norms, 1e-12)).astype(np.float32)
        return out

    def _call(self, batch: list[str], cancel: CancelToken | None) -> list[Any]:
        """The vectors the provider answered for ``batch``, on the pump thread; raises ``Cancelled``."""

        def source(sdk: Any) -> Any:
            yield StreamEvent(extra=self._embeddings(sdk, batch))

        extras: list[Any] = []
        # Four bytes a token, as the chat engines estimate a prompt.
        estimate = sum(len(text.encode("utf-8")) // 4 + 1 for text in batch)
        for chunk in self._answer(source, cancel, extras, prompt_tokens=estimate):
            if chunk.stats is not None and chunk.stats.stop_reason == "cancelled":
                raise Cancelled
        if len(extras) != 1 or not isinstance(extras[0], list):
            raise self._unreadable(ui_text("no embeddings in it"))
        vectors: list[Any] = extras[0]
        return vectors

    def _checked(self, vectors: list[Any], expected: int, dim: int | None) -> npt.NDArray[np.float32]:
        """``vectors`` as a float32 matrix, after checking it is what was asked for."""
        import numpy as np

        if len(vectors) != expected:
            raise self._unreadable(
                ui_text("{count} vectors for {expected} texts", count=len(vectors), expected=expected)
            )
        if any(isinstance(v, list) and v and isinstance(v[0], list) for v in vectors):
            raise self._unreadable(
                ui_text(
                    "one vector per token, not one per text (the model on the server pools nothing, as a chat model "
                    "does; an embedding model pools)"
                )
            )
        try:
            rows = np.asarray(vectors, dtype=np.float32)
        except (TypeError, ValueError):
            raise self._unreadable(ui_text("vectors that are not lists of numbers of one length")) from None
        if rows.ndim != 2 or rows.shape[1] == 0:
            raise self._unreadable(ui_text("vectors that are not lists of numbers of one length"))
        if dim is not None and rows.shape[1] != dim:
            raise self._unreadable(
                ui_text("vectors of {count} numbers after vectors of {dim}", count=rows.shape[1], dim=dim)
            )
        if not np.isfinite(rows).all():
            raise self._unreadable(ui_text("vectors holding NaN or infinity"))
        return rows

    def _unreadable(self, what: str) -> ProviderServerError:
        return ProviderServerError(
            ui_text(
                "{provider} sent an embeddings answer Plinth cannot use for {model}: {what}.",
                provider=self.provider_label,
                model=self.model,
                what=what,
            ),
            ui_join(
                [ui_text("Check that {model} is an embedding model on this server.", model=self.model), self.url_hint]
            ),
            status=200,
        )

    def _embeddings(self, sdk: Any, texts: list[str]) -> list[Any]:
        """The provider's vectors for ``texts`` (lists of numbers), in order; on the pump thread."""
        raise NotImplementedError
