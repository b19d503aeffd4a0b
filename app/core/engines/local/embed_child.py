"""The embedding engine's child process: llama.cpp with ``embedding=True``, answering ``Embed`` requests.

``embed_child_main`` runs in a process started by ``LocalEmbeddingEngine``
(multiprocessing, spawn), as ``child.py`` does for chat: a crash inside
llama.cpp ends this process, never the app.

The context, the logical batch and the physical batch are the same size, so
any text that fits the context fits one batch (a non-causal model must see a
whole text in one ubatch: a 513-token text in a 512-token batch fails).
Texts are packed into batches of at most that many tokens, one sequence per
text, the way ``Llama.embed`` packs them; between batches the child looks for
a ``Cancel``. A text longer than the context is cut to it, and its position
is reported, so the parent can say so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

from app.core.engines.base import Stats
from app.core.engines.local.child_common import ChildRunner, Reply, Request, load_failure_text, run_child
from app.core.engines.local.messages import Cancel, Done, Embed, Embedded, Ready
from app.core.ui_text import ui_text

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt


@dataclass(frozen=True)
class EmbedParams:
    model_path: str
    #: Context, batch and ubatch size alike: the longest text embedded whole.
    n_ctx: int
    n_threads: int
    n_gpu_layers: int
    #: llama.cpp's ``LLAMA_POOLING_TYPE_*``; ``-1`` (unspecified) takes the model file's.
    pooling_type: int


def embed_child_main(conn: Connection, params: EmbedParams) -> None:
    """Entry point of the child process."""
    run_child(conn, lambda: _EmbedRunner(params), load_failure_text)


class _EmbedRunner(ChildRunner):
    """Owns the Llama object and embeds one request at a time."""

    doing = ui_text("embedding")
    failure_hint = ui_text("Try again; if it keeps failing, pick another embedding model.")

    def __init__(self, params: EmbedParams) -> None:
        super().__init__(
            params.model_path,
            params.n_threads,
            params.n_gpu_layers,
            embedding=True,
            pooling_type=params.pooling_type,
            n_ctx=params.n_ctx,
            n_batch=params.n_ctx,
            n_ubatch=params.n_ctx,
        )
        self.n_ctx = self._llm.n_batch
        self.n_embd = self._llm.n_embd()

    def ready(self) -> Ready:
        return Ready(self.n_ctx, self.gpu_offload, self.n_embd)

    def _work(self, conn: Connection, msg: Request | Cancel) -> Callable[[], Reply] | None:
        match msg:
            case Embed(rid, texts):
                return lambda: self._embed(conn, rid, texts)
        return None

    def _embed(self, conn: Connection, rid: int, texts: Sequence[str]) -> Embedded | Done:
        import numpy as np

        llm = self._llm
        limit = self.n_ctx
        lengths = [len(llm.tokenize(text.encode("utf-8"))) for text in texts]
        truncated = tuple(i for i, n in enumerate(lengths) if n > limit)
        rows: list[npt.NDArray[np.float32]] = []
        interrupted = self._interrupter(conn, rid)
        for batch in _packed(texts, [min(n, limit) for n in lengths], limit):
            if interrupted():
                return Done(rid, Stats(tokens_in=sum(lengths), stop_reason="cancelled"))
            # truncate=True cuts a text to n_batch tokens, which is the context.
            rows.append(np.asarray(llm.embed(batch, normalize=False, truncate=True), dtype=np.float32))
        vectors = _normalised(np.concatenate(rows) if rows else np.zeros((0, self.n_embd), np.float32))
        stats = Stats(tokens_in=sum(min(n, limit) for n in lengths), stop_reason="stop")
        return Embedded(rid, vectors.tobytes(), self.n_embd, truncated, stats)


def _packed(texts: Sequence[str], lengths: Sequence[int], limit: int) -> list[list[str]]:
    """``texts`` in order, in runs of at most ``limit`` tokens (a text alone when it needs the whole limit)."""
    batches: list[list[str]] = []
    batch: list[str] = []
    used = 0
    for text, n in zip(texts, lengths):
        if batch and used + n > limit:
            batches.append(batch)
            batch, used = [], 0
        batch.append(text)
        used += n
    if batch:
        batches.append(batch)
    return batches


def _normalised(rows: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    """Each row scaled to length 1 (an all-zero row stays zero), contiguous float32."""
    import numpy as np

    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    out: npt.NDArray[np.float32] = np.ascontiguousarray(rows / np.maximum(norms, 1e-12), dtype=np.float32)
    return out
