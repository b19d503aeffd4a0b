"""Composition root: picks the concrete classes, wires them, parses the command line.

Everything else receives its collaborators through its constructor. Heavy
imports (Qt, llama.cpp) happen only on the paths that need them, and the
modules of the services are imported where the services are built: the
window's frame paints before any of them is needed.
"""

from __future__ import annotations

import functools
import os
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.offline import OfflineMode, install_socket_guard
from app.core.paths import Paths
from app.core.settings import Settings, SettingsStore

if TYPE_CHECKING:
    from app.core.adaptation.embedding_cache import EmbeddingCache
    from app.core.adaptation.labelling import LabellingServices
    from app.core.adaptation.library import ClassifierLibrary
    from app.core.documents.indexer import Pipeline
    from app.core.documents.store import DocumentStore
    from app.core.engines.base import Engine
    from app.core.engines.embedding import EmbeddingEngine
    from app.core.engines.registry import EngineRegistry
    from app.core.history.store import Store
    from app.core.logs import Redactor
    from app.core.models.directory import ModelChoice, ModelDirectory
    from app.core.models.downloads import Downloader
    from app.core.models.hardware import Hardware
    from app.core.models.library import ModelLibrary
    from app.core.pricing import PriceTable
    from app.core.providers import ProviderConfig, ProviderStore
    from app.core.secrets import SecretStore
    from app.core.server.app import ServerDeps
    from app.core.tasks.custom.run import Checker, Verdict
    from app.core.tasks.custom.spec import TaskSpec
    from app.ui.panels.adaptation.services import AdaptationServices
    from app.ui.panels.documents.services import DocumentServices
    from app.ui.panels.model_manager import ModelManager
    from app.ui.panels.tasks.services import TaskServices
    from app.ui.server_services import ServerServices
    from app.ui.window_services import WindowServices


@dataclass
class Services:
    """Everything the composition root builds, for the command line and the window alike.

    The window gets its part as one :class:`~app.ui.window_services.WindowServices`
    (:func:`window_services`), with the settings and the offline switch beside it.
    """

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
    _documents: DocumentStore | None = field(default=None, repr=False)
    _embedders: dict[str, EmbeddingEngine] = field(default_factory=dict, repr=False)
    _embedding_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _embedding_cache: EmbeddingCache | None = field(default=None, repr=False)

    @property
    def store(self) -> Store:
        """The history database, opened on first use: commands that never need it never touch the file.

        Raises ``StoreError`` (``StoreVersionError`` for a file from a newer Plinth).
        """
        if self._store is None:
            from app.core.history.store import Store

            self._store = Store.open(self.paths.data_dir)
            self.warnings.extend(self._store.warnings)
        return self._store

    @property
    def documents(self) -> DocumentStore:
        """The collections' database, opened on first use (``DocumentStoreError`` when it cannot be)."""
        if self._documents is None:
            from app.core.documents.store import DocumentStore

            self._documents = DocumentStore.open(self.paths.documents_db)
        return self._documents

    def open_embedding(self, model_id: str) -> EmbeddingEngine:
        """A new embedding engine for ``model_id`` (a collection's "built with" model); the caller closes it."""
        from app.core.engines.registry import open_embedding_engine

        return open_embedding_engine(
            model_id,
            library=self.library,
            providers=self.providers,
            secrets=self.secrets,
            offline=self.offline,
            n_threads=self.settings.n_threads,
            n_gpu_layers=self.settings.n_gpu_layers,
        )

    def shared_embedding(self, model_id: str) -> EmbeddingEngine:
        """One engine per embedding model, kept warm for the window's Documents tab (its index runs, searches
        and checks, on their worker threads) and closed with the services."""
        with self._embedding_lock:
            engine = self._embedders.get(model_id)
            if engine is None:
                engine = self._embedders[model_id] = self.open_embedding(model_id)
            return engine

    @property
    def classifiers(self) -> ClassifierLibrary:
        """The saved classifiers (``classifier:NAME``), in ``paths.classifiers_dir``."""
        from app.core.adaptation.library import ClassifierLibrary

        return ClassifierLibrary(self.paths.classifiers_dir)

    def embedding_cache(self) -> EmbeddingCache:
        """The one embedding cache (adaptation runs, classifiers), opened on first use and closed with the services."""
        with self._embedding_lock:
            if self._embedding_cache is None:
                from app.core.adaptation.embedding_cache import EmbeddingCache

                self._embedding_cache = EmbeddingCache(self.paths.embedding_cache_file)
            return self._embedding_cache

    def server_deps(self) -> ServerDeps:
        """What ``plinth serve`` serves with (:func:`build_server_deps`)."""
        return build_server_deps(self)

    def close(self) -> None:
        self.engines.close_all()
        with self._embedding_lock:
            for engine in self._embedders.values():
                engine.close()
            self._embedders.clear()
            if self._embedding_cache is not None:
                self._embedding_cache.close()
                self._embedding_cache = None
        if self._store is not None:
            self._store.close()
        if self._documents is not None:
            self._documents.close()


def setup_logging(log_dir: Path) -> Redactor:
    """:func:`app.core.logs.setup_logging`, imported when first called: its patterns take ~10 ms to compile."""
    from app.core.logs import setup_logging as setup

    return setup(log_dir)


def build_services(
    paths: Paths | None = None, starter_path: Path | None = None, redactor: Redactor | None = None
) -> Services:
    """``redactor``: the log's, so every key the SecretStore sees is kept out of the log file."""
    paths = (paths or Paths.from_environment()).ensure()
    store = SettingsStore(paths.settings_file)
    settings = store.load()
    offline = OfflineMode.from_environment(settings.offline)
    return services_with_settings(paths, store, settings, offline, starter_path=starter_path, redactor=redactor)


def services_with_settings(
    paths: Paths,
    store: SettingsStore,
    settings: Settings,
    offline: OfflineMode,
    *,
    starter_path: Path | None = None,
    redactor: Redactor | None = None,
) -> Services:
    """:func:`build_services` around settings already loaded (the window's frame shows them before the rest)."""
    from app.core.engines.registry import EngineRegistry
    from app.core.engines.remote.label_methods import LabelMethods
    from app.core.model_id import ModelId
    from app.core.models.library import ModelLibrary, starter_model_path
    from app.core.pricing import SHIPPED_PRICES, PriceTable
    from app.core.providers import ProviderStore, provider_key
    from app.core.secrets import SecretStore

    library = ModelLibrary(paths.models_dir, starter_path if starter_path is not None else starter_model_path())
    engines = EngineRegistry(offline)

    def local_engine(model_id: str):
        from app.core.engines.local.engine import LocalEngine

        model = library.resolve(model_id)
        return LocalEngine(
            model.path,
            model_id,
            context_cap=settings.context_cap,
            n_threads=settings.n_threads,
            n_gpu_layers=settings.n_gpu_layers,
            adapter=model.adapter,
            adapter_scale=model.adapter_scale,
        )

    providers = ProviderStore(paths.config_dir / "providers.json")
    secrets = SecretStore(register_secret=redactor.register_secret if redactor else None)
    prices = PriceTable.load(SHIPPED_PRICES, paths.config_dir / "prices.json")
    label_methods = LabelMethods(paths.label_methods_file)

    def remote_engine(model_id: str):
        from app.core.engines.remote.factory import create_remote_engine

        parsed = ModelId.parse(model_id)
        config = providers.get(parsed.prefix)
        return create_remote_engine(
            config, parsed.name, api_key=provider_key(config, secrets), prices=prices, label_methods=label_methods
        )

    engines.register("starter", local_engine)
    engines.register("local", local_engine)
    engines.register_fallback(remote_engine)
    services = Services(
        paths, store, settings, library, engines, providers, secrets, prices, list(store.warnings), offline=offline
    )
    engines.register("classifier", functools.partial(classifier_engine, services))
    return services


def classifier_engine(services: Services, model_id: str) -> Engine:
    """``classifier:NAME[@V]``: the saved classifier over a new engine for its embedding model.

    Not registered as remote: whether its texts leave the computer is its embedding model's affair, and
    ``open_embedding_engine`` refuses a provider's model while offline mode is on.
    """
    from app.core.adaptation.classifier_engine import ClassifierEngine
    from app.core.model_id import ModelId

    library = services.classifiers
    ref = ModelId.parse(model_id).name
    classifier = library.load(ref)
    embedder = services.open_embedding(classifier.embedding_model)
    follow = None if "@" in ref else (library, ref)
    return ClassifierEngine(model_id, classifier, embedder, services.embedding_cache(), follow=follow)


def classifier_choices(services: Services) -> list[ModelChoice]:
    """The saved classifiers as models to pick where a label is the answer, their provenance in the tooltip.

    Read on each call (a classifier saved a moment ago shows at the next refresh). One whose embedding
    model is a provider's is sent there, and is off while offline mode is on.
    """
    from app.core.errors import UserFacingError
    from app.core.model_id import ModelId
    from app.core.models.directory import OFFLINE_NOTE, ModelChoice

    out = []
    for saved in services.classifiers.list():
        p = saved.provenance
        destination, note, tag = None, "", ""
        try:
            embedding = ModelId.parse(p.embedding_model)
        except UserFacingError:
            embedding = None  # opening it says what is wrong
        if embedding is not None and not embedding.is_local:
            try:
                destination = services.providers.get(embedding.prefix).destination
            except UserFacingError as exc:
                destination, note = embedding.prefix, exc.message
            if services.offline.enabled:
                note, tag = OFFLINE_NOTE, "offline"
        tooltip = f"Trained classifier, version {saved.version}\n" + "\n".join(p.lines())
        out.append(ModelChoice(saved.model_id, saved.model_id, destination, not note, note, tag, tooltip, p.labels))
    return out


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
    from app.core.models.catalogue import Catalog, CatalogError
    from app.core.models.hub import TOKEN_ACCOUNT, TOKEN_ENV, HubClient
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
        from app.core.models.downloads import Downloader

        # Asked per download: the switch may have been flipped since the window opened.
        offline.check("downloads from the Hugging Face Hub are off.")
        return Downloader(models_dir, token=hf_token())

    def probe_hardware() -> Hardware:
        from app.core.models.hardware import detect_hardware

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


def document_pipeline() -> Pipeline:
    """Plinth's own discovery, extraction and chunking, made for each index run."""
    from app.core.documents.indexer import default_pipeline

    return default_pipeline()


def build_document_services(services: Services, models: ModelDirectory) -> DocumentServices:
    """What the Documents tab needs: the collections' store, the pipeline, the embedding models."""
    from app.ui.panels.documents.services import DocumentServices, EmbeddingChoice

    def embedding_choices() -> list[EmbeddingChoice]:
        return [EmbeddingChoice(c.model_id, c.label, c.destination) for c in models.embedding_choices()]

    return DocumentServices(services.documents, document_pipeline, services.shared_embedding, embedding_choices)


def build_task_services(services: Services) -> TaskServices:
    """The Tasks tab's library, checker (judges and similarity through the engines), cache and journals' folder."""
    from app.core.tasks.custom.cache import ResponseCache
    from app.core.tasks.custom.library import TaskLibrary, builtin_tasks_dir
    from app.ui.panels.tasks.services import TaskServices

    @functools.cache
    def real_checker() -> Checker:
        # Made when a run first checks an answer: the checks import jsonschema and numpy (~0.3 s), which
        # the window's start, right after its first paint, does not need.
        from app.core.tasks.custom.checking import engine_tools, task_checker

        return task_checker(engine_tools(services.engines.get, services.shared_embedding))

    def checker(task: TaskSpec, text: str, values: Mapping[str, object]) -> Verdict:
        return real_checker()(task, text, values)

    cache_dir = services.paths.cache_dir
    return TaskServices(
        library=TaskLibrary(services.paths.tasks_dir, builtin_tasks_dir()),
        checker=checker,
        open_cache=lambda: ResponseCache.in_folder(cache_dir),
        runs_dir=cache_dir / "task-runs",
    )


def build_adaptation_services(services: Services) -> AdaptationServices:
    """The Adapt page's engines, embedding models (a new engine per run, which closes it), the embedding cache,
    the saved classifiers and the runs' journals' folder."""
    from app.ui.panels.adaptation.services import AdaptationServices

    return AdaptationServices(
        engines=services.engines,
        open_embedding=services.open_embedding,
        # Asked when a run or a save first needs them, not while the window is built.
        cache=lambda: services.embedding_cache(),
        classifiers=lambda: services.classifiers,
        runs_dir=services.paths.adaptation_runs_dir,
    )


def list_provider_models(config: ProviderConfig, key: str | None) -> list[str]:
    """The Providers dialog's connection test; the HTTP client is imported when it first runs."""
    from app.core.engines.remote.factory import list_models as remote_list_models

    return remote_list_models(config, key)


def gui_main(argv: list[str] | None = None) -> int:
    """The window. Its frame paints first, from the settings alone; logging, the history store, the engines
    and the models are set up right after that first paint (start-up time)."""
    from app.ui.app import run_gui

    paths = Paths.from_environment().ensure()
    settings_store = SettingsStore(paths.settings_file)
    settings = settings_store.load()
    offline = OfflineMode.from_environment(settings.offline)
    built: list[Services] = []

    def connect() -> WindowServices:
        redactor = setup_logging(paths.log_dir)
        services = services_with_settings(paths, settings_store, settings, offline, redactor=redactor)
        built.append(services)
        # A StoreError (a database from a newer Plinth…) ends start-up with a message box.
        store = services.store
        guard_offline(offline)
        return window_services(services, store)

    try:
        return run_gui(sys.argv[:1] + list(argv or []), settings, settings_store, offline, connect)
    finally:
        for services in built:
            services.close()


def window_services(services: Services, store: Store) -> WindowServices:
    """What the main window works with, from the services and the opened history store."""
    from app.core.compare.saved import open_comparisons
    from app.core.documents.chat_retrieval import ChatRetrieval
    from app.core.errors import UserFacingError
    from app.core.models.directory import ModelDirectory
    from app.ui.window_services import WindowServices

    comparisons = open_comparisons(store)
    models = ModelDirectory(
        services.library,
        services.providers,
        services.secrets,
        services.offline,
        label_models=functools.partial(classifier_choices, services),
    )
    try:
        chat_documents: ChatRetrieval | None = ChatRetrieval(services.documents, services.open_embedding)
    except UserFacingError as exc:
        # A damaged documents index must not keep the window from opening; chat goes on without documents.
        chat_documents = None
        services.warnings.append(f"Documents are off: {exc.message}")
    # Importing an old comparisons file may have left a warning on the store.
    services.warnings.extend(w for w in store.warnings if w not in services.warnings)
    return WindowServices(
        engines=services.engines,
        models=models,
        providers=services.providers,
        secrets=services.secrets,
        test_connection=list_provider_models,
        # Built before the warnings are read: a damaged catalogue adds one.
        model_manager=build_model_manager(services),
        warnings=tuple(services.warnings),
        comparisons=comparisons,
        documents=build_document_services(services, models),
        paths=services.paths,
        store=store,
        chat_documents=chat_documents,
        tasks=build_task_services(services),
        adaptation=build_adaptation_services(services),
        labelling=build_labelling_services(services),
        server=build_window_server(services, models),
    )


def build_window_server(services: Services, models: ModelDirectory) -> ServerServices:
    """The window's Server switch: the tokens file ``plinth serve tokens`` edits too, and a server over the
    window's own engines and model list, its app made (starlette imported) only when the switch turns it on."""
    from app.core.server.tokens import TokenStore
    from app.ui.server_services import ServerServices, runner_start

    def make_app() -> object:
        from app.core.server.app import create_app

        return create_app(build_server_deps(services, models))

    return ServerServices(TokenStore(services.paths.server_tokens_file), runner_start(make_app))


def build_server_deps(services: Services, models: ModelDirectory | None = None) -> ServerDeps:
    """What the local API serves with: the window's engines (no second copy of a model), the model directory,
    the shared embedding engines, the client tokens, offline mode, the queue limit from the settings, and a
    recorder that saves the chats of tokens that ask for it in the history."""
    from app.core.models.directory import ModelDirectory
    from app.core.server.app import ServerDeps, ServerLimits
    from app.core.server.recording import history_recorder
    from app.core.server.tokens import TokenStore

    if models is None:
        models = ModelDirectory(services.library, services.providers, services.secrets, services.offline)
    return ServerDeps(
        engines=services.engines,
        models=models,
        open_embedding=services.shared_embedding,
        tokens=TokenStore(services.paths.server_tokens_file),
        offline=services.offline,
        record=history_recorder(lambda: services.store),
        limits=ServerLimits(queue_per_model=max(1, services.settings.server_queue_per_model)),
    )


def build_labelling_services(services: Services) -> LabellingServices:
    """Active labelling in the Classify tab's batch results: drafts in the data folder, retrains through the
    classifier library, the shared embedding cache and the shared embedding engines (kept open for the next)."""
    from app.core.adaptation.labelling import labelling_services

    return labelling_services(
        services.paths.data_dir / "label-drafts",
        services.classifiers,
        services.embedding_cache,
        services.shared_embedding,
        release=lambda _engine: None,
    )
