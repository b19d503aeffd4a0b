"""Runs one blocking call (a network request, say) off the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from app.core.errors import UserFacingError
from app.workers._thread_worker import DiscardableWorker

log = logging.getLogger(__name__)

UNEXPECTED_TITLE = "Something went wrong"
UNEXPECTED_MESSAGE = "The operation failed because of an unexpected error. Details are in the log. Try again."


class _CallThread(QThread):
    """Calls ``fn()`` once; the outcome is read after the thread ends."""

    def __init__(self, fn: Callable[[], object], name: str) -> None:
        super().__init__()
        self._fn = fn
        self._name = name
        self.result: object = None
        self.error: tuple[str, str] | None = None

    def run(self) -> None:
        try:
            self.result = self._fn()
        except UserFacingError as exc:
            self.error = (exc.title, f"{exc.message} {exc.hint}".strip())
        except Exception:
            log.exception("%s failed", self._name)
            self.error = (UNEXPECTED_TITLE, UNEXPECTED_MESSAGE)


class CallWorker(DiscardableWorker):
    """``fn()`` on its own QThread, its outcome reported as a signal.

    Signals (delivered on the thread that owns the worker, normally the GUI),
    exactly one per ``start()``, once the thread has fully stopped:
        succeeded(object): what ``fn`` returned.
        failed(str, str): title and message (with the hint) when ``fn`` raised
            a ``UserFacingError``; a generic message (and a log record with the
            traceback) for anything else.

    A call cannot be interrupted; ``discard()`` lets its owner go away while
    it finishes in the background.
    """

    succeeded = Signal(object)
    failed = Signal(str, str)

    def __init__(self, fn: Callable[[], object], name: str = "Background call", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: _CallThread = _CallThread(fn, name)
        self._set_thread(self._thread)

    def _thread_done(self) -> None:
        if self._thread.error is not None:
            self.failed.emit(*self._thread.error)
        else:
            self.succeeded.emit(self._thread.result)
