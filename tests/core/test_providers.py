"""The provider-kind table and the one way to a provider's key."""

import pytest
from fakes import MemoryKeyring
from keyring.backends.fail import Keyring as FailKeyring

from app.core.engines.remote.base import RemoteEngine
from app.core.engines.remote.factory import create_remote_engine
from app.core.pricing import PriceTable
from app.core.providers import KINDS, ProviderConfig, ProviderError, provider_key, provider_secret, validate_provider
from app.core.secrets import Secret, SecretStore, provider_account


@pytest.mark.parametrize("kind", list(KINDS.values()), ids=list(KINDS))
def test_each_kind_builds_its_engine_class(kind) -> None:
    config = ProviderConfig("mine", kind.name, base_url="http://127.0.0.1:9/v1")
    engine = create_remote_engine(config, "some-model", api_key="sk-test", prices=PriceTable())
    try:
        assert isinstance(engine, RemoteEngine)
        assert type(engine).__name__ == kind.engine.partition(":")[2]
        assert engine.model_id == "mine:some-model"
    finally:
        engine.close()


def test_the_table_keeps_its_promises() -> None:
    assert list(KINDS) == ["openai", "anthropic", "gemini", "openai-compatible"]
    for name, kind in KINDS.items():
        assert kind.name == name and kind.label and kind.base_url_hint
        # A kind that needs a key says where else it may come from.
        assert kind.needs_key == bool(kind.key_env)
        # Only a kind whose server may be a person's own needs a URL, and shows examples of one.
        assert bool(kind.url_examples) is not kind.needs_key


def test_an_openai_compatible_provider_is_told_an_example_url() -> None:
    with pytest.raises(ProviderError, match="for example http://localhost:11434/v1 for Ollama"):
        validate_provider(ProviderConfig("box", "openai-compatible"))


def test_a_stored_key_comes_first_then_the_kinds_variables_in_order() -> None:
    config = ProviderConfig("gem", "gemini")
    keychain = MemoryKeyring()
    environ = {"GOOGLE_API_KEY": "google-0123456789abcdef"}
    secrets = SecretStore(backend=keychain, environ=environ)
    assert provider_secret(config, secrets) == Secret("google-0123456789abcdef", "environment:GOOGLE_API_KEY")
    environ["GEMINI_API_KEY"] = "gemini-0123456789abcdef"
    assert provider_key(config, secrets) == "gemini-0123456789abcdef"
    secrets.set(provider_account("gem"), "stored-0123456789abcdef")
    assert provider_secret(config, secrets) == Secret("stored-0123456789abcdef", "keychain")
    # Another provider of the same kind has its own stored key, and shares the variables.
    assert provider_key(ProviderConfig("gem2", "gemini"), secrets) == "gemini-0123456789abcdef"


def test_no_key_is_none_and_a_kind_without_variables_reads_none() -> None:
    secrets = SecretStore(backend=FailKeyring(), environ={"OPENAI_API_KEY": "sk-env-0123456789abcdef"})
    assert provider_key(ProviderConfig("box", "openai-compatible", base_url="http://127.0.0.1:9/v1"), secrets) is None
    assert provider_key(ProviderConfig("ant", "anthropic"), secrets) is None
    assert provider_key(ProviderConfig("oa", "openai"), secrets) == "sk-env-0123456789abcdef"
