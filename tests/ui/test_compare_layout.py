"""The Compare tab in the real window at the default size and at 1024×700: nothing overlaps, nothing is cut."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fakes import FakeEngine
from helpers.widgets import find, find_all
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core.compare.saved import open_comparisons
from app.core.engines.registry import EngineRegistry
from app.core.history.store import Store
from app.core.paths import Paths
from app.core.providers import ProviderConfig, ProviderStore
from app.core.secrets import SecretStore
from app.core.settings import SettingsStore
from app.ui.main_window import MainWindow
from app.ui.panels.compare_panel import ComparePanel
from app.ui.widgets.compare_column import CompareColumn
from app.ui.widgets.elided_label import ElidedLabel

REMOTES = ("gpt-test", "gpt-test-mini", "gpt-test-nano")
SIZES = [(1080, 760), (1024, 700)]
ANSWER = "Rayleigh scattering favours short wavelengths, so the sky looks blue. " * 12

OpenWindow = Callable[[], MainWindow]


@pytest.fixture
def open_window(paths: Paths, providers: ProviderStore, secrets: SecretStore, open_main_window) -> Iterator[OpenWindow]:
    """Opens the main window on one settings file and history, with a local and two remote fake models."""
    providers.upsert(ProviderConfig("openai", "openai", None, models=list(REMOTES)))
    secrets.set("provider:openai", "sk-test-0123456789abcdef")
    engines: dict[str, FakeEngine] = {}

    def engine(model_id: str) -> FakeEngine:
        destination = None if model_id.startswith("local:") else "OpenAI"
        fake = engines.setdefault(model_id, FakeEngine(model_id=model_id, destination=destination))
        fake.respond = lambda _request: ANSWER
        return fake

    registry = EngineRegistry()
    registry.register("local", engine)
    registry.register("openai", engine)
    history = Store.open(paths.data_dir)
    settings_store = SettingsStore(paths.settings_file)
    windows: list[MainWindow] = []

    def opener() -> MainWindow:
        window = open_main_window(registry, settings_store, comparisons=open_comparisons(history))
        windows.append(window)
        return window

    yield opener
    for window in windows:
        window.close()
    history.close()


def show_compare(qtbot: QtBot, window: MainWindow, size: tuple[int, int]) -> ComparePanel:
    window.resize(*size)
    window.show()
    tabs: QTabWidget = find(window, QTabWidget, "Panels")
    tabs.setCurrentIndex([tabs.tabText(i) for i in range(tabs.count())].index("Compare"))
    panel = window.compare_panel
    assert panel is not None
    return panel


def run_comparison(qtbot: QtBot, panel: ComparePanel, count: int) -> None:
    while sum(w.accessibleName().startswith("Model ") for w in panel.findChildren(QComboBox)) < count:
        qtbot.mouseClick(find(panel, QPushButton, "Add model"), Qt.MouseButton.LeftButton)
    run = find(panel, QPushButton, "Run comparison")
    assert run.isEnabled()
    qtbot.mouseClick(run, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.shown is not None and bool(panel.shown.id), timeout=10_000)
    assert len(panel.columns) == count
    qtbot.wait(20)  # the layouts settle, as they do before anyone sees them


def visible_rect(widget: QWidget, to: QWidget) -> QRect:
    """The part of ``widget`` on screen (not scrolled away or clipped by a parent), in ``to``'s coordinates."""
    shown = widget.visibleRegion().boundingRect()
    return QRect(widget.mapTo(to, shown.topLeft()), shown.size())


@pytest.mark.parametrize("count", [2, 3])
@pytest.mark.parametrize("size", SIZES, ids=["1080x760", "1024x700"])
def test_answers_figures_and_charts_do_not_overlap(
    qtbot: QtBot, open_window: OpenWindow, size: tuple[int, int], count: int
) -> None:
    panel = show_compare(qtbot, open_window(), size)
    run_comparison(qtbot, panel, count)
    parts: list[QWidget] = [*panel.columns, panel.results.table, *panel.results.charts]
    parts += [find(panel, QLabel, "Privacy summary"), find(panel, QLabel, "Verdict")]
    parts = [w for w in parts if w.isVisible() and not w.visibleRegion().isEmpty()]
    assert len(parts) >= count + 2, [w.accessibleName() for w in parts]
    for i, a in enumerate(parts):
        for b in parts[i + 1 :]:
            overlap = visible_rect(a, panel).intersected(visible_rect(b, panel))
            assert overlap.isEmpty(), f"{a.accessibleName()} overlaps {b.accessibleName()} by {overlap}"
    for chart in panel.results.charts:
        assert len(chart.bars) == count
        # Tall enough for its last bar whatever the room: the figures scroll instead.
        assert chart.height() >= chart.row_rect(count - 1).bottom(), chart.title
        assert chart.minimumSizeHint().height() >= chart.row_rect(count - 1).bottom(), chart.title
    for column in panel.columns:
        answer = find(column, QTextBrowser, f"Answer of {column.title}")
        lines = answer.viewport().height() / answer.fontMetrics().lineSpacing()
        assert lines >= (8 if size == (1080, 760) else 6), f"{column.title}: {lines:.1f} lines"
    if panel.results.table not in parts:
        # Squeezed, the figures scroll: the table and the charts are there, below the verdict.
        assert find(panel, QScrollArea, "Comparison figures").verticalScrollBar().maximum() > 0


@pytest.mark.parametrize("size", SIZES, ids=["1080x760", "1024x700"])
def test_pickers_and_badges_are_whole_or_elided_with_a_tooltip(
    qtbot: QtBot, open_window: OpenWindow, size: tuple[int, int]
) -> None:
    panel = show_compare(qtbot, open_window(), size)
    run_comparison(qtbot, panel, 3)
    badges = [b for b in find_all(panel, ElidedLabel, "Privacy") if b.isVisible()]
    assert len(badges) == 6, "one on each picker, one on each column"
    for badge in badges:
        assert badge.fontMetrics().horizontalAdvance(badge.text()) <= badge.contentsRect().width(), badge.text()
        assert badge.text() == badge.fullText() or (badge.isElided() and badge.toolTip()), badge.text()
    if size == (1080, 760):
        assert [b.text() for b in badges if b.isElided()] == []
    pickers = [c for c in panel.findChildren(QComboBox) if c.accessibleName().startswith("Model ")]
    assert len(pickers) == 3
    for combo in pickers:
        assert combo.toolTip() == combo.currentText(), "a cut name is whole in the tooltip"
    # Names cut in the figures are whole in their tooltips too.
    names = [c.title for c in panel.columns]
    table = panel.results.table
    assert [table.horizontalHeaderItem(i).toolTip() for i in range(table.columnCount())] == names
    for chart in panel.results.charts:
        assert all(name in chart.toolTip() for name in names), chart.title


def test_the_line_between_answers_and_figures_stays_where_it_was_put(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    split: QSplitter = find(show_compare(qtbot, window, (1080, 760)), QSplitter, "Answers and figures")
    answers, _figures = split.sizes()
    split.moveSplitter(answers - 60, 1)
    moved = split.sizes()
    assert moved[0] == answers - 60
    window.close()

    again = open_window()
    split = find(show_compare(qtbot, again, (1080, 760)), QSplitter, "Answers and figures")
    assert split.sizes() == moved


@pytest.mark.parametrize("state", ["waiting", "queued", "loading", "failed"])
def test_a_narrow_column_elides_its_name_badge_and_status_instead_of_overlapping(qtbot: QtBot, state: str) -> None:
    """Four columns at 1024×700 are about 180 px wide: every line of the column's head must still fit."""
    holder = QWidget()  # a column is laid out by its panel: at the width it is given, not its own minimum
    qtbot.addWidget(holder)
    column = CompareColumn("openai:gpt-4o-mini-2024-07-18", None, parent=holder)
    column.setGeometry(0, 0, 180, 300)
    holder.resize(180, 300)
    holder.show()
    {"waiting": column.begin_answer, "queued": lambda: column.set_queued(2), "loading": column.set_loading,
     "failed": lambda: column.fail("Cannot reach the provider", "Check the connection.")}[state]()  # fmt: skip
    qtbot.wait(10)
    head = [w for w in column.findChildren(QWidget) if isinstance(w, (QLabel, QPushButton)) and w.isVisible()]
    assert {w.accessibleName() for w in head} >= {"Model name", "Privacy", "Column status"}
    inside = column.contentsRect()
    for i, a in enumerate(head):
        assert inside.contains(QRect(a.mapTo(column, a.rect().topLeft()), a.size())), f"{a.accessibleName()} sticks out"
        if isinstance(a, QLabel):
            assert a.fontMetrics().horizontalAdvance(a.text()) <= a.contentsRect().width(), f"{a.text()!r} is cut"
        if isinstance(a, ElidedLabel):
            assert a.text() == a.fullText() or a.toolTip(), f"{a.accessibleName()} is elided with no tooltip"
        for b in head[i + 1 :]:
            overlap = QRect(a.mapTo(column, a.rect().topLeft()), a.size()).intersected(
                QRect(b.mapTo(column, b.rect().topLeft()), b.size())
            )
            assert overlap.isEmpty(), f"{a.accessibleName()} overlaps {b.accessibleName()}"
    status = find(column, ElidedLabel, "Column status")
    assert status.fullText() == column.status_text


def assert_nothing_cut(panel: ComparePanel) -> None:
    """Every one-line label shows its whole text or is elided with a tooltip; buttons and combos get their width."""
    for label in panel.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap():
            continue
        text = label.text().replace("&", "") if label.buddy() is not None else label.text()
        assert label.fontMetrics().horizontalAdvance(text) <= label.contentsRect().width(), f"{text!r} is cut"
        if isinstance(label, ElidedLabel) and label.isElided():
            assert label.toolTip(), f"{label.fullText()!r} is elided with no tooltip"
    for widget in panel.findChildren(QWidget):
        if not (widget.isVisible() and isinstance(widget, (QPushButton, QComboBox))):
            continue
        if isinstance(widget, QComboBox) and widget.accessibleName().startswith("Model "):
            assert widget.toolTip() == widget.currentText(), "a long name is cut: the tooltip has it"
        else:
            assert widget.width() >= widget.minimumSizeHint().width(), widget.accessibleName()


def test_four_models_and_the_file_row_fit_at_1024x700(qtbot: QtBot, open_window: OpenWindow) -> None:
    panel = show_compare(qtbot, open_window(), (1024, 700))
    run_comparison(qtbot, panel, 4)
    assert_nothing_cut(panel)
    task = find(panel, QComboBox, "Task")
    task.setCurrentIndex(task.findData("batch-classify"))
    qtbot.wait(20)
    assert find(panel, QPushButton, "Choose file…").isVisible()
    assert_nothing_cut(panel)
