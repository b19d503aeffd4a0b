"""The batch view in the real window at the default size and at 1024×700: labels whole, columns sized to their content."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from fakes import FakeEngine, registry_with
from helpers.widgets import find
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from task_fakes import ScoringEngine, keyword_rule

from app.core.engines.base import Engine
from app.core.settings import SettingsStore
from app.ui.panels.batch_view import BatchView
from app.ui.widgets.elided_label import ElidedLabel

SIZES = [(1080, 760), (1024, 700)]


def open_batch(
    qtbot: QtBot,
    open_main_window,
    tmp_path: Path,
    size: tuple[int, int],
    engine: Engine,
    tab: str,  # noqa: ANN001
) -> BatchView:
    store = SettingsStore(tmp_path / "config" / "settings.json")
    window = open_main_window(registry_with(engine, "local"), store)
    window.resize(*size)
    tabs: QTabWidget = find(window, QTabWidget, "Panels")
    tabs.setCurrentIndex([tabs.tabText(i) for i in range(tabs.count())].index(tab))
    panel = tabs.currentWidget()
    name = "Classification" if tab == "Classify" else "Translation"
    find(panel, QTabWidget, f"{name} mode").setCurrentIndex(1)
    view = find(panel, BatchView, f"{name} batch")
    qtbot.waitUntil(view.isVisible, timeout=5000)
    return view


def write_reviews(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["text", "label"])
        for number in range(rows):
            writer.writerow([f"I love this thing, number {number}, more than I can say", "positive"])
    return path


def assert_whole(label: ElidedLabel) -> None:
    assert label.isVisible() and not label.isElided(), (
        f"{label.accessibleName()} shows {label.text()!r} of {label.fullText()!r}"
    )
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.fullText())


@pytest.mark.parametrize("size", SIZES, ids=["1080x760", "1024x700"])
def test_classify_batch_labels_are_whole_and_the_text_column_gets_the_room(
    qtbot: QtBot, tmp_path: Path, size: tuple[int, int], open_main_window,
) -> None:  # fmt: skip
    engine = ScoringEngine(model_id="local:fake", rule=keyword_rule({"love": "positive"}, "neutral"))
    view = open_batch(qtbot, open_main_window, tmp_path, size, engine, "Classify")
    file_label = find(view, ElidedLabel, "Batch file")
    assert_whole(file_label)
    assert file_label.fullText() == "No file open."

    view.open_file(write_reviews(tmp_path / "reviews.csv", 12))
    qtbot.waitUntil(lambda: view.table is not None, timeout=5000)
    assert view.gold_column == "label"
    assert_whole(file_label)
    assert file_label.fullText().startswith("reviews.csv · 12 row")
    qtbot.mouseClick(find(view, QWidget, "Run batch"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.summary is not None, timeout=10_000)

    table: QTableView = find(view, QTableView, "Batch results")
    header = table.horizontalHeader()
    widths = {
        view.results_model.headerData(c, Qt.Orientation.Horizontal): header.sectionSize(c)
        for c in range(header.count())
    }
    columns = {name: c for c, name in enumerate(widths)}
    assert list(widths) == ["Row", "Text", "Gold", "Label", "Confidence", "Uncertainty", "Latency", "Note"]
    # The text is what a person reads: it takes the room the other columns leave, and most of it.
    shown = {name: width for name, width in widths.items() if not header.isSectionHidden(columns[name])}
    assert widths["Text"] == max(shown.values()) and widths["Text"] >= table.viewport().width() / 3, shown
    assert sum(shown.values()) <= table.viewport().width() + 1, "no sideways scrolling"
    # Every column with something in it shows it whole; the Note column, empty, waits hidden for a note.
    for name in ("Row", "Gold", "Label", "Confidence", "Latency"):
        assert widths[name] >= table.sizeHintForColumn(columns[name]), name
        assert widths[name] >= header.sectionSizeHint(columns[name]), name
    assert not any(view.results_model.data(view.results_model.index(r, columns["Note"])) for r in range(12))
    assert header.isSectionHidden(columns["Note"])


@pytest.mark.parametrize("size", SIZES, ids=["1080x760", "1024x700"])
def test_translate_batch_label_is_whole_and_empty_columns_wait_hidden(
    qtbot: QtBot, tmp_path: Path, size: tuple[int, int], open_main_window,
) -> None:  # fmt: skip
    engine = FakeEngine(model_id="local:fake")
    for answer in ("Bonjour", "Merci"):
        engine.enqueue([answer])
    view = open_batch(qtbot, open_main_window, tmp_path, size, engine, "Translate")
    file_label = find(view, ElidedLabel, "Batch file")
    assert_whole(file_label)
    source = tmp_path / "phrases.jsonl"
    source.write_text('{"text": "Hello"}\n{"text": "Thank you"}\n', encoding="utf-8")
    view.open_file(source)
    qtbot.waitUntil(lambda: view.table is not None, timeout=5000)
    assert_whole(file_label)
    qtbot.mouseClick(find(view, QWidget, "Run batch"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.summary is not None, timeout=10_000)
    table: QTableView = find(view, QTableView, "Batch results")
    header = table.horizontalHeader()
    names = [view.results_model.headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())]
    hidden = [name for c, name in enumerate(names) if header.isSectionHidden(c)]
    assert hidden == ["Warnings", "Error"]
    for name in ("Text", "Translation"):
        assert header.sectionResizeMode(names.index(name)) == QHeaderView.ResizeMode.Stretch
        assert header.sectionSize(names.index(name)) >= table.viewport().width() / 4, name
