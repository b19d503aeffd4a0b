"""The chat panel with a real Store: saved as it streams, reopened with its settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes import FakeEngine, registry_with
from helpers.widgets import find
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
)
from pytestqt.qtbot import QtBot

from app.core.errors import EngineCrashedError
from app.core.history.store import Store
from app.core.models.directory import ModelDirectory
from app.core.models.library import ModelLibrary
from app.core.settings import Settings
from app.ui.panels.chat_history import SPLITTER_KEY
from app.ui.panels.chat_panel import OPEN_CONVERSATION_KEY, ChatPanel
from app.ui.panels.chat_transcript import INTERRUPTED_NOTE
from app.ui.widgets.history_list import KIND_ROLE
from app.ui.widgets.transcript import Transcript
from tests.helpers.panels import panel_context


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = Store.open(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine(model_id="local:fake")


@pytest.fixture
def library(tmp_path: Path) -> ModelLibrary:
    """Two local models, so reopening a conversation can switch between them."""
    models = tmp_path / "models"
    models.mkdir()
    (models / "fake.gguf").write_bytes(b"GGUF")
    (models / "other.gguf").write_bytes(b"GGUF")
    return ModelLibrary(models, None)


@pytest.fixture
def settings() -> Settings:
    return Settings(last_model="local:fake")


@pytest.fixture
def make_panel(qtbot: QtBot, engine: FakeEngine, models: ModelDirectory):  # noqa: ANN201
    panels: list[ChatPanel] = []

    def make(store: Store, settings: Settings) -> ChatPanel:
        panel = ChatPanel(panel_context(registry_with(engine, "local"), models, settings, store=store))
        qtbot.addWidget(panel)
        panel.resize(1100, 700)
        panel.show()
        panels.append(panel)
        return panel

    yield make
    for panel in panels:
        panel.shutdown()


@pytest.fixture
def panel(make_panel, store: Store, settings: Settings) -> ChatPanel:  # noqa: ANN001
    return make_panel(store, settings)


def transcript_text(panel: ChatPanel) -> str:
    return find(panel, Transcript, "Transcript").toPlainText()


def idle(panel: ChatPanel) -> bool:
    return find(panel, QPushButton, "Send").isEnabled() and not find(panel, QPushButton, "Stop").isEnabled()


def send(qtbot: QtBot, panel: ChatPanel, text: str) -> None:
    message = find(panel, QPlainTextEdit, "Message")
    message.setFocus()
    qtbot.keyClicks(message, text)
    qtbot.keyClick(message, Qt.Key.Key_Return)


def answer_of(store: Store, panel: ChatPanel):  # noqa: ANN201
    assert panel.conversation_id is not None
    return store.get_conversation(panel.conversation_id).messages[-1]


class Shown:
    """Everything the transcript has put on screen of the streaming answer."""

    def __init__(self, panel: ChatPanel) -> None:
        self.text = ""
        find(panel, Transcript, "Transcript").text_shown.connect(self._on_text_shown)

    def _on_text_shown(self, delta: str) -> None:
        self.text += delta


# -- saving as it happens ------------------------------------------------------------------


def test_the_answer_is_in_the_store_while_it_streams(
    qtbot: QtBot, panel: ChatPanel, store: Store, engine: FakeEngine, settings: Settings
) -> None:
    shown = Shown(panel)
    engine.enqueue(["Once upon", " a time", " there was", " a parser."], delay=0.05, hang_after=3)
    send(qtbot, panel, "Tell me a story")
    cid = panel.conversation_id
    assert cid is not None
    assert settings.extra[OPEN_CONVERSATION_KEY] == cid
    qtbot.waitUntil(lambda: shown.text == "Once upon a time there was", timeout=5000)

    record = store.get_conversation(cid)
    assert record.title == "Tell me a story"
    assert [(m.role, m.content, m.state) for m in record.messages] == [
        ("user", "Tell me a story", "done"),
        ("assistant", "Once upon a time there was", "streaming"),
    ]
    assert record.messages[1].model_id == "local:fake"
    assert record.model_id == "local:fake"

    qtbot.mouseClick(find(panel, QPushButton, "Stop"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(panel), timeout=3000)
    answer = answer_of(store, panel)
    assert (answer.content, answer.state) == ("Once upon a time there was", "cancelled")
    assert answer.stats is not None and answer.stats["stop_reason"] == "cancelled"
    assert "a parser" not in answer.content


def test_a_finished_answer_is_saved_with_its_stats_and_settings(
    qtbot: QtBot, panel: ChatPanel, store: Store, engine: FakeEngine
) -> None:
    find(panel, QDoubleSpinBox, "Temperature").setValue(0.25)
    find(panel, QSpinBox, "Max tokens").setValue(300)
    engine.enqueue(["Hello", " there"])
    send(qtbot, panel, "Hi")
    qtbot.waitUntil(lambda: idle(panel), timeout=5000)
    answer = answer_of(store, panel)
    assert (answer.content, answer.state, answer.error) == ("Hello there", "done", None)
    assert answer.stats is not None and answer.stats["tokens_out"] == 2
    assert answer.settings == {"temperature": 0.25, "max_tokens": 300}
    assert store.get_conversation(panel.conversation_id).settings == {"temperature": 0.25, "max_tokens": 300}


def test_an_engine_failure_keeps_the_partial_text(
    qtbot: QtBot, panel: ChatPanel, store: Store, engine: FakeEngine
) -> None:
    crash = EngineCrashedError("The model process stopped unexpectedly.", "Send again to restart it.")
    engine.enqueue_error(crash, after=["Half an", " answer"], delay=0.01)
    send(qtbot, panel, "Question")
    qtbot.waitUntil(lambda: idle(panel), timeout=5000)
    answer = answer_of(store, panel)
    assert (answer.content, answer.state) == ("Half an answer", "failed")
    assert answer.error is not None and answer.error.startswith(EngineCrashedError.title)
    assert "Send again to restart it." in answer.error


def test_regenerate_replaces_the_stored_answer(
    qtbot: QtBot, panel: ChatPanel, store: Store, engine: FakeEngine
) -> None:
    engine.enqueue(["First answer"])
    send(qtbot, panel, "Question")
    qtbot.waitUntil(lambda: idle(panel), timeout=5000)
    first = answer_of(store, panel)
    engine.enqueue(["Second answer"])
    qtbot.mouseClick(find(panel, QPushButton, "Regenerate"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Second answer" in transcript_text(panel) and idle(panel), timeout=5000)
    messages = store.get_conversation(panel.conversation_id).messages
    assert [(m.role, m.content) for m in messages] == [("user", "Question"), ("assistant", "Second answer")]
    assert messages[1].id != first.id


def test_a_second_exchange_goes_into_the_same_conversation(
    qtbot: QtBot, panel: ChatPanel, store: Store, engine: FakeEngine
) -> None:
    engine.enqueue(["One"])
    send(qtbot, panel, "First")
    qtbot.waitUntil(lambda: idle(panel), timeout=5000)
    cid = panel.conversation_id
    engine.enqueue(["Two"])
    send(qtbot, panel, "Second")
    qtbot.waitUntil(lambda: idle(panel), timeout=5000)
    assert panel.conversation_id == cid
    assert [m.content for m in store.get_conversation(cid).messages] == ["First", "One", "Second", "Two"]
    assert len(store.list_conversations()) == 1


# -- reopening --------------------------------------------------------------------------------


def test_reopening_restores_transcript_model_and_settings(
    qtbot: QtBot, panel: ChatPanel, store: Store, engine: FakeEngine
) -> None:
    combo = find(panel, QComboBox, "Model")
    combo.setCurrentIndex(combo.findData("local:other"))
    find(panel, QLineEdit, "System prompt").setText("Answer like a pirate.")
    find(panel, QDoubleSpinBox, "Temperature").setValue(1.3)
    find(panel, QSpinBox, "Max tokens").setValue(200)
    engine.enqueue(["Arr, hello."])
    send(qtbot, panel, "Greet me")
    qtbot.waitUntil(lambda: idle(panel), timeout=5000)
    pirate = panel.conversation_id

    qtbot.mouseClick(find(panel, QPushButton, "New chat"), Qt.MouseButton.LeftButton)
    assert panel.conversation_id is None and transcript_text(panel) == ""
    combo.setCurrentIndex(combo.findData("local:fake"))
    find(panel, QLineEdit, "System prompt").setText("")
    find(panel, QDoubleSpinBox, "Temperature").setValue(0.7)
    find(panel, QSpinBox, "Max tokens").setValue(1024)
    engine.enqueue(["Plain hello."])
    send(qtbot, panel, "Say hello plainly")
    qtbot.waitUntil(lambda: idle(panel), timeout=5000)

    sidebar = panel.history
    assert sidebar is not None
    rect = sidebar.view.visualRect(sidebar.model.index_of(pirate))
    qtbot.mouseClick(sidebar.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.conversation_id == pirate
    assert "Greet me" in transcript_text(panel) and "Arr, hello." in transcript_text(panel)
    assert "Plain hello." not in transcript_text(panel)
    assert combo.currentData() == "local:other"
    assert find(panel, QLineEdit, "System prompt").text() == "Answer like a pirate."
    assert find(panel, QDoubleSpinBox, "Temperature").value() == pytest.approx(1.3)
    assert find(panel, QSpinBox, "Max tokens").value() == 200

    engine.enqueue(["Arr again."])
    send(qtbot, panel, "Once more")
    qtbot.waitUntil(lambda: idle(panel), timeout=5000)
    request = engine.requests[-1]
    assert [m.content for m in request.messages] == ["Answer like a pirate.", "Greet me", "Arr, hello.", "Once more"]
    assert request.temperature == pytest.approx(1.3) and request.max_tokens == 200


def test_an_interrupted_answer_is_shown_with_a_note_after_a_restart(
    qtbot: QtBot,
    make_panel,
    data_dir: Path,
    settings: Settings,  # noqa: ANN001
) -> None:
    before_crash = Store.open(data_dir)
    cid = before_crash.create_conversation(title="", model_id="local:fake", system_prompt="", settings={})
    before_crash.add_message(cid, "user", "Write an essay")
    answer_id = before_crash.add_message(cid, "assistant", "", model_id="local:fake", state="streaming")
    writer = before_crash.answer_writer(answer_id)
    writer.append("The essay began well")
    writer.flush()
    before_crash.close()  # the app died here: nothing finished the answer

    settings.extra[OPEN_CONVERSATION_KEY] = cid
    reopened = Store.open(data_dir)
    try:
        panel = make_panel(reopened, settings)
        assert panel.conversation_id == cid
        assert reopened.get_conversation(cid).messages[-1].state == "interrupted"
        text = transcript_text(panel)
        assert "Write an essay" in text
        assert "The essay began well" in text
        assert INTERRUPTED_NOTE in text
    finally:
        reopened.close()


def test_a_missing_open_conversation_starts_a_new_chat(make_panel, store: Store, settings: Settings) -> None:  # noqa: ANN001
    settings.extra[OPEN_CONVERSATION_KEY] = 424242
    panel = make_panel(store, settings)
    assert panel.conversation_id is None
    assert OPEN_CONVERSATION_KEY not in settings.extra
    assert transcript_text(panel) == ""


def test_opening_another_conversation_waits_for_the_answer(
    qtbot: QtBot, panel: ChatPanel, store: Store, engine: FakeEngine
) -> None:
    other = store.create_conversation(title="Other", model_id="local:fake")
    engine.enqueue(["Busy", " still"], hang_after=1)
    send(qtbot, panel, "Keep going")
    qtbot.waitUntil(lambda: "Busy" in transcript_text(panel), timeout=5000)
    current = panel.conversation_id
    assert not panel.open_conversation(other)
    assert panel.conversation_id == current
    assert "Stop the answer" in find(panel, QLabel, "Status").text()
    qtbot.mouseClick(find(panel, QPushButton, "Stop"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(panel), timeout=3000)
    assert panel.open_conversation(other)
    assert panel.conversation_id == other


def test_deleting_the_open_conversation_clears_the_chat_and_undo_reopens_it(
    qtbot: QtBot, panel: ChatPanel, store: Store, engine: FakeEngine, settings: Settings
) -> None:
    engine.enqueue(["Answer"])
    send(qtbot, panel, "Question to delete")
    qtbot.waitUntil(lambda: idle(panel), timeout=5000)
    cid = panel.conversation_id
    sidebar = panel.history
    assert sidebar is not None
    sidebar.view.setCurrentIndex(sidebar.model.index_of(cid))
    sidebar.actions_by_name["Delete"].trigger()
    assert panel.conversation_id is None
    assert transcript_text(panel) == ""
    assert OPEN_CONVERSATION_KEY not in settings.extra
    qtbot.mouseClick(find(panel, QPushButton, "Undo delete"), Qt.MouseButton.LeftButton)
    assert panel.conversation_id == cid
    assert "Question to delete" in transcript_text(panel)


def test_ctrl_k_searches_from_the_message_box(qtbot: QtBot, panel: ChatPanel, store: Store, engine: FakeEngine) -> None:
    engine.enqueue(["Paris is the capital."])
    send(qtbot, panel, "Capital of France?")
    qtbot.waitUntil(lambda: idle(panel), timeout=5000)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow, timeout=2000)
    message = find(panel, QPlainTextEdit, "Message")
    message.setFocus()
    qtbot.keyClick(message, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    search = find(panel, QLineEdit, "Search conversations")
    assert search.hasFocus()
    qtbot.keyClicks(search, "paris")
    sidebar = panel.history
    assert sidebar is not None
    qtbot.waitUntil(
        lambda: sidebar.model.rowCount() == 1 and sidebar.model.index(0).data(KIND_ROLE) == "hit", timeout=3000
    )
    # Esc in the search field clears it; it does not stop anything or leave the field.
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == "" and search.hasFocus()


def test_the_sidebar_width_is_kept_in_the_settings(
    qtbot: QtBot,
    panel: ChatPanel,
    make_panel,
    store: Store,
    settings: Settings,  # noqa: ANN001
) -> None:
    splitter = panel.findChild(QSplitter)
    assert splitter is not None
    handle = splitter.handle(1)
    start = handle.rect().center()
    with qtbot.waitSignal(panel.settings_changed, timeout=2000) as changed:
        qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(handle, start + QPoint(80, 0))
        qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + QPoint(80, 0))
    assert changed.args == [False]
    width = splitter.sizes()[0]
    assert settings.extra.get(SPLITTER_KEY)
    again = make_panel(store, settings)
    assert again.findChild(QSplitter).sizes()[0] == width


def test_without_a_store_nothing_is_saved_and_there_is_no_sidebar(
    qtbot: QtBot, engine: FakeEngine, models: ModelDirectory, settings: Settings
) -> None:
    panel = ChatPanel(panel_context(registry_with(engine, "local"), models, settings))
    qtbot.addWidget(panel)
    panel.show()
    assert panel.history is None and panel.findChild(QSplitter) is None
    engine.enqueue(["Hi"])
    send(qtbot, panel, "Hello")
    qtbot.waitUntil(lambda: idle(panel), timeout=5000)
    assert panel.conversation_id is None
    assert OPEN_CONVERSATION_KEY not in settings.extra


# -- the transcript follows the conversation -------------------------------------------------------


def long_conversation(store: Store, title: str, exchanges: int = 15) -> int:
    cid = store.create_conversation(title=title, model_id="local:fake", system_prompt="", settings={})
    for i in range(exchanges):
        store.add_message(cid, "user", f"{title} question {i}")
        store.add_message(cid, "assistant", f"{title} answer {i}. " * 20, model_id="local:fake", state="done")
    return cid


def shows_the_end(panel: ChatPanel) -> bool:
    bar = find(panel, Transcript, "Transcript").verticalScrollBar()
    return bar.maximum() > 0 and bar.value() == bar.maximum()


def test_a_conversation_reopened_from_the_sidebar_shows_its_latest_turn(
    qtbot: QtBot, panel: ChatPanel, store: Store
) -> None:
    first = long_conversation(store, "First")
    second = long_conversation(store, "Second")
    sidebar = panel.history
    assert sidebar is not None
    sidebar.refresh()
    for cid in (first, second):
        rect = sidebar.view.visualRect(sidebar.model.index_of(cid))
        qtbot.mouseClick(sidebar.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert panel.conversation_id == cid
        qtbot.waitUntil(lambda: shows_the_end(panel), timeout=2000)


def test_the_conversation_reopened_at_start_shows_its_latest_turn(
    qtbot: QtBot,
    make_panel,
    store: Store,
    settings: Settings,  # noqa: ANN001
) -> None:
    settings.extra[OPEN_CONVERSATION_KEY] = long_conversation(store, "Earlier")
    panel = make_panel(store, settings)
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: shows_the_end(panel), timeout=2000)


def test_a_message_sent_while_scrolled_up_is_shown_with_its_answer(
    qtbot: QtBot, panel: ChatPanel, store: Store, engine: FakeEngine
) -> None:
    assert panel.open_conversation(long_conversation(store, "Long"))
    transcript = find(panel, Transcript, "Transcript")
    qtbot.waitUntil(lambda: shows_the_end(panel), timeout=2000)
    transcript.verticalScrollBar().setValue(0)  # reading the beginning
    engine.enqueue([f"Streamed line {i}.\n\n" for i in range(30)], delay=0.01)
    send(qtbot, panel, "A new question")
    assert shows_the_end(panel), "the message just sent is on screen"
    qtbot.waitUntil(lambda: idle(panel), timeout=5000)
    assert "Streamed line 29." in transcript.toPlainText()
    assert shows_the_end(panel), "the answer was followed to its end"
