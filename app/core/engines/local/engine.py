"""The local llama.cpp engine, parent side.

llama.cpp runs in a child process (``child.py``) so that a bad GGUF, an
out-of-memory abort or a GGML assert ends that process, not the app. This
module never imports ``llama_cpp``.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator
from contextlib import closing
from dataclasses import replace
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

import psutil

from app.core.cancel import Cancelled, CancelToken
from app.core.engines.base import Capabilities, ChatRequest, Chunk, ScoreRequest, Scores, Stats
from app.core.engines.local.child import LoadParams, child_main
from app.core.engines.local.messages import (
    Cancel,
    Done,
    Embedded,
    Failed,
    Final,
    FromChild,
    Generate,
    LoadFailed,
    Quit,
    Ready,
    Score,
    Scored,
    Text,
    ToChild,
)
from app.core.errors import EngineCrashedError, ModelLoadError
from app.core.models.adapters import check_adapter, read_adapter
from app.core.models.gguf import read_gguf
from app.core.ui_text import ui_text

#: Used when the GGUF does not say how long a context the model was trained on.
FALLBACK_CONTEXT = 4096
N_BATCH = 512
#: Earlier prompts' KV states the child keeps (``slots.KVSlots``), so the
#: chat, translation and classification panels sharing one model keep their
#: instructions evaluated.
KV_SLOTS = 3
#: How often the parent looks at the cancel token and the child's health.
POLL_S = 0.02
#: How long a cancelled request may take to wind down before the child is killed.
DRAIN_TIMEOUT_S = 5.0
QUIT_TIMEOUT_S = 3.0
CLOSE_WAIT_S = 10.0
#: What a request was doing when the child died, and what to do about it.
_ANSWER_CRASH = (
    ui_text("answering"),
    ui_text(
        "The partial answer is kept. Send again to restart the model; if it keeps happening, the computer may be "
        "short of memory for this model."
    ),
)
_SCORE_CRASH = (
    ui_text("classifying"),
    ui_text(
        "Run it again to restart the model; if it keeps happening, the computer may be short of memory for this model."
    ),
)


class _ChildDied(Exception):
    pass


#: What a child process runs, ``target(conn, params)``, and the params it loads with.
ChildStart = tuple[Callable[[Connection, Any], None], object]


class ChildEngine:
    """A model run by llama.cpp in a child process kept warm between requests: the child's life and its pipe.

    ``load()`` starts the child and loads the model (a request does it when
    needed); ``pid`` is the child's process id while it runs. One request
    runs at a time. If the child dies, the request raises
    ``EngineCrashedError`` and the next one starts a fresh child. ``close()``
    ends the child; a later request would start a new one.

    Subclasses say what the child runs (``_child_start``): ``LocalEngine``
    a chat model (``child.py``), ``LocalEmbeddingEngine`` an embedding model
    (``embed_child.py``).
    """

    #: Where the text goes: None, it stays on this computer.
    destination: str | None = None
    #: A LoRA adapter loaded on the model (a model variant); its file counts in the memory a load takes.
    adapter_path: Path | None = None

    def __init__(self, model_path: Path, model_id: str, *, n_threads: int | None, n_gpu_layers: int) -> None:
        self.model_path = Path(model_path)
        self.model_id = model_id
        self._n_threads = n_threads or psutil.cpu_count(logical=False) or os.cpu_count() or 1
        self._n_gpu_layers = n_gpu_layers
        self._lock = threading.Lock()
        # Sends come from the requesting thread and, on close(), from another one.
        self._send_lock = threading.Lock()
        self._closing = threading.Event()
        self._proc: BaseProcess | None = None
        self._conn: Connection | None = None
        self._n_ctx: int | None = None
        self._n_embd = 0
        self._gpu_offload = False
        self._next_rid = 0

    # -- public ------------------------------------------------------------------

    @property
    def pid(self) -> int | None:
        proc = self._proc
        return proc.pid if proc is not None else None

    @property
    def busy(self) -> bool:
        """Whether a request or a model load is running now (``EngineRegistry.local_busy`` asks)."""
        return self._lock.locked()

    def load(self) -> float:
        """Start the child and load the model if needed; return the seconds it took."""
        with self._lock:
            return self._ensure_loaded()

    def _exchange(
        self, message: Callable[[int], ToChild], cancel: CancelToken | None, crash: tuple[str, str]
    ) -> Generator[Text | Done | Scored | Embedded, None, None]:
        """Run one request in the child, loading the model first if needed: the framing every request shares.

        ``message`` builds the request for the id it gets. Yields the text of
        an answer, what has arrived so far coalesced into one ``Text`` so that
        a slow consumer is not handed one token at a time, then the ``Done``,
        ``Scored`` or ``Embedded`` that ends it, its timings filled in. A cancel, seen
        between replies, asks the child to stop early: it then ends with
        ``Done``. Raises the child's ``Failed`` error, or
        ``EngineCrashedError`` with ``crash`` (what it was doing, and a hint)
        if the child died. Closed before the end, it cancels the request and
        waits for the child to wind it down, so the next one starts clean.
        """
        with self._lock:
            load_s = self._ensure_loaded()
            conn, proc = self._conn, self._proc
            assert conn is not None and proc is not None
            self._next_rid += 1
            rid = self._next_rid
            if self._cancel_requested(cancel):
                yield Done(rid, Stats(stop_reason="cancelled", load_s=load_s))
                return
            start = time.perf_counter()
            ttft: float | None = None
            cancel_sent = finished = False
            try:
                self._send(conn, message(rid))
                pending: deque[FromChild] = deque()
                while True:
                    if not cancel_sent and self._cancel_requested(cancel):
                        self._send(conn, Cancel(rid))
                        cancel_sent = True
                    reply = pending.popleft() if pending else self._recv(conn, proc, POLL_S)
                    match reply:
                        case Text() if reply.rid == rid:
                            parts, died = [reply.text], False
                            try:
                                while not pending and (more := self._recv(conn, proc, 0)) is not None:
                                    if isinstance(more, Text) and more.rid == rid:
                                        parts.append(more.text)
                                    else:
                                        pending.append(more)
                            except _ChildDied:
                                died = True  # hand over the text it did send before saying so
                            if ttft is None:
                                ttft = time.perf_counter() - start
                            yield Text(rid, "".join(parts))
                            if died:
                                raise _ChildDied
                        case Done() | Scored() | Embedded() if reply.rid == rid:
                            finished = True
                            wall_s = time.perf_counter() - start
                            yield replace(reply, stats=replace(reply.stats, ttft_s=ttft, wall_s=wall_s, load_s=load_s))
                            return
                        case Failed() if reply.rid == rid:
                            finished = True
                            raise reply.exception()
            except (_ChildDied, OSError):  # OSError: a send found the pipe broken
                finished = True
                code = self._discard_child()
                doing, hint = crash
                raise EngineCrashedError(
                    ui_text(
                        "The model process stopped unexpectedly ({exit}) while {doing}.",
                        exit=_exit_text(code),
                        doing=doing,
                    ),
                    hint,
                ) from None
            finally:
                if not finished:
                    self._abandon(conn, proc, rid)

    def close(self) -> None:
        """End the child process. Safe to call more than once, from any thread."""
        # A request in flight sees this as a cancel and releases the lock.
        self._closing.set()
        acquired = self._lock.acquire(timeout=CLOSE_WAIT_S)
        try:
            self._stop_child()
        finally:
            self._closing.clear()
            if acquired:
                self._lock.release()

    # -- child lifecycle ---------------------------------------------------------

    def _child_start(self) -> ChildStart:
        """The child's entry point and load params; raises ``ModelLoadError`` for a file not worth trying."""
        raise NotImplementedError

    def _ensure_loaded(self) -> float:
        if self._proc is not None and self._proc.is_alive():
            return 0.0
        self._discard_child()
        start = time.perf_counter()
        target, params = self._child_start()
        ctx = multiprocessing.get_context("spawn")
        parent_conn, child_conn = ctx.Pipe(duplex=True)
        proc = ctx.Process(target=target, args=(child_conn, params), name=f"plinth-llama-{self.model_id}", daemon=True)
        try:
            proc.start()
        except BaseException:
            parent_conn.close()
            raise
        finally:
            # Only the child may hold its end, or its death would never read as EOF here.
            child_conn.close()
        self._proc, self._conn = proc, parent_conn
        try:
            while (msg := self._recv(parent_conn, proc, 0.1)) is None:
                pass
        except _ChildDied:
            code = self._discard_child()
            raise ModelLoadError(
                ui_text(
                    "The model process stopped while loading {name} ({exit}).",
                    name=self.model_path.name,
                    exit=_exit_text(code),
                ),
                ui_text(
                    "The computer may not have enough memory for this model, or the file is damaged: "
                    "try a smaller model or download it again."
                ),
            ) from None
        if isinstance(msg, LoadFailed):
            self._discard_child()
            raise ModelLoadError(
                ui_text("llama.cpp could not load {name}: {reason}", name=self.model_path.name, reason=msg.message),
                msg.hint
                or ui_text(
                    "The file may be damaged or use a model architecture this version of llama.cpp "
                    "does not support: download it again or pick another model."
                ),
            )
        assert isinstance(msg, Ready), msg  # the child's first message is Ready or LoadFailed
        self._n_ctx = msg.n_ctx
        self._n_embd = msg.n_embd
        self._gpu_offload = msg.gpu_offload
        return time.perf_counter() - start

    def _stop_child(self) -> None:
        proc, conn = self._proc, self._conn
        if proc is None or conn is None:
            return
        try:
            self._send(conn, Quit())
        except OSError:
            pass  # already gone
        proc.join(QUIT_TIMEOUT_S)
        self._discard_child()

    def _discard_child(self) -> int | None:
        """Make sure the child is gone and its handles closed; return its exit code."""
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        self._n_ctx = None
        if proc is None:
            return None
        proc.join(1.0)
        if proc.is_alive():
            proc.terminate()
            proc.join(1.0)
        if proc.is_alive():
            proc.kill()
            proc.join(5.0)
        code = proc.exitcode
        if conn is not None:
            conn.close()
        try:
            proc.close()
        except ValueError:
            pass  # something else reaped the child (a stray waitpid): nothing left to release
        return code

    # -- pipe ----------------------------------------------------------------------

    def _send(self, conn: Connection, msg: ToChild) -> None:
        with self._send_lock:
            conn.send(msg)

    def _recv(self, conn: Connection, proc: BaseProcess, timeout: float) -> FromChild | None:
        """The next message, None after ``timeout``; raises _ChildDied if the child is gone."""
        try:
            if conn.poll(timeout):
                msg: FromChild = conn.recv()
                return msg
            if proc.is_alive():
                return None
        except (EOFError, OSError, ValueError):
            pass  # ValueError: close() shut the handles from another thread
        raise _ChildDied

    def _cancel_requested(self, cancel: CancelToken | None) -> bool:
        return self._closing.is_set() or (cancel is not None and cancel.cancelled)

    def _abandon(self, conn: Connection, proc: BaseProcess, rid: int) -> None:
        """Stop a request nobody reads any more and wait for its end, so the next one starts clean."""
        if self._conn is not conn:
            return
        deadline = time.monotonic() + DRAIN_TIMEOUT_S
        try:
            self._send(conn, Cancel(rid))
            while time.monotonic() < deadline:
                msg = self._recv(conn, proc, POLL_S)
                if isinstance(msg, Final) and msg.rid == rid:
                    return
        except (_ChildDied, OSError):
            pass
        self._discard_child()


class LocalEngine(ChildEngine):
    """A GGUF chat model run by llama.cpp in a child process (``ChildEngine``): ``stream`` and ``score``.

    A second ``stream()`` waits for the first to end.

    Timing: ``Stats.load_s`` is the model load a request waited for;
    ``ttft_s`` and ``wall_s`` count from when the loaded model got the request.

    The child reuses the KV cache for a prompt's common prefix with the last
    one, and keeps ``kv_slots`` earlier prompts' states to switch back to
    (``Stats.cached_tokens`` counts both). ``reuse_prefix=False`` evaluates
    every prompt in full: a benchmark's baseline, not a setting.
    """

    def __init__(
        self,
        model_path: Path,
        model_id: str,
        *,
        context_cap: int = 8192,
        n_threads: int | None = None,
        n_gpu_layers: int = 0,
        kv_slots: int = KV_SLOTS,
        reuse_prefix: bool = True,
        adapter: Path | None = None,
        adapter_scale: float = 1.0,
    ) -> None:
        super().__init__(model_path, model_id, n_threads=n_threads, n_gpu_layers=n_gpu_layers)
        self.adapter_path = Path(adapter) if adapter is not None else None
        self._adapter_scale = adapter_scale
        self._context_cap = context_cap
        self._kv_slots = kv_slots
        self._reuse_prefix = reuse_prefix
        self._planned_n_ctx: int | None = None

    # -- public ------------------------------------------------------------------

    @property
    def capabilities(self) -> Capabilities:
        n_ctx = self._n_ctx
        if n_ctx is None:
            try:
                n_ctx = self._plan_n_ctx()
            except ModelLoadError:
                n_ctx = None
        return Capabilities(
            streaming=True, json_schema=True, max_context=n_ctx, gpu_offload=self._gpu_offload, label_scoring=True
        )

    def stream(self, request: ChatRequest, cancel: CancelToken | None = None) -> Iterator[Chunk]:
        request.validate()
        with closing(self._exchange(lambda rid: Generate(rid, request), cancel, _ANSWER_CRASH)) as replies:
            for reply in replies:
                match reply:
                    case Text():
                        yield Chunk(text=reply.text)
                    case Done():
                        yield Chunk(stats=reply.stats)

    def score(self, request: ScoreRequest, cancel: CancelToken | None = None) -> Scores:
        """Log-probabilities of ``request``'s targets (``LabelScorer``); raises ``Cancelled`` when cancelled.

        The child evaluates the prompt once, then each target after it; see
        ``child.py``. ``Stats.tokens_in`` counts every token evaluated.
        """
        request.validate()
        with closing(self._exchange(lambda rid: Score(rid, request), cancel, _SCORE_CRASH)) as replies:
            for reply in replies:
                if isinstance(reply, Scored):
                    return Scores(reply.logprobs, reply.n_tokens, reply.stats)
        raise Cancelled  # the child said Done: it stopped before the end

    def _plan_n_ctx(self) -> int:
        if self._planned_n_ctx is None:
            trained = read_gguf(self.model_path).context_length
            self._planned_n_ctx = min(trained or FALLBACK_CONTEXT, self._context_cap)
        return self._planned_n_ctx

    def _child_start(self) -> ChildStart:
        # A truncated or garbage file fails here in milliseconds, with a clear
        # message, instead of inside llama.cpp.
        self._planned_n_ctx = None
        if self.adapter_path is not None:
            # An adapter file that is not one, or made for another architecture, is said plainly here.
            check_adapter(read_adapter(self.adapter_path), read_gguf(self.model_path))
        params = LoadParams(
            model_path=str(self.model_path),
            n_ctx=self._plan_n_ctx(),
            n_threads=self._n_threads,
            n_batch=N_BATCH,
            n_gpu_layers=self._n_gpu_layers,
            reuse_prefix=self._reuse_prefix,
            kv_slots=self._kv_slots,
            lora_path=str(self.adapter_path) if self.adapter_path is not None else None,
            lora_scale=self._adapter_scale,
        )
        return child_main, params


def _exit_text(code: int | None) -> str:
    return ui_text("exit code unknown") if code is None else ui_text("exit code {code}", code=code)
