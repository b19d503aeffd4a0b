"""The shared "no keychain: keep it for this session only?" question."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.core.errors import NoKeychainError
from app.ui.dialogs.keychain_prompt import KEEP_FOR_SESSION, NO_KEYCHAIN_TITLE, ask_keep_for_session


def _click_when_shown(button_text: str, said: list[str]) -> None:
    def attempt(tries: int) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if tries:
                QTimer.singleShot(20, lambda: attempt(tries - 1))
            return
        said.append(f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}")
        next(b for b in box.buttons() if b.text().replace("&", "") == button_text).click()

    QTimer.singleShot(0, lambda: attempt(100))


@pytest.mark.parametrize("button, expected", [(KEEP_FOR_SESSION, True), ("Cancel", False)])
def test_the_answer_and_what_the_box_says(qtbot: QtBot, button: str, expected: bool) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    said: list[str] = []
    _click_when_shown(button, said)
    exc = NoKeychainError("No Secret Service is running.", "Start GNOME Keyring.")
    assert ask_keep_for_session(parent, exc, "token") is expected
    assert len(said) == 1
    assert said[0].startswith(NO_KEYCHAIN_TITLE)
    assert "the token cannot be stored" in said[0]
    assert "No Secret Service is running. Start GNOME Keyring." in said[0]
    assert "never writes tokens to a file" in said[0]
