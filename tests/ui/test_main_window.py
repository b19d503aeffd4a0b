import json
from pathlib import Path

import pytest
from fakes import FakeEngine, registry_with
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core.engines.registry import EngineRegistry
from app.core.offline import OfflineMode
from app.core.providers import KINDS
from app.core.secrets import SecretStore
from app.core.settings import Settings, SettingsStore
from app.ui.app import run_gui
from app.ui.dialogs.providers_dialog import ProvidersDialog
from app.ui.main_window import MainWindow
from app.ui.widgets.elided_label import ElidedLabel
from app.ui.window_services import WindowServices


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine(model_id="local:fake")


@pytest.fixture
def engines(engine: FakeEngine) -> EngineRegistry:
    return registry_with(engine, "local")


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "config" / "settings.json")


def named(window: QWidget, name: str) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.accessibleName() == name]


def test_window_opens_with_the_chat_controls(
    qtbot: QtBot, engines: EngineRegistry, store: SettingsStore, open_main_window
) -> None:
    window = open_main_window(engines, store)
    assert window.windowTitle() == "Plinth"
    for name in ("Model", "System prompt", "Message", "Transcript", "Send", "Stop", "Regenerate", "New chat", "Copy"):
        assert len(named(window, name)) == 1, name
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    assert set(menus) == {"File", "Help"}
    quit_action = next(a for a in menus["File"].actions() if a.text().replace("&", "") == "Quit")
    assert quit_action.shortcut().toString() == "Ctrl+Q"
    providers_action = next(a for a in menus["File"].actions() if a.text().replace("&", "") == "Providers…")
    assert providers_action.shortcut().toString() == "Ctrl+Shift+P"
    assert "Ctrl+Shift+P" in providers_action.toolTip()
    assert any("About" in a.text() for a in menus["Help"].actions())


def test_settings_are_saved_on_close_and_the_draft_survives(
    qtbot: QtBot, engines: EngineRegistry, store: SettingsStore, open_main_window
) -> None:
    window = open_main_window(engines, store)
    window.resize(700, 520)
    message = named(window, "Message")[0]
    assert isinstance(message, QPlainTextEdit)
    qtbot.keyClicks(message, "unsent thought")
    window.close()

    saved = store.load()
    assert saved.draft == "unsent thought"
    assert saved.last_model == "local:fake"
    assert saved.window_geometry

    reopened = open_main_window(engines, store)
    assert named(reopened, "Message")[0].toPlainText() == "unsent thought"  # type: ignore[attr-defined]
    assert (reopened.width(), reopened.height()) == (700, 520)


def test_quit_action_closes_the_window_and_saves(
    qtbot: QtBot, engines: EngineRegistry, store: SettingsStore, open_main_window
) -> None:
    window = open_main_window(engines, store)
    file_menu = window.menuBar().actions()[0].menu()
    next(a for a in file_menu.actions() if a.text() == "&Quit").trigger()
    assert not window.isVisible()
    assert store.path.is_file()


def test_closing_while_an_answer_streams_stops_it_cleanly(
    qtbot: QtBot, engines: EngineRegistry, engine: FakeEngine, store: SettingsStore, open_main_window
) -> None:
    window = open_main_window(engines, store)
    engine.enqueue(["Partial", " never"], hang_after=1)
    message = named(window, "Message")[0]
    qtbot.keyClicks(message, "Hello")
    qtbot.keyClick(message, Qt.Key.Key_Return)
    transcript = named(window, "Transcript")[0]
    qtbot.waitUntil(lambda: "Partial" in transcript.toPlainText(), timeout=5000)  # type: ignore[attr-defined]
    window.close()
    # The end of an answer may finish rendering over the next timer ticks.
    qtbot.waitUntil(lambda: "stopped" in transcript.toPlainText(), timeout=3000)  # type: ignore[attr-defined]
    send = named(window, "Send")[0]
    assert isinstance(send, QPushButton) and send.isEnabled()
    assert store.path.is_file()


def test_startup_warnings_are_shown(
    qtbot: QtBot, engines: EngineRegistry, store: SettingsStore, open_main_window
) -> None:
    warning = "The settings file was damaged and has been set aside; Plinth started with default settings."
    window = open_main_window(engines, store, warnings=(warning,))
    assert window.statusBar().currentMessage() == warning


def test_a_damaged_settings_file_still_opens_the_window(
    engines: EngineRegistry, store: SettingsStore, open_main_window
) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_text("{not json", encoding="utf-8")
    settings = store.load()
    window = open_main_window(engines, store, settings=settings, warnings=store.warnings)
    assert "damaged" in window.statusBar().currentMessage()
    assert isinstance(settings, Settings)


def test_run_gui_opens_the_window_and_returns_the_exit_code(
    qtbot: QtBot,
    qapp: QApplication,
    engines: EngineRegistry,
    store: SettingsStore,
    window_services,
) -> None:
    style, sheet = qapp.style().name(), qapp.styleSheet()
    shown: list[str] = []

    def close_windows() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                shown.append(widget.windowTitle())
                widget.close()

    def connect() -> WindowServices:
        # Closed once started: the frame has painted, and the window has its services.
        QTimer.singleShot(100, close_windows)
        return window_services(engines)

    settings = store.load()
    try:
        code = run_gui(
            ["plinth"],
            settings,
            store,
            OfflineMode(),
            connect,
            compare=False,
            models_page=False,
            history=False,
            documents=False,
            tasks=False,
        )
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setStyle(style)
    assert code == 0
    assert shown == ["Plinth"]
    assert qapp.applicationName() == "Plinth"
    assert store.path.is_file()


def test_providers_dialog_changes_reach_the_model_picker(
    qtbot: QtBot, engines: EngineRegistry, store: SettingsStore, open_main_window, secrets: SecretStore
) -> None:
    window = open_main_window(engines, store)
    file_menu = window.menuBar().actions()[0].menu()
    next(a for a in file_menu.actions() if a.text() == "&Providers…").trigger()
    dialog = window.findChild(ProvidersDialog)
    assert dialog is not None and dialog.isVisible() and dialog.isModal()

    def field(name: str) -> QWidget:
        return next(w for w in dialog.findChildren(QWidget) if w.accessibleName() == name)

    qtbot.mouseClick(field("Add provider"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field("Provider name"), "openai")
    kind = field("Provider kind")
    assert isinstance(kind, QComboBox) and kind.currentData() == "openai"
    key = field("API key")
    assert isinstance(key, QLineEdit) and key.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(key, "sk-test-0123456789abcdef")
    qtbot.mouseClick(field("Save provider"), Qt.MouseButton.LeftButton)
    combo = next(w for w in window.findChildren(QComboBox) if w.accessibleName() == "Model")
    assert combo.count() == 1, "the picker changes when the dialog closes"
    dialog.accept()

    qtbot.waitUntil(lambda: window.findChild(ProvidersDialog) is None, timeout=2000)
    assert combo.currentData() == "local:fake"
    assert combo.findData(f"openai:{KINDS['openai'].default_models[0]}") > 1  # after the local model and the separator
    assert secrets.get("provider:openai") is not None


# -- history: a store behind the chat ---------------------------------------------------------


@pytest.fixture
def history(tmp_path: Path):  # noqa: ANN201
    """Opens Stores on data dirs under tmp_path (closed at the end), as a restarted app would."""
    from app.core.history.store import Store

    opened: list[Store] = []

    def open_store(name: str = "data") -> Store:
        store = Store.open(tmp_path / name)
        opened.append(store)
        return store

    yield open_store
    for store in opened:
        store.close()


@pytest.fixture
def open_history_window(open_main_window):  # noqa: ANN001, ANN201
    def opener(engines: EngineRegistry, settings_store: SettingsStore, store) -> MainWindow:  # noqa: ANN001
        return open_main_window(engines, settings_store, store=store)

    return opener


def file_action(window: MainWindow, text: str):  # noqa: ANN201
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text().replace("&", "") == text)


def test_draft_tab_and_open_conversation_survive_a_crash(
    qtbot: QtBot, engines: EngineRegistry, engine: FakeEngine, store: SettingsStore, history, open_history_window
) -> None:
    window = open_history_window(engines, store, history())
    message = named(window, "Message")[0]
    assert isinstance(message, QPlainTextEdit)
    engine.enqueue(["Saved", " answer"])
    qtbot.keyClicks(message, "Remember this chat")
    qtbot.keyClick(message, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: named(window, "Send")[0].isEnabled(), timeout=5000)  # type: ignore[attr-defined]
    conversation = window.chat_panel.conversation_id
    assert conversation is not None
    assert store.load().extra.get("open_conversation") == conversation, "saved at once, not only at exit"

    qtbot.keyClicks(message, "unsent thought")
    tabs = window.findChild(QTabWidget)
    assert tabs is not None
    tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: store.load().draft == "unsent thought", timeout=3000)
    qtbot.waitUntil(lambda: store.load().extra.get("current_tab") == "Translate", timeout=3000)

    # No close: the process died. The next start reads only what was already on disk.
    restarted = open_history_window(engines, store, history())
    assert restarted.findChild(QTabWidget).tabText(restarted.findChild(QTabWidget).currentIndex()) == "Translate"
    # The chat is built when first asked for, from what was saved.
    assert named(restarted, "Message") == []
    chat = restarted.chat_panel
    assert named(chat, "Message")[0].toPlainText() == "unsent thought"  # type: ignore[attr-defined]
    assert chat.conversation_id == conversation
    transcript = named(chat, "Transcript")[0].toPlainText()  # type: ignore[attr-defined]
    assert "Remember this chat" in transcript and "Saved answer" in transcript


def test_export_all_then_import_round_trips_through_the_menu(
    qtbot: QtBot,
    engines: EngineRegistry,
    store: SettingsStore,
    history,
    open_history_window,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = history("source")
    for title, question, answer in [("Café ☕", "¿Qué tal?", "Très bien 👍"), ("", "שלום\u200b עולם", "مرحبا")]:
        cid = source.create_conversation(
            title=title, model_id="local:fake", system_prompt="Be kind.", settings={"temperature": 0.4}
        )
        source.add_message(cid, "user", question)
        source.add_message(cid, "assistant", answer, model_id="local:fake", stats={"tokens_out": 3}, state="done")
    source.set_pinned(cid, True)
    window = open_history_window(engines, store, source)
    archive_path = tmp_path / "archive"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(archive_path), "")))
    file_action(window, "Export all conversations…").trigger()
    written = archive_path.with_suffix(".json")
    assert "Exported 2 conversations" in window.statusBar().currentMessage()
    assert json.loads(written.read_text(encoding="utf-8"))["format"] == "plinth-archive"
    assert "Très bien 👍" in written.read_text(encoding="utf-8"), "UTF-8 text, not \\u escapes"

    target = history("target")
    other = open_history_window(engines, SettingsStore(tmp_path / "other" / "settings.json"), target)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: (str(written), "")))
    file_action(other, "Import conversations…").trigger()
    assert other.statusBar().currentMessage() == "Imported 2 conversations."
    assert other.chat_panel.history is not None and other.chat_panel.history.model.conversation_count == 2

    def comparable(archive: dict) -> list[dict]:
        return sorted(archive["conversations"], key=lambda c: c["uid"])

    assert comparable(target.export_archive()) == comparable(source.export_archive())

    file_action(other, "Import conversations…").trigger()
    assert other.statusBar().currentMessage() == "Imported 0 conversations; 2 conversations already here, skipped."


def test_import_takes_one_conversation_exported_as_json(
    qtbot: QtBot,
    engines: EngineRegistry,
    store: SettingsStore,
    history,
    open_history_window,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = history("source")
    cid = source.create_conversation(title="Just this one", model_id="local:fake")
    source.add_message(cid, "user", "Hello?")
    one = tmp_path / "one.json"
    one.write_text(source.export_conversation(cid, "json"), encoding="utf-8")  # what the sidebar's Export writes
    target = history("target")
    window = open_history_window(engines, store, target)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text, *_a: warnings.append(text)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: (str(one), "")))
    file_action(window, "Import conversations…").trigger()
    assert warnings == []
    assert window.statusBar().currentMessage() == "Imported 1 conversation."
    assert [c.title for c in target.list_conversations()] == ["Just this one"]


def test_importing_a_broken_archive_says_why(
    qtbot: QtBot,
    engines: EngineRegistry,
    store: SettingsStore,
    history,
    open_history_window,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_history_window(engines, store, history())
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, title, text, *_a: warnings.append((title, text)))
    )
    cases = {
        "not-json.json": b"{not json",
        "not-utf8.json": b"\xff\xfe\x00garbage",
        "wrong-format.json": json.dumps({"format": "something-else", "conversations": []}).encode(),
    }
    for name, content in cases.items():
        (tmp_path / name).write_bytes(content)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, n=name: (str(tmp_path / n), "")))
        file_action(window, "Import conversations…").trigger()
    assert [title for title, _text in warnings] == ["Could not import"] * 3
    assert "not-json.json is not a Plinth archive" in warnings[0][1]
    assert "not-utf8.json is not a Plinth archive" in warnings[1][1]
    assert warnings[2][1].strip()
    assert history().list_conversations() == []


def test_closing_mid_answer_saves_it_as_stopped(
    qtbot: QtBot, engines: EngineRegistry, engine: FakeEngine, store: SettingsStore, history, open_history_window
) -> None:
    chats = history()
    window = open_history_window(engines, store, chats)
    engine.enqueue(["Half", " of it", " never"], hang_after=2)
    message = named(window, "Message")[0]
    qtbot.keyClicks(message, "Hello")
    qtbot.keyClick(message, Qt.Key.Key_Return)
    transcript = named(window, "Transcript")[0]
    qtbot.waitUntil(lambda: "Half of it" in transcript.toPlainText(), timeout=5000)  # type: ignore[attr-defined]
    conversation = window.chat_panel.conversation_id
    window.close()
    answer = chats.get_conversation(conversation).messages[-1]
    assert (answer.content, answer.state) == ("Half of it", "cancelled")
    assert store.load().extra.get("open_conversation") == conversation


# -- keyboard: window-wide chat shortcuts ------------------------------------------------------


def test_chat_shortcuts_work_from_the_tab_bar_and_from_other_tabs(
    qtbot: QtBot, engines: EngineRegistry, engine: FakeEngine, store: SettingsStore, history, open_history_window
) -> None:
    window = open_history_window(engines, store, history())
    window.resize(1080, 760)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)  # shortcuts act in the active window only
    message = named(window, "Message")[0]
    transcript = named(window, "Transcript")[0]
    search = named(window, "Search conversations")[0]
    tabs = window.findChild(QTabWidget)
    assert tabs is not None
    bar = tabs.tabBar()
    qtbot.waitUntil(message.hasFocus, timeout=2000)  # the message box, not the tab bar, has focus at start

    engine.enqueue(["First answer"])
    qtbot.keyClicks(message, "Question")
    qtbot.keyClick(message, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "First answer" in transcript.toPlainText() and named(window, "Send")[0].isEnabled(), timeout=5000
    )  # type: ignore[attr-defined]

    ctrl = Qt.KeyboardModifier.ControlModifier
    bar.setFocus()
    engine.enqueue(["Second answer"])
    qtbot.keyClick(bar, Qt.Key.Key_R, ctrl)
    qtbot.waitUntil(
        lambda: "Second answer" in transcript.toPlainText() and named(window, "Send")[0].isEnabled(), timeout=5000
    )  # type: ignore[attr-defined]
    assert "First answer" not in transcript.toPlainText()  # type: ignore[attr-defined]
    bar.setFocus()
    QApplication.clipboard().clear()
    qtbot.keyClick(bar, Qt.Key.Key_C, ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.clipboard().text() == "Second answer"
    qtbot.keyClick(bar, Qt.Key.Key_K, ctrl)
    assert search.hasFocus()

    # A click on another tab, then Ctrl+K: back to the chat, in its history search.
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert tabs.tabText(tabs.currentIndex()) == "Translate"
    qtbot.keyClick(QApplication.focusWidget() or bar, Qt.Key.Key_K, ctrl)
    assert tabs.tabText(tabs.currentIndex()) == "Chat" and search.hasFocus()

    # Ctrl+N from another tab: a new chat, ready to type in.
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    assert tabs.tabText(tabs.currentIndex()) == "Classify"
    qtbot.keyClick(QApplication.focusWidget() or bar, Qt.Key.Key_N, ctrl)
    assert tabs.tabText(tabs.currentIndex()) == "Chat"
    assert transcript.toPlainText() == ""  # type: ignore[attr-defined]
    assert message.hasFocus()

    # Showing the chat again, by a click or Ctrl+1, puts the keyboard in the message box.
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    assert message.hasFocus()
    qtbot.keyClick(QApplication.focusWidget() or bar, Qt.Key.Key_2, ctrl)
    assert tabs.tabText(tabs.currentIndex()) == "Translate"
    qtbot.keyClick(QApplication.focusWidget() or bar, Qt.Key.Key_1, ctrl)
    assert message.hasFocus()
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_1, ctrl)
    assert message.hasFocus()


def test_the_message_box_has_focus_when_a_restored_tab_gives_way_to_the_chat(
    qtbot: QtBot, engines: EngineRegistry, store: SettingsStore, open_main_window
) -> None:
    settings = store.load()
    settings.extra["current_tab"] = "Translate"
    store.save(settings)
    window = open_main_window(engines, store)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    assert named(window, "Message") == [], "the chat is not built yet"
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    message = named(window, "Message")[0]
    qtbot.waitUntil(message.hasFocus, timeout=2000)


# -- the history sidebar's undo bar fits --------------------------------------------------------


@pytest.mark.parametrize("size", [(1080, 760), (1024, 700)])
def test_the_undo_bar_fits_in_the_sidebar(
    qtbot: QtBot, engines: EngineRegistry, store: SettingsStore, history, open_history_window, size: tuple[int, int]
) -> None:
    chats = history()
    title = "Paris travel plans for the whole family next summer, with every museum"
    cid = chats.create_conversation(title=title, model_id="local:fake")
    chats.add_message(cid, "user", "Where should we stay?")
    window = open_history_window(engines, store, chats)
    window.resize(*size)
    sidebar = window.chat_panel.history
    assert sidebar is not None
    splitter = sidebar.parentWidget()
    qtbot.waitUntil(lambda: sidebar.width() > 0 and window.width() == size[0], timeout=2000)
    sidebar.view.setCurrentIndex(sidebar.model.index_of(cid))
    sidebar.actions_by_name["Delete"].trigger()
    label = next(w for w in sidebar.findChildren(ElidedLabel) if w.accessibleName() == "Deleted")
    button = next(w for w in sidebar.findChildren(QPushButton) if w.accessibleName() == "Undo delete")

    def fits() -> bool:
        inside = sidebar.rect()
        top_left = button.mapTo(sidebar, button.rect().topLeft())
        bottom_right = button.mapTo(sidebar, button.rect().bottomRight())
        return button.isVisible() and inside.contains(top_left) and inside.contains(bottom_right)

    for width in (sidebar.width(), sidebar.minimumWidth()):
        splitter.setSizes([width, size[0] - width])  # type: ignore[attr-defined]
        qtbot.waitUntil(fits, timeout=2000)
        assert label.fullText() == f"Deleted “{title}”"
        assert label.isElided() and label.toolTip() == label.fullText()
        assert label.text().endswith("…")
        assert label.geometry().right() < button.geometry().left()


# -- the chat's privacy badge keeps its words ------------------------------------------------


@pytest.mark.parametrize("size", [(1080, 760), (1024, 700)])
def test_the_chat_privacy_badge_shows_its_whole_text(
    qtbot: QtBot, engines: EngineRegistry, store: SettingsStore, history, open_history_window, size: tuple[int, int]
) -> None:
    window = open_history_window(engines, store, history())
    window.resize(*size)
    badge = next(w for w in window.chat_panel.findChildren(ElidedLabel) if w.accessibleName() == "Privacy")
    qtbot.waitUntil(lambda: window.width() == size[0] and badge.width() > 0, timeout=2000)
    # The model's name gives way first (its combo's tooltip has it whole): where the text goes matters more.
    qtbot.waitUntil(lambda: badge.text() == "Stays on this computer", timeout=2000)
    assert not badge.isElided()
