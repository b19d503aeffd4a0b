"""Fixtures for the GUI tests: a model library, providers, an in-memory keychain, and main windows made of them."""

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fakes import MemoryKeyring

# The whole window filled with loopback data, for the tests that walk every tab (used by name).
from helpers.full_window import documents, history, local, make_window, remote  # noqa: F401
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.engines.registry import EngineRegistry
from app.core.models.directory import ModelDirectory
from app.core.models.library import ModelLibrary
from app.core.offline import OfflineMode
from app.core.paths import Paths
from app.core.providers import ProviderConfig, ProviderStore
from app.core.secrets import SecretStore
from app.core.settings import Settings, SettingsStore
from app.ui import i18n
from app.ui.main_window import MainWindow
from app.ui.style import apply_style
from app.ui.window_services import WindowServices


@pytest.fixture(autouse=True, scope="session")
def english(qapp: QApplication) -> None:
    """The window's English, as a person sees it: its plural forms ("1 row", "2 rows") installed."""
    i18n.install("en")


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


def no_connection(_config: ProviderConfig, _key: str | None) -> list[str]:
    raise AssertionError("no connection test expected")


@pytest.fixture
def window_services(
    models: ModelDirectory, providers: ProviderStore, secrets: SecretStore
) -> Callable[..., WindowServices]:
    """Makes a window's services: ``engines``, then any WindowServices field; the models, providers and keychain
    are these fixtures' and the connection test fails the test, unless given."""

    def make(engines: EngineRegistry, **fields: Any) -> WindowServices:
        given = {"models": models, "providers": providers, "secrets": secrets, "test_connection": no_connection}
        return WindowServices(engines=engines, **{**given, **fields})

    return make


@pytest.fixture
def open_main_window(qtbot: QtBot, window_services: Callable[..., WindowServices]) -> Callable[..., MainWindow]:
    """Opens a main window, started and shown (qtbot closes it after the test), with :func:`window_services`.

    Call it with the engines, the settings store and any WindowServices field; ``settings``: loaded from the
    store unless given; ``offline``: the window's own switch unless given.
    """

    def opener(
        engines: EngineRegistry,
        settings_store: SettingsStore,
        *,
        settings: Settings | None = None,
        offline: OfflineMode | None = None,
        **fields: Any,
    ) -> MainWindow:
        window = MainWindow(
            settings_store.load() if settings is None else settings,
            settings_store,
            window_services(engines, **fields),
            offline=offline,
        )
        qtbot.addWidget(window)
        window.show()
        return window

    return opener
