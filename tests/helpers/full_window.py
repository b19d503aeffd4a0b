"""The main window filled the way a person using it sees it, for the tests that walk every tab and dialog.

``make_window`` builds the real window from fakes and loopback data: a remote provider on 127.0.0.1 (its
engine a fake, so a test decides what it answers or how it fails), a second local model that gives label
probabilities, a history with long titles, a documents collection embedded by a "remote" model, the
Tasks tab's library, and a Hub that cannot be reached. Import the fixtures into a test module to use them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fakes import FakeEngine, FakeLabelEngine
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from app.core.compare.saved import open_comparisons
from app.core.diagnostics import GpuProbe, GpuSupport
from app.core.documents.store import DocumentStore
from app.core.engines.registry import EngineRegistry
from app.core.errors import NetworkError
from app.core.history.store import Store
from app.core.models.catalogue import Catalog
from app.core.models.directory import ModelDirectory
from app.core.models.downloads import Downloader
from app.core.models.hardware import detect_hardware
from app.core.models.library import ModelLibrary
from app.core.offline import OfflineMode
from app.core.paths import Paths
from app.core.providers import ProviderConfig, ProviderStore
from app.core.secrets import SecretStore
from app.core.settings import SettingsStore
from app.ui.main_window import MainWindow
from app.ui.panels.documents.services import DocumentServices, EmbeddingChoice
from app.ui.panels.model_manager import ModelManager
from app.ui.widgets.model_picker import ModelPicker
from helpers.documents import HashedWordsEmbedder, TextPipeline
from helpers.task_panels import task_services

SIZES = [(1024, 700), (1080, 760)]
SERVER = "http://127.0.0.1:53127/v1"
REMOTE = "smolsrv:smol"
UNREACHABLE = NetworkError(
    f"Cannot reach smolsrv at {SERVER}: the connection was refused.",
    "Check that the server is running and that the address in File › Providers is right, then try again.",
)
TITLES = [
    "Planning a three-week rail trip through the Alps in early autumn",
    "Why does my Python decorator lose the wrapped function's name?",
    "Summarise the quarterly report for the board meeting",
]
BATCH_FILE = "customer-support-tickets-2024-q3-export.csv"
#: What the local model answers the invoice task with, every row.
INVOICE_ANSWER = {"number": "RE-2024-0815", "vendor": "Hartmann Bürobedarf GmbH", "date": "2024-03-12",
                  "total": 362.36, "currency": "EUR"}  # fmt: skip
#: A second local model, a classifier that gives a probability per label.
LABELS = "local:labels"


def pick(picker: ModelPicker, model_id: str) -> None:
    combo = picker.findChild(QComboBox)
    combo.setCurrentIndex(combo.findData(model_id))
    assert picker.model_id == model_id


def settle() -> None:
    # Layouts apply in posted events, and a resize can queue another round.
    for _ in range(3):
        QCoreApplication.processEvents()


@pytest.fixture
def history(paths: Paths) -> Iterator[Store]:
    with Store.open(paths.data_dir) as store:
        for title in TITLES:
            cid = store.create_conversation(title=title, model_id=REMOTE, system_prompt="", settings={})
            store.add_message(cid, "user", f"{title}?")
            store.add_message(cid, "assistant", "Here is a long answer. " * 40, model_id=REMOTE)
        yield store


@pytest.fixture
def documents(tmp_path: Path) -> Iterator[DocumentServices]:
    """Collections whose embedding model sends passages to a provider, so the privacy line names it."""
    embedder = HashedWordsEmbedder(model_id="openai:text-embedding-3-small")
    choices = [EmbeddingChoice(embedder.model_id, "OpenAI text-embedding-3-small", "OpenAI")]
    with DocumentStore.open(tmp_path / "documents.sqlite3") as store:
        yield DocumentServices(store, TextPipeline().pipeline, lambda _model_id: embedder, lambda: choices)


@pytest.fixture
def local() -> FakeEngine:
    return FakeEngine(model_id="local:fake")


@pytest.fixture
def remote() -> FakeEngine:
    return FakeEngine(model_id=REMOTE, destination=f"smolsrv ({SERVER})")


@pytest.fixture
def make_window(
    qtbot: QtBot, app_style: None, tmp_path: Path, paths: Paths, library: ModelLibrary, providers: ProviderStore,
    secrets: SecretStore, history: Store, local: FakeEngine, remote: FakeEngine, open_main_window,
    documents: DocumentServices,
) -> Callable[..., MainWindow]:  # fmt: skip
    providers.upsert(ProviderConfig("smolsrv", "openai-compatible", base_url=SERVER, models=["smol"]))
    mode = OfflineMode()
    directory = ModelDirectory(library, providers, secrets, mode)
    engines = EngineRegistry()
    (library.models_dir / "labels.gguf").write_bytes(b"GGUF")
    labels = FakeLabelEngine(model_id=LABELS)
    engines.register("local", lambda model_id: labels if model_id == LABELS else local)
    engines.register("smolsrv", lambda _model_id: remote)
    engines.offline = mode

    def unreachable_hub():  # noqa: ANN202 (never returns)
        raise NetworkError(
            "Cannot reach the Hugging Face Hub (huggingface.co): the name could not be resolved.",
            "Check the internet connection, or turn on offline mode to work with installed models only.",
        )

    manager = ModelManager(
        library=library,
        catalog=Catalog([]),
        make_hub=unreachable_hub,
        make_downloader=lambda: Downloader(library.models_dir),
        probe_hardware=lambda: detect_hardware(library.models_dir),
        secrets=secrets,
        offline=mode,
    )
    store = SettingsStore(tmp_path / "config" / "settings.json")

    def make(gpu: GpuSupport | None = None, test_connection=lambda *_: ["smol"]) -> MainWindow:  # noqa: ANN001
        window = open_main_window(
            engines, store, offline=mode, models=directory, test_connection=test_connection, model_manager=manager,
            comparisons=open_comparisons(history), store=history, paths=paths, documents=documents,
            tasks=task_services(tmp_path / "tasks-tab", engines.get),
            gpu_probe=GpuProbe(lambda: gpu or GpuSupport(False, "this build has no GPU backend")),
        )  # fmt: skip
        qtbot.waitExposed(window)
        return window

    return make
