"""The Tasks tab without a model: a built-in opened and previewed row by row, a schema checked as it is typed
and a save's error beside its field, a built-in saved as a copy, unsaved changes asked about, and Save as
task from the Classify tab."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fakes import FakeEngine, registry_with
from helpers.task_panels import task_services
from helpers.widgets import find
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from app.core.engines.registry import EngineRegistry
from app.core.models.directory import ModelDirectory
from app.core.settings import SettingsStore
from app.core.tasks.custom.library import builtin_tasks_dir
from app.core.tasks.custom.matrix import MatrixResult
from app.core.tasks.custom.spec import Cell, CheckResult, Column, MatrixRow, TaskSpec
from app.ui.main_window import MainWindow
from app.ui.panels.tasks import tasks_panel
from app.ui.panels.tasks.task_matrix import MatrixView
from app.ui.panels.tasks.tasks_panel import TasksPanel
from app.ui.window_services import WindowServices
from tests.helpers.panels import panel_context

INVOICE = "Invoice fields"
SPAM = "Spam or not"


@pytest.fixture
def engines() -> Iterator[EngineRegistry]:
    registry = registry_with(FakeEngine(model_id="local:fake"), "local")
    yield registry
    registry.close_all()


@pytest.fixture
def panel(qtbot: QtBot, engines: EngineRegistry, models: ModelDirectory, tmp_path: Path) -> Iterator[TasksPanel]:
    widget = TasksPanel(panel_context(engines, models), task_services(tmp_path, engines.get))
    qtbot.addWidget(widget)
    widget.resize(1080, 760)
    widget.show()
    yield widget
    widget.shutdown()


def open_task(panel: TasksPanel, name: str) -> None:
    library = find(panel, QListWidget, "Task library")
    rows = [library.item(i).text() for i in range(library.count())]
    row = next(i for i, text in enumerate(rows) if text.startswith(name))
    library.setCurrentRow(row)


def load_sample(qtbot: QtBot, panel: TasksPanel) -> None:
    sample = find(panel, QPushButton, "Use sample file")
    assert not sample.isHidden()
    qtbot.mouseClick(sample, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.data.table is not None, timeout=5000)


def test_a_builtin_opens_and_each_row_renders_its_prompt(qtbot: QtBot, panel: TasksPanel) -> None:
    library = find(panel, QListWidget, "Task library")
    texts = [library.item(i).text() for i in range(library.count())]
    assert f"{INVOICE}  (built-in)" in texts and "Spam or not  (built-in)" in texts
    open_task(panel, INVOICE)
    assert find(panel, QComboBox, "Output kind").currentData() == "json"
    assert "{{invoice}}" in find(panel, QLabel, "Template variables").text()
    preview = find(panel, QPlainTextEdit, "Prompt preview")
    # No file yet: the preview says which variable has no value.
    problem = find(panel, QLabel, "Preview problem")
    assert not problem.isHidden() and "{{invoice}}" in problem.text()

    load_sample(qtbot, panel)
    rows = panel.data.table.rows  # type: ignore[union-attr]
    assert problem.isHidden()
    assert "matching this JSON Schema" in preview.toPlainText()  # the system prompt carries the schema
    assert str(rows[0]["invoice"]) in preview.toPlainText()
    find(panel, QSpinBox, "Row").setValue(2)
    assert str(rows[1]["invoice"]) in preview.toPlainText()
    assert str(rows[0]["invoice"]) not in preview.toPlainText()
    find(panel, QComboBox, "Preview variant").setCurrentText("terse")
    assert "Invoice number, vendor, date" in preview.toPlainText()


def test_the_schema_is_checked_as_typed_and_a_save_error_shows_beside_its_field(
    qtbot: QtBot, panel: TasksPanel, tmp_path: Path
) -> None:
    open_task(panel, INVOICE)
    schema = find(panel, QPlainTextEdit, "JSON Schema")
    state = find(panel, QLabel, "Schema check")
    assert state.text().startswith("✓")
    schema.setPlainText('{"type": "object", "properties": {"total": {"type": "nummber"}}}')
    assert state.text().startswith("✗") and "nummber" in state.text()
    assert "unsaved" in find(panel, QLabel, "Task title").text()

    qtbot.mouseClick(find(panel, QPushButton, "Save task"), Qt.MouseButton.LeftButton)
    error = find(panel, QLabel, "schema error")
    assert not error.isHidden() and "schema" in error.text()
    assert find(panel, QLabel, "name error").isHidden()
    assert not (tmp_path / "tasks").exists() or not list((tmp_path / "tasks").iterdir())  # nothing written

    schema.setPlainText('{"type": "object", "properties": {"total": {"type": "number"}}, "required": ["total"]}')
    find(panel, QPlainTextEdit, "Template").setPlainText("Total of: {{invoice}}")
    assert panel.save_task() is not None
    assert error.isHidden()


def test_an_edited_builtin_saves_as_a_copy_that_stands_in_for_it(panel: TasksPanel, tmp_path: Path) -> None:
    open_task(panel, SPAM)
    find(panel, QPlainTextEdit, "Template").setPlainText("Is this spam? {{body}}")
    saved = panel.save_task()

    assert saved is not None and saved.parent == tmp_path / "tasks"
    assert "Is this spam? {{body}}" in saved.read_text(encoding="utf-8")
    assert "Is this spam?" not in (builtin_tasks_dir() / "spam.yaml").read_text(encoding="utf-8")
    library = find(panel, QListWidget, "Task library")
    texts = [library.item(i).text() for i in range(library.count())]
    assert SPAM in texts and "Spam or not  (built-in)" not in texts  # the copy stands in for the built-in
    assert not panel.is_dirty and "unsaved" not in find(panel, QLabel, "Task title").text()
    assert find(panel, QPushButton, "Delete task").isEnabled()


def test_switching_away_from_unsaved_changes_asks_first(panel: TasksPanel, monkeypatch: pytest.MonkeyPatch) -> None:
    open_task(panel, INVOICE)
    find(panel, QPlainTextEdit, "Template").setPlainText("Changed: {{invoice}}")
    asked: list[str] = []

    def refuse(_parent: object, title: str, _text: str, **_kw: object) -> bool:
        asked.append(title)
        return False

    monkeypatch.setattr(tasks_panel, "confirm", refuse)
    open_task(panel, SPAM)
    assert asked == ["Unsaved changes"]
    assert find(panel, QPlainTextEdit, "Template").toPlainText() == "Changed: {{invoice}}"  # kept
    monkeypatch.setattr(tasks_panel, "confirm", lambda *_a, **_k: True)
    open_task(panel, SPAM)
    assert find(panel, QComboBox, "Output kind").currentData() == "label"


def test_a_broken_task_file_is_listed_with_its_error(
    qtbot: QtBot, engines: EngineRegistry, models: ModelDirectory, tmp_path: Path
) -> None:
    (tmp_path / "tasks").mkdir()
    (tmp_path / "tasks" / "broken.yaml").write_text("plinth_task: 1\nname: Broken\noutput: poem\n", encoding="utf-8")
    widget = TasksPanel(panel_context(engines, models), task_services(tmp_path, engines.get))
    qtbot.addWidget(widget)
    library = find(widget, QListWidget, "Task library")
    broken = next(library.item(i) for i in range(library.count()) if "broken" in library.item(i).text())
    assert "cannot be read" in broken.text() and "output" in broken.toolTip()
    widget.shutdown()


def test_save_as_task_from_classify_opens_a_label_task_in_the_tasks_tab(
    engines: EngineRegistry,
    open_main_window: Callable[..., MainWindow],
    window_services: Callable[..., WindowServices],
    tmp_path: Path,
) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    window = open_main_window(engines, store, tasks=task_services(tmp_path, engines.get))
    classify = window.classification_panel
    find(classify, QLineEdit, "Instruction").setText("Sort the reviews by mood")
    find(classify, QPushButton, "Save as task").click()

    tasks = window.tasks_panel
    assert tasks is not None and tasks.isVisible()
    assert find(tasks, QComboBox, "Output kind").currentData() == "label"
    spec = tasks.editor.spec()
    assert spec.output == "label" and spec.labels == classify.job().labels.names
    assert spec.system_prompt.startswith("Sort the reviews by mood")
    assert spec.template == "{{text}}"
    assert tasks.is_dirty


def test_the_matrix_filters_failures_and_disagreements_and_marks_each_cell(qtbot: QtBot) -> None:
    task = TaskSpec(name="yes or no", template="{{q}}", output="label", labels=("yes", "no"))
    a, b = Column("local:a", "default"), Column("local:b", "default")
    ok, bad = CheckResult("parses", True), CheckResult("expected", False, "said no, expected yes")
    rows = [MatrixRow(i, {"q": f"question {i}"}) for i in range(3)]
    rows[0].cells = {
        a: Cell("local:a", "default", "yes", label="yes", checks=(ok,)),
        b: Cell("local:b", "default", "yes", label="yes", checks=(ok,)),
    }
    rows[1].cells = {
        a: Cell("local:a", "default", "yes", label="yes", checks=(ok,)),
        b: Cell("local:b", "default", "no", label="no", checks=(ok, bad)),
    }
    rows[2].cells = {a: Cell("local:a", "default", "no", label="no", checks=(ok,)),
                     b: Cell("local:b", "default", "", error="The request was refused.")}  # fmt: skip
    view = MatrixView()
    qtbot.addWidget(view)
    view.show_result(MatrixResult(task, (a, b), rows))

    matrix = view.matrix
    assert [matrix.item(r, 2).text()[0] for r in range(3)] == ["✓", "✗", "✗"]  # a mark, not only a colour
    view.failures_only.setChecked(True)
    assert [matrix.isRowHidden(r) for r in range(3)] == [True, False, False]
    view.failures_only.setChecked(False)
    view.disagree_only.setChecked(True)
    assert [matrix.isRowHidden(r) for r in range(3)] == [True, False, True]  # an error is no answer
    view.select_cell(1, b)
    assert "said no, expected yes" in view.detail.toPlainText() and "question 1" in view.detail.toPlainText()
    rates = {view.summary.verticalHeaderItem(r).text(): view.summary.item(r, 1).text()
             for r in range(view.summary.rowCount())}  # fmt: skip
    assert rates["Pass rate"] == "33% (1/3)" and rates["Check: expected"] == "0%" and rates["Errors"] == "1"


def test_save_as_task_from_translate_opens_a_text_task_with_its_instructions(
    engines: EngineRegistry, open_main_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = open_main_window(
        engines, SettingsStore(tmp_path / "settings.json"), tasks=task_services(tmp_path, engines.get)
    )
    find(window.translation_panel, QPushButton, "Save as task").click()

    tasks = window.tasks_panel
    assert tasks is not None and tasks.isVisible()
    spec = tasks.editor.spec()
    assert spec.output == "text" and spec.template == "{{text}}"
    assert spec.name == "Translate into French"  # the tab's first target language
    assert "Translate the user's text" in spec.system_prompt and "into French" in spec.system_prompt
