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

Plinth's first paint is its window's frame (menus, tabs, status bar); the
restored tab's panel is built right after it. Plinth also prints when that
panel is built and enabled (``plinth-ready``): reported in the row's notes,
so the time to a usable window stays in sight.
"""

from __future__ import annotations

import os
import statistics
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


def _start(cmd: list[str], env: dict[str, str], *, ready: bool) -> tuple[float, float, float]:
    """(seconds from process start to first paint, to ready, idle RSS in MiB).

    ``ready``: wait for ``plinth-ready`` too; without it, ready is the first paint.
    """
    started = time.time()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    shown = shown_at = ready_at = None
    try:
        for line in proc.stdout:
            if line.startswith("plinth-shown "):
                shown, shown_at = float(line.split()[1]), time.monotonic()
            elif line.startswith("plinth-ready "):
                ready_at = float(line.split()[1])
            if shown is not None and (ready_at is not None or not ready):
                break
        else:
            raise AssertionError(f"{cmd[-1]} exited with {proc.wait()} before showing a window and being ready")
        assert shown is not None and shown_at is not None
        time.sleep(max(0.0, SETTLE_S - (time.monotonic() - shown_at)))
        rss = psutil.Process(proc.pid).memory_info().rss / 2**20
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
    return shown - started, (ready_at if ready_at is not None else shown) - started, rss


def test_startup_against_a_bare_window(tmp_path: Path, bench) -> None:
    env = {**os.environ, "PLINTH_HOME": str(tmp_path / "home"), "PLINTH_EXIT_AFTER_SHOW": str(IDLE_S)}
    # Compiled bytecode, kept in a temp dir, as an installed Plinth has it (pip compiles on
    # install): a shell with PYTHONDONTWRITEBYTECODE would otherwise compile every module each start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "pycache")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    plinth_cmd = [sys.executable, "-m", "app"]
    bare_cmd = [sys.executable, "-c", BARE, str(IDLE_S)]
    _start(plinth_cmd, env, ready=True)  # the first run also creates the settings and the history database
    _start(bare_cmd, env, ready=False)
    samples: dict[str, list[tuple[float, float, float]]] = {"plinth": [], "bare": []}
    for _ in range(REPS):
        samples["plinth"].append(_start(plinth_cmd, env, ready=True))
        samples["bare"].append(_start(bare_cmd, env, ready=False))
    times = {name: [s[0] for s in runs] for name, runs in samples.items()}
    ready = [s[1] for s in samples["plinth"]]
    rss = {name: [s[2] for s in runs] for name, runs in samples.items()}
    print(f"\n  start-up s: plinth {[f'{t:.2f}' for t in times['plinth']]}, bare {[f'{t:.2f}' for t in times['bare']]}")
    print(f"  plinth ready s: {[f'{t:.2f}' for t in ready]}")
    platform = env["QT_QPA_PLATFORM"]
    bench.row("5", "start-up to first paint", times["plinth"], times["bare"], "s", higher_is_better=False,
              at_most=TARGET, target_text=f"<= {TARGET:g}x bare's time",
              notes=f"python -m app vs an empty QMainWindow, new process each, Qt platform {platform}; "
                    f"the restored panel built and enabled (ready) at {statistics.median(ready):.3f} s")  # fmt: skip
    bench.row("5b", "idle RSS after showing", rss["plinth"], rss["bare"], "MiB", higher_is_better=False,
              notes=f"RSS {SETTLE_S:g} s after the first paint; reported, no target")  # fmt: skip
