"""Colours mixed from the palette, so dark and light system themes both stay readable."""

from __future__ import annotations

from PySide6.QtGui import QColor


def blend(base: QColor, tint: QColor, amount: float) -> QColor:
    """``base`` moved ``amount`` (0–1) of the way towards ``tint``."""
    return QColor(
        round(base.red() + (tint.red() - base.red()) * amount),
        round(base.green() + (tint.green() - base.green()) * amount),
        round(base.blue() + (tint.blue() - base.blue()) * amount),
    )


def mix(base: QColor, tint: QColor, amount: float) -> str:
    """:func:`blend` as a style-sheet colour (``#rrggbb``)."""
    return blend(base, tint, amount).name()
