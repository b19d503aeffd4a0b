"""Answering the next message box a UI test's click opens, as a person would, and reading what it said."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_message_box(button_text: str) -> list[str]:
    """Clicks ``button_text`` in the next modal message box; the list fills with its title, text and details."""
    said: list[str] = []

    def attempt(tries: int) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if tries:
                QTimer.singleShot(20, lambda: attempt(tries - 1))
            return
        said.append(f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}")
        next(b for b in box.buttons() if b.text().replace("&", "") == button_text).click()

    QTimer.singleShot(0, lambda: attempt(100))
    return said
