"""File › Export all conversations and Import conversations: one JSON archive of the whole history.

Imported when one of them is first used, not with the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from app.core.errors import UserFacingError
from app.core.history.archive import read_archive_file, write_archive_file
from app.ui.i18n import core_text, translate

if TYPE_CHECKING:
    from app.core.history.store import Store

#: How long the status bar says what was exported or imported.
REPORT_MS = 10_000


def export_all(window: QMainWindow, store: Store) -> Path | None:
    """Asks for a file and writes every conversation into it as one archive; the file, or None.

    The window's status bar says how many went where; a failure is shown in a message box.
    """
    start = str(Path.home() / "plinth-conversations.json")
    chosen, _filter = QFileDialog.getSaveFileName(
        window, translate("ConversationArchive", "Export all conversations"), start, _archive_filter()
    )
    if not chosen:
        return None
    target = Path(chosen) if Path(chosen).suffix else Path(chosen).with_suffix(".json")
    try:
        archive = store.export_archive()
        write_archive_file(target, archive)
    except UserFacingError as exc:
        QMessageBox.warning(window, translate("ConversationArchive", "Could not export"), core_text(exc))
        return None
    count = len(archive.get("conversations", []))
    window.statusBar().showMessage(
        translate("ConversationArchive", "Exported {conversations} to {file}.").format(
            conversations=_conversations(count), file=target
        ),
        REPORT_MS,
    )
    return target


def import_all(window: QMainWindow, store: Store) -> bool:
    """Asks for an archive and adds its conversations; whether any were read.

    The window's status bar says how many were added and skipped; a failure is shown in a message box.
    """
    chosen, _filter = QFileDialog.getOpenFileName(
        window, translate("ConversationArchive", "Import conversations"), str(Path.home()), _archive_filter()
    )
    if not chosen:
        return False
    try:
        result = store.import_archive(read_archive_file(Path(chosen)))
    except UserFacingError as exc:
        QMessageBox.warning(window, translate("ConversationArchive", "Could not import"), core_text(exc))
        return False
    imported = _conversations(result.imported)
    if result.skipped:
        text = translate("ConversationArchive", "Imported {conversations}; {skipped} already here, skipped.").format(
            conversations=imported, skipped=_conversations(result.skipped)
        )
    else:
        text = translate("ConversationArchive", "Imported {conversations}.").format(conversations=imported)
    window.statusBar().showMessage(text, REPORT_MS)
    return True


def _archive_filter() -> str:
    return translate("ConversationArchive", "Plinth archives (*.json)")


class _Counts(QObject):
    """Counted words (a QObject: lupdate finds plurals only in ``self.tr``)."""

    def conversations(self, count: int) -> str:
        return self.tr("%n conversation(s)", None, count)


def _conversations(count: int) -> str:
    """The count in words: "1 conversation", "2 conversations", in each language's plural forms."""
    return _Counts().conversations(count)
