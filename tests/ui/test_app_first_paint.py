"""The start-up benchmark's hook: PLINTH_EXIT_AFTER_SHOW reports the first paint and quits."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_real_app_reports_its_first_paint_and_quits(tmp_path: Path) -> None:
    env = {**os.environ, "PLINTH_HOME": str(tmp_path / "home"), "PLINTH_EXIT_AFTER_SHOW": "0"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "app"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    shown = [line for line in done.stdout.splitlines() if line.startswith("plinth-shown ")]
    assert len(shown) == 1
    assert started < float(shown[0].split()[1]) < time.time()
    assert (tmp_path / "home").is_dir()  # it really started Plinth, with its data in PLINTH_HOME
