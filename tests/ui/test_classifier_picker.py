"""A saved classifier (classifier:NAME) is a model in the Classify panel: listed with its provenance, and it classifies."""

from __future__ import annotations

import functools
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.planted import planted_rows
from helpers.widgets import find
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from app.bootstrap import Services, build_services, classifier_choices
from app.core.adaptation.embedding_cache import EmbeddingCache
from app.core.adaptation.library import ClassifierLibrary
from app.core.adaptation.records import LabelledRow
from app.core.adaptation.retrain import train_and_save
from app.core.engines.local.embedding_engine import LocalEmbeddingEngine
from app.core.models.directory import ModelDirectory
from app.core.paths import Paths
from app.ui.panels.classification_panel import ClassificationPanel
from app.ui.panels.compare_setup import CompareSetup
from app.ui.panels.tasks.task_run import RunPage
from app.ui.widgets.model_picker import ModelPicker
from app.ui.widgets.probability_bars import ProbabilityBars
from tests.helpers.panels import panel_context

LABELS = ("billing", "technical", "shipping")


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory, starter_path: Path) -> Path:
    """A classifier "tickets" trained once for the module, in a folder each test copies."""
    root = tmp_path_factory.mktemp("classifiers")
    rows = [LabelledRow(text, label, i) for i, (text, label) in enumerate(planted_rows(5, seed=1))]
    embedder = LocalEmbeddingEngine(starter_path, "starter")
    cache = EmbeddingCache(root / "embeddings.sqlite3")
    try:
        train_and_save("tickets", rows, embedder=embedder, cache=cache, library=ClassifierLibrary(root / "saved"),
                       training_file="tickets.csv", training_sha256="12" * 32)  # fmt: skip
    finally:
        cache.close()
        embedder.close()
    return root / "saved"


@pytest.fixture
def services(paths: Paths, starter_path: Path, trained: Path) -> Iterator[Services]:
    shutil.copytree(trained, paths.classifiers_dir)
    built = build_services(paths, starter_path=starter_path)
    yield built
    built.close()


@pytest.fixture
def models(services: Services) -> ModelDirectory:
    return ModelDirectory(
        services.library, services.providers, services.secrets, services.offline,
        label_models=functools.partial(classifier_choices, services),
    )  # fmt: skip


def _items(combo: QComboBox) -> dict[str, int]:
    return {combo.itemData(i): i for i in range(combo.count()) if combo.itemData(i)}


def test_a_saved_classifier_is_picked_and_classifies_in_the_classify_panel(
    qtbot: QtBot, services: Services, models: ModelDirectory
) -> None:
    panel = ClassificationPanel(panel_context(services.engines, models))
    qtbot.addWidget(panel)
    panel.show()
    try:
        combo = find(panel, QComboBox, "Classification model")
        items = _items(combo)
        assert "starter" in items and "classifier:tickets" in items
        tooltip = combo.itemData(items["classifier:tickets"], Qt.ItemDataRole.ToolTipRole)
        for expected in ("version 1", "embedding model: starter", "tickets.csv", "12" * 32, "training rows:   15"):
            assert expected in tooltip
        table = find(panel, QTableWidget, "Labels")
        table.setRowCount(0)
        for name in ("spam", "ham"):
            table.insertRow(table.rowCount())
            table.setItem(table.rowCount() - 1, 0, QTableWidgetItem(name))
        combo.setCurrentIndex(items["classifier:tickets"])
        assert find(panel, QLabel, "Privacy").fullText() == "Stays on this computer"
        assert "embedding model: starter" in combo.toolTip()
        error = find(panel, QLabel, "Label set error")
        assert error.isVisible() and "classifier:tickets was trained on the labels" in error.text()
        assert all(name in error.text() for name in LABELS)
        assert not find(panel, QPushButton, "Classify").isEnabled()

        # Picked with an empty label table, the classifier fills in its labels.
        combo.setCurrentIndex(items["starter"])
        table.setRowCount(0)
        combo.setCurrentIndex(items["classifier:tickets"])
        filled = [table.item(row, 0).text() for row in range(table.rowCount())]
        assert sorted(filled) == sorted(LABELS)
        assert not error.isVisible()
        find(panel, QPlainTextEdit, "Text to classify").setPlainText("the parcel delivery courier has my package")
        button = find(panel, QPushButton, "Classify")
        qtbot.waitUntil(button.isEnabled, timeout=5000)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: find(panel, QPushButton, "Classify").isEnabled(), timeout=60_000)
        assert find(panel, QLabel, "Result").text() == "shipping"
        probabilities = find(panel, ProbabilityBars, "Probabilities").probabilities
        assert list(probabilities) == filled and sum(probabilities.values()) == pytest.approx(1.0)
    finally:
        panel.shutdown()


def test_chat_pickers_do_not_list_classifiers(qtbot: QtBot, models: ModelDirectory) -> None:
    chat = ModelPicker(models, "Chat model")
    qtbot.addWidget(chat)
    chat.populate()
    assert "starter" in _items(find(chat, QComboBox, "Chat model"))
    assert not any(model_id.startswith("classifier:") for model_id in _items(find(chat, QComboBox, "Chat model")))
    chat.set_label_models(True)
    assert "classifier:tickets" in _items(find(chat, QComboBox, "Chat model"))


def test_comparisons_list_classifiers_while_they_classify(qtbot: QtBot, models: ModelDirectory) -> None:
    setup = CompareSetup(models, {})
    qtbot.addWidget(setup)
    task = find(setup, QComboBox, "Task")
    task.setCurrentIndex(task.findData("chat"))
    assert "classifier:tickets" not in _items(find(setup, QComboBox, "Model 1"))
    task.setCurrentIndex(task.findData("batch-classify"))
    assert "classifier:tickets" in _items(find(setup, QComboBox, "Model 1"))
    assert "classifier:tickets" in _items(find(setup, QComboBox, "Model 2"))
    task.setCurrentIndex(task.findData("translate"))
    assert "classifier:tickets" not in _items(find(setup, QComboBox, "Model 2"))


def test_task_runs_list_classifiers_for_a_label_output(qtbot: QtBot, models: ModelDirectory) -> None:
    page = RunPage(models)
    qtbot.addWidget(page)
    page.add_model(None)
    assert "classifier:tickets" not in _items(find(page, QComboBox, "Run model 1"))
    page.set_label_models(True)
    page.add_model(None)
    for name in ("Run model 1", "Run model 2"):
        assert "classifier:tickets" in _items(find(page, QComboBox, name))
