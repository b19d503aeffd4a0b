"""Metrics side by side: one row per metric, one column per model, the best of each row highlighted."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableWidget, QTableWidgetItem, QWidget

from app.ui.colors import blend

#: Item data role that is True on the cells holding a row's best value.
BEST_ROLE = Qt.ItemDataRole.UserRole + 1
BEST_MARK = "★ "


@dataclass(frozen=True)
class MetricRow:
    """A metric's name and its value in words per model; ``best`` holds the indexes of the best models."""

    label: str
    texts: Sequence[str]
    best: frozenset[int] = field(default_factory=frozenset)
    #: Says how the metric is measured and which way is better (the row header's tooltip).
    help: str = ""


class MetricsTable(QTableWidget):
    """A read-only table sized to its rows, so the page scrolls, not the table.

    The best value of each row is bold, tinted and starred (the star says it
    without colour, and screen readers read it); a row where every model is
    level, or only one has a value, highlights nothing.

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Metrics"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setHighlightSections(False)
        # A model's name wider than its column is cut in the middle with "…" (the tooltip has it), not at both ends.
        self.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.verticalHeader().setHighlightSections(False)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        self._best_brush = QBrush(blend(base, QColor("#1e8e3e"), 0.16))
        self._best_text = QBrush(blend(palette.color(QPalette.ColorRole.Text), QColor("#1e8e3e"), 0.7))

    def set_metrics(self, models: Sequence[str], rows: Sequence[MetricRow]) -> None:
        self.clear()
        self.setColumnCount(len(models))
        self.setRowCount(len(rows))
        self.setHorizontalHeaderLabels(list(models))
        for column, name in enumerate(models):
            # A narrow column cuts a long model name; its tooltip has it whole.
            self.horizontalHeaderItem(column).setToolTip(name)
        for row_index, row in enumerate(rows):
            header = QTableWidgetItem(row.label)
            header.setToolTip(row.help)
            self.setVerticalHeaderItem(row_index, header)
            for column, text in enumerate(row.texts):
                best = column in row.best
                item = QTableWidgetItem(f"{BEST_MARK}{text}" if best else text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setData(BEST_ROLE, best)
                if best:
                    font = QFont(self.font())
                    font.setBold(True)
                    item.setFont(font)
                    item.setBackground(self._best_brush)
                    item.setForeground(self._best_text)
                    #: Tooltip of a metrics table cell with the best value; {metric} is the metric's name.
                    item.setToolTip(self.tr("Best: {metric}").format(metric=row.label))
                self.setItem(row_index, column, item)
        self.updateGeometry()

    def best_cells(self) -> dict[str, list[int]]:
        """Row label → the columns highlighted as best (for tests and the accessible description)."""
        out: dict[str, list[int]] = {}
        for row in range(self.rowCount()):
            header = self.verticalHeaderItem(row)
            label = header.text() if header is not None else str(row)
            out[label] = [c for c in range(self.columnCount()) if self._is_best(row, c)]
        return out

    def text(self, label: str, column: int) -> str:
        """The cell of metric ``label`` for model ``column``, without the star."""
        for row in range(self.rowCount()):
            header = self.verticalHeaderItem(row)
            if header is not None and header.text() == label:
                item = self.item(row, column)
                return item.text().removeprefix(BEST_MARK) if item is not None else ""
        raise KeyError(label)

    # -- Qt -----------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        for row in range(self.rowCount()):
            height += self.rowHeight(row)
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(200, self.sizeHint().height())

    # -- helpers ---------------------------------------------------------------------

    def _is_best(self, row: int, column: int) -> bool:
        item = self.item(row, column)
        return item is not None and bool(item.data(BEST_ROLE))
