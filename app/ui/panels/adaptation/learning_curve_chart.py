"""The learning curve: each method's macro-F1 against the training rows it had, its seeds' spread as a band."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.adaptation.records import CurvePoint
from app.ui.i18n import integer, number, translate
from app.ui.panels.adaptation.names import method_label
from app.ui.widgets.chart_paint import ChartColors, begin_chart

#: One colour per curve, told apart in dark and light themes (and by most colour-blind eyes).
SERIES_COLORS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2", "#edc948", "#9c755f")
_PAD = 10
_TICK = 4
_SWATCH = 18
_LEGEND_GAP = 16
_DOT = 3.5
#: The y axis's gridlines (macro-F1 is 0–1).
Y_TICKS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
EMPTY_TEXT = QT_TRANSLATE_NOOP("LearningCurveChart", "Run the comparison to draw the learning curve")


@dataclass(frozen=True)
class Series:
    """One method's curve: its points in size order. ``flat``: a method without training rows (zero-shot), drawn
    as a dashed line across the chart at its one score."""

    method: str
    label: str
    color: QColor
    points: tuple[CurvePoint, ...]
    flat: bool


def build_series(points: Sequence[CurvePoint]) -> list[Series]:
    """The curves of ``points``, one per method in the order methods first appear."""
    by_method: dict[str, list[CurvePoint]] = {}
    for point in points:
        by_method.setdefault(point.method, []).append(point)
    series = []
    for index, (method, own) in enumerate(by_method.items()):
        own.sort(key=lambda p: p.size)
        trained = [p for p in own if p.size > 0]
        # Zero-shot uses no training rows: one score (or the same at every size) is a level, not a curve.
        flat = method.startswith("zero-shot") or not trained
        color = QColor(SERIES_COLORS[index % len(SERIES_COLORS)])
        series.append(Series(method, method_label(method), color, tuple(own[-1:] if flat else trained), flat))
    return series


class LearningCurveChart(QWidget):
    """Macro-F1 (0–1, up) against training rows (a log2 axis, across), one coloured line per method.

    Each point is the mean over the seeds; the band around a line is ± one standard deviation. A legend above
    the plot names the lines. Painted by hand (QtCharts is not part of PySide6-Essentials); the accessible
    description repeats the figures.

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: list[Series] = []
        self._sizes: tuple[int, ...] = ()
        self.setAccessibleName(self.tr("Learning curve"))
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -- public API ---------------------------------------------------------------

    def set_points(self, points: Sequence[CurvePoint], sizes: Sequence[int] = ()) -> None:
        """Draw ``points``; ``sizes``: the x axis's ticks (the run's training sizes; else the points' own)."""
        self._series = build_series(points)
        self._sizes = tuple(sorted({s for s in sizes if s > 0} or {p.size for p in points if p.size > 0}))
        self.setAccessibleDescription(self._describe())
        self.update()

    def clear(self) -> None:
        self.set_points(())

    @property
    def series(self) -> list[Series]:
        return list(self._series)

    def plot_rect(self) -> QRectF:
        """Where the axes are: below the legend, right of the y labels, above the x labels and the axis title."""
        metrics = QFontMetrics(self.font())
        left = _PAD + metrics.horizontalAdvance(number(0.0, 1)) + _TICK + 12 + metrics.height()
        top = _PAD + self._legend_height() + 14
        bottom = self.height() - _PAD - 2 * metrics.height() - _TICK - 4
        right = self.width() - _PAD - metrics.horizontalAdvance("000") / 2
        return QRectF(left, top, max(10.0, right - left), max(10.0, bottom - top))

    def x_for(self, size: int) -> float:
        """The x of a training size: log2, the smallest size at the left edge, the largest at the right."""
        rect = self.plot_rect()
        if not self._sizes:
            return rect.left()
        low, high = math.log2(self._sizes[0]), math.log2(self._sizes[-1])
        if high == low:
            return rect.center().x()
        share = (math.log2(max(size, 1)) - low) / (high - low)
        return rect.left() + share * rect.width()

    def y_for(self, macro_f1: float) -> float:
        rect = self.plot_rect()
        return rect.bottom() - max(0.0, min(1.0, macro_f1)) * rect.height()

    def point_positions(self) -> dict[str, list[QPointF]]:
        """Where each method's points are drawn (a flat line: its two ends)."""
        return {s.method: self._line(s) for s in self._series}

    # -- Qt -----------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(640, 340)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(320, 240)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter, colors = begin_chart(self)
        if not self._series:
            painter.setPen(colors.muted)
            painter.drawText(
                QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, translate("LearningCurveChart", EMPTY_TEXT)
            )
            return
        self._paint_legend(painter, colors)
        self._paint_axes(painter, colors)
        for series in self._series:
            self._paint_band(painter, series)
        for series in self._series:
            self._paint_line(painter, series)

    # -- painting -----------------------------------------------------------------------

    def _legend_entries(self) -> list[tuple[Series, QRectF]]:
        """Each curve's swatch and name, laid out in rows across the chart's width."""
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        x, y = float(_PAD), float(_PAD)
        out = []
        for series in self._series:
            width = _SWATCH + 6 + metrics.horizontalAdvance(series.label)
            if x > _PAD and x + width > self.width() - _PAD:
                x, y = float(_PAD), y + line + 4
            out.append((series, QRectF(x, y, width, line)))
            x += width + _LEGEND_GAP
        return out

    def _legend_height(self) -> float:
        entries = self._legend_entries()
        return entries[-1][1].bottom() - _PAD if entries else 0.0

    def _paint_legend(self, painter: QPainter, colors: ChartColors) -> None:
        for series, rect in self._legend_entries():
            pen = QPen(series.color, 2.5)
            if series.flat:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            middle = rect.center().y()
            painter.drawLine(QPointF(rect.left(), middle), QPointF(rect.left() + _SWATCH, middle))
            painter.setPen(colors.text)
            painter.drawText(
                rect.adjusted(_SWATCH + 6, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                series.label,
            )  # fmt: skip

    def _paint_axes(self, painter: QPainter, colors: ChartColors) -> None:
        rect = self.plot_rect()
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        for value in Y_TICKS:
            y = self.y_for(value)
            painter.setPen(QPen(colors.track if value else colors.other, 1))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(colors.muted)
            painter.drawText(
                QRectF(rect.left() - 60 - _TICK, y - line / 2, 60, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, number(value, 1),
            )  # fmt: skip
        painter.setPen(QPen(colors.other, 1))
        painter.drawLine(rect.bottomLeft(), rect.topLeft())
        for size in self._sizes:
            x = self.x_for(size)
            painter.setPen(QPen(colors.other, 1))
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x, rect.bottom() + _TICK))
            painter.setPen(colors.muted)
            painter.drawText(
                QRectF(x - 40, rect.bottom() + _TICK + 2, 80, line), Qt.AlignmentFlag.AlignCenter, integer(size)
            )
        painter.drawText(
            QRectF(rect.left(), rect.bottom() + _TICK + 2 + line, rect.width(), line),
            Qt.AlignmentFlag.AlignCenter, self.tr("Labelled training rows (log scale)"),
        )  # fmt: skip
        painter.save()
        painter.translate(_PAD, rect.center().y())
        painter.rotate(-90)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(
            QRectF(-rect.height() / 2, 0, rect.height(), line), Qt.AlignmentFlag.AlignCenter, self.tr("Macro-F1")
        )
        painter.restore()

    def _line(self, series: Series) -> list[QPointF]:
        if series.flat:
            rect = self.plot_rect()
            y = self.y_for(series.points[0].macro_f1)
            return [QPointF(rect.left(), y), QPointF(rect.right(), y)]
        return [QPointF(self.x_for(p.size), self.y_for(p.macro_f1)) for p in series.points]

    def _band(self, series: Series) -> QPolygonF:
        """± one standard deviation around the line (empty when every point had one seed)."""
        if not any(p.macro_f1_std > 0 for p in series.points):
            return QPolygonF()
        if series.flat:
            rect, point = self.plot_rect(), series.points[0]
            xs = [(rect.left(), point), (rect.right(), point)]
        else:
            xs = [(self.x_for(p.size), p) for p in series.points]
        upper = [QPointF(x, self.y_for(p.macro_f1 + p.macro_f1_std)) for x, p in xs]
        lower = [QPointF(x, self.y_for(p.macro_f1 - p.macro_f1_std)) for x, p in reversed(xs)]
        return QPolygonF(upper + lower)

    def _paint_band(self, painter: QPainter, series: Series) -> None:
        band = self._band(series)
        if band.isEmpty():
            return
        fill = QColor(series.color)
        fill.setAlphaF(0.18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawPolygon(band)

    def _paint_line(self, painter: QPainter, series: Series) -> None:
        pen = QPen(series.color, 2.5)
        if series.flat:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        line = self._line(series)
        painter.drawPolyline(QPolygonF(line))
        if series.flat:
            return
        painter.setBrush(series.color)
        painter.setPen(Qt.PenStyle.NoPen)
        for point in line:
            painter.drawEllipse(point, _DOT, _DOT)

    def _describe(self) -> str:
        parts = []
        for series in self._series:
            if series.flat:
                figures = self.tr("{f1} without training rows").format(f1=number(series.points[0].macro_f1, 2))
            else:
                #: One point of the learning curve, read out: its training rows and its macro-F1.
                figures = ", ".join(
                    self.tr("%n row(s) {f1}", None, p.size).format(f1=number(p.macro_f1, 2)) for p in series.points
                )
            parts.append(f"{series.label}: {figures}")
        if not parts:
            return ""
        return self.tr("Macro-F1 by training rows. {curves}").format(curves="; ".join(parts))
