"""File › Export all conversations and Import conversations: one JSON archive of the whole history.

Imported when one of them is first used, not with the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from app.core.errors import UserFacingError
from app.core.history.archive import read_archive_file, write_archive_file

if TYPE_CHECKING:
    from app.core.history.store import Store

ARCHIVE_FILTER = "Plinth archives (*.json)"
#: How long the status bar says what was exported or imported.
REPORT_MS = 10_000


def export_all(window: QMainWindow, store: Store) -> Path | None:
    """Asks for a file and writes every conversation into it as one archive; the file, or None.

    The window's status bar says how many went where; a failure is shown in a message box.
    """
    start = str(Path.home() / "plinth-conversations.json")
    chosen, _filter = QFileDialog.getSaveFileName(window, "Export all conversations", start, ARCHIVE_FILTER)
    if not chosen:
        return None
    target = Path(chosen) if Path(chosen).suffix else Path(chosen).with_suffix(".json")
    try:
        archive = store.export_archive()
        write_archive_file(target, archive)
    except UserFacingError as exc:
        QMessageBox.warning(window, "Could not export", str(exc))
        return None
    count = len(archive.get("conversations", []))
    window.statusBar().showMessage(f"Exported {_conversations(count)} to {target}.", REPORT_MS)
    return target


def import_all(window: QMainWindow, store: Store) -> bool:
    """Asks for an archive and adds its conversations; whether any were read.

    The window's status bar says how many were added and skipped; a failure is shown in a message box.
    """
    chosen, _filter = QFileDialog.getOpenFileName(window, "Import conversations", str(Path.home()), ARCHIVE_FILTER)
    if not chosen:
        return False
    try:
        result = store.import_archive(read_archive_file(Path(chosen)))
    except UserFacingError as exc:
        QMessageBox.warning(window, "Could not import", str(exc))
        return False
    skipped = f"; {_conversations(result.skipped)} already here, skipped" if result.skipped else ""
    window.statusBar().showMessage(f"Imported {_conversations(result.imported)}{skipped}.", REPORT_MS)
    return True


def _conversations(count: int) -> str:
    return f"{count} conversation" if count == 1 else f"{count} conversations"
