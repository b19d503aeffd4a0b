"""What a bug report needs to know about this installation, and nothing a person wrote.

Versions (Plinth, Python, Qt/PySide6 — handed in by the GUI, since core has
no Qt — and llama-cpp-python from its metadata, never imported here), the
folders Plinth uses (the home folder written as ``~``), the keychain backend,
whether offline mode is on and why, and whether this llama.cpp build can
offload layers to a GPU.

GPU offload is asked of llama.cpp itself (``llama_supports_gpu_offload``):
which libraries a wheel ships says little, since a CUDA build on a machine
without a usable GPU cannot offload. Importing ``llama_cpp`` in the GUI
process would load the native library there, which the local engine keeps
in its child process so a crash cannot take the window down; so the
question goes to a tiny spawned probe process
(``engines.local.child.gpu_probe_main``, beside the engine child), asked once per run and
cached (:class:`GpuProbe`). The local engine's child reports the same
answer when a model loads.
"""

from __future__ import annotations

import importlib.metadata
import multiprocessing
import platform
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import app
from app.core.engines.local.child import gpu_probe_main

if TYPE_CHECKING:
    from app.core.offline import OfflineMode
    from app.core.paths import Paths
    from app.core.secrets import SecretStore

LLAMA_DIST = "llama-cpp-python"
PROBE_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class GpuSupport:
    """``supported`` None: not known (the probe failed or has not finished)."""

    supported: bool | None
    detail: str

    @property
    def text(self) -> str:
        if self.supported is None:
            return f"unknown ({self.detail})"
        return ("yes" if self.supported else "no") + (f" ({self.detail})" if self.detail else "")


def package_version(dist_name: str) -> str | None:
    try:
        return importlib.metadata.version(dist_name)
    except importlib.metadata.PackageNotFoundError:
        return None


def probe_gpu_offload(timeout: float = PROBE_TIMEOUT_S) -> GpuSupport:
    """Ask llama.cpp, in a spawned process, whether this build can offload to a GPU."""
    ctx = multiprocessing.get_context("spawn")
    parent_conn, child_conn = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=gpu_probe_main, args=(child_conn,), name="plinth-gpu-probe", daemon=True)
    try:
        proc.start()
    except Exception as exc:  # noqa: BLE001
        parent_conn.close()
        child_conn.close()
        return GpuSupport(None, f"could not start the probe: {exc}")
    child_conn.close()
    try:
        if not parent_conn.poll(timeout):
            return GpuSupport(None, f"llama.cpp did not answer within {timeout:.0f} s")
        kind, value = parent_conn.recv()
    except (EOFError, OSError):
        proc.join(5)
        return GpuSupport(None, f"the probe process stopped (exit code {proc.exitcode})")
    finally:
        parent_conn.close()
        if proc.is_alive():
            proc.join(2)
        if proc.is_alive():
            proc.kill()
            proc.join(2)
    if kind == "ok":
        return GpuSupport(bool(value), "llama_supports_gpu_offload()")
    return GpuSupport(None, f"llama.cpp could not be loaded: {value}")


class GpuProbe:
    """Runs :func:`probe_gpu_offload` once, on a background thread; the answer is cached."""

    def __init__(self, probe: Callable[[], GpuSupport] = probe_gpu_offload) -> None:
        self._probe = probe
        self._result: GpuSupport | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._done = threading.Event()

    def start(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="plinth-gpu-probe", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        try:
            self._result = self._probe()
        except Exception as exc:  # noqa: BLE001
            self._result = GpuSupport(None, f"{type(exc).__name__}: {exc}")
        self._done.set()

    def result(self) -> GpuSupport | None:
        """The answer, or None while it is still being asked (call :meth:`start` first)."""
        return self._result

    def wait(self, timeout: float | None = None) -> GpuSupport | None:
        self.start()
        self._done.wait(timeout)
        return self._result


def _tilde(path: Path) -> str:
    try:
        return "~/" + path.relative_to(Path.home()).as_posix()
    except ValueError:
        return str(path)


@dataclass(frozen=True)
class Diagnostics:
    plinth: str
    python: str
    platform: str
    qt: str
    pyside6: str
    llama_cpp_python: str
    frozen: bool
    paths: dict[str, str] = field(default_factory=dict)
    keychain_backend: str = ""
    keychain_usable: bool = False
    gpu_offload: GpuSupport = GpuSupport(None, "not checked")
    #: "on (why)" or "off": see OfflineMode.describe.
    offline_mode: str = "off"

    def lines(self) -> list[str]:
        out = [
            f"Plinth {self.plinth}" + (" (packaged build)" if self.frozen else ""),
            f"Python {self.python}",
            f"Platform {self.platform}",
            f"Qt {self.qt}, PySide6 {self.pyside6}",
            f"llama-cpp-python {self.llama_cpp_python}",
            f"GPU offload: {self.gpu_offload.text}",
            f"Keychain: {self.keychain_backend} ({'usable' if self.keychain_usable else 'not usable'})",
            f"Offline mode: {self.offline_mode}",
        ]
        out += [f"{name} folder: {value}" for name, value in self.paths.items()]
        return out

    def text(self) -> str:
        return "\n".join(self.lines()) + "\n"


def collect(
    paths: Paths,
    secrets: SecretStore,
    *,
    gpu: GpuSupport,
    qt_version: str = "not loaded",
    pyside_version: str = "not loaded",
    offline: OfflineMode | None = None,
) -> Diagnostics:
    try:
        backend, usable = secrets.backend_name, secrets.keychain_available
    except Exception as exc:  # noqa: BLE001 - a broken keyring is itself the diagnosis
        backend, usable = f"error: {type(exc).__name__}: {exc}", False
    return Diagnostics(
        plinth=app.__version__,
        python=platform.python_version(),
        platform=platform.platform(terse=True),
        qt=qt_version,
        pyside6=pyside_version,
        llama_cpp_python=package_version(LLAMA_DIST) or "not installed",
        frozen=bool(getattr(sys, "frozen", False)),
        paths={
            "Config": _tilde(paths.config_dir),
            "Data": _tilde(paths.data_dir),
            "Models": _tilde(paths.models_dir),
            "Logs": _tilde(paths.log_dir),
        },
        keychain_backend=backend,
        keychain_usable=usable,
        gpu_offload=gpu,
        offline_mode=offline.describe() if offline is not None else "off",
    )
