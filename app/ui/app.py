"""Starts the Qt application; the composition root hands it its services."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import app as app_package
from app.core.engines.registry import EngineRegistry
from app.core.library import ModelLibrary
from app.core.settings import Settings, SettingsStore
from app.ui.main_window import MainWindow
from app.ui.style import apply_style

ICON_PATH = Path(app_package.__file__).parent.parent / "resources" / "icons" / "plinth.svg"


def run_gui(
    argv: Sequence[str],
    *,
    engines: EngineRegistry,
    library: ModelLibrary,
    settings: Settings,
    settings_store: SettingsStore,
    warnings: Sequence[str] = (),
) -> int:
    # Tests (pytest-qt) already own an application; the real run creates it here.
    existing = QApplication.instance()
    qt_app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    qt_app.setApplicationName("Plinth")
    qt_app.setApplicationDisplayName("Plinth")
    qt_app.setApplicationVersion(app_package.__version__)
    apply_style(qt_app)
    if ICON_PATH.is_file():
        qt_app.setWindowIcon(QIcon(str(ICON_PATH)))
    window = MainWindow(engines, library, settings, settings_store, warnings)
    window.show()
    return qt_app.exec()
