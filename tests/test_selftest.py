"""``plinth --self-test``, run the way a person runs it: a separate process."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.selftest import StepTimeout, _with_timeout

CHECKS = ("data folder", "keychain", "main window", "starter model", "GPU offload")


def self_test(env_changes: dict[str, str | None]) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    for key, value in env_changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run(
        [sys.executable, "-m", "app", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_self_test_passes_in_a_temporary_home_and_leaves_nothing(starter_path: Path) -> None:
    started = time.monotonic()
    result = self_test({"PLINTH_HOME": None, "QT_QPA_PLATFORM": None})
    assert time.monotonic() - started < 60
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for name in CHECKS:
        assert re.search(rf"^(PASS|WARN)  {name}: ", out, re.MULTILINE), (name, out)
    assert re.search(r"^PASS  main window: opened with 7 tabs \(offscreen platform\)", out, re.MULTILINE), out
    assert re.search(rf"^PASS  starter model: {re.escape(starter_path.name)}: \d+ tokens", out, re.MULTILINE), out
    assert "FAIL" not in out
    assert "so your own data is not touched" in out
    home = re.search(r"using a temporary folder, (\S+),", out)
    assert home is not None and not Path(home.group(1)).exists()
    assert "Diagnostics:" in out and "llama-cpp-python " in out
    assert re.search(r"^Self-test passed: 5 checks, 0 failed", out, re.MULTILINE), out


@pytest.mark.slow
def test_self_test_fails_when_the_data_folder_is_not_usable(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = self_test({"PLINTH_HOME": str(blocker)})
    assert result.returncode == 1, result.stdout + result.stderr
    assert re.search(r"^FAIL  data folder: not writable", result.stdout, re.MULTILINE), result.stdout
    assert re.search(r"^FAIL  main window: Plinth could not start", result.stdout, re.MULTILINE), result.stdout
    assert re.search(r"^Self-test FAILED: ", result.stdout, re.MULTILINE)
    assert blocker.read_text() == "not a folder"


def test_a_hung_step_fails_with_a_timeout_message() -> None:
    import threading

    stop = threading.Event()
    with pytest.raises(StepTimeout, match="timed out after 1 s"):
        _with_timeout(lambda: stop.wait(30), 1.0)
    stop.set()


def test_a_step_error_reaches_the_caller() -> None:
    def boom() -> None:
        raise ValueError("bad")

    with pytest.raises(ValueError, match="bad"):
        _with_timeout(boom, 5)
    assert _with_timeout(lambda: 42, 5) == 42
