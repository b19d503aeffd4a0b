"""A small horizontal bar chart, painted by hand (QtCharts is not part of PySide6-Essentials)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.i18n import translate
from app.ui.widgets.chart_paint import begin_chart, paint_bar

_ROW_GAP = 6
_BAR_HEIGHT = 14
_TITLE_GAP = 6
_LABEL_GAP = 10
_VALUE_GAP = 8
#: A value's text that measures its column when the values are all shorter.
_VALUE_WIDTH_TEXT = "0000.0 tok/s"
#: What a model without the metric shows instead of a bar.
NO_VALUE_TEXT = QT_TRANSLATE_NOOP("BarChart", "n/a")


@dataclass(frozen=True)
class Bar:
    """One model's bar: its name, the number the bar's length shows, and that number in words.

    ``value`` None: the model has no such figure (a local model's cost, a
    failed run's speed); the chart says ``NO_VALUE_TEXT`` instead of a bar.
    """

    label: str
    value: float | None
    text: str
    best: bool = False


class BarChart(QWidget):
    """A title (and a muted caption) over one horizontal bar per model, the best in the accent colour.

    Bars share one scale (0 to the largest value), so their lengths compare;
    each value is written beside its bar. The accessible description repeats
    the figures for screen readers.

    Signals: none.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._caption = ""
        self._bars: list[Bar] = []
        self.setAccessibleName(self.tr("{title} chart").format(title=title))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # -- public API ---------------------------------------------------------------

    @property
    def title(self) -> str:
        return self._title

    @property
    def bars(self) -> list[Bar]:
        return list(self._bars)

    def set_title(self, title: str, caption: str = "") -> None:
        """``caption`` is drawn muted at the right of the title ("higher is better")."""
        self._title = title
        self._caption = caption
        self.setAccessibleName(self.tr("{title} chart").format(title=title))
        self._changed()

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = list(bars)
        self._changed()

    def clear(self) -> None:
        self._bars = []
        self._changed()

    # -- Qt -----------------------------------------------------------------------

    def row_rect(self, index: int) -> QRectF:
        """Where bar ``index`` is drawn, with its name and value (the chart's height must hold the last one)."""
        row_height = self._row_height()
        top = self._title_height() + _TITLE_GAP + index * (row_height + _ROW_GAP)
        return QRectF(0, top, self.width(), row_height)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # From the bars and the font: the last row, with "No results yet" standing in for none.
        return QSize(280, int(self.row_rect(max(1, len(self._bars)) - 1).bottom()) + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(180, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter, colors = begin_chart(self)
        title_font = self._title_font()
        painter.setFont(title_font)
        painter.setPen(colors.text)
        title_height = self._title_height()
        painter.drawText(QRectF(0, 0, self.width(), title_height), Qt.AlignmentFlag.AlignLeft, self._title)
        painter.setFont(self.font())
        if self._caption:
            painter.setPen(colors.muted)
            painter.drawText(
                QRectF(0, 0, self.width(), title_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self._caption,
            )
        top = self.row_rect(0).top()
        if not self._bars:
            painter.setPen(colors.muted)
            painter.drawText(
                QRectF(0, top, self.width(), self.height() - top),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                self.tr("No results yet"),
            )
            return

        metrics = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        row_height = self._row_height()
        label_width = min(
            max(bold_metrics.horizontalAdvance(bar.label) for bar in self._bars) + 2, int(self.width() * 0.42)
        )
        value_width = max(
            metrics.horizontalAdvance(_VALUE_WIDTH_TEXT),
            *(bold_metrics.horizontalAdvance(bar.text) for bar in self._bars),
        )
        bar_x = label_width + _LABEL_GAP
        bar_room = max(20.0, self.width() - bar_x - _VALUE_GAP - value_width)
        largest = max((bar.value for bar in self._bars if bar.value is not None), default=0.0)
        for index, bar in enumerate(self._bars):
            y = self.row_rect(index).top()
            font = bold if bar.best else self.font()
            painter.setFont(font)
            painter.setPen(colors.text)
            elided = QFontMetrics(font).elidedText(bar.label, Qt.TextElideMode.ElideMiddle, label_width)
            painter.drawText(
                QRectF(0, y, label_width, row_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                elided,
            )
            share = None if bar.value is None else bar.value / largest if largest > 0 else 0.0
            track = QRectF(bar_x, y + (row_height - _BAR_HEIGHT) / 2, bar_room, _BAR_HEIGHT)
            # A sliver stays visible for zero and tiny values, so "$0.0000" still has a bar.
            end = paint_bar(painter, colors, track, share, bar.best, 3)
            # The value sits just after its bar, where the eye already is.
            painter.setPen(colors.text if bar.value is not None else colors.muted)
            painter.drawText(
                QRectF(end + _VALUE_GAP, y, value_width + 4, row_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                bar.text if bar.value is not None else translate("BarChart", NO_VALUE_TEXT),
            )

    # -- helpers ----------------------------------------------------------------------

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _title_height(self) -> int:
        return QFontMetrics(self._title_font()).height()

    def _row_height(self) -> int:
        bold = QFont(self.font())
        bold.setBold(True)
        # The best bar's name is bold: the taller of the two fonts.
        return max(_BAR_HEIGHT, QFontMetrics(self.font()).height(), QFontMetrics(bold).height())

    def _changed(self) -> None:
        figures = []
        for bar in self._bars:
            value = bar.text if bar.value is not None else translate("BarChart", NO_VALUE_TEXT)
            if bar.best:
                figures.append(self.tr("{label} {value} (best)").format(label=bar.label, value=value))
            else:
                figures.append(f"{bar.label} {value}")
        self.setAccessibleDescription(f"{self._title}: " + ", ".join(figures) if figures else "")
        # A long model name is cut beside its bar; the tooltip has every name whole.
        self.setToolTip("\n".join(figures))
        self.updateGeometry()
        self.update()
