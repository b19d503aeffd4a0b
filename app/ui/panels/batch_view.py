"""Run a task over every row of a CSV or JSONL file, and see how well it did."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.engines.base import Engine
from app.core.errors import UserFacingError
from app.core.history.results import batch_run_id
from app.core.plural import counted
from app.core.tasks.batch import DEFAULT_CONCURRENCY, BatchProgress, BatchSpec, BatchSummary, Job, journal_path
from app.core.tasks.metrics import Metrics
from app.core.tasks.tables import GOLD_COLUMN_NAMES, TEXT_COLUMN_NAMES, Table, guess_column, read_table
from app.ui.panels.batch_results import BatchResultsModel, Kind, RowFilterProxy
from app.ui.widgets.buttons import action_button
from app.ui.widgets.confusion_heatmap import ConfusionHeatmap
from app.ui.widgets.elided_label import ElidedLabel
from app.ui.widgets.message_label import message_label
from app.workers.batch_worker import BatchWorker
from app.workers.call_worker import CallWorker

if TYPE_CHECKING:
    from app.core.history.store import Store

#: How long closing the window waits for a cancelled batch to stop.
SHUTDOWN_GRACE_MS = 5000
NO_GOLD = "(none)"
NO_FILE = "No file open."
#: The widest a result column grows to fit its content; Text (and Translation) take the rest.
MAX_COLUMN_WIDTH = {"Gold": 160, "Label": 160, "Note": 200, "Warnings": 200, "Error": 200}
DEFAULT_MAX_COLUMN_WIDTH = 120
STRETCHED_COLUMNS = ("Text", "Translation")
TABLE_FILTER = "Tables (*.csv *.tsv *.txt *.jsonl);;All files (*)"


def duration(seconds: float) -> str:
    """``0:42``, ``12:05``, ``1:02:03``."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _percent(value: float) -> str:
    return f"{value * 100:.1f} %"


class BatchView(QWidget):
    """Pick a file and its columns, run, watch the rows fill in; with gold labels, see the metrics.

    The owner (a task panel) knows the model and the task: when the person
    presses Run batch the view emits ``run_requested`` and the owner answers
    with ``start(engine, job)`` (or ``show_error``). Results land beside the
    input as ``<name>.labelled.csv`` (or ``.translated.csv``) unless the
    person picks another file, journaled row by row, so a cancelled or
    crashed run resumes when run again with the same settings.

    ``state`` is a dict kept in the settings (last folder, columns). With a
    ``store``, every run that ends (done or cancelled) is recorded in the
    history; a resumed run updates its record.

    Signals:
        run_requested(): Run batch was pressed with a file and a text column chosen.
        running_changed(bool): a run started or ended.
    """

    run_requested = Signal()
    running_changed = Signal(bool)

    def __init__(
        self, kind: Kind, state: dict[str, Any], parent: QWidget | None = None, store: Store | None = None
    ) -> None:
        super().__init__(parent)
        self._kind: Kind = kind
        self._state = state
        self._store = store
        self._run_output: Path | None = None
        self._table: Table | None = None
        self._reader: CallWorker | None = None
        self._worker: BatchWorker | None = None
        self._copier: CallWorker | None = None
        self._summary: BatchSummary | None = None
        self._metrics: Metrics | None = None
        self._build()
        self._connect()
        self._update_actions()

    # -- construction -------------------------------------------------------------

    def _build(self) -> None:
        self._open_button = action_button("Open file…", "Open file", "Open a CSV or JSONL file to run over")
        self._file_label = ElidedLabel(NO_FILE)
        self._file_label.setObjectName("secondaryText")
        self._file_label.setAccessibleName("Batch file")

        self._text_combo = QComboBox()
        self._text_combo.setAccessibleName("Text column")
        self._text_combo.setToolTip("The column whose text the model reads.")
        self._text_combo.setMinimumContentsLength(10)
        self._text_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        text_label = QLabel("&Text column")
        text_label.setBuddy(self._text_combo)
        self._gold_combo = QComboBox()
        self._gold_combo.setAccessibleName("Gold column")
        self._gold_combo.setToolTip("The column with the right answers, to measure the model against (optional).")
        self._gold_combo.setMinimumContentsLength(10)
        self._gold_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        gold_label = QLabel("&Gold column")
        gold_label.setBuddy(self._gold_combo)

        # The file's name on its own line: beside the column pickers it had a few letters' room.
        file_row = QHBoxLayout()
        file_row.setSpacing(8)
        file_row.addWidget(self._open_button)
        file_row.addWidget(self._file_label, 1)
        columns_row = QHBoxLayout()
        columns_row.setSpacing(8)
        columns_row.addWidget(text_label)
        columns_row.addWidget(self._text_combo)
        columns_row.addSpacing(8)
        columns_row.addWidget(gold_label)
        columns_row.addWidget(self._gold_combo)
        columns_row.addStretch(1)
        # Gold labels only mean something for classification.
        gold_label.setVisible(self._kind == "classify")
        self._gold_combo.setVisible(self._kind == "classify")

        self._output_edit = QLineEdit()
        self._output_edit.setAccessibleName("Output file")
        self._output_edit.setPlaceholderText("Where the results go (chosen when a file is opened)")
        output_label = QLabel("O&utput")
        output_label.setBuddy(self._output_edit)
        self._output_button = action_button("Change…", "Choose output file", "Choose where the results are saved")
        output_row = QHBoxLayout()
        output_row.setSpacing(8)
        output_row.addWidget(output_label)
        output_row.addWidget(self._output_edit, 1)
        output_row.addWidget(self._output_button)

        self._resume_label = QLabel()
        self._resume_label.setObjectName("notice")
        self._resume_label.setAccessibleName("Resume notice")
        self._resume_label.setWordWrap(True)
        self._start_over_button = action_button("Start over", "Start over", "Discard the rows done by the earlier run")
        resume_row = QHBoxLayout()
        resume_row.setSpacing(8)
        resume_row.addWidget(self._resume_label, 1)
        resume_row.addWidget(self._start_over_button)
        self._resume_box = QWidget()
        self._resume_box.setLayout(resume_row)
        resume_row.setContentsMargins(0, 0, 0, 0)
        self._resume_box.hide()

        self._concurrency = QSpinBox()
        self._concurrency.setAccessibleName("Rows at once")
        self._concurrency.setRange(1, 16)
        self._concurrency.setValue(int(self._state.get("concurrency", DEFAULT_CONCURRENCY)))
        self._concurrency.setToolTip(
            "Rows sent to a remote model at once (it slows down when the provider says too many). "
            "Local models take one row at a time."
        )
        concurrency_label = QLabel("&Rows at once")
        concurrency_label.setBuddy(self._concurrency)
        self._run_button = action_button("Run batch", "Run batch", "Run the model over every row")
        self._run_button.setObjectName("primaryButton")
        self._cancel_button = action_button("Cancel batch", "Cancel batch", "Stop after the rows in progress")
        self._progress = QProgressBar()
        self._progress.setAccessibleName("Batch progress")
        self._progress.setTextVisible(False)
        self._progress.setFixedHeight(8)
        self._progress.setRange(0, 1)
        self._progress.setValue(0)
        self._status = QLabel()
        self._status.setObjectName("statusLine")
        self._status.setAccessibleName("Batch status")
        self._status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._error = message_label("Batch error", error=True)
        self._notes = message_label("Batch notes")
        run_row = QHBoxLayout()
        run_row.setSpacing(8)
        run_row.addWidget(self._run_button)
        run_row.addWidget(self._cancel_button)
        run_row.addWidget(self._progress, 1)
        run_row.addSpacing(8)
        run_row.addWidget(concurrency_label)
        run_row.addWidget(self._concurrency)
        status_row = QHBoxLayout()
        status_row.addWidget(self._status, 1)

        self._model = BatchResultsModel(self._kind, self)
        self._proxy = RowFilterProxy(self)
        self._proxy.setSourceModel(self._model)
        self._results = QTableView()
        self._results.setAccessibleName("Batch results")
        self._results.setModel(self._proxy)
        self._results.setSortingEnabled(True)
        self._results.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self._results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._results.setWordWrap(False)
        self._results.setAlternatingRowColors(True)
        self._results.verticalHeader().hide()
        self._results.verticalHeader().setDefaultSectionSize(24)
        self._results.horizontalHeader().setHighlightSections(False)
        self._results.horizontalHeader().setStretchLastSection(False)

        self._filter_label = QLabel("All rows")
        self._filter_label.setAccessibleName("Results filter")
        self._filter_label.setWordWrap(True)
        self._filter_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._show_all_button = action_button("Show all", "Show all rows", "Show every row again")
        self._show_errors_button = action_button("Show errors", "Show errors", "Show only the rows the model got wrong")
        self._export_button = action_button("Export CSV…", "Export CSV", "Save a copy of the output CSV")
        filter_row = QHBoxLayout()
        filter_row.setSpacing(8)
        filter_row.addWidget(self._filter_label, 1)
        filter_row.addWidget(self._show_all_button)
        filter_row.addWidget(self._show_errors_button)
        self._show_errors_button.setVisible(self._kind == "classify")
        filter_row.addWidget(self._export_button)
        results_box = QWidget()
        results_layout = QVBoxLayout(results_box)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.setSpacing(6)
        results_layout.addLayout(filter_row)
        results_layout.addWidget(self._results, 1)

        # Results above the metrics: the table needs the width for its text column.
        self._splitter = QSplitter(Qt.Orientation.Vertical)
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(results_box)
        self._metrics_box = self._build_metrics()
        self._splitter.addWidget(self._metrics_box)
        self._splitter.setStretchFactor(0, 1)
        self._splitter.setStretchFactor(1, 0)
        self._metrics_box.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(file_row)
        layout.addLayout(columns_row)
        layout.addLayout(output_row)
        layout.addWidget(self._resume_box)
        layout.addLayout(run_row)
        layout.addLayout(status_row)
        layout.addWidget(self._error)
        layout.addWidget(self._notes)
        layout.addWidget(self._splitter, 1)

    def _build_metrics(self) -> QWidget:
        self._summary_label = QLabel()
        self._summary_label.setObjectName("metricsSummary")
        self._summary_label.setAccessibleName("Metrics")
        self._summary_label.setWordWrap(True)
        self._summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._per_class = QTableWidget(0, 5)
        self._per_class.setAccessibleName("Per-class metrics")
        self._per_class.setHorizontalHeaderLabels(["Label", "Precision", "Recall", "F1", "Support"])
        self._per_class.verticalHeader().hide()
        self._per_class.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._per_class.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._per_class.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self._per_class.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._per_class.verticalHeader().setDefaultSectionSize(24)

        self._heatmap = ConfusionHeatmap()
        self._heatmap.setToolTip("Click a cell to see its rows in the table.")
        heatmap_hint = QLabel("Click a cell to list its rows.")
        heatmap_hint.setObjectName("secondaryText")

        numbers = QVBoxLayout()
        numbers.setSpacing(8)
        numbers.addWidget(self._summary_label)
        numbers.addWidget(self._per_class)
        numbers.addWidget(heatmap_hint)
        numbers.addStretch(1)
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(16)
        layout.addLayout(numbers, 1)
        layout.addWidget(self._heatmap, 1)
        return box

    def _connect(self) -> None:
        self._open_button.clicked.connect(self._on_open_button_clicked)
        self._text_combo.currentIndexChanged.connect(self._on_text_combo_current_index_changed)
        self._gold_combo.currentIndexChanged.connect(self._on_gold_combo_current_index_changed)
        self._output_edit.textChanged.connect(self._on_output_edit_text_changed)
        self._output_button.clicked.connect(self._on_output_button_clicked)
        self._concurrency.valueChanged.connect(self._on_concurrency_value_changed)
        self._start_over_button.clicked.connect(self._on_start_over_button_clicked)
        self._run_button.clicked.connect(self._on_run_button_clicked)
        self._cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self._show_all_button.clicked.connect(self._on_show_all_button_clicked)
        self._show_errors_button.clicked.connect(self._on_show_errors_button_clicked)
        self._export_button.clicked.connect(self._on_export_button_clicked)
        self._heatmap.cell_activated.connect(self._on_heatmap_cell_activated)

    # -- public API ---------------------------------------------------------------

    def open_file(self, path: Path) -> None:
        """Read ``path`` in the background; the columns fill in when it has been read."""
        if self._reader is not None or self._worker is not None:
            return
        self._hide_error()
        self._set_status(f"Reading {path.name}…")
        self._reader = CallWorker(lambda: read_table(path), f"Reading {path.name}", self)
        self._reader.succeeded.connect(self._on_reader_succeeded)
        self._reader.failed.connect(self._on_reader_failed)
        self._update_actions()
        self._reader.start()

    @property
    def table(self) -> Table | None:
        return self._table

    @property
    def results_model(self) -> BatchResultsModel:
        return self._model

    @property
    def summary(self) -> BatchSummary | None:
        """The last run's outcome (None before the first one ends)."""
        return self._summary

    @property
    def is_running(self) -> bool:
        return self._worker is not None

    @property
    def output_path(self) -> Path | None:
        text = self._output_edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_output_path(self, path: Path) -> None:
        self._output_edit.setText(str(path))

    @property
    def text_column(self) -> str:
        return self._text_combo.currentText()

    @property
    def gold_column(self) -> str | None:
        return self._gold_combo.currentData()

    def set_columns(self, text: str, gold: str | None = None) -> None:
        """Choose the text and gold columns by name (a name the file lacks is ignored)."""
        index = self._text_combo.findText(text)
        if index >= 0:
            self._text_combo.setCurrentIndex(index)
        index = self._gold_combo.findData(gold)
        if index >= 0:
            self._gold_combo.setCurrentIndex(index)

    def start(self, engine: Engine, job: Job) -> None:
        """Run ``job`` with ``engine`` over the open file (the answer to ``run_requested``)."""
        output = self.output_path
        if self._table is None or output is None or self._worker is not None:
            return
        spec = BatchSpec(
            input_path=self._table.path,
            text_column=self.text_column,
            output_path=output,
            job=job,
            gold_column=self.gold_column,
            concurrency=self._concurrency.value(),
        )
        self._hide_error()
        self._notes.hide()
        self._summary = None
        self._show_metrics(None)
        self._model.clear_results()
        self._proxy.show_rows(None)
        self._filter_label.setText("All rows")
        self._progress.setRange(0, max(1, len(self._table.rows)))
        self._progress.setValue(0)
        self._resume_box.hide()
        self._run_output = output
        self._worker = BatchWorker(engine, spec, self._table, self)
        self._worker.progress.connect(self._on_worker_progress)
        self._worker.succeeded.connect(self._on_worker_succeeded)
        self._worker.failed.connect(self._on_worker_failed)
        self._set_status(f"Starting on {counted(len(self._table.rows), 'row')}…")
        self._update_actions()
        self.running_changed.emit(True)
        self._worker.start()

    def cancel(self) -> None:
        if self._worker is not None and not self._worker.cancel_requested:
            self._worker.cancel()
            self._set_status("Cancelling: finishing the rows in progress…")
            self._update_actions()

    def show_error(self, title: str, message: str) -> None:
        """A problem the person must fix before (or after) a run, in words."""
        self._error.setText(f"<b>{escape(title)}.</b> {escape(message)}")
        self._error.show()

    def show_wrong_rows(self, gold: str | None = None, predicted: str | None = None) -> list[int]:
        """Filter the table to the rows of one confusion cell (every wrong row when both are None).

        Returns the source rows shown.
        """
        metrics = self._metrics
        if metrics is None:
            return []
        if gold is None or predicted is None:
            rows = [w.index for w in metrics.wrong]
            description = counted(len(rows), "wrong row")
        elif gold != predicted:
            rows = [w.index for w in metrics.wrong if w.gold == gold and w.predicted == predicted]
            description = f"{counted(len(rows), 'row')} labelled “{gold}”, called “{predicted}”"
        else:
            wrong = {w.index for w in metrics.wrong}
            rows = [
                r
                for r in range(self._model.rowCount())
                if r not in wrong
                and self._model.result(r) is not None
                and self._model.gold(r).strip().casefold() == gold.casefold()
            ]
            description = f"{counted(len(rows), 'row')} correctly labelled “{gold}”"
        self._proxy.show_rows(rows)
        self._heatmap.select(gold, predicted)
        self._filter_label.setText(f"Showing {description}.")
        self._update_actions()
        return rows

    def export_to(self, target: Path) -> None:
        """Copy the output CSV to ``target`` in the background."""
        source = self._summary.output_path if self._summary is not None else None
        if source is None or self._copier is not None:
            return

        def copy() -> Path:
            try:
                shutil.copyfile(source, target)
            except OSError as exc:
                raise UserFacingError(
                    f"Could not save {target.name}: {exc.strerror or exc}.", "Choose another folder or file name."
                ) from exc
            return target

        self._copier = CallWorker(copy, "Exporting results", self)
        self._copier.succeeded.connect(self._on_copier_succeeded)
        self._copier.failed.connect(self._on_copier_failed)
        self._update_actions()
        self._copier.start()

    def show_all_rows(self) -> None:
        self._proxy.show_rows(None)
        self._heatmap.select(None, None)
        self._filter_label.setText("All rows")
        self._update_actions()

    def shutdown(self, on_stuck: Callable[[], None] | None = None) -> None:
        """Stop a running batch and wait for it (closing the window); rows done stay journaled.

        ``on_stuck`` is called when the batch has not stopped within a few
        seconds of the cancel (a model still loading): closing the engine
        ends it.
        """
        for worker in (self._worker, self._reader, self._copier):
            if worker is None:
                continue
            worker.cancel()
            if not worker.wait(SHUTDOWN_GRACE_MS):
                if on_stuck is not None:
                    on_stuck()
                worker.wait()
            # Deliver the worker's last signals now; the event loop may not run again.
            QCoreApplication.sendPostedEvents(worker)

    # -- slots ------------------------------------------------------------------------

    @Slot()
    def _on_open_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open a file to run over", self._state.get("folder", ""), TABLE_FILTER
        )
        if path:
            self._state["folder"] = str(Path(path).parent)
            self.open_file(Path(path))

    @Slot(object)
    def _on_reader_succeeded(self, table: Table) -> None:
        self._end_reader()
        self._table = table
        self._file_label.setText(f"{table.path.name} · {counted(len(table.rows), 'row')}")
        self._file_label.setToolTip(str(table.path))
        self._fill_columns(table)
        suffix = "labelled" if self._kind == "classify" else "translated"
        self._output_edit.setText(str(table.path.with_name(f"{table.path.stem}.{suffix}.csv")))
        self._summary = None
        self._show_metrics(None)
        self._export_button.setEnabled(False)
        self._set_status(f"{counted(len(table.rows), 'row')}. Choose the columns and press Run batch.")
        self._update_resume_offer()
        self._update_actions()

    @Slot(str, str)
    def _on_reader_failed(self, title: str, message: str) -> None:
        self._end_reader()
        self._close_file()
        self._set_status("")
        self.show_error(title, message)
        self._update_actions()

    @Slot(int)
    def _on_text_combo_current_index_changed(self, _index: int) -> None:
        if self.text_column:
            self._state["text_column"] = self.text_column
        self._reset_results()

    @Slot(int)
    def _on_gold_combo_current_index_changed(self, _index: int) -> None:
        if self._table is not None:
            self._state["gold_column"] = self.gold_column
        self._reset_results()

    @Slot(str)
    def _on_output_edit_text_changed(self, _text: str) -> None:
        self._update_resume_offer()
        self._update_actions()

    @Slot(int)
    def _on_concurrency_value_changed(self, value: int) -> None:
        self._state["concurrency"] = value

    @Slot()
    def _on_output_button_clicked(self) -> None:
        start = str(self.output_path or self._state.get("folder", ""))
        path, _ = QFileDialog.getSaveFileName(self, "Save the results as", start, "CSV files (*.csv)")
        if path:
            self._output_edit.setText(path)

    @Slot()
    def _on_start_over_button_clicked(self) -> None:
        output = self.output_path
        if output is None:
            return
        try:
            journal_path(output).unlink(missing_ok=True)
        except OSError as exc:
            self.show_error("Could not discard the earlier run", f"{exc.strerror}. Choose another output file.")
            return
        self._update_resume_offer()
        self._set_status("The earlier run was discarded; Run batch starts from the first row.")

    @Slot()
    def _on_run_button_clicked(self) -> None:
        if not self._run_button.isEnabled():
            return
        output = self.output_path
        if output is not None and self._table is not None and output.resolve() == self._table.path.resolve():
            self.show_error("The output would overwrite the input", "Choose another output file.")
            return
        folder = output.parent if output is not None else None
        if folder is not None and not (folder.is_dir() and os.access(folder, os.W_OK)):
            self.show_error(
                "Cannot write the results there",
                f"{folder} is not a folder Plinth can write to. Choose another output file.",
            )
            return
        self._hide_error()
        self.run_requested.emit()

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self.cancel()

    @Slot(object)
    def _on_worker_progress(self, progress: BatchProgress) -> None:
        self._progress.setRange(0, max(1, progress.total))
        self._progress.setValue(progress.done)
        if progress.last is not None:
            self._model.set_result(progress.last)
            self._size_columns(grow_only=True)
        if self._worker is not None and self._worker.cancel_requested:
            return
        parts = [f"{progress.done} / {counted(progress.total, 'row')}"]
        if progress.resumed:
            parts.append(f"{progress.resumed} resumed")
        if progress.rows_per_s:
            parts.append(f"{progress.rows_per_s:.1f} rows/s")
        if progress.eta_s is not None:
            parts.append(f"about {duration(progress.eta_s)} left")
        self._set_status(" · ".join(parts))

    @Slot(object)
    def _on_worker_succeeded(self, summary: BatchSummary) -> None:
        self._end_run()
        self._summary = summary
        self._model.set_results(summary.results)
        self._size_columns()
        self._progress.setRange(0, max(1, summary.total))
        self._progress.setValue(summary.done)
        self._show_metrics(summary.metrics, partial=summary.cancelled)
        self._set_status(self._summary_text(summary))
        self._notes.setText(" ".join(summary.notes))
        self._notes.setVisible(bool(summary.notes))
        self._save_run(summary)
        self._update_resume_offer()
        self._update_actions()

    @Slot(str, str)
    def _on_worker_failed(self, title: str, message: str) -> None:
        self._end_run()
        self.show_error(title, f"{message} The rows done so far are kept: Run batch resumes after them.")
        self._set_status("Stopped by an error.")
        self._update_resume_offer()
        self._update_actions()

    @Slot()
    def _on_show_all_button_clicked(self) -> None:
        self.show_all_rows()

    @Slot()
    def _on_show_errors_button_clicked(self) -> None:
        self.show_wrong_rows()

    @Slot(str, str)
    def _on_heatmap_cell_activated(self, gold: str, predicted: str) -> None:
        self.show_wrong_rows(gold, predicted)

    @Slot()
    def _on_export_button_clicked(self) -> None:
        source = self._summary.output_path if self._summary is not None else None
        if source is None or self._copier is not None:
            return
        target, _ = QFileDialog.getSaveFileName(self, "Export the results", str(source), "CSV files (*.csv)")
        if not target or Path(target).resolve() == source.resolve():
            return
        self.export_to(Path(target))

    @Slot(object)
    def _on_copier_succeeded(self, target: Path) -> None:
        self._end_copier()
        self._set_status(f"Saved {target}.")

    @Slot(str, str)
    def _on_copier_failed(self, title: str, message: str) -> None:
        self._end_copier()
        self.show_error(title, message)

    # -- helpers ----------------------------------------------------------------------

    def _save_run(self, summary: BatchSummary) -> None:
        if self._store is None:
            return
        output = summary.output_path or self._run_output
        try:
            self._store.save_batch_run(run_id=batch_run_id(self._kind, summary.journal_path), task=self._kind,
                                       model_id=summary.model_id, input_path=str(summary.input_path.resolve()),
                                       output_path=str(output.resolve()) if output else "", summary=summary.to_dict())  # fmt: skip
        except UserFacingError as exc:
            self.show_error("Not saved in the history", str(exc))

    def _close_file(self) -> None:
        """Forget the open file: a refused file must not leave the previous one ready to run."""
        self._table = None
        self._file_label.setText(NO_FILE)
        self._file_label.setToolTip("")
        for combo in (self._text_combo, self._gold_combo):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        # The output was named after the previous file; running into it would overwrite that file's results.
        self._output_edit.clear()
        self._model.set_source(None, "", None)
        self._proxy.show_rows(None)
        self._filter_label.setText("All rows")
        self._summary = None
        self._show_metrics(None)
        self._notes.hide()
        self._progress.setRange(0, 1)
        self._progress.setValue(0)

    def _fill_columns(self, table: Table) -> None:
        for combo in (self._text_combo, self._gold_combo):
            combo.blockSignals(True)
            combo.clear()
        self._gold_combo.addItem(NO_GOLD, None)
        for column in table.columns:
            self._text_combo.addItem(column)
            self._gold_combo.addItem(column, column)
        # Last time's columns, else ones named like a text and a label; else the first column and no gold.
        text = guess_column(table.columns, self._state.get("text_column"), TEXT_COLUMN_NAMES)
        self._text_combo.setCurrentIndex(max(0, self._text_combo.findText(text or "")))
        gold = guess_column(table.columns, self._state.get("gold_column"), GOLD_COLUMN_NAMES)
        self._gold_combo.setCurrentIndex(max(0, self._gold_combo.findData(gold)))
        for combo in (self._text_combo, self._gold_combo):
            combo.blockSignals(False)
        self._model.set_source(table, self.text_column, self.gold_column)
        self._size_columns()

    def _size_columns(self, grow_only: bool = False) -> None:
        """Each column as wide as its title and the rows in view, within a cap; the text columns take the rest.

        Only the rows in view are measured (``sizeHintForColumn``), so a big
        file costs no more than a small one; a column most rows leave empty
        (notes, errors) is hidden until a row has something there. ``grow_only``: during a run, widen a column
        whose new results need it but never narrow one, so nothing jumps.
        """
        header = self._results.horizontalHeader()
        for column in range(self._model.columnCount()):
            name = str(self._model.headerData(column, Qt.Orientation.Horizontal))
            if name in STRETCHED_COLUMNS:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.setSectionHidden(column, self._model.is_empty_column(column))
            wanted = max(header.sectionSizeHint(column), self._results.sizeHintForColumn(column))
            width = min(
                wanted, max(header.sectionSizeHint(column), MAX_COLUMN_WIDTH.get(name, DEFAULT_MAX_COLUMN_WIDTH))
            )
            if not grow_only or width > header.sectionSize(column):
                header.resizeSection(column, width)

    def _reset_results(self) -> None:
        if self._table is None or self._worker is not None:
            return
        self._model.set_source(self._table, self.text_column, self.gold_column)
        self._size_columns()
        self._proxy.show_rows(None)
        self._filter_label.setText("All rows")
        self._summary = None
        self._show_metrics(None)
        self._update_actions()

    def _show_metrics(self, metrics: Metrics | None, partial: bool = False) -> None:
        self._metrics = metrics
        self._model.set_wrong([w.index for w in metrics.wrong] if metrics is not None else [])
        if metrics is None:
            self._metrics_box.hide()
            self._heatmap.clear()
            self._per_class.setRowCount(0)
            return
        big = "font-size:16pt; font-weight:600"
        self._summary_label.setText(
            "<table cellspacing='0' cellpadding='0'><tr>"
            f"<td style='padding-right:28px'><span style='{big}'>{_percent(metrics.accuracy)}</span><br>Accuracy</td>"
            f"<td><span style='{big}'>{metrics.macro_f1:.3f}</span><br>Macro-F1</td>"
            "</tr></table>"
            f"{metrics.correct} of {counted(metrics.n, 'row')} right · {len(metrics.wrong)} wrong"
            + (" · <i>so far: the run was cancelled</i>" if partial else "")
        )
        self._per_class.setRowCount(len(metrics.per_class))
        for row, cls in enumerate(metrics.per_class):
            values = [cls.label, f"{cls.precision:.2f}", f"{cls.recall:.2f}", f"{cls.f1:.2f}", str(cls.support)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self._per_class.setItem(row, column, item)
        rows_height = self._per_class.verticalHeader().length() + self._per_class.horizontalHeader().height()
        self._per_class.setFixedHeight(rows_height + 2 * self._per_class.frameWidth())
        self._heatmap.set_matrix(metrics.classes, metrics.classes, metrics.confusion)
        self._metrics_box.show()
        # Room for the whole heat-map; the table keeps the rest (and the splitter moves).
        total = sum(self._splitter.sizes())
        wanted = self._metrics_box.sizeHint().height()
        self._splitter.setSizes([max(160, total - wanted), wanted])

    def _summary_text(self, summary: BatchSummary) -> str:
        if summary.cancelled:
            return (
                f"Cancelled after {summary.done} of {counted(summary.total, 'row')}. "
                "Run batch resumes where it stopped."
            )
        parts = [f"Done: {counted(summary.done, 'row')} in {duration(summary.elapsed_s)}"]
        if summary.resumed:
            parts.append(f"{summary.resumed} resumed from the earlier run")
        if summary.errors:
            parts.append(f"{summary.errors} failed")
        if summary.abstained:
            parts.append(f"{summary.abstained} abstained")
        if summary.cost_usd is not None:
            parts.append(f"${summary.cost_usd:.4f}")
        if summary.output_path is not None:
            parts.append(f"saved as {summary.output_path.name}")
        return " · ".join(parts)

    def _update_resume_offer(self) -> None:
        output = self.output_path
        if self._worker is not None or output is None or not journal_path(output).exists():
            self._resume_box.hide()
            return
        if self._summary is not None and not self._summary.cancelled:
            # The run just finished: its journal is a record, not a run to resume.
            self._resume_box.hide()
            return
        self._resume_label.setText(
            f"An earlier run into {output.name} stopped part-way. Run batch resumes it when the model "
            "and settings are the same; Start over discards it."
        )
        self._resume_box.show()

    def _end_reader(self) -> None:
        if self._reader is not None:
            self._reader.deleteLater()
        self._reader = None

    def _end_run(self) -> None:
        if self._worker is not None:
            self._worker.deleteLater()
        self._worker = None
        self.running_changed.emit(False)

    def _end_copier(self) -> None:
        if self._copier is not None:
            self._copier.deleteLater()
        self._copier = None
        self._update_actions()

    def _hide_error(self) -> None:
        self._error.hide()
        self._error.clear()

    def _set_status(self, text: str) -> None:
        self._status.setText(text)

    def _update_actions(self) -> None:
        running = self._worker is not None
        idle = not running and self._reader is None
        has_file = self._table is not None and bool(self._table.rows)
        self._open_button.setEnabled(idle)
        self._text_combo.setEnabled(idle and has_file)
        self._gold_combo.setEnabled(idle and has_file)
        self._output_edit.setEnabled(idle)
        self._output_button.setEnabled(idle)
        self._concurrency.setEnabled(idle)
        self._start_over_button.setEnabled(idle)
        self._run_button.setEnabled(idle and has_file and bool(self.text_column) and self.output_path is not None)
        self._cancel_button.setEnabled(running and self._worker is not None and not self._worker.cancel_requested)
        has_metrics = self._metrics is not None
        self._show_errors_button.setEnabled(has_metrics and bool(self._metrics and self._metrics.wrong))
        self._show_all_button.setEnabled(self._proxy.filtered)
        self._export_button.setEnabled(
            self._copier is None and self._summary is not None and self._summary.output_path is not None
        )
