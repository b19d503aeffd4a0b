from pathlib import Path

from fakes import MemoryKeyring
from keyring.backends.fail import Keyring as FailKeyring

from app.core.models.directory import ModelDirectory
from app.core.models.library import ModelLibrary
from app.core.providers import KINDS, ProviderConfig, ProviderStore
from app.core.secrets import SecretStore, provider_account


def _directory(tmp_path: Path, starter_path: Path, secrets: SecretStore) -> ModelDirectory:
    store = ProviderStore(tmp_path / "providers.json")
    store.upsert(ProviderConfig("oa", "openai"))
    store.upsert(ProviderConfig("box", "openai-compatible", base_url="http://127.0.0.1:9/v1", models=["m1"]))
    return ModelDirectory(ModelLibrary(tmp_path / "models", starter_path), store, secrets)


def test_local_first_then_providers_with_key_status(tmp_path: Path, starter_path: Path) -> None:
    choices = _directory(tmp_path, starter_path, SecretStore(backend=MemoryKeyring(), environ={})).choices()
    assert choices[0].model_id == "starter" and choices[0].destination is None
    openai = [c for c in choices if c.model_id.startswith("oa:")]
    assert [c.model_id for c in openai] == [f"oa:{m}" for m in KINDS["openai"].default_models]
    assert all(not c.available and "no API key" in c.note for c in openai)
    box = [c for c in choices if c.model_id.startswith("box:")]
    assert [(c.model_id, c.available) for c in box] == [("box:m1", True)]
    assert box[0].destination == "box (http://127.0.0.1:9/v1)"


def test_a_stored_or_environment_key_makes_models_available(tmp_path: Path, starter_path: Path) -> None:
    secrets = SecretStore(backend=MemoryKeyring(), environ={})
    secrets.set(provider_account("oa"), "sk-test-0123456789abcdef")
    assert all(c.available for c in _directory(tmp_path, starter_path, secrets).choices())
    from_env = SecretStore(backend=FailKeyring(), environ={"OPENAI_API_KEY": "sk-env-0123456789abcdef"})
    assert all(c.available for c in _directory(tmp_path, starter_path, from_env).choices())


def test_the_catalogues_embedding_models_are_offered_for_documents_not_for_chat(
    tmp_path: Path, starter_path: Path
) -> None:
    from app.core.models.catalogue import Catalog

    embedding_file = Catalog.load().of_kind("embedding")[0].files[0].file
    models = tmp_path / "models"
    models.mkdir()
    (models / embedding_file).write_bytes(starter_path.read_bytes()[:4096])
    (models / "my-chat-model.gguf").write_bytes(starter_path.read_bytes()[:4096])
    directory = _directory(tmp_path, starter_path, SecretStore(backend=MemoryKeyring(), environ={}))

    chat = [c.model_id for c in directory.choices()]
    embedding = [c.model_id for c in directory.embedding_choices()]

    assert not any(embedding_file.removesuffix(".gguf") in m for m in chat)
    assert any("my-chat-model" in m for m in chat)
    local = [m for m in embedding if m.startswith("local:")]
    assert len(local) == 1 and embedding_file.removesuffix(".gguf") in local[0]
    # A provider whose kind has an embeddings endpoint offers its embedding models; one without a list
    # of them (an OpenAI-compatible server, named by whoever runs it) offers none.
    assert [m for m in embedding if m.startswith("oa:")] == [f"oa:{m}" for m in KINDS["openai"].embedding_models]
    assert not any(m.startswith("box:") for m in embedding)
