"""A batch's rows as they fill in, filtered by the metrics' heat-map, above the metrics of a run with gold labels."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTableView,
    QWidget,
)

from app.core.errors import UserFacingError
from app.core.tasks.batch import BatchProgress, BatchSummary, RowResult
from app.core.tasks.metrics import Metrics
from app.core.tasks.tables import Table
from app.ui.i18n import integer, money, number, translate
from app.ui.panels.active_labelling import ActiveLabelling
from app.ui.panels.batch_metrics import BatchMetricsView
from app.ui.panels.batch_results import BatchResultsModel, Kind, RowFilterProxy
from app.ui.widgets.buttons import action_button
from app.ui.widgets.layouts import NO_MARGINS, STRETCH, boxed, hbox, vbox
from app.workers.call_worker import CallWorker

#: The widest a result column grows to fit its content; Text (and Translation) take the rest.
MAX_COLUMN_WIDTH = {"Gold": 160, "Label": 160, "Note": 200, "Warnings": 200, "Error": 200, "Uncertainty": 90}
DEFAULT_MAX_COLUMN_WIDTH = 120
STRETCHED_COLUMNS = ("Text", "Translation")
ALL_ROWS = QT_TRANSLATE_NOOP("BatchResultsView", "All rows")


def duration(seconds: float) -> str:
    """``0:42``, ``12:05``, ``1:02:03``."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class BatchResultsView(QSplitter):
    """The results table (Show all, Show errors, Export CSV… above it) over the metrics, which show with gold labels.

    Export CSV… copies the run's output file (``set_export_source``) in the background.

    Signals:
        exported(object): the output was copied to this path.
        export_failed(str, str): the copy failed (title, message).
    """

    exported = Signal(object)
    export_failed = Signal(str, str)

    def __init__(self, kind: Kind, parent: QWidget | None = None) -> None:
        # Results above the metrics: the table needs the width for its text column.
        super().__init__(Qt.Orientation.Vertical, parent)
        self._metrics: Metrics | None = None
        self._export_source: Path | None = None
        self._copier: CallWorker | None = None
        self._model = BatchResultsModel(kind, self)
        self._proxy = RowFilterProxy(self)
        self._proxy.setSourceModel(self._model)
        self._table = QTableView()
        self._table.setAccessibleName(self.tr("Batch results"))
        self._table.setModel(self._proxy)
        self._table.setSortingEnabled(True)
        self._table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setWordWrap(False)
        self._table.setAlternatingRowColors(True)
        self._table.verticalHeader().hide()
        self._table.verticalHeader().setDefaultSectionSize(24)
        self._table.horizontalHeader().setHighlightSections(False)
        self._table.horizontalHeader().setStretchLastSection(False)

        self._filter_label = QLabel(translate("BatchResultsView", ALL_ROWS))
        self._filter_label.setAccessibleName(self.tr("Results filter"))
        self._filter_label.setWordWrap(True)
        self._filter_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._show_all_button = action_button(
            self.tr("Show all"), self.tr("Show all rows"), self.tr("Show every row again")
        )
        show_errors = self.tr("Show errors")
        self._show_errors_button = action_button(
            show_errors, show_errors, self.tr("Show only the rows the model got wrong")
        )
        self._export_button = action_button(
            self.tr("Export CSV…"), self.tr("Export CSV"), self.tr("Save a copy of the output CSV")
        )
        self._show_errors_button.setVisible(kind == "classify")
        # Classification results can be labelled in place, most uncertain rows first (``active_labelling``).
        self._labelling = ActiveLabelling(self._model, self._table, self._proxy)
        self._labelling.setVisible(kind == "classify")
        self._labelling.export_button.setVisible(kind == "classify")
        # The filter's words above the buttons: in longer languages the four buttons need the whole width.
        button_row = hbox(
            self._show_all_button,
            self._show_errors_button,
            self._export_button,
            self._labelling.export_button,
            STRETCH,
            spacing=8,
        )

        self.setChildrenCollapsible(False)
        rows = vbox(self._filter_label, button_row, self._labelling, (self._table, 1), margins=NO_MARGINS, spacing=6)
        self.addWidget(boxed(rows))
        self._metrics_box = BatchMetricsView()
        self.addWidget(self._metrics_box)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 0)
        self._metrics_box.hide()

        self._show_all_button.clicked.connect(self._on_show_all_button_clicked)
        self._show_errors_button.clicked.connect(self._on_show_errors_button_clicked)
        self._export_button.clicked.connect(self._on_export_button_clicked)
        self._metrics_box.cell_activated.connect(self._on_metrics_box_cell_activated)
        self._labelling.queue_shown.connect(self._on_labelling_queue_shown)
        self._model.draft_changed.connect(self._on_model_draft_changed)
        self._update_buttons()

    # -- public API ---------------------------------------------------------------

    @property
    def model(self) -> BatchResultsModel:
        return self._model

    @property
    def labelling(self) -> ActiveLabelling:
        return self._labelling

    def set_source(self, table: Table | None, text_column: str, gold_column: str | None) -> None:
        """The rows of ``table``, with no results yet."""
        self._model.set_source(table, text_column, gold_column)
        self._labelling.set_source(table, text_column, gold_column)
        self._size_columns()

    def clear_results(self) -> None:
        self._model.clear_results()
        self.reset()

    def reset(self) -> None:
        """Every row shown, no metrics."""
        self._proxy.show_rows(None)
        self._filter_label.setText(translate("BatchResultsView", ALL_ROWS))
        self.show_metrics(None)

    def add_result(self, result: RowResult) -> None:
        """One row's result, during a run: its columns widen as needed, never narrow."""
        self._model.set_result(result)
        self._size_columns(grow_only=True)

    def set_results(self, results: Sequence[RowResult], metrics: Metrics | None, partial: bool) -> None:
        """A run's results and, with gold labels, its metrics (``partial``: for the rows done before a cancel)."""
        self._model.set_results(results)
        self._size_columns()
        self.show_metrics(metrics, partial)

    def show_metrics(self, metrics: Metrics | None, partial: bool = False) -> None:
        self._metrics = metrics
        self._model.set_wrong([w.index for w in metrics.wrong] if metrics is not None else [])
        self._update_buttons()
        if metrics is None:
            self._metrics_box.hide()
            self._metrics_box.clear()
            return
        self._metrics_box.show_metrics(metrics, partial)
        self._metrics_box.show()
        # Room for the whole heat-map; the table keeps the rest (and the splitter moves).
        total = sum(self.sizes())
        wanted = self._metrics_box.sizeHint().height()
        self.setSizes([max(160, total - wanted), wanted])

    def set_export_source(self, path: Path | None) -> None:
        """The file Export CSV… copies (a finished run's output); None turns it off."""
        self._export_source = path
        self._update_buttons()

    @property
    def copier(self) -> CallWorker | None:
        """The export copying now, if any."""
        return self._copier

    def export_to(self, target: Path) -> None:
        """Copy the output CSV to ``target`` in the background."""
        source = self._export_source
        if source is None or self._copier is not None:
            return
        failed, hint = self.tr("Could not save {name}: {reason}."), self.tr("Choose another folder or file name.")

        def copy() -> Path:
            try:
                shutil.copyfile(source, target)
            except OSError as exc:
                raise UserFacingError(failed.format(name=target.name, reason=exc.strerror or exc), hint) from exc
            return target

        self._copier = CallWorker(copy, "Exporting results", self)
        self._copier.succeeded.connect(self._on_copier_succeeded)
        self._copier.failed.connect(self._on_copier_failed)
        self._update_buttons()
        self._copier.start()

    def show_wrong_rows(self, gold: str | None = None, predicted: str | None = None) -> list[int]:
        """Filter the table to the rows of one confusion cell (every wrong row when both are None).

        Returns the source rows shown.
        """
        metrics = self._metrics
        if metrics is None:
            return []
        if gold is None or predicted is None:
            rows = [w.index for w in metrics.wrong]
            description = self.tr("Showing %n wrong row(s).", None, len(rows))
        elif gold != predicted:
            rows = [w.index for w in metrics.wrong if w.gold == gold and w.predicted == predicted]
            description = self.tr("Showing %n row(s) labelled “{gold}”, called “{predicted}”.", None, len(rows)).format(
                gold=gold, predicted=predicted
            )
        else:
            wrong = {w.index for w in metrics.wrong}
            rows = [
                r
                for r in range(self._model.rowCount())
                if r not in wrong
                and self._model.result(r) is not None
                and self._model.gold(r).strip().casefold() == gold.casefold()
            ]
            description = self.tr("Showing %n row(s) correctly labelled “{gold}”.", None, len(rows)).format(gold=gold)
        self._proxy.show_rows(rows)
        self._metrics_box.select(gold, predicted)
        self._filter_label.setText(description)
        self._update_buttons()
        return rows

    def show_all_rows(self) -> None:
        self._proxy.show_rows(None)
        self._metrics_box.setVisible(self._metrics is not None)
        self._metrics_box.select(None, None)
        self._filter_label.setText(translate("BatchResultsView", ALL_ROWS))
        self._update_buttons()

    def progress_text(self, progress: BatchProgress) -> str:
        """A running batch's status line: rows done, resumed, speed, time left."""
        parts = [self.tr("{done} / %n row(s)", None, progress.total).format(done=integer(progress.done))]
        if progress.resumed:
            parts.append(self.tr("%n resumed", None, progress.resumed))
        if progress.rows_per_s:
            parts.append(self.tr("{rate} rows/s").format(rate=number(progress.rows_per_s, 1)))
        if progress.eta_s is not None:
            parts.append(self.tr("about {time} left").format(time=duration(progress.eta_s)))
        return " · ".join(parts)

    def summary_text(self, summary: BatchSummary) -> str:
        """A finished (or cancelled) batch's status line."""
        if summary.cancelled:
            return self.tr(
                "Cancelled after {done} of %n row(s). Run batch resumes where it stopped.", None, summary.total
            ).format(done=integer(summary.done))
        parts = [self.tr("Done: %n row(s) in {time}", None, summary.done).format(time=duration(summary.elapsed_s))]
        if summary.resumed:
            parts.append(self.tr("%n resumed from the earlier run", None, summary.resumed))
        if summary.errors:
            parts.append(self.tr("%n failed", None, summary.errors))
        if summary.abstained:
            parts.append(self.tr("%n abstained", None, summary.abstained))
        if summary.cost_usd is not None:
            parts.append(money(summary.cost_usd))
        if summary.output_path is not None:
            parts.append(self.tr("saved as {name}").format(name=summary.output_path.name))
        return " · ".join(parts)

    # -- slots ------------------------------------------------------------------------

    @Slot()
    def _on_show_all_button_clicked(self) -> None:
        self.show_all_rows()

    @Slot()
    def _on_show_errors_button_clicked(self) -> None:
        self.show_wrong_rows()

    @Slot(str, str)
    def _on_metrics_box_cell_activated(self, gold: str, predicted: str) -> None:
        self.show_wrong_rows(gold, predicted)

    @Slot(int)
    def _on_model_draft_changed(self, _row: int) -> None:
        self._size_columns(grow_only=True)  # the Gold column, blank until now, widens for the labels typed

    @Slot(int)
    def _on_labelling_queue_shown(self, count: int) -> None:
        self._metrics_box.select(None, None)
        # While labelling, the rows take the height; Show all brings the metrics back.
        self._metrics_box.hide()
        self._filter_label.setText(self.tr("Showing %n row(s) to label, the most uncertain first.", None, count))
        self._size_columns()
        self._update_buttons()

    @Slot()
    def _on_export_button_clicked(self) -> None:
        source = self._export_source
        if source is None or self._copier is not None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the results"), str(source), self.tr("CSV files (*.csv)")
        )
        if target and Path(target).resolve() != source.resolve():
            self.export_to(Path(target))

    @Slot(object)
    def _on_copier_succeeded(self, target: Path) -> None:
        self._end_copier()
        self.exported.emit(target)

    @Slot(str, str)
    def _on_copier_failed(self, title: str, message: str) -> None:
        self._end_copier()
        self.export_failed.emit(title, message)

    # -- helpers ----------------------------------------------------------------------

    def _size_columns(self, grow_only: bool = False) -> None:
        """Each column as wide as its title and the rows in view, within a cap; the text columns take the rest.

        Only the rows in view are measured (``sizeHintForColumn``), so a big
        file costs no more than a small one; a column most rows leave empty
        (notes, errors) is hidden until a row has something there. ``grow_only``: during a run, widen a column
        whose new results need it but never narrow one, so nothing jumps.
        """
        header = self._table.horizontalHeader()
        for column in range(self._model.columnCount()):
            name = self._model.header_key(column)
            if name in STRETCHED_COLUMNS:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.setSectionHidden(column, self._model.is_empty_column(column))
            wanted = max(header.sectionSizeHint(column), self._table.sizeHintForColumn(column))
            width = min(
                wanted, max(header.sectionSizeHint(column), MAX_COLUMN_WIDTH.get(name, DEFAULT_MAX_COLUMN_WIDTH))
            )
            if not grow_only or width > header.sectionSize(column):
                header.resizeSection(column, width)

    def _end_copier(self) -> None:
        if self._copier is not None:
            self._copier.deleteLater()
        self._copier = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        self._export_button.setEnabled(self._copier is None and self._export_source is not None)
        self._show_errors_button.setEnabled(self._metrics is not None and bool(self._metrics.wrong))
        self._show_all_button.setEnabled(self._proxy.filtered)
