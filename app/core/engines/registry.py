"""Model id → engine. One engine per model, kept warm until closed.

Factories are registered by id prefix (``starter``, ``local``), with one
fallback for ``<provider name>:<model>`` ids,
so the GUI and the command line ask for ``registry.get("starter")`` and never
know which class answers.
"""

from __future__ import annotations

import threading
from typing import Callable

from app.core.engines.base import Engine
from app.core.errors import ModelNotFoundError

EngineFactory = Callable[[str], Engine]


class EngineRegistry:
    def __init__(self) -> None:
        self._factories: dict[str, EngineFactory] = {}
        self._fallback: EngineFactory | None = None
        self._engines: dict[str, Engine] = {}
        self._lock = threading.Lock()

    def register(self, prefix: str, factory: EngineFactory) -> None:
        """``factory(model_id)`` builds an engine for ids ``prefix`` or ``prefix:...``."""
        self._factories[prefix] = factory

    def register_fallback(self, factory: EngineFactory) -> None:
        """``factory(model_id)`` for every other prefix: provider names, which people choose."""
        self._fallback = factory

    def _factory_for(self, model_id: str) -> EngineFactory:
        prefix = model_id.split(":", 1)[0]
        try:
            return self._factories[prefix]
        except KeyError:
            if self._fallback is not None and ":" in model_id:
                return self._fallback
            known = ", ".join(sorted(self._factories)) or "none"
            raise ModelNotFoundError(
                f"Unknown model {model_id!r}.",
                f"Model ids start with one of: {known}. `plinth models list` shows local models.",
            ) from None

    def get(self, model_id: str) -> Engine:
        model_id = model_id.strip()
        with self._lock:
            engine = self._engines.get(model_id)
            if engine is None:
                engine = self._factory_for(model_id)(model_id)
                self._engines[model_id] = engine
            return engine

    def close(self, model_id: str) -> None:
        with self._lock:
            engine = self._engines.pop(model_id, None)
        if engine is not None:
            engine.close()

    def close_all(self) -> None:
        with self._lock:
            engines, self._engines = list(self._engines.values()), {}
        for engine in engines:
            engine.close()
