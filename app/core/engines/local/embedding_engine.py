"""The local embedding engine, parent side: a GGUF embedding model run by llama.cpp in a child process.

The child is ``embed_child.py``; its life, pipe and crash handling are
``ChildEngine``'s, shared with the chat engine. This module never imports
``llama_cpp``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.cancel import Cancelled, CancelToken
from app.core.engines.local.embed_child import EmbedParams, embed_child_main
from app.core.engines.local.engine import ChildEngine, ChildStart
from app.core.engines.local.messages import Embed, Embedded
from app.core.errors import ModelLoadError
from app.core.models.gguf import read_gguf
from app.core.ui_text import ui_text

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

log = logging.getLogger(__name__)

#: The longest text embedded whole, in tokens, whatever the model was trained on: the context, batch and
#: ubatch are this size, and llama.cpp's attention over a packed batch grows with its square. Chunks of a
#: few hundred tokens fit many to a batch.
CONTEXT_CAP = 2048
#: Used when the GGUF does not say how long a context the model was trained on.
FALLBACK_CONTEXT = 512
#: Texts sent to the child in one request: cancel is seen between requests (and between the child's
#: batches), and the pipe's overhead is paid once for all of them.
TEXTS_PER_REQUEST = 32
#: llama.cpp's pooling types (``LLAMA_POOLING_TYPE_*``).
POOLING_FROM_FILE = -1
POOLING_NONE = 0
POOLING_MEAN = 1
POOLING_RANK = 4
_EMBED_CRASH = (
    ui_text("embedding"),
    ui_text(
        "Run it again to restart the model; if it keeps happening, the computer may be short of memory for this "
        "model, or the file is damaged."
    ),
)


class LocalEmbeddingEngine(ChildEngine):
    """An ``EmbeddingEngine`` over a GGUF file, kept warm in a child process between calls.

    Pooling comes from the model file; a model whose file names none (a chat
    model such as the starter) is mean-pooled. A text longer than
    ``max_tokens`` is cut to it: ``last_truncated`` lists the positions of
    the texts cut in the last ``embed`` call, and a warning goes to the log.
    ``dim`` is the vectors' length once the model is loaded (0 before).
    """

    def __init__(
        self,
        model_path: Path,
        model_id: str,
        *,
        context_cap: int = CONTEXT_CAP,
        n_threads: int | None = None,
        n_gpu_layers: int = 0,
        texts_per_request: int = TEXTS_PER_REQUEST,
    ) -> None:
        super().__init__(model_path, model_id, n_threads=n_threads, n_gpu_layers=n_gpu_layers)
        self._context_cap = context_cap
        self._texts_per_request = max(1, texts_per_request)
        self._planned: EmbedParams | None = None
        self.last_truncated: tuple[int, ...] = ()

    @property
    def is_remote(self) -> bool:
        return False

    @property
    def max_tokens(self) -> int:
        """The longest text, in the model's tokens, embedded whole; raises ``ModelLoadError`` for a bad file."""
        return self._plan().n_ctx

    @property
    def dim(self) -> int:
        return self._n_embd

    def embed(self, texts: Sequence[str], cancel: CancelToken | None = None) -> npt.NDArray[np.float32]:
        """One L2-normalised float32 row per text, in order; raises ``Cancelled`` when ``cancel`` is set.

        Raises ``ModelLoadError`` when the model cannot load and
        ``EngineCrashedError`` when its process dies.
        """
        import numpy as np

        self.last_truncated = ()
        if cancel is not None and cancel.cancelled:
            raise Cancelled
        self.load()
        parts: list[npt.NDArray[np.float32]] = []
        truncated: list[int] = []
        step = self._texts_per_request
        for start in range(0, len(texts), step):
            if cancel is not None and cancel.cancelled:
                raise Cancelled
            batch = tuple(texts[start : start + step])
            reply = self._request(batch, cancel)
            parts.append(np.frombuffer(reply.vectors, dtype=np.float32).reshape(len(batch), reply.dim))
            truncated.extend(start + i for i in reply.truncated)
        self.last_truncated = tuple(truncated)
        if truncated:
            log.warning(
                "%d of %d texts were longer than %s takes (%d tokens) and were cut to fit",
                len(truncated),
                len(texts),
                self.model_id,
                self.max_tokens,
            )
        if not parts:
            return np.zeros((0, self._n_embd), dtype=np.float32)
        # Copied out of the pipe's bytes: frombuffer's arrays are read-only.
        return np.concatenate(parts)

    def _request(self, texts: tuple[str, ...], cancel: CancelToken | None) -> Embedded:
        with closing(self._exchange(lambda rid: Embed(rid, texts), cancel, _EMBED_CRASH)) as replies:
            for reply in replies:
                if isinstance(reply, Embedded):
                    return reply
        raise Cancelled  # the child said Done: it stopped before the end

    # -- child lifecycle -------------------------------------------------------------

    def _plan(self) -> EmbedParams:
        """The child's load params, from the file's header (read once): context and pooling."""
        if self._planned is None:
            info = read_gguf(self.model_path)
            pooling = info.metadata.get(f"{info.architecture}.pooling_type")
            if pooling == POOLING_RANK:
                raise ModelLoadError(
                    ui_text("{name} is a reranker, not an embedding model.", name=self.model_path.name),
                    ui_text("Pick an embedding model, such as one marked “embedding” in the Models catalogue."),
                )
            # A file that names no pooling (a chat model) gives one vector per token: average them.
            named = isinstance(pooling, int) and pooling != POOLING_NONE
            self._planned = EmbedParams(
                model_path=str(self.model_path),
                n_ctx=min(info.context_length or FALLBACK_CONTEXT, self._context_cap),
                n_threads=self._n_threads,
                n_gpu_layers=self._n_gpu_layers,
                pooling_type=POOLING_FROM_FILE if named else POOLING_MEAN,
            )
        return self._planned

    def _child_start(self) -> ChildStart:
        # Read again on each start: the file may have been replaced since.
        self._planned = None
        return embed_child_main, self._plan()
