"""The task editor's two tables: the prompt variants (a name and a template each) and the checks (one row per
check, a column per field), each read back into the task's values."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
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
from app.ui.i18n import core_text, translate
from app.ui.panels.tasks.task_words import check_kind_name

ModelIndex = QModelIndex | QPersistentModelIndex
#: The checks table's columns: header → the ``CheckSpec`` field it edits.
CHECK_COLUMNS = {
    QT_TRANSLATE_NOOP("CheckTable", "Name"): "name", QT_TRANSLATE_NOOP("CheckTable", "Kind"): "kind",
    QT_TRANSLATE_NOOP("CheckTable", "Value"): "value", QT_TRANSLATE_NOOP("CheckTable", "Path"): "path",
    QT_TRANSLATE_NOOP("CheckTable", "Tolerance"): "tolerance", QT_TRANSLATE_NOOP("CheckTable", "Min length"): "min_length",
    QT_TRANSLATE_NOOP("CheckTable", "Max length"): "max_length", QT_TRANSLATE_NOOP("CheckTable", "Threshold"): "threshold",
    QT_TRANSLATE_NOOP("CheckTable", "Model"): "model",
}  # fmt: skip
_FIELDS = list(CHECK_COLUMNS.values())
#: Where a check's kind is kept in its cell (the cell shows the kind's name in the window's language).
_KIND = Qt.ItemDataRole.UserRole


class EditorError(TaskFileError):
    """A field that does not read, said in English (the editor finds the field in it) and in the window's language."""

    def __init__(self, message: str, hint: str, shown: str) -> None:
        super().__init__(message, hint)
        self.shown = shown


def error_text(exc: BaseException) -> str:
    """``exc`` as the window shows it: the editor's own errors and core's in the window's language."""
    return exc.shown if isinstance(exc, EditorError) else core_text(exc)


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
        for kind in CHECK_KINDS:
            combo.addItem(check_kind_name(kind), kind)
        return combo

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:  # noqa: N802 (Qt override)
        combo = cast("QComboBox", editor)
        combo.setCurrentIndex(max(0, combo.findData(str(index.data(_KIND) or ""))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:  # noqa: N802
        combo = cast("QComboBox", editor)
        model.setData(index, combo.currentText(), Qt.ItemDataRole.EditRole)
        model.setData(index, combo.currentData(), _KIND)


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def _put(table: QTableWidget, row: int, column: int, value: str) -> None:
    table.setItem(row, column, QTableWidgetItem(value))


class VariantTable(QTableWidget):
    """The task's other wordings, compared with its own template ("default") in a run."""

    def __init__(self) -> None:
        super().__init__(0, 2)
        self.setAccessibleName(self.tr("Prompt variants"))
        self.setHorizontalHeaderLabels([self.tr("Variant"), self.tr("Template")])
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
        self.setAccessibleName(self.tr("Checks"))
        self.setHorizontalHeaderLabels([self.tr(header) for header in CHECK_COLUMNS])
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
        kind = self.item(row, _FIELDS.index("kind"))
        kind.setText(check_kind_name(check.kind))
        kind.setData(_KIND, check.kind)

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.selectedIndexes()}, reverse=True):
            self.removeRow(row)

    def checks(self) -> tuple[CheckSpec, ...]:
        """The checks as edited; ``TaskFileError`` naming the field (``checks[1].tolerance``) of a wrong number."""
        out = []
        for row in range(self.rowCount()):
            cell = {field: _text(self, row, column).strip() for column, field in enumerate(_FIELDS)}
            kind = self.item(row, _FIELDS.index("kind"))
            cell["kind"] = str(kind.data(_KIND) or kind.text()).strip() if kind is not None else ""
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
        raise EditorError(
            f"This task: checks[{row}].{field}: {text!r} is not a number.",
            "Type a number such as 0.5.",
            translate(
                "CheckTable", "This task: checks[{row}].{field}: {value} is not a number. Type a number such as 0.5."
            ).format(row=row, field=field, value=repr(text)),
        ) from None


def _whole(cell: dict[str, str], row: int, field: str) -> int | None:
    text = cell[field]
    try:
        return int(text) if text else None
    except ValueError:
        raise EditorError(
            f"This task: checks[{row}].{field}: {text!r} is not a whole number.",
            "Type a whole number, or leave it empty.",
            translate(
                "CheckTable",
                "This task: checks[{row}].{field}: {value} is not a whole number. Type a whole number, or leave it empty.",
            ).format(row=row, field=field, value=repr(text)),
        ) from None
