"""File › Server and File › Server tokens… in the main window: menus, the status bar's line, failures."""

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from fakes import FakeEngine, registry_with
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.errors import UserFacingError
from app.core.offline import OfflineMode
from app.core.server.tokens import TokenStore
from app.core.settings import Settings, SettingsStore
from app.ui.main_window import MainWindow
from app.ui.server_services import DEFAULT_PORT, RunningServer, ServerServices
from app.ui.server_switch import SHORTCUT, ServerSwitch, State


@pytest.fixture
def settings_store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "config" / "settings.json")


@pytest.fixture
def tokens(tmp_path: Path) -> TokenStore:
    return TokenStore(tmp_path / "config" / "server-tokens.json")


def open_window(
    open_main_window: Callable[..., MainWindow],
    settings_store: SettingsStore,
    server: ServerServices | None,
    **more: object,
) -> tuple[MainWindow, ServerSwitch]:
    window = open_main_window(
        registry_with(FakeEngine(model_id="local:fake"), "local"), settings_store, server=server, **more
    )
    switch = window.server_switch
    assert switch is not None
    return window, switch


def file_menu_texts(window: MainWindow) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    return [a.text().replace("&", "") if not a.isSeparator() else "—" for a in menu.actions()]


def test_without_server_services_the_window_has_no_server_entries(
    qtbot: QtBot, open_main_window: Callable[..., MainWindow], settings_store: SettingsStore
) -> None:
    window = open_main_window(registry_with(FakeEngine(model_id="local:fake"), "local"), settings_store)
    assert window.server_switch is None
    assert "Server" not in file_menu_texts(window)


def test_the_file_menu_has_the_switch_and_the_tokens_and_the_status_bar_says_off(
    qtbot: QtBot, open_main_window: Callable[..., MainWindow], settings_store: SettingsStore, tokens: TokenStore
) -> None:
    window, switch = open_window(open_main_window, settings_store, ServerServices(tokens, _never_started))
    texts = file_menu_texts(window)
    # A group of its own after Providers, Offline mode and Model settings, before the archive and Quit.
    assert texts[texts.index("Model settings…") + 1 : texts.index("Server tokens…") + 2] == [
        "—",
        "Server",
        "Server tokens…",
        "—",
    ]
    assert switch.action.isCheckable() and not switch.action.isChecked()
    assert switch.action.shortcut().toString() == SHORTCUT
    assert switch.status.text() == "Server off" and switch.status.isVisibleTo(window)
    assert switch.state is State.OFF and switch.port == DEFAULT_PORT


def _never_started(port: int) -> RunningServer:
    raise AssertionError(f"no server expected (port {port})")


def test_a_start_that_fails_says_why_and_leaves_the_switch_off(
    qtbot: QtBot, open_main_window: Callable[..., MainWindow], settings_store: SettingsStore, tokens: TokenStore
) -> None:
    calls: list[tuple[int, bool]] = []

    def start(port: int) -> RunningServer:
        calls.append((port, threading.current_thread() is threading.main_thread()))
        raise UserFacingError(f"Port {port} is already in use.", "Choose another port in File › Server tokens….")

    settings = Settings(server_port=9123)
    window, switch = open_window(open_main_window, settings_store, ServerServices(tokens, start), settings=settings)
    switch.action.trigger()
    qtbot.waitUntil(lambda: switch.error_box is not None, timeout=5000)
    box = switch.error_box
    assert isinstance(box, QMessageBox) and "9123 is already in use" in box.text() and "another port" in box.text()
    # Started off the GUI thread, on the port the person chose.
    assert calls == [(9123, False)]
    assert switch.state is State.OFF and not switch.action.isChecked() and switch.action.isEnabled()
    assert switch.status.text() == "Server off" and "9123" in switch.status.toolTip()
    box.close()


def test_the_port_chosen_in_the_dialog_is_remembered(
    qtbot: QtBot, open_main_window: Callable[..., MainWindow], settings_store: SettingsStore, tokens: TokenStore
) -> None:
    window, switch = open_window(open_main_window, settings_store, ServerServices(tokens, _never_started))
    switch.tokens_action.trigger()
    dialog = switch.tokens_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.port_spin.setValue(9444)
    dialog.close()
    window.close()
    assert settings_store.load().server_port == 9444


def test_offline_mode_is_said_in_the_tokens_dialog(
    qtbot: QtBot, open_main_window: Callable[..., MainWindow], settings_store: SettingsStore, tokens: TokenStore
) -> None:
    offline = OfflineMode(saved=True)
    window, switch = open_window(
        open_main_window, settings_store, ServerServices(tokens, _never_started), offline=offline
    )
    dialog = switch.open_tokens_dialog()
    assert dialog.offline_label.isVisibleTo(dialog)
