"""The local API on 127.0.0.1 for tests: its dependencies built from real parts, and the running server."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fakes import MemoryKeyring
from servers import OpenAIServer
from servers.harness import FAST

from app.core.engines.base import Engine
from app.core.engines.embedding import EmbeddingEngine
from app.core.engines.registry import EngineRegistry, open_embedding_engine
from app.core.engines.remote.factory import create_remote_engine
from app.core.model_id import ModelId
from app.core.models.directory import ModelDirectory
from app.core.models.library import ModelLibrary
from app.core.offline import OfflineMode
from app.core.pricing import SHIPPED_PRICES, PriceTable
from app.core.providers import ProviderConfig, ProviderStore, provider_key
from app.core.secrets import SecretStore, provider_account
from app.core.server.app import RequestRecord, ServerDeps, ServerLimits
from app.core.server.runner import ServerRunner
from app.core.server.tokens import TokenStore

PROVIDER_KEY = "sk-provider-secret-0123456789abcdef"


class Shared:
    """The session's engine lent to one test's registry: the registry's ``close_all`` leaves it open."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def __getattr__(self, name: str) -> object:
        return getattr(self._engine, name)

    def close(self) -> None:
        pass


@dataclass
class Api:
    """A running server and what it was built from."""

    runner: ServerRunner
    deps: ServerDeps
    records: list[RequestRecord]
    provider: OpenAIServer

    @property
    def url(self) -> str:
        return self.runner.address

    def token(self, name: str = "client", **options: bool) -> str:
        return self.deps.tokens.create(name, **options)[1]


def make_deps(
    tmp_path: Path,
    starter_path: Path,
    starter: Engine,
    embedder: EmbeddingEngine,
    provider: OpenAIServer,
    limits: ServerLimits,
    records: list[RequestRecord],
) -> ServerDeps:
    offline = OfflineMode()
    library = ModelLibrary(tmp_path / "models", starter_path)
    providers = ProviderStore(tmp_path / "providers.json")
    providers.upsert(
        ProviderConfig(
            name="hosted", kind="openai", base_url=f"{provider.url}/v1", models=["gpt-test", "gpt-test-mini"]
        )
    )
    secrets = SecretStore(backend=MemoryKeyring())
    secrets.set(provider_account("hosted"), PROVIDER_KEY)
    prices = PriceTable.load(SHIPPED_PRICES)

    def remote_engine(model_id: str) -> Engine:
        parsed = ModelId.parse(model_id)
        config = providers.get(parsed.prefix)
        return create_remote_engine(
            config, parsed.name, api_key=provider_key(config, secrets), prices=prices, options=FAST
        )

    engines = EngineRegistry(offline)
    engines.register("starter", lambda model_id: Shared(starter))  # type: ignore[arg-type,return-value]
    engines.register_fallback(remote_engine)

    def open_embedding(model_id: str) -> EmbeddingEngine:
        if model_id == "starter":
            return embedder
        return open_embedding_engine(
            model_id, library=library, providers=providers, secrets=secrets, offline=offline, options=FAST
        )

    return ServerDeps(
        engines=engines,
        models=ModelDirectory(library, providers, secrets, offline),
        open_embedding=open_embedding,
        tokens=TokenStore(tmp_path / "config" / "server-tokens.json"),
        offline=offline,
        record=records.append,
        limits=limits,
    )
