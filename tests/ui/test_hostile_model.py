"""Picking a hostile or broken model in the chat panel: the error shows in the transcript, the conversation stays."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gguf_corpus import HOSTILE_TEMPLATES, Layout
from helpers.widgets import find
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.core.engines.base import Engine
from app.core.engines.local.engine import LocalEngine
from app.core.engines.registry import EngineRegistry
from app.core.errors import ChatTemplateError, ModelLoadError
from app.core.models.directory import ModelDirectory
from app.core.models.library import ModelLibrary
from app.core.providers import ProviderStore
from app.core.secrets import SecretStore
from app.core.settings import Settings
from app.ui.panels.chat_panel import ChatPanel
from app.ui.widgets.transcript import Transcript
from tests.helpers.panels import panel_context

pytestmark = pytest.mark.slow

ANSWER_TIMEOUT_MS = 120_000


@pytest.fixture
def hostile_library(tmp_path: Path, starter_path: Path) -> ModelLibrary:
    models = tmp_path / "models"
    models.mkdir()
    layout = Layout.read(starter_path)
    template, _ = HOSTILE_TEMPLATES["sandbox escape through cycler globals"]
    layout.with_chat_template(template).write(models / "hostile.gguf")
    # A download that stopped a megabyte in.
    with starter_path.open("rb") as src:
        (models / "cut.gguf").write_bytes(src.read(1 << 20))
    return ModelLibrary(models, starter_path)


@pytest.fixture
def panel(
    qtbot: QtBot, hostile_library: ModelLibrary, providers: ProviderStore, secrets: SecretStore
) -> Iterator[ChatPanel]:
    engines = EngineRegistry()

    def local_engine(model_id: str) -> Engine:
        return LocalEngine(hostile_library.resolve(model_id).path, model_id, context_cap=512)

    engines.register("starter", local_engine)
    engines.register("local", local_engine)
    widget = ChatPanel(
        panel_context(
            engines, ModelDirectory(hostile_library, providers, secrets), Settings(last_model="starter", max_tokens=16)
        )
    )
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    yield widget
    widget.shutdown()
    engines.close_all()


def pick(panel: ChatPanel, model_id: str) -> None:
    combo = find(panel, QComboBox, "Model")
    index = combo.findData(model_id)
    assert index >= 0, f"{model_id} is not offered"
    combo.setCurrentIndex(index)


def send(qtbot: QtBot, panel: ChatPanel, text: str) -> None:
    message = find(panel, QPlainTextEdit, "Message")
    message.setFocus()
    qtbot.keyClicks(message, text)
    qtbot.keyClick(message, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: find(panel, QPushButton, "Send").isEnabled() and not find(panel, QPushButton, "Stop").isEnabled(),
        timeout=ANSWER_TIMEOUT_MS,
    )


def test_hostile_and_broken_models_show_their_error_and_keep_the_conversation(qtbot: QtBot, panel: ChatPanel) -> None:
    transcript: Transcript = find(panel, Transcript, "Transcript")
    send(qtbot, panel, "Say hello")
    earlier = transcript.toPlainText()
    assert "Say hello" in earlier and "tok/s" in earlier

    pick(panel, "local:hostile")
    send(qtbot, panel, "Second question")
    text = transcript.toPlainText()
    assert text.startswith(earlier), "the earlier conversation is kept as it was"
    after = text[len(earlier) :]
    assert "Second question" in after
    assert ChatTemplateError.title in after and "sandbox forbids" in after
    assert "uid=" not in after

    pick(panel, "local:cut")
    send(qtbot, panel, "Third question")
    text = transcript.toPlainText()
    assert text.startswith(earlier)
    last = text.rsplit("Third question", 1)[-1]
    assert ModelLoadError.title in last and "cut.gguf is not a valid GGUF model file" in last
    assert "download it again" in last

    pick(panel, "starter")
    send(qtbot, panel, "Say hello again")
    text = transcript.toPlainText()
    assert text.startswith(earlier) and "sandbox forbids" in text
    assert "tok/s" in text.rsplit("Say hello again", 1)[-1], "the good model still answers"
    assert find(panel, QLabel, "Status").text() == "Ready."
