"""Stopping work from another thread: the token engines, downloads and tasks poll, and the outcome it gives."""

from __future__ import annotations

import threading


class CancelToken:
    """Set from any thread; engines poll it between tokens."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def wait(self, timeout: float) -> bool:
        return self._event.wait(timeout)


class Cancelled(Exception):
    """Work stopped by a CancelToken before it finished: an outcome, not an error."""
