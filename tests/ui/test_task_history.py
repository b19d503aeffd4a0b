"""The translation and classification panels and their batch views save results in the history store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes import FakeEngine, registry_with
from helpers.widgets import find
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget
from pytestqt.qtbot import QtBot
from task_fakes import ScoringEngine, keyword_rule

from app.core.engines.registry import EngineRegistry
from app.core.history.store import Store
from app.core.models.directory import ModelDirectory
from app.core.paths import Paths
from app.ui.panels.batch_view import BatchView
from app.ui.panels.classification_panel import ClassificationPanel
from app.ui.panels.translation_panel import TranslationPanel
from tests.helpers.panels import panel_context


@pytest.fixture
def store(paths: Paths) -> Iterator[Store]:
    with Store.open(paths.data_dir) as opened:
        yield opened


@pytest.fixture
def translator() -> FakeEngine:
    return FakeEngine(model_id="local:fake")


@pytest.fixture
def scorer() -> ScoringEngine:
    return ScoringEngine(model_id="local:fake", rule=keyword_rule({"love": "positive", "awful": "negative"}, "neutral"))


@pytest.fixture
def translation_panel(
    qtbot: QtBot, translator: FakeEngine, models: ModelDirectory, store: Store
) -> Iterator[TranslationPanel]:
    panel = TranslationPanel(panel_context(registry_with(translator, "local"), models, store=store))
    qtbot.addWidget(panel)
    panel.show()
    yield panel
    panel.shutdown()


@pytest.fixture
def classification_panel(
    qtbot: QtBot, scorer: ScoringEngine, models: ModelDirectory, store: Store
) -> Iterator[ClassificationPanel]:
    engines: EngineRegistry = registry_with(scorer, "local")
    panel = ClassificationPanel(panel_context(engines, models, store=store))
    qtbot.addWidget(panel)
    panel.show()
    yield panel
    panel.shutdown()


def set_labels(panel: ClassificationPanel, *names: str) -> None:
    table = find(panel, QTableWidget, "Labels")
    table.setRowCount(0)
    for name in names:
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(name))
        table.setItem(row, 1, QTableWidgetItem(""))


def test_a_finished_translation_is_saved_with_its_options(
    qtbot: QtBot, translation_panel: TranslationPanel, translator: FakeEngine, store: Store
) -> None:
    translator.enqueue(["Bonjour", " le monde 🌍 !"], delay=0.01)
    find(translation_panel, QPlainTextEdit, "Source text").setPlainText("Hello world 🌍!")
    qtbot.mouseClick(find(translation_panel, QPushButton, "Translate"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(store.recent_translations()), timeout=5000)
    (saved,) = store.recent_translations()
    assert (saved["source_text"], saved["text"], saved["model_id"]) == (
        "Hello world 🌍!",
        "Bonjour le monde 🌍 !",
        "local:fake",
    )
    assert saved["target_language"] == "fr"
    assert saved["source_language"] is None  # "Detect language"
    assert saved["settings"]["tone"] == "neutral" and saved["stats"]["tokens_out"] == 2


def test_a_stopped_translation_is_not_saved(
    qtbot: QtBot, translation_panel: TranslationPanel, translator: FakeEngine, store: Store
) -> None:
    translator.enqueue(["Un", " deux", " trois"], hang_after=1)
    find(translation_panel, QPlainTextEdit, "Source text").setPlainText("One two three")
    qtbot.mouseClick(find(translation_panel, QPushButton, "Translate"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find(translation_panel, QPlainTextEdit, "Translation").toPlainText() == "Un", timeout=5000)
    qtbot.keyClick(find(translation_panel, QPlainTextEdit, "Source text"), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: find(translation_panel, QPushButton, "Translate").isEnabled(), timeout=5000)
    assert find(translation_panel, QLabel, "Translation status").text().startswith("Stopped")
    assert store.recent_translations() == []


def test_a_translated_file_is_recorded_as_a_run(
    qtbot: QtBot, translation_panel: TranslationPanel, translator: FakeEngine, store: Store, tmp_path: Path
) -> None:
    original = tmp_path / "notes.txt"
    original.write_text("First.\n\nSecond.\n", encoding="utf-8")
    translated = tmp_path / "notes.fr.txt"
    translator.enqueue(["Premier."])
    translator.enqueue(["Second."])
    translation_panel.translate_file(original, translated)
    qtbot.waitUntil(lambda: bool(store.batch_runs()), timeout=5000)
    (run,) = store.batch_runs()
    assert (run["task"], run["model_id"]) == ("translate-file", "local:fake")
    assert (run["input_path"], run["output_path"]) == (str(original.resolve()), str(translated.resolve()))
    assert run["summary"]["chunks"] == 2 and run["summary"]["stats"]["tokens_out"] == 2


def test_a_classification_is_saved_with_its_labels_and_result(
    qtbot: QtBot, classification_panel: ClassificationPanel, store: Store
) -> None:
    set_labels(classification_panel, "positive", "negative", "neutral")
    find(classification_panel, QPlainTextEdit, "Text to classify").setPlainText("I love this phone")
    qtbot.mouseClick(find(classification_panel, QPushButton, "Classify"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(store.recent_classifications()), timeout=5000)
    (saved,) = store.recent_classifications()
    assert (saved["text"], saved["labels"], saved["model_id"]) == ("I love this phone", ["positive", "negative", "neutral"],
                                                                   "local:fake")  # fmt: skip
    assert saved["result"]["label"] == "positive" == find(classification_panel, QLabel, "Result").text()
    assert sum(saved["result"]["probabilities"].values()) == pytest.approx(1.0)


def test_a_batch_run_is_recorded_and_a_rerun_updates_it(
    qtbot: QtBot, classification_panel: ClassificationPanel, store: Store, tmp_path: Path
) -> None:
    data = tmp_path / "reviews.csv"
    data.write_text("text,label\nI love it,positive\nawful,negative\nmeh,neutral\n", encoding="utf-8")
    set_labels(classification_panel, "positive", "negative", "neutral")
    find(classification_panel, QTabWidget, "Classification mode").setCurrentIndex(1)
    batch = find(classification_panel, BatchView, "Classification batch")
    batch.open_file(data)
    qtbot.waitUntil(lambda: batch.table is not None, timeout=5000)
    for _ in range(2):
        qtbot.mouseClick(find(batch, QPushButton, "Run batch"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: batch.summary is not None, timeout=10_000)
    (run,) = store.batch_runs()
    assert (run["task"], run["model_id"]) == ("classify", "local:fake")
    assert run["input_path"] == str(data.resolve()) and run["output_path"].endswith(".csv")
    assert run["summary"]["done"] == 3 and run["summary"]["metrics"]["accuracy"] == pytest.approx(1.0)
    assert run["created"] < run["updated"]


def test_without_a_store_nothing_is_saved_and_nothing_fails(
    qtbot: QtBot, scorer: ScoringEngine, models: ModelDirectory, paths: Paths
) -> None:
    panel = ClassificationPanel(panel_context(registry_with(scorer, "local"), models))
    qtbot.addWidget(panel)
    panel.show()
    try:
        set_labels(panel, "positive", "negative")
        find(panel, QPlainTextEdit, "Text to classify").setPlainText("awful")
        qtbot.mouseClick(find(panel, QPushButton, "Classify"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: find(panel, QLabel, "Result").text() == "negative", timeout=5000)
    finally:
        panel.shutdown()
    assert not any(paths.data_dir.iterdir())
