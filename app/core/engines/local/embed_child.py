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

import signal
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from app.core.engines.base import Stats
from app.core.engines.local.messages import Cancel, Done, Embed, Embedded, Failed, LoadFailed, Quit, Ready, ToChild
from app.core.errors import UserFacingError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    from llama_cpp import Llama


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
    # The parent decides when this process ends (see child.child_main).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        runner = _EmbedRunner(params)
    except Exception as exc:  # llama.cpp reports a bad file as ValueError/RuntimeError
        conn.send(LoadFailed(str(exc) or type(exc).__name__, ""))
        conn.close()
        return
    try:
        conn.send(Ready(runner.n_ctx, runner.gpu_offload, runner.n_embd))
        runner.serve(conn)
    except (EOFError, OSError):
        pass  # the parent went away: nothing left to answer
    finally:
        runner.close()
        conn.close()


class _EmbedRunner:
    """Owns the Llama object and embeds one request at a time."""

    def __init__(self, params: EmbedParams) -> None:
        import llama_cpp

        self.gpu_offload = bool(llama_cpp.llama_supports_gpu_offload())
        kwargs: dict[str, Any] = {}
        if self.gpu_offload:
            kwargs["n_gpu_layers"] = params.n_gpu_layers
        self._llm: Llama = llama_cpp.Llama(
            params.model_path,
            embedding=True,
            pooling_type=params.pooling_type,
            n_ctx=params.n_ctx,
            n_batch=params.n_ctx,
            n_ubatch=params.n_ctx,
            n_threads=params.n_threads,
            n_threads_batch=params.n_threads,
            verbose=False,
            **kwargs,
        )
        self.n_ctx = self._llm.n_batch
        self.n_embd = self._llm.n_embd()
        self._quit = False

    def close(self) -> None:
        self._llm.close()

    def serve(self, conn: Connection) -> None:
        while not self._quit:
            msg: ToChild = conn.recv()
            match msg:
                case Quit():
                    return
                case Embed(rid, texts):
                    reply: Embedded | Done | Failed
                    try:
                        reply = self._embed(conn, rid, texts)
                    except UserFacingError as exc:
                        reply = Failed.of(rid, exc)
                    except (EOFError, OSError):
                        raise  # the pipe is gone: nobody to tell
                    except Exception as exc:  # a llama_decode failure leaves the process usable
                        reply = Failed.of(
                            rid,
                            UserFacingError(
                                f"llama.cpp failed while embedding ({exc}).",
                                "Try again; if it keeps failing, pick another embedding model.",
                            ),
                        )
                    conn.send(reply)
                # A Cancel for a request that already ended needs no answer.

    def _interrupted(self, conn: Connection, rid: int) -> bool:
        # Only this request's cancel (or quit) counts, a stale cancel for an earlier one doesn't.
        while conn.poll():
            msg: ToChild = conn.recv()
            match msg:
                case Quit():
                    self._quit = True
                    return True
                case Cancel() if msg.rid == rid:
                    return True
        return False

    def _embed(self, conn: Connection, rid: int, texts: Sequence[str]) -> Embedded | Done:
        import numpy as np

        llm = self._llm
        limit = self.n_ctx
        lengths = [len(llm.tokenize(text.encode("utf-8"))) for text in texts]
        truncated = tuple(i for i, n in enumerate(lengths) if n > limit)
        rows: list[npt.NDArray[np.float32]] = []
        for batch in _packed(texts, [min(n, limit) for n in lengths], limit):
            if self._interrupted(conn, rid):
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
