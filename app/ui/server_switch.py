"""The window's part of the local API: File › Server (on/off), File › Server tokens…, and the status bar's line.

The server starts and stops off the GUI thread (starting waits until uvicorn listens; stopping lets requests
in flight finish, within a bound): the window keeps painting. While it runs the status bar shows its address
and the requests in flight and served, read every half second from the runner's counters. Closing the window
stops it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox

from app.ui.i18n import core_text, integer, translate
from app.ui.server_services import DEFAULT_PORT, RunningServer, ServerServices
from app.ui.window_menus import FILE_MENU
from app.workers.call_worker import CallWorker

if TYPE_CHECKING:
    from app.core.offline import OfflineMode
    from app.core.settings import Settings
    from app.ui.dialogs.server_tokens_dialog import ServerTokensDialog

SHORTCUT = "Ctrl+Shift+L"
log = logging.getLogger(__name__)

#: How often the status bar reads the request counters while the server runs.
POLL_MS = 500
#: How long closing the window waits for a server still starting, before it stops it.
CLOSE_WAIT_MS = 10_000
OFFLINE_MESSAGE = QT_TRANSLATE_NOOP(
    "ServerSwitch", "Offline mode is on: the server answers with local models only and refuses models behind an API."
)


class State(Enum):
    OFF = "off"
    STARTING = "starting"
    ON = "on"
    STOPPING = "stopping"


def saved_port(settings: Settings) -> int:
    """The port the person chose (``plinth serve`` uses it too), or the default when the saved one is damaged."""
    port = settings.server_port
    return port if isinstance(port, int) and 0 < port < 65536 else DEFAULT_PORT


class ServerStatus(QLabel):
    """The status bar's "Server off" / "Server: ADDRESS · N now · M served"."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("statusLine")
        self.setAccessibleName(self.tr("Server status"))
        self.show_off()

    def show_off(self, why: str = "") -> None:
        self.setText(self.tr("Server off"))
        self.setToolTip(
            why
            or self.tr("File › Server ({shortcut}) lets programs on this computer use Plinth's models").format(
                shortcut=SHORTCUT
            )
        )

    def show_busy(self, text: str) -> None:
        self.setText(text)

    def show_on(self, server: RunningServer) -> None:
        now, served = server.active_requests, server.served
        self.setText(
            self.tr("Server: {address} · {now} now · {served} served").format(
                address=server.address, now=integer(now), served=integer(served)
            )
        )
        self.setToolTip(
            self.tr(
                "OpenAI-compatible API at {address}: %n request(s) in flight, {served} answered. "
                "Programs send a token from File › Server tokens… as their API key.",
                None,
                now,
            ).format(address=server.address, served=integer(served))
        )


class ServerSwitch(QObject):
    """File › Server and File › Server tokens…, and the server they start: one per window.

    Installed on the window as an event filter, it stops the server when the window closes.
    """

    def __init__(
        self,
        window: QMainWindow,
        services: ServerServices,
        settings: Settings,
        save_settings: Callable[[], None],
        offline: OfflineMode,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._settings = settings
        self._save_settings = save_settings
        self._offline = offline
        self._state = State.OFF
        self._server: RunningServer | None = None
        self._worker: CallWorker | None = None
        #: A server started on the worker's thread, kept here as soon as it listens: the window may close
        #: before the worker's signal arrives, and must stop it then.
        self._started: list[RunningServer] = []
        self._lock = threading.Lock()
        self._dialog: ServerTokensDialog | None = None
        self.error_box: QMessageBox | None = None

        self.action = QAction(self.tr("&Server"), window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setToolTip(
            self.tr(
                "Serve Plinth's models to programs on this computer: an OpenAI-compatible API on 127.0.0.1 ({shortcut})"
            ).format(shortcut=SHORTCUT)
        )
        self.tokens_action = QAction(self.tr("Server &tokens…"), window)
        self.tokens_action.setToolTip(self.tr("Create and revoke the tokens programs use to reach the server"))
        self._add_to_file_menu(window)
        self.status = ServerStatus()
        window.statusBar().insertPermanentWidget(0, self.status)
        #: The runner's served count when the history was last re-read (requests may have been saved in it).
        self._served_seen = 0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.action.toggled.connect(self._on_action_toggled)
        self.tokens_action.triggered.connect(self._on_tokens_action_triggered)
        window.installEventFilter(self)

    def _add_to_file_menu(self, window: QMainWindow) -> None:
        """After the File menu's first group (Providers, Offline mode, Model settings), in a group of its own."""
        file_menu = next(a.menu() for a in window.menuBar().actions() if a.menu().objectName() == FILE_MENU)
        assert isinstance(file_menu, QMenu)
        # The menu always has one: above Quit.
        separator = next(a for a in file_menu.actions() if a.isSeparator())
        file_menu.insertSeparator(separator)
        file_menu.insertActions(separator, [self.action, self.tokens_action])

    # -- what the window and the tests ask --------------------------------------------------

    @property
    def state(self) -> State:
        return self._state

    @property
    def server(self) -> RunningServer | None:
        """The server running now, or None."""
        return self._server

    @property
    def port(self) -> int:
        return saved_port(self._settings)

    @property
    def tokens_dialog(self) -> ServerTokensDialog | None:
        """The Server tokens dialog while it is open."""
        return self._dialog

    def open_tokens_dialog(self) -> ServerTokensDialog:
        """Shows the Server tokens dialog (window-modal), or raises the one open."""
        if self._dialog is not None:
            self._dialog.raise_()
            return self._dialog
        from app.ui.dialogs.server_tokens_dialog import ServerTokensDialog

        dialog = ServerTokensDialog(
            self._services.tokens, self.port, offline=self._offline.enabled, parent=self._window
        )
        dialog.port_changed.connect(self._on_dialog_port_changed)
        dialog.finished.connect(self._on_dialog_finished)
        self._dialog = dialog
        dialog.open()
        return dialog

    def stop_now(self) -> None:
        """Stops the server at once (the window is closing): waits for one still starting, then stops it."""
        self._timer.stop()
        if self._worker is not None:
            worker, self._worker = self._worker, None
            worker.wait(CLOSE_WAIT_MS)
            worker.discard()
        with self._lock:
            servers, self._started = self._started, []
        for server in servers:
            server.stop()
        self._server = None
        self._set_state(State.OFF)

    # -- starting and stopping ---------------------------------------------------------------

    def _start(self) -> None:
        port = self.port
        self._set_state(State.STARTING, self.tr("Server starting on port {port}…").format(port=port))
        worker = CallWorker(lambda: self._start_off_thread(port), "Starting the server", self)
        worker.succeeded.connect(self._on_start_worker_succeeded)
        worker.failed.connect(self._on_start_worker_failed)
        self._worker = worker
        worker.start()

    def _start_off_thread(self, port: int) -> RunningServer:
        server = self._services.start(port)
        with self._lock:
            self._started.append(server)
        return server

    def _stop(self) -> None:
        server = self._server
        if server is None:
            return
        self._timer.stop()
        self._set_state(State.STOPPING, self.tr("Server stopping…"))
        worker = CallWorker(server.stop, "Stopping the server", self)
        worker.succeeded.connect(self._on_stop_worker_done)
        worker.failed.connect(self._on_stop_worker_failed)
        self._worker = worker
        worker.start()

    def _set_state(self, state: State, busy: str = "", why_off: str = "") -> None:
        self._state = state
        # Checked while it runs or is starting; the switch waits while the server starts or stops.
        self.action.blockSignals(True)
        self.action.setChecked(state in (State.STARTING, State.ON))
        self.action.blockSignals(False)
        self.action.setEnabled(state in (State.OFF, State.ON))
        if state is State.ON and self._server is not None:
            self.status.show_on(self._server)
        elif state is State.OFF:
            self.status.show_off(why_off)
        else:
            self.status.show_busy(busy)

    def _show_error(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self._window)
        box.setInformativeText(
            self.tr("The server's port ({port} now) is set in File › Server tokens….").format(port=self.port)
        )
        self.error_box = box
        box.open()

    # -- slots ---------------------------------------------------------------------------------

    @Slot(bool)
    def _on_action_toggled(self, checked: bool) -> None:
        if checked and self._state is State.OFF:
            self._start()
        elif not checked and self._state is State.ON:
            self._stop()

    @Slot(object)
    def _on_start_worker_succeeded(self, server: RunningServer) -> None:
        self._worker = None
        self._server = server
        self._set_state(State.ON)
        self._timer.start()
        if self._offline.enabled:
            self._window.statusBar().showMessage(translate("ServerSwitch", OFFLINE_MESSAGE), 10_000)

    @Slot(str, str)
    def _on_start_worker_failed(self, title: str, message: str) -> None:
        self._worker = None
        title, message = core_text(title), core_text(message)
        self._set_state(State.OFF, why_off=message)
        self._show_error(title, message)

    @Slot(str, str)
    def _on_stop_worker_failed(self, _title: str, message: str) -> None:
        # Its thread is a daemon: what did not stop ends with Plinth; the switch is free to start anew.
        log.warning("The server did not stop cleanly: %s", message)
        self._on_stop_worker_done()

    @Slot()
    def _on_stop_worker_done(self) -> None:
        self._worker = None
        with self._lock:
            self._started = [s for s in self._started if s is not self._server]
        self._server = None
        self._set_state(State.OFF)

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._state is State.ON and self._server is not None:
            self.status.show_on(self._server)
            served = self._server.served
            if served != self._served_seen:
                self._served_seen = served
                self._refresh_histories()

    def _refresh_histories(self) -> None:
        """Requests of tokens that keep their chats are saved in the history as they finish: the window's
        history lists show them now, not after a restart."""
        from app.ui.widgets.history_sidebar import HistorySidebar

        for sidebar in self._window.findChildren(HistorySidebar):
            sidebar.refresh()

    @Slot()
    def _on_tokens_action_triggered(self) -> None:
        self.open_tokens_dialog()

    @Slot(int)
    def _on_dialog_port_changed(self, port: int) -> None:
        self._settings.server_port = port
        self._save_settings()

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.stop_now()
        return False


def attach_server(
    window: QMainWindow,
    services: ServerServices | None,
    settings: Settings,
    save_settings: Callable[[], None],
    offline: OfflineMode,
) -> ServerSwitch | None:
    """The window's Server switch when the composition root gave it the server's services; None without them."""
    return ServerSwitch(window, services, settings, save_settings, offline) if services is not None else None
