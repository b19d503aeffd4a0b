"""The one question Plinth asks when a secret cannot go to the keychain."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import NoKeychainError

NO_KEYCHAIN_TITLE = "No keychain available"
KEEP_FOR_SESSION = "Keep for this session only"


def ask_keep_for_session(parent: QWidget, exc: NoKeychainError, what: str = "key") -> bool:
    """Offer to keep a ``what`` ("key", "token") in memory only; True if the person agrees.

    Never silently dropping a secret and never writing it elsewhere means asking.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(NO_KEYCHAIN_TITLE)
    box.setText(f"<b>No keychain is available, so the {what} cannot be stored.</b>")
    box.setInformativeText(
        str(exc) + f"\n\nPlinth never writes {what}s to a file. It can keep this {what} in memory "
        "until Plinth closes; you would enter it again next time."
    )
    keep = box.addButton(KEEP_FOR_SESSION, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is keep
