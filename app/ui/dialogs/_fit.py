"""Room for a dialog's word-wrapped text, which Qt leaves out of a window's minimum size."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget


def fit_height(dialog: QWidget, event: QEvent) -> None:
    """After a layout change or a resize, give ``dialog`` the height its layout needs at its width.

    Height-for-width never reaches a window's minimum size, so when a wrapped
    label gets more lines (an error, a probe's answer) the rows around it are
    squashed together instead. Call it from the dialog's ``event()``.
    """
    if event.type() not in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
        return
    layout = dialog.layout()
    if layout is None:
        return
    needed = layout.totalMinimumHeightForWidth(dialog.width())
    if needed != dialog.minimumHeight():
        dialog.setMinimumHeight(needed)
