from pathlib import Path

import pytest
from fakes import FakeEngine, registry_with
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.core.engines.registry import EngineRegistry
from app.core.model_directory import ModelDirectory
from app.core.providers import DEFAULT_MODELS, ProviderConfig, ProviderStore
from app.core.secrets import SecretStore
from app.core.settings import Settings, SettingsStore
from app.ui.app import run_gui
from app.ui.dialogs.providers_dialog import ProvidersDialog
from app.ui.main_window import MainWindow


def no_connection(_config: ProviderConfig, _key: str | None) -> list[str]:
    raise AssertionError("no connection test expected")


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine(model_id="local:fake")


@pytest.fixture
def engines(engine: FakeEngine) -> EngineRegistry:
    return registry_with(engine, "local")


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "config" / "settings.json")


@pytest.fixture
def open_window(qtbot: QtBot, models: ModelDirectory, providers: ProviderStore, secrets: SecretStore):  # noqa: ANN201
    def opener(engines: EngineRegistry, store: SettingsStore, warnings: tuple[str, ...] = ()) -> MainWindow:
        window = MainWindow(engines, models, store.load(), store, providers, secrets, no_connection, warnings)
        qtbot.addWidget(window)
        window.show()
        return window

    return opener


def named(window: QWidget, name: str) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.accessibleName() == name]


def test_window_opens_with_the_chat_controls(
    qtbot: QtBot, engines: EngineRegistry, store: SettingsStore, open_window
) -> None:
    window = open_window(engines, store)
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
    qtbot: QtBot, engines: EngineRegistry, store: SettingsStore, open_window
) -> None:
    window = open_window(engines, store)
    window.resize(700, 520)
    message = named(window, "Message")[0]
    assert isinstance(message, QPlainTextEdit)
    qtbot.keyClicks(message, "unsent thought")
    window.close()

    saved = store.load()
    assert saved.draft == "unsent thought"
    assert saved.last_model == "local:fake"
    assert saved.window_geometry

    reopened = open_window(engines, store)
    assert named(reopened, "Message")[0].toPlainText() == "unsent thought"  # type: ignore[attr-defined]
    assert (reopened.width(), reopened.height()) == (700, 520)


def test_quit_action_closes_the_window_and_saves(
    qtbot: QtBot, engines: EngineRegistry, store: SettingsStore, open_window
) -> None:
    window = open_window(engines, store)
    file_menu = window.menuBar().actions()[0].menu()
    next(a for a in file_menu.actions() if a.text() == "&Quit").trigger()
    assert not window.isVisible()
    assert store.path.is_file()


def test_closing_while_an_answer_streams_stops_it_cleanly(
    qtbot: QtBot, engines: EngineRegistry, engine: FakeEngine, store: SettingsStore, open_window
) -> None:
    window = open_window(engines, store)
    engine.enqueue(["Partial", " never"], hang_after=1)
    message = named(window, "Message")[0]
    qtbot.keyClicks(message, "Hello")
    qtbot.keyClick(message, Qt.Key.Key_Return)
    transcript = named(window, "Transcript")[0]
    qtbot.waitUntil(lambda: "Partial" in transcript.toPlainText(), timeout=5000)  # type: ignore[attr-defined]
    window.close()
    assert "stopped" in transcript.toPlainText()  # type: ignore[attr-defined]
    send = named(window, "Send")[0]
    assert isinstance(send, QPushButton) and send.isEnabled()
    assert store.path.is_file()


def test_startup_warnings_are_shown(
    qtbot: QtBot, engines: EngineRegistry, store: SettingsStore, open_window
) -> None:
    warning = "The settings file was damaged and has been set aside; Plinth started with default settings."
    window = open_window(engines, store, (warning,))
    assert window.statusBar().currentMessage() == warning


def test_a_damaged_settings_file_still_opens_the_window(
    qtbot: QtBot,
    engines: EngineRegistry,
    store: SettingsStore,
    models: ModelDirectory,
    providers: ProviderStore,
    secrets: SecretStore,
) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_text("{not json", encoding="utf-8")
    settings = store.load()
    window = MainWindow(engines, models, settings, store, providers, secrets, no_connection, store.warnings)
    qtbot.addWidget(window)
    assert "damaged" in window.statusBar().currentMessage()
    assert isinstance(settings, Settings)


def test_run_gui_opens_the_window_and_returns_the_exit_code(
    qtbot: QtBot,
    qapp: QApplication,
    engines: EngineRegistry,
    store: SettingsStore,
    models: ModelDirectory,
    providers: ProviderStore,
    secrets: SecretStore,
) -> None:
    style, sheet = qapp.style().name(), qapp.styleSheet()
    shown: list[str] = []

    def close_windows() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                shown.append(widget.windowTitle())
                widget.close()

    QTimer.singleShot(100, close_windows)
    try:
        code = run_gui(
            ["plinth"],
            engines=engines,
            models=models,
            settings=store.load(),
            settings_store=store,
            providers=providers,
            secrets=secrets,
            test_connection=no_connection,
            warnings=(),
        )
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setStyle(style)
    assert code == 0
    assert shown == ["Plinth"]
    assert qapp.applicationName() == "Plinth"
    assert store.path.is_file()


def test_providers_dialog_changes_reach_the_model_picker(
    qtbot: QtBot, engines: EngineRegistry, store: SettingsStore, open_window, secrets: SecretStore
) -> None:
    window = open_window(engines, store)
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
    assert combo.findData(f"openai:{DEFAULT_MODELS['openai'][0]}") > 1  # after the local model and the separator
    assert secrets.get("provider:openai") is not None
