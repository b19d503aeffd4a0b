"""A finished adaptation run: the verdict in words, the learning curve, the table of figures and one cell's detail."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.core.adaptation.records import AdaptationResult, CellResult, CurvePoint
from app.ui.i18n import core_text, integer, number, translate
from app.ui.panels.adaptation.learning_curve_chart import LearningCurveChart
from app.ui.panels.adaptation.names import cost_text, method_label, rate_text
from app.ui.widgets.bar_chart import Bar, BarChart
from app.ui.widgets.confusion_heatmap import ConfusionHeatmap
from app.ui.widgets.layouts import NO_MARGINS, hbox, vbox

#: Rows the table shows before it scrolls.
TABLE_ROWS = 14
HEADERS = (
    QT_TRANSLATE_NOOP("ResultsView", "Method"),
    QT_TRANSLATE_NOOP("ResultsView", "Training rows"),
    QT_TRANSLATE_NOOP("ResultsView", "Macro-F1"),
    QT_TRANSLATE_NOOP("ResultsView", "Accuracy"),
    QT_TRANSLATE_NOOP("ResultsView", "Rows/s"),
    QT_TRANSLATE_NOOP("ResultsView", "Cost / 1,000 rows"),
    #: The seconds a method took to set up (embedding, training) before scoring rows.
    QT_TRANSLATE_NOOP("ResultsView", "Setup s"),
)


def _item(text: str, number: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def point_row(point: CurvePoint) -> tuple[str, ...]:
    """A curve point as the table writes it (macro-F1 with its spread over the seeds)."""
    spread = f" ± {number(point.macro_f1_std, 2)}" if point.seeds > 1 else ""
    return (
        method_label(point.method),
        #: Training rows of a method that uses none (zero-shot).
        translate("ResultsView", "none") if point.method.startswith("zero-shot") else integer(point.size),
        f"{number(point.macro_f1, 2)}{spread}",
        number(point.accuracy, 2),
        rate_text(point.rows_per_s),
        cost_text(point.cost_per_1k_rows),
        number(point.setup_s, 1),
    )


def table_points(points: Sequence[CurvePoint]) -> tuple[CurvePoint, ...]:
    """The points the table lists: every point, but a zero-shot curve's last only (it used no training rows, so a run
    reports the same cell at every size)."""
    last = {p.method: p for p in points if p.method.startswith("zero-shot")}
    return tuple(p for p in points if not p.method.startswith("zero-shot") or last[p.method] is p)


class ResultsView(QWidget):
    """Shows an ``AdaptationResult``: the verdict above the curve, a row per method and size below it.

    Selecting a row shows that cell's per-label F1 and confusion matrix (its first seed: the figures of one
    scored run, not an average of matrices).

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result: AdaptationResult | None = None
        #: The table's rows: the curve's points, zero-shot's once (it is the same at every size).
        self._points: tuple[CurvePoint, ...] = ()
        self.verdict = QLabel()
        self.verdict.setAccessibleName(self.tr("Verdict"))
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.verdict.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(QFont.Weight.DemiBold)
        self.verdict.setFont(font)
        self.notes = QLabel()
        self.notes.setObjectName("secondaryText")
        self.notes.setAccessibleName(self.tr("Run notes"))
        self.notes.setWordWrap(True)
        self.chart = LearningCurveChart()
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setAccessibleName(self.tr("Adaptation results"))
        self.table.setHorizontalHeaderLabels([translate("ResultsView", header) for header in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.cell_title = QLabel()
        self.cell_title.setAccessibleName(self.tr("Selected cell"))
        self.cell_title.setObjectName("secondaryText")
        self.per_label = BarChart(self.tr("F1 per label"))
        self.confusion = ConfusionHeatmap()
        self.confusion.setMinimumHeight(160)
        self.confusion.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        vbox(
            self.verdict,
            self.notes,
            (self.chart, 3),
            self.table,
            self.cell_title,
            hbox((self.per_label, 1), (self.confusion, 1), spacing=16, margins=NO_MARGINS),
            parent=self,
            margins=NO_MARGINS,
            spacing=8,
        )
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.clear()

    # -- public API ---------------------------------------------------------------

    @property
    def result(self) -> AdaptationResult | None:
        return self._result

    def clear(self) -> None:
        self._result = None
        self._points = ()
        self.verdict.setText("")
        self.verdict.hide()
        self.notes.hide()
        self.chart.clear()
        self.table.setRowCount(0)
        self._fit_table()
        self._show_cell(None)

    def show_result(self, result: AdaptationResult) -> None:
        self._result = result
        self.verdict.setText(core_text(result.verdict))
        self.verdict.setVisible(bool(result.verdict))
        #: The run's figures: how many rows trained and tested the methods, and the labels found.
        summary = self.tr("{train} training rows, {test} test rows, labels: {labels}.").format(
            train=integer(result.n_train), test=integer(result.n_test), labels=", ".join(result.labels)
        )
        notes = [summary, *(core_text(note) for note in result.notes)]
        self.notes.setText(" ".join(notes))
        self.notes.show()
        self.chart.set_points(result.points, result.sizes)
        self._points = table_points(result.points)
        self.table.setRowCount(len(self._points))
        for row, point in enumerate(self._points):
            for column, text in enumerate(point_row(point)):
                self.table.setItem(row, column, _item(text, number=column > 0))
        self._fit_table()
        if self._points:
            # Not selectRow: right to left, before the table is laid out, it finds no column and selects nothing.
            self.table.setCurrentCell(0, 0)
        else:
            self._show_cell(None)

    def cell_for(self, point: CurvePoint) -> CellResult | None:
        """The scored cell behind ``point``: its method and size, lowest seed."""
        if self._result is None:
            return None
        cells = [c for c in self._result.cells if c.method == point.method and c.size == point.size]
        if not cells and point.method.startswith("zero-shot"):
            cells = [c for c in self._result.cells if c.method == point.method]
        return min(cells, key=lambda c: c.seed, default=None)

    @property
    def selected_cell(self) -> CellResult | None:
        rows = self.table.selectionModel().selectedRows()
        if self._result is None or not rows:
            return None
        return self.cell_for(self._points[rows[0].row()])

    # -- slots ----------------------------------------------------------------------

    @Slot()
    def _on_table_item_selection_changed(self) -> None:
        self._show_cell(self.selected_cell)

    # -- helpers ------------------------------------------------------------------------

    def _fit_table(self) -> None:
        """As tall as its rows (up to ``TABLE_ROWS``): the page scrolls, not a table within it."""
        rows = sum(self.table.rowHeight(r) for r in range(min(self.table.rowCount(), TABLE_ROWS)))
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(max(120, header + rows + 2 * self.table.frameWidth() + 2))

    def _show_cell(self, cell: CellResult | None) -> None:
        if cell is None:
            self.cell_title.setText(self.tr("Select a row to see its F1 per label and its confusion matrix."))
            self.per_label.clear()
            self.confusion.clear()
            return
        if cell.kind == "zero-shot":
            size = self.tr("no training rows")
        else:
            #: A seed: which random draw of the training rows this cell used.
            size = self.tr("%n training row(s), seed {seed}", None, cell.size).format(seed=cell.seed)
        #: The selected cell: its method, its training rows, then how many rows scored it.
        title = self.tr("{method}, {size}, %n test row(s)", None, cell.n_test).format(
            method=method_label(cell.method), size=size
        )
        if cell.failed:
            failed = self.tr("%n row(s) failed: {error}", None, cell.failed).format(error=core_text(cell.error))
            title = f"{title} · {failed}"
        self.cell_title.setText(title)
        best = max(cell.per_label_f1.values(), default=0.0)
        self.per_label.set_title(self.tr("F1 per label"), self.tr("higher is better"))
        self.per_label.set_bars([Bar(label, f1, number(f1, 2), f1 == best) for label, f1 in cell.per_label_f1.items()])
        self.confusion.set_matrix(cell.classes, cell.classes, cell.confusion)
