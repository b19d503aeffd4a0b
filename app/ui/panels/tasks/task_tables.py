"""The task editor's two tables: the prompt variants (a name and a template each) and the checks (one row per
check, a column per field), each read back into the task's values."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.core.tasks.custom.files import TaskFileError
from app.core.tasks.custom.spec import CHECK_KINDS, CheckKind, CheckSpec, Variant

ModelIndex = QModelIndex | QPersistentModelIndex
#: The checks table's columns: header → the ``CheckSpec`` field it edits.
CHECK_COLUMNS = {
    "Name": "name", "Kind": "kind", "Value": "value", "Path": "path", "Tolerance": "tolerance",
    "Min length": "min_length", "Max length": "max_length", "Threshold": "threshold", "Model": "model",
}  # fmt: skip
_FIELDS = list(CHECK_COLUMNS.values())


class _TemplateDelegate(QStyledItemDelegate):
    """Edits a template in a multi-line box: a template's line breaks are part of it."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, _index: ModelIndex) -> QWidget:  # noqa: N802
        editor = QPlainTextEdit(parent)
        editor.setMinimumHeight(90)
        return editor

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:  # noqa: N802 (Qt override)
        cast("QPlainTextEdit", editor).setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:  # noqa: N802
        model.setData(index, cast("QPlainTextEdit", editor).toPlainText(), Qt.ItemDataRole.EditRole)


class _KindDelegate(QStyledItemDelegate):
    """Picks a check's kind from the list of kinds."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, _index: ModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.addItems(CHECK_KINDS)
        return combo

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:  # noqa: N802 (Qt override)
        combo = cast("QComboBox", editor)
        combo.setCurrentIndex(max(0, combo.findText(str(index.data(Qt.ItemDataRole.EditRole) or ""))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:  # noqa: N802
        model.setData(index, cast("QComboBox", editor).currentText(), Qt.ItemDataRole.EditRole)


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setMinimumHeight(96)
    return table


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def _put(table: QTableWidget, row: int, column: int, value: str) -> None:
    table.setItem(row, column, QTableWidgetItem(value))


class VariantTable(QTableWidget):
    """The task's other wordings, compared with its own template ("default") in a run."""

    def __init__(self) -> None:
        super().__init__(0, 2)
        self.setAccessibleName("Prompt variants")
        self.setHorizontalHeaderLabels(["Variant", "Template"])
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setMinimumHeight(80)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setItemDelegateForColumn(1, _TemplateDelegate(self))

    def set_variants(self, variants: tuple[Variant, ...]) -> None:
        self.setRowCount(0)
        for variant in variants:
            self.add(variant.name, variant.template)

    def add(self, name: str, template: str) -> None:
        row = self.rowCount()
        self.insertRow(row)
        _put(self, row, 0, name)
        _put(self, row, 1, template)

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.selectedIndexes()}, reverse=True):
            self.removeRow(row)

    def variants(self) -> tuple[Variant, ...]:
        return tuple(Variant(_text(self, row, 0).strip(), _text(self, row, 1)) for row in range(self.rowCount()))


class CheckTable(QTableWidget):
    """The task's checks, one per row; numbers are read when the task is saved, a wrong one named by its field."""

    def __init__(self) -> None:
        super().__init__(0, len(CHECK_COLUMNS))
        self.setAccessibleName("Checks")
        self.setHorizontalHeaderLabels(list(CHECK_COLUMNS))
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setMinimumHeight(110)
        self.horizontalHeader().setSectionResizeMode(_FIELDS.index("value"), QHeaderView.ResizeMode.Stretch)
        self.setItemDelegateForColumn(_FIELDS.index("kind"), _KindDelegate(self))

    def set_checks(self, checks: tuple[CheckSpec, ...]) -> None:
        self.setRowCount(0)
        for check in checks:
            self.add(check)

    def add(self, check: CheckSpec) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for column, field in enumerate(_FIELDS):
            value = getattr(check, field)
            _put(self, row, column, "" if value is None else str(value))

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.selectedIndexes()}, reverse=True):
            self.removeRow(row)

    def checks(self) -> tuple[CheckSpec, ...]:
        """The checks as edited; ``TaskFileError`` naming the field (``checks[1].tolerance``) of a wrong number."""
        out = []
        for row in range(self.rowCount()):
            cell = {field: _text(self, row, column).strip() for column, field in enumerate(_FIELDS)}
            out.append(
                CheckSpec(
                    name=cell["name"], kind=cast("CheckKind", cell["kind"]), value=_text(self, row, 2),
                    path=cell["path"], tolerance=_number(cell, row, "tolerance", 0.0),
                    min_length=_whole(cell, row, "min_length"), max_length=_whole(cell, row, "max_length"),
                    threshold=_number(cell, row, "threshold", 0.8), model=cell["model"],
                )
            )  # fmt: skip
        return tuple(out)


def _number(cell: dict[str, str], row: int, field: str, default: float) -> float:
    text = cell[field]
    try:
        return float(text) if text else default
    except ValueError:
        raise TaskFileError(
            f"This task: checks[{row}].{field}: {text!r} is not a number.", "Type a number such as 0.5."
        ) from None


def _whole(cell: dict[str, str], row: int, field: str) -> int | None:
    text = cell[field]
    try:
        return int(text) if text else None
    except ValueError:
        raise TaskFileError(
            f"This task: checks[{row}].{field}: {text!r} is not a whole number.",
            "Type a whole number, or leave it empty.",
        ) from None
