"""The classification panel: label sets, one text at a time, and batches with metrics."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes import FakeEngine, registry_with
from helpers.widgets import find
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from task_fakes import ChoosingEngine, ScoringEngine, keyword_rule

from app.core.engines.registry import EngineRegistry
from app.core.models.directory import ModelDirectory
from app.core.providers import ProviderConfig, ProviderStore
from app.core.secrets import SecretStore
from app.core.settings import Settings
from app.ui.panels.batch_view import BatchView
from app.ui.panels.classification_panel import ClassificationPanel
from app.ui.widgets.probability_bars import ProbabilityBars
from tests.helpers.panels import panel_context

REMOTE_ID = "openai:gpt-4o-mini"


@pytest.fixture
def engine() -> ScoringEngine:
    return ScoringEngine(
        model_id="local:fake",
        rule=keyword_rule({"love": "positive", "awful": "negative", "hate": "negative"}, "neutral"),
    )


@pytest.fixture
def remote() -> ChoosingEngine:
    return ChoosingEngine(model_id=REMOTE_ID, destination="OpenAI", answer="negative")


@pytest.fixture
def engines(engine: FakeEngine, remote: FakeEngine) -> EngineRegistry:
    registry = registry_with(engine, "local")
    registry.register("openai", lambda _model_id: remote)
    return registry


@pytest.fixture
def openai(providers: ProviderStore, secrets: SecretStore) -> ProviderConfig:
    config = ProviderConfig("openai", "openai", models=["gpt-4o-mini"])
    providers.upsert(config)
    secrets.set("provider:openai", "sk-test-0123456789abcdef")
    return config


@pytest.fixture
def settings() -> Settings:
    return Settings()


def make_panel(
    qtbot: QtBot, engines: EngineRegistry, models: ModelDirectory, settings: Settings
) -> ClassificationPanel:
    panel = ClassificationPanel(panel_context(engines, models, settings))
    qtbot.addWidget(panel)
    panel.resize(1100, 760)
    panel.show()
    return panel


@pytest.fixture
def panel(
    qtbot: QtBot, engines: EngineRegistry, models: ModelDirectory, settings: Settings
) -> Iterator[ClassificationPanel]:
    widget = make_panel(qtbot, engines, models, settings)
    yield widget
    widget.shutdown()


def set_labels(panel: ClassificationPanel, *rows: tuple[str, str]) -> None:
    table = find(panel, QTableWidget, "Labels")
    table.setRowCount(0)
    for name, description in rows:
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(name))
        table.setItem(row, 1, QTableWidgetItem(description))


def classify(qtbot: QtBot, panel: ClassificationPanel, text: str) -> None:
    box = find(panel, QPlainTextEdit, "Text to classify")
    box.setPlainText(text)
    button = find(panel, QPushButton, "Classify")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find(panel, QPushButton, "Classify").isEnabled(), timeout=5000)


def test_classify_shows_the_label_and_bars_summing_to_one(
    qtbot: QtBot, panel: ClassificationPanel, engine: ScoringEngine
) -> None:
    assert find(panel, QLabel, "Privacy").fullText() == "Stays on this computer"
    classify(qtbot, panel, "I love this phone")
    assert find(panel, QLabel, "Result").text() == "positive"
    bars = find(panel, ProbabilityBars, "Probabilities")
    probabilities = bars.probabilities
    assert list(probabilities) == ["positive", "negative", "neutral"]
    assert sum(probabilities.values()) == pytest.approx(1.0)
    assert probabilities["positive"] == pytest.approx(0.8)
    assert "80.0 % sure" in find(panel, QLabel, "Result detail").text()
    assert "positive 80.0 percent" in bars.accessibleDescription()
    assert "in /" in find(panel, QLabel, "Classification stats").text()
    assert engine.scored == ["Text: I love this phone"]


def test_remote_engine_without_probabilities_says_so_plainly(
    qtbot: QtBot, engines: EngineRegistry, models: ModelDirectory, openai: ProviderConfig
) -> None:
    panel = make_panel(qtbot, engines, models, Settings(extra={"classification": {"model": REMOTE_ID}}))
    assert find(panel, QLabel, "Privacy").fullText() == "Sent to OpenAI"
    classify(qtbot, panel, "It broke on day one")
    assert find(panel, QLabel, "Result").text() == "negative"
    bars = find(panel, ProbabilityBars, "Probabilities")
    assert bars.probabilities == {}
    assert bars.message.startswith("No probabilities from this provider")
    assert "cost unknown" in find(panel, QLabel, "Classification stats").text()


@pytest.mark.parametrize(
    ("rows", "error"),
    [
        ([("spam", ""), ("Spam", "")], "appears twice"),
        ([("spam", ""), ("", "a description without a name")], "no name"),
        ([("spam", "")], "at least two labels"),
    ],
)
def test_label_set_errors_are_shown_and_block_classify(
    qtbot: QtBot, panel: ClassificationPanel, rows: list[tuple[str, str]], error: str
) -> None:
    find(panel, QPlainTextEdit, "Text to classify").setPlainText("Buy cheap watches")
    set_labels(panel, *rows)
    message = find(panel, QLabel, "Label set error")
    assert message.isVisible()
    assert error in message.text()
    assert not find(panel, QPushButton, "Classify").isEnabled()
    set_labels(panel, ("spam", "unsolicited ads"), ("ham", ""))
    assert not message.isVisible()
    assert find(panel, QPushButton, "Classify").isEnabled()


def test_example_with_an_unknown_label_is_an_error(qtbot: QtBot, panel: ClassificationPanel) -> None:
    examples = find(panel, QTableWidget, "Examples")
    qtbot.mouseClick(find(panel, QPushButton, "Add example"), Qt.MouseButton.LeftButton)
    examples.setItem(0, 0, QTableWidgetItem("Best day ever"))
    examples.setItem(0, 1, QTableWidgetItem("happy"))
    message = find(panel, QLabel, "Label set error")
    assert message.isVisible() and "'happy'" in message.text() and "positive" in message.text()
    examples.setItem(0, 1, QTableWidgetItem("Positive"))
    assert not message.isVisible()


def test_examples_options_and_abstaining_reach_the_classifier(
    qtbot: QtBot, panel: ClassificationPanel, engine: ScoringEngine
) -> None:
    examples = find(panel, QTableWidget, "Examples")
    qtbot.mouseClick(find(panel, QPushButton, "Add example"), Qt.MouseButton.LeftButton)
    examples.setItem(0, 0, QTableWidgetItem("Best day ever"))
    examples.setItem(0, 1, QTableWidgetItem("positive"))
    find(panel, QSpinBox, "Abstain below confidence").setValue(90)
    classify(qtbot, panel, "I love it")
    assert find(panel, QLabel, "Result").text() == "(abstained)"
    assert "no label reached 90 %" in find(panel, QLabel, "Result detail").text()
    assert find(panel, ProbabilityBars, "Probabilities").probabilities["positive"] == pytest.approx(0.8)


def test_multi_label_shows_every_label_that_applies(qtbot: QtBot, models: ModelDirectory) -> None:
    def rule(text: str) -> dict[str, float]:
        return {"billing": 0.9, "urgent": 0.7} if "refund" in text else {}

    engines = registry_with(ScoringEngine(model_id="local:fake", rule=rule), "local")
    panel = make_panel(qtbot, engines, models, Settings())
    set_labels(panel, ("billing", ""), ("urgent", ""), ("shipping", ""))
    find(panel, QCheckBox, "Multi-label").setChecked(True)
    classify(qtbot, panel, "I want a refund today")
    assert find(panel, QLabel, "Result").text() == "billing, urgent"
    bars = find(panel, ProbabilityBars, "Probabilities")
    assert bars.probabilities == pytest.approx({"billing": 0.9, "urgent": 0.7, "shipping": 0.1})


def test_label_sets_are_saved_loaded_and_remembered(
    qtbot: QtBot, engines: EngineRegistry, models: ModelDirectory, settings: Settings
) -> None:
    panel = make_panel(qtbot, engines, models, settings)
    set_labels(panel, ("spam", "unsolicited ads"), ("ham", ""))
    names = find(panel, QComboBox, "Label set name")
    names.setEditText("Mail")
    qtbot.mouseClick(find(panel, QPushButton, "Save label set"), Qt.MouseButton.LeftButton)
    set_labels(panel, ("cat", ""), ("dog", ""))
    names.setEditText("Pets")
    qtbot.mouseClick(find(panel, QPushButton, "Save label set"), Qt.MouseButton.LeftButton)
    assert [names.itemText(i) for i in range(names.count())] == ["Mail", "Pets"]

    names.setCurrentIndex(0)
    names.activated.emit(0)
    assert panel.label_set().names == ("spam", "ham")
    assert panel.label_set().labels[0].description == "unsolicited ads"
    find(panel, QCheckBox, "Multi-label").setChecked(True)
    find(panel, QSpinBox, "Abstain below confidence").setValue(60)

    # A new panel on the same settings (a restart) comes back the same.
    again = make_panel(qtbot, engines, models, settings)
    assert again.label_set().names == ("spam", "ham")
    assert find(again, QComboBox, "Label set name").currentText() == "Mail"
    assert find(again, QCheckBox, "Multi-label").isChecked()
    assert find(again, QSpinBox, "Abstain below confidence").value() == 60
    assert set(settings.extra["classification"]["label_sets"]) == {"Mail", "Pets"}

    qtbot.mouseClick(find(again, QPushButton, "Delete label set"), Qt.MouseButton.LeftButton)
    assert set(settings.extra["classification"]["label_sets"]) == {"Pets"}


def test_stop_cancels_a_slow_classification(qtbot: QtBot, panel: ClassificationPanel, engine: ScoringEngine) -> None:
    engine.delay = 20
    find(panel, QPlainTextEdit, "Text to classify").setPlainText("I love it")
    qtbot.mouseClick(find(panel, QPushButton, "Classify"), Qt.MouseButton.LeftButton)
    stop = find(panel, QPushButton, "Stop classification")
    assert stop.isEnabled()
    qtbot.keyClick(find(panel, QPlainTextEdit, "Text to classify"), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: find(panel, QPushButton, "Classify").isEnabled(), timeout=5000)
    assert find(panel, QLabel, "Classification status").text() == "Stopped."
    assert find(panel, QLabel, "Result").text() == ""


# -- batch -----------------------------------------------------------------------------


def test_batch_tab_runs_the_panel_set_up_and_shows_the_metrics(
    qtbot: QtBot, panel: ClassificationPanel, engine: ScoringEngine, tmp_path: Path
) -> None:
    data = tmp_path / "reviews.csv"
    data.write_text(
        "text,label\nI love it,positive\nawful,negative\nmeh,neutral\nI love the awful bits,negative\n",
        encoding="utf-8",
    )
    find(panel, QTabWidget, "Classification mode").setCurrentIndex(1)
    batch = find(panel, BatchView, "Classification batch")
    assert batch.isVisible()
    batch.open_file(data)
    qtbot.waitUntil(lambda: batch.table is not None, timeout=5000)
    set_labels(panel, ("positive", ""), ("negative", ""), ("neutral", ""), ("mixed", ""))
    qtbot.mouseClick(find(batch, QPushButton, "Run batch"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: batch.summary is not None, timeout=10_000)
    metrics = batch.summary.metrics  # type: ignore[union-attr]
    assert metrics is not None and metrics.accuracy == pytest.approx(0.75)
    assert metrics.classes[:4] == ("positive", "negative", "neutral", "mixed")
    assert "75.0%</span><br>Accuracy" in find(batch, QLabel, "Metrics").text()

    # A bad label set stops the run before it starts, and says why.
    set_labels(panel, ("positive", ""), ("positive", ""))
    assert not find(panel, QPushButton, "Classify").isEnabled()
    batch_status = find(batch, QLabel, "Batch status").text()
    qtbot.mouseClick(find(batch, QPushButton, "Run batch"), Qt.MouseButton.LeftButton)
    error = find(batch, QLabel, "Batch error")
    assert error.isVisible() and "appears twice" in error.text()
    assert find(batch, QLabel, "Batch status").text() == batch_status


@pytest.mark.parametrize("size", [(1080, 760), (1024, 700)])
def test_tab_leaves_the_label_table_and_ctrl_tab_moves_between_cells(
    qtbot: QtBot, panel: ClassificationPanel, size: tuple[int, int]
) -> None:
    panel.resize(*size)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow, timeout=2000)
    table = find(panel, QTableWidget, "Labels")
    add_label = find(panel, QPushButton, "Add label")

    def focus() -> QWidget | None:
        return QApplication.focusWidget()

    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert (table.currentRow(), table.currentColumn()) == (0, 1) and focus() is table
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert focus() is add_label
    qtbot.keyClick(add_label, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focus() is table

    # From a cell being edited: the edit is kept and Tab still leaves the table.
    table.setCurrentCell(1, 0)
    table.editItem(table.item(1, 0))
    editor = focus()
    assert editor is not None and table.isAncestorOf(editor)
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "unhappy")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert focus() is add_label
    assert table.item(1, 0).text() == "unhappy"
    assert table.state() != QTableWidget.State.EditingState
