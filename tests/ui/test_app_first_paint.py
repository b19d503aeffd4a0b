"""Start-up paints the window's frame first and builds the shown tab's panel right after, by itself.

Also the start-up benchmark's hook: PLINTH_EXIT_AFTER_SHOW reports the first paint and quits.
"""

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes import FakeEngine, registry_with
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from app.core.engines.registry import EngineRegistry
from app.core.history.store import Store
from app.core.offline import OfflineMode
from app.core.paths import Paths
from app.core.settings import SettingsStore
from app.ui.app import run_gui
from app.ui.main_window import MainWindow
from app.ui.panels.chat_panel import ChatPanel
from app.ui.window_services import WindowServices

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def engines() -> EngineRegistry:
    return registry_with(FakeEngine(model_id="local:fake"), "local")


@pytest.fixture
def history(paths: Paths) -> Iterator[Store]:
    with Store.open(paths.data_dir) as store:
        yield store


def named(window: QWidget, name: str) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.accessibleName() == name]


def menu_actions(window: MainWindow) -> dict[str, bool]:
    """Each menu entry's text (without "&") → whether it is enabled."""
    return {
        action.text().replace("&", ""): action.isEnabled()
        for menu_action in window.menuBar().actions()
        for action in menu_action.menu().actions()
        if not action.isSeparator()
    }


class WindowState:
    """What the main window shows at its first paint and when it is ready, recorded from outside."""

    def __init__(self, window: MainWindow, connected: list[str]) -> None:
        tabs = window.centralWidget()
        assert isinstance(tabs, QTabWidget)
        self.chat_panels = len(window.findChildren(ChatPanel))
        self.tabs_enabled = tabs.isEnabled()
        self.menus = menu_actions(window)
        self.connected = list(connected)
        self.focus = window.focusWidget().accessibleName() if window.focusWidget() is not None else None
        chat = window.findChild(ChatPanel)
        self.chat_enabled = chat is not None and chat.isEnabled()
        self.message_enabled = all(w.isEnabled() for w in named(window, "Message")) and bool(named(window, "Message"))


class StartWatcher(QObject):
    """Application-wide: records the main window's state at its first paint, and again when it is ready."""

    def __init__(self, connected: list[str]) -> None:
        super().__init__()
        self._connected = connected
        self.at_paint: WindowState | None = None
        self.at_ready: WindowState | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, MainWindow) and event.type() == QEvent.Type.Paint and self.at_paint is None:
            self.at_paint = WindowState(watched, self._connected)
            watched.ready.connect(lambda: self._on_window_ready(watched))
        return False

    def _on_window_ready(self, window: MainWindow) -> None:
        self.at_ready = WindowState(window, self._connected)
        QTimer.singleShot(0, window.close)


def test_the_frame_paints_before_the_chat_panel_which_is_then_built_and_enabled_by_itself(
    qapp: QApplication,
    engines: EngineRegistry,
    window_services,
    history: Store,
    paths: Paths,
) -> None:
    connected: list[str] = []

    def connect() -> WindowServices:
        connected.append("services")
        return window_services(engines, store=history)

    watcher = StartWatcher(connected)
    qapp.installEventFilter(watcher)
    style, sheet = qapp.style().name(), qapp.styleSheet()
    try:
        store = SettingsStore(paths.settings_file)
        code = run_gui(
            ["plinth"],
            store.load(),
            store,
            OfflineMode(),
            connect,
            compare=False,
            models_page=False,
            documents=False,
            tasks=False,
        )
    finally:
        qapp.removeEventFilter(watcher)
        qapp.setStyleSheet(sheet)
        qapp.setStyle(style)
    assert code == 0
    painted, ready = watcher.at_paint, watcher.at_ready
    assert painted is not None and ready is not None, "the window painted, then became ready with no user action"

    # The first paint: the real frame — menus, tabs, status bar — with the services still to come.
    assert painted.connected == [] and painted.chat_panels == 0
    assert not painted.tabs_enabled
    assert {text for text, enabled in painted.menus.items() if enabled} == {"Quit"}
    assert {"Providers…", "Offline mode", "Export all conversations…", "About Plinth"} <= set(painted.menus)

    # Then, by itself: the services, the chat panel, every control enabled, the keyboard in the message box.
    assert ready.connected == ["services"] and ready.chat_panels == 1
    assert ready.tabs_enabled and ready.chat_enabled and ready.message_enabled
    assert all(ready.menus.values())
    assert ready.focus == "Message"


def test_the_started_window_has_its_keys_once_ready(
    qtbot: QtBot,
    engines: EngineRegistry,
    window_services,
    history: Store,
    paths: Paths,
) -> None:
    store = SettingsStore(paths.settings_file)
    window = MainWindow.frame(store.load(), store, OfflineMode(), compare=False, models_page=False, history=True)
    qtbot.addWidget(window)
    window.frame_painted.connect(lambda: window.start(window_services(engines, store=history)))
    assert not window.is_ready
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.show()
    assert window.is_ready
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)  # shortcuts act in the active window only
    message = named(window, "Message")[0]
    qtbot.waitUntil(message.hasFocus, timeout=2000)
    tabs = window.centralWidget()
    assert isinstance(tabs, QTabWidget)
    ctrl = Qt.KeyboardModifier.ControlModifier

    qtbot.keyClick(message, Qt.Key.Key_2, ctrl)
    assert tabs.tabText(tabs.currentIndex()) == "Translate"
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_K, ctrl)
    assert tabs.tabText(tabs.currentIndex()) == "Chat" and named(window, "Search conversations")[0].hasFocus()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_3, ctrl)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, ctrl)
    assert tabs.tabText(tabs.currentIndex()) == "Chat" and message.hasFocus()
    file_menu = window.menuBar().actions()[0].menu()
    shortcuts = {a.text().replace("&", ""): a.shortcut().toString() for a in file_menu.actions()}
    assert shortcuts["Quit"] == "Ctrl+Q" and shortcuts["Providers…"] == "Ctrl+Shift+P"
    with pytest.raises(RuntimeError, match="started already"):
        window.start(window_services(engines, store=history))


@pytest.mark.slow
def test_the_real_app_reports_its_first_paint_then_that_it_is_ready_and_quits(tmp_path: Path) -> None:
    env = {**os.environ, "PLINTH_HOME": str(tmp_path / "home"), "PLINTH_EXIT_AFTER_SHOW": "0"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    started = time.time()
    done = subprocess.run([sys.executable, "-m", "app"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    shown = [line for line in done.stdout.splitlines() if line.startswith("plinth-shown ")]
    ready = [line for line in done.stdout.splitlines() if line.startswith("plinth-ready ")]
    assert len(shown) == 1 and len(ready) == 1, done.stdout
    assert started < float(shown[0].split()[1]) <= float(ready[0].split()[1]) < time.time()
    assert (tmp_path / "home").is_dir()  # it really started Plinth, with its data in PLINTH_HOME


def test_the_services_the_window_starts_with_load_no_library_a_tab_needs_only_when_used(tmp_path: Path) -> None:
    """Start-up builds every tab's services right after the first paint; the task checks' libraries (jsonschema,
    numpy) and the documents' readers load when they are first used, not then."""
    code = (
        "import sys\n"
        "from app.bootstrap import build_services, window_services\n"
        "services = build_services()\n"
        "window_services(services, services.store)\n"
        "services.close()\n"
        "print(sorted(m for m in ('jsonschema', 'numpy', 'pypdfium2', 'docx', 'openpyxl') if m in sys.modules))\n"
    )
    env = {**os.environ, "PLINTH_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
