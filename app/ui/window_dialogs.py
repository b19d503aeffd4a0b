"""The main window's Help and Settings dialogs, and the text Help › Copy diagnostics puts on the clipboard
(versions, folders, keychain and GPU support, never a conversation, key or other user text)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.core.diagnostics import GpuProbe
    from app.core.offline import OfflineMode
    from app.core.paths import Paths
    from app.core.settings import Settings
    from app.ui.dialogs.about_dialog import AboutDialog
    from app.ui.dialogs.model_settings_dialog import ModelSettingsDialog
    from app.ui.window_services import WindowServices


def open_about(parent: QWidget, paths: Paths | None) -> AboutDialog:
    """The About dialog, open (window-modal), deleted when closed."""
    from app.ui.dialogs.about_dialog import AboutDialog

    dialog = AboutDialog(paths.data_dir if paths is not None else None, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_model_settings(parent: QWidget, settings: Settings, probe: GpuProbe) -> ModelSettingsDialog:
    """The model settings dialog, open (window-modal), deleted when closed."""
    from app.ui.dialogs.model_settings_dialog import ModelSettingsDialog

    dialog = ModelSettingsDialog(settings, probe, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def diagnostics_text(services: WindowServices, probe: GpuProbe, offline: OfflineMode) -> str:
    """The diagnostics of a window with ``services``; the GPU line says when ``probe`` is still checking."""
    from app.core.diagnostics import GpuSupport, collect
    from app.ui.dialogs.about_dialog import qt_versions

    probe.start()
    gpu = probe.result() or GpuSupport(None, "still being checked; copy again in a moment")
    qt, pyside = qt_versions()
    if services.paths is None:
        from app.core.paths import Paths

        paths = Paths.from_environment()
    else:
        paths = services.paths
    return collect(paths, services.secrets, gpu=gpu, qt_version=qt, pyside_version=pyside, offline=offline).text()
