"""Runs one blocking call (a network request, say) off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.workers.base import Worker


class CallWorker(Worker):
    """``fn()`` on its own QThread, its outcome reported as a signal.

    Signals (see ``Worker``):
        succeeded(object): what ``fn`` returned.
        failed(str, str): ``fn`` raised.
        cancelled(): not emitted: a call cannot be interrupted, so ``cancel()``
            changes nothing.

    ``discard()`` lets its owner go away while the call finishes in the background.
    """

    succeeded = Signal(object)

    def __init__(self, fn: Callable[[], object], name: str = "Background call", parent: QObject | None = None) -> None:
        super().__init__(name, parent)
        self._fn = fn

    def work(self) -> object:
        return self._fn()

    def _succeed(self, result: object) -> None:
        self.succeeded.emit(result)
