"""What every worker shares: one QThread, started once, waited for, and its end handed over on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QThread, Slot


class ThreadWorker(QObject):
    """Owns one QThread; a subclass builds it, passes it to ``_set_thread`` and emits its outcome in ``_thread_done``.

    ``_thread_done`` runs on the thread that owns the worker (normally the
    GUI), once the thread has fully stopped, unless the worker was discarded.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._discarded = False

    def _set_thread(self, thread: QThread) -> None:
        self._thread = thread
        thread.finished.connect(self._on_thread_finished)

    def start(self) -> None:
        self._thread.start()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, timeout_ms: int | None = None) -> bool:
        """Block until the thread has ended; False on timeout. For shutdown only.

        The outcome signal is still delivered later, through the event loop.
        """
        if timeout_ms is None:
            return self._thread.wait()
        return self._thread.wait(timeout_ms)

    def _thread_done(self) -> None:
        """Emit the outcome; the thread has fully stopped."""
        raise NotImplementedError

    @Slot()
    def _on_thread_finished(self) -> None:
        # QThread.finished fires just before the thread really ends; waiting here
        # (microseconds) lets listeners drop the worker at once, without Qt warning
        # about a thread destroyed while running.
        self._thread.wait()
        if self._discarded:
            self.deleteLater()
        else:
            self._thread_done()


class DiscardableWorker(ThreadWorker):
    """A ``ThreadWorker`` its owner may leave behind (``discard()``) while the thread still runs."""

    def discard(self) -> None:
        """Emit nothing more; the worker deletes itself once the thread returns.

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
            # A thread still running when the application quits is waited for:
            # destroying a running QThread aborts the process.
            app.aboutToQuit.connect(self._on_app_about_to_quit)

    @Slot()
    def _on_app_about_to_quit(self) -> None:
        self._thread.wait()
