import pytest

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
