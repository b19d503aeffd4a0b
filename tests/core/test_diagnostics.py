"""Diagnostics: versions, folders, keychain and GPU support, and nothing a person wrote."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from fakes import MemoryKeyring

import app
from app.core.diagnostics import GpuProbe, GpuSupport, collect, package_version, probe_gpu_offload
from app.core.paths import Paths
from app.core.secrets import SecretStore


def test_collect_reports_versions_folders_keychain_and_gpu(paths: Paths) -> None:
    secrets = SecretStore(backend=MemoryKeyring(), environ={})
    secrets.set("provider:openai", "sk-secret-value-1234")
    diag = collect(
        paths,
        secrets,
        gpu=GpuSupport(False, "llama_supports_gpu_offload()"),
        qt_version="6.9.9",
        pyside_version="6.9.8",
    )
    text = diag.text()
    assert f"Plinth {app.__version__}" in text
    assert "Qt 6.9.9, PySide6 6.9.8" in text
    assert f"llama-cpp-python {importlib.metadata.version('llama-cpp-python')}" in text
    assert "GPU offload: no (llama_supports_gpu_offload())" in text
    assert f"Keychain: {secrets.backend_name} (usable)" in text
    assert f"Data folder: {paths.data_dir}" in text
    assert "sk-secret" not in text


def test_folders_under_the_home_folder_are_written_with_a_tilde(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    paths = Paths.from_environment({"PLINTH_HOME": str(tmp_path / "ph")})
    diag = collect(paths, SecretStore(backend=MemoryKeyring(), environ={}), gpu=GpuSupport(None, "not checked"))
    assert diag.paths["Data"] == "~/ph/data"
    assert "GPU offload: unknown (not checked)" in diag.text()
    assert "Qt not loaded" in diag.text()


def test_a_broken_keychain_is_reported_not_raised(paths: Paths) -> None:
    class Broken(SecretStore):
        @property
        def backend_name(self) -> str:
            raise RuntimeError("no D-Bus")

    diag = collect(paths, Broken(backend=MemoryKeyring(), environ={}), gpu=GpuSupport(True, ""))
    assert diag.keychain_backend == "error: RuntimeError: no D-Bus"
    assert not diag.keychain_usable
    assert diag.gpu_offload.text == "yes"


def test_package_version_of_a_missing_distribution_is_none() -> None:
    assert package_version("no-such-distribution-plinth") is None


def test_collecting_diagnostics_never_imports_llama_cpp(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from app.core.diagnostics import collect, GpuSupport\n"
        "from app.core.paths import Paths\n"
        "from app.core.secrets import SecretStore\n"
        "from keyring.backends.null import Keyring\n"
        f"p = Paths.from_environment({{'PLINTH_HOME': {str(tmp_path)!r}}})\n"
        "collect(p, SecretStore(backend=Keyring(), environ={}), gpu=GpuSupport(None, 'x')).text()\n"
        "assert 'llama_cpp' not in sys.modules, 'imported llama_cpp'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


@pytest.mark.slow
def test_the_probe_asks_llama_cpp_in_a_child_process() -> None:
    import llama_cpp  # the test process may; the probe's caller does not have to

    result = probe_gpu_offload(timeout=60)
    assert result.supported is bool(llama_cpp.llama_supports_gpu_offload())
    assert result.detail == "llama_supports_gpu_offload()"


def test_gpu_probe_runs_once_in_the_background_and_caches() -> None:
    release = threading.Event()
    calls: list[int] = []

    def slow_probe() -> GpuSupport:
        calls.append(1)
        release.wait(10)
        return GpuSupport(True, "fake")

    probe = GpuProbe(slow_probe)
    probe.start()
    probe.start()
    assert probe.result() is None
    release.set()
    assert probe.wait(10) == GpuSupport(True, "fake")
    assert probe.wait(10) == GpuSupport(True, "fake")
    assert calls == [1]


def test_a_probe_that_raises_gives_unknown() -> None:
    def broken() -> GpuSupport:
        raise OSError("no fork")

    result = GpuProbe(broken).wait(10)
    assert result is not None and result.supported is None
    assert "OSError: no fork" in result.text
