"""The hidden, wrapping message line the panels and dialogs show a notice or an error in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def message_label(name: str, *, error: bool = False, selectable: bool = False, links: bool = False) -> QLabel:
    """A hidden message line read out as ``name``, styled as an error (``formError``) or a notice.

    ``selectable`` lets a reader copy what it says (a server's reason into a bug
    report); ``links`` makes the links in it clickable.
    """
    label = QLabel()
    label.setObjectName("formError" if error else "notice")
    label.setAccessibleName(name)
    label.setWordWrap(True)
    if selectable or links:
        # Only then: the flags set replace the style's own default for labels.
        flags = Qt.TextInteractionFlag.NoTextInteraction
        if selectable:
            flags |= Qt.TextInteractionFlag.TextSelectableByMouse
        if links:
            flags |= Qt.TextInteractionFlag.LinksAccessibleByMouse
        label.setTextInteractionFlags(flags)
    label.hide()
    return label
