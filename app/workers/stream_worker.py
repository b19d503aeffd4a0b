"""Runs one streamed answer off the GUI thread and reports it through signals."""

from __future__ import annotations

import logging
import threading
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

    Text waits in an outbox with at most one signal in flight: an engine
    faster than the GUI thread then costs that thread one event per turn of
    its loop instead of one per token, and no text is held back when the GUI
    keeps up.

    Signals:
        text_ready(): the outbox has text; ``take_text()`` empties it.
    """

    text_ready = Signal()

    def __init__(self, engine: Engine, request: ChatRequest, cancel: CancelToken) -> None:
        super().__init__()
        self._engine = engine
        self._request = request
        self._cancel = cancel
        self.stats: Stats | None = None
        self.error: tuple[str, str] | None = None
        self._outbox: list[str] = []
        self._lock = threading.Lock()

    def take_text(self) -> str:
        """All text that arrived since the last call, in order."""
        with self._lock:
            text = "".join(self._outbox)
            self._outbox.clear()
        return text

    def _post(self, text: str) -> None:
        with self._lock:
            first = not self._outbox
            self._outbox.append(text)
        if first:
            self.text_ready.emit()

    def run(self) -> None:
        started = time.perf_counter()
        stats: Stats | None = None
        try:
            for chunk in self._engine.stream(self._request, self._cancel):
                if chunk.text:
                    self._post(chunk.text)
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
        text(str): the next text, in order: one or more of the engine's deltas
            joined when they come faster than the GUI takes them. None
            arrive after ``cancel()`` returns.
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
        self._thread.text_ready.connect(self._on_thread_text_ready)
        self._set_thread(self._thread)

    def cancel(self) -> None:
        """Ask the engine to stop; returns at once, ``finished`` follows."""
        self._cancel.cancel()

    @property
    def cancelled(self) -> bool:
        return self._cancel.cancelled

    @Slot()
    def _on_thread_text_ready(self) -> None:
        text = self._thread.take_text()
        # Text already waiting when the person pressed Stop must not grow the answer.
        if text and not self._cancel.cancelled:
            self.text.emit(text)

    def _thread_done(self) -> None:
        if self._thread.error is not None:
            self.failed.emit(*self._thread.error)
        else:
            self.finished.emit(self._thread.stats)
