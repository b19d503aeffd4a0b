"""The main window: one tab per task panel, a menu, a status bar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

# Qt's own namespace (``Qt.…``), the file dialog and the message box are imported where they are
# used: the first use of a class creates all of its enum classes (~20 ms for ``Qt``, ~3 ms for the
# other two), which the window's frame, painted before anything else, does not need.
from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from app.core.offline import OfflineMode
from app.ui.panels import Panel, PanelContext
from app.ui.settings_saver import SettingsSaver
from app.ui.widgets.lazy_tabs import LazyTabWidget
from app.ui.window_menus import OfflineIndicator, WindowMenus

# Each panel, dialog and the status bar's download queue is imported where it is first built:
# the window paints with only the tab it shows (start-up time).
if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

    from app.core.diagnostics import GpuProbe
    from app.core.settings import Settings, SettingsStore
    from app.core.tasks.custom.spec import TaskSpec
    from app.ui.dialogs.about_dialog import AboutDialog
    from app.ui.dialogs.model_settings_dialog import ModelSettingsDialog
    from app.ui.dialogs.providers_dialog import ProvidersDialog
    from app.ui.panels.chat_panel import ChatPanel
    from app.ui.panels.classification_panel import ClassificationPanel
    from app.ui.panels.compare_panel import ComparePanel
    from app.ui.panels.documents.documents_panel import DocumentsPanel
    from app.ui.panels.models_panel import ModelsPanel
    from app.ui.panels.tasks.tasks_panel import TasksPanel
    from app.ui.panels.translation_panel import TranslationPanel
    from app.ui.window_services import WindowServices
    from app.workers.download_worker import DownloadWorker

#: ``settings.extra`` key: the tab shown when the window closed, by its key (the English title, shown translated).
CURRENT_TAB_KEY = "current_tab"
CHAT_TAB = QT_TRANSLATE_NOOP("MainWindow", "Chat")
TRANSLATE_TAB = QT_TRANSLATE_NOOP("MainWindow", "Translate")
CLASSIFY_TAB = QT_TRANSLATE_NOOP("MainWindow", "Classify")
COMPARE_TAB = QT_TRANSLATE_NOOP("MainWindow", "Compare")
MODELS_TAB = QT_TRANSLATE_NOOP("MainWindow", "Models")
DOCUMENTS_TAB = QT_TRANSLATE_NOOP("MainWindow", "Documents")
TASKS_TAB = QT_TRANSLATE_NOOP("MainWindow", "Tasks")


@dataclass(frozen=True)
class _Tab:
    """One tab of the window: its title, what builds its panel, and the frame option that brings it."""

    title: str
    build: Callable[[MainWindow, WindowServices], Panel]
    #: The :meth:`MainWindow.frame` option the tab comes with; None: every window has it.
    option: Literal["compare", "models_page", "documents", "tasks"] | None = None


class MainWindow(QMainWindow):
    """Hosts the task panels (Chat, Translate, Classify) in tabs, and the Providers dialog.

    It takes its services as one :class:`WindowServices`. With a ``store`` the chat keeps its history and the File
    menu exports and imports every conversation as one archive. With ``comparisons`` (a ComparisonStore) it also has
    the Compare workspace; with a ``model_manager`` it also has the Models page, and the download queue in the
    status bar.

    The window is the only one that writes the settings (through its
    :class:`~app.ui.settings_saver.SettingsSaver`): the panels and
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
            tasks=services.tasks is not None,
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
        tasks: bool = False,
        parent: QWidget | None = None,
    ) -> MainWindow:
        """The window before its services exist, for start-up to paint first; :meth:`start` completes it.

        ``compare``, ``models_page``, ``history``, ``documents``, ``tasks``: which services will come, so which
        tabs and menu entries the frame has. Emits ``frame_painted`` just after its first paint."""
        # The constructor's part that needs no services, without the constructor, which needs them.
        window = cls.__new__(cls)
        QMainWindow.__init__(window, parent)
        window._build_frame(
            settings, settings_store, offline, compare=compare, models_page=models_page, history=history,
            documents=documents, tasks=tasks,
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
        tasks: bool = False,
    ) -> None:
        """Menus, tabs holding empty placeholders, the status bar, the restored tab and geometry: all disabled
        but Quit until :meth:`start`."""
        self._settings = settings
        #: Which services the frame has tabs and menu entries for: comparisons, a model manager, a store.
        self._expected = (compare, models_page, history, documents, tasks)
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
        self._saver = SettingsSaver(self, settings, settings_store)

        self._gpu_probe: GpuProbe | None = None
        self._downloads: DownloadWorker | None = None
        #: Tab title → its panel, once built.
        self._panels: dict[str, Panel] = {}
        options = {"compare": compare, "models_page": models_page, "documents": documents, "tasks": tasks}
        # Each tab holds an empty placeholder until it is first shown (or its panel asked for), so start-up
        # builds only the tab it shows.
        self._tabs = LazyTabWidget()
        self._tabs.setAccessibleName(self.tr("Panels"))
        self._tabs.setDocumentMode(True)
        for tab in self.TABS:
            if tab.option is None or options[tab.option]:
                self._tabs.add_lazy_tab(tab.title, lambda tab=tab: self._build_panel(tab), self.tr(tab.title))
        self.setCentralWidget(self._tabs)
        #: Off until :meth:`start`, like the menus' actions: the tabs need the services.
        self._tabs.setEnabled(False)
        self._menus = WindowMenus(self, self._offline, history=history)
        self._connect_menus()
        self._offline_indicator = OfflineIndicator(self._offline)
        self.statusBar().addPermanentWidget(self._offline_indicator)
        self._restore_tab()
        if not self._saver.restore_geometry():
            self.resize(1080, 760)

    def start(self, services: WindowServices) -> None:
        """Gives the window its services: the download queue, the shown tab's panel, the keyboard shortcuts;
        then enables the controls, gives the keyboard to the shown tab and emits ``ready``."""
        if self._services is not None:
            raise RuntimeError("the window has started already")
        given = (services.comparisons, services.model_manager, services.store, services.documents, services.tasks)
        if tuple(service is not None for service in given) != self._expected:
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

        # The shortcuts, like the panels and the Server switch, come after the first paint.
        from app.ui.i18n import core_text
        from app.ui.language_menu import attach_language_menu
        from app.ui.server_switch import attach_server
        from app.ui.window_keys import WindowKeys

        self._keys = WindowKeys(self, history=services.store is not None)
        self.server_switch = attach_server(self, services.server, self._settings, self._saver.save_soon, self._offline)
        attach_language_menu(self, self._settings, self._saver.save_soon)
        self._keys.tab_requested.connect(self._on_keys_tab_requested)
        self._keys.new_chat_requested.connect(self._on_keys_new_chat_requested)
        self._keys.search_requested.connect(self._on_keys_search_requested)
        self._tabs.build(self._tabs.currentIndex())
        self._tabs.currentChanged.connect(self._on_tabs_current_changed)
        self._menus.start()
        self._tabs.setEnabled(True)
        self._ready = True
        self._tab_shown()
        if services.warnings:
            # Shown once; the status bar keeps it until something else is shown.
            self.statusBar().showMessage(" ".join(core_text(warning) for warning in services.warnings))
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

        panel = ChatPanel(PanelContext.of(services, self._settings))
        panel.providers_requested.connect(self._on_panel_providers_requested)
        panel.settings_changed.connect(self._on_chat_panel_settings_changed)
        return panel

    def _build_translation_panel(self, services: WindowServices) -> TranslationPanel:
        from app.ui.panels.translation_panel import TranslationPanel

        panel = TranslationPanel(PanelContext.of(services, self._settings))
        panel.providers_requested.connect(self._on_panel_providers_requested)
        panel.task_made.connect(self._on_panel_task_made)
        return panel

    def _build_classification_panel(self, services: WindowServices) -> ClassificationPanel:
        from app.ui.panels.classification_panel import ClassificationPanel

        panel = ClassificationPanel(PanelContext.of(services, self._settings), adaptation=services.adaptation)
        panel.providers_requested.connect(self._on_panel_providers_requested)
        panel.task_made.connect(self._on_panel_task_made)
        return panel

    def _build_compare_panel(self, services: WindowServices) -> ComparePanel:
        from app.ui.panels.compare_panel import ComparePanel

        assert services.comparisons is not None
        panel = ComparePanel(PanelContext.of(services, self._settings), services.comparisons)
        panel.providers_requested.connect(self._on_panel_providers_requested)
        return panel

    def _build_models_panel(self, services: WindowServices) -> ModelsPanel:
        from app.ui.panels.models_panel import ModelsPanel

        assert services.model_manager is not None and self._downloads is not None
        panel = ModelsPanel(services.model_manager, self._downloads, self._settings)
        panel.models_changed.connect(lambda: self._close_idle(self.services.engines.local_ids()))
        panel.models_changed.connect(self.models_changed)
        return panel

    def _build_documents_panel(self, services: WindowServices) -> DocumentsPanel:
        from app.ui.panels.documents.documents_panel import DocumentsPanel

        assert services.documents is not None
        return DocumentsPanel(services.documents, self._settings, services.engines.local_busy)

    def _build_tasks_panel(self, services: WindowServices) -> TasksPanel:
        from app.ui.panels.tasks.tasks_panel import TasksPanel

        assert services.tasks is not None
        return TasksPanel(PanelContext.of(services, self._settings), services.tasks)

    #: The window's tabs, in order (Ctrl+1… show them).
    TABS = (
        _Tab(CHAT_TAB, _build_chat_panel),
        _Tab(TRANSLATE_TAB, _build_translation_panel),
        _Tab(CLASSIFY_TAB, _build_classification_panel),
        _Tab(COMPARE_TAB, _build_compare_panel, "compare"),
        _Tab(DOCUMENTS_TAB, _build_documents_panel, "documents"),
        _Tab(TASKS_TAB, _build_tasks_panel, "tasks"),
        _Tab(MODELS_TAB, _build_models_panel, "models_page"),
    )

    def _build_panel(self, tab: _Tab) -> QWidget:
        """The tab's panel, first shown or asked for; the window must have its services."""
        panel = tab.build(self, self.services)
        # Every panel is a widget, the tab's page; the protocol says what the window asks of it besides.
        assert isinstance(panel, QWidget)
        self.models_changed.connect(panel.refresh_models)
        self._panels[tab.title] = panel
        return panel

    def _close_idle(self, model_ids: set[str]) -> None:
        """Closes the engines of ``model_ids`` that no answer, batch or comparison is using now (a panel not
        built uses none): the next request builds a fresh one."""
        busy = {model_id for panel in self._panels.values() for model_id in panel.active_model_ids}
        for model_id in model_ids - busy:
            self.services.engines.close(model_id)

    @property
    def chat_panel(self) -> ChatPanel:
        return cast("ChatPanel", self._tabs.page(CHAT_TAB))

    @property
    def translation_panel(self) -> TranslationPanel:
        return cast("TranslationPanel", self._tabs.page(TRANSLATE_TAB))

    @property
    def classification_panel(self) -> ClassificationPanel:
        return cast("ClassificationPanel", self._tabs.page(CLASSIFY_TAB))

    @property
    def compare_panel(self) -> ComparePanel | None:
        return cast("ComparePanel | None", self._tabs.page(COMPARE_TAB))

    @property
    def documents_panel(self) -> DocumentsPanel | None:
        return cast("DocumentsPanel | None", self._tabs.page(DOCUMENTS_TAB))

    @property
    def tasks_panel(self) -> TasksPanel | None:
        return cast("TasksPanel | None", self._tabs.page(TASKS_TAB))

    @property
    def models_panel(self) -> ModelsPanel | None:
        return cast("ModelsPanel | None", self._tabs.page(MODELS_TAB))

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
        self._remote_before = self._model_ids(remote=True)
        from app.ui.dialogs.providers_dialog import ProvidersDialog

        services = self.services
        dialog = ProvidersDialog(
            services.providers, services.secrets, services.test_connection, self, offline=self._offline
        )
        dialog.finished.connect(self._on_providers_dialog_finished)
        self._providers_dialog = dialog
        dialog.open()
        return dialog

    def _model_ids(self, *, remote: bool) -> set[str]:
        """The models listed now: those behind an API (``remote``), or the local ones."""
        return {c.model_id for c in self.services.models.choices() if (c.destination is not None) == remote}

    def _connect_menus(self) -> None:
        menus = self._menus
        menus.providers.triggered.connect(self._on_providers_action_triggered)
        menus.offline.toggled.connect(self._on_offline_action_toggled)
        menus.model_settings.triggered.connect(self._on_model_settings_action_triggered)
        if menus.export is not None and menus.import_ is not None:
            menus.export.triggered.connect(self._on_export_action_triggered)
            menus.import_.triggered.connect(self._on_import_action_triggered)
        menus.quit.triggered.connect(self._on_quit_action_triggered)
        menus.diagnostics.triggered.connect(self._on_diagnostics_action_triggered)
        menus.about.triggered.connect(self._on_about_action_triggered)

    @property
    def offline_action(self) -> QAction:
        return self._menus.offline

    @Slot(bool)
    def _on_offline_action_toggled(self, checked: bool) -> None:
        self._offline.set_saved(checked)
        self._settings.offline = checked
        self._saver.save()
        self._offline_indicator.update_state()
        if self._offline.enabled:
            self._cut_off()
        # Every model picker re-reads its list: models behind an API are listed as off, or back on; the
        # Models page turns its search and downloads off, or back on. A panel not built yet reads the switch
        # when it is.
        self.models_changed.emit()

    def _cut_off(self) -> None:
        """Going offline: idle remote engines drop their connections; downloads stop (their part files stay)."""
        self._close_idle(self._model_ids(remote=True))
        if self._downloads is not None:
            for job in self._downloads.pending:
                self._downloads.cancel(job)
            if self._downloads.current is not None:
                self._downloads.cancel()

    @Slot(int)
    def _on_keys_tab_requested(self, index: int) -> None:
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
        chat_shown = self._tabs.key(self._tabs.currentIndex()) == CHAT_TAB
        self._keys.set_chat_shown(chat_shown)
        if chat_shown:
            self.chat_panel.focus_message()

    @Slot()
    def _on_keys_new_chat_requested(self) -> None:
        self._show_chat().new_chat()

    @Slot()
    def _on_keys_search_requested(self) -> None:
        self._show_chat().focus_history_search()

    def _restore_tab(self) -> None:
        index = self._tabs.index_of(self._settings.extra.get(CURRENT_TAB_KEY, ""))
        if index >= 0:
            self._tabs.setCurrentIndex(index)

    @Slot(bool)
    def _on_chat_panel_settings_changed(self, now: bool) -> None:
        if now:
            self._saver.save()
        else:
            self._saver.save_soon()

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        self._tabs.build(index)
        self._tab_shown()
        self._settings.extra[CURRENT_TAB_KEY] = self._tabs.key(index)
        self._saver.save_soon()

    @Slot()
    def _on_export_action_triggered(self) -> None:
        self.export_conversations()

    @Slot()
    def _on_import_action_triggered(self) -> None:
        self.import_conversations()

    def export_conversations(self) -> Path | None:
        """Asks for a file and writes every conversation into it as one archive; the file, or None."""
        from app.ui.conversation_archive import export_all

        store = self.services.store
        return export_all(self, store) if store is not None else None

    def import_conversations(self) -> None:
        """Asks for an archive and adds its conversations; the status bar says how many."""
        from app.ui.conversation_archive import import_all

        store = self.services.store
        if store is not None and import_all(self, store) and CHAT_TAB in self._panels:
            # A chat built later reads the history then.
            self.chat_panel.refresh_history()

    @Slot()
    def _on_quit_action_triggered(self) -> None:
        self.close()

    @Slot()
    def _on_providers_action_triggered(self) -> None:
        self.open_providers_dialog()

    @Slot()
    def _on_panel_providers_requested(self) -> None:
        self.open_providers_dialog()

    @Slot(object)
    def _on_panel_task_made(self, spec: TaskSpec) -> None:
        if (panel := self.tasks_panel) is not None:
            self._tabs.setCurrentWidget(panel)
            panel.open_task(spec)

    @Slot(int)
    def _on_providers_dialog_finished(self, _result: int) -> None:
        dialog, self._providers_dialog = self._providers_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        # Cached remote engines hold the old key and URL; the next answer builds fresh ones.
        self._close_idle(self._remote_before | self._model_ids(remote=True))
        # Panels not built yet list the providers as they are when they are built.
        self.models_changed.emit()

    def open_about_dialog(self) -> AboutDialog:
        from app.ui.window_dialogs import open_about

        return open_about(self, self.services.paths)

    def open_model_settings_dialog(self) -> ModelSettingsDialog:
        from app.ui.window_dialogs import open_model_settings

        dialog = open_model_settings(self, self._settings, self._probe())
        dialog.accepted.connect(self._on_model_settings_dialog_accepted)
        return dialog

    def diagnostics_text(self) -> str:
        """Versions, folders, keychain and GPU support: no conversation, key or other user text."""
        from app.ui.window_dialogs import diagnostics_text

        return diagnostics_text(self.services, self._probe(), self._offline)

    @Slot()
    def _on_about_action_triggered(self) -> None:
        self.open_about_dialog()

    @Slot()
    def _on_model_settings_action_triggered(self) -> None:
        self.open_model_settings_dialog()

    @Slot()
    def _on_model_settings_dialog_accepted(self) -> None:
        self._saver.save()
        # Idle local engines restart with the new settings on their next request.
        self._close_idle(self._model_ids(remote=False))

    @Slot()
    def _on_diagnostics_action_triggered(self) -> None:
        QApplication.clipboard().setText(self.diagnostics_text())
        self.statusBar().showMessage(self.tr("Diagnostics copied to the clipboard."), 5000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self._downloads is not None:
            # The part file stays: the next start resumes it.
            self._downloads.shutdown()
        # Panels never shown have nothing running.
        for panel in self._panels.values():
            panel.shutdown()
        self._saver.save()
        event.accept()
