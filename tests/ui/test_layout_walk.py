"""Every tab and dialog of the real window, at 1024×700 and the default 1080×760: no text cut off, nothing overlapping.

The window is filled the way a person using it sees it: a remote provider on
127.0.0.1 picked in every panel (so the privacy badge names it), a history
with long titles and a just-deleted conversation, failed requests whose error
lines show, a translation with warnings and a translated file, probabilities,
a batch file loaded, a finished comparison, a failed Hub search, then offline
mode. Every page of every inner tab is shown in turn and checked; each dialog
at the size it opens with and at its minimum. The failure lists every defect
found, each with where it was seen, so one run says everything there is to fix.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from fakes import FakeEngine
from helpers.documents import EVAL_DIR
from helpers.full_window import (
    BATCH_FILE,
    INVOICE_ANSWER,
    LABELS,
    REMOTE,
    SIZES,
    TITLES,
    UNREACHABLE,
    pick,
    settle,
)
from helpers.layout_checks import clipping_problems, overlap_problems
from helpers.widgets import find
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core.diagnostics import GpuSupport
from app.core.errors import NoKeychainError
from app.core.history.store import Store
from app.core.providers import ProviderConfig
from app.core.tasks.custom.library import builtin_tasks_dir
from app.ui.dialogs.keychain_prompt import ask_keep_for_session
from app.ui.main_window import MainWindow
from app.ui.panels.batch_view import BatchView
from app.ui.widgets.model_picker import ModelPicker


class Walk:
    """The window under test and the defects found so far, each tagged with where it was seen."""

    def __init__(self, qtbot: QtBot, window: MainWindow, remote: FakeEngine) -> None:
        self.qtbot = qtbot
        self.window = window
        self.remote = remote
        self.problems: list[str] = []
        self._seen: set[str] = set()

    def check(self, root: QWidget, where: str) -> None:
        settle()
        for problem in clipping_problems(root) + overlap_problems(root):
            # A defect that stays as the walk goes on is listed once, where it was first seen.
            if problem not in self._seen:
                self._seen.add(problem)
                self.problems.append(f"[{where}] {problem}")

    def check_pages(self, panel: QWidget, where: str) -> None:
        """Checks the window with every page of every tab widget inside ``panel`` shown in turn."""
        self.check(self.window, where)
        for tabs in panel.findChildren(QTabWidget):
            if not tabs.isVisibleTo(self.window):
                continue
            first = tabs.currentIndex()
            for index in range(tabs.count()):
                if index != first:
                    tabs.setCurrentIndex(index)
                    self.check(self.window, f"{where} › {tabs.tabText(index)}")
            tabs.setCurrentIndex(first)

    def show_tab(self, title: str) -> QWidget:
        """Shows the tab; its first model picker sends to the remote server, any others stay on this computer."""
        tabs = self.window.centralWidget()
        assert isinstance(tabs, QTabWidget)
        tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == title))
        settle()
        panel = tabs.currentWidget()
        for number, picker in enumerate(panel.findChildren(ModelPicker)):
            pick(picker, REMOTE if number == 0 else next(c.model_id for c in picker.choices if c.destination is None))
        return panel

    def fail_request(self, panel: QWidget, input_name: str, button_name: str, shown_in: str) -> None:
        """Types into ``input_name`` and presses ``button_name`` while the server is down; waits for the
        failure to show in ``shown_in``."""
        self.remote.enqueue_error(UNREACHABLE)
        find(panel, QPlainTextEdit, input_name).setPlainText(
            "The meeting moved to Thursday, 14:30, room 4.12 — bring the Q3 figures."
        )
        button = find(panel, QAbstractButton, button_name)
        # A tab built a moment ago may still be reading its model list on a loaded machine.
        self.qtbot.waitUntil(button.isEnabled, timeout=30_000)
        button.click()
        where = find(panel, QWidget, shown_in)
        self.qtbot.waitUntil(lambda: "connection was refused" in text_of(where), timeout=30_000)

    def load_batch(self, panel: QWidget, csv: Path) -> None:
        batch = panel.findChild(BatchView)
        batch.open_file(csv)
        self.qtbot.waitUntil(lambda: batch.table is not None, timeout=30_000)


def text_of(widget: QWidget) -> str:
    return widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()  # type: ignore[attr-defined]


def report(problems: list[str]) -> str:
    return f"{len(problems)} layout defects:\n" + "\n".join(problems)


@pytest.fixture
def batch_csv(tmp_path: Path) -> Path:
    path = tmp_path / BATCH_FILE
    rows = ["text,label", "The parcel arrived broken,complaint", "Thanks for the quick fix,praise"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_tab_shows_all_its_text_and_nothing_overlaps(
    qtbot: QtBot,
    make_window,
    local: FakeEngine,
    remote: FakeEngine,
    history: Store,
    batch_csv: Path,
    tmp_path: Path,
    size: tuple[int, int],
) -> None:
    window = make_window()
    window.resize(*size)
    walk = Walk(qtbot, window, remote)
    walk_chat(walk, history)
    walk_translate(walk, batch_csv, tmp_path)
    walk_classify(walk, batch_csv)
    walk_compare(walk, local)
    walk_documents(walk, tmp_path)
    walk_tasks(walk, local)
    walk_models(walk)
    walk_offline(walk)
    assert not walk.problems, report(walk.problems)


def walk_chat(walk: Walk, history: Store) -> None:
    chat = walk.show_tab("Chat")
    sidebar = walk.window.chat_panel.history
    assert sidebar is not None
    deleted = next(c.id for c in history.list_conversations() if c.title == TITLES[0])
    sidebar.view.setCurrentIndex(sidebar.model.index_of(deleted))
    sidebar.actions_by_name["Delete"].trigger()
    assert find(chat, QLabel, "Deleted").isVisible()
    walk.fail_request(chat, "Message", "Send", "Transcript")
    walk.check_pages(chat, "Chat, answer failed, a conversation deleted")


def walk_translate(walk: Walk, batch_csv: Path, tmp_path: Path) -> None:
    translate = walk.show_tab("Translate")
    panel = walk.window.translation_panel
    find(translate, QAbstractButton, "Glossary").click()
    walk.fail_request(translate, "Source text", "Translate", "Translation error")
    walk.check(walk.window, "Translate, request failed")
    # The time, the room number and "Q3" went missing: the checks list each under the output.
    walk.remote.enqueue(["La réunion est déplacée à jeudi — apportez les chiffres."])
    find(translate, QAbstractButton, "Translate").click()
    walk.qtbot.waitUntil(find(translate, QLabel, "Translation warnings").isVisible, timeout=30_000)
    walk.check(walk.window, "Translate, translated with warnings")
    # A whole file: its long name in the status line while it runs, then where the translation was saved.
    notes = tmp_path / "notes-from-the-quarterly-planning-meeting.txt"
    notes.write_text("The meeting moved to Thursday.\n", encoding="utf-8")
    saved = notes.with_name(f"{notes.stem}.fr.txt")
    walk.remote.enqueue(["La réunion ", "never"], hang_after=1)
    panel.translate_file(notes, saved)
    file_status = find(translate, QLabel, "File status")
    walk.qtbot.waitUntil(file_status.isVisible, timeout=30_000)
    walk.check(walk.window, "Translate, translating a file")
    find(translate, QAbstractButton, "Cancel file").click()
    walk.qtbot.waitUntil(lambda: not file_status.isVisible(), timeout=30_000)
    walk.remote.enqueue(["La réunion est déplacée à jeudi."])
    panel.translate_file(notes, saved)
    walk.qtbot.waitUntil(saved.is_file, timeout=30_000)
    walk.load_batch(translate, batch_csv)
    walk.check_pages(translate, "Translate, file translated")


def walk_classify(walk: Walk, batch_csv: Path) -> None:
    classify = walk.show_tab("Classify")
    walk.fail_request(classify, "Text to classify", "Classify", "Classification error")
    walk.check(walk.window, "Classify, request failed")
    pick(classify.findChild(ModelPicker), LABELS)
    find(classify, QPlainTextEdit, "Text to classify").setPlainText("A negative review: the parcel arrived broken.")
    find(classify, QAbstractButton, "Classify").click()
    result = find(classify, QLabel, "Result")
    walk.qtbot.waitUntil(lambda: result.text() == "negative", timeout=30_000)
    walk.load_batch(classify, batch_csv)
    walk.check_pages(classify, "Classify, classified with probabilities")


def walk_compare(walk: Walk, local: FakeEngine) -> None:
    compare = walk.show_tab("Compare")
    task = find(compare, QComboBox, "Task")
    for index in range(task.count()):
        task.setCurrentIndex(index)
        walk.check(walk.window, f"Compare, {task.itemText(index)}")
    task.setCurrentIndex(task.findData("chat"))
    walk.remote.enqueue(["Rayleigh scattering favours short wavelengths, so blue light is scattered most. "] * 6)
    local.enqueue(["Blue light scatters more than red light in the air. "] * 6)
    find(compare, QAbstractButton, "Run comparison").click()
    verdict = find(compare, QLabel, "Verdict")
    panel = walk.window.compare_panel
    walk.qtbot.waitUntil(lambda: verdict.isVisible() and not panel.is_running, timeout=30_000)
    walk.check_pages(compare, "Compare, answered")


def walk_documents(walk: Walk, tmp_path: Path) -> None:
    """A collection with a skipped file, embedded by a remote model; a search with hits, the check, a bad CSV."""
    walk.show_tab("Documents")
    panel = walk.window.documents_panel
    assert panel is not None
    walk.check(walk.window, "Documents, no collection")
    folder = tmp_path / "quarterly-board-papers-and-supplier-contracts"
    if not folder.exists():
        shutil.copytree(EVAL_DIR, folder)
    panel.create_collection("Board papers and supplier contracts, 2024")
    panel.add_paths([folder])
    walk.check(walk.window, "Documents, indexing")
    walk.qtbot.waitUntil(lambda: not panel.is_indexing, timeout=30_000)
    panel.set_embedding_model("openai:text-embedding-3-small")
    walk.qtbot.waitUntil(lambda: not panel.is_indexing, timeout=30_000)
    panel.search_view.search("notice to terminate the Acme supply agreement")
    walk.qtbot.waitUntil(lambda: panel.search_view.hits != [], timeout=30_000)
    panel.check_view.run_check(folder / "questions.csv")
    walk.qtbot.waitUntil(lambda: panel.check_view.report is not None, timeout=60_000)
    walk.check_pages(panel, "Documents, indexed, searched and checked")
    panel.check_view.run_check(tmp_path / "missing-questions.csv")
    walk.qtbot.waitUntil(lambda: "cannot be read" in panel.check_view.status.text(), timeout=30_000)
    panel.views.setCurrentWidget(panel.check_view)
    walk.check(walk.window, "Documents, a bad questions file")


def walk_tasks(walk: Walk, local: FakeEngine) -> None:
    """The invoice built-in with its sample previewed, then run on a model: its matrix, a cell's detail."""
    local.respond = lambda _request: json.dumps(INVOICE_ANSWER)
    panel = walk.show_tab("Tasks")
    tasks = walk.window.tasks_panel
    assert tasks is not None
    library = find(panel, QListWidget, "Task library")
    library.setCurrentRow(next(i for i in range(library.count()) if library.item(i).text().startswith("Invoice")))
    tasks.load_table(builtin_tasks_dir() / "samples" / "invoice-fields.csv")
    walk.qtbot.waitUntil(lambda: tasks.data.table is not None, timeout=10_000)
    walk.check_pages(tasks, "Tasks, the invoice built-in")
    pick(tasks.run_page.findChild(ModelPicker), local.model_id)
    run = find(panel, QPushButton, "Run task")
    run.click()
    walk.qtbot.waitUntil(run.isEnabled, timeout=30_000)
    result = tasks.matrix.result
    assert result is not None and result.done == result.total == 6, tasks.run_page.status.fullText()
    tasks.matrix.select_cell(1, result.columns[0])
    walk.check_pages(tasks, "Tasks, a run's matrix")
    local.respond = None


def walk_models(walk: Walk) -> None:
    models = walk.show_tab("Models")
    status = find(models, QLabel, "Search status")
    walk.window.models_panel.search("qwen2.5 instruct gguf")
    walk.qtbot.waitUntil(lambda: "resolved" in status.text(), timeout=30_000)
    walk.check_pages(models, "Models, Hub unreachable")


def walk_offline(walk: Walk) -> None:
    """Offline mode: remote models listed as off, notices in the panels, "Offline" in the status bar."""
    walk.window.offline_action.setChecked(True)
    tabs = walk.window.centralWidget()
    assert isinstance(tabs, QTabWidget)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        walk.check_pages(tabs.currentWidget(), f"{tabs.tabText(index)}, offline")


def check_dialog(walk: Walk, dialog: QDialog, where: str) -> None:
    """Checks ``dialog`` at the size it opened with, then at its minimum size."""
    walk.qtbot.waitExposed(dialog)
    walk.check(dialog, f"{where}, {dialog.width()}×{dialog.height()}")
    opened = dialog.size()
    dialog.resize(1, 1)
    settle()
    walk.check(dialog, f"{where}, minimum {dialog.width()}×{dialog.height()}")
    dialog.resize(opened)
    settle()


def test_every_dialog_shows_all_its_text_and_nothing_overlaps(qtbot: QtBot, make_window, remote: FakeEngine) -> None:
    def refused(_config: ProviderConfig, _key: str | None) -> list[str]:
        raise UNREACHABLE

    window = make_window(test_connection=refused)
    window.resize(*SIZES[0])
    walk = Walk(qtbot, window, remote)

    providers = window.open_providers_dialog()
    check_dialog(walk, providers, "Providers")
    find(providers, QTableWidget, "Providers").selectRow(0)
    find(providers, QAbstractButton, "Edit provider").click()
    check_dialog(walk, providers, "Providers, editing smolsrv")
    find(providers, QAbstractButton, "Test connection").click()
    result = find(providers, QLabel, "Connection result")
    qtbot.waitUntil(lambda: "connection was refused" in result.text(), timeout=30_000)
    check_dialog(walk, providers, "Providers, connection refused")
    # The most crowded form: a new OpenAI-compatible provider (its URL hint shows) refused for its empty name.
    find(providers, QAbstractButton, "Add provider").click()
    kind = find(providers, QComboBox, "Provider kind")
    kind.setCurrentIndex(kind.findData("openai-compatible"))
    find(providers, QAbstractButton, "Save provider").click()
    assert find(providers, QLabel, "Form error").isVisible()
    check_dialog(walk, providers, "Providers, form error")
    providers.reject()

    for gpu in (GpuSupport(False, "this build has no GPU backend"), GpuSupport(True, "CUDA")):
        window = make_window(gpu=gpu)
        settings = window.open_model_settings_dialog()
        qtbot.waitUntil(lambda settings=settings: not settings.gpu_status.text().startswith("Checking"), timeout=30_000)
        check_dialog(walk, settings, f"Model settings, GPU {'offered' if gpu.supported else 'not offered'}")
        settings.reject()

    about = window.open_about_dialog()
    check_dialog(walk, about, "About")
    about.reject()

    seen: list[str] = []

    def check_then_cancel() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, check_then_cancel)
            return
        walk.check(box, f"Keychain prompt, {box.width()}×{box.height()}")
        seen.append(box.windowTitle())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, check_then_cancel)
    no_keychain = NoKeychainError(
        "No Secret Service is running on this session bus (org.freedesktop.secrets).",
        "Start GNOME Keyring or KWallet, or log in to a desktop session that provides one.",
    )
    assert ask_keep_for_session(window, no_keychain, "key") is False
    assert seen == ["No keychain available"]

    assert not walk.problems, report(walk.problems)
