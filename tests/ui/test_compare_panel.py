"""The Compare workspace: columns streaming at once, per-column and global stop, figures, saved comparisons."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fakes import FakeEngine, FakeLabelEngine
from helpers.lora import write_lora_adapter
from helpers.widgets import find, find_all
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from app.bootstrap import build_services
from app.core.compare.results import METRIC_INFO, ComparisonResult, ModelMetrics, ModelRun, format_metric
from app.core.compare.saved import ComparisonStore, open_comparisons
from app.core.compare.spec import ColumnSettings, Comparison
from app.core.compare.verdict import best_values, verdict
from app.core.engines.registry import EngineRegistry
from app.core.errors import EngineCrashedError
from app.core.history.store import Store
from app.core.models.directory import ModelDirectory
from app.core.paths import Paths
from app.core.providers import ProviderConfig, ProviderStore
from app.core.secrets import SecretStore
from app.core.settings import Settings, SettingsStore
from app.ui.panels.compare_panel import ComparePanel
from app.ui.widgets.compare_column import CompareColumn
from app.ui.widgets.comparison_view import run_markdown
from app.ui.widgets.privacy_badge import LOCAL_TEXT
from tests.helpers.panels import panel_context

LOCAL = "local:fake"
REMOTE = "openai:gpt-test"


@pytest.fixture
def local() -> FakeEngine:
    return FakeEngine(model_id=LOCAL)


@pytest.fixture
def remote() -> FakeEngine:
    return FakeEngine(model_id=REMOTE, destination="OpenAI")


@pytest.fixture
def engines(local: FakeEngine, remote: FakeEngine) -> EngineRegistry:
    registry = EngineRegistry()
    registry.register("local", lambda _model_id: local)
    registry.register("openai", lambda _model_id: remote)
    return registry


@pytest.fixture
def remote_models(models: ModelDirectory, providers: ProviderStore, secrets: SecretStore) -> ModelDirectory:
    """The local fake model and one remote model with a key: both can run."""
    providers.upsert(ProviderConfig("openai", "openai", None, models=["gpt-test"]))
    secrets.set("provider:openai", "sk-test-0123456789abcdef")
    return models


@pytest.fixture
def store(paths: Paths) -> Iterator[ComparisonStore]:
    with Store.open(paths.data_dir) as history:
        yield open_comparisons(history)


@pytest.fixture
def make_panel(
    qtbot: QtBot, engines: EngineRegistry, remote_models: ModelDirectory, store: ComparisonStore, tmp_path: Path
) -> Iterator[type[ComparePanel]]:
    panels: list[ComparePanel] = []

    def make() -> ComparePanel:
        panel = ComparePanel(panel_context(engines, remote_models), store, work_dir=tmp_path / "runs")
        qtbot.addWidget(panel)
        panel.resize(1300, 900)
        panel.show()
        panels.append(panel)
        return panel

    yield make  # type: ignore[misc]
    for panel in panels:
        panel.shutdown()


@pytest.fixture
def panel(make_panel) -> ComparePanel:  # noqa: ANN001 (the factory above)
    return make_panel()


class Ui:
    """The panel's controls, found the way a screen reader would."""

    def __init__(self, panel: ComparePanel) -> None:
        self.panel = panel
        self.run = find(panel, QPushButton, "Run comparison")
        self.stop_all = find(panel, QPushButton, "Stop all")
        self.add = find(panel, QPushButton, "Add model")
        self.export = find(panel, QPushButton, "Export report")
        self.rerun = find(panel, QPushButton, "Rerun")
        self.delete = find(panel, QPushButton, "Delete comparison")
        self.input = find(panel, QPlainTextEdit, "Input text")
        self.verdict = find(panel, QLabel, "Verdict")
        self.privacy = find(panel, QLabel, "Privacy summary")
        self.status = find(panel, QLabel, "Compare status")
        self.saved = find(panel, QListWidget, "Saved comparisons")

    def removes(self) -> list[QToolButton]:
        return find_all(self.panel, QToolButton, "Remove model")

    def column(self, model_id: str) -> CompareColumn:
        return next(c for c in self.panel.columns if c.accessibleName() == f"Column {self.label(model_id)}")

    def label(self, model_id: str) -> str:
        return "fake" if model_id == LOCAL else model_id

    def idle(self) -> bool:
        return self.run.isEnabled() and not self.stop_all.isEnabled()

    def ask(self, qtbot: QtBot, text: str) -> None:
        self.input.setPlainText(text)
        qtbot.mouseClick(self.run, Qt.MouseButton.LeftButton)


@pytest.fixture
def ui(panel: ComparePanel) -> Ui:
    return Ui(panel)


def test_both_columns_stream_at_once_then_figures_and_verdict(
    qtbot: QtBot, ui: Ui, local: FakeEngine, remote: FakeEngine
) -> None:
    local.enqueue(["Blue ", "light ", "scatters ", "more."], delay=0.08)
    remote.enqueue(["Rayleigh ", "scattering ", "favours ", "short ", "waves."], delay=0.05, cost_usd=0.0021)
    assert ui.run.isEnabled() and not ui.stop_all.isEnabled()
    ui.ask(qtbot, "Why is the sky blue?")
    assert not ui.run.isEnabled() and ui.stop_all.isEnabled()
    assert "Sent to OpenAI" in ui.privacy.text() and "Stayed on this computer: local:fake" in ui.privacy.text()
    left, right = ui.column(LOCAL), ui.column(REMOTE)
    # Both answers are on screen, neither finished: they stream concurrently.
    qtbot.waitUntil(lambda: "Blue" in left.answer_text and "Rayleigh" in right.answer_text, timeout=5000)
    assert left.state == right.state == "streaming"
    qtbot.waitUntil(ui.idle, timeout=10_000)
    assert left.state == right.state == "done"
    assert "Blue light scatters more." in left.answer_text
    assert "Rayleigh scattering favours short waves." in right.answer_text
    assert local.requests[0].messages[-1].content == remote.requests[0].messages[-1].content == "Why is the sky blue?"

    result = ui.panel.shown
    assert result is not None and result.id
    assert ui.verdict.isVisible() and ui.verdict.text() == verdict(result)
    assert "gpt-test" in ui.verdict.text()
    table = ui.panel.results.table
    assert table.text("Cost", 0) == "$0" and table.text("Cost", 1) == "$0.0021"
    best = best_values(result)
    assert best["cost_usd"] == (LOCAL,)
    highlighted = table.best_cells()
    for key, holders in best.items():
        columns = [i for i, run in enumerate(result.runs) if run.model_id in holders]
        assert highlighted[METRIC_INFO[key].label] == columns, key
    assert highlighted["Tokens in"] == []  # not ranked
    speed, cost, third = ui.panel.results.charts
    assert [bar.label for bar in speed.bars] == ["fake", REMOTE]
    assert [bar.text for bar in cost.bars] == ["$0", "$0.0021"] and cost.bars[0].best
    assert third.title == "Time to first token"  # no accuracy for a chat
    assert ui.saved.count() == 1 and "Why is the sky blue?" in ui.saved.item(0).text()
    assert ui.status.text() == "Done. Saved."


def test_a_failing_column_shows_its_error_and_the_other_finishes(
    qtbot: QtBot, ui: Ui, local: FakeEngine, remote: FakeEngine
) -> None:
    local.enqueue(["Slow ", "but ", "sure."], delay=0.05)
    remote.enqueue_error(EngineCrashedError("The provider hung up.", "Try again later."), after=["Half an"])
    ui.ask(qtbot, "Hello")
    qtbot.waitUntil(ui.idle, timeout=10_000)
    left, right = ui.column(LOCAL), ui.column(REMOTE)
    assert right.state == "failed" and right.status_text == "Failed"
    assert "Half an" in right.answer_text and "The provider hung up." in right.answer_text
    assert left.state == "done" and "Slow but sure." in left.answer_text
    assert "failed" not in left.answer_text.lower()
    assert f"{REMOTE} failed ({EngineCrashedError.title})" in ui.verdict.text()
    assert ui.status.text() == "Done. 1 failed. Saved."


def test_stop_all_stops_every_column(qtbot: QtBot, ui: Ui, local: FakeEngine, remote: FakeEngine) -> None:
    local.enqueue(["Local ", "never"], hang_after=1)
    remote.enqueue(["Remote ", "never"], hang_after=1)
    ui.ask(qtbot, "Go")
    left, right = ui.column(LOCAL), ui.column(REMOTE)
    qtbot.waitUntil(lambda: "Local" in left.answer_text and "Remote" in right.answer_text, timeout=5000)
    qtbot.mouseClick(ui.stop_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(ui.idle, timeout=2000)
    assert left.state == right.state == "stopped"
    assert "never" not in left.answer_text + right.answer_text
    assert ui.status.text() == "Stopped. Saved."
    assert ui.panel.shown is not None and ui.panel.shown.stopped


def test_a_columns_stop_stops_that_model_only(qtbot: QtBot, ui: Ui, local: FakeEngine, remote: FakeEngine) -> None:
    local.enqueue(["Keeps ", "going ", "to ", "the ", "end."], delay=0.1)
    remote.enqueue(["Stuck ", "never"], hang_after=1)
    ui.ask(qtbot, "Go")
    left, right = ui.column(LOCAL), ui.column(REMOTE)
    qtbot.waitUntil(lambda: "Stuck" in right.answer_text, timeout=5000)
    qtbot.mouseClick(find(right, QPushButton, f"Stop {REMOTE}"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: right.state == "stopped", timeout=2000)
    assert left.state in ("waiting", "streaming")
    qtbot.waitUntil(ui.idle, timeout=10_000)
    assert left.state == "done" and "Keeps going to the end." in left.answer_text
    assert f"{REMOTE} was stopped." in ui.verdict.text()


def test_a_saved_comparison_reopens_identically_without_running(
    qtbot: QtBot,
    make_panel,
    ui: Ui,
    local: FakeEngine,
    remote: FakeEngine,  # noqa: ANN001
) -> None:
    local.enqueue(["**Bold** ", "local ", "answer."], delay=0.01)
    remote.enqueue(["Remote ", "answer."], delay=0.01, cost_usd=0.0005)
    ui.ask(qtbot, "Compare me")
    qtbot.waitUntil(ui.idle, timeout=10_000)
    first = ui.panel
    table = first.results.table

    other = Ui(make_panel())
    assert other.saved.count() == 1 and not other.panel.columns
    other.saved.setCurrentRow(0)
    assert [c.title for c in other.panel.columns] == [c.title for c in first.columns]
    assert [c.answer_text for c in other.panel.columns] == [c.answer_text for c in first.columns]
    assert [c.state for c in other.panel.columns] == ["done", "done"]
    reopened = other.panel.results.table
    cells = lambda t: [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]  # noqa: E731
    assert cells(reopened) == cells(table)
    assert reopened.best_cells() == table.best_cells()
    assert other.verdict.text() == ui.verdict.text()
    assert other.privacy.text() == ui.privacy.text()
    assert other.input.toPlainText() == "Compare me"
    assert len(local.requests) == len(remote.requests) == 1  # shown, not re-run

    local.enqueue(["Again."])
    remote.enqueue(["Again too."])
    qtbot.mouseClick(other.rerun, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(other.idle, timeout=10_000)
    assert len(local.requests) == 2 and "Again." in other.column(LOCAL).answer_text
    assert other.saved.count() == 2


def test_export_writes_reports_that_parse(
    qtbot: QtBot, ui: Ui, local: FakeEngine, remote: FakeEngine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not ui.export.isEnabled()
    local.enqueue(["Local ", "<b>answer</b>."])
    remote.enqueue(["Remote answer."], cost_usd=0.0007)
    ui.ask(qtbot, "Export me")
    qtbot.waitUntil(ui.idle, timeout=10_000)
    assert ui.export.isEnabled()
    chosen: list[tuple[str, str]] = []
    monkeypatch.setattr("app.ui.panels.compare_panel.QFileDialog.getSaveFileName", lambda *_args: chosen.pop(0))
    written = {}
    for name, suffix in (("CSV", ".csv"), ("HTML report", ".html"), ("Markdown", ".md")):
        # The HTML one is named without a suffix: the chosen filter supplies it.
        path = tmp_path / ("report" if suffix == ".html" else f"report{suffix}")
        chosen.append((str(path), f"{name} (*{suffix})"))
        qtbot.mouseClick(ui.export, Qt.MouseButton.LeftButton)
        written[suffix] = (tmp_path / f"report{suffix}").read_text(encoding="utf-8")
        assert ui.status.text() == f"Report saved to {tmp_path / f'report{suffix}'}."

    rows = list(csv.DictReader(io.StringIO(written[".csv"])))
    assert [row["model"] for row in rows] == [LOCAL, REMOTE]
    assert rows[1]["cost_usd"] and float(rows[1]["cost_usd"]) == pytest.approx(0.0007)

    class Collect(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.text: list[str] = []

        def handle_data(self, data: str) -> None:
            self.text.append(data)

    parser = Collect()
    parser.feed(written[".html"])
    parser.close()
    page = "".join(parser.text)
    assert LOCAL in page and REMOTE in page and "<b>answer</b>" in page  # escaped, shown as text
    assert format_metric("cost_usd", 0.0007) in page
    assert REMOTE in written[".md"] and "Export me" in written[".md"]


def test_add_and_remove_models_and_delete_a_saved_comparison(
    qtbot: QtBot, ui: Ui, local: FakeEngine, remote: FakeEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(ui.removes()) == 2 and not any(b.isEnabled() for b in ui.removes())
    qtbot.mouseClick(ui.add, Qt.MouseButton.LeftButton)
    assert len(ui.removes()) == 3 and all(b.isEnabled() for b in ui.removes())
    # Only two models can run in this set-up: the third picker repeats one, so Run waits.
    assert not ui.run.isEnabled()
    qtbot.mouseClick(ui.removes()[2], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(ui.removes()) == 2)
    assert ui.run.isEnabled()
    pickers = [find(ui.panel, QComboBox, f"Model {n}") for n in (1, 2)]
    assert [p.currentData() for p in pickers] == [LOCAL, REMOTE]
    badges = [w.text() for w in find_all(ui.panel, QLabel, "Privacy") if w.isVisible()]
    assert badges == [LOCAL_TEXT, "Sent to OpenAI"]

    local.enqueue(["One."])
    remote.enqueue(["Two."])
    ui.ask(qtbot, "Delete me")
    qtbot.waitUntil(ui.idle, timeout=10_000)
    assert ui.saved.currentRow() == 0 and ui.delete.isEnabled()
    monkeypatch.setattr("app.ui.dialogs.questions.QMessageBox.question", lambda *_args: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(ui.delete, Qt.MouseButton.LeftButton)
    assert ui.saved.count() == 0
    assert not ui.panel.columns and not ui.verdict.isVisible()
    assert ui.status.text() == "Comparison deleted."


@pytest.mark.slow
def test_the_starter_model_and_a_remote_model_answer_side_by_side(
    qtbot: QtBot,
    starter_path: Path,
    paths: Paths,
    providers: ProviderStore,
    secrets: SecretStore,
    remote: FakeEngine,
) -> None:
    services = build_services(paths, starter_path=starter_path)
    services.engines.register("openai", lambda _model_id: remote)
    providers.upsert(ProviderConfig("openai", "openai", None, models=["gpt-test"]))
    secrets.set("provider:openai", "sk-test-0123456789abcdef")
    settings = Settings()
    settings.extra["compare"] = {"models": ["starter", REMOTE], "max_tokens": 16, "temperature": 0.0}
    models = ModelDirectory(services.library, providers, secrets)
    panel = ComparePanel(panel_context(services.engines, models, settings), open_comparisons(services.store))
    qtbot.addWidget(panel)
    panel.show()
    ui = Ui(panel)
    remote.enqueue(["Paris ", "is ", "the ", "capital."], delay=0.02, cost_usd=0.0003)
    try:
        ui.ask(qtbot, "What is the capital of France?")
        qtbot.waitUntil(ui.idle, timeout=120_000)
        starter, other = panel.columns
        assert starter.state == other.state == "done", starter.answer_text
        assert starter.answer_text.strip() and "Paris is the capital." in other.answer_text
        table = panel.results.table
        assert table.text("Load time", 0).endswith(" s") and table.text("Load time", 1) == "—"
        assert table.text("Peak memory", 0).endswith("MiB")
        assert table.text("Cost", 0) == "$0" and table.text("Cost", 1) == "$0.0003"
        assert table.best_cells()["Cost"] == [0]
        assert "starter" in ui.verdict.text() and REMOTE in ui.verdict.text()
    finally:
        panel.shutdown()
        services.close()


def test_a_batch_classification_reports_accuracy_and_rows_per_minute(
    qtbot: QtBot,
    remote_models: ModelDirectory,
    store: ComparisonStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = tmp_path / "reviews.csv"
    data.write_text(
        "text,label\nA positive review,positive\nA negative one,negative\nSo positive,positive\n"
        "Neutral words,neutral\nmeh,negative\n",
        encoding="utf-8",
    )
    registry = EngineRegistry()
    registry.register("local", lambda _model_id: FakeLabelEngine("score", model_id=LOCAL))
    registry.register("openai", lambda _model_id: FakeLabelEngine("choose", model_id=REMOTE))
    panel = ComparePanel(panel_context(registry, remote_models), store, work_dir=tmp_path / "runs")
    qtbot.addWidget(panel)
    panel.show()
    ui = Ui(panel)
    task = find(panel, QComboBox, "Task")
    task.setCurrentIndex(task.findData("batch-classify"))
    assert not ui.input.isVisible() and not ui.run.isEnabled()  # no file yet
    monkeypatch.setattr("app.ui.panels.compare_setup.QFileDialog.getOpenFileName", lambda *_args: (str(data), ""))
    qtbot.mouseClick(find(panel, QPushButton, "Choose file…"), Qt.MouseButton.LeftButton)
    text_column, gold = find(panel, QComboBox, "Text column"), find(panel, QComboBox, "Gold column")
    qtbot.waitUntil(lambda: text_column.currentText() == "text" and ui.run.isEnabled(), timeout=5000)
    # The gold column is found as the Classify tab finds it: a column named "label".
    assert gold.currentData() == "label"
    qtbot.mouseClick(ui.run, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(ui.idle, timeout=10_000)
    try:
        assert [c.state for c in panel.columns] == ["done", "done"]
        # "(s)": Qt's %n plural reads so in English until an English plural translation is installed.
        assert all(re.search(r"5 of 5 row(s|\(s\)) done", c.answer_text) for c in panel.columns)
        assert "Accuracy is unknown" not in ui.verdict.text() and "accurate" in ui.verdict.text()
        # Rows are numbered from 1, the first row after the header, as in the Classify tab.
        shown = panel.shown
        assert shown is not None
        numbers = [line.split("|")[1].strip() for line in run_markdown("batch-classify", shown.runs[0]).splitlines()
                   if line.startswith("| ") and not line.startswith("| Row")]  # fmt: skip
        assert numbers == ["1", "2", "3", "4", "5"]
        table = panel.results.table
        assert table.text("Accuracy", 0).endswith("%") and table.text("Macro-F1", 1).endswith("%")
        assert table.text("Cost per 1,000 rows", 0) == "$0"
        speed, cost, third = panel.results.charts
        assert (speed.title, cost.title, third.title) == ("Rows per minute", "Cost per 1,000 rows", "Accuracy")
        assert "the 'text' column of every row of reviews.csv" in ui.privacy.text()
    finally:
        panel.shutdown()


def test_the_window_has_a_compare_tab_and_closing_it_stops_the_comparison(
    qtbot: QtBot,
    engines: EngineRegistry,
    remote_models: ModelDirectory,
    store: ComparisonStore,
    paths: Paths,
    local: FakeEngine,
    remote: FakeEngine,
    open_main_window,
) -> None:
    settings_store = SettingsStore(paths.settings_file)
    window = open_main_window(engines, settings_store, models=remote_models, comparisons=store)
    tabs = find(window, QTabWidget, "Panels")
    panel = window.compare_panel
    assert panel is not None and tabs.tabText(tabs.indexOf(panel)) == "Compare"
    tabs.setCurrentWidget(panel)
    for name in ("Add model", "Run comparison", "Stop all", "Export report"):
        assert find(panel, QPushButton, name).isVisible(), name
    ui = Ui(panel)
    assert len(ui.removes()) == 2
    local.enqueue(["Still ", "going"], hang_after=1)
    remote.enqueue(["Also ", "going"], hang_after=1)
    ui.ask(qtbot, "Close me")
    qtbot.waitUntil(lambda: "Still" in ui.column(LOCAL).answer_text and "Also" in ui.column(REMOTE).answer_text)
    window.close()
    assert not panel.is_running
    assert [s.title for s in store.list()] == ["chat: Close me"]  # saved as stopped
    assert settings_store.load().extra["compare"]["models"] == [LOCAL, REMOTE]


def test_a_column_says_where_its_model_is(qtbot: QtBot) -> None:
    column = CompareColumn("starter", None)
    qtbot.addWidget(column)
    stop = find(column, QPushButton, "Stop starter")
    assert not stop.isEnabled() and find(column, QLabel, "Privacy").fullText() == LOCAL_TEXT
    column.set_queued(2)
    assert column.status_text == "Queued #2" and stop.isEnabled()
    column.set_loading()
    assert column.status_text == "Loading model…"
    column.begin_answer()
    column.append_text("Hello")
    assert column.status_text == "Streaming…"
    with qtbot.waitSignal(column.stop_requested):
        stop.click()
    assert column.status_text == "Stopping…" and not stop.isEnabled()
    column.show_result("Hello", "TTFT 0.10 s", "stopped")
    assert column.status_text == "Stopped" and "Hello" in column.answer_text and "TTFT 0.10 s" in column.answer_text


def test_a_saved_comparison_of_one_model_with_two_settings_shows_two_columns(
    make_panel,
    store: ComparisonStore,  # noqa: ANN001
) -> None:
    # `plinth compare -m local:fake --temperature 0.2 -m local:fake --temperature 1.0` saves one like this.
    spec = Comparison("chat", (LOCAL, LOCAL), text="Same model twice",
                      columns=(ColumnSettings(temperature=0.2), ColumnSettings(temperature=1.0)))  # fmt: skip
    names = spec.column_labels()
    runs = [ModelRun(LOCAL, None, status="finished", text=f"Answer {i}", column=name,
                     metrics=ModelMetrics(ttft_s=0.1 * (i + 1), wall_s=1.0, cost_usd=0.0))
            for i, name in enumerate(names)]  # fmt: skip
    store.save(ComparisonResult("twice", "2026-03-01T10:00:00+00:00", spec, runs))
    ui = Ui(make_panel())
    ui.saved.setCurrentRow(0)
    assert [c.title for c in ui.panel.columns] == ["fake (temperature 0.2)", "fake (temperature 1.0)"]
    assert ["Answer 0" in c.answer_text for c in ui.panel.columns] == [True, False]
    assert ["Answer 1" in c.answer_text for c in ui.panel.columns] == [False, True]
    assert ui.panel.results.table.best_cells()["Time to first token"] == [0]


def test_the_saved_list_counts_models_in_words(make_panel, store: ComparisonStore) -> None:  # noqa: ANN001
    spec = Comparison("chat", (LOCAL,), text="Alone")
    store.save(ComparisonResult("one", "2026-03-01T10:00:00+00:00", spec, [ModelRun(LOCAL, None, status="finished")]))
    ui = Ui(make_panel())
    # "(s)": Qt's %n plural reads so in English until an English plural translation is installed.
    assert ui.saved.item(0).text().endswith((" · 1 model", " · 1 model(s)"))


def test_tab_leaves_the_input_and_ctrl_tab_types_a_tab(qtbot: QtBot, ui: Ui) -> None:
    ui.panel.window().activateWindow()
    ui.input.setPlainText("Hello")
    ui.input.setFocus()
    qtbot.waitUntil(ui.input.hasFocus, timeout=2000)
    qtbot.keyClick(ui.input, Qt.Key.Key_Tab)
    assert ui.input.toPlainText() == "Hello" and not ui.input.hasFocus()
    ui.input.setFocus()
    ui.input.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(ui.input, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert ui.input.toPlainText() == "Hello\t" and ui.input.hasFocus()


def test_a_columns_progress_counts_rows_in_words(qtbot: QtBot) -> None:
    column = CompareColumn("starter", None, "Batch")
    qtbot.addWidget(column)
    bar = find(column, QProgressBar, "Rows done")
    column.set_progress(0, 1)
    # "(s)": Qt's %n plural reads so in English until an English plural translation is installed.
    assert bar.text() in ("0 of 1 row", "0 of 1 row(s)")
    column.set_progress(3, 12)
    assert bar.text() in ("3 of 12 rows", "3 of 12 row(s)")


def test_a_one_column_file_has_one_column(
    qtbot: QtBot, ui: Ui, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "one.csv"
    data.write_text("text\nHello\n", encoding="utf-8")
    task = find(ui.panel, QComboBox, "Task")
    task.setCurrentIndex(task.findData("batch-translate"))
    monkeypatch.setattr("app.ui.panels.compare_setup.QFileDialog.getOpenFileName", lambda *_args: (str(data), ""))
    qtbot.mouseClick(find(ui.panel, QPushButton, "Choose file…"), Qt.MouseButton.LeftButton)
    # "(s)": Qt's %n plural reads so in English until an English plural translation is installed.
    qtbot.waitUntil(lambda: ui.status.text() in ("1 column in one.csv.", "1 column(s) in one.csv."), timeout=5000)


@pytest.mark.slow
def test_a_lora_variant_and_its_base_answer_side_by_side(
    qtbot: QtBot, starter_path: Path, paths: Paths, providers: ProviderStore, secrets: SecretStore, tmp_path: Path
) -> None:
    services = build_services(paths, starter_path=starter_path)
    variant = services.library.add_adapter(write_lora_adapter(tmp_path / "tone.gguf", starter_path), "starter")
    settings = Settings()
    settings.extra["compare"] = {"models": ["starter", variant.model_id], "max_tokens": 8, "temperature": 0.0}
    models = ModelDirectory(services.library, providers, secrets)
    panel = ComparePanel(panel_context(services.engines, models, settings), open_comparisons(services.store))
    qtbot.addWidget(panel)
    panel.show()
    ui = Ui(panel)
    try:
        # The variant is in the model pickers like any local model.
        picker = find(panel, QComboBox, "Model 2")
        assert picker.currentData() == variant.model_id
        assert variant.model_id in [picker.itemData(i) for i in range(picker.count())]
        ui.ask(qtbot, "Name a colour.")
        qtbot.waitUntil(ui.idle, timeout=120_000)
        base, tuned = panel.columns
        assert base.state == tuned.state == "done", (base.answer_text, tuned.answer_text)
        assert base.answer_text.strip() and tuned.answer_text.strip()
        assert panel.results.table.text("Load time", 1).endswith(" s")
    finally:
        panel.shutdown()
        services.close()
