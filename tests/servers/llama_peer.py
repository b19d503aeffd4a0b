"""``python -m llama_cpp.server`` on the starter model: a real OpenAI-compatible peer."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ALIAS = "smollm2"
START_TIMEOUT_S = 120.0


@contextmanager
def serve_starter(starter_path: Path, log_dir: Path, *extra_args: str) -> Iterator[str]:
    """Serve the starter model on a free loopback port; yields the ``…/v1`` base URL.

    ``extra_args``: more of the server's options (``--embedding``, ``true``).
    """
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    log_path = log_dir / "llama-server.log"
    cmd = [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(starter_path), "--model_alias", ALIAS,
        "--host", "127.0.0.1", "--port", str(port),
        "--n_ctx", "2048", "--verbose", "false", *extra_args,
    ]  # fmt: skip
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_until_serving(url, proc, log_path)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)


def _wait_until_serving(url: str, proc: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"llama_cpp.server exited ({proc.returncode}):\n{_tail(log_path)}")
        try:
            with urllib.request.urlopen(f"{url}/models", timeout=2) as response:
                if ALIAS in [m["id"] for m in json.load(response)["data"]]:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    pytest.fail(f"llama_cpp.server did not serve within {START_TIMEOUT_S:g} s:\n{_tail(log_path)}")


def _tail(log_path: Path) -> str:
    return log_path.read_text(errors="replace")[-3000:]
