"""The window's tabs: one panel per task, the Compare workspace and the Models page.

:class:`Panel` is what the main window asks of every one of them; :class:`PanelContext` is what it gives the
task panels and the Compare workspace.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from app.core.adaptation.labelling import LabellingServices
    from app.core.documents.chat_retrieval import ChatRetrieval
    from app.core.engines.registry import EngineRegistry
    from app.core.history.store import Store
    from app.core.models.directory import ModelDirectory
    from app.core.settings import Settings
    from app.ui.window_services import WindowServices


class Panel(Protocol):
    """What the main window asks of each tab's panel (a QWidget, the tab's page)."""

    def refresh_models(self) -> None:
        """The models that can run changed — local models added or removed, providers edited, the offline
        switch flipped: re-read them, keeping what is picked where it can still run."""

    @property
    def active_model_ids(self) -> set[str]:
        """The models working for this panel right now: the window keeps their engines while it closes idle ones."""

    def shutdown(self) -> None:
        """The window is closing: stop what runs and wait for it, or let it end in the background."""


@dataclass(frozen=True)
class PanelContext:
    """What every panel that runs models works with, given by the window (or a test) in one piece."""

    engines: EngineRegistry
    #: The models the pickers list.
    models: ModelDirectory
    #: The settings the panel keeps up to date; the window saves them.
    settings: Settings
    #: Where results are saved (the history); None keeps nothing.
    store: Store | None = None
    #: Finds the passages of an answer from documents (the chat, Compare); None: no documents index.
    documents: ChatRetrieval | None = None
    #: Active labelling in the Classify tab's batch results (drafts folder, retrain, history); None: off.
    labelling: LabellingServices | None = None

    @classmethod
    def of(cls, services: WindowServices, settings: Settings) -> PanelContext:
        """The window's services' part the panels use, around the window's settings."""
        return cls(
            services.engines, services.models, settings, services.store, services.chat_documents, services.labelling
        )

    def state(self, key: str) -> dict[str, Any]:
        """The panel's own part of the settings, ``settings.extra[key]`` (made empty the first time)."""
        state: dict[str, Any] = self.settings.extra.setdefault(key, {})
        return state
