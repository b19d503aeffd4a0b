"""Retrains a classifier on the labels typed in a batch's results, off the GUI thread, with progress and cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.core.cancel import CancelToken
from app.workers.base import Worker

#: ``train(cancel, progress)``: embeds and fits, calling ``progress(done, total)``; returns what it saved.
Train = Callable[[CancelToken, Callable[[int, int], None]], object]

UNEXPECTED_MESSAGE = (
    "Retraining stopped because of an unexpected error. Details are in the log. "
    "Your labels are kept: retrain again when it is fixed."
)


class RetrainWorker(Worker):
    """Runs ``train`` once on its own QThread.

    Progress is reported at most one report in flight (the newest wins): embedding
    a big file reports per batch, faster than the window needs to redraw.

    Signals (see ``Worker``):
        progress(int, int): rows embedded so far and in all.
        succeeded(object): what ``train`` returned (the saved classifier's version).
        cancelled(): stopped by ``cancel()``; nothing was saved.
        failed(str, str): ``train`` raised.
    """

    progress = Signal(int, int)
    succeeded = Signal(object)

    unexpected_message = UNEXPECTED_MESSAGE

    def __init__(self, train: Train, parent: QObject | None = None) -> None:
        super().__init__("Retraining a classifier", parent)
        self._train = train
        self._lock = threading.Lock()
        self._pending: tuple[int, int] | None = None

    def work(self) -> object:
        return self._train(self._cancel, self._on_progress)

    def _on_progress(self, done: int, total: int) -> None:
        with self._lock:
            in_flight = self._pending is not None
            self._pending = (done, total)
        if not in_flight:
            self._report(None)

    def _deliver(self, _report: object) -> None:
        with self._lock:
            pending, self._pending = self._pending, None
        if pending is not None:
            self.progress.emit(*pending)

    def _succeed(self, result: object) -> None:
        self.succeeded.emit(result)
