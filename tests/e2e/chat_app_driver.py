"""Runs the real Plinth window through ``gui_main`` and sends one chat message; used by test_kill_mid_stream.

Usage: python chat_app_driver.py PROMPT

PLINTH_HOME must point at a prepared home (its settings pick the model and
the answer length). Prints one JSON object per line, flushed at once:
``{"conversation": id}`` once the message is sent, ``{"shown": text}`` each
time the transcript puts more of the answer on screen (only the new text),
and ``{"done": true}`` if the answer ends. The test kills the process while
the answer streams.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton

from app.bootstrap import gui_main
from app.ui.main_window import MainWindow
from app.ui.widgets.transcript import Transcript


def report(**event: object) -> None:
    print(json.dumps(event, ensure_ascii=False), flush=True)


class Driver:
    """Finds the window gui_main opened, sends the prompt, reports what is shown."""

    def __init__(self, prompt: str) -> None:
        self._prompt = prompt
        self._send: QPushButton | None = None
        self._started = False
        self._poll = QTimer()
        self._poll.setInterval(50)
        self._poll.timeout.connect(self._on_poll_timeout)
        self._poll.start()

    def _on_poll_timeout(self) -> None:
        if self._send is None:
            self._start()
        elif self._send.isEnabled() and self._started:
            report(done=True)
            self._poll.stop()

    def _start(self) -> None:
        # Ready: the window's frame shows first; its chat panel is built right after.
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        windows = [w for w in shown if w.is_ready]
        if not windows:
            return
        window = windows[0]
        message = next(w for w in window.findChildren(QPlainTextEdit) if w.accessibleName() == "Message")
        send = next(b for b in window.findChildren(QPushButton) if b.accessibleName() == "Send")
        transcript = next(t for t in window.findChildren(Transcript) if t.accessibleName() == "Transcript")
        # Connected after the chat panel's own slot, so a line is printed only once the panel has saved it.
        transcript.text_shown.connect(self._on_transcript_text_shown)
        message.setPlainText(self._prompt)
        send.click()
        self._send = send
        self._started = not send.isEnabled()
        report(conversation=window.chat_panel.conversation_id)

    def _on_transcript_text_shown(self, delta: str) -> None:
        report(shown=delta)


def main() -> int:
    qt_app = QApplication(sys.argv[:1])
    driver = Driver(sys.argv[1])
    code = gui_main([])
    del driver, qt_app
    return code


if __name__ == "__main__":
    sys.exit(main())
