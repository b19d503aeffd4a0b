"""A panel's blocking calls (Hub requests, file reads, imports) run off the GUI thread, one per purpose."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from app.workers.call_worker import CallWorker


class BackgroundCalls(QObject):
    """``CallWorker``s keyed by what they are for: a newer call for the same key supersedes the older one.

    A superseded or discarded call finishes in the background and its answer is
    not delivered; a finished one is forgotten after its callback ran.

    Signals: none (each call's outcome goes to the callbacks given to ``start``).
    """

    def __init__(self, name: str, parent: QObject) -> None:
        """``name``: what the calls' threads are named after ("Models page")."""
        super().__init__(parent)
        self._name = name
        self._calls: dict[str, CallWorker] = {}

    def __contains__(self, key: str) -> bool:
        return key in self._calls

    def __bool__(self) -> bool:
        return bool(self._calls)

    def start(
        self,
        key: str,
        fn: Callable[[], object],
        on_success: Callable[[object], None],
        on_failure: Callable[[str, str], None],
    ) -> None:
        """Run ``fn()``; its result goes to ``on_success``, its error's title and message to ``on_failure``."""
        self.discard(key)
        call = CallWorker(fn, f"{self._name}: {key}", self)
        call.succeeded.connect(on_success)
        call.failed.connect(on_failure)
        call.succeeded.connect(lambda _r, c=call, k=key: self._forget(k, c))
        call.failed.connect(lambda _t, _m, c=call, k=key: self._forget(k, c))
        self._calls[key] = call
        call.start()

    def discard(self, key: str) -> bool:
        """Stop waiting for ``key``'s call, if one runs; says whether one did."""
        call = self._calls.pop(key, None)
        if call is not None:
            call.discard()
        return call is not None

    def discard_all(self) -> None:
        for key in list(self._calls):
            self.discard(key)

    def _forget(self, key: str, call: CallWorker) -> None:
        if self._calls.get(key) is call:
            del self._calls[key]
        call.deleteLater()
