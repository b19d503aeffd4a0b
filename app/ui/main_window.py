"""The main window: one tab per task panel, a menu, a status bar."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QWidget

import app
from app.core.engines.registry import EngineRegistry
from app.core.library import ModelLibrary
from app.core.settings import Settings, SettingsStore
from app.ui.panels.chat_panel import ChatPanel

log = logging.getLogger(__name__)

ABOUT_TEXT = (
    "<h3>Plinth {version}</h3>"
    "<p>A desktop workbench for language models: run open models on this "
    "computer, or use a model behind an API, side by side.</p>"
)


class MainWindow(QMainWindow):
    """Hosts the task panels (Chat for now) in tabs.

    Saves the settings, window geometry included, when it closes.

    Signals: none.
    """

    def __init__(
        self,
        engines: EngineRegistry,
        library: ModelLibrary,
        settings: Settings,
        settings_store: SettingsStore,
        warnings: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._settings_store = settings_store
        self.setWindowTitle("Plinth")
        self.setMinimumSize(640, 480)

        self._chat_panel = ChatPanel(engines, library, settings)
        self._tabs = QTabWidget()
        self._tabs.setAccessibleName("Panels")
        self._tabs.setDocumentMode(True)
        self._tabs.addTab(self._chat_panel, "Chat")
        self.setCentralWidget(self._tabs)

        self._build_menus()
        status_bar = self.statusBar()
        if warnings:
            # Shown once; the status bar keeps it until something else is shown.
            status_bar.showMessage(" ".join(warnings))

        if not self._restore_geometry():
            self.resize(1080, 760)

    @property
    def chat_panel(self) -> ChatPanel:
        return self._chat_panel

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self._on_quit_action_triggered)
        file_menu.addAction(quit_action)

        help_menu = self.menuBar().addMenu("&Help")
        about_action = QAction("&About Plinth", self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self._on_about_action_triggered)
        help_menu.addAction(about_action)

    def _restore_geometry(self) -> bool:
        if not self._settings.window_geometry:
            return False
        data = QByteArray.fromBase64(self._settings.window_geometry.encode("ascii"))
        return bool(self.restoreGeometry(data))

    @Slot()
    def _on_quit_action_triggered(self) -> None:
        self.close()

    @Slot()
    def _on_about_action_triggered(self) -> None:
        QMessageBox.about(self, "About Plinth", ABOUT_TEXT.format(version=app.__version__))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self._chat_panel.shutdown()
        self._settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        try:
            self._settings_store.save(self._settings)
        except OSError as exc:
            # Closing must not be blocked by a full disk; the next start uses the old file.
            log.error("Could not save settings to %s: %s", self._settings_store.path, exc)
        event.accept()
