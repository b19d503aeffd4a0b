"""The main window: one tab per task panel, a menu, a status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

# Qt's own namespace (``Qt.…``), the file dialog and the message box are imported where they are
# used: the first use of a class creates all of its enum classes (~20 ms for ``Qt``, ~3 ms for the
# other two), which the window's frame, painted before anything else, does not need.
from PySide6.QtCore import QByteArray, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QTabWidget, QWidget

from app.core.errors import UserFacingError
from app.core.offline import ENV_VAR as OFFLINE_ENV_VAR
from app.core.offline import OfflineMode

# Each panel, dialog and the status bar's download queue is imported where it is first built:
# the window paints with only the tab it shows (start-up time).
if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

    from app.core.diagnostics import GpuProbe
    from app.core.settings import Settings, SettingsStore
    from app.ui.dialogs.about_dialog import AboutDialog
    from app.ui.dialogs.model_settings_dialog import ModelSettingsDialog
    from app.ui.dialogs.providers_dialog import ProvidersDialog
    from app.ui.panels import Panel
    from app.ui.panels.chat_panel import ChatPanel
    from app.ui.panels.classification_panel import ClassificationPanel
    from app.ui.panels.compare_panel import ComparePanel
    from app.ui.panels.documents.documents_panel import DocumentsPanel
    from app.ui.panels.models_panel import ModelsPanel
    from app.ui.panels.translation_panel import TranslationPanel
    from app.ui.window_services import WindowServices
    from app.workers.download_worker import DownloadWorker

log = logging.getLogger(__name__)

#: How long after the last change (a key typed in the message box…) the settings are written.
SAVE_DELAY_MS = 500
#: ``settings.extra`` key: the tab shown when the window closed, by its title.
CURRENT_TAB_KEY = "current_tab"
ARCHIVE_FILTER = "Plinth archives (*.json)"
CHAT_TAB = "Chat"
TRANSLATE_TAB = "Translate"
CLASSIFY_TAB = "Classify"
COMPARE_TAB = "Compare"
MODELS_TAB = "Models"
DOCUMENTS_TAB = "Documents"


@dataclass(frozen=True)
class _Tab:
    """One tab of the window: its title, what builds its panel, and the frame option that brings it."""

    title: str
    build: Callable[[MainWindow, WindowServices], Panel]
    #: The :meth:`MainWindow.frame` option the tab comes with; None: every window has it.
    option: Literal["compare", "models_page", "documents"] | None = None


class MainWindow(QMainWindow):
    """Hosts the task panels (Chat, Translate, Classify) in tabs, and the Providers dialog.

    It takes its services as one :class:`WindowServices`. With a ``store``
    the chat keeps its history and the File menu exports and imports every
    conversation as one archive. With ``comparisons`` (a ComparisonStore) it
    also has the Compare workspace; with a ``model_manager`` it also has the
    Models page, and the download queue in the status bar.

    The window is the only one that writes the settings: the panels and
    dialogs change the ``Settings`` object, and the window saves it when it
    closes, at once when the offline switch or the model settings change,
    and shortly after the chat asks (its draft or open conversation
    changed), so a crash loses neither. The window geometry and the current
    tab are saved with them.

    Its tabs come from one table (:attr:`TABS`); every panel is a
    :class:`~app.ui.panels.Panel`. Only the tab shown at start is built with
    the window; every other panel is built when its tab is first shown or
    the panel is first asked for, and then reads the current models, offline
    switch and settings.

    Start-up shows the window in two steps (:meth:`frame`, then :meth:`start`):
    the frame — menus, tabs, status bar, the shown tab still empty — paints
    first, with its controls disabled; right after that first paint the
    composition root builds the services and the window builds the shown
    tab's panel and enables its controls. The constructor does both at once.

    Keyboard: Ctrl+1… show the tabs; Ctrl+N (new chat) and Ctrl+K (search
    the history) show the chat from any tab; whenever the Chat tab is shown
    its message box has the keyboard.

    Signals:
        models_changed(): the models that can run changed — local models
            downloaded, imported or removed, providers edited, the offline
            switch flipped; every built panel refreshes its models.
        frame_painted(): a window made by :meth:`frame` has painted for the
            first time (emitted once, just after that paint).
        ready(): :meth:`start` has built the shown tab's panel; the controls work.
    """

    models_changed = Signal()
    frame_painted = Signal()
    ready = Signal()

    def __init__(
        self,
        settings: Settings,
        settings_store: SettingsStore,
        services: WindowServices,
        *,
        offline: OfflineMode | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """A window with its services at hand: ready at once, the shown tab's panel built.

        ``offline``: the switch the composition root shares with the engines
        and model lists; without it the window makes its own from the settings.
        """
        super().__init__(parent)
        self._build_frame(
            settings, settings_store, offline,
            compare=services.comparisons is not None, models_page=services.model_manager is not None,
            history=services.store is not None, documents=services.documents is not None,
        )  # fmt: skip
        self.start(services)

    @classmethod
    def frame(
        cls,
        settings: Settings,
        settings_store: SettingsStore,
        offline: OfflineMode,
        *,
        compare: bool,
        models_page: bool,
        history: bool,
        documents: bool = False,
        parent: QWidget | None = None,
    ) -> MainWindow:
        """The window before its services exist, for start-up to paint first; :meth:`start` completes it.

        ``compare``, ``models_page``, ``history``: whether the services will
        bring comparisons, a model manager and a store (which tabs and menu
        entries the frame has); ``documents``: whether they bring the Documents tab's services. Emits ``frame_painted`` just after its first paint.
        """
        # The constructor's part that needs no services, without the constructor, which needs them.
        window = cls.__new__(cls)
        QMainWindow.__init__(window, parent)
        window._build_frame(
            settings, settings_store, offline, compare=compare, models_page=models_page, history=history,
            documents=documents,
        )  # fmt: skip
        window._awaiting_first_paint = True
        return window

    def _build_frame(
        self,
        settings: Settings,
        settings_store: SettingsStore,
        offline: OfflineMode | None,
        *,
        compare: bool,
        models_page: bool,
        history: bool,
        documents: bool = False,
    ) -> None:
        """Menus, tabs holding empty placeholders, the status bar, the restored tab and geometry: all disabled
        but Quit until :meth:`start`."""
        self._settings = settings
        self._settings_store = settings_store
        #: Which services the frame has tabs and menu entries for: comparisons, a model manager, a store.
        self._expected = (compare, models_page, history, documents)
        self._with_history = history
        self._services: WindowServices | None = None
        self._ready = False
        self._awaiting_first_paint = False
        self._providers_dialog: ProvidersDialog | None = None
        #: Remote models listed when the Providers dialog opened.
        self._remote_before: set[str] = set()
        #: The composition root shares it with the engines, model lists and Hub; a window built alone gets its own.
        self._offline = offline if offline is not None else OfflineMode.from_environment(settings.offline)
        self.setWindowTitle("Plinth")
        self.setMinimumSize(640, 480)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._on_save_timer_timeout)

        self._gpu_probe: GpuProbe | None = None
        self._downloads: DownloadWorker | None = None
        #: Tab title → its panel, once built.
        self._panels: dict[str, Panel] = {}
        options = {"compare": compare, "models_page": models_page, "documents": documents}
        #: Tab title → what builds its panel, until it is built: a tab holds an empty placeholder
        #: until it is first shown (or its panel asked for), so start-up builds only the tab it shows.
        self._builders = {tab.title: tab.build for tab in self.TABS if tab.option is None or options[tab.option]}
        self._tabs = QTabWidget()
        self._tabs.setAccessibleName("Panels")
        self._tabs.setDocumentMode(True)
        for title in self._builders:
            self._tabs.addTab(QWidget(), title)
        self.setCentralWidget(self._tabs)
        #: Off until :meth:`start`: the actions and tabs that need the services.
        self._tabs.setEnabled(False)
        self._actions_for_start: list[QAction] = []
        #: The menus' keyboard shortcuts, set by :meth:`start`: setting the first one loads Qt's namespace.
        self._shortcuts_for_start: list[tuple[QAction, str]] = []
        self._build_menus()
        self._restore_tab()
        if not self._restore_geometry():
            self.resize(1080, 760)

    def start(self, services: WindowServices) -> None:
        """Gives the window its services: the download queue, the shown tab's panel, the keyboard shortcuts;
        then enables the controls, gives the keyboard to the shown tab and emits ``ready``."""
        if self._services is not None:
            raise RuntimeError("the window has started already")
        given = (
            services.comparisons is not None, services.model_manager is not None, services.store is not None,
            services.documents is not None,
        )  # fmt: skip
        if given != self._expected:
            raise ValueError("the services do not match the window's tabs and menus")
        self._services = services
        self._gpu_probe = services.gpu_probe
        if services.model_manager is not None:
            from app.ui.widgets.download_queue import DownloadQueueWidget
            from app.workers.download_worker import DownloadWorker

            # Built now, not with the Models page (~10 ms): the queue, even hidden, sets the status bar's
            # height, which must not change when the page is first shown.
            self._downloads = DownloadWorker(services.model_manager.make_downloader, self)
            # Left of the "Offline" pill, which the frame put there.
            self.statusBar().insertPermanentWidget(0, DownloadQueueWidget(self._downloads))

        for action, keys in self._shortcuts_for_start:
            action.setShortcut(QKeySequence(keys))
        self._add_tab_shortcuts()
        self._add_chat_shortcuts(services)
        self._build_tab(self._tabs.currentIndex())
        self._tabs.currentChanged.connect(self._on_tabs_current_changed)
        for action in self._actions_for_start:
            action.setEnabled(True)
        self._tabs.setEnabled(True)
        self._ready = True
        self._tab_shown()
        if services.warnings:
            # Shown once; the status bar keeps it until something else is shown.
            self.statusBar().showMessage(" ".join(services.warnings))
        self.ready.emit()

    @property
    def is_ready(self) -> bool:
        """Whether :meth:`start` has run: the shown tab's panel is built and the controls work."""
        return self._ready

    @property
    def services(self) -> WindowServices:
        """What :meth:`start` gave the window; asked only by what its controls do, which are off until then."""
        if self._services is None:
            raise RuntimeError("the window has not started: its services are still to come")
        return self._services

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if self._awaiting_first_paint:
            self._awaiting_first_paint = False
            # Queued: emitted once this paint has reached the screen, not in the middle of it.
            QTimer.singleShot(0, self.frame_painted.emit)

    # -- panels, built on first use ---------------------------------------------------------

    def _build_chat_panel(self, services: WindowServices) -> ChatPanel:
        from app.ui.panels.chat_panel import ChatPanel

        panel = ChatPanel(services.engines, services.models, self._settings, store=services.store)
        panel.providers_requested.connect(self._on_panel_providers_requested)
        panel.settings_changed.connect(self._on_chat_panel_settings_changed)
        return panel

    def _build_translation_panel(self, services: WindowServices) -> TranslationPanel:
        from app.ui.panels.translation_panel import TranslationPanel

        panel = TranslationPanel(services.engines, services.models, self._settings, store=services.store)
        panel.providers_requested.connect(self._on_panel_providers_requested)
        return panel

    def _build_classification_panel(self, services: WindowServices) -> ClassificationPanel:
        from app.ui.panels.classification_panel import ClassificationPanel

        panel = ClassificationPanel(services.engines, services.models, self._settings, store=services.store)
        panel.providers_requested.connect(self._on_panel_providers_requested)
        return panel

    def _build_compare_panel(self, services: WindowServices) -> ComparePanel:
        from app.ui.panels.compare_panel import ComparePanel

        assert services.comparisons is not None
        panel = ComparePanel(services.engines, services.models, self._settings, services.comparisons)
        panel.providers_requested.connect(self._on_panel_providers_requested)
        return panel

    def _build_models_panel(self, services: WindowServices) -> ModelsPanel:
        from app.ui.panels.models_panel import ModelsPanel

        assert services.model_manager is not None and self._downloads is not None
        panel = ModelsPanel(services.model_manager, self._downloads, self._settings)
        panel.models_changed.connect(self.models_changed)
        return panel

    def _build_documents_panel(self, services: WindowServices) -> DocumentsPanel:
        from app.ui.panels.documents.documents_panel import DocumentsPanel

        assert services.documents is not None
        return DocumentsPanel(services.documents, self._settings, services.engines.local_busy)

    #: The window's tabs, in order (Ctrl+1… show them).
    TABS = (
        _Tab(CHAT_TAB, _build_chat_panel),
        _Tab(TRANSLATE_TAB, _build_translation_panel),
        _Tab(CLASSIFY_TAB, _build_classification_panel),
        _Tab(COMPARE_TAB, _build_compare_panel, "compare"),
        _Tab(DOCUMENTS_TAB, _build_documents_panel, "documents"),
        _Tab(MODELS_TAB, _build_models_panel, "models_page"),
    )

    def _build_tab(self, index: int) -> None:
        """Puts the tab's panel in place of its placeholder, if it is not built yet."""
        title = self._tabs.tabText(index)
        if title in self._builders and self._services is None:
            raise RuntimeError(f"the {title} panel needs the window's services: start the window first")
        build = self._builders.pop(title, None)
        if build is None:
            return
        panel = build(self, self.services)
        # Every panel is a widget, the tab's page; the protocol says what the window asks of it besides.
        assert isinstance(panel, QWidget)
        self.models_changed.connect(panel.refresh_models)
        self._panels[title] = panel
        placeholder = self._tabs.widget(index)
        shown = self._tabs.currentIndex() == index
        # The panel goes in before the placeholder leaves, so the current tab never moves to a neighbour
        # (whose showEvent would run); listeners of currentChanged see no change of tab.
        blocked = self._tabs.blockSignals(True)
        try:
            self._tabs.insertTab(index, panel, title)
            if shown:
                self._tabs.setCurrentIndex(index)
            self._tabs.removeTab(index + 1)
        finally:
            self._tabs.blockSignals(blocked)
        placeholder.deleteLater()

    def _panel(self, title: str) -> Panel | None:
        """The tab's panel, built now if it was not yet; None: this window has no such tab."""
        for index in range(self._tabs.count()):
            if self._tabs.tabText(index) == title:
                self._build_tab(index)
                return self._panels[title]
        return None

    def _busy_model_ids(self) -> set[str]:
        """The models an answer, a batch or a comparison is using now (a panel not built uses none)."""
        return {model_id for panel in self._panels.values() for model_id in panel.active_model_ids}

    @property
    def chat_panel(self) -> ChatPanel:
        return cast("ChatPanel", self._panel(CHAT_TAB))

    @property
    def translation_panel(self) -> TranslationPanel:
        return cast("TranslationPanel", self._panel(TRANSLATE_TAB))

    @property
    def classification_panel(self) -> ClassificationPanel:
        return cast("ClassificationPanel", self._panel(CLASSIFY_TAB))

    @property
    def compare_panel(self) -> ComparePanel | None:
        return cast("ComparePanel | None", self._panel(COMPARE_TAB))

    @property
    def documents_panel(self) -> DocumentsPanel | None:
        return cast("DocumentsPanel | None", self._panel(DOCUMENTS_TAB))

    @property
    def models_panel(self) -> ModelsPanel | None:
        return cast("ModelsPanel | None", self._panel(MODELS_TAB))

    @property
    def downloads(self) -> DownloadWorker | None:
        return self._downloads

    def _probe(self) -> GpuProbe:
        if self._gpu_probe is None:
            from app.core.diagnostics import GpuProbe

            self._gpu_probe = GpuProbe()
        return self._gpu_probe

    def open_providers_dialog(self) -> ProvidersDialog:
        """Shows the Providers dialog (window-modal); the model pickers refresh when it closes."""
        if self._providers_dialog is not None:
            self._providers_dialog.raise_()
            self._providers_dialog.activateWindow()
            return self._providers_dialog
        self._remote_before = self._remote_model_ids()
        from app.ui.dialogs.providers_dialog import ProvidersDialog

        services = self.services
        dialog = ProvidersDialog(
            services.providers, services.secrets, services.test_connection, self, offline=self._offline
        )
        dialog.finished.connect(self._on_providers_dialog_finished)
        self._providers_dialog = dialog
        dialog.open()
        return dialog

    def _remote_model_ids(self) -> set[str]:
        return {c.model_id for c in self.services.models.choices() if c.destination is not None}

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.setToolTipsVisible(True)
        providers_action = QAction("&Providers…", self)
        self._shortcuts_for_start.append((providers_action, "Ctrl+Shift+P"))
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
        if self._with_history:
            file_menu.addSeparator()
            export_action = QAction("&Export all conversations…", self)
            export_action.setToolTip("Save every conversation in one JSON archive")
            export_action.triggered.connect(self._on_export_action_triggered)
            file_menu.addAction(export_action)
            import_action = QAction("&Import conversations…", self)
            import_action.setToolTip("Add the conversations of a Plinth archive; those already here are skipped")
            import_action.triggered.connect(self._on_import_action_triggered)
            file_menu.addAction(import_action)
            self._actions_for_start += [export_action, import_action]
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        self._shortcuts_for_start.append((quit_action, "Ctrl+Q"))
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
        self._actions_for_start += [providers_action, model_settings_action, diagnostics_action, about_action]
        for action in self._actions_for_start:
            action.setEnabled(False)

    def _add_offline_action(self, menu: QMenu) -> None:
        """File › Offline mode (Ctrl+Shift+O), and "Offline" in the status bar while it is on."""
        action = QAction("&Offline mode", self)
        action.setCheckable(True)
        action.setChecked(self._offline.enabled)
        self._shortcuts_for_start.append((action, "Ctrl+Shift+O"))
        if self._offline.forced:
            action.setEnabled(False)
            action.setToolTip(
                f"{OFFLINE_ENV_VAR}=1 is set: offline mode stays on until it is unset and Plinth restarts"
            )
        else:
            self._actions_for_start.append(action)
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
        self._save_settings()
        self._update_offline_indicator()
        if self._offline.enabled:
            self._cut_off()
        # Every model picker re-reads its list: models behind an API are listed as off, or back on; the
        # Models page turns its search and downloads off, or back on. A panel not built yet reads the switch
        # when it is.
        self.models_changed.emit()

    def _cut_off(self) -> None:
        """Going offline: idle remote engines drop their connections; downloads stop (their part files stay)."""
        for model_id in self._remote_model_ids() - self._busy_model_ids():
            self.services.engines.close(model_id)
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

    def _add_chat_shortcuts(self, services: WindowServices) -> None:
        """Ctrl+N (new chat) and Ctrl+K (search the history) from any other tab: they show the chat.

        On the Chat tab the panel's own shortcuts act; these are off there, or the two would be ambiguous and
        neither would fire.
        """
        self._chat_shortcuts: list[QShortcut] = []
        keys: dict[str, Callable[[], None]] = {"Ctrl+N": self._on_new_chat_shortcut_activated}
        if services.store is not None:
            keys["Ctrl+K"] = self._on_search_shortcut_activated
        for sequence, slot in keys.items():
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(slot)
            self._chat_shortcuts.append(shortcut)

    def _show_tab(self, index: int) -> None:
        if index < self._tabs.count():
            self._tabs.setCurrentIndex(index)
            # Ctrl+1 on the Chat tab already shown still puts the keyboard in the message box.
            self._tab_shown()

    def _show_chat(self) -> ChatPanel:
        panel = self.chat_panel
        self._tabs.setCurrentWidget(panel)
        return panel

    def _tab_shown(self) -> None:
        """The tab now shown takes the keyboard: on the Chat tab, the message box (not the tab bar)."""
        chat_shown = self._tabs.tabText(self._tabs.currentIndex()) == CHAT_TAB
        for shortcut in self._chat_shortcuts:
            shortcut.setEnabled(not chat_shown)
        if chat_shown:
            self.chat_panel.focus_message()

    @Slot()
    def _on_new_chat_shortcut_activated(self) -> None:
        self._show_chat().new_chat()

    @Slot()
    def _on_search_shortcut_activated(self) -> None:
        self._show_chat().focus_history_search()

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
        """Writes the settings, with the window geometry: the one place that does."""
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
        self._build_tab(index)
        self._tab_shown()
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
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        store = self.services.store
        if store is None:
            return None
        start = str(Path.home() / "plinth-conversations.json")
        chosen, _filter = QFileDialog.getSaveFileName(self, "Export all conversations", start, ARCHIVE_FILTER)
        if not chosen:
            return None
        target = Path(chosen) if Path(chosen).suffix else Path(chosen).with_suffix(".json")
        from app.core.history.archive import write_archive_file

        try:
            archive = store.export_archive()
            write_archive_file(target, archive)
        except UserFacingError as exc:
            QMessageBox.warning(self, "Could not export", str(exc))
            return None
        count = len(archive.get("conversations", []))
        self.statusBar().showMessage(f"Exported {_conversations(count)} to {target}.", 10_000)
        return target

    def import_conversations(self) -> None:
        """Asks for an archive and adds its conversations; the status bar says how many."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        store = self.services.store
        if store is None:
            return
        chosen, _filter = QFileDialog.getOpenFileName(self, "Import conversations", str(Path.home()), ARCHIVE_FILTER)
        if not chosen:
            return
        from app.core.history.archive import read_archive_file

        try:
            result = store.import_archive(read_archive_file(Path(chosen)))
        except UserFacingError as exc:
            QMessageBox.warning(self, "Could not import", str(exc))
            return
        if CHAT_TAB in self._panels:
            # A chat built later reads the history then.
            self.chat_panel.refresh_history()
        skipped = f"; {_conversations(result.skipped)} already here, skipped" if result.skipped else ""
        self.statusBar().showMessage(f"Imported {_conversations(result.imported)}{skipped}.", 10_000)

    @Slot()
    def _on_quit_action_triggered(self) -> None:
        self.close()

    @Slot()
    def _on_providers_action_triggered(self) -> None:
        self.open_providers_dialog()

    @Slot()
    def _on_panel_providers_requested(self) -> None:
        self.open_providers_dialog()

    @Slot(int)
    def _on_providers_dialog_finished(self, _result: int) -> None:
        dialog, self._providers_dialog = self._providers_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        # Cached remote engines hold the old key and URL; the next answer builds fresh ones.
        busy = self._busy_model_ids()
        for model_id in (self._remote_before | self._remote_model_ids()) - busy:
            self.services.engines.close(model_id)
        # Panels not built yet list the providers as they are when they are built.
        self.models_changed.emit()

    def open_about_dialog(self) -> AboutDialog:
        from PySide6.QtCore import Qt

        from app.ui.dialogs.about_dialog import AboutDialog

        paths = self.services.paths
        dialog = AboutDialog(paths.data_dir if paths is not None else None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_model_settings_dialog(self) -> ModelSettingsDialog:
        from PySide6.QtCore import Qt

        from app.ui.dialogs.model_settings_dialog import ModelSettingsDialog

        dialog = ModelSettingsDialog(self._settings, self._probe(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_model_settings_dialog_accepted)
        dialog.open()
        return dialog

    def diagnostics_text(self) -> str:
        """Versions, folders, keychain and GPU support: no conversation, key or other user text."""
        from app.core.diagnostics import GpuSupport, collect
        from app.ui.dialogs.about_dialog import qt_versions

        probe = self._probe()
        probe.start()
        gpu = probe.result() or GpuSupport(None, "still being checked; copy again in a moment")
        qt, pyside = qt_versions()
        services = self.services
        if services.paths is None:
            from app.core.paths import Paths

            paths = Paths.from_environment()
        else:
            paths = services.paths
        return collect(
            paths, services.secrets, gpu=gpu, qt_version=qt, pyside_version=pyside, offline=self._offline
        ).text()

    @Slot()
    def _on_about_action_triggered(self) -> None:
        self.open_about_dialog()

    @Slot()
    def _on_model_settings_action_triggered(self) -> None:
        self.open_model_settings_dialog()

    @Slot()
    def _on_model_settings_dialog_accepted(self) -> None:
        self._save_settings()
        # Idle local engines restart with the new settings on their next request.
        busy = self._busy_model_ids()
        services = self.services
        for choice in services.models.choices():
            if choice.destination is None and choice.model_id not in busy:
                services.engines.close(choice.model_id)

    @Slot()
    def _on_diagnostics_action_triggered(self) -> None:
        QApplication.clipboard().setText(self.diagnostics_text())
        self.statusBar().showMessage("Diagnostics copied to the clipboard.", 5000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self._downloads is not None:
            # The part file stays: the next start resumes it.
            self._downloads.shutdown()
        # Panels never shown have nothing running.
        for panel in self._panels.values():
            panel.shutdown()
        self._save_settings()
        event.accept()


def _conversations(count: int) -> str:
    return f"{count} conversation" if count == 1 else f"{count} conversations"
