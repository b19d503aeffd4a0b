"""Runs one streamed answer off the GUI thread and reports it through signals."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.workers._thread_worker import ThreadWorker

from app.core.engines.base import CancelToken, ChatRequest, Engine, Stats
from app.core.errors import UserFacingError

log = logging.getLogger(__name__)

UNEXPECTED_TITLE = "Something went wrong"
UNEXPECTED_MESSAGE = (
    "The answer stopped because of an unexpected error. Details are in the log. "
    "Try again; if it keeps happening, restart Plinth."
)


class _StreamThread(QThread):
    """Iterates the engine's stream; the outcome is read after the thread ends.

    Signals:
        delta(str): one piece of text, in order.
    """

    delta = Signal(str)

    def __init__(self, engine: Engine, request: ChatRequest, cancel: CancelToken) -> None:
        super().__init__()
        self._engine = engine
        self._request = request
        self._cancel = cancel
        self.stats: Stats | None = None
        self.error: tuple[str, str] | None = None

    def run(self) -> None:
        started = time.perf_counter()
        stats: Stats | None = None
        try:
            for chunk in self._engine.stream(self._request, self._cancel):
                if chunk.text:
                    self.delta.emit(chunk.text)
                if chunk.stats is not None:
                    stats = chunk.stats
        except UserFacingError as exc:
            self.error = (exc.title, f"{exc.message} {exc.hint}".strip())
            return
        except Exception:
            log.exception("Streaming from %s failed", getattr(self._engine, "model_id", "?"))
            self.error = (UNEXPECTED_TITLE, UNEXPECTED_MESSAGE)
            return
        if stats is None:
            # Every engine should end with a stats chunk; don't leave the caller without one.
            stats = Stats(
                wall_s=time.perf_counter() - started,
                stop_reason="cancelled" if self._cancel.cancelled else "stop",
            )
        self.stats = stats


class StreamWorker(ThreadWorker):
    """One ``engine.stream(request, cancel)`` on its own QThread.

    Signals (all delivered on the thread that owns the worker, normally the GUI):
        text(str): a text delta. None arrive after ``cancel()`` returns.
        finished(object): the final ``Stats``, also after a cancel (stop reason
            ``"cancelled"``). Emitted once the thread has fully stopped.
        failed(str, str): title and message (with the hint) when the stream
            raised; emitted once the thread has fully stopped.

    Exactly one of ``finished`` and ``failed`` is emitted per ``start()``.
    """

    text = Signal(str)
    finished = Signal(object)
    failed = Signal(str, str)

    def __init__(self, engine: Engine, request: ChatRequest, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = CancelToken()
        self._thread: _StreamThread = _StreamThread(engine, request, self._cancel)
        self._thread.delta.connect(self._on_thread_delta)
        self._set_thread(self._thread)

    def cancel(self) -> None:
        """Ask the engine to stop; returns at once, ``finished`` follows."""
        self._cancel.cancel()

    @property
    def cancelled(self) -> bool:
        return self._cancel.cancelled

    @Slot(str)
    def _on_thread_delta(self, delta: str) -> None:
        # Deltas already queued when the person pressed Stop must not grow the answer.
        if not self._cancel.cancelled:
            self.text.emit(delta)

    def _thread_done(self) -> None:
        if self._thread.error is not None:
            self.failed.emit(*self._thread.error)
        else:
            self.finished.emit(self._thread.stats)
