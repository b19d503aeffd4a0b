"""The remote embedding engines over real HTTP: OpenAI's and Gemini's protocols on loopback servers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from servers import GeminiServer, OpenAIServer, ProtocolServer
from servers.base import embedding_of
from servers.harness import FAST, assert_no_secret

from app.core.cancel import Cancelled, CancelToken
from app.core.engines.embedding import EmbeddingEngine
from app.core.engines.remote.base import RemoteEngine
from app.core.engines.remote.embeddings import RemoteEmbeddingEngine
from app.core.engines.remote.factory import create_remote_embedding_engine
from app.core.errors import AuthError, ModelNotFoundError, NotFoundOnServerError, ProviderServerError, RateLimitError
from app.core.providers import ProviderConfig

TEXTS = [f"passage number {i}" for i in range(7)]

Make = Callable[..., RemoteEmbeddingEngine]


def expected_rows(texts: list[str]) -> np.ndarray:
    rows = np.asarray([embedding_of(t) for t in texts], dtype=np.float64)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


@pytest.fixture(params=["openai", "openai-compatible", "gemini"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def server(kind: str, openai_server: OpenAIServer, gemini_server: GeminiServer) -> ProtocolServer:
    return gemini_server if kind == "gemini" else openai_server


@pytest.fixture
def make(kind: str, server: ProtocolServer, closing: Callable[[RemoteEngine], RemoteEngine]) -> Make:
    def build(model: str = "", *, api_key: Any = "server") -> RemoteEmbeddingEngine:
        url = server.url if kind == "gemini" else f"{server.url}/v1"
        config = ProviderConfig(name=kind, kind=kind, base_url=url)
        key = server.api_key if api_key == "server" else api_key
        model = model or ("embedding-test" if kind == "gemini" else "text-embedding-test")
        engine = create_remote_embedding_engine(config, model, api_key=key, options=FAST)
        closing(engine)
        return engine

    return build


def embed_requests(server: ProtocolServer) -> list[Any]:
    return [r for r in server.requests if r.method == "POST"]


def test_embeds_normalised_rows_in_order_in_batches(make: Make, server: ProtocolServer) -> None:
    engine = make()
    protocol: EmbeddingEngine = engine  # mypy checks the engine against the protocol
    assert engine.is_remote and protocol.destination is not None
    server.max_embedding_inputs = 3
    engine.texts_per_request = 3
    vectors = protocol.embed(TEXTS)
    assert vectors.dtype == np.float32 and vectors.shape == (len(TEXTS), 8)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-6)
    # In order (the OpenAI server lists vectors last first; their index says whose they are).
    np.testing.assert_allclose(vectors, expected_rows(TEXTS), atol=1e-6)
    assert len(embed_requests(server)) == 3  # 3 + 3 + 1 texts


def test_batch_size_is_the_providers_limit(make: Make, kind: str) -> None:
    assert make().texts_per_request == {"openai": 256, "openai-compatible": 32, "gemini": 100}[kind]


def test_nothing_to_embed_sends_nothing(make: Make, server: ProtocolServer) -> None:
    assert make().embed([]).shape[0] == 0
    assert embed_requests(server) == []


def test_wrong_key_is_an_auth_error_that_never_quotes_the_key(make: Make, kind: str) -> None:
    secret = "sk-wrong-0123456789abcdefghij"
    with pytest.raises(AuthError) as info:
        make(api_key=secret).embed(TEXTS[:2])
    assert_no_secret(info.value, secret)


def test_no_key_for_a_provider_that_needs_one_is_said_before_sending(
    make: Make, kind: str, server: ProtocolServer
) -> None:
    if kind == "openai-compatible":
        pytest.skip("an OpenAI-compatible server may need no key")
    with pytest.raises(AuthError, match="No key is set"):
        make(api_key=None).embed(TEXTS[:2])
    assert embed_requests(server) == []


def test_rate_limit_is_a_rate_limit_error_after_the_retries(make: Make, server: ProtocolServer) -> None:
    server.fault("rate_limit", times=None, retry_after=0.01)
    with pytest.raises(RateLimitError):
        make().embed(TEXTS[:2])
    assert len(embed_requests(server)) == FAST.max_retries + 1


def test_a_rate_limit_that_passes_is_retried(make: Make, server: ProtocolServer) -> None:
    server.fault("rate_limit", times=1, retry_after=0.01)
    vectors = make().embed(TEXTS[:2])
    np.testing.assert_allclose(vectors, expected_rows(TEXTS[:2]), atol=1e-6)


def test_unknown_model_is_said(make: Make) -> None:
    with pytest.raises((ModelNotFoundError, NotFoundOnServerError)) as info:
        make("no-such-model").embed(TEXTS[:2])
    assert "no-such-model" in info.value.message


def test_an_answer_without_vectors_is_a_clear_error(make: Make, server: ProtocolServer) -> None:
    server.malformed_embeddings = True
    with pytest.raises(ProviderServerError) as info:
        make().embed(TEXTS[:2])
    assert "embeddings answer Plinth cannot use" in info.value.message
    assert "embedding model" in info.value.hint


def test_cancel_stops_between_batches(make: Make, server: ProtocolServer) -> None:
    engine = make()
    engine.texts_per_request = 2
    server.max_embedding_inputs = 2
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        engine.embed(TEXTS, cancel)
    assert embed_requests(server) == []


class CancelAfterFirstRequest(CancelToken):
    """Set as soon as the server has received a request."""

    def __init__(self, server: ProtocolServer) -> None:
        super().__init__()
        self.server = server

    @property
    def cancelled(self) -> bool:
        return bool(embed_requests(self.server))


def test_cancel_during_a_run_stops_before_the_next_batch(make: Make, server: ProtocolServer) -> None:
    engine = make()
    engine.texts_per_request = 2
    server.max_embedding_inputs = 2
    with pytest.raises(Cancelled):
        engine.embed(TEXTS, CancelAfterFirstRequest(server))
    assert len(embed_requests(server)) == 1


def test_a_provider_kind_without_embeddings_is_refused() -> None:
    config = ProviderConfig(name="claude", kind="anthropic")
    with pytest.raises(ModelNotFoundError) as info:
        create_remote_embedding_engine(config, "claude-haiku", api_key="k")
    assert "offers no embeddings endpoint" in info.value.message
