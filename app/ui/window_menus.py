"""The main window's File and Help menus, and the "Offline" pill in its status bar.

Built with the window's frame, before its first paint: this module imports nothing that the frame does not
need already (not even Qt's namespace, which setting a shortcut loads).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from app.core.offline import ENV_VAR as OFFLINE_ENV_VAR
from app.core.offline import OfflineMode
from app.ui.i18n import translate

#: The File menu's object name: other parts of the window add their entries to it.
FILE_MENU = "fileMenu"


class OfflineIndicator(QLabel):
    """ "Offline" in the status bar, shown while offline mode is on; its tooltip says why it is on."""

    def __init__(self, offline: OfflineMode) -> None:
        super().__init__()
        self.setText(self.tr("Offline"))
        self._offline = offline
        # The privacy badge's "stays on this computer" pill, which is what offline mode guarantees.
        self.setObjectName("privacyBadge")
        self.setProperty("local", "true")
        self.setAccessibleName(self.tr("Offline mode"))
        self.update_state()

    def update_state(self) -> None:
        """Shown or hidden as the switch is now."""
        self.setVisible(self._offline.enabled)
        self.setToolTip(
            self.tr(
                "Offline mode is on ({reason}): models behind an API are off and the Hugging Face Hub "
                "is not contacted; nothing leaves this computer."
            ).format(reason=self._reason())
        )

    def _reason(self) -> str:
        """Why offline mode is on, in the window's language."""
        if self._offline.forced:
            return self.tr("{variable}=1 is set").format(variable=OFFLINE_ENV_VAR)
        return self.tr("turned on in File › Offline mode") if self._offline.enabled else ""


class WindowMenus:
    """The menu bar's actions: File (Providers, Offline mode, Model settings, the conversation archive, Quit)
    and Help (Copy diagnostics, About).

    The window connects each action to what it does. Until :meth:`start` every action but Quit is off and no
    keyboard shortcut is set (setting the first one loads Qt's namespace, which the first paint does without);
    Offline mode stays off for good when the environment forces it on.
    """

    def __init__(self, window: QMainWindow, offline: OfflineMode, *, history: bool) -> None:
        """``history``: the window has a store, so the File menu exports and imports every conversation."""
        self._window = window
        #: The actions that work once the window has its services.
        self._for_start: list[QAction] = []
        self._shortcuts: list[tuple[QAction, str]] = []

        file_menu = window.menuBar().addMenu(translate("WindowMenus", "&File"))
        file_menu.setObjectName(FILE_MENU)
        file_menu.setToolTipsVisible(True)
        self.providers = self._add(
            file_menu,
            translate("WindowMenus", "&Providers…"),
            translate(
                "WindowMenus",
                "Set up OpenAI, Anthropic, Gemini or OpenAI-compatible providers and their keys (Ctrl+Shift+P)",
            ),
            "Ctrl+Shift+P",
        )
        self.offline = self._add_offline(file_menu, offline)
        self.model_settings = self._add(
            file_menu,
            translate("WindowMenus", "&Model settings…"),
            translate("WindowMenus", "Context size, threads and GPU layers for local models"),
        )
        self.export: QAction | None = None
        self.import_: QAction | None = None
        if history:
            file_menu.addSeparator()
            self.export = self._add(
                file_menu,
                translate("WindowMenus", "&Export all conversations…"),
                translate("WindowMenus", "Save every conversation in one JSON archive"),
            )
            self.import_ = self._add(
                file_menu,
                translate("WindowMenus", "&Import conversations…"),
                translate("WindowMenus", "Add the conversations of a Plinth archive; those already here are skipped"),
            )
        file_menu.addSeparator()
        self.quit = self._add(file_menu, translate("WindowMenus", "&Quit"), keys="Ctrl+Q", at_start=False)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        help_menu = window.menuBar().addMenu(translate("WindowMenus", "&Help"))
        help_menu.setObjectName("helpMenu")
        self.diagnostics = self._add(help_menu, translate("WindowMenus", "&Copy diagnostics"))
        self.about = self._add(help_menu, translate("WindowMenus", "&About Plinth"))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        for action in self._for_start:
            action.setEnabled(False)

    def start(self) -> None:
        """The window has its services: the keyboard shortcuts are set and the actions enabled."""
        for action, keys in self._shortcuts:
            action.setShortcut(QKeySequence(keys))
        for action in self._for_start:
            action.setEnabled(True)

    def _add(
        self, menu: QMenu, text: str, tooltip: str = "", keys: str | None = None, *, at_start: bool = True
    ) -> QAction:
        """An entry of ``menu``; ``at_start``: off until :meth:`start`; ``keys``: its shortcut, set then."""
        action = QAction(text, self._window)
        if tooltip:
            action.setToolTip(tooltip)
        if keys is not None:
            self._shortcuts.append((action, keys))
        if at_start:
            self._for_start.append(action)
        menu.addAction(action)
        return action

    def _add_offline(self, menu: QMenu, offline: OfflineMode) -> QAction:
        """File › Offline mode (Ctrl+Shift+O), checkable; it cannot be turned off while the environment forces it."""
        forced = offline.forced
        if forced:
            tooltip = translate(
                "WindowMenus", "{variable}=1 is set: offline mode stays on until it is unset and Plinth restarts"
            ).format(variable=OFFLINE_ENV_VAR)
        else:
            tooltip = translate(
                "WindowMenus",
                "Turn off models behind an API and the Hugging Face Hub: nothing leaves this computer (Ctrl+Shift+O)",
            )
        action = self._add(
            menu, translate("WindowMenus", "&Offline mode"), tooltip, "Ctrl+Shift+O", at_start=not forced
        )
        action.setCheckable(True)
        action.setChecked(offline.enabled)
        if forced:
            action.setEnabled(False)
        return action
