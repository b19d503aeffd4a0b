"""Offline mode: the switch, the socket guard, and every core refusal.

The guard is an audit hook, which can never be removed from a process, so
the real hook is tried in a subprocess (:func:`run_guarded`); this process
asks its decision function and calls its hook method directly.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from fakes import FakeEngine, MemoryKeyring
from servers.hub_server import HubServer, fake_gguf

from app.core.diagnostics import GpuSupport, collect
from app.core.engines.registry import EngineRegistry
from app.core.errors import ModelNotFoundError, OfflineError
from app.core.models.directory import OFFLINE_NOTE, ModelDirectory
from app.core.models.hub import HubClient
from app.core.models.library import ModelLibrary
from app.core.offline import (
    ENV_VAR,
    HUB_ENV_VAR,
    OfflineMode,
    OfflineSocketError,
    SocketGuard,
    blocked_address,
    env_forces_offline,
    is_loopback_host,
)
from app.core.paths import Paths
from app.core.providers import ProviderConfig, ProviderStore
from app.core.secrets import SecretStore, provider_account
from app.core.settings import Settings, SettingsStore

INET = SimpleNamespace(family=socket.AF_INET)
INET6 = SimpleNamespace(family=socket.AF_INET6)
UNIX = SimpleNamespace(family=socket.AF_UNIX)


# -- the switch -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "forced"), [("1", True), ("true", True), (" YES ", True), ("on", True), ("0", False), ("", False)]
)
def test_plinth_offline_variable(value: str, forced: bool) -> None:
    assert env_forces_offline({ENV_VAR: value}) is forced
    mode = OfflineMode.from_environment(False, {ENV_VAR: value})
    assert mode.enabled is forced and mode.forced is forced


def test_saved_switch_and_forced_variable() -> None:
    calls: list[bool] = []
    mode = OfflineMode.from_environment(False, {})
    mode.add_listener(calls.append)
    assert not mode.enabled and mode.describe() == "off" and mode.reason == ""
    mode.set_saved(True)
    mode.set_saved(True)  # no change: no second call
    assert mode.enabled and mode.describe() == "on (turned on in File › Offline mode)"
    mode.set_saved(False)
    assert calls == [True, False]

    forced = OfflineMode.from_environment(False, {ENV_VAR: "1"})
    forced.add_listener(calls.append)
    forced.set_saved(False)
    forced.set_saved(True)
    assert forced.enabled and forced.describe() == f"on ({ENV_VAR}=1 is set)"
    assert calls == [True, False], "the variable wins: flipping the saved switch changes nothing"


def test_check_says_how_to_turn_it_off() -> None:
    OfflineMode().check("nothing happens while off.")
    with pytest.raises(OfflineError) as caught:
        OfflineMode(True).check("the thing is off.")
    text = str(caught.value)
    assert text.startswith("Offline mode is on: the thing is off.")
    assert "File › Offline mode (Ctrl+Shift+O)" in text and ENV_VAR in text
    assert caught.value.title == "Nothing leaves this computer"


def test_apply_hub_offline_sets_and_restores_the_variable_and_a_loaded_hub() -> None:
    constants = SimpleNamespace(HF_HUB_OFFLINE=False)
    modules = {"huggingface_hub.constants": constants}
    environ: dict[str, str] = {}
    mode = OfflineMode.from_environment(True, environ)
    mode.apply_hub_offline(environ, modules)
    assert environ[HUB_ENV_VAR] == "1" and constants.HF_HUB_OFFLINE is True
    mode.set_saved(False)
    mode.apply_hub_offline(environ, modules)
    assert HUB_ENV_VAR not in environ and constants.HF_HUB_OFFLINE is False

    # A person's own HF_HUB_OFFLINE=1 survives Plinth's switch going off.
    own = {HUB_ENV_VAR: "1"}
    theirs = OfflineMode.from_environment(False, own)
    theirs.apply_hub_offline(own, modules)
    assert own[HUB_ENV_VAR] == "1" and constants.HF_HUB_OFFLINE is True
    # Not loaded yet: only the variable, read when huggingface_hub is first imported.
    later: dict[str, str] = {}
    OfflineMode(True).apply_hub_offline(later, {})
    assert later == {HUB_ENV_VAR: "1"}


# -- the guard's decision ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "127.8.9.10", "::1", "[::1]", "::ffff:127.0.0.1", "localhost", "LOCALHOST.", "api.localhost"]
)
def test_loopback_hosts(host: str) -> None:
    assert is_loopback_host(host)
    assert is_loopback_host(host.encode())


@pytest.mark.parametrize(
    "host", ["192.0.2.1", "2001:db8::1", "0.0.0.0", "::", "example.com", "localhost.example.com", "10.0.0.1", "", None]
)
def test_not_loopback_hosts(host: object) -> None:
    assert not is_loopback_host(host)


@pytest.mark.parametrize(
    ("event", "args", "blocked"),
    [
        ("socket.connect", (INET, ("192.0.2.1", 443)), "192.0.2.1:443"),
        ("socket.connect", (INET, ("example.com", 80)), "example.com:80"),
        ("socket.connect", (INET6, ("2001:db8::1", 443, 0, 0)), "[2001:db8::1]:443"),
        ("socket.sendto", (INET, ("192.0.2.1", 53)), "192.0.2.1:53"),
        ("socket.sendmsg", (INET6, ("2001:db8::1", 53, 0, 0)), "[2001:db8::1]:53"),
        ("socket.getaddrinfo", ("example.com", 443, 0, 0, 0), "example.com:443"),
        ("socket.getaddrinfo", (b"example.com", None, 0, 0, 0), "example.com"),
        ("socket.getaddrinfo", ("192.0.2.1", 80, 0, 0, 0), "192.0.2.1:80"),
        ("socket.gethostbyname", ("example.com",), "example.com"),
        ("socket.gethostbyaddr", ("192.0.2.1",), "192.0.2.1"),
        ("socket.getnameinfo", (("192.0.2.1", 80), 0), "192.0.2.1"),
        ("socket.bind", (INET, ("0.0.0.0", 8080)), "0.0.0.0:8080"),
        ("socket.bind", (INET, ("", 8080)), "all addresses:8080"),
        (
            "socket.connect",
            (SimpleNamespace(family=getattr(socket, "AF_PACKET", 17)), ("eth0", 0)),
            "a socket of family",
        ),
    ],
)
def test_decision_blocks_what_leaves_the_computer(event: str, args: tuple, blocked: str) -> None:
    assert (blocked_address(event, args) or "").startswith(blocked)


@pytest.mark.parametrize(
    ("event", "args"),
    [
        ("socket.connect", (INET, ("127.0.0.1", 8080))),
        ("socket.connect", (INET, ("localhost", 8080))),
        ("socket.connect", (INET6, ("::1", 8080, 0, 0))),
        ("socket.connect", (UNIX, "/run/user/1000/bus")),
        ("socket.connect", (UNIX, b"\0abstract-dbus")),
        ("socket.sendto", (INET, ("127.0.0.1", 53))),
        ("socket.sendmsg", (INET, None)),
        ("socket.getaddrinfo", ("localhost", 443, 0, 0, 0)),
        ("socket.getaddrinfo", ("127.0.0.1", 443, 0, 0, 0)),
        ("socket.getaddrinfo", (None, 443, 0, 0, 0)),
        ("socket.bind", (INET, ("127.0.0.1", 0))),
        ("socket.bind", (UNIX, "/tmp/plinth.sock")),
        ("socket.gethostname", ()),
        ("open", ("/etc/hosts", "r", 0)),
    ],
)
def test_decision_lets_loopback_and_unix_sockets_through(event: str, args: tuple) -> None:
    assert blocked_address(event, args) is None


def test_guard_hook_raises_only_while_on() -> None:
    """The hook method, called as the interpreter would: while off nothing is refused (nothing is really connected)."""
    mode = OfflineMode()
    guard = SocketGuard(mode)
    far = ("socket.connect", (INET, ("192.0.2.1", 443)))
    assert guard.audit(*far) is None
    assert guard.audit("socket.getaddrinfo", ("example.com", 443, 0, 0, 0)) is None
    mode.set_saved(True)
    with pytest.raises(OfflineSocketError) as caught:
        guard.audit(*far)
    assert isinstance(caught.value, OSError), "network libraries see a failed connection, not a crash"
    assert "Offline mode is on" in str(caught.value) and "192.0.2.1:443" in str(caught.value)
    assert guard.audit("socket.connect", (INET, ("127.0.0.1", 443))) is None
    guard.follow(None)
    assert guard.audit(*far) is None
    assert guard.blocked == ["192.0.2.1:443"]


# -- the real audit hook, in a process of its own ---------------------------------------------------------

GUARDED_SCRIPT = textwrap.dedent(
    r"""
    import json, os, socket, sys, tempfile, threading
    from app.core.offline import OfflineMode, OfflineSocketError, install_socket_guard

    mode = OfflineMode(forced=True)
    guard = install_socket_guard(mode)
    assert install_socket_guard(mode) is guard, "installed once per process"

    LOCAL = {"127.0.0.1", "::1", "localhost", None}

    def safety_net(event, args):
        # Added after the guard, so it runs only for what the guard let through.
        # Its own simple rule: if the guard misses, this stops the packet instead.
        if event in ("socket.connect", "socket.sendto") and args[0].family in (socket.AF_INET, socket.AF_INET6):
            if args[1][0] not in LOCAL:
                raise RuntimeError("GUARD MISSED " + str(args[1]))
        if event == "socket.getaddrinfo" and args[0] not in LOCAL:
            raise RuntimeError("GUARD MISSED " + str(args[0]))

    sys.addaudithook(safety_net)
    results = {}

    def attempt(name, fn):
        try:
            results[name] = ["ok", fn()]
        except OfflineSocketError as exc:
            results[name] = ["blocked", str(exc)]
        except Exception as exc:
            results[name] = ["error", f"{type(exc).__name__}: {exc}"]

    def tcp(family, address):
        with socket.socket(family, socket.SOCK_STREAM) as s:
            s.settimeout(0.5)
            try:
                s.connect(address)
            finally:
                # A connect that reached the kernel would have bound a local port.
                results[f"port after {address[0]}"] = s.getsockname()[1]

    def udp(address):
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            try:
                s.sendto(b"x", address)
            finally:
                results[f"udp port after {address[0]}"] = s.getsockname()[1]

    try:
        socket.socket(socket.AF_INET6).close()
        ipv6 = True
    except OSError:
        ipv6 = False
    attempt("tcp4 far", lambda: tcp(socket.AF_INET, ("192.0.2.1", 9)))
    if ipv6:
        attempt("tcp6 far", lambda: tcp(socket.AF_INET6, ("2001:db8::1", 9, 0, 0)))
    attempt("udp far", lambda: udp(("192.0.2.1", 9)))
    attempt("lookup", lambda: socket.getaddrinfo("example.com", 443))
    attempt("create_connection", lambda: socket.create_connection(("example.com", 80), timeout=0.5))
    attempt("bind all", lambda: socket.socket().bind(("0.0.0.0", 0)))

    def loopback(host, family):
        server = socket.socket(family, socket.SOCK_STREAM)
        server.bind((host, 0))
        server.listen()
        port = server.getsockname()[1]
        accepted = []
        t = threading.Thread(target=lambda: accepted.append(server.accept()[0].recv(5)))
        t.start()
        with socket.create_connection((host, port), timeout=5) as c:
            c.sendall(b"hello")
        t.join(5)
        server.close()
        return accepted[0].decode()

    attempt("loopback4", lambda: loopback("127.0.0.1", socket.AF_INET))
    attempt("localhost", lambda: [a[4][0] for a in socket.getaddrinfo("localhost", 80, type=socket.SOCK_STREAM)])
    if ipv6:
        attempt("loopback6", lambda: loopback("::1", socket.AF_INET6))

    def unix():
        path = os.path.join(tempfile.mkdtemp(), "s")
        server = socket.socket(socket.AF_UNIX)
        server.bind(path)
        server.listen()
        with socket.socket(socket.AF_UNIX) as c:
            c.connect(path)
            c.sendall(b"dbus")
            got = server.accept()[0].recv(4)
        server.close()
        a, b = socket.socketpair()
        a.sendall(b"pair")
        return got.decode() + b.recv(4).decode()

    attempt("unix", unix)
    results["blocked"] = guard.blocked
    print(json.dumps(results))
    """
)


@pytest.fixture(scope="module")
def guarded() -> dict:
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", GUARDED_SCRIPT], capture_output=True, text=True, timeout=60, cwd=root)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.mark.parametrize("name", ["tcp4 far", "tcp6 far", "udp far", "lookup", "create_connection", "bind all"])
def test_real_guard_blocks_before_anything_is_sent(guarded: dict, name: str) -> None:
    if name not in guarded:
        pytest.skip("this machine has no IPv6")
    outcome, message = guarded[name]
    assert outcome == "blocked", message  # "error: GUARD MISSED" would mean the safety net caught it
    assert message.startswith("Offline mode is on: Plinth refused to contact")
    assert "Ctrl+Shift+O" in message and ENV_VAR in message


def test_real_guard_blocked_the_connects_before_the_kernel_saw_them(guarded: dict) -> None:
    assert guarded["port after 192.0.2.1"] == 0
    assert guarded["udp port after 192.0.2.1"] == 0
    far = ["192.0.2.1:9"]
    if "tcp6 far" in guarded:
        assert guarded["port after 2001:db8::1"] == 0
        far.append("[2001:db8::1]:9")
    assert guarded["blocked"] == [*far, "192.0.2.1:9", "example.com:443", "example.com:80", "0.0.0.0"]


def test_real_guard_lets_loopback_and_unix_sockets_work(guarded: dict) -> None:
    assert guarded["loopback4"] == ["ok", "hello"]
    assert guarded["localhost"][0] == "ok" and set(guarded["localhost"][1]) <= {"127.0.0.1", "::1"}
    if "loopback6" in guarded:
        assert guarded["loopback6"] == ["ok", "hello"]
    assert guarded["unix"] == ["ok", "dbuspair"]


# -- what Plinth itself refuses -------------------------------------------------------------------------


def test_registry_refuses_remote_engines_offline_cached_ones_included() -> None:
    mode = OfflineMode()
    registry = EngineRegistry(mode)
    local, remote = FakeEngine("starter"), FakeEngine("oa:gpt", destination="OpenAI")
    built: list[str] = []
    registry.register("starter", lambda m: local)
    registry.register("lab", lambda m: built.append(m) or remote, remote=True)
    registry.register_fallback(lambda m: built.append(m) or remote)
    assert registry.get("oa:gpt") is remote  # online: built and cached
    mode.set_saved(True)
    for model_id in ("oa:gpt", "other:model", "lab:x"):
        with pytest.raises(OfflineError) as caught:
            registry.get(model_id)
        assert model_id in str(caught.value) and "models behind an API" in str(caught.value)
    assert built == ["oa:gpt"]
    assert registry.get("starter") is local
    assert registry.is_remote("oa:gpt") and registry.is_remote("lab") and not registry.is_remote("starter")
    with pytest.raises(ModelNotFoundError):
        registry.get("nonsense")
    mode.set_saved(False)
    assert registry.get("oa:gpt") is remote


def _directory(tmp_path: Path, starter_path: Path, mode: OfflineMode) -> ModelDirectory:
    store = ProviderStore(tmp_path / "providers.json")
    store.upsert(ProviderConfig("oa", "openai"))
    store.upsert(ProviderConfig("box", "openai-compatible", base_url="http://127.0.0.1:9/v1", models=["m1"]))
    secrets = SecretStore(backend=MemoryKeyring(), environ={})
    secrets.set(provider_account("oa"), "sk-test-0123456789abcdef")
    return ModelDirectory(ModelLibrary(tmp_path / "models", starter_path), store, secrets, mode)


def test_model_directory_turns_remote_models_off_and_labels_them(tmp_path: Path, starter_path: Path) -> None:
    mode = OfflineMode()
    directory = _directory(tmp_path, starter_path, mode)
    online = directory.choices()
    assert all(c.available and not c.tag for c in online)
    mode.set_saved(True)
    offline = directory.choices()
    assert [c.model_id for c in offline] == [c.model_id for c in online]
    local = [c for c in offline if c.destination is None]
    remote = [c for c in offline if c.destination is not None]
    assert [c.model_id for c in local] == ["starter"] and local[0].available and not local[0].tag
    assert remote and all(not c.available and c.tag == "offline" and c.note == OFFLINE_NOTE for c in remote)
    assert "Offline mode is on" in OFFLINE_NOTE


@pytest.fixture
def hub() -> Iterator[HubServer]:
    with HubServer() as server:
        server.add_repo("org/Test-GGUF", {"test-Q4_K_M.gguf": fake_gguf("llama", 20_000)})
        yield server


def test_hub_client_refuses_without_contacting_the_hub(hub: HubServer) -> None:
    mode = OfflineMode(True)
    client = HubClient(hub.url, offline=mode)
    for call in (lambda: client.search("test"), lambda: client.files("org/Test-GGUF")):
        with pytest.raises(OfflineError) as caught:
            call()
        assert "Hugging Face Hub" in str(caught.value) and hub.url in str(caught.value)
    assert hub.requests == []
    mode.set_saved(False)
    assert [m.filename for m in client.files("org/Test-GGUF")] == ["test-Q4_K_M.gguf"]
    assert len(hub.requests) >= 1


def test_saved_setting_round_trips(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    settings = Settings()
    assert settings.offline is False
    settings.offline = True
    store.save(settings)
    assert store.load().offline is True


def test_diagnostics_say_whether_offline_mode_is_on_and_hold_no_user_text(paths: Paths) -> None:
    secrets = SecretStore(backend=MemoryKeyring(), environ={})
    secrets.set(provider_account("oa"), "sk-secret-0123456789abcdef")
    settings = Settings(system_prompt="my private system prompt", draft="a half-written secret message")
    SettingsStore(paths.settings_file).save(settings)
    text = collect(
        paths, secrets, gpu=GpuSupport(False, ""), offline=OfflineMode.from_environment(False, {ENV_VAR: "1"})
    ).text()
    assert f"Offline mode: on ({ENV_VAR}=1 is set)" in text.splitlines()
    assert "Offline mode: off" in collect(paths, secrets, gpu=GpuSupport(False, ""), offline=OfflineMode()).text()
    for private in ("sk-secret", "private system prompt", "half-written", "0123456789abcdef"):
        assert private not in text
