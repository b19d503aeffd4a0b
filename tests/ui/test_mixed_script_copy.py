"""Mixed scripts, right-to-left text, emoji sequences and zero-width characters: shown whole, copied exactly."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fakes import FakeEngine, registry_with
from helpers.widgets import find
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.core.models.directory import ModelDirectory
from app.core.settings import Settings
from app.ui.panels.chat_panel import ChatPanel
from app.ui.widgets.transcript import Transcript
from tests.helpers.panels import panel_context

PLAIN = (
    "Grüße · שלום עולם, 123 · مرحبا بالعالم · 你好，世界 · 👩🏽\u200d💻 🇫🇷 · "
    "zero\u200bwidth\u200cnon\u200djoiner\u2060end · e\u0301 · \u202bembedded RTL\u202c · \ufeffBOM"
)
#: The same text with markdown around parts of it, as a model writes.
MARKDOWN = f"**Grüße** · `שלום` · *مرحبا*\n\n- {PLAIN}\n- 你好\n\n```\n{PLAIN}\n```"


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine(model_id="local:fake")


@pytest.fixture
def panel(qtbot: QtBot, engine: FakeEngine, models: ModelDirectory) -> Iterator[ChatPanel]:
    widget = ChatPanel(panel_context(registry_with(engine, "local"), models, Settings(last_model="local:fake")))
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    yield widget
    widget.shutdown()


def pieces(text: str, size: int) -> list[str]:
    """``text`` cut every ``size`` characters: inside ZWJ sequences, flags and combining marks."""
    return [text[i : i + size] for i in range(0, len(text), size)]


@pytest.mark.parametrize("answer", [PLAIN, MARKDOWN], ids=["plain", "markdown"])
@pytest.mark.parametrize("size", [1, 3, 7])
def test_copy_answer_gives_back_exactly_what_the_model_said(
    qtbot: QtBot, panel: ChatPanel, engine: FakeEngine, answer: str, size: int
) -> None:
    engine.enqueue(pieces(answer, size))
    message = find(panel, QPlainTextEdit, "Message")
    message.setPlainText(PLAIN)
    message.setFocus()
    qtbot.keyClick(message, Qt.Key.Key_Return)
    transcript = find(panel, Transcript, "Transcript")
    send = find(panel, QPushButton, "Send")
    qtbot.waitUntil(lambda: send.isEnabled() and not transcript.is_rendering, timeout=5000)

    assert engine.requests[-1].messages[-1].content == PLAIN, "the message went out exactly as typed"
    shown = transcript.toPlainText()
    # The user's text and every line the renderer shows keep each code point (BOM and marks included).
    assert PLAIN in shown
    assert shown.count(PLAIN) == (3 if answer is MARKDOWN else 2)

    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(find(panel, QPushButton, "Copy"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == answer
