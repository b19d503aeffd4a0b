"""The one question Plinth asks when a secret cannot go to the keychain."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import NoKeychainError
from app.ui.i18n import core_text, translate

NO_KEYCHAIN_TITLE = QT_TRANSLATE_NOOP("KeychainPrompt", "No keychain available")
KEEP_FOR_SESSION = QT_TRANSLATE_NOOP("KeychainPrompt", "Keep for this session only")


def ask_keep_for_session(parent: QWidget, exc: NoKeychainError, what: str = "key") -> bool:
    """Offer to keep a ``what`` ("key" or "token", each said in whole sentences) in memory only; True if the
    person agrees.

    Never silently dropping a secret and never writing it elsewhere means asking.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("KeychainPrompt", NO_KEYCHAIN_TITLE))
    if what == "token":
        text = translate("KeychainPrompt", "No keychain is available, so the token cannot be stored.")
        keep_note = translate(
            "KeychainPrompt",
            "Plinth never writes tokens to a file. It can keep this token in memory until Plinth closes; "
            "you would enter it again next time.",
        )
    else:
        text = translate("KeychainPrompt", "No keychain is available, so the key cannot be stored.")
        keep_note = translate(
            "KeychainPrompt",
            "Plinth never writes keys to a file. It can keep this key in memory until Plinth closes; "
            "you would enter it again next time.",
        )
    box.setText(f"<b>{text}</b>")
    box.setInformativeText(f"{core_text(exc)}\n\n{keep_note}")
    keep = box.addButton(translate("KeychainPrompt", KEEP_FOR_SESSION), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is keep
