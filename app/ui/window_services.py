"""What the main window works with, in one object the composition root fills.

A module of its own, without widgets: start-up builds the services after the
window's frame has painted, and the frame needs none of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.adaptation.labelling import LabellingServices
    from app.core.compare.saved import ComparisonStore
    from app.core.diagnostics import GpuProbe
    from app.core.documents.chat_retrieval import ChatRetrieval
    from app.core.engines.registry import EngineRegistry
    from app.core.history.store import Store
    from app.core.models.directory import ModelDirectory
    from app.core.paths import Paths
    from app.core.providers import ProviderStore
    from app.core.secrets import SecretStore
    from app.ui.dialogs.providers_dialog import TestConnection
    from app.ui.panels.adaptation.services import AdaptationServices
    from app.ui.panels.documents.services import DocumentServices
    from app.ui.panels.model_manager import ModelManager
    from app.ui.panels.tasks.services import TaskServices
    from app.ui.server_services import ServerServices


@dataclass(frozen=True)
class WindowServices:
    """What the window's panels, dialogs and menus work with; its frame paints without any of it.

    The optional ones decide what the window has: the frame is told which of
    them will come (``MainWindow.frame``), so its tabs and menus are there
    before they are.
    """

    engines: EngineRegistry
    models: ModelDirectory
    providers: ProviderStore
    secrets: SecretStore
    #: The Providers dialog's connection test: lists a provider's models with a key.
    test_connection: TestConnection
    #: Shown once in the status bar when the window starts (a damaged settings file…).
    warnings: Sequence[str] = ()
    #: With it, the Models page and the download queue in the status bar.
    model_manager: ModelManager | None = None
    #: With it, the Compare workspace.
    comparisons: ComparisonStore | None = None
    #: With it, the Documents tab.
    documents: DocumentServices | None = None
    #: The folders the About dialog and the diagnostics show; None: read from the environment when asked.
    paths: Paths | None = None
    #: With it, the chat keeps its history and the File menu exports and imports it.
    store: Store | None = None
    #: Made and asked only when the model settings or diagnostics need it (it spawns a process).
    gpu_probe: GpuProbe | None = None
    #: With it, a chat can be answered from document collections.
    chat_documents: ChatRetrieval | None = None
    #: With it, the Tasks tab (a person's own tasks).
    tasks: TaskServices | None = None
    #: With it, the Classify tab's Adapt page (prompting against trained classifiers, issue 17).
    adaptation: AdaptationServices | None = None
    #: With it, the Classify tab's batch results can be labelled in place and the classifier retrained.
    labelling: LabellingServices | None = None
    #: With it, File › Server and File › Server tokens…: the local OpenAI-compatible API (issue 18).
    server: ServerServices | None = None
