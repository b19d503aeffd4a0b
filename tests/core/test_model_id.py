"""ModelId: every kind of model id, parsed once, and the text back."""

import pytest

from app.core.errors import ModelNotFoundError
from app.core.model_id import InvalidModelIdError, ModelId


@pytest.mark.parametrize(
    ("text", "kind", "provider", "name"),
    [
        ("starter", "starter", None, ""),
        ("local:qwen3-1.7b-q4_k_m", "local", None, "qwen3-1.7b-q4_k_m"),
        ("local:/models/my model.gguf", "local", None, "/models/my model.gguf"),
        ("local:C:\\models\\x.gguf", "local", None, "C:\\models\\x.gguf"),
        ("openai:gpt-4o", "remote", "openai", "gpt-4o"),
        ("ollama:llama3:8b", "remote", "ollama", "llama3:8b"),
    ],
)
def test_each_kind_parses_into_its_parts_and_back(text: str, kind: str, provider: str | None, name: str) -> None:
    parsed = ModelId.parse(text)
    assert (parsed.kind, parsed.provider, parsed.name) == (kind, provider, name)
    assert str(parsed) == text
    assert ModelId.parse(str(parsed)) == parsed
    assert parsed.is_local is (kind != "remote")
    assert parsed.prefix == (provider or kind)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "it is empty"),
        ("   ", "it is empty"),
        (" starter", "it has spaces around it"),
        ("openai:gpt-4o\n", "it has spaces around it"),
        ("gpt-4o", "it names no provider (a provider's model is PROVIDER:gpt-4o)"),
        (":gpt-4o", "nothing comes before the ':'"),
        ("local:", "no model comes after 'local:'"),
        ("openai:", "no model comes after 'openai:'"),
        ("starter:x", "the starter model's id is just 'starter'"),
    ],
)
def test_malformed_ids_say_what_is_wrong_and_what_ids_look_like(text: str, reason: str) -> None:
    with pytest.raises(InvalidModelIdError) as caught:
        ModelId.parse(text)
    assert caught.value.message == f"{text!r} is not a model id: {reason}."
    assert caught.value.hint == "Model ids are starter, local:NAME, local:/path/to/file.gguf or PROVIDER:MODEL."
    # Whoever reports an unknown model reports this one too.
    assert isinstance(caught.value, ModelNotFoundError)
