"""The matrix of a task run: a summary per (model, variant) column, the rows × columns cells with a short
output and a ✓/✗ mark, the two filters, a cell's detail, and the exports."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QTableWidget, QTableWidgetItem, QTextBrowser, QWidget

from app.core.tasks.custom.matrix import ColumnSummary, MatrixResult
from app.core.tasks.custom.spec import Cell, Column
from app.ui.i18n import core_text, integer, money, number, percent, translate
from app.ui.panels.tasks.task_try import checks_html, parsed_text
from app.ui.panels.tasks.task_words import variant_name
from app.ui.widgets.buttons import action_button
from app.ui.widgets.layouts import STRETCH, hbox, splitter, vbox

#: Characters of an output a matrix cell shows (the detail has it whole).
SHORT_OUTPUT = 60
#: Pixels of width for the row's first value and for each (model, variant) column.
VALUE_WIDTH = 160
CELL_WIDTH = 210
_PASS = QColor("#1a7f37")
_FAIL = QColor("#a40000")


def column_title(column: Column) -> str:
    return column.model if column.variant == "default" else f"{column.model}\n{column.variant}"


def _percent(value: float | None) -> str:
    return "—" if value is None else percent(value, 0)


def _number(value: float | None, unit: str, digits: int = 2) -> str:
    return "—" if value is None else f"{number(value, digits)}{unit}"


def _usd(value: float | None) -> str:
    return "—" if value is None else money(value)


def summary_rows(summaries: list[ColumnSummary]) -> list[tuple[str, list[str]]]:
    """The summary table's rows: a figure's name and its value per column."""
    checks = list(dict.fromkeys(name for s in summaries for name in s.check_rates))
    rows = [
        (translate("MatrixView", "Pass rate"), [f"{_percent(s.pass_rate)} ({s.passed}/{s.rows})" for s in summaries]),
        *(
            (
                translate("MatrixView", "Check: {name}").format(name=name),
                [_percent(s.check_rates.get(name)) for s in summaries],
            )
            for name in checks
        ),
        (translate("MatrixView", "Errors"), [integer(s.errors) for s in summaries]),
        (
            translate("MatrixView", "Tokens in / out"),
            [f"{integer(s.tokens_in)} / {integer(s.tokens_out)}" for s in summaries],
        ),
        (translate("MatrixView", "Time to first token"), [_number(s.mean_ttft_s, " s") for s in summaries]),
        (translate("MatrixView", "Rows/s"), [_number(s.rows_per_s, "") for s in summaries]),
        (translate("MatrixView", "Cost"), [_usd(s.cost_usd) for s in summaries]),
        (translate("MatrixView", "Cost per 1,000 rows"), [_usd(s.cost_per_1k_rows) for s in summaries]),
        (translate("MatrixView", "Judge cost (apart)"), [_usd(s.judge_cost_usd) for s in summaries]),
        (translate("MatrixView", "From the cache"), [integer(s.cached) for s in summaries]),
    ]
    if any(s.error for s in summaries):
        rows.append((translate("MatrixView", "Stopped"), [core_text(s.error) if s.error else "" for s in summaries]))
    return rows


def short_output(cell: Cell) -> str:
    """The cell's mark (✓ or ✗, colour not the only cue) and the start of its answer (or its error)."""
    mark = "✓" if cell.passed else "✗"
    text = core_text(cell.error) if cell.error else (cell.label or " ".join(cell.text.split()))
    return f"{mark} {text[:SHORT_OUTPUT]}{'…' if len(text) > SHORT_OUTPUT else ''}"


def cell_detail_html(values: dict[str, object], cell: Cell) -> str:
    """Everything about one cell: the checks, the rendered prompt, the raw output and the parsed JSON."""
    parsed = parsed_text(cell)
    inputs = "".join(f"<li><b>{escape(k)}</b>: {escape(str(v)[:200])}</li>" for k, v in values.items())
    title = f"{escape(cell.model)} · {escape(variant_name(cell.variant))}"
    if cell.cached:
        title = translate("MatrixView", "{cell} (from the cache)").format(cell=title)
    row, prompt = translate("MatrixView", "Row"), translate("MatrixView", "Prompt")
    raw, parsed_title = translate("MatrixView", "Raw output"), translate("MatrixView", "Parsed")
    parts = [
        f"<h3>{title}</h3>",
        f"<p>{checks_html(cell)}</p>",
        f"<h4>{escape(row)}</h4><ul>{inputs}</ul>",
        f"<h4>{escape(prompt)}</h4><pre>{escape(cell.prompt)}</pre>",
        f"<h4>{escape(raw)}</h4><pre>{escape(cell.text)}</pre>",
    ]
    if parsed:
        parts.append(f"<h4>{escape(parsed_title)}</h4><pre>{escape(parsed)}</pre>")
    return "".join(parts)


class MatrixView(QWidget):
    """A run's matrix, filled as cells finish (``add_cell``) or all at once (``show_result``).

    Signals:
        export_requested(str): a format's file suffix (".csv", ".jsonl", ".html") whose Export was clicked.
    """

    export_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result: MatrixResult | None = None
        self.summary = QTableWidget()
        self.summary.setAccessibleName(self.tr("Column summary"))
        self.summary.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.failures_only = QCheckBox(self.tr("Failures only"))
        self.failures_only.setAccessibleName(self.tr("Failures only"))
        self.disagree_only = QCheckBox(self.tr("Models disagree"))
        self.disagree_only.setAccessibleName(self.tr("Models disagree"))
        self.matrix = QTableWidget()
        self.matrix.setAccessibleName(self.tr("Task matrix"))
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.setWordWrap(False)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Cell detail"))
        self.detail.setPlaceholderText(self.tr("Click a cell to see its prompt, output and checks."))
        self._exports = [
            action_button(
                self.tr("Export {format}").format(format=name),
                self.tr("Export {format}").format(format=name),
                self.tr("Save the run as a {format} file").format(format=name),
            )
            for name in ("CSV", "JSONL", "HTML")
        ]
        for button, suffix in zip(self._exports, (".csv", ".jsonl", ".html"), strict=True):
            button.clicked.connect(lambda _=False, s=suffix: self.export_requested.emit(s))
        top = splitter(Qt.Orientation.Horizontal, (self.matrix, 3), (self.detail, 2))
        vbox(
            (splitter(Qt.Orientation.Vertical, (self.summary, 2), (top, 3), sizes=[240, 360]), 1),
            hbox(self.failures_only, self.disagree_only, STRETCH, *self._exports, spacing=8),
            margins=(0, 10, 0, 0), spacing=8, parent=self,
        )  # fmt: skip
        self.failures_only.toggled.connect(self._on_filter_toggled)
        self.disagree_only.toggled.connect(self._on_filter_toggled)
        self.matrix.currentCellChanged.connect(self._on_matrix_current_cell_changed)
        self._set_exports_enabled(False)

    # -- public API ---------------------------------------------------------------

    @property
    def result(self) -> MatrixResult | None:
        return self._result

    def show_result(self, result: MatrixResult) -> None:
        """Show ``result`` whole: its summary and every row's cells."""
        self._result = result
        variables = list(dict.fromkeys(k for row in result.rows for k in row.values))
        shown = variables[:1]
        self.matrix.clear()
        self.matrix.setRowCount(len(result.rows))
        self.matrix.setColumnCount(len(shown) + len(result.columns))
        self.matrix.setHorizontalHeaderLabels([*shown, *(column_title(c) for c in result.columns)])
        self.matrix.setVerticalHeaderLabels([str(row.index + 1) for row in result.rows])
        for r, row in enumerate(result.rows):
            for c, name in enumerate(shown):
                text = " ".join(str(row.values.get(name, "")).split())
                self.matrix.setItem(r, c, QTableWidgetItem(text[:SHORT_OUTPUT]))
            for index, column in enumerate(result.columns):
                cell = row.cells.get(column)
                if cell is not None:
                    self._put_cell(r, len(shown) + index, cell)
        for column in range(self.matrix.columnCount()):
            self.matrix.setColumnWidth(column, VALUE_WIDTH if column < len(shown) else CELL_WIDTH)
        self._show_summary()
        self._apply_filters()
        self._set_exports_enabled(result.done > 0)

    def add_cell(self, index: int, column: Column, cell: Cell) -> None:
        """One cell finished (the result's row already holds it): show it and the summary's new figures."""
        if self._result is None or column not in self._result.columns:
            return
        offset = self.matrix.columnCount() - len(self._result.columns)
        self._result.rows[index].cells[column] = cell
        self._put_cell(index, offset + self._result.columns.index(column), cell)
        self._show_summary()
        self._set_exports_enabled(True)

    def select_cell(self, row: int, column: Column) -> None:
        assert self._result is not None
        offset = self.matrix.columnCount() - len(self._result.columns)
        self.matrix.setCurrentCell(row, offset + self._result.columns.index(column))

    # -- slots ----------------------------------------------------------------------

    @Slot(bool)
    def _on_filter_toggled(self, _checked: bool) -> None:
        self._apply_filters()

    @Slot(int, int, int, int)
    def _on_matrix_current_cell_changed(self, row: int, column: int, _old_row: int, _old_column: int) -> None:
        if self._result is None or row < 0:
            return
        index = column - (self.matrix.columnCount() - len(self._result.columns))
        matrix_row = self._result.rows[row]
        cell = matrix_row.cells.get(self._result.columns[index]) if index >= 0 else None
        if cell is None:
            self.detail.setPlainText("" if index < 0 else self.tr("This cell has not run yet."))
            return
        self.detail.setHtml(cell_detail_html(dict(matrix_row.values), cell))

    # -- helpers ----------------------------------------------------------------------

    def _put_cell(self, row: int, column: int, cell: Cell) -> None:
        item = QTableWidgetItem(short_output(cell))
        item.setForeground(_PASS if cell.passed else _FAIL)
        item.setToolTip(
            self.tr("Passed: click to see the detail") if cell.passed else self.tr("Failed: click to see the detail")
        )
        self.matrix.setItem(row, column, item)

    def _show_summary(self) -> None:
        assert self._result is not None
        summaries = self._result.summaries()
        rows = summary_rows(summaries)
        self.summary.clear()
        self.summary.setColumnCount(len(summaries))
        self.summary.setRowCount(len(rows))
        self.summary.setHorizontalHeaderLabels([column_title(s.column) for s in summaries])
        self.summary.setVerticalHeaderLabels([name for name, _ in rows])
        for r, (_, values) in enumerate(rows):
            for c, value in enumerate(values):
                self.summary.setItem(r, c, QTableWidgetItem(value))
        self.summary.resizeColumnsToContents()
        self.summary.resizeRowsToContents()

    def _apply_filters(self) -> None:
        if self._result is None:
            return
        keep = {row.index for row in self._result.rows}
        if self.failures_only.isChecked():
            keep &= {row.index for row in self._result.failures()}
        if self.disagree_only.isChecked():
            keep &= {row.index for row in self._result.disagreements()}
        for r, row in enumerate(self._result.rows):
            self.matrix.setRowHidden(r, row.index not in keep)

    def _set_exports_enabled(self, enabled: bool) -> None:
        for button in self._exports:
            button.setEnabled(enabled)
