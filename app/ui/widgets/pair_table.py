"""Editable two-column tables of short texts: a glossary's terms, a label set, worked examples."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


class PairTable(QTableWidget):
    """Rows of two texts, edited in place; both columns share the width.

    Signals: those of ``QTableWidget`` (``itemChanged`` after each edit).
    """

    def __init__(self, name: str, headers: tuple[str, str]) -> None:
        super().__init__(0, 2)
        self.setAccessibleName(name)
        self.setHorizontalHeaderLabels(list(headers))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

    def append_pair(self, first: str, second: str) -> None:
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, 0, QTableWidgetItem(first))
        self.setItem(row, 1, QTableWidgetItem(second))

    def set_pairs(self, pairs: list[tuple[str, str]]) -> None:
        """Replace every row, without an ``itemChanged`` per cell."""
        self.blockSignals(True)
        self.setRowCount(0)
        for first, second in pairs:
            self.append_pair(first, second)
        self.blockSignals(False)

    def pairs(self) -> list[tuple[str, str]]:
        """Every row's texts, trimmed; rows with both cells blank left out."""
        rows = []
        for row in range(self.rowCount()):
            first, second = (self._cell(row, column) for column in (0, 1))
            if first or second:
                rows.append((first, second))
        return rows

    def edit_new_row(self) -> None:
        """Add an empty row and start typing in its first cell."""
        self.append_pair("", "")
        row = self.rowCount() - 1
        self.setCurrentCell(row, 0)
        self.editItem(self.item(row, 0))

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.selectedIndexes()}, reverse=True):
            self.removeRow(row)

    def _cell(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""


class CellTable(PairTable):
    """A pair table that Tab leaves: Tab and Shift+Tab go to the next or previous control, from a cell
    being edited too; Ctrl+Tab and Ctrl+Shift+Tab, like the arrow keys, move between cells."""

    def __init__(self, name: str, headers: tuple[str, str]) -> None:
        super().__init__(name, headers)
        self.setTabKeyNavigation(False)
        self.setItemDelegate(_CellDelegate(self))

    def leave(self, forward: bool) -> None:
        """Give the focus to the control after (or before) the table."""
        self.focusNextPrevChild(forward)

    def move_between_cells(self, forward: bool) -> None:
        action = QAbstractItemView.CursorAction.MoveNext if forward else QAbstractItemView.CursorAction.MovePrevious
        index = self.moveCursor(action, Qt.KeyboardModifier.NoModifier)
        if index.isValid():
            self.setCurrentIndex(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        step = _tab_step(event)
        if step is not None and step[0]:
            self.move_between_cells(step[1])
            event.accept()
            return
        super().keyPressEvent(event)


class _CellDelegate(QStyledItemDelegate):
    """Ends an edit on Tab and leaves the table, where the default editor would open the next cell."""

    def __init__(self, table: CellTable) -> None:
        super().__init__(table)
        self._table = table

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        step = _tab_step(event) if isinstance(event, QKeyEvent) else None
        if step is None or not isinstance(editor, QWidget):
            return super().eventFilter(editor, event)
        between_cells, forward = step
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if between_cells:
            self._table.move_between_cells(forward)
        else:
            self._table.leave(forward)
        return True


def _tab_step(event: QKeyEvent) -> tuple[bool, bool] | None:
    """(between cells, forward) for a Tab key press, Ctrl+Tab moving between cells; None for other events."""
    if event.type() != QEvent.Type.KeyPress or event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        return None
    modifiers = event.modifiers()
    forward = event.key() == Qt.Key.Key_Tab and not modifiers & Qt.KeyboardModifier.ShiftModifier
    return bool(modifiers & Qt.KeyboardModifier.ControlModifier), forward
