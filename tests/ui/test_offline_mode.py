"""Offline mode in the window: the switch, what it turns off, and the done-when run.

The done-when test runs chat, translation and classification on the real
starter model and shows the Models page with offline mode on, while an audit
hook of this test's own (not the app's guard) records every address the test
process tries to reach.
"""

from __future__ import annotations

import socket
import sys
import threading
from collections.abc import Iterator
from html import escape
from pathlib import Path

import psutil
import pytest
from fakes import FakeEngine, registry_with
from helpers.widgets import find
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
)
from pytestqt.qtbot import QtBot

from app.bootstrap import Services, build_model_manager, build_services
from app.core.errors import OfflineError
from app.core.models.directory import ModelDirectory
from app.core.models.library import STARTER_ID
from app.core.offline import ENV_VAR, OfflineMode, install_socket_guard
from app.core.providers import ProviderConfig, ProviderStore
from app.core.secrets import SecretStore, provider_account
from app.core.settings import SettingsStore
from app.ui.main_window import MainWindow
from app.ui.panels.batch_view import BatchView
from app.ui.widgets.model_picker import OFFLINE_BADGE_TEXT
from app.ui.widgets.privacy_badge import PrivacyBadge
from app.ui.widgets.transcript import Transcript
from app.ui.window_services import WindowServices

ANSWER_TIMEOUT_MS = 120_000
_WATCHED = {
    "socket.connect",
    "socket.sendto",
    "socket.sendmsg",
    "socket.bind",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
}


def _local_name(host: object) -> bool:
    name = host.decode() if isinstance(host, bytes) else str(host)
    return name in ("localhost", "::1") or name.startswith("127.")


class SocketRecorder:
    """Records every address the process tries to reach while ``active``, by a rule of its own (not the app's)."""

    def __init__(self) -> None:
        self.active = False
        #: (event, address, whether it stays on this computer)
        self.seen: list[tuple[str, str, bool]] = []

    def hook(self, event: str, args: tuple) -> None:
        if not self.active or event not in _WATCHED:
            return
        if event == "socket.getaddrinfo":
            host, local = args[0], args[0] in (None, "", b"") or _local_name(args[0])
        elif event == "socket.getnameinfo":
            host, local = args[0][0], _local_name(args[0][0])
        elif event.startswith("socket.gethostby"):
            host, local = args[0], _local_name(args[0])
        elif args[1] is None:
            return  # sendmsg on a connected socket: its connect was recorded
        elif getattr(args[0], "family", None) == socket.AF_UNIX:
            host, local = "a Unix socket", True
        else:
            host = args[1][0] if isinstance(args[1], tuple) else args[1]
            local = _local_name(host)  # "" and 0.0.0.0 (every address) are not
        self.seen.append((event, str(host), local))

    def far(self) -> list[tuple[str, str]]:
        return [(event, host) for event, host, local in self.seen if not local]


# Audit hooks run in the order they were added and cannot be removed. This
# one goes in when pytest imports this module (collection), before any test
# can install the app's guard, so it also sees what the guard would refuse.
RECORDER = SocketRecorder()
sys.addaudithook(RECORDER.hook)


def add_providers(providers: ProviderStore, secrets: SecretStore) -> None:
    providers.upsert(ProviderConfig("oa", "openai"))
    providers.upsert(ProviderConfig("box", "openai-compatible", base_url="http://127.0.0.1:9/v1", models=["m1"]))
    secrets.set(provider_account("oa"), "sk-test-0123456789abcdef", session_only=True)


def remote_items(combo: QComboBox) -> list[tuple[str, bool]]:
    """(text, enabled) of each remote model listed (ids with a provider prefix other than local)."""
    model = combo.model()
    out = []
    for i in range(combo.count()):
        model_id = combo.itemData(i)
        if isinstance(model_id, str) and ":" in model_id and not model_id.startswith("local:"):
            out.append((combo.itemText(i), model.item(i).isEnabled()))  # type: ignore[attr-defined]
    return out


# -- the switch, with scripted engines ------------------------------------------------------------------


@pytest.fixture
def window_parts(tmp_path: Path, models: ModelDirectory, providers: ProviderStore, secrets: SecretStore):  # noqa: ANN201
    add_providers(providers, secrets)
    mode = OfflineMode()
    directory = ModelDirectory(models.library, providers, secrets, mode)
    engine = FakeEngine(model_id="local:fake")
    engines = registry_with(engine, "local")
    engines.offline = mode
    store = SettingsStore(tmp_path / "config" / "settings.json")
    return mode, directory, engines, store, providers, secrets


def open_window(qtbot: QtBot, parts, tested: list | None = None) -> MainWindow:  # noqa: ANN001
    mode, directory, engines, store, providers, secrets = parts

    def record_test(config: ProviderConfig, key: str | None) -> list[str]:
        if tested is None:
            raise AssertionError("no connection test expected")
        tested.append(config.name)
        return ["m1"]

    window = MainWindow(
        store.load(), store, WindowServices(engines, directory, providers, secrets, record_test), offline=mode
    )
    qtbot.addWidget(window)
    window.show()
    return window


def test_switch_turns_remote_models_off_in_every_picker_and_is_saved(qtbot: QtBot, window_parts) -> None:
    mode, _directory, _engines, store, *_ = window_parts
    window = open_window(qtbot, window_parts)
    action = window.offline_action
    indicator = find(window, QLabel, "Offline mode")
    panels = (window.chat_panel, window.translation_panel, window.classification_panel)
    pickers = [find(p, QComboBox, n) for p, n in zip(panels, ("Model", "Translation model", "Classification model"))]
    assert action.isCheckable() and not action.isChecked() and action.isEnabled()
    assert action.shortcut().toString() == "Ctrl+Shift+O"
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert action in file_menu.actions()
    assert indicator.isHidden()
    assert all(
        remote_items(p) and all(enabled and "(offline)" not in text for text, enabled in remote_items(p))
        for p in pickers
    )

    action.trigger()
    assert mode.enabled and store.load().offline is True
    assert indicator.isVisible() and indicator.text() == "Offline"
    assert "Offline mode is on (turned on in File › Offline mode)" in indicator.toolTip()
    for picker in pickers:
        items = remote_items(picker)
        assert items and all(not enabled and text.endswith(" (offline)") for text, enabled in items)
        assert picker.currentData() == "local:fake", "the local model stays picked"
    assert find(window.chat_panel, PrivacyBadge, "Privacy").fullText() == "Stays on this computer"
    assert diagnostics_line(window) == "Offline mode: on (turned on in File › Offline mode)"

    action.trigger()
    assert not mode.enabled and store.load().offline is False and indicator.isHidden()
    assert all(all(enabled for _t, enabled in remote_items(p)) for p in pickers)
    assert diagnostics_line(window) == "Offline mode: off"


REFUSAL = "box:m1 is a remote model and offline mode is on; turn offline mode off (Ctrl+Shift+O) or pick a local model."


def test_offline_keeps_the_remote_chat_model_refuses_to_send_and_gives_it_back(qtbot: QtBot, window_parts) -> None:
    engine = window_parts[2].get("local:fake")
    window = open_window(qtbot, window_parts)
    chat = window.chat_panel
    combo = find(chat, QComboBox, "Model")
    combo.setCurrentIndex(combo.findData("box:m1"))
    message = find(chat, QPlainTextEdit, "Message")
    status, notice = find(chat, QLabel, "Status"), find(chat, QLabel, "Notice")
    badge = find(chat, PrivacyBadge, "Privacy")
    assert badge.fullText().startswith("Sent to box")

    window.offline_action.trigger()
    assert combo.currentData() == "box:m1", "the selection is kept, not swapped for a local model"
    assert combo.currentText() == "box:m1 (offline)"
    assert badge.fullText() == OFFLINE_BADGE_TEXT and REFUSAL in badge.toolTip()
    assert notice.isVisible() and escape(REFUSAL) in notice.text()
    assert not find(chat, QPushButton, "Send").isEnabled()

    message.setFocus()
    qtbot.keyClicks(message, "Hello")
    qtbot.keyClick(message, Qt.Key.Key_Return)
    assert status.text() == REFUSAL
    assert message.toPlainText() == "Hello", "the message stays, ready to send"
    assert engine.requests == [] and "Hello" not in find(chat, Transcript, "Transcript").toPlainText()

    # A restart while offline keeps the choice too.
    restarted = open_window(qtbot, window_parts)
    assert find(restarted.chat_panel, QComboBox, "Model").currentData() == "box:m1"

    window.offline_action.trigger()
    assert combo.currentData() == "box:m1" and combo.currentText() == "box:m1"
    assert badge.fullText().startswith("Sent to box")
    assert notice.isHidden() and status.text() == ""
    assert find(chat, QPushButton, "Send").isEnabled(), "usable again without picking it again"


def test_offline_keeps_the_remote_model_of_every_task_panel(qtbot: QtBot, window_parts) -> None:
    window = open_window(qtbot, window_parts)
    panels = {"Translation": window.translation_panel, "Classification": window.classification_panel}
    for name, panel in panels.items():
        combo = find(panel, QComboBox, f"{name} model")
        combo.setCurrentIndex(combo.findData("box:m1"))
    window.offline_action.trigger()
    for name, panel in panels.items():
        combo = find(panel, QComboBox, f"{name} model")
        assert combo.currentData() == "box:m1" and combo.currentText() == "box:m1 (offline)", name
        assert find(panel, PrivacyBadge, "Privacy").fullText() == OFFLINE_BADGE_TEXT, name
        notice = find(panel, QLabel, f"{name} notice")
        assert not notice.isHidden() and escape(REFUSAL) in notice.text(), name
        # A batch run is refused with the reason, not with "No model is selected".
        panel.findChild(BatchView).run_requested.emit()
        assert REFUSAL in find(panel, QLabel, "Batch error").text(), name
    window.offline_action.trigger()
    for name, panel in panels.items():
        assert find(panel, QComboBox, f"{name} model").currentData() == "box:m1", name
        assert find(panel, QLabel, f"{name} notice").isHidden(), name


def diagnostics_line(window: MainWindow) -> str:
    return next(line for line in window.diagnostics_text().splitlines() if line.startswith("Offline mode"))


def test_plinth_offline_variable_checks_and_locks_the_switch(
    qtbot: QtBot, window_parts, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, "1")
    _mode, directory, engines, store, providers, secrets = window_parts
    forced = OfflineMode.from_environment(False)
    directory.offline = forced
    engines.offline = forced
    window = open_window(qtbot, (forced, directory, engines, store, providers, secrets))
    action = window.offline_action
    assert action.isChecked() and not action.isEnabled()
    assert f"{ENV_VAR}=1 is set" in action.toolTip()
    assert find(window, QLabel, "Offline mode").isVisible()
    assert f"({ENV_VAR}=1 is set)" in find(window, QLabel, "Offline mode").toolTip()
    assert all(not enabled for _t, enabled in remote_items(find(window, QComboBox, "Model")))
    with pytest.raises(OfflineError):
        engines.get("oa:gpt-4o-mini")


def test_providers_dialog_refuses_a_connection_test_while_offline(qtbot: QtBot, window_parts) -> None:
    mode = window_parts[0]
    tested: list[str] = []
    window = open_window(qtbot, window_parts, tested)
    window.offline_action.trigger()
    dialog = window.open_providers_dialog()
    table = find(dialog, QTableWidget, "Providers")
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "box")
    table.selectRow(row)
    find(dialog, QPushButton, "Edit provider").click()
    find(dialog, QPushButton, "Test connection").click()
    result = find(dialog, QLabel, "Connection result")
    assert result.text().startswith("Offline mode is on: connection tests are off")
    assert "Ctrl+Shift+O" in result.text()
    assert tested == []
    mode.set_saved(False)
    find(dialog, QPushButton, "Test connection").click()
    qtbot.waitUntil(lambda: result.text().startswith("Connected"), timeout=10_000)
    assert tested == ["box"]
    dialog.reject()


# -- the done-when run on the real starter model ----------------------------------------------------------------


class ChildSockets:
    """Samples every descendant process's internet sockets while the panels run.

    The audit hook sees only this process; the llama.cpp engine runs in a
    spawned child, which this checks from outside with psutil. Sampling
    every 20 ms can miss a socket opened and closed between two samples; the
    final check after each run sees any that is still open.
    """

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.pids: set[int] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="child-socket-sampler", daemon=True)

    def __enter__(self) -> ChildSockets:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def sample(self) -> None:
        for child in psutil.Process().children(recursive=True):
            try:
                connections = child.net_connections(kind="inet")
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
            self.pids.add(child.pid)
            self.seen += [f"{child.pid} {c.laddr} -> {c.raddr}" for c in connections]

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.sample()


@pytest.fixture
def services(starter_path: Path) -> Iterator[Services]:
    built = build_services()
    # Short answers keep the test quick on a slow or busy machine.
    built.settings.max_tokens = 48
    add_providers(built.providers, built.secrets)
    guard = install_socket_guard(built.offline)
    yield built
    built.close()
    # The guard stays in this process for good: point it at nothing.
    guard.follow(None)


@pytest.mark.slow
def test_offline_mode_runs_every_panel_on_the_local_model_without_a_socket_beyond_loopback(
    qtbot: QtBot, services: Services, open_main_window
) -> None:
    window = open_main_window(
        services.engines,
        services.settings_store,
        settings=services.settings,
        offline=services.offline,
        models=ModelDirectory(services.library, services.providers, services.secrets, services.offline),
        providers=services.providers,
        secrets=services.secrets,
        warnings=services.warnings,
        model_manager=build_model_manager(services),
    )
    tabs = find(window, QTabWidget, "Panels")
    # The recorder is live: a loopback lookup shows up (and is local).
    RECORDER.seen.clear()
    RECORDER.active = True
    socket.getaddrinfo("localhost", 80)
    assert ("socket.getaddrinfo", "localhost", True) in RECORDER.seen
    try:
        window.offline_action.trigger()
        assert services.offline.enabled
        with ChildSockets() as children:
            run_chat(qtbot, window)
            children.sample()
            run_translation(qtbot, window)
            children.sample()
            run_classification(qtbot, window)
            children.sample()
            tabs.setCurrentWidget(window.models_panel)
            check_models_page(qtbot, window)
            children.sample()
        pid = services.engines.get(STARTER_ID).pid  # type: ignore[attr-defined]
    finally:
        RECORDER.active = False
        window.close()
    assert pid in children.pids, "the engine's child was watched"
    assert children.seen == [], "the llama.cpp child process opened an internet socket"
    assert RECORDER.far() == [], "an address beyond this computer was tried"
    assert install_socket_guard(services.offline).blocked == []
    for name in ("Model", "Translation model", "Classification model"):
        items = remote_items(find(window, QComboBox, name))
        assert items and all(not enabled and text.endswith(" (offline)") for text, enabled in items), name


def run_chat(qtbot: QtBot, window: MainWindow) -> None:
    message = find(window, QPlainTextEdit, "Message")
    qtbot.keyClicks(message, "Say hello")
    qtbot.keyClick(message, Qt.Key.Key_Return)
    send, stop = find(window, QPushButton, "Send"), find(window, QPushButton, "Stop")
    qtbot.waitUntil(lambda: send.isEnabled() and not stop.isEnabled(), timeout=ANSWER_TIMEOUT_MS)
    assert "tok/s" in find(window, Transcript, "Transcript").toPlainText(), "the answer and its stats"


def run_translation(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.translation_panel
    find(window, QTabWidget, "Panels").setCurrentWidget(panel)
    find(panel, QPlainTextEdit, "Source text").setPlainText("Good morning, friends.")
    translate = find(panel, QPushButton, "Translate")
    qtbot.mouseClick(translate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: translate.isEnabled() and not panel.active_model_ids, timeout=ANSWER_TIMEOUT_MS)
    assert find(panel, QPlainTextEdit, "Translation").toPlainText().strip()


def run_classification(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.classification_panel
    find(window, QTabWidget, "Panels").setCurrentWidget(panel)
    labels: QTableWidget = find(panel, QTableWidget, "Labels")
    labels.setRowCount(2)
    for row, name in enumerate(("positive", "negative")):
        labels.setItem(row, 0, QTableWidgetItem(name))
        labels.setItem(row, 1, QTableWidgetItem(""))
    find(panel, QPlainTextEdit, "Text to classify").setPlainText("I loved it, best film of the year!")
    classify = find(panel, QPushButton, "Classify")
    qtbot.mouseClick(classify, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(classify.isEnabled, timeout=ANSWER_TIMEOUT_MS)
    assert find(panel, QLabel, "Result").text() in ("positive", "negative")


def check_models_page(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.models_panel
    assert panel is not None
    notice = find(panel, QLabel, "Offline notice")
    qtbot.waitUntil(notice.isVisible)
    assert "The Hugging Face Hub is not contacted" in notice.text()
    assert not find(panel, QLineEdit, "Search models").isEnabled()
    assert not find(panel, QPushButton, "Search").isEnabled()
    assert find(panel, QLabel, "Search status").text().startswith("Offline mode is on")
    catalogue = find(panel, QTableWidget, "Catalogue")
    buttons = [catalogue.cellWidget(r, 8) for r in range(catalogue.rowCount())]
    assert buttons and all(isinstance(b, QPushButton) and not b.isEnabled() for b in buttons)
    # The page's own work (reading this computer's memory, the installed models) still runs.
    qtbot.waitUntil(lambda: not panel.busy, timeout=30_000)
