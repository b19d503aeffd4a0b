"""Composition root: picks the concrete classes, wires them, parses the command line.

Everything else receives its collaborators through its constructor. Heavy
imports (Qt, llama.cpp) happen only on the paths that need them.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.engines.label_methods import LabelMethods
from app.core.engines.registry import EngineRegistry
from app.core.library import ModelLibrary, starter_model_path
from app.core.logs import Redactor, setup_logging
from app.core.offline import OfflineMode, install_socket_guard
from app.core.paths import Paths
from app.core.pricing import SHIPPED_PRICES, PriceTable
from app.core.providers import KEY_ENV, ProviderStore
from app.core.secrets import SecretStore, provider_account
from app.core.settings import Settings, SettingsStore

if TYPE_CHECKING:
    from app.core.downloads import Downloader
    from app.core.errors import UserFacingError
    from app.core.hardware import Hardware
    from app.core.store import Store
    from app.core.providers import ProviderConfig
    from app.ui.panels.model_manager import ModelManager


@dataclass
class Services:
    paths: Paths
    settings_store: SettingsStore
    settings: Settings
    library: ModelLibrary
    engines: EngineRegistry
    providers: ProviderStore
    secrets: SecretStore
    prices: PriceTable
    warnings: list[str] = field(default_factory=list)
    offline: OfflineMode = field(default_factory=OfflineMode)

    _store: Store | None = field(default=None, repr=False)

    @property
    def store(self) -> Store:
        """The history database, opened on first use: commands that never need it never touch the file.

        Raises ``StoreError`` (``StoreVersionError`` for a file from a newer Plinth).
        """
        if self._store is None:
            from app.core.store import Store

            self._store = Store.open(self.paths.data_dir)
            self.warnings.extend(self._store.warnings)
        return self._store

    def close(self) -> None:
        self.engines.close_all()
        if self._store is not None:
            self._store.close()


def build_services(
    paths: Paths | None = None, starter_path: Path | None = None, redactor: Redactor | None = None
) -> Services:
    """``redactor``: the log's, so every key the SecretStore sees is kept out of the log file."""
    paths = (paths or Paths.from_environment()).ensure()
    store = SettingsStore(paths.settings_file)
    settings = store.load()
    library = ModelLibrary(paths.models_dir, starter_path if starter_path is not None else starter_model_path())
    offline = OfflineMode.from_environment(settings.offline)
    engines = EngineRegistry(offline)

    def local_engine(model_id: str):
        from app.core.engines.local import LocalEngine

        model = library.resolve(model_id)
        return LocalEngine(
            model.path,
            model_id,
            context_cap=settings.context_cap,
            n_threads=settings.n_threads,
            n_gpu_layers=settings.n_gpu_layers,
        )

    providers = ProviderStore(paths.config_dir / "providers.json")
    secrets = SecretStore(register_secret=redactor.register_secret if redactor else None)
    prices = PriceTable.load(SHIPPED_PRICES, paths.config_dir / "prices.json")
    label_methods = LabelMethods(paths.label_methods_file)

    def remote_engine(model_id: str):
        from app.core.engines.remote import create_remote_engine

        name, model = model_id.split(":", 1)
        config = providers.get(name)
        key = secrets.get(provider_account(name), KEY_ENV[config.kind])
        return create_remote_engine(
            config, model, api_key=key.value if key else None, prices=prices, label_methods=label_methods
        )

    engines.register("starter", local_engine)
    engines.register("local", local_engine)
    engines.register_fallback(remote_engine)
    return Services(
        paths, store, settings, library, engines, providers, secrets, prices, list(store.warnings), offline=offline
    )


def guard_offline(offline: OfflineMode) -> None:
    """The process-wide part of offline mode, for the real entry points (tests keep their process clean).

    ``HF_HUB_OFFLINE`` must be set before huggingface_hub is first imported
    (nothing imports it at start-up); the socket guard refuses whatever else
    would leave the computer while the switch is on.
    """
    offline.apply_hub_offline(os.environ)
    offline.add_listener(lambda _enabled: offline.apply_hub_offline(os.environ))
    install_socket_guard(offline)


def build_model_manager(services: Services) -> ModelManager:
    """What the Models page needs: the catalogue, Hub and download factories, the hardware probe."""
    from app.core.catalog import Catalog, CatalogError
    from app.core.hub import TOKEN_ACCOUNT, TOKEN_ENV, HubClient
    from app.ui.panels.model_manager import ModelManager

    try:
        catalog = Catalog.load()
    except CatalogError as exc:
        services.warnings.append(str(exc))
        catalog = Catalog([])

    def hf_token() -> str | None:
        # Read per call, so a token stored from the Models page is used at once.
        secret = services.secrets.get(TOKEN_ACCOUNT, TOKEN_ENV)
        return secret.value if secret else None

    models_dir = services.paths.models_dir
    offline = services.offline

    def make_downloader() -> Downloader:
        from app.core.downloads import Downloader

        # Asked per download: the switch may have been flipped since the window opened.
        offline.check("downloads from the Hugging Face Hub are off.")
        return Downloader(models_dir, token=hf_token())

    def probe_hardware() -> Hardware:
        from app.core.hardware import detect_hardware

        return detect_hardware(models_dir)

    return ModelManager(
        library=services.library,
        catalog=catalog,
        make_hub=lambda: HubClient(token=hf_token(), offline=offline),
        make_downloader=make_downloader,
        probe_hardware=probe_hardware,
        secrets=services.secrets,
        offline=offline,
    )


def list_provider_models(config: ProviderConfig, key: str | None) -> list[str]:
    """The Providers dialog's connection test; the HTTP client is imported when it first runs."""
    from app.core.engines.remote import list_models as remote_list_models

    return remote_list_models(config, key)


def gui_main(argv: list[str] | None = None) -> int:
    from app.core.model_directory import ModelDirectory
    from app.core.store import StoreError
    from app.ui.app import run_gui

    paths = Paths.from_environment()
    services = build_services(paths, redactor=setup_logging(paths.log_dir))
    try:
        store = services.store
    except StoreError as exc:
        services.close()
        show_startup_error(exc)
        return 1
    guard_offline(services.offline)
    model_manager = build_model_manager(services)
    try:
        return run_gui(
            sys.argv[:1] + list(argv or []),
            engines=services.engines,
            models=ModelDirectory(services.library, services.providers, services.secrets, services.offline),
            settings=services.settings,
            settings_store=services.settings_store,
            providers=services.providers,
            secrets=services.secrets,
            test_connection=list_provider_models,
            warnings=services.warnings,
            model_manager=model_manager,
            comparisons=store.comparisons,
            paths=services.paths,
            store=store,
            offline=services.offline,
        )
    finally:
        services.close()


def show_startup_error(error: UserFacingError) -> None:
    """A message box for an error that stops the window from opening (before any window exists)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Plinth")
    QMessageBox.critical(None, f"Plinth: {error.title}", f"{error.message}\n\n{error.hint}".strip())


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--self-test"]:
        from app.selftest import run_self_test

        return run_self_test()
    if not argv or argv[0] == "gui":
        return gui_main(argv[1:])
    from app.cli import run_cli

    paths = Paths.from_environment()

    def cli_services() -> Services:
        # Logging starts with the services, so `--help` and `--version` create no files.
        services = build_services(paths, redactor=setup_logging(paths.log_dir))
        guard_offline(services.offline)
        return services

    return run_cli(argv, cli_services)
