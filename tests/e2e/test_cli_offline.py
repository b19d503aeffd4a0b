"""`plinth` in offline mode, through real subprocesses (so the real socket guard and HF_HUB_OFFLINE apply).

A real OpenAI-compatible server and a real Hub server on 127.0.0.1 show
that the refusals happen before anything is sent: neither records a request
while offline mode is on, and both answer once it is off.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from servers.hub_server import HubServer, fake_gguf
from servers.openai_server import OpenAIServer

from app.cli.common import EXIT_USER_ERROR

pytestmark = pytest.mark.slow

REPO, FILE = "org/Test-GGUF", "test-Q4_K_M.gguf"
_SCRUBBED = (
    "PLINTH_OFFLINE",
    "HF_HUB_OFFLINE",
    "HF_TOKEN",
    "HUGGING_FACE_HUB_TOKEN",
    "HF_ENDPOINT",
    "OPENAI_API_KEY",
    "PYTHON_KEYRING_BACKEND",
    "DBUS_SESSION_BUS_ADDRESS",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "http_proxy",
    "https_proxy",
)


def plinth(*args: str, home: Path, offline: bool = False) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in _SCRUBBED}
    env.update(PLINTH_HOME=str(home), NO_PROXY="127.0.0.1,localhost")
    if offline:
        env["PLINTH_OFFLINE"] = "1"
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, timeout=180)


def assert_refused(out: subprocess.CompletedProcess, what: str) -> None:
    assert out.returncode == EXIT_USER_ERROR, out.stderr
    assert out.stdout == ""
    line = out.stderr.strip()
    assert line.startswith(f"plinth: Offline mode is on: {what}"), line
    assert "File › Offline mode (Ctrl+Shift+O)" in line and "PLINTH_OFFLINE" in line
    assert "Traceback" not in out.stderr


@pytest.fixture
def api() -> Iterator[OpenAIServer]:
    with OpenAIServer(api_key=None) as server:
        yield server


@pytest.fixture
def hub() -> Iterator[HubServer]:
    with HubServer() as server:
        server.add_repo(REPO, {FILE: fake_gguf("llama", 50_000)})
        yield server


@pytest.fixture
def home_with_provider(plinth_home: Path, api: OpenAIServer) -> Path:
    added = plinth(
        "providers",
        "add",
        "box",
        "--kind",
        "openai-compatible",
        "--base-url",
        f"{api.url}/v1",
        "--no-key",
        home=plinth_home,
    )
    assert added.returncode == 0, added.stderr
    return plinth_home


def test_remote_models_and_connection_tests_refuse_without_sending(home_with_provider: Path, api: OpenAIServer) -> None:
    home = home_with_provider
    assert_refused(
        plinth("chat", "-m", "box:gpt-test", "hi", home=home, offline=True),
        "models behind an API, such as box:gpt-test, are off.",
    )
    assert_refused(
        plinth("translate", "-m", "box:gpt-test", "--to", "French", "hi", home=home, offline=True),
        "models behind an API, such as box:gpt-test, are off.",
    )
    assert_refused(
        plinth("providers", "test", "box", home=home, offline=True), "connection tests of providers are off."
    )
    assert api.requests == []
    # The same commands reach the server once offline mode is off.
    answered = plinth("chat", "-m", "box:gpt-test", "--json", "hi", home=home)
    assert answered.returncode == 0, answered.stderr
    assert json.loads(answered.stdout)["text"] == "Hello, world!"
    assert len(api.chats()) == 1


def test_saved_setting_turns_offline_mode_on_for_the_command_line(home_with_provider: Path, api: OpenAIServer) -> None:
    settings = home_with_provider / "config" / "settings.json"
    data = json.loads(settings.read_text()) if settings.exists() else {}
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({**data, "offline": True}))
    assert_refused(
        plinth("chat", "-m", "box:gpt-test", "hi", home=home_with_provider),
        "models behind an API, such as box:gpt-test, are off.",
    )
    assert api.requests == []


def test_hub_commands_refuse_without_contacting_the_hub(plinth_home: Path, hub: HubServer) -> None:
    endpoint = ("--endpoint", hub.url)
    assert_refused(
        plinth("models", "search", "test", *endpoint, home=plinth_home, offline=True),
        f"the Hugging Face Hub ({hub.url}) is not contacted.",
    )
    assert_refused(
        plinth("models", "files", REPO, *endpoint, home=plinth_home, offline=True),
        f"the Hugging Face Hub ({hub.url}) is not contacted.",
    )
    assert_refused(
        plinth("models", "download", REPO, FILE, *endpoint, home=plinth_home, offline=True),
        "downloads from the Hugging Face Hub are off.",
    )
    assert hub.requests == []
    assert not any((plinth_home / "models").rglob("*.gguf"))
    found = plinth("models", "files", REPO, *endpoint, home=plinth_home)
    assert found.returncode == 0, found.stderr
    assert FILE in found.stdout and hub.requests


def test_local_model_answers_offline(plinth_home: Path, starter_path: Path) -> None:
    out = plinth(
        "chat",
        "-m",
        "starter",
        "--json",
        "--temperature",
        "0",
        "--max-tokens",
        "8",
        "Say hello",
        home=plinth_home,
        offline=True,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["text"].strip()
