"""Chat answered from documents in the chat panel: a collection of text files indexed for real, the real starter
model, a real history; the attach menu, the Sources line, the citation links and the passage they open."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.doc_collections import HANDBOOK, indexed_handbook, keyword_retrieval
from helpers.layout_checks import clipping_problems, overlap_problems
from helpers.panels import panel_context
from helpers.widgets import attach_collection, find
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QTextBrowser
from pytestqt.qtbot import QtBot

from app.bootstrap import Services, build_services
from app.core.documents.chat_retrieval import ChatRetrieval
from app.core.history.store import Store
from app.core.models.directory import ModelDirectory
from app.core.paths import Paths
from app.ui.dialogs.passage_dialog import PassageDialog
from app.ui.panels.chat_panel import ChatPanel
from app.ui.widgets.elided_label import ElidedLabel
from app.ui.widgets.transcript import Transcript

pytestmark = pytest.mark.slow

ANSWER_TIMEOUT_MS = 120_000


@pytest.fixture
def services(starter_path: Path) -> Iterator[Services]:
    built = build_services()
    built.settings.max_tokens = 48
    built.settings.temperature = 0.0
    yield built
    built.close()


@pytest.fixture
def retrieval(paths: Paths, tmp_path: Path) -> Iterator[ChatRetrieval]:
    with indexed_handbook(paths, tmp_path / "handbook") as documents, keyword_retrieval(documents) as found:
        yield found


@pytest.fixture
def panel(qtbot: QtBot, services: Services, retrieval: ChatRetrieval, paths: Paths) -> Iterator[ChatPanel]:
    with Store.open(paths.data_dir) as store:
        models = ModelDirectory(services.library, services.providers, services.secrets)
        widget = ChatPanel(panel_context(services.engines, models, services.settings, store, retrieval))
        qtbot.addWidget(widget)
        widget.resize(1024, 700)
        widget.show()
        yield widget
        widget.shutdown()


def send(qtbot: QtBot, panel: ChatPanel, text: str) -> None:
    message = find(panel, QPlainTextEdit, "Message")
    qtbot.keyClicks(message, text)
    qtbot.keyClick(message, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: find(panel, QPushButton, "Send").isEnabled(), timeout=ANSWER_TIMEOUT_MS)


def source_links(document: QTextDocument) -> list[str]:
    """Every link address in the transcript, in document order."""
    hrefs: list[str] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            href = fragment.charFormat().anchorHref()
            if href:
                hrefs.append(href)
            iterator += 1
        block = block.next()
    return hrefs


def test_an_answer_from_documents_lists_its_sources_and_opens_the_cited_passage(qtbot: QtBot, panel: ChatPanel) -> None:
    attach_collection(panel, "Handbook")
    assert find(panel, ElidedLabel, "Attached documents").fullText() == "Docs: Handbook"
    send(qtbot, panel, "How many days of annual leave does an employee get?")

    transcript = find(panel, Transcript, "Transcript")
    text = transcript.toPlainText()
    assert "Sources: [1] leave.txt — 1 passage" in text
    assert "passage" in text and "tokens" in text.split("Sources:")[-1]
    links = source_links(transcript.document())
    assert links and links[0].startswith("source:")
    # The link is what a click on [1] gives the transcript.
    transcript.anchorClicked.emit(QUrl(links[0]))
    dialog = panel.findChild(PassageDialog)
    assert dialog is not None and dialog.isVisible()
    assert HANDBOOK["leave.txt"] in find(dialog, QTextBrowser, "Passage").toPlainText()
    assert "[1] leave.txt" in find(dialog, QLabel, "Source").text()
    # Still in the index as it was sent: shown within its file's text (all of it, one passage), no note.
    assert not find(dialog, QLabel, "Passage note").isVisible()
    assert find(dialog, QPushButton, "Open file").isEnabled()
    assert clipping_problems(panel) == [] and overlap_problems(panel) == []
    dialog.resize(dialog.minimumSize())
    assert clipping_problems(dialog) == []
    dialog.close()

    # Reopened, the conversation has its collection attached and its sources again.
    conversation = panel.conversation_id
    assert conversation is not None
    panel.new_chat()
    assert find(panel, ElidedLabel, "Attached documents").fullText() == ""
    assert panel.open_conversation(conversation)
    assert find(panel, ElidedLabel, "Attached documents").fullText() == "Docs: Handbook"
    assert "Sources: [1] leave.txt — 1 passage" in transcript.toPlainText()
    transcript.anchorClicked.emit(QUrl(source_links(transcript.document())[0]))
    assert HANDBOOK["leave.txt"] in find(panel.findChild(PassageDialog), QTextBrowser, "Passage").toPlainText()


def test_nothing_found_is_plinths_own_reply(qtbot: QtBot, panel: ChatPanel, services: Services) -> None:
    attach_collection(panel, "Handbook")
    send(qtbot, panel, "Quantum chromodynamics on a lattice?")
    text = find(panel, Transcript, "Transcript").toPlainText()
    assert "Plinth" in text and "no model was asked" in text
    assert "No model was asked: nothing in the attached documents matched." in text
    assert find(panel, QLabel, "Status").text() == "Nothing found in the attached documents."
    # No model was loaded to say so.
    assert services.engines._engines == {}
