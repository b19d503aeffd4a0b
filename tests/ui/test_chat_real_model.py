"""The chat panel against the real starter model, wired by the real composition root."""

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.widgets import find
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.bootstrap import Services, build_services
from app.core.errors import EngineCrashedError
from app.core.models.directory import ModelDirectory
from app.core.models.library import STARTER_ID, STARTER_NAME
from app.ui.main_window import MainWindow
from app.ui.widgets.transcript import Transcript

pytestmark = pytest.mark.slow

ANSWER_TIMEOUT_MS = 120_000


@pytest.fixture
def services(starter_path: Path) -> Iterator[Services]:
    built = build_services()
    # Short answers keep the test quick on a slow or busy machine.
    built.settings.max_tokens = 96
    yield built
    built.close()


@pytest.fixture
def window(services: Services, open_main_window) -> Iterator[MainWindow]:  # noqa: ANN001
    main = open_main_window(
        services.engines,
        services.settings_store,
        settings=services.settings,
        models=ModelDirectory(services.library, services.providers, services.secrets),
        providers=services.providers,
        secrets=services.secrets,
        warnings=services.warnings,
    )
    yield main
    main.close()


def send(qtbot: QtBot, window: MainWindow, text: str) -> None:
    message = find(window, QPlainTextEdit, "Message")
    qtbot.keyClicks(message, text)
    qtbot.keyClick(message, Qt.Key.Key_Return)


def idle(window: MainWindow) -> bool:
    return find(window, QPushButton, "Send").isEnabled() and not find(window, QPushButton, "Stop").isEnabled()


def answer_text(transcript: Transcript) -> str:
    """What the model said in the last answer (between its name and the stats or error)."""
    return transcript.toPlainText().rsplit(STARTER_NAME, 1)[-1]


def test_starter_model_answers_in_the_window(qtbot: QtBot, window: MainWindow) -> None:
    transcript = find(window, Transcript, "Transcript")
    assert find(window.chat_panel, QLabel, "Privacy").fullText() == "Stays on this computer"
    send(qtbot, window, "Say hello")
    assert find(window, QLabel, "Status").text() == "Loading model…"
    qtbot.waitUntil(lambda: idle(window), timeout=ANSWER_TIMEOUT_MS)
    said = answer_text(transcript)
    assert " out" in said and "tok/s" in said, "stats line under the answer"
    assert said.split("TTFT")[0].strip(), "the model said something"
    assert find(window, QLabel, "Status").text() == "Ready."


def test_killed_model_keeps_partial_answer_and_next_send_works(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    transcript = find(window, Transcript, "Transcript")
    send(qtbot, window, "Write a very long story about a dragon who learns to bake bread.")
    qtbot.waitUntil(lambda: bool(answer_text(transcript).strip()), timeout=ANSWER_TIMEOUT_MS)
    pid = services.engines.get(STARTER_ID).pid  # type: ignore[attr-defined]
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: idle(window), timeout=ANSWER_TIMEOUT_MS)

    said = answer_text(transcript)
    assert EngineCrashedError.title in said
    assert said.split(EngineCrashedError.title)[0].strip(), "the partial answer stays above the error"

    send(qtbot, window, "Say hello")
    qtbot.waitUntil(lambda: idle(window), timeout=ANSWER_TIMEOUT_MS)
    said = answer_text(transcript)
    assert "tok/s" in said and EngineCrashedError.title not in said
    assert services.engines.get(STARTER_ID).pid not in (None, pid)  # type: ignore[attr-defined]
