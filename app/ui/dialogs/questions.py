"""The yes-or-no question asked before something that cannot be undone or may not work."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget, title: str, text: str, *, warning: bool = False) -> bool:
    """Ask ``text`` with Yes and No, No the default (Enter must not do the risky thing); True on Yes.

    ``warning``: the warning icon, for a step that may fail rather than one that destroys.
    """
    ask = QMessageBox.warning if warning else QMessageBox.question
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    return ask(parent, title, text, buttons, QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes
