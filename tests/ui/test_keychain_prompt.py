"""The shared "no keychain: keep it for this session only?" question."""

import pytest
from helpers.message_boxes import answer_message_box
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.core.errors import NoKeychainError
from app.ui.dialogs.keychain_prompt import KEEP_FOR_SESSION, NO_KEYCHAIN_TITLE, ask_keep_for_session


@pytest.mark.parametrize("button, expected", [(KEEP_FOR_SESSION, True), ("Cancel", False)])
def test_the_answer_and_what_the_box_says(qtbot: QtBot, button: str, expected: bool) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    said = answer_message_box(button)
    exc = NoKeychainError("No Secret Service is running.", "Start GNOME Keyring.")
    assert ask_keep_for_session(parent, exc, "token") is expected
    assert len(said) == 1
    assert said[0].startswith(NO_KEYCHAIN_TITLE)
    assert "the token cannot be stored" in said[0]
    assert "No Secret Service is running. Start GNOME Keyring." in said[0]
    assert "never writes tokens to a file" in said[0]
