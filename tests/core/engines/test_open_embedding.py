"""``open_embedding_engine``: model id → local or remote embedding engine, with the provider's key and offline mode."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from fakes import MemoryKeyring
from servers import OpenAIServer
from servers.base import embedding_of
from servers.harness import FAST

from app.core.engines.embedding import EmbeddingEngine
from app.core.engines.local.embedding_engine import LocalEmbeddingEngine
from app.core.engines.registry import open_embedding_engine
from app.core.engines.remote.openai import OpenAIEmbeddingEngine
from app.core.errors import OfflineError, UserFacingError
from app.core.models.library import ModelLibrary
from app.core.offline import OfflineMode
from app.core.providers import ProviderConfig, ProviderStore
from app.core.secrets import SecretStore


@pytest.fixture
def library(tmp_path: Path, starter_path: Path) -> ModelLibrary:
    return ModelLibrary(tmp_path / "models", starter_path)


@pytest.fixture
def providers(tmp_path: Path, openai_server: OpenAIServer) -> ProviderStore:
    store = ProviderStore(tmp_path / "providers.json")
    store.upsert(ProviderConfig(name="openai", kind="openai", base_url=f"{openai_server.url}/v1"))
    store.upsert(ProviderConfig(name="claude", kind="anthropic"))
    return store


@pytest.fixture
def secrets(openai_server: OpenAIServer) -> SecretStore:
    assert openai_server.api_key is not None
    return SecretStore(backend=MemoryKeyring(), environ={"OPENAI_API_KEY": openai_server.api_key})


@pytest.fixture
def opened() -> Iterator[list[EmbeddingEngine]]:
    engines: list[EmbeddingEngine] = []
    yield engines
    for engine in engines:
        engine.close()


def open_it(
    model_id: str, library: ModelLibrary, providers: ProviderStore, secrets: SecretStore, offline: OfflineMode
) -> EmbeddingEngine:
    return open_embedding_engine(
        model_id, library=library, providers=providers, secrets=secrets, offline=offline, options=FAST
    )


def test_a_providers_model_embeds_with_the_providers_key_and_says_where_passages_go(
    library: ModelLibrary, providers: ProviderStore, secrets: SecretStore, opened: list[EmbeddingEngine]
) -> None:
    engine = open_it("openai:text-embedding-test", library, providers, secrets, OfflineMode())
    opened.append(engine)
    assert isinstance(engine, OpenAIEmbeddingEngine)
    assert engine.model_id == "openai:text-embedding-test"
    assert engine.destination == "OpenAI via " + providers.get("openai").base_url  # type: ignore[operator]
    rows = engine.embed(["a passage"])
    expected = np.asarray(embedding_of("a passage"))
    np.testing.assert_allclose(rows[0], expected / np.linalg.norm(expected), atol=1e-6)


def test_the_starter_opens_a_local_engine_that_sends_nothing_anywhere(
    library: ModelLibrary, providers: ProviderStore, secrets: SecretStore, opened: list[EmbeddingEngine]
) -> None:
    engine = open_it("starter", library, providers, secrets, OfflineMode(True))
    opened.append(engine)
    assert isinstance(engine, LocalEmbeddingEngine)
    assert engine.destination is None and engine.model_id == "starter"
    assert engine.pid is None  # nothing loaded until the first embed


def test_offline_mode_refuses_a_providers_model(
    library: ModelLibrary, providers: ProviderStore, secrets: SecretStore, openai_server: OpenAIServer
) -> None:
    with pytest.raises(OfflineError, match="openai:text-embedding-test"):
        open_it("openai:text-embedding-test", library, providers, secrets, OfflineMode(True))
    assert openai_server.requests == []


@pytest.mark.parametrize(
    ("model_id", "said"),
    [
        ("claude:claude-haiku", "offers no embeddings endpoint"),
        ("nobody:model", "No provider named 'nobody'"),
        ("local:missing", "No local model named 'missing'"),
        ("just-a-name", "is not a model id"),
    ],
)
def test_what_cannot_embed_is_said(
    model_id: str, said: str, library: ModelLibrary, providers: ProviderStore, secrets: SecretStore
) -> None:
    with pytest.raises(UserFacingError) as info:
        open_it(model_id, library, providers, secrets, OfflineMode())
    assert said in info.value.message
