"""A comparison answered from documents in the Compare tab: a collection of text files indexed for real, the real
starter model beside a scripted remote one; the Documents control, each column's citations and Sources line, the
passage they open, what the privacy line says leaves the computer, and the layout at 1024×700."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes import FakeEngine
from helpers.doc_collections import HANDBOOK, indexed_handbook, keyword_retrieval
from helpers.layout_checks import clipping_problems, overlap_problems
from helpers.panels import panel_context
from helpers.widgets import attach_collection, find
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QPlainTextEdit, QPushButton, QTextBrowser, QToolButton
from pytestqt.qtbot import QtBot

from app.bootstrap import Services, build_services
from app.core.compare.saved import open_comparisons
from app.core.documents.chat_retrieval import ChatRetrieval
from app.core.models.directory import ModelDirectory
from app.core.paths import Paths
from app.core.providers import ProviderConfig, ProviderStore
from app.core.secrets import SecretStore
from app.core.settings import Settings
from app.ui.dialogs.passage_dialog import PassageDialog
from app.ui.panels.compare_panel import ComparePanel
from app.ui.widgets.compare_column import NOT_ASKED_TEXT
from app.ui.widgets.elided_label import ElidedLabel
from app.ui.widgets.transcript import Transcript

pytestmark = pytest.mark.slow

REMOTE = "openai:gpt-test"
QUESTION = "How many days of annual leave does an employee get?"
ANSWER_TIMEOUT_MS = 120_000


@pytest.fixture
def remote() -> FakeEngine:
    return FakeEngine(model_id=REMOTE, destination="OpenAI")


@pytest.fixture
def services(paths: Paths, starter_path: Path, remote: FakeEngine) -> Iterator[Services]:
    built = build_services(paths, starter_path=starter_path)
    built.engines.register("openai", lambda _model_id: remote)
    yield built
    built.close()


@pytest.fixture
def retrieval(paths: Paths, tmp_path: Path) -> Iterator[ChatRetrieval]:
    with indexed_handbook(paths, tmp_path / "handbook") as documents, keyword_retrieval(documents) as found:
        yield found


@pytest.fixture
def panel(
    qtbot: QtBot,
    services: Services,
    retrieval: ChatRetrieval,
    providers: ProviderStore,
    secrets: SecretStore,
) -> Iterator[ComparePanel]:
    providers.upsert(ProviderConfig("openai", "openai", None, models=["gpt-test"]))
    secrets.set("provider:openai", "sk-test-0123456789abcdef")
    settings = Settings()
    settings.extra["compare"] = {"models": ["starter", REMOTE], "max_tokens": 24, "temperature": 0.0}
    models = ModelDirectory(services.library, providers, secrets)
    widget = ComparePanel(
        panel_context(services.engines, models, settings, documents=retrieval), open_comparisons(services.store)
    )
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    yield widget
    widget.shutdown()


def run(qtbot: QtBot, panel: ComparePanel, text: str) -> None:
    find(panel, QPlainTextEdit, "Input text").setPlainText(text)
    qtbot.mouseClick(find(panel, QPushButton, "Run comparison"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.is_running, timeout=ANSWER_TIMEOUT_MS)


def links(document: QTextDocument) -> list[str]:
    """Every link address in a transcript, in document order."""
    hrefs: list[str] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            href = iterator.fragment().charFormat().anchorHref()
            if href:
                hrefs.append(href)
            iterator += 1
        block = block.next()
    return hrefs


def test_both_models_answer_from_the_same_passages_and_a_sources_link_opens_the_passage(
    qtbot: QtBot, panel: ComparePanel, remote: FakeEngine
) -> None:
    attach_collection(panel, "Handbook")
    label = find(panel, ElidedLabel, "Attached documents")
    # A remote model is picked: the control says the passages leave the computer, and for where.
    assert label.fullText() == "Docs: Handbook · Passages from “Handbook” → OpenAI"
    remote.enqueue(["Every employee gets 27 days [1]."])
    run(qtbot, panel, QUESTION)

    starter, other = panel.columns
    assert starter.state == other.state == "done", starter.answer_text
    # The same question, grounded in the same passages, went to both; the starter model's is the real one.
    (request,) = remote.requests
    assert HANDBOOK["leave.txt"] in request.messages[-1].content
    shown = panel.shown
    assert shown is not None and shown.runs[0].sources == shown.runs[1].sources
    for column in (starter, other):
        assert "Sources: [1] leave.txt — 1 passage" in column.answer_text
    privacy = find(panel, QLabel, "Privacy summary").text()
    assert "1 passage from “Handbook” → OpenAI." in privacy and "Stayed on this computer: starter." in privacy

    # The remote column's [1] in its answer and in its Sources line both open the passage.
    transcript = find(other, Transcript, f"Answer of {REMOTE}")
    hrefs = links(transcript.document())
    assert len(hrefs) == 2 and set(hrefs) == {"source:0/1"}
    transcript.anchorClicked.emit(QUrl(hrefs[0]))
    dialog = other.findChild(PassageDialog)
    assert dialog is not None and dialog.isVisible()
    assert HANDBOOK["leave.txt"] in find(dialog, QTextBrowser, "Passage").toPlainText()
    assert "[1] leave.txt" in find(dialog, QLabel, "Source").text()
    dialog.close()

    # Nothing overlaps or is cut at 1024×700, with the documents control in the options row.
    qtbot.wait(20)  # the layouts settle, as they do before anyone sees them
    assert clipping_problems(panel) == [] and overlap_problems(panel) == []

    # Only a chat prompt is answered from documents: the control is not there for a translation.
    task = find(panel, QComboBox, "Task")
    task.setCurrentIndex(task.findData("translate"))
    assert not find(panel, QToolButton, "Documents").isVisible()
    task.setCurrentIndex(task.findData("chat"))

    # Detached, then reopened from the saved list: the set-up has its collection again, the columns their sources.
    attach_collection(panel, "Handbook")
    assert label.fullText() == ""
    saved = find(panel, QListWidget, "Saved comparisons")
    saved.setCurrentRow(-1)
    saved.setCurrentRow(0)
    assert label.fullText().startswith("Docs: Handbook")
    reopened = panel.columns[1]
    assert "Sources: [1] leave.txt — 1 passage" in reopened.answer_text
    transcript = find(reopened, Transcript, f"Answer of {REMOTE}")
    transcript.anchorClicked.emit(QUrl(links(transcript.document())[0]))
    assert HANDBOOK["leave.txt"] in find(reopened.findChild(PassageDialog), QTextBrowser, "Passage").toPlainText()


def test_nothing_found_asks_no_model_and_every_column_says_so(
    qtbot: QtBot, panel: ComparePanel, services: Services, remote: FakeEngine
) -> None:
    attach_collection(panel, "Handbook")
    run(qtbot, panel, "Quantum chromodynamics on a lattice?")
    assert remote.requests == []
    assert services.engines.get("starter").pid is None  # not loaded to be told nothing
    for column in panel.columns:
        assert column.state == "not_asked" and column.status_text == "Not asked"
        assert NOT_ASKED_TEXT in column.answer_text
    assert "no model was asked" in find(panel, QLabel, "Verdict").text()
    # Nothing was measured: no figures.
    assert panel.results.table.rowCount() == 0 and all(not chart.bars for chart in panel.results.charts)
    assert find(panel, QLabel, "Privacy summary").text().startswith("Nothing was sent off this computer")
