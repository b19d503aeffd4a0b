"""The main window: one tab per task panel, a menu, a status bar."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox, QTabWidget, QWidget

from app.core.diagnostics import GpuProbe, GpuSupport, collect
from app.core.engines.registry import EngineRegistry
from app.core.errors import UserFacingError
from app.core.model_directory import ModelDirectory
from app.core.offline import ENV_VAR as OFFLINE_ENV_VAR
from app.core.offline import OfflineMode
from app.core.providers import ProviderStore
from app.core.settings import Settings, SettingsStore
from app.core.store import read_archive_file, write_archive_file
from app.ui.dialogs.about_dialog import AboutDialog, qt_versions
from app.ui.dialogs.model_settings_dialog import ModelSettingsDialog
from app.ui.dialogs.providers_dialog import ProvidersDialog, TestConnection
from app.ui.panels.chat_panel import ChatPanel
from app.ui.panels.classification_panel import ClassificationPanel
from app.ui.panels.compare_panel import ComparePanel
from app.ui.panels.models_panel import ModelManager, ModelsPanel
from app.ui.panels.translation_panel import TranslationPanel
from app.ui.widgets.download_queue import DownloadQueueWidget
from app.workers.download_worker import DownloadWorker

if TYPE_CHECKING:
    from app.core.compare_store import ComparisonStore
    from app.core.paths import Paths
    from app.core.secrets import SecretStore
    from app.core.store import Store

log = logging.getLogger(__name__)

#: How long after the last change (a key typed in the message box…) the settings are written.
SAVE_DELAY_MS = 500
#: ``settings.extra`` key: the tab shown when the window closed, by its title.
CURRENT_TAB_KEY = "current_tab"
ARCHIVE_FILTER = "Plinth archives (*.json)"


class MainWindow(QMainWindow):
    """Hosts the task panels (Chat, Translate, Classify) in tabs, and the Providers dialog.

    Saves the settings, window geometry and current tab included, when it
    closes, and shortly after the chat's draft or open conversation changes,
    so a crash loses neither. With a ``store`` the chat keeps its history and
    the File menu exports and imports every conversation as one archive.
    With a ``comparisons`` (a ComparisonStore) it also has the Compare
    workspace; with a ``model_manager`` it also has the Models page, and the
    download queue in the status bar.

    Signals:
        models_changed(): local models were downloaded, imported or removed;
            every panel with a model picker refreshes it.
    """

    models_changed = Signal()

    def __init__(
        self,
        engines: EngineRegistry,
        models: ModelDirectory,
        settings: Settings,
        settings_store: SettingsStore,
        providers: ProviderStore,
        secrets: SecretStore,
        test_connection: TestConnection,
        warnings: Sequence[str] = (),
        parent: QWidget | None = None,
        model_manager: ModelManager | None = None,
        comparisons: ComparisonStore | None = None,
        paths: Paths | None = None,
        offline: OfflineMode | None = None,
        gpu_probe: GpuProbe | None = None,
        store: Store | None = None,
    ) -> None:
        super().__init__(parent)
        self._engines = engines
        self._models = models
        self._settings = settings
        self._settings_store = settings_store
        self._providers = providers
        self._secrets = secrets
        self._test_connection = test_connection
        self._providers_dialog: ProvidersDialog | None = None
        #: Remote models listed when the Providers dialog opened.
        self._remote_before: set[str] = set()
        self._paths = paths
        #: The composition root shares it with the engines, model lists and Hub; a window built alone gets its own.
        self._offline = offline if offline is not None else OfflineMode.from_environment(settings.offline)
        #: Asked only when the model settings or diagnostics need it (it spawns a process).
        self._gpu_probe = gpu_probe if gpu_probe is not None else GpuProbe()
        self._store = store
        self.setWindowTitle("Plinth")
        self.setMinimumSize(640, 480)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._on_save_timer_timeout)

        self._chat_panel = ChatPanel(engines, models, settings, store=store)
        self._chat_panel.providers_requested.connect(self._on_chat_panel_providers_requested)
        self._chat_panel.settings_changed.connect(self._on_chat_panel_settings_changed)
        self._tabs = QTabWidget()
        self._tabs.setAccessibleName("Panels")
        self._tabs.setDocumentMode(True)
        self._tabs.addTab(self._chat_panel, "Chat")
        self._translation_panel = TranslationPanel(engines, models, settings, store=store)
        self._classification_panel = ClassificationPanel(engines, models, settings, store=store)
        for panel in (self._translation_panel, self._classification_panel):
            panel.providers_requested.connect(self._on_task_panel_providers_requested)
            self.models_changed.connect(panel.refresh_models)
        self._tabs.addTab(self._translation_panel, "Translate")
        self._tabs.addTab(self._classification_panel, "Classify")
        self.setCentralWidget(self._tabs)
        self.models_changed.connect(self._chat_panel.refresh_models)

        self._compare_panel: ComparePanel | None = None
        if comparisons is not None:
            self._compare_panel = ComparePanel(engines, models, settings, comparisons)
            self._compare_panel.providers_requested.connect(self._on_task_panel_providers_requested)
            self.models_changed.connect(self._compare_panel.refresh_models)
            self._tabs.addTab(self._compare_panel, "Compare")

        self._downloads: DownloadWorker | None = None
        self._models_panel: ModelsPanel | None = None
        if model_manager is not None:
            self._downloads = DownloadWorker(model_manager.make_downloader, self)
            self._models_panel = ModelsPanel(model_manager, self._downloads, settings)
            self._models_panel.models_changed.connect(self.models_changed)
            self._tabs.addTab(self._models_panel, "Models")
            self.statusBar().addPermanentWidget(DownloadQueueWidget(self._downloads))

        self._build_menus()
        self._add_tab_shortcuts()
        self._restore_tab()
        self._tabs.currentChanged.connect(self._on_tabs_current_changed)
        status_bar = self.statusBar()
        if warnings:
            # Shown once; the status bar keeps it until something else is shown.
            status_bar.showMessage(" ".join(warnings))

        if not self._restore_geometry():
            self.resize(1080, 760)

    @property
    def chat_panel(self) -> ChatPanel:
        return self._chat_panel

    @property
    def translation_panel(self) -> TranslationPanel:
        return self._translation_panel

    @property
    def classification_panel(self) -> ClassificationPanel:
        return self._classification_panel

    @property
    def compare_panel(self) -> ComparePanel | None:
        return self._compare_panel

    @property
    def models_panel(self) -> ModelsPanel | None:
        return self._models_panel

    @property
    def downloads(self) -> DownloadWorker | None:
        return self._downloads

    def open_providers_dialog(self) -> ProvidersDialog:
        """Shows the Providers dialog (window-modal); the model pickers refresh when it closes."""
        if self._providers_dialog is not None:
            self._providers_dialog.raise_()
            self._providers_dialog.activateWindow()
            return self._providers_dialog
        self._remote_before = self._remote_model_ids()
        dialog = ProvidersDialog(self._providers, self._secrets, self._test_connection, self, offline=self._offline)
        dialog.finished.connect(self._on_providers_dialog_finished)
        self._providers_dialog = dialog
        dialog.open()
        return dialog

    def _remote_model_ids(self) -> set[str]:
        return {c.model_id for c in self._models.choices() if c.destination is not None}

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.setToolTipsVisible(True)
        providers_action = QAction("&Providers…", self)
        providers_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        providers_action.setToolTip(
            "Set up OpenAI, Anthropic, Gemini or OpenAI-compatible providers and their keys (Ctrl+Shift+P)"
        )
        providers_action.triggered.connect(self._on_providers_action_triggered)
        file_menu.addAction(providers_action)
        self._add_offline_action(file_menu)
        model_settings_action = QAction("&Model settings…", self)
        model_settings_action.setToolTip("Context size, threads and GPU layers for local models")
        model_settings_action.triggered.connect(self._on_model_settings_action_triggered)
        file_menu.addAction(model_settings_action)
        if self._store is not None:
            file_menu.addSeparator()
            export_action = QAction("&Export all conversations…", self)
            export_action.setToolTip("Save every conversation in one JSON archive")
            export_action.triggered.connect(self._on_export_action_triggered)
            file_menu.addAction(export_action)
            import_action = QAction("&Import conversations…", self)
            import_action.setToolTip("Add the conversations of a Plinth archive; those already here are skipped")
            import_action.triggered.connect(self._on_import_action_triggered)
            file_menu.addAction(import_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self._on_quit_action_triggered)
        file_menu.addAction(quit_action)

        help_menu = self.menuBar().addMenu("&Help")
        diagnostics_action = QAction("&Copy diagnostics", self)
        diagnostics_action.triggered.connect(self._on_diagnostics_action_triggered)
        help_menu.addAction(diagnostics_action)
        about_action = QAction("&About Plinth", self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self._on_about_action_triggered)
        help_menu.addAction(about_action)

    def _add_offline_action(self, menu: QMenu) -> None:
        """File › Offline mode (Ctrl+Shift+O), and "Offline" in the status bar while it is on."""
        action = QAction("&Offline mode", self)
        action.setCheckable(True)
        action.setChecked(self._offline.enabled)
        action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        if self._offline.forced:
            action.setEnabled(False)
            action.setToolTip(f"{OFFLINE_ENV_VAR}=1 is set: offline mode stays on until it is unset and Plinth restarts")
        else:
            action.setToolTip(
                "Turn off models behind an API and the Hugging Face Hub: nothing leaves this computer (Ctrl+Shift+O)"
            )
        action.toggled.connect(self._on_offline_action_toggled)
        menu.addAction(action)
        self._offline_action = action
        self._offline_indicator = QLabel("Offline")
        # The privacy badge's "stays on this computer" pill, which is what offline mode guarantees.
        self._offline_indicator.setObjectName("privacyBadge")
        self._offline_indicator.setProperty("local", "true")
        self._offline_indicator.setAccessibleName("Offline mode")
        self.statusBar().addPermanentWidget(self._offline_indicator)
        self._update_offline_indicator()

    @property
    def offline_action(self) -> QAction:
        return self._offline_action

    def _update_offline_indicator(self) -> None:
        self._offline_indicator.setVisible(self._offline.enabled)
        self._offline_indicator.setToolTip(
            f"Offline mode is on ({self._offline.reason}): models behind an API are off and the Hugging Face Hub "
            "is not contacted; nothing leaves this computer."
        )

    @Slot(bool)
    def _on_offline_action_toggled(self, checked: bool) -> None:
        self._offline.set_saved(checked)
        self._settings.offline = checked
        try:
            self._settings_store.save(self._settings)
        except OSError as exc:
            self.statusBar().showMessage(f"Could not save the settings: {exc}")
        self._update_offline_indicator()
        if self._offline.enabled:
            self._cut_off()
        # Every model picker re-reads its list: models behind an API are listed as off, or back on.
        self.models_changed.emit()
        if self._models_panel is not None:
            self._models_panel.refresh_offline()

    def _cut_off(self) -> None:
        """Going offline: idle remote engines drop their connections; downloads stop (their part files stay)."""
        panels = (self._chat_panel, self._translation_panel, self._classification_panel)
        busy = {panel.active_model_id for panel in panels}
        if self._compare_panel is not None:
            busy |= self._compare_panel.active_model_ids
        for model_id in self._remote_model_ids() - busy:
            self._engines.close(model_id)
        if self._downloads is not None:
            for job in self._downloads.pending:
                self._downloads.cancel(job)
            if self._downloads.current is not None:
                self._downloads.cancel()

    def _add_tab_shortcuts(self) -> None:
        """Ctrl+1, Ctrl+2… show the first, second… tab."""
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda index=number - 1: self._show_tab(index))

    def _show_tab(self, index: int) -> None:
        if index < self._tabs.count():
            self._tabs.setCurrentIndex(index)

    def _restore_tab(self) -> None:
        wanted = self._settings.extra.get(CURRENT_TAB_KEY)
        for index in range(self._tabs.count()):
            if self._tabs.tabText(index) == wanted:
                self._tabs.setCurrentIndex(index)
                return

    def _restore_geometry(self) -> bool:
        if not self._settings.window_geometry:
            return False
        data = QByteArray.fromBase64(self._settings.window_geometry.encode("ascii"))
        return bool(self.restoreGeometry(data))

    def _save_settings(self) -> None:
        self._save_timer.stop()
        self._settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        try:
            self._settings_store.save(self._settings)
        except OSError as exc:
            # Closing must not be blocked by a full disk; the next start uses the old file.
            log.error("Could not save settings to %s: %s", self._settings_store.path, exc)
            self.statusBar().showMessage(f"Could not save the settings: {exc}")

    @Slot(bool)
    def _on_chat_panel_settings_changed(self, now: bool) -> None:
        if now:
            self._save_settings()
        else:
            self._save_timer.start()

    @Slot()
    def _on_save_timer_timeout(self) -> None:
        self._save_settings()

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        self._settings.extra[CURRENT_TAB_KEY] = self._tabs.tabText(index)
        self._save_timer.start()

    @Slot()
    def _on_export_action_triggered(self) -> None:
        self.export_conversations()

    @Slot()
    def _on_import_action_triggered(self) -> None:
        self.import_conversations()

    def export_conversations(self) -> Path | None:
        """Asks for a file and writes every conversation into it as one archive; the file, or None."""
        if self._store is None:
            return None
        start = str(Path.home() / "plinth-conversations.json")
        chosen, _filter = QFileDialog.getSaveFileName(self, "Export all conversations", start, ARCHIVE_FILTER)
        if not chosen:
            return None
        target = Path(chosen) if Path(chosen).suffix else Path(chosen).with_suffix(".json")
        try:
            archive = self._store.export_archive()
            write_archive_file(target, archive)
        except UserFacingError as exc:
            QMessageBox.warning(self, "Could not export", f"{exc.message} {exc.hint}".strip())
            return None
        count = len(archive.get("conversations", []))
        self.statusBar().showMessage(f"Exported {_conversations(count)} to {target}.", 10_000)
        return target

    def import_conversations(self) -> None:
        """Asks for an archive and adds its conversations; the status bar says how many."""
        if self._store is None:
            return
        chosen, _filter = QFileDialog.getOpenFileName(self, "Import conversations", str(Path.home()), ARCHIVE_FILTER)
        if not chosen:
            return
        try:
            result = self._store.import_archive(read_archive_file(Path(chosen)))
        except UserFacingError as exc:
            QMessageBox.warning(self, "Could not import", f"{exc.message} {exc.hint}".strip())
            return
        self._chat_panel.refresh_history()
        skipped = f"; {_conversations(result.skipped)} already here, skipped" if result.skipped else ""
        self.statusBar().showMessage(f"Imported {_conversations(result.imported)}{skipped}.", 10_000)

    @Slot()
    def _on_quit_action_triggered(self) -> None:
        self.close()

    @Slot()
    def _on_providers_action_triggered(self) -> None:
        self.open_providers_dialog()

    @Slot()
    def _on_chat_panel_providers_requested(self) -> None:
        self.open_providers_dialog()

    @Slot()
    def _on_task_panel_providers_requested(self) -> None:
        self.open_providers_dialog()

    @Slot(int)
    def _on_providers_dialog_finished(self, _result: int) -> None:
        dialog, self._providers_dialog = self._providers_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        # Cached remote engines hold the old key and URL; the next answer builds fresh ones.
        panels = (self._chat_panel, self._translation_panel, self._classification_panel)
        busy = {panel.active_model_id for panel in panels}
        if self._compare_panel is not None:
            busy |= self._compare_panel.active_model_ids
            self._compare_panel.refresh_models()
        for model_id in (self._remote_before | self._remote_model_ids()) - busy:
            self._engines.close(model_id)
        for panel in panels:
            panel.refresh_models()

    def open_about_dialog(self) -> AboutDialog:
        dialog = AboutDialog(self._paths.data_dir if self._paths is not None else None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_model_settings_dialog(self) -> ModelSettingsDialog:
        dialog = ModelSettingsDialog(self._settings, self._gpu_probe, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_model_settings_dialog_accepted)
        dialog.open()
        return dialog

    def diagnostics_text(self) -> str:
        """Versions, folders, keychain and GPU support: no conversation, key or other user text."""
        self._gpu_probe.start()
        gpu = self._gpu_probe.result() or GpuSupport(None, "still being checked; copy again in a moment")
        qt, pyside = qt_versions()
        if self._paths is None:
            from app.core.paths import Paths

            paths = Paths.from_environment()
        else:
            paths = self._paths
        return collect(
            paths, self._secrets, gpu=gpu, qt_version=qt, pyside_version=pyside, offline=self._offline
        ).text()

    @Slot()
    def _on_about_action_triggered(self) -> None:
        self.open_about_dialog()

    @Slot()
    def _on_model_settings_action_triggered(self) -> None:
        self.open_model_settings_dialog()

    @Slot()
    def _on_model_settings_dialog_accepted(self) -> None:
        try:
            self._settings_store.save(self._settings)
        except OSError as exc:
            self.statusBar().showMessage(f"Could not save the settings: {exc}")
        # Idle local engines restart with the new settings on their next request.
        busy = {p.active_model_id for p in (self._chat_panel, self._translation_panel, self._classification_panel)}
        if self._compare_panel is not None:
            busy |= self._compare_panel.active_model_ids
        for choice in self._models.choices():
            if choice.destination is None and choice.model_id not in busy:
                self._engines.close(choice.model_id)

    @Slot()
    def _on_diagnostics_action_triggered(self) -> None:
        QApplication.clipboard().setText(self.diagnostics_text())
        self.statusBar().showMessage("Diagnostics copied to the clipboard.", 5000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self._chat_panel.shutdown()
        self._translation_panel.shutdown()
        self._classification_panel.shutdown()
        if self._compare_panel is not None:
            self._compare_panel.shutdown()
        if self._downloads is not None:
            # The part file stays: the next start resumes it.
            self._downloads.shutdown()
        if self._models_panel is not None:
            self._models_panel.shutdown()
        self._save_settings()
        event.accept()


def _conversations(count: int) -> str:
    return f"{count} conversation" if count == 1 else f"{count} conversations"
