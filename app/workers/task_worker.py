"""Runs one cancellable task (a classification, a file translation, a batch) off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.core.cancel import CancelToken
from app.workers.base import Worker

UNEXPECTED_MESSAGE = (
    "The task stopped because of an unexpected error. Details are in the log. "
    "Try again; if it keeps happening, restart Plinth."
)

#: ``fn(cancel, report)``: does the work, polls ``cancel``, passes progress to ``report``.
TaskFn = Callable[[CancelToken, Callable[[object], None]], object]


class TaskWorker(Worker):
    """``fn(cancel, report)`` on its own QThread, its progress and outcome as signals.

    A task stopped by its token either raises ``Cancelled`` (reported as
    ``cancelled``) or returns what it finished so far (reported as
    ``succeeded``; ``cancel_requested`` then says it was cut short).

    Signals (see ``Worker``):
        progress(object): each object the task passed to ``report``, in order.
        succeeded(object): what the task returned.
        cancelled(): the task raised ``Cancelled``.
        failed(str, str): the task raised.
    """

    progress = Signal(object)
    succeeded = Signal(object)

    unexpected_message = UNEXPECTED_MESSAGE

    def __init__(self, fn: TaskFn, name: str = "Task", parent: QObject | None = None) -> None:
        super().__init__(name, parent)
        self._fn = fn

    def work(self) -> object:
        return self._fn(self._cancel, self._report)

    def _succeed(self, result: object) -> None:
        self.succeeded.emit(result)

    def _deliver(self, report: object) -> None:
        self.progress.emit(report)
