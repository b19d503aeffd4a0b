"""The classification panel against the real starter model, wired by the real composition root."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.widgets import find
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from app.bootstrap import Services, build_services
from app.core.models.directory import ModelDirectory
from app.core.models.library import STARTER_ID
from app.ui.panels.classification_panel import ClassificationPanel
from app.ui.widgets.probability_bars import ProbabilityBars
from tests.helpers.panels import panel_context

pytestmark = pytest.mark.slow

ANSWER_TIMEOUT_MS = 120_000


@pytest.fixture
def services(starter_path: Path) -> Iterator[Services]:
    built = build_services()
    yield built
    built.close()


def test_starter_model_classifies_with_probabilities(qtbot: QtBot, services: Services) -> None:
    panel = ClassificationPanel(
        panel_context(
            services.engines, ModelDirectory(services.library, services.providers, services.secrets), services.settings
        )
    )
    qtbot.addWidget(panel)
    panel.show()
    assert panel._picker.model_id == STARTER_ID  # noqa: SLF001 (the picker's choice)
    labels: QTableWidget = find(panel, QTableWidget, "Labels")
    labels.setRowCount(2)
    for row, name in enumerate(("positive", "negative")):
        labels.setItem(row, 0, QTableWidgetItem(name))
        labels.setItem(row, 1, QTableWidgetItem(""))
    find(panel, QPlainTextEdit, "Text to classify").setPlainText("I loved it, best film of the year!")
    classify = find(panel, QPushButton, "Classify")
    qtbot.mouseClick(classify, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(classify.isEnabled, timeout=ANSWER_TIMEOUT_MS)
    try:
        assert find(panel, QLabel, "Result").text() in ("positive", "negative")
        probabilities = find(panel, ProbabilityBars, "Probabilities").probabilities
        assert set(probabilities) == {"positive", "negative"}
        assert sum(probabilities.values()) == pytest.approx(1.0)
        assert "each label scored by the model" in find(panel, QLabel, "Result detail").text()
    finally:
        panel.shutdown()
