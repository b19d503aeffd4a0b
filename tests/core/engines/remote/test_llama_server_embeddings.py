"""OpenAIEmbeddingEngine against a real OpenAI-compatible peer: ``python -m llama_cpp.server --embedding true``.

The starter model is a chat model: its file names no pooling, so llama.cpp's
server answers one vector per token, not one per text. That is what a
person gets pointing Plinth at such a server, and the engine must say so
plainly; the request path (URL, no key, ``encoding_format``, the answer's
shape) is the real one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from servers.harness import FAST
from servers.llama_peer import ALIAS, serve_starter

from app.core.engines.remote.factory import create_remote_embedding_engine
from app.core.engines.remote.openai import OpenAIEmbeddingEngine
from app.core.errors import ProviderServerError
from app.core.providers import ProviderConfig

pytestmark = pytest.mark.slow

#: A real llama.cpp server on two shared cores can pause for seconds when the machine is busy.
PATIENT = replace(FAST, idle_timeout_s=120.0, connect_timeout_s=10.0)


@pytest.fixture(scope="module")
def peer_url(starter_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serve_starter(starter_path, tmp_path_factory.mktemp("llama-server"), "--embedding", "true") as url:
        yield url


@pytest.fixture
def engine(peer_url: str) -> Iterator[OpenAIEmbeddingEngine]:
    config = ProviderConfig(name="mine", kind="openai-compatible", base_url=peer_url)
    engine = create_remote_embedding_engine(config, ALIAS, api_key=None, options=PATIENT)
    assert isinstance(engine, OpenAIEmbeddingEngine)
    yield engine
    engine.close()


def test_a_server_whose_model_pools_nothing_is_said_plainly(engine: OpenAIEmbeddingEngine) -> None:
    assert engine.destination is not None and "mine" in engine.destination
    with pytest.raises(ProviderServerError) as info:
        engine.embed(["The invoice was paid in April.", "Our office closes at six."])
    assert "one vector per token, not one per text" in info.value.message
    assert "embedding model" in info.value.hint
