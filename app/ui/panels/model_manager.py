"""What the Models page needs, built by the composition root.

A module of its own, without widgets: start-up builds it before the window
opens, and the Models page (with its imports) is only built when first shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.models.catalogue import Catalog
    from app.core.models.downloads import Downloader
    from app.core.models.hardware import Hardware
    from app.core.models.hub import HubClient
    from app.core.models.library import ModelLibrary
    from app.core.offline import OfflineMode
    from app.core.secrets import SecretStore


@dataclass
class ModelManager:
    """What the Models page needs; the composition root builds it.

    ``make_hub`` and ``make_downloader`` are called for each piece of work, so a
    token stored meanwhile is used at once.
    """

    library: ModelLibrary
    catalog: Catalog
    make_hub: Callable[[], HubClient]
    make_downloader: Callable[[], Downloader]
    probe_hardware: Callable[[], Hardware]
    secrets: SecretStore
    #: While it is on, the page neither searches nor downloads; None: never offline.
    offline: OfflineMode | None = None
