"""What the hand-painted charts share: their colours, mixed from the palette, and how one bar is drawn."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from app.ui.colors import blend

#: The least a drawn bar fills, so a zero or a tiny value still shows one.
SLIVER = 3.0


@dataclass(frozen=True)
class ChartColors:
    """The colours of a chart, from its widget's palette: readable in dark and light themes alike."""

    text: QColor
    #: Captions, missing values, "no results".
    muted: QColor
    #: The best or chosen bar.
    accent: QColor
    #: Every other bar.
    other: QColor
    #: The empty rest of a bar's row.
    track: QColor

    @classmethod
    def of(cls, widget: QWidget) -> ChartColors:
        palette = widget.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        window = palette.color(QPalette.ColorRole.Window)
        return cls(
            text=text,
            muted=blend(window, text, 0.6),
            accent=palette.color(QPalette.ColorRole.Highlight),
            other=blend(window, text, 0.32),
            track=blend(window, text, 0.07),
        )


def begin_chart(widget: QWidget) -> tuple[QPainter, ChartColors]:
    """An antialiased painter on ``widget`` and the colours to paint with (in ``paintEvent``)."""
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return painter, ChartColors.of(widget)


def paint_bar(
    painter: QPainter, colors: ChartColors, track: QRectF, share: float | None, highlighted: bool, radius: float
) -> float:
    """The track across ``track`` and, for a ``share`` (0–1; None: no bar), the part filled; returns where it ends."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colors.track)
    painter.drawRoundedRect(track, radius, radius)
    if share is None:
        return track.left()
    filled = max(SLIVER, track.width() * max(0.0, min(1.0, share)))
    painter.setBrush(colors.accent if highlighted else colors.other)
    painter.drawRoundedRect(QRectF(track.left(), track.top(), filled, track.height()), radius, radius)
    return track.left() + filled
