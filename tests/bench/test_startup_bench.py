"""Start-up: a new process to the main window's first paint, Plinth against a bare PySide6 window.

Plinth runs as ``python -m app`` with PLINTH_HOME in a temp dir (the
starter model is found, no other model, no provider) and
``PLINTH_EXIT_AFTER_SHOW``: once the window has painted it prints the time
and, after idling a moment, quits. The baseline is a new process that
imports PySide6, shows an empty QMainWindow of the same size and reports its
first paint the same way. Time runs from just before the process is started
to the reported paint; idle RSS is read while the window sits idle after
showing. One untimed run of each first (it compiles the bytecode, into a
temp dir, and fills the disk cache),
then ``REPS`` of each, alternating; medians. Qt runs on QT_QPA_PLATFORM
(offscreen under ``make bench``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[2]
REPS = 5
TARGET = 1.5
IDLE_S = 1.0
#: When RSS is read: the window has painted and idled this long.
SETTLE_S = 0.5
BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class Reporter(QObject):
    def __init__(self, window, idle_s):
        super().__init__(window)
        self._idle_ms = round(idle_s * 1000)
        self._seen = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self):
        print(f"plinth-shown {time.time():.6f}", flush=True)
        QTimer.singleShot(self._idle_ms, QApplication.quit)


app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1080, 760)
window.installEventFilter(Reporter(window, float(sys.argv[1])))
window.show()
sys.exit(app.exec())
"""


def _start(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds from process start to first paint, idle RSS in MiB)."""
    started = time.time()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if line.startswith("plinth-shown "):
                shown = float(line.split()[1])
                break
        else:
            raise AssertionError(f"{cmd[-1]} exited with {proc.wait()} before showing a window")
        time.sleep(SETTLE_S)
        rss = psutil.Process(proc.pid).memory_info().rss / 2**20
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
    return shown - started, rss


def test_startup_against_a_bare_window(tmp_path: Path, bench) -> None:
    env = {**os.environ, "PLINTH_HOME": str(tmp_path / "home"), "PLINTH_EXIT_AFTER_SHOW": str(IDLE_S)}
    # Compiled bytecode, kept in a temp dir, as an installed Plinth has it (pip compiles on
    # install): a shell with PYTHONDONTWRITEBYTECODE would otherwise compile every module each start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "pycache")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    plinth_cmd = [sys.executable, "-m", "app"]
    bare_cmd = [sys.executable, "-c", BARE, str(IDLE_S)]
    _start(plinth_cmd, env)  # the first run also creates the settings and the history database
    _start(bare_cmd, env)
    samples: dict[str, list[tuple[float, float]]] = {"plinth": [], "bare": []}
    for _ in range(REPS):
        samples["plinth"].append(_start(plinth_cmd, env))
        samples["bare"].append(_start(bare_cmd, env))
    times = {name: [s[0] for s in runs] for name, runs in samples.items()}
    rss = {name: [s[1] for s in runs] for name, runs in samples.items()}
    print(f"\n  start-up s: plinth {[f'{t:.2f}' for t in times['plinth']]}, bare {[f'{t:.2f}' for t in times['bare']]}")
    platform = env["QT_QPA_PLATFORM"]
    bench.row("5", "start-up to first paint", times["plinth"], times["bare"], "s", higher_is_better=False,
              target=1 / TARGET, target_text=f"<= {TARGET:g}x bare's time",
              notes=f"python -m app vs an empty QMainWindow, new process each, Qt platform {platform}")  # fmt: skip
    bench.row("5b", "idle RSS after showing", rss["plinth"], rss["bare"], "MiB", higher_is_better=False,
              notes=f"RSS {SETTLE_S:g} s after the first paint; reported, no target")  # fmt: skip
