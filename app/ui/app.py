"""Starts the Qt application; the composition root hands it its services.

Start-up shows the main window's frame first and builds the rest right after
its first paint (:func:`run_gui`), so this module imports only what the frame
needs: PySide6, the window and the style.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

import app as app_package
from app.core.errors import UserFacingError
from app.core.resources import shipped_file
from app.ui.i18n import chosen_language
from app.ui.i18n import install as install_language
from app.ui.main_window import MainWindow
from app.ui.style import apply_style

if TYPE_CHECKING:
    from app.core.offline import OfflineMode
    from app.core.settings import Settings, SettingsStore
    from app.ui.window_services import WindowServices

ICON_PATH = shipped_file("resources/icons/plinth.svg")


def application(argv: Sequence[str], language: str = "") -> QApplication:
    """The application, created if needed, named, styled and in the window's language (``PLINTH_LANG``,
    else ``language`` from the settings, else the system's; :mod:`app.ui.i18n`)."""
    # Tests (pytest-qt) already own an application; the real run creates it here.
    existing = QApplication.instance()
    qt_app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    qt_app.setApplicationName("Plinth")
    qt_app.setApplicationDisplayName("Plinth")
    qt_app.setApplicationVersion(app_package.__version__)
    apply_style(qt_app)
    install_language(chosen_language(language))
    if ICON_PATH.is_file():
        qt_app.setWindowIcon(QIcon(str(ICON_PATH)))
    return qt_app


def create_main_window(
    argv: Sequence[str],
    settings: Settings,
    settings_store: SettingsStore,
    services: WindowServices,
    offline: OfflineMode | None = None,
) -> MainWindow:
    """The main window with every service at hand, built in one step and shown (the self-test's way)."""
    application(argv, settings.language)
    window = MainWindow(settings, settings_store, services, offline=offline)
    window.show()
    return window


def run_gui(
    argv: Sequence[str],
    settings: Settings,
    settings_store: SettingsStore,
    offline: OfflineMode,
    connect: Callable[[], WindowServices],
    *,
    compare: bool = True,
    models_page: bool = True,
    history: bool = True,
    documents: bool = True,
    tasks: bool = True,
) -> int:
    """Shows the main window's frame, then, right after its first paint, starts it with ``connect()``'s
    services; runs the application until the window closes and returns its exit code.

    ``compare``, ``models_page``, ``history``, ``documents``, ``tasks``: whether ``connect`` brings
    comparisons, a model manager, a store, the Documents tab's and the Tasks tab's services. A :class:`UserFacingError` from
    ``connect`` (a history database this Plinth cannot use) closes the frame
    and is explained in a message box: the exit code is 1. Any other
    exception from it ends the application and is raised again here.
    """
    application(argv, settings.language)
    window = MainWindow.frame(
        settings, settings_store, offline, compare=compare, models_page=models_page, history=history,
        documents=documents, tasks=tasks,
    )  # fmt: skip
    failures: list[BaseException] = []

    def start() -> None:
        if not window.isVisible():
            return  # closed before its first paint was answered: nothing to start
        try:
            window.start(connect())
        except BaseException as exc:  # noqa: BLE001 (raised again once the event loop has stopped)
            failures.append(exc)
            # Hidden, not closed: closing would save the settings of a start that did not happen.
            window.hide()
            if isinstance(exc, UserFacingError):
                show_startup_error(exc)
            QApplication.exit(1)

    window.frame_painted.connect(start)
    window.show()
    result = run_window(window)
    # The window goes when this returns, not when the application does.
    window.frame_painted.disconnect(start)
    if failures and not isinstance(failures[0], UserFacingError):
        raise failures[0]
    return 1 if failures else result


def run_window(window: QWidget) -> int:
    """Runs the application until ``window`` closes; its exit code."""
    qt_app = QApplication.instance()
    assert qt_app is not None
    exit_after = os.environ.get("PLINTH_EXIT_AFTER_SHOW")
    if exit_after is not None:
        window.installEventFilter(FirstPaintReporter(window, float(exit_after or 0)))
    return qt_app.exec()


def show_startup_error(error: UserFacingError) -> None:
    """A message box for an error that stops Plinth from starting (its window is not shown)."""
    from PySide6.QtWidgets import QMessageBox

    from app.ui.i18n import core_text, error_title

    text = "\n\n".join(part for part in (core_text(error.message), core_text(error.hint)) if part)
    QMessageBox.critical(None, f"Plinth: {error_title(error)}", text)


class FirstPaintReporter(QObject):
    """For the start-up benchmark (``PLINTH_EXIT_AFTER_SHOW=<seconds>``): once the
    window has painted for the first time, prints ``plinth-shown <epoch seconds>``
    and quits after idling that many seconds. A main window that starts after its
    first paint also prints ``plinth-ready <epoch seconds>`` when its controls work."""

    def __init__(self, window: QWidget, idle_s: float) -> None:
        super().__init__(window)
        self._idle_ms = round(idle_s * 1000)
        self._seen = False
        if isinstance(window, MainWindow) and not window.is_ready:
            window.ready.connect(self._on_window_ready)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            # Queued: runs once this paint has been handled.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"plinth-shown {time.time():.6f}", file=sys.stdout, flush=True)
        QTimer.singleShot(self._idle_ms, QApplication.quit)

    @Slot()
    def _on_window_ready(self) -> None:
        print(f"plinth-ready {time.time():.6f}", file=sys.stdout, flush=True)
