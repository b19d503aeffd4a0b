"""`plinth serve` as a program sees it: the real `plinth` process, the official `openai` SDK as the client.

A token from `plinth serve tokens create`, then the server in the foreground: the starter model chats (streaming
and not), is listed and embeds; a request without a token, or with a revoked one, gets 401. A provider's model
(the OpenAI protocol server on 127.0.0.1, its key in a real Secret Service) answers through the server with the
key read from the keychain only, and never shows up in a response, the console or any file; offline mode
refuses it. Ctrl+C stops the server cleanly, and the requests of a token that asks for it are in the history.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx2
import openai
import pytest
from secret_service import PrivateSecretService
from servers import OpenAIServer

from app.core.history.store import Store

pytestmark = pytest.mark.slow

PROVIDER_KEY = "sk-serve-e2e-Qm4Rt7Yu1Io9Pa3Sd6Fg"
STORY = "Write a long story about a dragon who learns to bake bread."
LONG_TOKENS = 400
PRICE_IN, PRICE_OUT = 1000.0, 2000.0  # dollars per million tokens: a visible cost
_SCRUBBED = ("OPENAI_API_KEY", "PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS", "PLINTH_OFFLINE",
             "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")  # fmt: skip


@pytest.fixture(autouse=True)
def _direct(monkeypatch: pytest.MonkeyPatch) -> None:
    """The SDK's httpx honours proxy variables; the server is on 127.0.0.1 and must be reached directly."""
    for name in _SCRUBBED[5:]:
        monkeypatch.delenv(name, raising=False)


def _env(home: Path, bus: PrivateSecretService, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _SCRUBBED}
    env.update(PLINTH_HOME=str(home), XDG_CONFIG_HOME=str(home.parent / "xdg-config"),
               XDG_DATA_HOME=str(home.parent / "xdg-data"), DBUS_SESSION_BUS_ADDRESS=bus.address,
               NO_PROXY="127.0.0.1,localhost", **extra)  # fmt: skip
    return env


def plinth(*args: str, home: Path, bus: PrivateSecretService, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], input=stdin, capture_output=True, text=True,
                          env=_env(home, bus), timeout=120)  # fmt: skip


def make_token(home: Path, bus: PrivateSecretService, name: str, *flags: str) -> str:
    out = plinth("serve", "tokens", "create", name, *flags, home=home, bus=bus)
    assert out.returncode == 0, out.stderr
    secret = out.stdout.strip()
    assert secret.startswith("plinth-") and "\n" not in secret  # stdout holds the token alone
    assert secret not in out.stderr
    return secret


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Serving:
    address: str
    process: subprocess.Popen[str]
    stderr_file: Path
    #: Filled when the server has stopped.
    stdout: str = ""

    @property
    def stderr(self) -> str:
        return self.stderr_file.read_text(encoding="utf-8")

    def client(self, token: str) -> openai.OpenAI:
        return openai.OpenAI(base_url=self.address, api_key=token, max_retries=0, timeout=120)


@contextmanager
def serving(home: Path, bus: PrivateSecretService, tmp: Path, **env: str) -> Iterator[Serving]:
    """`plinth serve` on a free port until the block ends, then Ctrl+C; it must stop cleanly (exit 0)."""
    port = free_port()
    err = tmp / f"serve-{port}.stderr"
    with err.open("w", encoding="utf-8") as stderr:
        process = subprocess.Popen([sys.executable, "-m", "app", "serve", "--port", str(port)], stdout=subprocess.PIPE,
                                   stderr=stderr, text=True, env=_env(home, bus, **env))  # fmt: skip
    assert process.stdout is not None
    first = process.stdout.readline()  # after the runner listens
    if "serves an OpenAI-compatible API at" not in first:
        process.kill()
        process.wait()
        process.stdout.close()
        raise AssertionError(f"plinth serve did not start: {first!r} {err.read_text(encoding='utf-8')}")
    served = Serving(first.rsplit(" ", 1)[1].strip(), process, err)
    assert served.address == f"http://127.0.0.1:{port}/v1"
    try:
        yield served
    finally:
        process.send_signal(signal.SIGINT)
        try:
            served.stdout = first + process.stdout.read()
            code = process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            raise
        finally:
            process.stdout.close()
    assert code == 0, served.stderr
    assert "server stopped after" in served.stderr


def wait_for_line(server: Serving, start: str, timeout_s: float = 30.0) -> str:
    """The server's console line that begins with ``start``, once it has been written."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = [line for line in server.stderr.splitlines() if line.startswith(start)]
        if found:
            return found[0]
        time.sleep(0.05)
    raise AssertionError(f"no line {start!r} in {server.stderr!r}")


def assert_nothing_holds(root: Path, secret: str) -> None:
    for path in root.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), f"found in {path}"


def history(home: Path) -> Store:
    return Store.open(home / "data")


def test_serve_the_starter_to_the_openai_sdk(plinth_home: Path, secret_service_bus: PrivateSecretService,
                                              tmp_path: Path) -> None:  # fmt: skip
    bus = secret_service_bus
    token = make_token(plinth_home, bus, "editor", "--save-history")
    other = make_token(plinth_home, bus, "notes")
    with serving(plinth_home, bus, tmp_path) as server:
        client = server.client(token)
        assert "starter" in [m.id for m in client.models.list()]

        stream = client.chat.completions.create(
            model="starter", messages=[{"role": "system", "content": "Answer briefly."},
                                       {"role": "user", "content": "Name a colour."}],
            stream=True, max_tokens=12, temperature=0, stream_options={"include_usage": True},
        )  # fmt: skip
        chunks = list(stream)
        text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        assert text.strip()
        usage = chunks[-1].usage
        assert usage is not None and usage.prompt_tokens > 0 and 0 < usage.completion_tokens <= 12

        whole = client.chat.completions.create(model="starter", messages=[{"role": "user", "content": "Say hi."}],
                                               max_tokens=8, temperature=0)  # fmt: skip
        assert whole.id.startswith("chatcmpl-") and whole.choices[0].message.content
        assert whole.usage is not None and whole.usage.completion_tokens > 0

        # A client that hangs up mid-answer: the engine stops (the request ends far short of its limit).
        long = client.chat.completions.create(model="starter", messages=[{"role": "user", "content": STORY}],
                                              stream=True, max_tokens=LONG_TOKENS, temperature=0)  # fmt: skip
        assert any(c.choices and c.choices[0].delta.content for c in long)  # the first text arrived
        long.close()
        gone = wait_for_line(server, "editor /v1/chat/completions starter 499")
        assert int(gone.split(" in / ")[1].split(" out")[0]) < LONG_TOKENS

        vectors = client.embeddings.create(model="starter", input=["a red apple", "a green pear"]).data
        assert len(vectors) == 2 and len(vectors[0].embedding) == 576 and vectors[0].embedding != vectors[1].embedding

        bare = httpx2.get(f"{server.address}/models", timeout=30)
        assert bare.status_code == 401 and bare.json()["error"]["code"] == "invalid_api_key"
        with pytest.raises(openai.AuthenticationError):
            server.client("plinth-not-a-token").models.list()
        odd = httpx2.get(f"{server.address}/sk-odd-path-0123456789", timeout=30)
        assert odd.status_code in (401, 404)

        # Revoked in another terminal while the server runs: the next request is refused, others go on.
        assert plinth("serve", "tokens", "revoke", "editor", home=plinth_home, bus=bus).returncode == 0
        with pytest.raises(openai.AuthenticationError):
            client.models.list()
        assert server.client(other).models.list().data
    log = server.stderr
    # One line per chat request: the client's name, the model, the status, the tokens; never a secret.
    lines = [line for line in log.splitlines() if line.startswith("editor /v1/chat/completions starter 200")]
    assert len(lines) == 2 and f"{usage.completion_tokens} out · free ·" in lines[0], log
    # The refused requests have their line too: the bare one, the wrong token, the revoked one.
    assert log.count("- GET /v1/models 401 · refused") == 3, log
    assert "- GET another path" in log and "sk-odd-path" not in log  # a path is the client's text: not echoed
    assert "Press Ctrl+C to stop." in server.stdout and "Offline mode" not in server.stdout
    # The log file has the same lines (so the check below looked at a log that was written).
    logged = (plinth_home / "logs" / "plinth.log").read_text(encoding="utf-8")
    assert "API request: editor /v1/chat/completions starter 200" in logged
    for secret in (token, other):
        assert secret not in log and secret not in server.stdout
        assert_nothing_holds(plinth_home, secret)

    # The token asked for its requests to be kept: each is a conversation, its answer's tokens in its stats.
    store = history(plinth_home)
    try:
        saved = [c for c in store.list_conversations() if c.title.startswith("API · editor")]
        assert sorted(c.title for c in saved) == [
            "API · editor · Name a colour.", "API · editor · Say hi.", f"API · editor · {STORY}"]  # fmt: skip
        stopped = store.get_conversation(next(c.id for c in saved if "dragon" in c.title)).messages[-1]
        assert stopped.state == "cancelled" and stopped.content
        record = store.get_conversation(next(c.id for c in saved if "colour" in c.title))
    finally:
        store.close()
    assert record.system_prompt == "Answer briefly." and record.model_id == "starter"
    question, answer = record.messages
    assert (question.role, question.content) == ("user", "Name a colour.")
    assert answer.content == text and answer.state == "done"
    assert answer.stats is not None
    assert (answer.stats["tokens_in"], answer.stats["tokens_out"]) == (usage.prompt_tokens, usage.completion_tokens)


def test_a_provider_model_through_the_server_with_the_key_from_the_keychain(
    plinth_home: Path, secret_service_bus: PrivateSecretService, tmp_path: Path
) -> None:
    bus = secret_service_bus
    bus.clear()
    (plinth_home / "config").mkdir(parents=True, exist_ok=True)
    prices = {"prices": {"openai": {"gpt-test": {"input": PRICE_IN, "output": PRICE_OUT, "checked": "2026-12-01"}}}}
    (plinth_home / "config" / "prices.json").write_text(json.dumps(prices), encoding="utf-8")
    with OpenAIServer(api_key=PROVIDER_KEY) as provider:
        added = plinth("providers", "add", "work", "--kind", "openai", "--base-url", provider.url + "/v1",
                       home=plinth_home, bus=bus, stdin=PROVIDER_KEY + "\n")  # fmt: skip
        assert added.returncode == 0, added.stderr
        remote = make_token(plinth_home, bus, "script", "--allow-remote", "--save-history")
        local_only = make_token(plinth_home, bus, "editor")
        messages = [{"role": "user", "content": "hello"}]
        with serving(plinth_home, bus, tmp_path) as server:
            answer = server.client(remote).chat.completions.create(model="work:gpt-test", messages=messages)
            assert answer.choices[0].message.content == "".join(provider.reply)
            assert provider.requests and provider.requests[-1].headers["authorization"] == f"Bearer {PROVIDER_KEY}"
            streamed = server.client(remote).chat.completions.create(model="work:gpt-test", messages=messages,
                                                                     stream=True)  # fmt: skip
            assert "".join(c.choices[0].delta.content or "" for c in streamed if c.choices) == "".join(provider.reply)
            with pytest.raises(openai.PermissionDeniedError):
                server.client(local_only).chat.completions.create(model="work:gpt-test", messages=messages)
            # The server's own answers carry no key: every body, the models list included.
            listed = httpx2.get(f"{server.address}/models", headers={"Authorization": f"Bearer {remote}"}, timeout=30)
            assert listed.status_code == 200 and PROVIDER_KEY not in listed.text
            asked = len(provider.requests)

        # Offline mode: the same request is refused through the server, and nothing reaches the provider.
        with serving(plinth_home, bus, tmp_path, PLINTH_OFFLINE="1") as offline:
            with pytest.raises(openai.APIStatusError) as refused:
                offline.client(remote).chat.completions.create(model="work:gpt-test", messages=messages)
            assert refused.value.status_code in (400, 403) and "offline" in str(refused.value).lower()
            assert PROVIDER_KEY not in refused.value.response.text
            # Local models still answer.
            local = offline.client(remote).chat.completions.create(model="starter", messages=messages, max_tokens=4)
            assert local.choices[0].message.content is not None
        assert len(provider.requests) == asked
    for text in (server.stderr, server.stdout, offline.stderr, offline.stdout):
        assert PROVIDER_KEY not in text
    assert "script /v1/chat/completions work:gpt-test 200 · 12 in / 7 out · $0.026000" in server.stderr
    assert "- POST /v1/chat/completions 403 · refused" in server.stderr  # the local-only token
    assert "Offline mode is on" in offline.stdout
    assert "API request: script /v1/chat/completions work:gpt-test 200" in (
        plinth_home / "logs" / "plinth.log"
    ).read_text(encoding="utf-8")
    assert_nothing_holds(plinth_home, PROVIDER_KEY)  # the log file, the history, the settings: none holds the key
    store = history(plinth_home)
    try:
        saved = [c for c in store.list_conversations() if c.model_id == "work:gpt-test"]
        stats = store.get_conversation(saved[0].id).messages[-1].stats
    finally:
        store.close()
    assert len(saved) == 2 and stats is not None and stats["cost_usd"] == pytest.approx(0.026)
    bus.clear()


def test_serve_refuses_a_port_in_use_and_a_public_address_without_the_flag(
    plinth_home: Path, secret_service_bus: PrivateSecretService
) -> None:
    bus = secret_service_bus
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        started = time.monotonic()
        out = plinth("serve", "--port", str(port), home=plinth_home, bus=bus)
    assert out.returncode == 1 and time.monotonic() - started < 60
    assert str(port) in out.stderr and "in use" in out.stderr and "Traceback" not in out.stderr
    assert out.stdout == ""

    out = plinth("serve", "--host", "0.0.0.0", home=plinth_home, bus=bus)
    assert out.returncode == 1 and "--allow-non-loopback" in out.stderr and out.stdout == ""
    out = plinth("serve", "--port", "70000", "--queue-limit", "4", home=plinth_home, bus=bus)
    assert out.returncode == 1 and "not a port" in out.stderr and "1 to 65535" in out.stderr
    out = plinth("serve", "--port", str(free_port()), "--queue-limit", "0", home=plinth_home, bus=bus)
    assert out.returncode == 1 and "--queue-limit 0" in out.stderr and out.stdout == ""


def test_tokens_create_list_revoke(plinth_home: Path, secret_service_bus: PrivateSecretService) -> None:
    bus = secret_service_bus
    secret = make_token(plinth_home, bus, "editor", "--allow-remote")
    make_token(plinth_home, bus, "notes", "--save-history")
    again = plinth("serve", "tokens", "create", "editor", home=plinth_home, bus=bus)
    assert again.returncode == 1 and "already exists" in again.stderr and again.stdout == ""

    listed = plinth("serve", "tokens", "list", "--json", home=plinth_home, bus=bus)
    assert listed.returncode == 0, listed.stderr
    tokens = {t["name"]: t for t in json.loads(listed.stdout)["tokens"]}
    assert (tokens["editor"]["allow_remote"], tokens["editor"]["save_history"]) == (True, False)
    assert (tokens["notes"]["allow_remote"], tokens["notes"]["save_history"]) == (False, True)
    human = plinth("serve", "tokens", "list", home=plinth_home, bus=bus).stdout
    assert "editor" in human and "local and provider models" in human and "local models only" in human
    assert secret not in listed.stdout + human
    token_file = plinth_home / "config" / "server-tokens.json"
    assert token_file.stat().st_mode & 0o777 == 0o600
    assert_nothing_holds(plinth_home, secret)  # only its salted hash is kept

    assert plinth("serve", "tokens", "revoke", "editor", home=plinth_home, bus=bus).returncode == 0
    gone = plinth("serve", "tokens", "revoke", "editor", home=plinth_home, bus=bus)
    assert gone.returncode == 1 and "no token named 'editor'" in gone.stderr and "notes" in gone.stderr
    assert [t["name"] for t in json.loads(plinth("serve", "tokens", "list", "--json", home=plinth_home,
                                                 bus=bus).stdout)["tokens"]] == ["notes"]  # fmt: skip


def test_ctrl_c_as_soon_as_it_listens_stops_it_cleanly(
    plinth_home: Path, secret_service_bus: PrivateSecretService, tmp_path: Path
) -> None:
    with serving(plinth_home, secret_service_bus, tmp_path) as server:
        pass  # serving() sends Ctrl+C once the address is printed, and checks the exit code
    assert "server stopped after 0 requests" in server.stderr and "Traceback" not in server.stderr
    assert "There are no tokens yet" in server.stdout
