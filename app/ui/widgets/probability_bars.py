"""One horizontal bar per label: how sure the model is of each."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.i18n import number, percent, translate
from app.ui.widgets.chart_paint import begin_chart, paint_bar

# Marked here, translated where shown (``show_message`` translates it).
NO_PROBABILITIES_TEXT = QT_TRANSLATE_NOOP("ProbabilityBars", "No probabilities from this provider")

_ROW_GAP = 6
_BAR_HEIGHT = 16


class ProbabilityBars(QWidget):
    """Label names, a bar as long as each label's probability, and the percentage.

    The chosen labels are drawn in the accent colour, the others muted. With
    no probabilities (a provider that gives none) it says so in words instead
    of drawing empty bars. The accessible description repeats the numbers
    for screen readers.

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Probabilities"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._rows: list[tuple[str, float]] = []
        self._chosen: set[str] = set()
        self._message = ""

    # -- public API ---------------------------------------------------------------

    def set_probabilities(self, probabilities: Mapping[str, float], chosen: Sequence[str] = ()) -> None:
        """Shows one bar per label, in the order given; ``chosen`` are highlighted."""
        self._rows = [(label, max(0.0, min(1.0, float(p)))) for label, p in probabilities.items()]
        self._chosen = set(chosen)
        self._message = ""
        self._changed()

    def show_message(self, text: str = NO_PROBABILITIES_TEXT) -> None:
        """No bars: a sentence instead (no probabilities, or nothing classified yet)."""
        self._rows = []
        self._chosen = set()
        self._message = translate("ProbabilityBars", NO_PROBABILITIES_TEXT) if text == NO_PROBABILITIES_TEXT else text
        self._changed()

    def clear(self) -> None:
        self.show_message("")

    @property
    def probabilities(self) -> dict[str, float]:
        return dict(self._rows)

    @property
    def message(self) -> str:
        return self._message

    # -- Qt ---------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        metrics = QFontMetrics(self.font())
        rows = len(self._rows)
        if rows:
            height = rows * max(_BAR_HEIGHT, metrics.height()) + (rows - 1) * _ROW_GAP
        else:
            height = metrics.height() if self._message else 0
        return QSize(320, height + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(160, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter, colors = begin_chart(self)
        if not self._rows:
            painter.setPen(colors.muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter, self._message)
            return
        metrics = QFontMetrics(self.font())
        bold = self.font()
        bold.setBold(True)
        # Measured in bold, the chosen label's font, so no name is cut short.
        bold_metrics = QFontMetrics(bold)
        row_height = max(_BAR_HEIGHT, metrics.height())
        widest = max(bold_metrics.horizontalAdvance(label) for label, _ in self._rows)
        name_width = min(widest + 14, self.width() // 3)
        percent_width = metrics.horizontalAdvance(percent(1.0)) + 8
        bar_x = name_width
        bar_width = max(20, self.width() - name_width - percent_width)
        y = 2
        for label, probability in self._rows:
            chosen = label in self._chosen
            name_rect = QRectF(0, y, name_width - 12, row_height)
            font = painter.font()
            font.setBold(chosen)
            painter.setFont(font)
            painter.setPen(colors.text)
            elided = QFontMetrics(font).elidedText(label, Qt.TextElideMode.ElideRight, int(name_rect.width()))
            painter.drawText(name_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, elided)
            track = QRectF(bar_x, y + (row_height - _BAR_HEIGHT) / 2, bar_width, _BAR_HEIGHT)
            # A sliver stays visible for tiny probabilities, so "0.3 %" still has a bar; none has none.
            paint_bar(painter, colors, track, probability if probability > 0 else None, chosen, 4)
            painter.setPen(colors.text if chosen else colors.muted)
            painter.drawText(
                QRectF(bar_x + bar_width, y, percent_width, row_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                percent(probability),
            )
            y += row_height + _ROW_GAP

    # -- helpers ------------------------------------------------------------------------

    def _changed(self) -> None:
        if self._rows:
            description = ", ".join(
                self.tr("{label} {value} percent").format(label=label, value=number(p * 100, 1))
                for label, p in self._rows
            )
        else:
            description = self._message
        self.setAccessibleDescription(description)
        self.updateGeometry()
        self.update()
