"""Building the context a test's panel is given, as the window builds it from its services."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.settings import Settings
from app.ui.panels import PanelContext

if TYPE_CHECKING:
    from app.core.documents.chat_retrieval import ChatRetrieval
    from app.core.engines.registry import EngineRegistry
    from app.core.history.store import Store
    from app.core.models.directory import ModelDirectory


def panel_context(
    engines: EngineRegistry,
    models: ModelDirectory,
    settings: Settings | None = None,
    store: Store | None = None,
    documents: ChatRetrieval | None = None,
) -> PanelContext:
    """A panel's context: fresh settings unless the test gives its own, no history unless given a ``store``, no
    documents unless given their retrieval."""
    return PanelContext(engines, models, settings if settings is not None else Settings(), store, documents)
