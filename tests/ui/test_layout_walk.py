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
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fakes import FakeEngine, FakeLabelEngine
from helpers.documents import EVAL_DIR, HashedWordsEmbedder, TextPipeline
from helpers.layout_checks import clipping_problems, overlap_problems
from helpers.task_panels import task_services
from helpers.widgets import find
from PySide6.QtCore import QCoreApplication, QTimer
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

from app.core.compare.saved import open_comparisons
from app.core.diagnostics import GpuProbe, GpuSupport
from app.core.documents.store import DocumentStore
from app.core.engines.registry import EngineRegistry
from app.core.errors import NetworkError, NoKeychainError
from app.core.history.store import Store
from app.core.models.catalogue import Catalog
from app.core.models.directory import ModelDirectory
from app.core.models.downloads import Downloader
from app.core.models.hardware import detect_hardware
from app.core.models.library import ModelLibrary
from app.core.offline import OfflineMode
from app.core.paths import Paths
from app.core.providers import ProviderConfig, ProviderStore
from app.core.secrets import SecretStore
from app.core.settings import SettingsStore
from app.core.tasks.custom.library import builtin_tasks_dir
from app.ui.dialogs.keychain_prompt import ask_keep_for_session
from app.ui.main_window import MainWindow
from app.ui.panels.batch_view import BatchView
from app.ui.panels.documents.services import DocumentServices, EmbeddingChoice
from app.ui.panels.model_manager import ModelManager
from app.ui.widgets.model_picker import ModelPicker

SIZES = [(1024, 700), (1080, 760)]
SERVER = "http://127.0.0.1:53127/v1"
REMOTE = "smolsrv:smol"
UNREACHABLE = NetworkError(
    f"Cannot reach smolsrv at {SERVER}: the connection was refused.",
    "Check that the server is running and that the address in File › Providers is right, then try again.",
)
TITLES = [
    "Planning a three-week rail trip through the Alps in early autumn",
    "Why does my Python decorator lose the wrapped function's name?",
    "Summarise the quarterly report for the board meeting",
]
BATCH_FILE = "customer-support-tickets-2024-q3-export.csv"
#: What the local model answers the invoice task with, every row.
INVOICE_ANSWER = {"number": "RE-2024-0815", "vendor": "Hartmann Bürobedarf GmbH", "date": "2024-03-12",
                  "total": 362.36, "currency": "EUR"}  # fmt: skip
#: A second local model, a classifier that gives a probability per label.
LABELS = "local:labels"


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


def pick(picker: ModelPicker, model_id: str) -> None:
    combo = picker.findChild(QComboBox)
    combo.setCurrentIndex(combo.findData(model_id))
    assert picker.model_id == model_id


def text_of(widget: QWidget) -> str:
    return widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()  # type: ignore[attr-defined]


def settle() -> None:
    # Layouts apply in posted events, and a resize can queue another round.
    for _ in range(3):
        QCoreApplication.processEvents()


def report(problems: list[str]) -> str:
    return f"{len(problems)} layout defects:\n" + "\n".join(problems)


@pytest.fixture
def history(paths: Paths) -> Iterator[Store]:
    with Store.open(paths.data_dir) as store:
        for title in TITLES:
            cid = store.create_conversation(title=title, model_id=REMOTE, system_prompt="", settings={})
            store.add_message(cid, "user", f"{title}?")
            store.add_message(cid, "assistant", "Here is a long answer. " * 40, model_id=REMOTE)
        yield store


@pytest.fixture
def batch_csv(tmp_path: Path) -> Path:
    path = tmp_path / BATCH_FILE
    rows = ["text,label", "The parcel arrived broken,complaint", "Thanks for the quick fix,praise"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def documents(tmp_path: Path) -> Iterator[DocumentServices]:
    """Collections whose embedding model sends passages to a provider, so the privacy line names it."""
    embedder = HashedWordsEmbedder(model_id="openai:text-embedding-3-small")
    choices = [EmbeddingChoice(embedder.model_id, "OpenAI text-embedding-3-small", "OpenAI")]
    with DocumentStore.open(tmp_path / "documents.sqlite3") as store:
        yield DocumentServices(store, TextPipeline().pipeline, lambda _model_id: embedder, lambda: choices)


@pytest.fixture
def local() -> FakeEngine:
    return FakeEngine(model_id="local:fake")


@pytest.fixture
def remote() -> FakeEngine:
    return FakeEngine(model_id=REMOTE, destination=f"smolsrv ({SERVER})")


@pytest.fixture
def make_window(
    qtbot: QtBot, app_style: None, tmp_path: Path, paths: Paths, library: ModelLibrary, providers: ProviderStore,
    secrets: SecretStore, history: Store, local: FakeEngine, remote: FakeEngine, open_main_window,
    documents: DocumentServices,
) -> Callable[..., MainWindow]:  # fmt: skip
    providers.upsert(ProviderConfig("smolsrv", "openai-compatible", base_url=SERVER, models=["smol"]))
    mode = OfflineMode()
    directory = ModelDirectory(library, providers, secrets, mode)
    engines = EngineRegistry()
    (library.models_dir / "labels.gguf").write_bytes(b"GGUF")
    labels = FakeLabelEngine(model_id=LABELS)
    engines.register("local", lambda model_id: labels if model_id == LABELS else local)
    engines.register("smolsrv", lambda _model_id: remote)
    engines.offline = mode

    def unreachable_hub():  # noqa: ANN202 (never returns)
        raise NetworkError(
            "Cannot reach the Hugging Face Hub (huggingface.co): the name could not be resolved.",
            "Check the internet connection, or turn on offline mode to work with installed models only.",
        )

    manager = ModelManager(
        library=library,
        catalog=Catalog([]),
        make_hub=unreachable_hub,
        make_downloader=lambda: Downloader(library.models_dir),
        probe_hardware=lambda: detect_hardware(library.models_dir),
        secrets=secrets,
        offline=mode,
    )
    store = SettingsStore(tmp_path / "config" / "settings.json")

    def make(gpu: GpuSupport | None = None, test_connection=lambda *_: ["smol"]) -> MainWindow:  # noqa: ANN001
        window = open_main_window(
            engines, store, offline=mode, models=directory, test_connection=test_connection, model_manager=manager,
            comparisons=open_comparisons(history), store=history, paths=paths, documents=documents,
            tasks=task_services(tmp_path / "tasks-tab", engines.get),
            gpu_probe=GpuProbe(lambda: gpu or GpuSupport(False, "this build has no GPU backend")),
        )  # fmt: skip
        qtbot.waitExposed(window)
        return window

    return make


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
