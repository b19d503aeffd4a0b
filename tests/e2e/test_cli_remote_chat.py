"""`plinth providers add` then `plinth chat -m PROVIDER:MODEL --json`, through real subprocesses.

The OpenAI-compatible kind talks to `python -m llama_cpp.server` on the starter
model; the Anthropic and Gemini kinds talk to the protocol servers, with their
keys in a real Secret Service. No key may end up in any file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from secret_service import PrivateSecretService
from servers.anthropic_server import AnthropicServer
from servers.gemini_server import GeminiServer
from servers.llama_peer import ALIAS, serve_starter

pytestmark = pytest.mark.slow

_SCRUBBED = (
    "OPENAI_API_KEY",
    "ANTHROPIC_API_KEY",
    "GEMINI_API_KEY",
    "GOOGLE_API_KEY",
    "PYTHON_KEYRING_BACKEND",
    "DBUS_SESSION_BUS_ADDRESS",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "http_proxy",
    "https_proxy",
)


@pytest.fixture
def bus(secret_service_bus: PrivateSecretService) -> PrivateSecretService:
    return secret_service_bus


def plinth(*args: str, home: Path, bus: PrivateSecretService, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in _SCRUBBED}
    env.update(
        PLINTH_HOME=str(home),
        XDG_CONFIG_HOME=str(home.parent / "xdg-config"),
        XDG_DATA_HOME=str(home.parent / "xdg-data"),
        DBUS_SESSION_BUS_ADDRESS=bus.address,
        NO_PROXY="127.0.0.1,localhost",
    )
    return subprocess.run(
        [sys.executable, "-m", "app", *args], input=stdin, capture_output=True, text=True, env=env, timeout=180
    )


def assert_nothing_holds(home: Path, secret: str) -> None:
    for path in home.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), f"key found in {path}"


def chat_json(home: Path, bus: PrivateSecretService, model_id: str) -> dict:
    out = plinth("chat", "-m", model_id, "--json", "--temperature", "0", "--max-tokens", "24", "hi", home=home, bus=bus)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["model"] == model_id
    assert result["text"].strip()
    return result


@pytest.fixture(scope="module")
def peer(starter_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One ``python -m llama_cpp.server`` for the module: it takes seconds to start."""
    with serve_starter(starter_path, tmp_path_factory.mktemp("llama-server")) as url:
        yield url


def add_peer(home: Path, bus: PrivateSecretService, url: str) -> None:
    added = plinth("providers", "add", "mine", "--kind", "openai-compatible", "--base-url", url, "--no-key",
                   home=home, bus=bus)  # fmt: skip
    assert added.returncode == 0, added.stderr


def test_openai_compatible_against_llama_cpp_server(plinth_home: Path, bus: PrivateSecretService, peer: str) -> None:
    add_peer(plinth_home, bus, peer)
    tested = plinth("providers", "test", "mine", home=plinth_home, bus=bus)
    assert tested.returncode == 0, tested.stderr
    assert ALIAS in tested.stdout
    result = chat_json(plinth_home, bus, f"mine:{ALIAS}")
    stats = result["stats"]
    assert stats["tokens_out"] > 0 and stats["ttft_s"] > 0 and stats["wall_s"] >= stats["ttft_s"]
    assert stats["cost_usd"] is None  # a local server has no price
    # The server streams no usage: the input count is Plinth's estimate, and says so; never 0.
    assert stats["tokens_in"] > 0 and stats["tokens_in_estimated"] is True


def test_classify_and_compare_classify_against_llama_cpp_server(
    plinth_home: Path, bus: PrivateSecretService, peer: str
) -> None:
    add_peer(plinth_home, bus, peer)
    model = f"mine:{ALIAS}"
    topics = ("bug", "billing", "praise")
    # Multi-label asks for a strict JSON schema first: llama_cpp.server fails it with an HTTP 500.
    out = plinth("classify", "-m", model, "--labels", ",".join(topics), "--multi", "--json",
                 "The app crashes and I was charged twice.", home=plinth_home, bus=bus)  # fmt: skip
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["method"] == "json_object" and set(result["labels"]) <= set(topics)
    assert result["stats"]["tokens_in"] > 0 and result["stats"]["tokens_in_estimated"] is True
    remembered = json.loads((plinth_home / "config" / "label-methods.json").read_text(encoding="utf-8"))
    methods = remembered["providers"]["mine"][ALIAS]["methods"]
    assert methods["json_schema"]["outcome"] == "refused" and methods["json_object"]["outcome"] == "ok"

    sentiment = ("positive", "negative", "neutral")
    out = plinth("classify", "-m", model, "--labels", ",".join(sentiment), "I loved it, wonderful!",
                 home=plinth_home, bus=bus)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0] in (*sentiment, "(abstained)")
    assert "Traceback" not in out.stderr and "try again" not in out.stderr

    out = plinth("compare", "--task", "classify", "-m", model, "-m", "starter", "--labels", ",".join(sentiment),
                 "I loved it, wonderful!", home=plinth_home, bus=bus)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "failed" not in out.stdout
    tokens_in = next(line for line in out.stdout.splitlines() if line.startswith("Tokens in"))
    assert "~" in tokens_in.split()[2]  # mine's column: the server sent no count
    assert "~ Plinth's estimate" in out.stdout


@pytest.mark.parametrize(
    "kind, server_cls, model, secret",
    [
        ("anthropic", AnthropicServer, "claude-test", "sk-ant-e2e-Zq8Xw3Vn6Mp1Lk4Jh7Gf"),
        ("gemini", GeminiServer, "gemini-test", "AIzaE2eTestKey0123456789abcdefghijk"),
    ],
)
def test_closed_kinds_with_the_key_in_the_keychain(
    plinth_home: Path, bus: PrivateSecretService, kind: str, server_cls, model: str, secret: str
) -> None:
    bus.clear()
    # A price the person added themselves: the answer's cost comes from it.
    (plinth_home / "config").mkdir(parents=True, exist_ok=True)
    (plinth_home / "config" / "prices.json").write_text(
        json.dumps({"prices": {kind: {model: {"input": 1000.0, "output": 2000.0, "checked": "2026-11-28"}}}}),
        encoding="utf-8",
    )
    with server_cls(api_key=secret) as server:
        added = plinth(
            "providers",
            "add",
            "work",
            "--kind",
            kind,
            "--base-url",
            server.url,
            home=plinth_home,
            bus=bus,
            stdin=secret + "\n",
        )
        assert added.returncode == 0, added.stderr
        result = chat_json(plinth_home, bus, f"work:{model}")
        assert server.requests, "the protocol server saw no request"
    stats = result["stats"]
    tokens_in, tokens_out = server.usage
    assert (stats["tokens_in"], stats["tokens_out"]) == (tokens_in, tokens_out)
    assert stats["cost_usd"] == pytest.approx((tokens_in * 1000.0 + tokens_out * 2000.0) / 1e6)
    assert_nothing_holds(plinth_home, secret)
    bus.clear()


def test_a_wrong_key_is_one_line_that_never_shows_the_key(plinth_home: Path, bus: PrivateSecretService) -> None:
    bus.clear()
    wrong = "sk-ant-wrong-Yt5Rd2Qs9Pa6Ob3Nc0Md"
    with AnthropicServer(api_key="sk-ant-right-key-0123456789") as server:
        assert (
            plinth(
                "providers",
                "add",
                "work",
                "--kind",
                "anthropic",
                "--base-url",
                server.url,
                home=plinth_home,
                bus=bus,
                stdin=wrong,
            ).returncode
            == 0
        )
        out = plinth("chat", "-m", "work:claude-test", "hi", home=plinth_home, bus=bus)
    assert out.returncode != 0
    assert "rejected" in out.stderr
    assert wrong not in out.stderr and wrong not in out.stdout
    assert len(out.stderr.strip().splitlines()) == 1
    assert_nothing_holds(plinth_home, wrong)
    bus.clear()
