"""Screenshots of the local API in the window: the Server tokens dialog and the running server.

Run under a virtual screen:
``xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots_server.py``.
Saves server-tokens.png (a token just made, shown once with its Copy button, and the list) and server-on.png
(the File menu with Server on, and the status bar's address and request counts after a program listed the
models and asked the starter model a question through the server) in resources/screenshots/.
"""

from __future__ import annotations

import socket
import sys

import httpx2 as httpx
from PySide6.QtWidgets import QApplication
from shots import OUT, SIZE, settle, started, wait_until

from app.bootstrap import window_services
from app.ui.main_window import MainWindow
from app.ui.server_switch import ServerSwitch, State


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def main() -> int:
    with started() as (app, services, _home):
        services.settings.server_port = free_port()
        window = MainWindow(services.settings, services.settings_store, window_services(services, services.store))
        window.resize(*SIZE)
        window.move(0, 0)
        window.show()
        try:
            switch = window.server_switch
            assert switch is not None
            secret = tokens(app, switch)
            serving(app, window, switch, secret)
        finally:
            window.close()
    return 0


def tokens(app: QApplication, switch: ServerSwitch) -> str:
    switch.tokens_action.trigger()
    dialog = switch.tokens_dialog
    assert dialog is not None
    for name, remote, history in (("notes app", False, False), ("editor", True, True)):
        dialog.name_edit.setText(name)
        dialog.remote_box.setChecked(remote)
        dialog.history_box.setChecked(history)
        dialog.create_button.click()
    settle(app)
    dialog.grab().save(str(OUT / "server-tokens.png"))
    print(f"saved {OUT / 'server-tokens.png'}")
    secret = dialog.secret_edit.text()
    dialog.close()
    settle(app)
    return secret


def serving(app: QApplication, window: MainWindow, switch: ServerSwitch, secret: str) -> None:
    switch.action.trigger()
    wait_until(app, lambda: switch.state is State.ON, 30_000)
    server = switch.server
    assert server is not None
    headers = {"Authorization": f"Bearer {secret}"}
    body = {"model": "starter", "messages": [{"role": "user", "content": "Say hello."}], "max_tokens": 16}
    with httpx.Client(base_url=server.address, timeout=120) as client:
        client.get("/models", headers=headers).raise_for_status()
        client.post("/chat/completions", json=body, headers=headers).raise_for_status()
    wait_until(app, lambda: "2 served" in switch.status.text(), 5_000)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    file_menu.popup(window.menuBar().mapToGlobal(window.menuBar().rect().bottomLeft()))
    settle(app)
    # The open menu is a window of its own: grab the screen where the main window lies.
    frame = window.frameGeometry()
    shot = app.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    shot.save(str(OUT / "server-on.png"))
    print(f"saved {OUT / 'server-on.png'}")
    file_menu.hide()


if __name__ == "__main__":
    sys.exit(main())
