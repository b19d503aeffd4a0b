"""The plain action button the panels and dialogs build their rows of."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton


def action_button(text: str, name: str, tip: str) -> QPushButton:
    """A button shown as ``text``, read out as ``name``, explained by ``tip``; Enter elsewhere does not press it."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    button.setAutoDefault(False)
    return button
