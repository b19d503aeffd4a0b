"""Writing the settings file, with the main window's geometry: the one place in the interface that does."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QTimer, Slot

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from app.core.settings import Settings, SettingsStore

log = logging.getLogger(__name__)

#: How long after the last change (a key typed in the message box…) the settings are written.
SAVE_DELAY_MS = 500


class SettingsSaver(QObject):
    """Writes ``settings`` to ``store`` with the window's geometry: at once (:meth:`save`), or once changes
    have stopped for ``SAVE_DELAY_MS`` (:meth:`save_soon`). A write that fails is logged and said in the
    window's status bar; it never stops the window closing.

    Signals: none.
    """

    def __init__(self, window: QMainWindow, settings: Settings, store: SettingsStore) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._store = store
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def restore_geometry(self) -> bool:
        """Gives the window the geometry saved last; whether there was one it could take."""
        if not self._settings.window_geometry:
            return False
        data = QByteArray.fromBase64(self._settings.window_geometry.encode("ascii"))
        return bool(self._window.restoreGeometry(data))

    def save(self) -> None:
        """Writes the settings now, with the window geometry."""
        self._timer.stop()
        self._settings.window_geometry = bytes(self._window.saveGeometry().toBase64().data()).decode("ascii")
        try:
            self._store.save(self._settings)
        except OSError as exc:
            # Closing must not be blocked by a full disk; the next start uses the old file.
            log.error("Could not save settings to %s: %s", self._store.path, exc)
            self._window.statusBar().showMessage(self.tr("Could not save the settings: {error}").format(error=exc))

    def save_soon(self) -> None:
        """Writes the settings once no other change has come for ``SAVE_DELAY_MS``."""
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.save()
