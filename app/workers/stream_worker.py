"""Runs one streamed answer off the GUI thread and reports it through signals."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, Signal

from app.core.engines.base import ChatRequest, Engine, Stats
from app.workers.base import Worker

UNEXPECTED_MESSAGE = (
    "The answer stopped because of an unexpected error. Details are in the log. "
    "Try again; if it keeps happening, restart Plinth."
)


class StreamWorker(Worker):
    """One ``engine.stream(request, cancel)`` on its own QThread.

    Text waits in an outbox with at most one report in flight: an engine
    faster than the GUI thread then costs that thread one event per turn of
    its loop instead of one per token, and no text is held back when the GUI
    keeps up.

    Signals (see ``Worker``):
        text(str): the next text, in order: one or more of the engine's deltas
            joined when they come faster than the GUI takes them. None
            arrive after ``cancel()`` returns.
        finished(object): the final ``Stats``, also after a cancel (stop reason
            ``"cancelled"``).
        failed(str, str): the stream raised.
        cancelled(): not emitted: a cancelled answer still has its ``Stats``.
    """

    text = Signal(str)
    finished = Signal(object)

    unexpected_message = UNEXPECTED_MESSAGE

    def __init__(self, engine: Engine, request: ChatRequest, parent: QObject | None = None) -> None:
        super().__init__(f"Streaming from {getattr(engine, 'model_id', '?')}", parent)
        self._engine = engine
        self._request = request
        self._outbox: list[str] = []
        self._lock = threading.Lock()

    def work(self) -> Stats:
        started = time.perf_counter()
        stats: Stats | None = None
        for chunk in self._engine.stream(self._request, self._cancel):
            if chunk.text:
                self._post(chunk.text)
            if chunk.stats is not None:
                stats = chunk.stats
        if stats is None:
            # Every engine should end with a stats chunk; don't leave the caller without one.
            stats = Stats(
                wall_s=time.perf_counter() - started,
                stop_reason="cancelled" if self._cancel.cancelled else "stop",
            )
        return stats

    def _post(self, text: str) -> None:
        with self._lock:
            first = not self._outbox
            self._outbox.append(text)
        if first:
            self._report(None)

    def _take_text(self) -> str:
        """All text that arrived since the last call, in order."""
        with self._lock:
            text = "".join(self._outbox)
            self._outbox.clear()
        return text

    def _succeed(self, result: object) -> None:
        self.finished.emit(result)

    def _deliver(self, report: object) -> None:
        text = self._take_text()
        # Text already waiting when the person pressed Stop must not grow the answer.
        if text and not self.cancel_requested:
            self.text.emit(text)
