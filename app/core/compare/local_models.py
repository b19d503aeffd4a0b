"""What a comparison knows of local models beyond ``Engine``: their file and child process, the memory one will
take once loaded, and the most it took while it ran. This module imports no Qt."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Protocol, cast, runtime_checkable

import psutil

from app.core.engines.base import Engine
from app.core.errors import UserFacingError
from app.core.models.gguf import read_gguf
from app.core.models.hardware import estimate_memory, kv_shape_from_gguf

#: The context assumed for a local model whose file does not say.
FALLBACK_CONTEXT = 4096
#: How often a local model's child process has its resident size read.
RSS_SAMPLE_S = 0.05


@runtime_checkable
class LocalModel(Protocol):
    """What a local engine offers beyond ``Engine``: its file, its child process, an eager load."""

    model_path: Path

    @property
    def pid(self) -> int | None: ...

    def load(self) -> float: ...


class RssSampler:
    """Samples a local engine's child process resident size until stopped; keeps the peak."""

    def __init__(self, engine: LocalModel) -> None:
        self._engine = engine
        self._stop = threading.Event()
        self.peak: int | None = None
        self._thread = threading.Thread(target=self._loop, name="plinth-rss-sampler", daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def _loop(self) -> None:
        while not self._stop.wait(RSS_SAMPLE_S):
            self._sample()

    def _sample(self) -> None:
        pid = self._engine.pid
        if pid is None:
            return
        try:
            rss = int(psutil.Process(pid).memory_info().rss)
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            return
        if self.peak is None or rss > self.peak:
            self.peak = rss


def memory_need(engine: LocalModel) -> int:
    """Bytes a local model will take once loaded; 0 when it already is (that memory is no longer available).

    A missing file counts as nothing here: its load fails and says why.
    """
    if engine.pid is not None:
        return 0
    path = engine.model_path
    try:
        size = path.stat().st_size
        # A variant's LoRA adapter (``LocalEngine.adapter_path``) loads beside the model: its size counts too.
        adapter: Path | None = getattr(engine, "adapter_path", None)
        if adapter is not None:
            size += adapter.stat().st_size
    except OSError:
        return 0
    try:
        shape = kv_shape_from_gguf(read_gguf(path))
    except (UserFacingError, OSError, ValueError):
        shape = None  # estimated from the size alone
    n_ctx = cast(Engine, engine).capabilities.max_context or FALLBACK_CONTEXT
    return estimate_memory(size, n_ctx, shape).total
