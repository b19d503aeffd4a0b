"""Runs one cancellable task (a classification, a file translation, a batch) off the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.workers._thread_worker import ThreadWorker

from app.core.engines.base import Cancelled, CancelToken
from app.core.errors import UserFacingError

log = logging.getLogger(__name__)

UNEXPECTED_TITLE = "Something went wrong"
UNEXPECTED_MESSAGE = (
    "The task stopped because of an unexpected error. Details are in the log. "
    "Try again; if it keeps happening, restart Plinth."
)

#: ``fn(cancel, report)``: does the work, polls ``cancel``, passes progress to ``report``.
TaskFn = Callable[[CancelToken, Callable[[object], None]], object]


class _TaskThread(QThread):
    """Calls the task once; the outcome is read after the thread ends.

    Signals:
        reported(object): one progress report, in order.
    """

    reported = Signal(object)

    def __init__(self, fn: TaskFn, cancel: CancelToken, name: str) -> None:
        super().__init__()
        self._fn = fn
        self._cancel = cancel
        self._name = name
        self.result: object = None
        self.error: tuple[str, str] | None = None
        self.was_cancelled = False

    def run(self) -> None:
        try:
            self.result = self._fn(self._cancel, self.reported.emit)
        except Cancelled:
            self.was_cancelled = True
        except UserFacingError as exc:
            self.error = (exc.title, f"{exc.message} {exc.hint}".strip())
        except Exception:
            log.exception("%s failed", self._name)
            self.error = (UNEXPECTED_TITLE, UNEXPECTED_MESSAGE)


class TaskWorker(ThreadWorker):
    """``fn(cancel, report)`` on its own QThread, its progress and outcome as signals.

    A task stopped by its token either raises ``Cancelled`` (reported as
    ``cancelled``) or returns what it finished so far (reported as
    ``succeeded``; ``cancel_requested`` then says it was cut short).

    Signals (delivered on the thread that owns the worker, normally the GUI):
        progress(object): each object the task passed to ``report``, in order.
        succeeded(object): what the task returned.
        cancelled(): the task raised ``Cancelled``.
        failed(str, str): title and message (with the hint) when the task
            raised a ``UserFacingError``; a generic message (and a log record
            with the traceback) for anything else.

    Exactly one of ``succeeded``, ``cancelled`` and ``failed`` is emitted per
    ``start()``, once the thread has fully stopped.
    """

    progress = Signal(object)
    succeeded = Signal(object)
    cancelled = Signal()
    failed = Signal(str, str)

    def __init__(self, fn: TaskFn, name: str = "Task", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = CancelToken()
        self._thread: _TaskThread = _TaskThread(fn, self._cancel, name)
        self._thread.reported.connect(self._on_thread_reported)
        self._set_thread(self._thread)

    def cancel(self) -> None:
        """Ask the task to stop; returns at once, one of the outcome signals follows."""
        self._cancel.cancel()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.cancelled

    @Slot(object)
    def _on_thread_reported(self, report: object) -> None:
        self.progress.emit(report)

    def _thread_done(self) -> None:
        if self._thread.error is not None:
            self.failed.emit(*self._thread.error)
        elif self._thread.was_cancelled:
            self.cancelled.emit()
        else:
            self.succeeded.emit(self._thread.result)
