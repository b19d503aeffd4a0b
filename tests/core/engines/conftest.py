"""Protocol servers for the remote engine tests, started and stopped per test."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from servers import AnthropicServer, GeminiServer, OpenAIServer

from app.core.engines.remote.base import RemoteEngine


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx2 honours proxy variables; the servers are on 127.0.0.1 and must be reached directly."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def openai_server() -> Iterator[OpenAIServer]:
    with OpenAIServer() as server:
        yield server


@pytest.fixture
def anthropic_server() -> Iterator[AnthropicServer]:
    with AnthropicServer() as server:
        yield server


@pytest.fixture
def gemini_server() -> Iterator[GeminiServer]:
    with GeminiServer() as server:
        yield server


@pytest.fixture
def closing() -> Iterator[Callable[[RemoteEngine], RemoteEngine]]:
    """Registers engines to close at the end of the test (before its server stops)."""
    engines: list[RemoteEngine] = []

    def register(engine: RemoteEngine) -> RemoteEngine:
        engines.append(engine)
        return engine

    yield register
    for engine in engines:
        engine.close()
