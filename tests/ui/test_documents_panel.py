"""The Documents tab on a real store and real .txt files: collections, indexing, cancel, search, the check, deleting."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers.documents import EVAL_DIR, HashedWordsEmbedder, TextPipeline
from helpers.widgets import find
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from app.core.documents.store import DocumentStore
from app.core.engines.embedding import EmbeddingEngine
from app.core.errors import UserFacingError
from app.core.settings import Settings
from app.ui.panels.documents.documents_panel import SELECTED_KEY, DocumentsPanel
from app.ui.panels.documents.search_view import NEEDS_MODEL, highlighted
from app.ui.panels.documents.services import DocumentServices, EmbeddingChoice

REMOTE_MODEL = "openai:text-embedding-3-small"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "policies"
    shutil.copytree(EVAL_DIR, target)
    return target


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DocumentStore]:
    with DocumentStore.open(tmp_path / "documents.sqlite3") as opened:
        yield opened


@pytest.fixture
def embedder() -> HashedWordsEmbedder:
    return HashedWordsEmbedder()


@pytest.fixture
def make_panel(qtbot: QtBot, store: DocumentStore, embedder: HashedWordsEmbedder) -> Callable[..., DocumentsPanel]:
    def open_embedder(model_id: str) -> EmbeddingEngine:
        if model_id != embedder.model_id:
            raise UserFacingError(f"{model_id} is not installed.", "Pick another model.")
        return embedder

    def make(
        pipeline: TextPipeline | None = None, settings: Settings | None = None, **kwargs: object
    ) -> DocumentsPanel:
        text = pipeline or TextPipeline()
        choices = [
            EmbeddingChoice(embedder.model_id, "Hashed words"),
            EmbeddingChoice(REMOTE_MODEL, "OpenAI small", "OpenAI"),
        ]
        services = DocumentServices(store, text.pipeline, open_embedder, lambda: choices)
        panel = DocumentsPanel(services, settings or Settings(), **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(panel)
        panel.resize(1000, 700)
        panel.show()
        return panel

    return make


def answer_next_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Presses ``button`` on the next message box that opens, noting its text."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, press)


def indexed(qtbot: QtBot, panel: DocumentsPanel) -> None:
    qtbot.waitUntil(lambda: not panel.is_indexing, timeout=30_000)


def statuses(panel: DocumentsPanel) -> dict[str, str]:
    table = find(panel, QTableWidget, "Files")
    return {table.item(row, 0).text(): table.item(row, 1).text() for row in range(table.rowCount())}


def test_a_new_collection_indexes_an_added_folder_and_lists_every_file(
    qtbot: QtBot, make_panel, folder: Path, store: DocumentStore
) -> None:
    settings = Settings()
    panel = make_panel(settings=settings)
    assert not find(panel, QAbstractButton, "Add folder").isEnabled()
    assert panel.create_collection("Policies")
    panel.add_paths([folder])
    assert panel.is_indexing, "adding paths starts indexing"
    indexed(qtbot, panel)
    shown = statuses(panel)
    assert shown["hr_leave_policy.txt"] == "indexed"
    assert shown["questions.csv"] == "skipped"
    assert len(shown) == 12 and list(shown.values()).count("indexed") == 11
    assert find(panel, QLabel, "File counts").text().replace("(s)", "s") == "12 files, 1 with problems or notes"
    find(panel, QAbstractButton, "Problems only").click()
    table = find(panel, QTableWidget, "Files")
    visible = [table.item(r, 0).text() for r in range(table.rowCount()) if not table.isRowHidden(r)]
    assert visible == ["questions.csv"]
    assert table.item(_row(table, "questions.csv"), 4).text() == "not a text file"
    assert panel.index_status.fullText().replace("(s)", "s").startswith("“Policies” is up to date: 11 files read")
    assert settings.extra[SELECTED_KEY] == "Policies"
    assert {f.status for f in store.files("Policies")} == {"indexed", "skipped"}


def _row(table: QTableWidget, name: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name)


def test_the_files_sort_by_passages_as_numbers(qtbot: QtBot, make_panel, folder: Path) -> None:
    panel = make_panel()
    panel.create_collection("Policies")
    panel.add_paths([folder])
    indexed(qtbot, panel)
    table = find(panel, QTableWidget, "Files")
    table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    counts = [int(table.item(r, 3).text()) for r in range(table.rowCount())]
    assert counts == sorted(counts, reverse=True) and counts[-1] == 0


def test_cancel_stops_indexing_and_keeps_what_was_done(
    qtbot: QtBot, make_panel, folder: Path, store: DocumentStore
) -> None:
    panel = make_panel(TextPipeline(delay_s=0.3))
    panel.create_collection("Policies")
    panel.add_paths([folder])
    qtbot.waitUntil(lambda: "indexed" in statuses(panel).values(), timeout=30_000)
    cancel = find(panel, QAbstractButton, "Cancel indexing")
    assert cancel.isVisible()
    cancel.click()
    indexed(qtbot, panel)
    assert "cancelled" in panel.index_status.fullText()
    assert not cancel.isVisible()
    done = [f for f in store.files("Policies") if f.status == "indexed"]
    assert 1 <= len(done) < 11


def test_a_collection_left_mid_index_is_resumed_when_the_tab_opens(
    qtbot: QtBot, make_panel, folder: Path, store: DocumentStore
) -> None:
    collection = store.create_collection("Policies", [folder])
    store.start_file(collection.id, str(folder / "hr_leave_policy.txt"), 1, 1)
    pipeline = TextPipeline()
    panel = make_panel(pipeline)
    assert panel.is_indexing
    indexed(qtbot, panel)
    assert statuses(panel)["hr_leave_policy.txt"] == "indexed"
    assert len(pipeline.extracted) == 11


def test_search_shows_hits_with_file_place_and_marked_words_and_opens_the_file(
    qtbot: QtBot, make_panel, folder: Path
) -> None:
    opened: list[Path] = []
    panel = make_panel(open_file=opened.append)
    panel.create_collection("Policies")
    panel.add_paths([folder])
    indexed(qtbot, panel)
    view = panel.search_view
    mode = find(view, QComboBox, "Search mode")
    assert not mode.model().item(mode.findData("semantic")).isEnabled()
    assert mode.model().item(mode.findData("hybrid")).toolTip() == NEEDS_MODEL
    view.search("notice terminate Acme agreement")
    qtbot.waitUntil(lambda: view.hits != [], timeout=30_000)
    first = view.results.item(0)
    assert Path(view.hits[0].file).name == "acme_supply_contract.txt"
    text = first.text()
    assert "acme_supply_contract.txt" in text and "page " in text and "score " in text
    assert "background-color" in text and ">notice<" in text.lower()
    assert "passages found" in find(view, QLabel, "Search status").text().replace("(s)", "s")
    view.results.itemDoubleClicked.emit(first)
    assert opened == [folder / "acme_supply_contract.txt"]


def test_the_check_shows_recall_and_mrr_from_a_csv(qtbot: QtBot, make_panel, folder: Path) -> None:
    panel = make_panel()
    panel.create_collection("Policies")
    panel.add_paths([folder])
    indexed(qtbot, panel)
    check = panel.check_view
    check.run_check(folder / "questions.csv")
    qtbot.waitUntil(lambda: check.report is not None, timeout=60_000)
    table = find(check, QTableWidget, "Check scores")
    assert table.rowCount() == 1 and table.item(0, 0).text() == "keyword"
    keyword = check.report.score("keyword")
    assert keyword is not None and keyword.recall >= 0.8
    assert table.item(0, 1).text() == f"{keyword.recall:.2f}" and table.item(0, 2).text() == f"{keyword.mrr:.2f}"
    assert [bar.label for bar in check.recall_chart.bars] == ["keyword"]
    assert "Semantic and hybrid need an embedding model" in find(check, QLabel, "Check status").text()


def test_a_bad_csv_shows_its_error_in_the_view(qtbot: QtBot, make_panel, folder: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("query,answer\nwhat?,x.txt\n", encoding="utf-8")
    panel = make_panel(pick_file=lambda _parent: bad)
    panel.create_collection("Policies")
    find(panel.check_view, QAbstractButton, "Questions file").click()
    status = find(panel.check_view, QLabel, "Check status")
    qtbot.waitUntil(lambda: "no “question” column" in status.text(), timeout=30_000)
    assert "The first row must name the columns" in status.text()
    assert panel.check_view.report is None


def test_delete_asks_first(qtbot: QtBot, make_panel, store: DocumentStore) -> None:
    panel = make_panel()
    panel.create_collection("Contracts")
    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.No, seen)
    find(panel, QAbstractButton, "Delete collection").click()
    assert "Delete the collection “Contracts”" in seen[0]
    assert [s.collection.name for s in store.collections()] == ["Contracts"]
    answer_next_box(QMessageBox.StandardButton.Yes, seen)
    find(panel, QAbstractButton, "Delete collection").click()
    assert store.collections() == []
    assert panel.selected == "" and not find(panel, QAbstractButton, "Delete collection").isEnabled()


def test_changing_the_embedding_model_asks_then_re_embeds_and_says_where_passages_go(
    qtbot: QtBot, make_panel, folder: Path, store: DocumentStore, embedder: HashedWordsEmbedder
) -> None:
    panel = make_panel()
    panel.create_collection("Policies")
    panel.add_paths([folder])
    indexed(qtbot, panel)
    privacy = find(panel, QLabel, "Embedding privacy")
    assert "nothing leaves" in privacy.text()
    assert panel.set_embedding_model(embedder.model_id), "no vectors yet: no question"
    indexed(qtbot, panel)
    assert store.collection("Policies").embedding_model == embedder.model_id
    assert {f.status for f in store.files("Policies")} == {"indexed", "skipped"}
    mode = find(panel.search_view, QComboBox, "Search mode")
    assert mode.model().item(mode.findData("hybrid")).isEnabled()

    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.No, seen)
    assert not panel.set_embedding_model(REMOTE_MODEL)
    assert (
        seen[0]
        .replace("(s)", "s")
        .startswith(f"Re-embed {store.collections()[0].passages} passages of “Policies” with {REMOTE_MODEL}?")
    )
    assert find(panel, QComboBox, "Embedding model").currentData() == embedder.model_id

    answer_next_box(QMessageBox.StandardButton.Yes, seen)
    assert panel.set_embedding_model(REMOTE_MODEL)
    assert privacy.text() == "Passages from “Policies” → OpenAI"
    indexed(qtbot, panel)
    assert f"Keyword search only: {REMOTE_MODEL} is not installed." in panel.index_status.fullText()
    assert {f.status for f in store.files("Policies")} == {"extracted", "skipped"}


def test_a_hit_marks_the_words_searched_for_not_the_common_ones() -> None:
    shown = highlighted("The rent is due on the first day.", "What is the rent?", "#ff0")
    assert shown.count("<span") == 1
    assert '<span style="background-color:#ff0">rent</span>' in shown
