"""A saved classifier (classifier:NAME) is a model in the Classify panel: listed with its provenance, and it classifies."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.planted import planted_rows
from helpers.widgets import find
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from app.bootstrap import Services, build_services, classifier_choices
from app.core.adaptation.records import LabelledRow
from app.core.adaptation.retrain import train_and_save
from app.core.models.directory import ModelDirectory
from app.core.paths import Paths
from app.ui.panels.classification_panel import ClassificationPanel
from app.ui.widgets.model_picker import ModelPicker
from app.ui.widgets.probability_bars import ProbabilityBars
from tests.helpers.panels import panel_context

LABELS = ("billing", "technical", "shipping")


@pytest.fixture
def services(paths: Paths, starter_path: Path) -> Iterator[Services]:
    built = build_services(paths, starter_path=starter_path)
    rows = [LabelledRow(text, label, i) for i, (text, label) in enumerate(planted_rows(5, seed=1))]
    embedder = built.open_embedding("starter")
    try:
        train_and_save("tickets", rows, embedder=embedder, cache=built.embedding_cache(), library=built.classifiers,
                       training_file="tickets.csv", training_sha256="12" * 32)  # fmt: skip
    finally:
        embedder.close()
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
        combo.setCurrentIndex(items["classifier:tickets"])
        assert find(panel, QLabel, "Privacy").fullText() == "Stays on this computer"
        assert "embedding model: starter" in combo.toolTip()

        table = find(panel, QTableWidget, "Labels")
        table.setRowCount(0)
        for name in LABELS:
            table.insertRow(table.rowCount())
            table.setItem(table.rowCount() - 1, 0, QTableWidgetItem(name))
        find(panel, QPlainTextEdit, "Text to classify").setPlainText("the parcel delivery courier has my package")
        button = find(panel, QPushButton, "Classify")
        qtbot.waitUntil(button.isEnabled, timeout=5000)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: find(panel, QPushButton, "Classify").isEnabled(), timeout=60_000)
        assert find(panel, QLabel, "Result").text() == "shipping"
        probabilities = find(panel, ProbabilityBars, "Probabilities").probabilities
        assert list(probabilities) == list(LABELS) and sum(probabilities.values()) == pytest.approx(1.0)
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
