"""Model id → engine. One engine per model, kept warm until closed; and model id → embedding engine.

Factories are registered by id prefix (``starter``, ``local``), with one
fallback for ``<provider name>:<model>`` ids (see ``app.core.model_id``),
so the GUI and the command line ask for ``registry.get("starter")`` and never
know which class answers. Factories are marked remote or not; while offline
mode is on, ``get`` refuses remote ones, cached engines included.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.engines.base import Engine
from app.core.errors import ModelNotFoundError
from app.core.model_id import ModelId
from app.core.offline import OfflineMode
from app.core.ui_text import ui_text

if TYPE_CHECKING:
    from app.core.engines.embedding import EmbeddingEngine
    from app.core.engines.remote.base import RemoteOptions
    from app.core.models.library import ModelLibrary
    from app.core.providers import ProviderStore
    from app.core.secrets import SecretStore

EngineFactory = Callable[[str], Engine]


class EngineRegistry:
    def __init__(self, offline: OfflineMode | None = None) -> None:
        self.offline = offline if offline is not None else OfflineMode()
        self._factories: dict[str, EngineFactory] = {}
        self._remote_prefixes: set[str] = set()
        self._fallback: EngineFactory | None = None
        self._engines: dict[str, Engine] = {}
        self._lock = threading.Lock()

    def register(self, prefix: str, factory: EngineFactory, *, remote: bool = False) -> None:
        """``factory(model_id)`` builds an engine for ids ``prefix`` or ``prefix:...``.

        ``remote``: its engines send text off this computer (refused offline).
        """
        self._factories[prefix] = factory
        if remote:
            self._remote_prefixes.add(prefix)
        else:
            self._remote_prefixes.discard(prefix)

    def register_fallback(self, factory: EngineFactory) -> None:
        """``factory(model_id)`` for every other prefix: provider names, which people choose; always remote."""
        self._fallback = factory

    def is_remote(self, model_id: str) -> bool:
        """Whether ``model_id``'s engine would send text off this computer."""
        prefix, names_provider = self._prefix(model_id.strip())
        if prefix in self._factories:
            return prefix in self._remote_prefixes
        return names_provider

    def _prefix(self, model_id: str) -> tuple[str, bool]:
        """The prefix ``model_id``'s factory is registered under, and whether the id names a provider's model.

        A factory registered under the whole id answers for it: ``starter``'s does, and so can one
        for a bare name (tests register fakes that way). Raises ``InvalidModelIdError`` for other
        text that is no model id.
        """
        if model_id in self._factories:
            return model_id, False
        parsed = ModelId.parse(model_id)
        return parsed.prefix, not parsed.is_local

    def _factory_for(self, model_id: str) -> EngineFactory:
        prefix, names_provider = self._prefix(model_id)
        factory = self._factories.get(prefix)
        if factory is None and names_provider:
            factory = self._fallback
        if factory is None:
            known = ", ".join(sorted(self._factories)) or ui_text("none")
            raise ModelNotFoundError(
                ui_text("Unknown model {model}.", model=repr(model_id)),
                ui_text("Model ids start with one of: {known}. `plinth models list` shows local models.", known=known),
            )
        return factory

    def get(self, model_id: str) -> Engine:
        model_id = model_id.strip()
        if self.is_remote(model_id):
            self.offline.check(ui_text("models behind an API, such as {model}, are off.", model=model_id))
        with self._lock:
            engine = self._engines.get(model_id)
            if engine is None:
                engine = self._factory_for(model_id)(model_id)
                self._engines[model_id] = engine
            return engine

    def local_busy(self) -> bool:
        """Whether a local engine is working now (answering, scoring or loading a model).

        Background work that shares the CPU with it (indexing documents) waits meanwhile; an engine
        tells through an optional ``busy`` attribute, and remote ones never count.
        """
        with self._lock:
            engines = list(self._engines.items())
        return any(getattr(engine, "busy", False) for model_id, engine in engines if not self.is_remote(model_id))

    def local_ids(self) -> set[str]:
        """The model ids of the local engines open now. The window closes the idle ones when the Models page
        adds or removes a model: a name may come back as another file, or a variant with another adapter or scale."""
        with self._lock:
            return {model_id for model_id in self._engines if not self.is_remote(model_id)}

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


def open_embedding_engine(
    model_id: str,
    *,
    library: ModelLibrary,
    providers: ProviderStore,
    secrets: SecretStore,
    offline: OfflineMode,
    n_threads: int | None = None,
    n_gpu_layers: int = 0,
    options: RemoteOptions | None = None,
) -> EmbeddingEngine:
    """The embedding engine for ``model_id`` (``starter``, ``local:NAME|PATH`` or ``PROVIDER:MODEL``).

    A local model runs in its own child process (``LocalEmbeddingEngine``);
    a provider's model goes to its embeddings endpoint, with the provider's
    key. The caller owns the engine and closes it. ``engine.destination``
    says where passages go (None: nowhere). Raises ``OfflineError`` for a
    provider's model while offline mode is on, ``ProviderError`` for an
    unknown provider, ``ModelNotFoundError`` for an unknown local model, a
    provider kind with no embeddings endpoint, or text that is no model id.
    """
    from app.core.providers import provider_key

    model_id = model_id.strip()
    parsed = ModelId.parse(model_id)
    if not parsed.is_local:
        offline.check(ui_text("embedding models behind an API, such as {model}, are off.", model=model_id))
        from app.core.engines.remote.factory import create_remote_embedding_engine

        config = providers.get(parsed.prefix)
        return create_remote_embedding_engine(
            config, parsed.name, api_key=provider_key(config, secrets), options=options
        )
    from app.core.engines.local.embedding_engine import LocalEmbeddingEngine

    model = library.resolve(model_id)
    return LocalEmbeddingEngine(model.path, model_id, n_threads=n_threads, n_gpu_layers=n_gpu_layers)
