"""A real local API on 127.0.0.1: the starter model through llama.cpp (loaded once a session), a provider that
is the loopback OpenAI-compatible test server with its key in a test keychain, tokens in the test's folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers.local_api import PROVIDER_KEY, Api, make_deps
from servers import OpenAIServer

from app.core.engines.local.embedding_engine import LocalEmbeddingEngine
from app.core.engines.local.engine import LocalEngine
from app.core.server.app import RequestRecord, ServerDeps, ServerLimits, create_app
from app.core.server.runner import ServerRunner


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx honours proxy variables; the servers are on 127.0.0.1 and must be reached directly."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def starter_engine(starter_path: Path) -> Iterator[LocalEngine]:
    """The starter model's chat engine, shared by the session's servers (as the window and the server share it)."""
    engine = LocalEngine(starter_path, "starter", context_cap=1024, n_threads=1)
    yield engine
    engine.close()


@pytest.fixture(scope="session")
def starter_embedder_for_server(starter_path: Path) -> Iterator[LocalEmbeddingEngine]:
    engine = LocalEmbeddingEngine(starter_path, "starter", context_cap=256)
    yield engine
    engine.close()


@pytest.fixture
def provider_server() -> Iterator[OpenAIServer]:
    with OpenAIServer(api_key=PROVIDER_KEY) as server:
        yield server
        server.release()


@pytest.fixture
def start_api(
    tmp_path: Path,
    starter_path: Path,
    starter_engine: LocalEngine,
    starter_embedder_for_server: LocalEmbeddingEngine,
    provider_server: OpenAIServer,
) -> Iterator[Callable[..., Api]]:
    runners: list[ServerRunner] = []
    made: list[ServerDeps] = []

    def start(limits: ServerLimits | None = None) -> Api:
        records: list[RequestRecord] = []
        deps = make_deps(
            tmp_path,
            starter_path,
            starter_engine,
            starter_embedder_for_server,
            provider_server,
            limits or ServerLimits(),
            records,
        )
        made.append(deps)
        runner = ServerRunner(create_app(deps), port=0)
        runner.start()
        runners.append(runner)
        return Api(runner, deps, records, provider_server)

    yield start
    for runner in runners:
        runner.stop()
    for deps in made:
        deps.engines.close_all()


@pytest.fixture
def api(start_api: Callable[..., Api]) -> Api:
    return start_api()
