"""`plinth models search|files|download` against a local Hub.

The interruption tests run the real command in a subprocess and kill it
(SIGKILL, SIGINT) part-way; a second run must fetch only the missing bytes.
The rest call the command line in-process.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

# huggingface_hub reads its environment once, at import.
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"

from fakes import MemoryKeyring  # noqa: E402
from servers.hub_server import UNRESOLVABLE_ENDPOINT, HubServer, fake_gguf  # noqa: E402

from app.bootstrap import build_services  # noqa: E402
from app.cli import run_cli  # noqa: E402
from app.core.paths import Paths  # noqa: E402
from app.core.secrets import SecretStore  # noqa: E402

REPO = "org/Test-GGUF"
FILE = "test-Q4_K_M.gguf"
SIZE = 4_000_000
TOKEN = "hf_cli_granted_token_0123456789"
# Variables that would let a developer's own set-up leak into the subprocess.
_SCRUBBED = (
    "HF_TOKEN",
    "HUGGING_FACE_HUB_TOKEN",
    "HF_ENDPOINT",
    "PYTHON_KEYRING_BACKEND",
    "DBUS_SESSION_BUS_ADDRESS",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "http_proxy",
    "https_proxy",
)


@pytest.fixture
def hub() -> Iterator[HubServer]:
    with HubServer() as server:
        server.add_repo(
            REPO,
            {
                FILE: fake_gguf("llama", SIZE),
                "alien-Q4_0.gguf": fake_gguf("not-a-real-arch", 1_500_000),
                "big-Q8_0-00001-of-00002.gguf": fake_gguf("llama", 300_000, seed=1),
                "big-Q8_0-00002-of-00002.gguf": fake_gguf("llama", 200_000, seed=2),
            },
            downloads=1200,
            likes=7,
        )
        server.add_repo("org/Gated-GGUF", {FILE: fake_gguf("llama", 20_000)}, gated="auto", granted={TOKEN})
        yield server


def cli(*args: str, keychain: MemoryKeyring | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()

    def services():
        built = build_services(Paths.from_environment())
        built.secrets = SecretStore(backend=keychain or MemoryKeyring(), environ={})
        return built

    code = run_cli(list(args), services, stdin=io.StringIO(), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def start(*args: str, home: Path, env: dict[str, str] | None = None) -> subprocess.Popen:
    full = {k: v for k, v in os.environ.items() if k not in _SCRUBBED}
    full.update(PLINTH_HOME=str(home), NO_PROXY="127.0.0.1,localhost", HF_HUB_DISABLE_TELEMETRY="1", **(env or {}))
    return subprocess.Popen(
        [sys.executable, "-m", "app", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=full
    )


def wait_for_size(path: Path, at_least: int, proc: subprocess.Popen, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.is_file() and path.stat().st_size >= at_least:
            return
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.02)
    pytest.fail(f"{path} never reached {at_least} bytes")


def test_without_a_network_search_and_download_fail_at_once_naming_the_hub() -> None:
    for args in (("search", "qwen"), ("download", "org/m-GGUF", "m-Q4_0.gguf")):
        started = time.monotonic()
        code, out, err = cli("models", *args, "--endpoint", UNRESOLVABLE_ENDPOINT)
        assert time.monotonic() - started < 5, args
        assert code == 1 and out == ""
        assert "Cannot reach the Hugging Face Hub" in err and "name resolution failed" in err
        assert "provider" not in err


def test_search_and_files(hub: HubServer) -> None:
    code, out, err = cli("models", "search", "test", "--json", "--endpoint", hub.url)
    assert code == 0, err
    assert [(r["repo_id"], r["downloads"], r["likes"]) for r in json.loads(out)] == [(REPO, 1200, 7)]

    code, out, err = cli("models", "search", "gguf", "--sort", "likes", "--endpoint", hub.url)
    assert code == 0, err
    assert out.splitlines()[0].split() == ["REPOSITORY", "DOWNLOADS", "LIKES", "UPDATED"]
    assert "org/Gated-GGUF" in out and "(gated)" in out

    code, out, err = cli("models", "files", REPO, "--json", "--endpoint", hub.url)
    assert code == 0, err
    files = json.loads(out)
    assert [(f["filename"], f["quantization"], f["shard_count"]) for f in files] == [
        ("alien-Q4_0.gguf", "Q4_0", 1),
        ("big-Q8_0-00001-of-00002.gguf", "Q8_0", 2),
        (FILE, "Q4_K_M", 1),
    ]
    assert files[1]["size_bytes"] == 500_000

    code, out, err = cli("models", "files", REPO, "--endpoint", hub.url)
    assert code == 0, err
    assert f"{FILE}" in out and "4.0 MB" in out


def test_missing_repo_exits_1_with_the_message(hub: HubServer) -> None:
    code, out, err = cli("models", "files", "org/Nope", "--endpoint", hub.url)
    assert code == 1 and out == ""
    assert err.startswith("plinth: No repository org/Nope on the Hub (it may have been renamed or removed).")


def test_gated_download_needs_the_keychain_token(hub: HubServer) -> None:
    code, _, err = cli("models", "download", "org/Gated-GGUF", FILE, "--endpoint", hub.url)
    assert code == 1
    assert err == (
        f"plinth: This model is gated: accept its licence at {hub.url}/org/Gated-GGUF "
        "and add a Hugging Face token (Models → Token).\n"
    )
    keychain = MemoryKeyring()
    keychain.passwords[("plinth", "huggingface")] = TOKEN
    code, out, err = cli("models", "download", "org/Gated-GGUF", FILE, "--endpoint", hub.url, keychain=keychain)
    assert code == 0, err
    assert Path(out.strip()).is_file()


def test_unsupported_architecture_is_refused_unless_forced(hub: HubServer, plinth_home: Path) -> None:
    code, _, err = cli("models", "download", REPO, "alien-Q4_0.gguf", "--endpoint", hub.url)
    assert code == 1
    assert "“not-a-real-arch”" in err and "Add --force to download it anyway." in err
    assert hub.bytes_served_settled(1 << 20) == 1 << 20  # the header check read one megabyte, nothing more
    code, out, err = cli("models", "download", REPO, "alien-Q4_0.gguf", "--force", "--endpoint", hub.url)
    assert code == 0, err
    assert Path(out.strip()) == plinth_home / "models" / "org__Test-GGUF" / "alien-Q4_0.gguf"


def test_sharded_download_then_listed(hub: HubServer, plinth_home: Path) -> None:
    code, out, err = cli("models", "download", REPO, "big-Q8_0-00001-of-00002.gguf", "--endpoint", hub.url)
    assert code == 0, err
    assert "big-Q8_0-00001-of-00002.gguf [1/2]" in err or "big-Q8_0-00002-of-00002.gguf [2/2]" in err
    assert "Downloaded and verified" in err
    folder = plinth_home / "models" / "org__Test-GGUF"
    assert sorted(p.name for p in folder.iterdir()) == [
        "big-Q8_0-00001-of-00002.gguf",
        "big-Q8_0-00002-of-00002.gguf",
    ]


@pytest.mark.slow
def test_kill_9_then_run_again_fetches_only_the_rest(hub: HubServer, plinth_home: Path) -> None:
    hub.throttle_bps = 2_000_000
    part = plinth_home / "models" / "org__Test-GGUF" / f"{FILE}.part"
    proc = start("models", "download", REPO, FILE, "--endpoint", hub.url, home=plinth_home)
    try:
        wait_for_size(part, 1_000_000, proc)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.communicate(timeout=20)
    assert proc.returncode == -signal.SIGKILL
    kept = part.stat().st_size
    assert 1_000_000 <= kept < SIZE

    hub.throttle_bps = None
    served_before = len(hub.served)
    proc = start("models", "download", REPO, FILE, "--endpoint", hub.url, home=plinth_home)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    second = hub.served[served_before:]
    assert [(s.start, s.sent) for s in second] == [(kept, SIZE - kept)]  # only the missing bytes, no header check
    final = Path(out.strip())
    assert final == part.with_name(FILE)
    assert hashlib.sha256(final.read_bytes()).hexdigest() == hub.repos[REPO].files[FILE].sha256
    assert sorted(p.name for p in final.parent.iterdir()) == [FILE]

    code, out, _ = cli("models", "list", "--json")
    assert code == 0
    assert str(final) in [m["path"] for m in json.loads(out)]


@pytest.mark.slow
def test_ctrl_c_exits_130_and_keeps_a_resumable_part(hub: HubServer, plinth_home: Path) -> None:
    hub.throttle_bps = 2_000_000
    part = plinth_home / "models" / "org__Test-GGUF" / f"{FILE}.part"
    # No --endpoint: HF_ENDPOINT says where the Hub is.
    proc = start("models", "download", REPO, FILE, home=plinth_home, env={"HF_ENDPOINT": hub.url})
    try:
        wait_for_size(part, 1_000_000, proc)
        proc.send_signal(signal.SIGINT)
    finally:
        out, err = proc.communicate(timeout=20)
    assert proc.returncode == 130, err
    assert "run the same command again to resume" in err
    assert out == ""
    assert part.stat().st_size >= 1_000_000
    assert part.with_name(f"{FILE}.part.json").is_file()
