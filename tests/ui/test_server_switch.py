"""File › Server and File › Server tokens… in the main window: menus, the status bar's line, failures."""

import re
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx2 as httpx
import pytest
from fakes import FakeEngine, registry_with
from helpers.message_boxes import answer_message_box
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.bootstrap import build_services, window_services
from app.core.engines.embedding import EmbeddingEngine
from app.core.errors import UserFacingError
from app.core.models.directory import ModelDirectory
from app.core.offline import OfflineMode
from app.core.paths import Paths
from app.core.server.app import ServerDeps, create_app
from app.core.server.runner import ServerRunner
from app.core.server.tokens import TokenStore
from app.core.settings import Settings, SettingsStore
from app.ui.main_window import MainWindow
from app.ui.server_services import DEFAULT_PORT, RunningServer, ServerServices, runner_start
from app.ui.server_switch import OFFLINE_MESSAGE, SHORTCUT, ServerSwitch, State
from app.ui.widgets.history_sidebar import HistorySidebar


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


class _Stuck:
    """A started server whose stop fails: the switch must not stay stuck in "stopping"."""

    address = "http://127.0.0.1:1/v1"
    active_requests = 0
    served = 0

    def stop(self) -> None:
        raise OSError("the socket would not close")


def test_a_stop_that_fails_is_logged_and_frees_the_switch(
    qtbot: QtBot,
    open_main_window: Callable[..., MainWindow],
    settings_store: SettingsStore,
    tokens: TokenStore,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window, switch = open_window(open_main_window, settings_store, ServerServices(tokens, lambda _port: _Stuck()))
    switch.action.trigger()
    qtbot.waitUntil(lambda: switch.state is State.ON, timeout=5000)
    switch.action.trigger()
    qtbot.waitUntil(lambda: switch.state is State.OFF, timeout=5000)
    assert switch.action.isEnabled() and not switch.action.isChecked()
    assert any("did not stop cleanly" in r.getMessage() for r in caplog.records)


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


# -- the real server: S1's runner and app on a free port of 127.0.0.1 ------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine(model_id="local:fake")


@pytest.fixture
def started_servers() -> list[RunningServer]:
    """Every server the ``live`` windows started, in order."""
    return []


@pytest.fixture
def live(
    started_servers: list[RunningServer],
    qtbot: QtBot,
    open_main_window: Callable[..., MainWindow],
    settings_store: SettingsStore,
    tokens: TokenStore,
    models: ModelDirectory,
    engine: FakeEngine,
) -> Callable[..., tuple[MainWindow, ServerSwitch]]:
    """Opens a window whose Server switch runs the real local API over ``engine`` and the fixtures' models."""

    def opener(port: int | None = None, offline: OfflineMode | None = None) -> tuple[MainWindow, ServerSwitch]:
        engines = registry_with(engine, "local")
        switch_offline = offline or OfflineMode()

        def recording(start: Callable[[int], RunningServer]) -> Callable[[int], RunningServer]:
            def record(port: int) -> RunningServer:
                started_servers.append(start(port))
                return started_servers[-1]

            return record

        def make_app() -> object:
            return create_app(ServerDeps(engines, models, _no_embedding, tokens, switch_offline))

        window = open_main_window(
            engines,
            settings_store,
            settings=Settings(server_port=port or free_port()),
            offline=switch_offline,
            server=ServerServices(tokens, recording(runner_start(make_app))),
        )
        assert window.server_switch is not None
        return window, window.server_switch

    return opener


def _no_embedding(model_id: str) -> EmbeddingEngine:
    raise AssertionError(f"no embedding expected ({model_id})")


def turn_on(qtbot: QtBot, switch: ServerSwitch) -> RunningServer:
    switch.action.trigger()
    assert switch.state is State.STARTING and not switch.action.isEnabled()
    qtbot.waitUntil(lambda: switch.state is State.ON, timeout=15_000)
    assert switch.server is not None
    return switch.server


def make_token(qtbot: QtBot, switch: ServerSwitch, name: str) -> str:
    switch.tokens_action.trigger()
    dialog = switch.tokens_dialog
    assert dialog is not None
    dialog.name_edit.setText(name)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    return dialog.secret_edit.text()


def served(switch: ServerSwitch) -> tuple[int, int]:
    """(in flight, served) as the status bar says them."""
    match = re.search(r"· (\d+) now · (\d+) served", switch.status.text())
    assert match, switch.status.text()
    return int(match[1]), int(match[2])


def test_a_token_made_in_the_dialog_lists_the_models_and_the_status_bar_counts(
    qtbot: QtBot, live: Callable[..., tuple[MainWindow, ServerSwitch]], models: ModelDirectory
) -> None:
    window, switch = live()
    secret = make_token(qtbot, switch, "editor")
    server = turn_on(qtbot, switch)
    assert server.address == f"http://127.0.0.1:{switch.port}/v1"
    assert switch.status.text() == f"Server: {server.address} · 0 now · 0 served"

    with httpx.Client(base_url=server.address, timeout=10) as client:
        answer = client.get("/models", headers={"Authorization": f"Bearer {secret}"})
        assert answer.status_code == 200
        listed = {m["id"] for m in answer.json()["data"]}
        assert {c.model_id for c in models.choices() if c.destination is None} <= listed and listed
        assert client.get("/models").status_code == 401
    qtbot.waitUntil(lambda: served(switch) == (0, 2), timeout=3000)

    # Revoked in the dialog: the program's next request is refused.
    dialog = switch.tokens_dialog
    assert dialog is not None
    dialog.select("editor")
    answer_message_box("Yes")
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    assert dialog.names() == []
    with httpx.Client(base_url=server.address, timeout=10) as client:
        refused = client.get("/models", headers={"Authorization": f"Bearer {secret}"})
    assert refused.status_code == 401 and refused.json()["error"]["code"] == "invalid_api_key"


def test_a_streaming_answer_shows_as_in_flight_and_switching_off_frees_the_port(
    qtbot: QtBot, live: Callable[..., tuple[MainWindow, ServerSwitch]], engine: FakeEngine
) -> None:
    window, switch = live()
    secret = make_token(qtbot, switch, "script")
    server = turn_on(qtbot, switch)
    engine.enqueue(["Hel", "lo"], hang_after=1)
    body = {"model": "local:fake", "messages": [{"role": "user", "content": "Hi"}], "stream": True}
    got: list[str] = []
    leave = threading.Event()

    def ask() -> None:
        with (
            httpx.Client(base_url=server.address, timeout=10) as client,
            client.stream("POST", "/chat/completions", json=body, headers={"Authorization": f"Bearer {secret}"}) as r,
        ):
            for line in r.iter_lines():
                got.append(line)
                if "Hel" in line:
                    leave.wait(10)
                    return  # the client goes away mid-answer

    thread = threading.Thread(target=ask)
    thread.start()
    qtbot.waitUntil(lambda: any("Hel" in line for line in got), timeout=5000)
    qtbot.waitUntil(lambda: served(switch) == (1, 0), timeout=3000)
    leave.set()
    thread.join(10)
    # The disconnect ends the request (and the engine's answer): nothing in flight, one served.
    qtbot.waitUntil(lambda: served(switch) == (0, 1), timeout=5000)
    assert engine.requests[0].messages[-1].content == "Hi"

    port = switch.port
    switch.action.trigger()
    assert switch.state is State.STOPPING and switch.status.text() == "Server stopping…"
    qtbot.waitUntil(lambda: switch.state is State.OFF, timeout=15_000)
    assert not listening(port) and switch.status.text() == "Server off" and not switch.action.isChecked()
    # And on again, on the same port.
    assert turn_on(qtbot, switch).address.endswith(f":{port}/v1") and listening(port)
    window.close()


def test_quit_stops_the_server(qtbot: QtBot, live: Callable[..., tuple[MainWindow, ServerSwitch]]) -> None:
    window, switch = live()
    turn_on(qtbot, switch)
    port = switch.port
    assert listening(port)
    quit_action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "&Quit")
    quit_action.trigger()
    assert not window.isVisible()
    assert not listening(port) and switch.state is State.OFF


def test_quit_while_the_server_starts_stops_it_once_it_listens(
    qtbot: QtBot, live: Callable[..., tuple[MainWindow, ServerSwitch]], started_servers: list[RunningServer]
) -> None:
    window, switch = live()
    port = switch.port
    switch.action.trigger()
    assert switch.state is State.STARTING
    window.close()
    # Closing waited for it to listen, then stopped it.
    (server,) = started_servers
    assert isinstance(server, ServerRunner) and not server.running
    assert not listening(port) and switch.state is State.OFF


def test_a_port_in_use_is_said_and_the_window_goes_on(
    qtbot: QtBot, live: Callable[..., tuple[MainWindow, ServerSwitch]]
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        window, switch = live(port=taken.getsockname()[1])
        switch.action.trigger()
        qtbot.waitUntil(lambda: switch.error_box is not None, timeout=15_000)
        box = switch.error_box
        assert box is not None and "in use" in box.text() and str(switch.port) in box.text()
        assert "Server tokens" in box.informativeText()
        assert switch.state is State.OFF and not switch.action.isChecked()
        box.close()


def test_offline_mode_is_said_when_the_server_starts(
    qtbot: QtBot, live: Callable[..., tuple[MainWindow, ServerSwitch]]
) -> None:
    window, switch = live(offline=OfflineMode(saved=True))
    turn_on(qtbot, switch)
    assert window.statusBar().currentMessage() == OFFLINE_MESSAGE
    window.close()


@pytest.fixture
def composed(qtbot: QtBot, paths: Paths, starter_path: Path) -> Iterator[tuple[MainWindow, ServerSwitch]]:
    """The window as start-up composes it (bootstrap's services, the starter model), on a free port."""
    services = build_services(paths)
    try:
        services.settings.server_port = free_port()
        window = MainWindow(services.settings, services.settings_store, window_services(services, services.store))
        qtbot.addWidget(window)
        window.show()
        assert window.server_switch is not None
        yield window, window.server_switch
        window.close()
    finally:
        services.close()


def test_the_composed_window_serves_its_own_models_with_tokens_from_the_shared_file(
    qtbot: QtBot, paths: Paths, composed: tuple[MainWindow, ServerSwitch]
) -> None:
    window, switch = composed
    secret = make_token(qtbot, switch, "editor")
    # The file ``plinth serve tokens`` reads and writes.
    assert "editor" in paths.server_tokens_file.read_text(encoding="utf-8")
    server = turn_on(qtbot, switch)
    with httpx.Client(base_url=server.address, timeout=10) as client:
        answer = client.get("/models", headers={"Authorization": f"Bearer {secret}"})
    assert answer.status_code == 200
    assert "starter" in {m["id"] for m in answer.json()["data"]}
    window.close()
    assert not listening(switch.port)


def test_a_request_kept_in_the_history_shows_in_the_chat_sidebar_at_once(
    qtbot: QtBot, paths: Paths, composed: tuple[MainWindow, ServerSwitch]
) -> None:
    window, switch = composed
    secret = make_token(qtbot, switch, "notes")
    TokenStore(paths.server_tokens_file).update("notes", save_history=True)
    sidebar = window.chat_panel.findChild(HistorySidebar)
    assert sidebar is not None

    def titles() -> list[str]:
        model = sidebar._view.model()
        return [str(model.index(row, 0).data()) for row in range(model.rowCount())]

    server = turn_on(qtbot, switch)
    body = {"model": "starter", "max_tokens": 4, "messages": [{"role": "user", "content": "Name a colour"}]}
    with httpx.Client(base_url=server.address, timeout=30) as client:
        answer = client.post("/chat/completions", json=body, headers={"Authorization": f"Bearer {secret}"})
    assert answer.status_code == 200, answer.text
    qtbot.waitUntil(lambda: any(t.startswith("API · notes") for t in titles()), timeout=10_000)
