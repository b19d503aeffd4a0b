"""Download throughput: Plinth's Downloader against curl, same file, same local Hub server.

The Hub-like test server runs in its own process (so it never shares a GIL
with the downloader) and serves a ``SIZE`` file of random bytes from a temp
dir. Each repetition downloads it with Plinth's Downloader (HEAD for the
metadata, GET, sha256 of every byte, fsync, rename into place), then with
``curl -o`` (no checksum, no fsync), then with curl followed by ``sha256sum``
and ``sync`` on the file: what Plinth guarantees, done the plain way. Files
are deleted after each download; methods alternate so the page cache favours
none. Figures are MB/s (10^6 bytes) of wall time, median of ``REPS``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.models.downloads import Downloader

ROOT = Path(__file__).resolve().parents[2]
SIZE = 512 * 2**20
REPS = 3
TARGET = 0.8
REPO, NAME = "bench/big", "big.gguf"
SERVER = """
import sys
from pathlib import Path
from servers.hub_server import HubServer
hub = HubServer()
hub.add_repo(sys.argv[1], {sys.argv[2]: Path(sys.argv[3])})
hub.start()
print(hub.url, flush=True)
sys.stdin.read()
hub.stop()
"""


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("hub") / NAME
    digest = hashlib.sha256()
    with path.open("wb") as fh:
        for _ in range(SIZE // (16 << 20)):
            block = os.urandom(16 << 20)
            digest.update(block)
            fh.write(block)
    return path, digest.hexdigest()


@pytest.fixture(scope="module")
def hub_url(big_file: tuple[Path, str]) -> Iterator[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tests")}
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, REPO, NAME, str(big_file[0])],
        cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert server.stdout is not None and server.stdin is not None
    url = server.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:"), url
    yield url
    server.stdin.close()
    server.wait(timeout=30)
    server.stdout.close()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(8 << 20):
            digest.update(block)
    return digest.hexdigest()


def test_downloader_against_curl(big_file: tuple[Path, str], hub_url: str, tmp_path: Path, bench) -> None:
    if shutil.which("curl") is None or shutil.which("sha256sum") is None:
        pytest.fail("curl and sha256sum are needed: scripts/sysdeps.sh test installs them")
    _, expected = big_file
    url = f"{hub_url}/{REPO}/resolve/main/{NAME}"
    models = tmp_path / "models"
    out = tmp_path / "curl.out"
    downloader = Downloader(models, hub_url)
    downloader.remote_file(REPO, NAME)  # imports huggingface_hub once, outside the timing

    def plinth() -> float:
        t0 = time.perf_counter()
        path = downloader.download(REPO, NAME)
        wall = time.perf_counter() - t0
        assert path.stat().st_size == SIZE
        path.unlink()
        return SIZE / wall / 1e6

    def curl() -> float:
        t0 = time.perf_counter()
        subprocess.run(["curl", "-sS", "--fail", "-o", str(out), url], check=True)
        wall = time.perf_counter() - t0
        assert out.stat().st_size == SIZE
        out.unlink()
        return SIZE / wall / 1e6

    def curl_verified() -> float:
        t0 = time.perf_counter()
        subprocess.run(["curl", "-sS", "--fail", "-o", str(out), url], check=True)
        digest = subprocess.run(["sha256sum", str(out)], check=True, capture_output=True, text=True).stdout
        subprocess.run(["sync", str(out)], check=True)
        wall = time.perf_counter() - t0
        assert digest.split()[0] == expected
        out.unlink()
        return SIZE / wall / 1e6

    # The Downloader checks the sha256 itself (a mismatch raises); check the file once more here.
    path = downloader.download(REPO, NAME)
    assert _sha256(path) == expected
    path.unlink()

    samples: dict[str, list[float]] = {"plinth": [], "curl": [], "curl_verified": []}
    for _ in range(REPS):
        for name, method in (("plinth", plinth), ("curl", curl), ("curl_verified", curl_verified)):
            samples[name].append(method())
    print(
        f"\n  MB/s: plinth {samples['plinth']}, curl {samples['curl']}, curl+sha256sum+sync {samples['curl_verified']}"
    )
    size = f"{SIZE // 2**20} MiB from a local Hub server in another process"
    bench.row("7", "download MB/s vs curl", samples["plinth"], samples["curl"], "MB/s", target=TARGET,
              notes=f"{size}; Plinth hashes (sha256) and fsyncs, curl does neither")  # fmt: skip
    bench.row("7b", "download MB/s vs curl+sha256sum+sync", samples["plinth"], samples["curl_verified"], "MB/s",
              target=TARGET, notes=f"{size}; both verify the sha256 and reach the disk")  # fmt: skip
