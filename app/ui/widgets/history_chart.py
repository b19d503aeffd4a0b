"""A classifier's learning history, small: labels learnt from (across) against cross-validated macro-F1 (up)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QStyle, QWidget

from app.core.adaptation.labelling import HistoryPoint
from app.ui.i18n import number, translate
from app.ui.widgets.chart_paint import begin_chart

_PAD = 6.0
_DOT = 3.5
NO_HISTORY_TEXT = QT_TRANSLATE_NOOP("HistoryChart", "No saved versions yet")


class HistoryChart(QWidget):
    """One dot per saved version of a classifier, joined in order, the latest in the accent colour.

    Across: the labels the version learnt from; up: its cross-validated
    macro-F1 (0 to 1). A version without a score (a label with a single
    row) is left out of the line. The accessible description says the
    figures in words, for screen readers and tests.

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: tuple[HistoryPoint, ...] = ()
        self.setAccessibleName(self.tr("Learning history"))
        self.setToolTip(self.tr("Each saved version: labels learnt from (across), cross-validated macro-F1 (up)"))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._describe()

    @property
    def points(self) -> tuple[HistoryPoint, ...]:
        return self._points

    def set_points(self, points: Sequence[HistoryPoint]) -> None:
        self._points = tuple(points)
        self._describe()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(170, 56)

    def _describe(self) -> None:
        scored = [p for p in self._points if p.macro_f1 is not None]
        words = "; ".join(
            self.tr("version {version}: %n label(s), macro-F1 {f1}", None, p.n_train).format(
                version=p.version, f1=number(p.macro_f1 or 0.0, 2)
            )
            for p in scored
        )
        self.setAccessibleDescription(words or translate("HistoryChart", NO_HISTORY_TEXT))

    def plot_rect(self) -> QRectF:
        """Where the dots go (below the caption line)."""
        caption = self.fontMetrics().height()
        return QRectF(_PAD, caption + _PAD, self.width() - 2 * _PAD, self.height() - caption - 2 * _PAD)

    def dot_at(self, point: HistoryPoint) -> QPointF:
        area = self.plot_rect()
        sizes = [p.n_train for p in self._points]
        low, high = min(sizes), max(sizes)
        x = 0.5 if high == low else (point.n_train - low) / (high - low)
        y = max(0.0, min(1.0, point.macro_f1 or 0.0))
        return QPointF(area.left() + x * area.width(), area.bottom() - y * area.height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter, colors = begin_chart(self)
        scored = [p for p in self._points if p.macro_f1 is not None]
        caption = QRectF(0, 0, self.width(), self.fontMetrics().height())
        painter.setPen(colors.muted)
        leading = QStyle.visualAlignment(self.layoutDirection(), Qt.AlignmentFlag.AlignLeading)
        trailing = QStyle.visualAlignment(self.layoutDirection(), Qt.AlignmentFlag.AlignTrailing)
        if not scored:
            painter.drawText(caption, leading, translate("HistoryChart", NO_HISTORY_TEXT))
            return
        last = scored[-1]
        painter.drawText(caption, leading, "macro-F1")
        painter.setPen(colors.text)
        labels = self.tr("{f1} · %n label(s)", None, last.n_train).format(f1=number(last.macro_f1 or 0.0, 2))
        painter.drawText(caption, trailing, labels)
        area = self.plot_rect()
        painter.setPen(QPen(colors.track, 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(area)
        path = QPainterPath(self.dot_at(scored[0]))
        for point in scored[1:]:
            path.lineTo(self.dot_at(point))
        painter.setPen(QPen(colors.other, 1.5))
        painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        for point in scored:
            painter.setBrush(colors.accent if point is last else colors.other)
            painter.drawEllipse(self.dot_at(point), _DOT, _DOT)
