"""Fixtures for the GUI tests: a model library, providers and an in-memory keychain."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes import MemoryKeyring
from PySide6.QtWidgets import QApplication

from app.core.library import ModelLibrary
from app.core.model_directory import ModelDirectory
from app.core.paths import Paths
from app.core.providers import ProviderStore
from app.core.secrets import SecretStore
from app.ui.style import apply_style


@pytest.fixture
def library(tmp_path: Path) -> ModelLibrary:
    models = tmp_path / "models"
    models.mkdir()
    (models / "fake.gguf").write_bytes(b"GGUF")
    return ModelLibrary(models, None)


@pytest.fixture
def keychain() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def secrets(keychain: MemoryKeyring) -> SecretStore:
    # An empty environment: a developer's own OPENAI_API_KEY must not leak into the tests.
    return SecretStore(backend=keychain, environ={})


@pytest.fixture
def providers(paths: Paths) -> ProviderStore:
    return ProviderStore(paths.config_dir / "providers.json")


@pytest.fixture
def models(library: ModelLibrary, providers: ProviderStore, secrets: SecretStore) -> ModelDirectory:
    return ModelDirectory(library, providers, secrets)


@pytest.fixture
def app_style(qapp: QApplication) -> Iterator[None]:
    """The application's own style and style sheet, as the real run has them; the test's old look after."""
    style, sheet = qapp.style().name(), qapp.styleSheet()
    apply_style(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
