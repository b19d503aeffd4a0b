"""The files of one collection with their status, pages, passages and what went wrong, sortable and filterable."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from app.core.documents.indexer import FileOutcome
from app.core.documents.store import FileRecord
from app.ui.i18n import core_text, integer, translate
from app.ui.widgets.layouts import hbox, vbox

COLUMNS = (
    QT_TRANSLATE_NOOP("FileTable", "File"),
    QT_TRANSLATE_NOOP("FileTable", "Status"),
    QT_TRANSLATE_NOOP("FileTable", "Pages"),
    QT_TRANSLATE_NOOP("FileTable", "Passages"),
    QT_TRANSLATE_NOOP("FileTable", "Reason or notes"),
)
# What each stored status reads as (shown as ``status_text(status)``); "extracted" files are searchable
# by keyword until their vectors come.
STATUS_TEXT = {
    #: A file's status in the documents table.
    "indexed": QT_TRANSLATE_NOOP("FileTable", "indexed"),
    "extracted": QT_TRANSLATE_NOOP("FileTable", "extracted (keyword only)"),
    "skipped": QT_TRANSLATE_NOOP("FileTable", "skipped"),
    "failed": QT_TRANSLATE_NOOP("FileTable", "failed"),
    "pending": QT_TRANSLATE_NOOP("FileTable", "pending"),
}
PROBLEMS = ("skipped", "failed")


def status_text(status: str) -> str:
    """A file's stored status ("indexed", "skipped"...) in the window's language; an unknown one as it is."""
    return translate("FileTable", STATUS_TEXT[status]) if status in STATUS_TEXT else status


class _NumberItem(QTableWidgetItem):
    """Sorts by its number, not its text ("10" after "9"); 0 is left blank when ``blank_zero`` (a file
    without pages: a CSV, an e-mail, plain text without page breaks)."""

    def __init__(self, value: int, blank_zero: bool = False) -> None:
        super().__init__("" if blank_zero and value == 0 else integer(value))
        self.value = value
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.value < other.value if isinstance(other, _NumberItem) else super().__lt__(other)


class FileTable(QWidget):
    """One row per file: its name (the path under the collection's folder, the whole path as a tooltip),
    status, pages, passages and reason or notes ("page 4: needs OCR"); "Problems only" hides the rest.

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._roots: tuple[str, ...] = ()
        # Path → the row's first item (rows move when sorted; the item knows its row).
        self._rows: dict[str, QTableWidgetItem] = {}
        # Paths of files skipped, failed or with notes: counted without walking every row per outcome.
        self._problems: set[str] = set()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Files"))
        self.table.setHorizontalHeaderLabels([translate("FileTable", column) for column in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        # Widths from the font, not ResizeToContents: that measures every row on each change, per file indexed.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        passages = metrics.horizontalAdvance(translate("FileTable", COLUMNS[3]))
        widths = (260, metrics.horizontalAdvance(status_text("extracted")), passages, passages)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width + 24)
        self.problems_only = QCheckBox(self.tr("Problems only"))
        self.problems_only.setAccessibleName(self.tr("Problems only"))
        self.problems_only.setToolTip(self.tr("Show only files that were skipped, failed or have notes"))
        self.problems_only.toggled.connect(self._on_problems_only_toggled)
        self.counts = QLabel()
        self.counts.setAccessibleName(self.tr("File counts"))
        vbox(hbox((self.counts, 1), self.problems_only), self.table, parent=self, margins=(0, 0, 0, 0))

    def set_files(self, roots: Sequence[str], files: Sequence[FileRecord]) -> None:
        """Shows these files, replacing what was shown."""
        self._roots = tuple(roots)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(0)
        self._rows.clear()
        self._problems.clear()
        for record in files:
            self._put(record.path, record.status, record.pages, record.passages, _reason(record.reason, record.notes))
        self.table.setSortingEnabled(True)
        self._show_counts()

    def show_outcomes(self, outcomes: Sequence[FileOutcome]) -> None:
        """Files' outcomes from a running index: each file's row updated, added or removed (the counts once)."""
        for outcome in outcomes:
            if outcome.status == "unchanged":
                continue
            if outcome.status == "removed":
                item = self._rows.pop(outcome.path, None)
                self._problems.discard(outcome.path)
                if item is not None:
                    self.table.removeRow(item.row())
            else:
                # Sorting stays on: turning it back on would sort every row again, per file.
                self._put(outcome.path, outcome.status, outcome.pages, outcome.passages,
                          _reason(outcome.reason, outcome.notes))  # fmt: skip
        self._show_counts()

    def mark_indexed(self, path: str) -> None:
        """The file's vectors are all stored: only its status changes."""
        item = self._rows.get(path)
        if item is not None:
            status_item = QTableWidgetItem(status_text("indexed"))
            status_item.setData(Qt.ItemDataRole.UserRole, "indexed")
            self.table.setItem(item.row(), 1, status_item)

    def _put(self, path: str, status: str, pages: int, passages: int, reason: str) -> None:
        item = self._rows.get(path)
        if item is None:
            row = self.table.rowCount()
            self.table.insertRow(row)
            item = QTableWidgetItem(self._name(path))
            item.setToolTip(path)
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.table.setItem(row, 0, item)
            self._rows[path] = item
        status_item = QTableWidgetItem(status_text(status))
        status_item.setData(Qt.ItemDataRole.UserRole, status)
        reason_item = QTableWidgetItem(reason)
        reason_item.setToolTip(reason)
        # The row is asked for each time: with sorting on, setting the sorted column moves it.
        for column, cell in enumerate(
            (status_item, _NumberItem(pages, blank_zero=True), _NumberItem(passages), reason_item), start=1
        ):
            self.table.setItem(item.row(), column, cell)
        row = item.row()
        if status in PROBLEMS or reason:
            self._problems.add(path)
        else:
            self._problems.discard(path)
        self.table.setRowHidden(row, self.problems_only.isChecked() and path not in self._problems)

    def _name(self, path: str) -> str:
        for root in self._roots:
            # With several folders, each file keeps its folder's name in front, so like names stay apart.
            base = PurePath(root).parent if len(self._roots) > 1 else PurePath(root)
            if PurePath(path).is_relative_to(root) and PurePath(path) != PurePath(root):
                return str(PurePath(path).relative_to(base))
        return PurePath(path).name

    def _show_counts(self) -> None:
        self.counts.setText(
            self.tr("%n file(s), {problems} with problems or notes", None, self.table.rowCount()).format(
                problems=integer(len(self._problems))
            )
        )

    @Slot(bool)
    def _on_problems_only_toggled(self, checked: bool) -> None:
        for path, item in self._rows.items():
            self.table.setRowHidden(item.row(), checked and path not in self._problems)


def _reason(reason: str, notes: Sequence[str]) -> str:
    return "; ".join(core_text(part) for part in ([reason, *notes] if reason else notes))
