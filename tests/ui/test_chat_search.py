"""The chat's search of its documents runs off the GUI thread: a search that takes its time (held on an event, as an
embedding call can be) leaves the window responsive, Stop ends it at once, and a failed search says why and keeps
the question. A collection of text files indexed for real, a real history, a scripted engine."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from fakes import FakeEngine, registry_with
from helpers.doc_collections import indexed_handbook, no_embedding
from helpers.panels import panel_context
from helpers.widgets import attach_collection, find
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.core.documents.chat_retrieval import ChatRetrieval
from app.core.documents.records import Hit
from app.core.documents.store import DocumentStore
from app.core.history.store import Store
from app.core.models.directory import ModelDirectory
from app.core.paths import Paths
from app.core.settings import Settings
from app.ui.panels.chat_documents import STOPPED_SEARCH_NOTE
from app.ui.panels.chat_panel import ChatPanel
from app.ui.widgets.transcript import Transcript

QUESTION = "How many days of annual leave?"
SEARCHING = "Searching “Handbook”…"


class HeldRetrieval(ChatRetrieval):
    """The real retrieval, held before it searches until ``release`` is set; ``threads`` records where it ran."""

    def __init__(self, store: DocumentStore) -> None:
        super().__init__(store, no_embedding)
        self.entered = threading.Event()
        self.release = threading.Event()
        self.finished = threading.Event()
        self.threads: list[threading.Thread] = []

    def __call__(self, collections: Sequence[str], question: str) -> list[tuple[str, Hit]]:
        self.threads.append(threading.current_thread())
        self.entered.set()
        assert self.release.wait(30), "the test never released the search"
        try:
            return super().__call__(collections, question)
        finally:
            self.finished.set()


@pytest.fixture
def documents(paths: Paths, tmp_path: Path) -> Iterator[DocumentStore]:
    with indexed_handbook(paths, tmp_path / "handbook") as opened:
        yield opened


@pytest.fixture
def retrieval(documents: DocumentStore) -> Iterator[HeldRetrieval]:
    held = HeldRetrieval(documents)
    yield held
    held.release.set()
    held.close()


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine(model_id="local:fake")


@pytest.fixture
def history(paths: Paths) -> Iterator[Store]:
    with Store.open(paths.data_dir) as opened:
        yield opened


@pytest.fixture
def panel(
    qtbot: QtBot, engine: FakeEngine, models: ModelDirectory, history: Store, retrieval: HeldRetrieval
) -> Iterator[ChatPanel]:
    context = panel_context(
        registry_with(engine, "local"), models, Settings(last_model="local:fake"), history, retrieval
    )
    widget = ChatPanel(context)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    attach_collection(widget, "Handbook")
    yield widget
    widget.shutdown()


def send(qtbot: QtBot, panel: ChatPanel) -> None:
    message = find(panel, QPlainTextEdit, "Message")
    qtbot.keyClicks(message, QUESTION)
    qtbot.keyClick(message, Qt.Key.Key_Return)


def transcript_text(panel: ChatPanel) -> str:
    return find(panel, Transcript, "Transcript").toPlainText()


def test_a_slow_search_leaves_the_window_responsive_then_the_answer_comes(
    qtbot: QtBot, panel: ChatPanel, retrieval: HeldRetrieval, engine: FakeEngine
) -> None:
    engine.enqueue(["Employees get 27 days [1]."])
    ticks: list[int] = []
    timer = QTimer(panel)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()

    send(qtbot, panel)
    assert retrieval.entered.wait(5)
    # The search is held on its own thread, and the GUI thread goes on: the timer ticks, the placeholder shows.
    qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=5000)
    assert retrieval.threads[0] is not threading.main_thread()
    assert SEARCHING in transcript_text(panel)
    assert find(panel, QLabel, "Status").text() == "Searching the documents…"
    assert find(panel, QPushButton, "Stop").isEnabled() and not find(panel, QPushButton, "Send").isEnabled()
    assert engine.requests == []

    retrieval.release.set()
    qtbot.waitUntil(lambda: find(panel, QPushButton, "Send").isEnabled(), timeout=10_000)
    text = transcript_text(panel)
    assert SEARCHING not in text and "Employees get 27 days [1]." in text
    assert "Sources: [1] leave.txt" in text
    assert "leave.txt" in engine.requests[0].messages[-1].content


def test_stop_while_searching_ends_the_answer_at_once(
    qtbot: QtBot, panel: ChatPanel, retrieval: HeldRetrieval, engine: FakeEngine, history: Store
) -> None:
    send(qtbot, panel)
    assert retrieval.entered.wait(5)
    qtbot.waitUntil(lambda: SEARCHING in transcript_text(panel), timeout=5000)

    # Stop does not wait for the search, which is still held.
    qtbot.keyClick(find(panel, QPushButton, "Stop"), Qt.Key.Key_Space)
    assert not retrieval.finished.is_set()
    text = transcript_text(panel)
    assert SEARCHING not in text and STOPPED_SEARCH_NOTE in text
    assert find(panel, QLabel, "Status").text() == "Stopped."
    assert find(panel, QPushButton, "Send").isEnabled() and not find(panel, QPushButton, "Stop").isEnabled()
    stored = history.get_conversation(panel.conversation_id or 0).messages
    assert [(m.role, m.state) for m in stored] == [("user", "done"), ("assistant", "cancelled")]

    # The search ends later on its own thread, and nothing comes of it.
    retrieval.release.set()
    assert retrieval.finished.wait(5)
    qtbot.wait(100)
    assert engine.requests == [] and transcript_text(panel) == text

    # The next question is answered as usual.
    engine.enqueue(["27 days [1]."])
    send(qtbot, panel)
    qtbot.waitUntil(lambda: "27 days [1]." in transcript_text(panel), timeout=10_000)
    assert [m.content for m in engine.requests[0].messages[:-1]] == []


def test_a_failed_search_says_why_and_keeps_the_question(
    qtbot: QtBot, panel: ChatPanel, retrieval: HeldRetrieval, documents: DocumentStore, engine: FakeEngine,
    history: Store,
) -> None:  # fmt: skip
    # The collection goes from the index (removed from the Documents tab, or the command line) after it was attached.
    documents.delete_collection("Handbook")
    retrieval.release.set()
    send(qtbot, panel)
    qtbot.waitUntil(lambda: find(panel, QPushButton, "Send").isEnabled(), timeout=10_000)

    text = transcript_text(panel)
    assert "No such collection" in text and "There is no collection named “Handbook”." in text
    assert SEARCHING not in text
    assert find(panel, QLabel, "Status").text() == "No such collection. You can send again."
    assert find(panel, QPlainTextEdit, "Message").toPlainText() == QUESTION
    assert engine.requests == []
    stored = history.get_conversation(panel.conversation_id or 0).messages
    assert [(m.role, m.state) for m in stored] == [("user", "done"), ("assistant", "failed")]
