"""What every screenshot script needs: where pictures go, and ways to let the window get somewhere."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer
from PySide6.QtWidgets import QApplication, QWidget

# The README's pictures are taken at the window's default size; `make screenshots-small`
# takes the same screens at 1024×700 into build/ to check that nothing is cut or overlaps.
OUT = Path(os.environ.get("PLINTH_SHOT_DIR") or Path(__file__).resolve().parent.parent / "resources" / "screenshots")
SIZE: tuple[int, int] = tuple(int(n) for n in os.environ.get("PLINTH_SHOT_SIZE", "1080x760").split("x"))  # type: ignore[assignment]


def wait_until(app: QApplication, done: Callable[[], bool], timeout_ms: int = 300_000) -> None:
    """Run the event loop until ``done()``; raises TimeoutError after ``timeout_ms``."""
    clock = QElapsedTimer()
    clock.start()
    while not done():
        if clock.elapsed() > timeout_ms:
            raise TimeoutError(f"the window did not get there within {timeout_ms / 1000:g} s")
        app.processEvents()
        # Leave the CPU to the model's process: a busy loop here halves its speed.
        time.sleep(0.005)


def settle(app: QApplication, rounds: int = 30) -> None:
    """Let pending layout and paint events run."""
    for _ in range(rounds):
        app.processEvents()


def named(parent: QWidget, cls: type, name: str):  # noqa: ANN201 (returns the widget)
    return next(w for w in parent.findChildren(cls) if w.accessibleName() == name)
