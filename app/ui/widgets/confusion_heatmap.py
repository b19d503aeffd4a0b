"""A confusion matrix drawn as a heat-map: gold labels down, predictions across."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.ui.colors import blend
from app.ui.i18n import integer

_CELL_MIN = 34
_CELL_MAX = 64
_PAD = 8
_GREEN = QColor("#1e8e3e")
_RED = QColor("#c5221f")


def _luminance(color: QColor) -> float:
    return 0.2126 * color.redF() + 0.7152 * color.greenF() + 0.0722 * color.blueF()


class ConfusionHeatmap(QWidget):
    """Rows are gold labels, columns the model's labels; each cell shows a count.

    Cells are shaded by count: the diagonal (right answers) in green, the
    rest (mistakes) in red, so where the model goes wrong stands out. A
    click, or Enter on the keyboard-selected cell, emits ``cell_activated``;
    arrow keys move the selection.

    Signals:
        cell_activated(str, str): gold label and predicted label of the cell.
    """

    cell_activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Confusion matrix"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._gold_labels: list[str] = []
        self._predicted_labels: list[str] = []
        self._counts: list[list[int]] = []
        self._selected: tuple[int, int] | None = None
        self._hovered: tuple[int, int] | None = None

    # -- public API ---------------------------------------------------------------

    def set_matrix(
        self,
        gold_labels: Sequence[str],
        predicted_labels: Sequence[str],
        counts: Sequence[Sequence[int]],
    ) -> None:
        """``counts[i][j]``: rows whose gold label is ``gold_labels[i]`` and prediction ``predicted_labels[j]``."""
        if len(counts) != len(gold_labels) or any(len(row) != len(predicted_labels) for row in counts):
            raise ValueError("counts must have one row per gold label and one column per predicted label")
        self._gold_labels = list(gold_labels)
        self._predicted_labels = list(predicted_labels)
        self._counts = [list(row) for row in counts]
        self._selected = None
        self._hovered = None
        self.setAccessibleDescription(self._describe())
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.set_matrix([], [], [])

    @property
    def gold_labels(self) -> list[str]:
        return list(self._gold_labels)

    @property
    def predicted_labels(self) -> list[str]:
        return list(self._predicted_labels)

    def count(self, row: int, column: int) -> int:
        return self._counts[row][column]

    def cell_color(self, row: int, column: int) -> QColor:
        """The fill of one cell: the more rows, the stronger the colour."""
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        count = self._counts[row][column]
        if count == 0:
            return base
        largest = max(max(r) for r in self._counts)
        # Never fully pale, so a single row still shows against an empty cell.
        strength = 0.15 + 0.75 * count / largest
        tint = _GREEN if self._is_diagonal(row, column) else _RED
        return blend(base, tint, strength)

    def select(self, gold: str | None, predicted: str | None) -> None:
        """Outline the cell of ``gold`` and ``predicted`` (the rows shown elsewhere); None clears it."""
        if gold in self._gold_labels and predicted in self._predicted_labels:
            self._selected = (self._gold_labels.index(gold), self._predicted_labels.index(predicted))
        else:
            self._selected = None
        self.update()

    @property
    def selected(self) -> tuple[str, str] | None:
        if self._selected is None:
            return None
        return self._gold_labels[self._selected[0]], self._predicted_labels[self._selected[1]]

    def cell_rect(self, row: int, column: int) -> QRect:
        """Where a cell is drawn, in widget coordinates (tests click its centre)."""
        left, top, size = self._geometry()
        return QRect(round(left + column * size), round(top + row * size), round(size), round(size))

    # -- Qt -----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        left, top, metrics = self._label_space()
        columns = max(1, len(self._predicted_labels))
        rows = max(1, len(self._gold_labels))
        # Cells wide enough for the predicted labels above them, within limits.
        widest = max((metrics.horizontalAdvance(label) for label in self._predicted_labels), default=0)
        cell = min(_CELL_MAX, max(48, widest + 12))
        return QSize(round(left + columns * cell + _PAD), round(top + rows * cell + _PAD))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        left, top, _ = self._label_space()
        columns = max(1, len(self._predicted_labels))
        rows = max(1, len(self._gold_labels))
        return QSize(round(left + columns * _CELL_MIN + _PAD), round(top + rows * _CELL_MIN + _PAD))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = blend(palette.color(QPalette.ColorRole.Window), text, 0.6)
        if not self._counts:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No confusion matrix yet"))
            return
        left, top, size = self._geometry()
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        grid = blend(palette.color(QPalette.ColorRole.Base), text, 0.15)
        width = size * len(self._predicted_labels)
        height = size * len(self._gold_labels)

        bold = painter.font()
        bold.setBold(True)
        plain = painter.font()
        painter.setPen(muted)
        painter.setFont(bold)
        painter.drawText(
            QRectF(left, _PAD, width, line),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
            #: The axis of the model's labels (across the top of the confusion matrix).
            self.tr("Predicted"),
        )
        painter.save()
        painter.translate(_PAD, top + height / 2)
        painter.rotate(-90)
        #: The axis of the right answers (down the side of the confusion matrix).
        painter.drawText(QRectF(-height / 2, 0, height, line), Qt.AlignmentFlag.AlignCenter, self.tr("Gold"))
        painter.restore()
        painter.setFont(plain)

        painter.setPen(text)
        for column, label in enumerate(self._predicted_labels):
            rect = QRectF(left + column * size, _PAD + line + 2, size, line)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(size) - 4)
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, elided)
        label_left = _PAD + line + 6
        for row, label in enumerate(self._gold_labels):
            rect = QRectF(label_left, top + row * size, left - label_left - 6, size)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(rect.width()))
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, elided)

        for row in range(len(self._gold_labels)):
            for column in range(len(self._predicted_labels)):
                rect = QRectF(self.cell_rect(row, column))
                fill = self.cell_color(row, column)
                painter.fillRect(rect, fill)
                painter.setPen(grid)
                painter.drawRect(rect)
                count = self._counts[row][column]
                painter.setFont(bold if count else plain)
                painter.setPen(QColor("white") if _luminance(fill) < 0.5 else text if count else muted)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, integer(count))
        painter.setFont(plain)

        accent = palette.color(QPalette.ColorRole.Highlight)
        for cell, pen_width in ((self._hovered, 1.5), (self._selected, 3.0 if self.hasFocus() else 2.0)):
            if cell is not None:
                pen = painter.pen()
                pen.setColor(accent)
                pen.setWidthF(pen_width)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(self.cell_rect(*cell)).adjusted(1, 1, -1, -1))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        cell = self._cell_at(event.position())
        if cell != self._hovered:
            self._hovered = cell
            self.update()
        if cell is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self._cell_text(*cell), self)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: object) -> None:  # noqa: N802 (Qt override)
        self._hovered = None
        self.update()
        super().leaveEvent(event)  # type: ignore[arg-type]

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        cell = self._cell_at(event.position())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self._select(cell)
            self._activate(cell)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if not self._counts:
            super().keyPressEvent(event)
            return
        row, column = self._selected or (0, 0)
        moves = {
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Up: (-1, 0),
            Qt.Key.Key_Down: (1, 0),
        }
        key = Qt.Key(event.key())
        if key in moves:
            d_row, d_column = moves[key]
            if self._selected is not None:
                row = min(max(row + d_row, 0), len(self._gold_labels) - 1)
                column = min(max(column + d_column, 0), len(self._predicted_labels) - 1)
            self._select((row, column))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._selected is not None:
            self._activate(self._selected)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        self.update()
        super().focusOutEvent(event)

    # -- helpers ------------------------------------------------------------------------

    def _label_space(self) -> tuple[float, float, QFontMetrics]:
        """Room left of the grid (axis title + gold labels) and above it (title + predicted labels)."""
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(label) for label in self._gold_labels), default=0)
        left = _PAD + metrics.height() + 6 + min(widest, 180) + 8
        top = _PAD + 2 * metrics.height() + 8
        return left, top, metrics

    def _geometry(self) -> tuple[float, float, float]:
        left, top, _ = self._label_space()
        columns = max(1, len(self._predicted_labels))
        rows = max(1, len(self._gold_labels))
        size = min((self.width() - left - _PAD) / columns, (self.height() - top - _PAD) / rows)
        return left, top, max(_CELL_MIN / 2, min(_CELL_MAX, size))

    def _cell_at(self, point: QPointF) -> tuple[int, int] | None:
        if not self._counts:
            return None
        left, top, size = self._geometry()
        column = int((point.x() - left) // size)
        row = int((point.y() - top) // size)
        if point.x() < left or point.y() < top:
            return None
        if 0 <= row < len(self._gold_labels) and 0 <= column < len(self._predicted_labels):
            return row, column
        return None

    def _is_diagonal(self, row: int, column: int) -> bool:
        return self._gold_labels[row] == self._predicted_labels[column]

    def _cell_text(self, row: int, column: int) -> str:
        count = self._counts[row][column]
        gold, predicted = self._gold_labels[row], self._predicted_labels[column]
        if self._is_diagonal(row, column):
            return self.tr("%n row(s) correctly labelled “{gold}”", None, count).format(gold=gold)
        return self.tr(
            "%n row(s) labelled “{gold}” that the model called “{predicted}” — click to see them", None, count
        ).format(gold=gold, predicted=predicted)

    def _describe(self) -> str:
        parts = []
        for row, gold in enumerate(self._gold_labels):
            for column, predicted in enumerate(self._predicted_labels):
                if self._counts[row][column]:
                    parts.append(
                        self.tr("gold {gold}, predicted {predicted}: {count}").format(
                            gold=gold, predicted=predicted, count=integer(self._counts[row][column])
                        )
                    )
        return "; ".join(parts)

    def _select(self, cell: tuple[int, int]) -> None:
        self._selected = cell
        self.setAccessibleDescription(self._cell_text(*cell))
        self.update()

    def _activate(self, cell: tuple[int, int]) -> None:
        self.cell_activated.emit(self._gold_labels[cell[0]], self._predicted_labels[cell[1]])
