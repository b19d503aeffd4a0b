"""File › Language: the window's language, the system's by default, kept in the settings.

The choice applies from the next start (every widget reads its words when it is built); the
menu offers to restart Plinth at once. ``PLINTH_LANG=CODE`` overrides the choice, and the menu
says so. Each language is listed in its own name, so a person who cannot read the current one
still finds theirs.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QProcess, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from app.core.settings import Settings
from app.ui.i18n import LANG_ENV, LANGUAGES, chosen_language, current_language
from app.ui.window_menus import FILE_MENU


class LanguageMenu(QObject):
    """The File menu's Language submenu: "System default" and every language Plinth speaks."""

    def __init__(
        self,
        window: QMainWindow,
        settings: Settings,
        save_settings: Callable[[], None],
        restart: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._save_settings = save_settings
        self._restart = restart or self._restart_plinth
        self.menu = QMenu(self.tr("&Language"), window)
        self.menu.setObjectName("Language menu")
        self.menu.menuAction().setObjectName("Language")
        group = QActionGroup(self.menu)
        group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        system = chosen_language("", environ={})
        system_action = QAction(
            self.tr("System default ({language})").format(language=LANGUAGES[system]), self.menu, checkable=True
        )
        system_action.setData("")
        self.actions[""] = system_action
        self.menu.addAction(system_action)
        self.menu.addSeparator()
        for code, name in LANGUAGES.items():
            action = QAction(name, self.menu, checkable=True)
            action.setData(code)
            self.actions[code] = action
            self.menu.addAction(action)
        for action in self.actions.values():
            group.addAction(action)
            action.setChecked(action.data() == (settings.language if settings.language in LANGUAGES else ""))
        override = os.environ.get(LANG_ENV, "")
        if override:
            self.menu.addSeparator()
            note = self.menu.addAction(
                self.tr("{variable}={code} is set: it overrides this choice").format(variable=LANG_ENV, code=override)
            )
            note.setEnabled(False)
        group.triggered.connect(self._on_group_triggered)

    @Slot(QAction)
    def _on_group_triggered(self, action: QAction) -> None:
        code = str(action.data())
        if code == self._settings.language:
            return
        self._settings.language = code
        self._save_settings()
        wanted = chosen_language(code)
        if wanted == current_language():
            return
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Language"))
        box.setText(self.tr("Plinth will use {language} from its next start.").format(language=LANGUAGES[wanted]))
        box.setInformativeText(self.tr("Restart now? Your conversations and settings are kept."))
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)
        box.exec()
        if box.clickedButton() is restart:
            self._restart()

    def _restart_plinth(self) -> None:
        """Starts a new Plinth the way this one was started, then closes this window (which saves)."""
        program, *arguments = sys.orig_argv
        if QProcess.startDetached(program, arguments):
            self._window.close()


def attach_language_menu(window: QMainWindow, settings: Settings, save_settings: Callable[[], None]) -> LanguageMenu:
    """Adds File › Language just above Quit (the File menu's last action), in Quit's group."""
    languages = LanguageMenu(window, settings, save_settings)
    file_menu = window.menuBar().findChild(QMenu, FILE_MENU)
    assert isinstance(file_menu, QMenu)
    actions = file_menu.actions()
    file_menu.insertMenu(actions[-1] if actions else None, languages.menu)
    return languages
