"""`plinth providers` through a real subprocess, with keys in a real Secret Service.

After every test each file under PLINTH_HOME is searched for the key: it must
be in the keychain or nowhere, never in a file.
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
from servers.openai_server import OpenAIServer

KEY = "sk-proj-e2eQz7Xv2Lr9Tn4Wm8Kc1Hd5Fb3"
PLAIN_KEY = "local-server-key-7f3a9c"
NO_KEYCHAIN = "No keychain (Secret Service) is available on this computer, so the key cannot be saved."
# Variables that would let a developer's own set-up leak into the subprocess.
_SCRUBBED = (
    "OPENAI_API_KEY",
    "ANTHROPIC_API_KEY",
    "GEMINI_API_KEY",
    "GOOGLE_API_KEY",
    "PYTHON_KEYRING_BACKEND",
    "DBUS_SESSION_BUS_ADDRESS",
)


@pytest.fixture
def secret_service(secret_service_bus: PrivateSecretService) -> PrivateSecretService:
    return secret_service_bus


@pytest.fixture
def keychain(secret_service: PrivateSecretService, monkeypatch: pytest.MonkeyPatch):
    """The test's own view of the keychain the subprocesses use, emptied before and after."""
    from keyring.backends import SecretService

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", secret_service.address)
    secret_service.clear()
    yield SecretService.Keyring()
    secret_service.clear()


@pytest.fixture(autouse=True)
def no_key_in_any_file(plinth_home: Path) -> Iterator[None]:
    yield
    if plinth_home.exists():
        for path in plinth_home.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                for key in (KEY, PLAIN_KEY):
                    assert key.encode() not in data, f"{key!r} found in {path}"


def plinth(
    *args: str,
    home: Path,
    stdin: str | None = None,
    bus: PrivateSecretService | None = None,
    keyring_backend: str | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if k not in _SCRUBBED}
    full_env.update(
        PLINTH_HOME=str(home),
        # keyring reads its own config file from here; keep the developer's out.
        XDG_CONFIG_HOME=str(home.parent / "xdg-config"),
        XDG_DATA_HOME=str(home.parent / "xdg-data"),
    )
    if bus is not None:
        full_env["DBUS_SESSION_BUS_ADDRESS"] = bus.address
    if keyring_backend is not None:
        full_env["PYTHON_KEYRING_BACKEND"] = keyring_backend
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "app", "providers", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=60,
    )


def test_add_list_remove_with_the_key_in_the_real_keychain(
    plinth_home: Path, secret_service: PrivateSecretService, keychain
) -> None:
    added = plinth(
        "add",
        "mine",
        "--kind",
        "openai-compatible",
        "--base-url",
        "http://127.0.0.1:9/v1",
        home=plinth_home,
        stdin=KEY + "\n",
        bus=secret_service,
    )
    assert added.returncode == 0, added.stderr
    assert "keychain" in added.stdout
    assert KEY not in added.stdout + added.stderr
    # The trailing newline from the pipe is not part of the key.
    assert keychain.get_password("plinth", "provider:mine") == KEY

    listed = plinth("list", "--json", home=plinth_home, bus=secret_service)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == [
        {
            "name": "mine",
            "kind": "openai-compatible",
            "base_url": "http://127.0.0.1:9/v1",
            "key": "keychain",
            "models": [],
        }
    ]
    table = plinth("list", home=plinth_home, bus=secret_service)
    assert "mine" in table.stdout and "key: keychain" in table.stdout
    assert KEY not in listed.stdout + table.stdout + listed.stderr + table.stderr

    removed = plinth("remove", "mine", home=plinth_home, bus=secret_service)
    assert removed.returncode == 0, removed.stderr
    assert keychain.get_password("plinth", "provider:mine") is None
    assert json.loads(plinth("list", "--json", home=plinth_home, bus=secret_service).stdout) == []


def test_key_status_shows_the_environment_and_none(
    plinth_home: Path, secret_service: PrivateSecretService, keychain
) -> None:
    assert plinth("add", "oa", "--kind", "openai", "--no-key", home=plinth_home, bus=secret_service).returncode == 0
    assert plinth("add", "gem", "--kind", "gemini", "--no-key", home=plinth_home, bus=secret_service).returncode == 0
    listed = plinth("list", "--json", home=plinth_home, bus=secret_service, env={"GOOGLE_API_KEY": PLAIN_KEY})
    rows = {r["name"]: r for r in json.loads(listed.stdout)}
    assert rows["oa"]["key"] == "none"
    assert rows["gem"]["key"] == "environment:GOOGLE_API_KEY"
    assert rows["oa"]["models"][0].startswith("oa:")
    assert PLAIN_KEY not in listed.stdout


def test_adding_again_replaces_the_key(plinth_home: Path, secret_service: PrivateSecretService, keychain) -> None:
    args = ("add", "oa", "--kind", "openai")
    assert plinth(*args, home=plinth_home, stdin=KEY, bus=secret_service).returncode == 0
    assert plinth(*args, home=plinth_home, stdin=PLAIN_KEY + "\n", bus=secret_service).returncode == 0
    assert keychain.get_password("plinth", "provider:oa") == PLAIN_KEY
    # --no-key forgets the stored one, so the environment variable is what gets used.
    assert plinth(*args, "--no-key", home=plinth_home, bus=secret_service).returncode == 0
    assert keychain.get_password("plinth", "provider:oa") is None


def test_adding_a_provider_again_keeps_the_models_its_test_found(
    plinth_home: Path, secret_service: PrivateSecretService, keychain
) -> None:
    local = {"NO_PROXY": "127.0.0.1,localhost"}
    with OpenAIServer(api_key=None) as server:
        server.models = ["only-model"]
        add = ("add", "mine", "--kind", "openai-compatible", "--no-key")
        added = plinth(*add, "--base-url", f"{server.url}/v1", home=plinth_home, bus=secret_service, env=local)
        assert added.returncode == 0, added.stderr
        assert "no models yet" in added.stdout and "plinth providers test mine" in added.stdout
        tested = plinth("test", "mine", home=plinth_home, bus=secret_service, env=local)
        assert tested.returncode == 0, tested.stderr
        assert "1 model:" in tested.stdout and "mine:only-model" in tested.stdout
    # The server moved to another port: the provider keeps what its last test found.
    moved = plinth(*add, "--base-url", "http://127.0.0.1:9/v1", home=plinth_home, bus=secret_service)
    assert moved.returncode == 0, moved.stderr
    assert "no models yet" not in moved.stdout and "plinth providers test mine" in moved.stdout
    listed = plinth("list", "--json", home=plinth_home, bus=secret_service)
    assert [p["models"] for p in json.loads(listed.stdout)] == [["mine:only-model"]]


def test_testing_an_unreachable_provider_is_one_line_without_the_key(
    plinth_home: Path, secret_service: PrivateSecretService, keychain
) -> None:
    # Port 9 (discard) on this machine: nothing listens, so the connection is refused at once.
    added = plinth(
        "add",
        "mine",
        "--kind",
        "openai-compatible",
        "--base-url",
        "http://127.0.0.1:9/v1",
        home=plinth_home,
        stdin=KEY,
        bus=secret_service,
    )
    assert added.returncode == 0, added.stderr
    out = plinth("test", "mine", home=plinth_home, bus=secret_service)
    assert out.returncode == 1
    assert "127.0.0.1:9" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    assert KEY not in out.stdout + out.stderr


@pytest.mark.parametrize("backend", ["keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"])
def test_no_keychain_says_so_and_writes_nothing(plinth_home: Path, backend: str) -> None:
    out = plinth("add", "oa", "--kind", "openai", home=plinth_home, stdin=KEY + "\n", keyring_backend=backend)
    assert out.returncode != 0
    assert NO_KEYCHAIN in out.stderr
    assert "cannot keep a key for this session only" in out.stderr
    assert "OPENAI_API_KEY" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    assert KEY not in out.stdout + out.stderr
    # The provider was not half-added either.
    listed = plinth("list", "--json", home=plinth_home, keyring_backend=backend)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == []


def test_no_keychain_still_allows_a_provider_without_a_key(plinth_home: Path) -> None:
    fail = "keyring.backends.fail.Keyring"
    out = plinth(
        "add",
        "ollama",
        "--kind",
        "openai-compatible",
        "--base-url",
        "http://127.0.0.1:9/v1",
        "--no-key",
        home=plinth_home,
        keyring_backend=fail,
    )
    assert out.returncode == 0, out.stderr
    rows = json.loads(plinth("list", "--json", home=plinth_home, keyring_backend=fail).stdout)
    assert [(r["name"], r["key"]) for r in rows] == [("ollama", "none")]


@pytest.mark.parametrize("option", ["--key", "--api-key", "--token"])
def test_a_key_cannot_be_given_as_an_argument(plinth_home: Path, option: str) -> None:
    null = "keyring.backends.null.Keyring"
    out = plinth("add", "oa", "--kind", "openai", option, KEY, home=plinth_home, keyring_backend=null)
    assert out.returncode == 2
    assert "unrecognized arguments" in out.stderr
    assert not (plinth_home / "config" / "providers.json").exists()


def test_help_offers_no_way_to_pass_a_key(plinth_home: Path) -> None:
    out = plinth("add", "--help", home=plinth_home)
    assert out.returncode == 0
    options = {word.rstrip(",") for word in out.stdout.split() if word.startswith("--")}
    assert options == {"--help", "--kind", "--base-url", "--no-key"}
    assert "never from an argument" in out.stdout


def test_empty_key_and_unknown_provider_are_one_line_errors(
    plinth_home: Path, secret_service: PrivateSecretService, keychain
) -> None:
    empty = plinth("add", "oa", "--kind", "openai", home=plinth_home, stdin="\n", bus=secret_service)
    assert empty.returncode == 1 and "No key was given" in empty.stderr
    for action in ("remove", "test"):
        out = plinth(action, "ghost", home=plinth_home, bus=secret_service)
        assert out.returncode == 1
        assert "No provider named 'ghost'" in out.stderr
        assert len(out.stderr.strip().splitlines()) == 1
    assert plinth("add", "oa", "--kind", "openai", "--no-key", home=plinth_home, bus=secret_service).returncode == 0
    keyless = plinth("test", "oa", home=plinth_home, bus=secret_service)
    assert keyless.returncode == 1 and "has no key" in keyless.stderr and "OPENAI_API_KEY" in keyless.stderr
    bad = plinth("add", "compat", "--kind", "openai-compatible", home=plinth_home, stdin=KEY, bus=secret_service)
    assert bad.returncode == 1 and "needs a base URL" in bad.stderr
    assert keychain.get_password("plinth", "provider:compat") is None


@pytest.mark.parametrize("backend", ["keyring.backends.fail.Keyring", None])
@pytest.mark.parametrize("piped", ["", "  \n\t\n"])
def test_an_empty_piped_key_means_no_key_given_not_no_keychain(
    plinth_home: Path, secret_service: PrivateSecretService, keychain, backend: str | None, piped: str
) -> None:
    # `plinth providers add ... </dev/null`: nothing piped is a missing key, whether a keychain exists or not.
    out = plinth(
        "add",
        "compat",
        "--kind",
        "openai-compatible",
        "--base-url",
        "http://127.0.0.1:9/v1",
        home=plinth_home,
        stdin=piped,
        bus=secret_service,
        keyring_backend=backend,
    )
    assert out.returncode == 1
    assert "No key was given (standard input was empty)." in out.stderr
    assert "For a server that needs no key, add --no-key." in out.stderr
    assert "keychain" not in out.stderr.lower()
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    assert keychain.get_password("plinth", "provider:compat") is None
    listed = plinth("list", "--json", home=plinth_home, bus=secret_service)
    assert json.loads(listed.stdout) == []


def test_an_empty_piped_key_for_a_kind_with_an_environment_key_names_both_ways(
    plinth_home: Path, secret_service: PrivateSecretService, keychain
) -> None:
    out = plinth("add", "oa", "--kind", "openai", home=plinth_home, stdin="", bus=secret_service)
    assert out.returncode == 1
    assert "No key was given (standard input was empty)." in out.stderr
    assert "--no-key" in out.stderr and "OPENAI_API_KEY" in out.stderr
    assert keychain.get_password("plinth", "provider:oa") is None
    assert json.loads(plinth("list", "--json", home=plinth_home, bus=secret_service).stdout) == []
