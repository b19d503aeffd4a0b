"""kill -9 during a streamed answer loses nothing that was on screen.

A subprocess runs the real window (``gui_main``, offscreen) on the real
starter model and reports each piece of the answer the transcript shows.
The test kills it with SIGKILL mid-answer, then opens the store the way the
next start does, and opens the next window on it.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes import FakeEngine, MemoryKeyring, registry_with
from pytestqt.qtbot import QtBot

from app.core.history.store import Store
from app.core.models.directory import ModelDirectory
from app.core.models.library import ModelLibrary
from app.core.paths import Paths
from app.core.providers import ProviderStore
from app.core.secrets import SecretStore
from app.core.settings import Settings, SettingsStore
from app.ui.main_window import MainWindow
from app.ui.panels.chat_transcript import INTERRUPTED_NOTE
from app.ui.widgets.transcript import Transcript
from app.ui.window_services import WindowServices

DRIVER = Path(__file__).with_name("chat_app_driver.py")
PROMPT = "Write a long, detailed story about a lighthouse keeper, the sea and a storm."
#: Characters on screen before the kill: well into the answer, well before its end.
KILL_AFTER_CHARS = 300
WAIT_S = 240

pytestmark = pytest.mark.slow


class _Lines:
    """The driver's stdout, one JSON event at a time, with a timeout."""

    def __init__(self, stream) -> None:  # noqa: ANN001
        self._queue: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._pump, args=(stream,), daemon=True).start()

    def _pump(self, stream) -> None:  # noqa: ANN001
        for line in stream:
            self._queue.put(line)
        self._queue.put(None)

    def next(self, deadline: float) -> dict | None:
        try:
            line = self._queue.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise AssertionError("the app reported nothing in time") from None
        return None if line is None else json.loads(line)


@pytest.fixture
def app_process(plinth_home: Path, starter_path: Path) -> Iterator[subprocess.Popen]:
    paths = Paths.from_environment().ensure()
    SettingsStore(paths.settings_file).save(Settings(last_model="starter", temperature=0.0, max_tokens=400))
    env = dict(os.environ, PLINTH_HOME=str(plinth_home), QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, str(DRIVER), PROMPT],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
        # Its own process group, so the model's child process can be cleaned up after the test.
        start_new_session=True,
    )
    try:
        yield process
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait(timeout=30)
        process.stdout.close()  # type: ignore[union-attr]
        process.stderr.close()  # type: ignore[union-attr]


def test_kill_9_mid_answer_keeps_everything_shown_and_the_next_start_shows_it(
    qtbot: QtBot, app_process: subprocess.Popen, starter_path: Path
) -> None:
    lines = _Lines(app_process.stdout)
    deadline = time.monotonic() + WAIT_S
    conversation: int | None = None
    shown = ""
    while len(shown) < KILL_AFTER_CHARS:
        event = lines.next(deadline)
        if event is None:
            stderr = app_process.stderr.read()  # type: ignore[union-attr]
            raise AssertionError(f"the app exited early ({app_process.wait()}): {stderr[-3000:]}")
        if "conversation" in event:
            conversation = event["conversation"]
        elif event.get("done"):
            raise AssertionError(f"the answer ended after {len(shown)} characters; ask for a longer one")
        else:
            shown += event["shown"]
    # Only the app itself, as `kill -9 <pid>` would; its model process is left to notice.
    os.kill(app_process.pid, signal.SIGKILL)
    assert app_process.wait(timeout=30) == -signal.SIGKILL
    assert conversation is not None

    paths = Paths.from_environment()
    store = Store.open(paths.data_dir)
    try:
        record = store.get_conversation(conversation)
        assert [m.role for m in record.messages] == ["user", "assistant"]
        assert record.messages[0].content == PROMPT
        answer = record.messages[1]
        assert answer.state == "interrupted"
        assert answer.content.startswith(shown), (
            f"{len(shown)} characters were on screen, the store has {len(answer.content)}"
        )
        assert answer.model_id == "starter"
        print(f"\nkilled with {len(shown)} characters on screen; the store kept {len(answer.content)}")

        settings_store = SettingsStore(paths.settings_file)
        settings = settings_store.load()
        assert settings.extra.get("open_conversation") == conversation
        window = _restarted_window(qtbot, paths, starter_path, settings, settings_store, store)
        text = window.findChild(Transcript).toPlainText()  # type: ignore[union-attr]
        assert window.chat_panel.conversation_id == conversation
        assert PROMPT in text
        assert INTERRUPTED_NOTE in text
        first_words = " ".join(shown.split()[:3]).strip("#*_`>- ")
        assert first_words and first_words in text
        window.close()
    finally:
        store.close()


def _restarted_window(
    qtbot: QtBot, paths: Paths, starter_path: Path, settings: Settings, settings_store: SettingsStore, store: Store
) -> MainWindow:
    """The next start's window on the same home (a fake engine: nothing is asked of a model here)."""
    secrets = SecretStore(backend=MemoryKeyring(), environ={})
    providers = ProviderStore(paths.config_dir / "providers.json")
    models = ModelDirectory(ModelLibrary(paths.models_dir, starter_path), providers, secrets)
    engines = registry_with(FakeEngine(model_id="starter"), "starter")

    def no_connection(*_args: object) -> list[str]:
        raise AssertionError("no connection test expected")

    window = MainWindow(
        settings, settings_store, WindowServices(engines, models, providers, secrets, no_connection, store=store)
    )
    qtbot.addWidget(window)
    window.show()
    return window
