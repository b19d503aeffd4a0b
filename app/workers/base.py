"""The one worker base: runs a subclass's ``work()`` on its own QThread and turns how it ended into signals."""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from app.core.cancel import Cancelled, CancelToken
from app.core.errors import UserFacingError

UNEXPECTED_TITLE = "Something went wrong"
UNEXPECTED_MESSAGE = "The operation failed because of an unexpected error. Details are in the log. Try again."


class _Thread(QThread):
    """Calls ``target()`` once.

    Signals:
        reported(object): something the work passed to ``Worker._report``,
            emitted on this thread; the worker receives it queued, in order.
    """

    reported = Signal(object)

    def __init__(self, target: Callable[[], None]) -> None:
        super().__init__()
        # Weak: the worker holds the thread, and a cycle between them would be
        # broken by the garbage collector on whichever thread it runs on,
        # deleting Qt objects off the thread that owns them.
        self._target = weakref.WeakMethod(target)

    def run(self) -> None:
        target = self._target()
        if target is not None:
            target()


class Worker(QObject):
    """Runs ``work()`` once on its own QThread; a subclass implements ``work()`` and ``_succeed()``.

    ``work()`` runs off the GUI thread: it may poll ``self._cancel``, raise
    ``Cancelled`` and pass reports to ``self._report``, which reach
    ``_deliver`` on the thread that owns the worker, in order.

    Signals (delivered on the thread that owns the worker, normally the GUI),
    once the thread has fully stopped, so a listener may drop the worker at once:
        failed(str, str): title and message (``str()`` of the error: message
            and hint) when ``work()`` raised a ``UserFacingError``; the
            worker's ``unexpected_message`` (and a log record with the
            traceback) for anything else.
        cancelled(): ``work()`` raised ``Cancelled``.

    Exactly one of those and the subclass's success signal (``_succeed``) per
    ``start()``, unless the worker was discarded.
    """

    failed = Signal(str, str)
    cancelled = Signal()

    #: What a person reads when ``work()`` raised something that is not a ``UserFacingError`` (a bug).
    unexpected_message = UNEXPECTED_MESSAGE

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._cancel = CancelToken()
        self._discarded = False
        self._result: object = None
        self._error: tuple[str, str] | None = None
        self._was_cancelled = False
        self._thread = _Thread(self.run)
        self._thread.reported.connect(self._on_thread_reported)
        self._thread.finished.connect(self._on_thread_finished)

    # -- what a subclass implements -----------------------------------------------------

    def work(self) -> object:
        """The work itself, on the worker's thread; its return value goes to ``_succeed``."""
        raise NotImplementedError

    def _succeed(self, result: object) -> None:
        """Emit the success signal with what ``work()`` returned."""
        raise NotImplementedError

    def _deliver(self, report: object) -> None:
        """Turn a report from ``work()`` into the worker's signals (on the owner's thread)."""
        raise NotImplementedError

    # -- what its owner calls -----------------------------------------------------------

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop; returns at once, the outcome signal follows."""
        self._cancel.cancel()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.cancelled

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, timeout_ms: int | None = None) -> bool:
        """Block until the thread has ended; False on timeout. For shutdown only.

        The outcome signal is still delivered later, through the event loop.
        """
        if timeout_ms is None:
            return self._thread.wait()
        return self._thread.wait(timeout_ms)

    def discard(self) -> None:
        """Cancel, emit nothing more, and delete the worker once the thread returns.

        Its owner may be destroyed right after: the worker moves under the
        application, so the running thread is never destroyed with it.
        """
        self._cancel.cancel()
        self._discarded = True
        if not self._thread.isRunning():
            self.deleteLater()
            return
        app = QCoreApplication.instance()
        self.setParent(app)
        if app is not None:
            # A thread still running when the application quits is waited for:
            # destroying a running QThread aborts the process.
            app.aboutToQuit.connect(self._on_app_about_to_quit)

    # -- running ------------------------------------------------------------------------

    def _report(self, report: object) -> None:
        self._thread.reported.emit(report)

    def run(self) -> None:
        """Call ``work()`` and keep how it ended; on the worker's thread, from ``start()``."""
        try:
            self._result = self.work()
        except Cancelled:
            self._was_cancelled = True
        except UserFacingError as exc:
            self._error = (exc.title, str(exc))
        except Exception:
            logging.getLogger(type(self).__module__).exception("%s failed", self._name)
            self._error = (UNEXPECTED_TITLE, self.unexpected_message)

    @Slot(object)
    def _on_thread_reported(self, report: object) -> None:
        if not self._discarded:
            self._deliver(report)

    @Slot()
    def _on_thread_finished(self) -> None:
        # QThread.finished fires just before the thread really ends; waiting here
        # (microseconds) lets listeners drop the worker at once, without Qt warning
        # about a thread destroyed while running.
        self._thread.wait()
        if self._discarded:
            self.deleteLater()
        elif self._error is not None:
            self.failed.emit(*self._error)
        elif self._was_cancelled:
            self.cancelled.emit()
        else:
            self._succeed(self._result)

    @Slot()
    def _on_app_about_to_quit(self) -> None:
        self._thread.wait()
