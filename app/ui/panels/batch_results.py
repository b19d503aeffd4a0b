"""The rows of a batch run as a table model: the file's text beside what the model made of it."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Literal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from app.core.adaptation.labelling import LabelDrafts, uncertainty
from app.core.errors import UserFacingError
from app.core.tasks.batch import RowResult
from app.core.tasks.tables import Table, row_number
from app.ui.i18n import core_text, number, percent, translate

Kind = Literal["classify", "translate"]
_Index = QModelIndex | QPersistentModelIndex
_PREVIEW_CHARS = 240
#: Sort keys live here so numbers sort as numbers.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Columns most rows leave empty: the view hides them until a row has something to say there.
SPARSE_COLUMNS = ("Note", "Warnings", "Error", "Uncertainty")
#: The columns' titles as shown, keyed by the English names the code finds columns by.
HEADER_TITLES = {
    "Row": QT_TRANSLATE_NOOP("BatchResultsModel", "Row"),
    "Text": QT_TRANSLATE_NOOP("BatchResultsModel", "Text"),
    "Gold": QT_TRANSLATE_NOOP("BatchResultsModel", "Gold"),
    "Label": QT_TRANSLATE_NOOP("BatchResultsModel", "Label"),
    "Confidence": QT_TRANSLATE_NOOP("BatchResultsModel", "Confidence"),
    "Uncertainty": QT_TRANSLATE_NOOP("BatchResultsModel", "Uncertainty"),
    "Latency": QT_TRANSLATE_NOOP("BatchResultsModel", "Latency"),
    "Note": QT_TRANSLATE_NOOP("BatchResultsModel", "Note"),
    "Translation": QT_TRANSLATE_NOOP("BatchResultsModel", "Translation"),
    "Warnings": QT_TRANSLATE_NOOP("BatchResultsModel", "Warnings"),
    "Error": QT_TRANSLATE_NOOP("BatchResultsModel", "Error"),
}


def _one_line(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _PREVIEW_CHARS else flat[: _PREVIEW_CHARS - 1] + "…"


class BatchResultsModel(QAbstractTableModel):
    """One row per data row of the file; the result columns fill in as rows finish.

    Columns for classification: row, text, gold (with a gold column), label,
    confidence, latency, note. For translation: row, text, translation,
    warnings, latency, error. Rows the model got wrong (predicted label not
    the gold one) are drawn in red. Uncertainty (``labelling.uncertainty``)
    shows once a row has probabilities, when ``uncertainty_shown``. With ``set_drafts`` the Gold cells
    are editable: a label typed there goes to the drafts at once and is
    shown in italics, over the file's own.

    Signals:
        draft_changed(int): a row's label was typed (its source row).
        draft_failed(str, str): the label could not be saved (title, message).
    """

    draft_changed = Signal(int)
    draft_failed = Signal(str, str)

    def __init__(self, kind: Kind, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._kind: Kind = kind
        self._table: Table | None = None
        self._text_column = ""
        self._gold_column: str | None = None
        self._results: dict[int, RowResult] = {}
        self._wrong: set[int] = set()
        self._headers: list[str] = []
        #: The sparse columns some row has a value in, kept as results arrive (a run may have thousands).
        self._filled: set[str] = set()
        self._drafts: LabelDrafts | None = None
        #: Whether the Uncertainty column is wanted (labelling the most uncertain rows first).
        self.uncertainty_shown = False

    # -- public API ---------------------------------------------------------------

    def set_source(self, table: Table | None, text_column: str, gold_column: str | None) -> None:
        """Show ``table``'s rows with no results yet."""
        self.beginResetModel()
        self._table = table
        self._text_column = text_column
        self._gold_column = gold_column if self._kind == "classify" else None
        self.uncertainty_shown = False
        self._results = {}
        self._wrong = set()
        self._filled = set()
        self._headers = self._make_headers()
        self.endResetModel()

    def set_result(self, result: RowResult) -> None:
        if self._table is None or not 0 <= result.index < len(self._table.rows):
            return
        self._results[result.index] = result
        self._note_filled(result)
        self.dataChanged.emit(self.index(result.index, 0), self.index(result.index, self.columnCount() - 1))

    def set_results(self, results: Iterable[RowResult]) -> None:
        self.beginResetModel()
        self._results = {
            r.index: r for r in results if self._table is not None and 0 <= r.index < len(self._table.rows)
        }
        self._filled = set()
        for result in self._results.values():
            self._note_filled(result)
        self.endResetModel()

    def clear_results(self) -> None:
        self.beginResetModel()
        self._results = {}
        self._wrong = set()
        self._filled = set()
        self.endResetModel()

    def set_wrong(self, rows: Collection[int]) -> None:
        """Rows to mark as wrong (from the metrics)."""
        self._wrong = set(rows)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def set_drafts(self, drafts: LabelDrafts | None) -> None:
        """The labels typed in place (their Gold cells become editable); None: read-only again."""
        self.beginResetModel()
        self._drafts = drafts
        self.endResetModel()

    @property
    def drafts(self) -> LabelDrafts | None:
        return self._drafts

    def label_of(self, row: int) -> str:
        """Row ``row``'s label as the person sees it: their draft, else the file's gold label."""
        draft = self._drafts.get(row) if self._drafts is not None else None
        return draft if draft is not None else self.gold(row)

    def uncertainty(self, row: int) -> float | None:
        result = self._results.get(row)
        return uncertainty(result.probabilities) if result is not None and not result.error else None

    def result(self, row: int) -> RowResult | None:
        return self._results.get(row)

    def gold(self, row: int) -> str:
        if self._table is None or self._gold_column is None:
            return ""
        return self._table.rows[row].get(self._gold_column, "")

    def text(self, row: int) -> str:
        if self._table is None:
            return ""
        return self._table.rows[row].get(self._text_column, "")

    @property
    def done(self) -> int:
        return len(self._results)

    def header_key(self, column: int) -> str:
        """Column ``column``'s English name ("Gold", "Label"...), whatever the window's language."""
        return self._headers[column] if 0 <= column < len(self._headers) else ""

    def column_of(self, key: str) -> int:
        """The column named ``key`` (English, as in ``header_key``); -1 when there is none."""
        return self._headers.index(key) if key in self._headers else -1

    def is_empty_column(self, column: int) -> bool:
        """Whether ``column`` is one of the ``SPARSE_COLUMNS`` and no row has a value in it."""
        header = self._headers[column] if 0 <= column < len(self._headers) else ""
        if header == "Uncertainty" and not self.uncertainty_shown:
            return True  # it serves labelling in place: until then, it would only narrow the text
        return header in SPARSE_COLUMNS and header not in self._filled

    # -- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt override)
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt override)
        return 0 if parent.isValid() else len(self._headers)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._drafts is not None and self._headers[index.column()] == "Gold":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or self._drafts is None or not index.isValid():
            return False
        label = str(value or "").strip()
        try:
            # Typing the file's own label back takes the draft away.
            self._drafts.set(index.row(), "" if label == self.gold(index.row()) else label)
        except UserFacingError as exc:
            self.draft_failed.emit(exc.title, str(exc))
            return False
        self.dataChanged.emit(index, index)
        self.draft_changed.emit(index.row())
        return True

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if not 0 <= section < len(self._headers):
                return None
            return translate("BatchResultsModel", HEADER_TITLES[self._headers[section]])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._table is None:
            return None
        row, header = index.row(), self._headers[index.column()]
        if role == Qt.ItemDataRole.EditRole and header == "Gold":
            return self.label_of(row)
        if role == Qt.ItemDataRole.FontRole and header == "Gold" and self._drafts and self._drafts.get(row) is not None:
            font = QFont()
            font.setItalic(True)
            return font
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            value = self._value(row, header, role)
            if role == Qt.ItemDataRole.DisplayRole and isinstance(value, str):
                return _one_line(value)
            return value
        if role == Qt.ItemDataRole.ForegroundRole and row in self._wrong and header in ("Label", "Gold"):
            return QColor("#c5221f")
        if role == Qt.ItemDataRole.ForegroundRole and header in ("Note", "Error", "Warnings"):
            return QApplication.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.TextAlignmentRole and header in ("Row", "Confidence", "Uncertainty", "Latency"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # -- helpers ---------------------------------------------------------------------------

    def _make_headers(self) -> list[str]:
        if self._table is None:
            return []
        if self._kind == "translate":
            return ["Row", "Text", "Translation", "Warnings", "Latency", "Error"]
        gold = ["Gold"] if self._gold_column else []
        return ["Row", "Text", *gold, "Label", "Confidence", "Uncertainty", "Latency", "Note"]

    def _note_filled(self, result: RowResult) -> None:
        for header in SPARSE_COLUMNS:
            if header not in self._filled and self._sparse_value(result, header):
                self._filled.add(header)

    @staticmethod
    def _sparse_value(result: RowResult, header: str) -> str:
        if header == "Note":
            return core_text(result.error or result.note)
        if header == "Warnings":
            return "; ".join(core_text(warning) for warning in result.warnings)
        if header == "Uncertainty":
            doubt = uncertainty(result.probabilities) if not result.error else None
            return number(doubt, 2) if doubt is not None else ""
        return core_text(result.error)

    def _value(self, row: int, header: str, role: int) -> object:
        assert self._table is not None
        result = self._results.get(row)
        if header == "Row":
            position = row_number(row)
            return position if role == SORT_ROLE else str(position)
        if header == "Text":
            return self.text(row)
        if header == "Gold":
            if role == Qt.ItemDataRole.ToolTipRole and self._drafts and self._drafts.get(row) is not None:
                if self.gold(row):
                    return self.tr("Your label (the file says “{label}”)").format(label=self.gold(row))
                return self.tr("Your label")
            return self.label_of(row)
        if result is None:
            return None if role != SORT_ROLE else ""
        if header == "Label":
            if result.error:
                return self.tr("(failed)")
            return ", ".join(result.labels) if len(result.labels) > 1 else (result.label or self.tr("(abstained)"))
        if header == "Confidence":
            confidence = (result.probabilities or {}).get(result.label or "")
            if role == SORT_ROLE:
                return confidence if confidence is not None else -1.0
            return percent(confidence) if confidence is not None else "—"
        if header == "Uncertainty" and role == SORT_ROLE:
            return self.uncertainty(row) if self.uncertainty(row) is not None else -1.0
        if header == "Latency":
            return result.latency_s if role == SORT_ROLE else f"{number(result.latency_s, 2)} s"
        if header == "Translation":
            return result.translation or ""
        if header == "Warnings" and role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(core_text(warning) for warning in result.warnings)
        if header in SPARSE_COLUMNS:
            return self._sparse_value(result, header)
        return None


class RowFilterProxy(QSortFilterProxyModel):
    """Sorts the results and shows either every row or a chosen set of rows.

    Signals: the model's own.
    """

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: frozenset[int] | None = None
        self.setSortRole(SORT_ROLE)

    def show_rows(self, rows: Collection[int] | None) -> None:
        """Only these source rows; None shows them all."""
        new = frozenset(rows) if rows is not None else None
        if hasattr(self, "beginFilterChange"):
            # Qt 6.10 deprecates invalidateFilter() for this pair.
            self.beginFilterChange()
            self._rows = new
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._rows = new
            self.invalidateFilter()

    @property
    def filtered(self) -> bool:
        return self._rows is not None

    def filterAcceptsRow(self, source_row: int, _source_parent: _Index) -> bool:  # noqa: N802 (Qt override)
        return self._rows is None or source_row in self._rows
