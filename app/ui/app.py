"""Starts the Qt application; the composition root hands it its services."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

import app as app_package
from app.core.resources import shipped_file
from app.ui.main_window import MainWindow
from app.ui.style import apply_style

if TYPE_CHECKING:
    from app.core.compare_store import ComparisonStore
    from app.core.engines.registry import EngineRegistry
    from app.core.model_directory import ModelDirectory
    from app.core.offline import OfflineMode
    from app.core.paths import Paths
    from app.core.providers import ProviderStore
    from app.core.secrets import SecretStore
    from app.core.settings import Settings, SettingsStore
    from app.core.store import Store
    from app.ui.dialogs.providers_dialog import TestConnection
    from app.ui.panels.models_panel import ModelManager

ICON_PATH = shipped_file("resources/icons/plinth.svg")


def create_main_window(
    argv: Sequence[str],
    *,
    engines: EngineRegistry,
    models: ModelDirectory,
    settings: Settings,
    settings_store: SettingsStore,
    providers: ProviderStore,
    secrets: SecretStore,
    test_connection: TestConnection,
    warnings: Sequence[str] = (),
    model_manager: ModelManager | None = None,
    comparisons: ComparisonStore | None = None,
    paths: Paths | None = None,
    store: Store | None = None,
    offline: OfflineMode | None = None,
) -> MainWindow:
    """The application (created if needed, styled) and its main window, shown; ``run_gui`` runs it."""
    # Tests (pytest-qt) already own an application; the real run creates it here.
    existing = QApplication.instance()
    qt_app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    qt_app.setApplicationName("Plinth")
    qt_app.setApplicationDisplayName("Plinth")
    qt_app.setApplicationVersion(app_package.__version__)
    apply_style(qt_app)
    if ICON_PATH.is_file():
        qt_app.setWindowIcon(QIcon(str(ICON_PATH)))
    window = MainWindow(
        engines, models, settings, settings_store, providers, secrets, test_connection, warnings,
        model_manager=model_manager,
        comparisons=comparisons,
        paths=paths,
        store=store,
        offline=offline,
    )
    window.show()
    return window


def run_gui(argv: Sequence[str], **services: Any) -> int:
    """``services``: the keyword arguments of :func:`create_main_window`."""
    window = create_main_window(argv, **services)
    qt_app = QApplication.instance()
    assert qt_app is not None
    exit_after = os.environ.get("PLINTH_EXIT_AFTER_SHOW")
    if exit_after is not None:
        window.installEventFilter(FirstPaintReporter(window, float(exit_after or 0)))
    result = qt_app.exec()
    del window
    return result


class FirstPaintReporter(QObject):
    """For the start-up benchmark (``PLINTH_EXIT_AFTER_SHOW=<seconds>``): once the
    window has painted for the first time, prints ``plinth-shown <epoch seconds>``
    and quits after idling that many seconds."""

    def __init__(self, window: QWidget, idle_s: float) -> None:
        super().__init__(window)
        self._idle_ms = round(idle_s * 1000)
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            # Queued: runs once this paint has been handled.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"plinth-shown {time.time():.6f}", file=sys.stdout, flush=True)
        QTimer.singleShot(self._idle_ms, QApplication.quit)
