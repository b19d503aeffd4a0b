from pathlib import Path

import pytest

from app.core.engines.base import ChatRequest, Message
from app.core.engines.local.engine import LocalEngine
from app.core.engines.registry import EngineRegistry
from app.core.errors import ModelNotFoundError


class _Closable:
    def __init__(self, model_id: str) -> None:
        self.model_id = model_id
        self.closed = False

    def close(self) -> None:
        self.closed = True


def test_engines_are_built_once_per_id_and_closed_together() -> None:
    reg = EngineRegistry()
    built: list[str] = []

    def factory(model_id: str) -> _Closable:
        built.append(model_id)
        return _Closable(model_id)

    reg.register("local", factory)
    a = reg.get("local:a")
    assert reg.get(" local:a ") is a
    b = reg.get("local:b")
    assert built == ["local:a", "local:b"]
    reg.close_all()
    assert a.closed and b.closed
    assert reg.get("local:a") is not a


def test_unknown_prefix_names_the_known_ones() -> None:
    reg = EngineRegistry()
    reg.register("starter", _Closable)
    with pytest.raises(ModelNotFoundError, match="starter"):
        reg.get("openai:gpt-4o")


def test_provider_ids_go_to_the_fallback_factory() -> None:
    reg = EngineRegistry()
    reg.register("local", _Closable)
    reg.register_fallback(_Closable)
    assert reg.get("mine:llama-3").model_id == "mine:llama-3"
    with pytest.raises(ModelNotFoundError):
        reg.get("no-colon-here")


class _Working(_Closable):
    busy = True


def test_local_busy_counts_local_engines_only() -> None:
    reg = EngineRegistry()
    reg.register("local", _Closable)
    reg.register("remote", _Working, remote=True)
    reg.get("local:idle")
    reg.get("remote:answering")
    assert reg.local_busy() is False
    reg.register("local", _Working)
    reg.get("local:answering")
    assert reg.local_busy() is True


def test_local_busy_while_the_starter_model_streams(starter_path: Path) -> None:
    reg = EngineRegistry()
    reg.register("starter", lambda model_id: LocalEngine(starter_path, model_id, context_cap=512, n_threads=1))
    try:
        engine = reg.get("starter")
        assert reg.local_busy() is False
        request = ChatRequest(messages=(Message("user", "Count to twenty."),), max_tokens=16, temperature=0.0)
        seen = [reg.local_busy() for _chunk in engine.stream(request)]
        assert seen and all(seen)
        assert reg.local_busy() is False
    finally:
        reg.close_all()
