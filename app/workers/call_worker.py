"""Runs one blocking call (a network request, say) off the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from app.core.errors import UserFacingError

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


class CallWorker(QObject):
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
        self._discarded = False
        self._thread = _CallThread(fn, name)
        self._thread.finished.connect(self._on_thread_finished)

    def start(self) -> None:
        self._thread.start()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, timeout_ms: int | None = None) -> bool:
        """Block until the call has returned; False on timeout."""
        if timeout_ms is None:
            return self._thread.wait()
        return self._thread.wait(timeout_ms)

    def discard(self) -> None:
        """Emit nothing more; the worker deletes itself once the call returns.

        Its owner may be destroyed right after: the worker moves under the
        application, so the running thread is never destroyed with it.
        """
        self._discarded = True
        if not self._thread.isRunning():
            self.deleteLater()
            return
        app = QCoreApplication.instance()
        self.setParent(app)
        if app is not None:
            # A call still running when the application quits is waited for:
            # destroying a running QThread aborts the process.
            app.aboutToQuit.connect(self._on_app_about_to_quit)

    @Slot()
    def _on_app_about_to_quit(self) -> None:
        self._thread.wait()

    @Slot()
    def _on_thread_finished(self) -> None:
        # QThread.finished fires just before the thread really ends; waiting here
        # (microseconds) lets listeners drop the worker at once.
        self._thread.wait()
        if self._discarded:
            self.deleteLater()
        elif self._thread.error is not None:
            self.failed.emit(*self._thread.error)
        else:
            self.succeeded.emit(self._thread.result)
