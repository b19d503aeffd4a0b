"""Run a task over every row of a CSV or JSONL file, and see how well it did."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from app.core.engines.base import Engine
from app.core.errors import UserFacingError
from app.core.history.results import batch_run_id
from app.core.plural import counted
from app.core.tasks.batch import DEFAULT_CONCURRENCY, BatchProgress, BatchSpec, BatchSummary, Job, journal_path
from app.core.tasks.tables import GOLD_COLUMN_NAMES, TEXT_COLUMN_NAMES, Table, guess_column, read_table
from app.ui.panels._task_panel import progress_line, show_error_in, stop_and_wait
from app.ui.panels.active_labelling import ActiveLabelling
from app.ui.panels.batch_results import BatchResultsModel, Kind
from app.ui.panels.batch_results_view import BatchResultsView
from app.ui.widgets.buttons import action_button
from app.ui.widgets.elided_label import ElidedLabel
from app.ui.widgets.layouts import NO_MARGINS, STRETCH, boxed, buddy, hbox, vbox
from app.ui.widgets.message_label import message_label
from app.workers.batch_worker import BatchWorker
from app.workers.call_worker import CallWorker

if TYPE_CHECKING:
    from app.core.history.store import Store

NO_GOLD = "(none)"
NO_FILE = "No file open."
TABLE_FILTER = "Tables (*.csv *.tsv *.txt *.jsonl);;All files (*)"


def _column_combo(name: str, tip: str) -> QComboBox:
    """A picker of one of the open file's columns."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setToolTip(tip)
    combo.setMinimumContentsLength(10)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


def duration(seconds: float) -> str:
    """``0:42``, ``12:05``, ``1:02:03``."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


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
        self._summary: BatchSummary | None = None
        self._build()
        self._connect()
        self._update_actions()

    # -- construction -------------------------------------------------------------

    def _build(self) -> None:
        self._open_button = action_button("Open file…", "Open file", "Open a CSV or JSONL file to run over")
        self._file_label = ElidedLabel(NO_FILE)
        self._file_label.setObjectName("secondaryText")
        self._file_label.setAccessibleName("Batch file")

        self._text_combo = _column_combo("Text column", "The column whose text the model reads.")
        self._gold_combo = _column_combo(
            "Gold column", "The column with the right answers, to measure the model against (optional)."
        )
        text_label = buddy("&Text column", self._text_combo)
        gold_label = buddy("&Gold column", self._gold_combo)

        # The file's name on its own line: beside the column pickers it had a few letters' room.
        file_row = hbox(self._open_button, (self._file_label, 1), spacing=8)
        columns_row = hbox(text_label, self._text_combo, 8, gold_label, self._gold_combo, STRETCH, spacing=8)
        # Gold labels only mean something for classification.
        gold_label.setVisible(self._kind == "classify")
        self._gold_combo.setVisible(self._kind == "classify")

        self._output_edit = QLineEdit()
        self._output_edit.setAccessibleName("Output file")
        self._output_edit.setPlaceholderText("Where the results go (chosen when a file is opened)")
        self._output_button = action_button("Change…", "Choose output file", "Choose where the results are saved")
        output_row = hbox(buddy("O&utput", self._output_edit), (self._output_edit, 1), self._output_button, spacing=8)

        self._resume_label = QLabel()
        self._resume_label.setObjectName("notice")
        self._resume_label.setAccessibleName("Resume notice")
        self._resume_label.setWordWrap(True)
        self._start_over_button = action_button("Start over", "Start over", "Discard the rows done by the earlier run")
        self._resume_box = boxed(hbox((self._resume_label, 1), self._start_over_button, margins=NO_MARGINS, spacing=8))
        self._resume_box.hide()

        self._concurrency = QSpinBox()
        self._concurrency.setAccessibleName("Rows at once")
        self._concurrency.setRange(1, 16)
        self._concurrency.setValue(int(self._state.get("concurrency", DEFAULT_CONCURRENCY)))
        self._concurrency.setToolTip(
            "Rows sent to a remote model at once (it slows down when the provider says too many). "
            "Local models take one row at a time."
        )
        self._run_button = action_button("Run batch", "Run batch", "Run the model over every row")
        self._run_button.setObjectName("primaryButton")
        self._cancel_button = action_button("Cancel batch", "Cancel batch", "Stop after the rows in progress")
        self._progress = progress_line("Batch progress")
        self._progress.setRange(0, 1)
        self._progress.setValue(0)
        self._status = QLabel()
        self._status.setObjectName("statusLine")
        self._status.setAccessibleName("Batch status")
        self._status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._error = message_label("Batch error", error=True)
        self._notes = message_label("Batch notes")
        run_row = hbox(
            self._run_button,
            self._cancel_button,
            (self._progress, 1),
            8,
            buddy("&Rows at once", self._concurrency),
            self._concurrency,
            spacing=8,
        )

        self._results = BatchResultsView(self._kind)

        vbox(
            file_row,
            columns_row,
            output_row,
            self._resume_box,
            run_row,
            hbox((self._status, 1)),
            self._error,
            self._notes,
            (self._results, 1),
            parent=self,
            margins=NO_MARGINS,
            spacing=8,
        )

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
        self._results.exported.connect(self._on_results_exported)
        self._results.export_failed.connect(self._on_results_export_failed)
        self.running_changed.connect(self._results.labelling.set_batch_running)

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
        return self._results.model

    @property
    def labelling(self) -> ActiveLabelling:
        return self._results.labelling

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
        self._results.clear_results()
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
        show_error_in(self._error, title, message)

    def show_wrong_rows(self, gold: str | None = None, predicted: str | None = None) -> list[int]:
        """Filter the table to the rows of one confusion cell (every wrong row when both are None).

        Returns the source rows shown.
        """
        return self._results.show_wrong_rows(gold, predicted)

    def export_to(self, target: Path) -> None:
        """Copy the output CSV to ``target`` in the background."""
        self._results.export_to(target)

    def show_all_rows(self) -> None:
        self._results.show_all_rows()

    def shutdown(self, on_stuck: Callable[[], None] | None = None) -> None:
        """Stop a running batch and wait for it (closing the window); rows done stay journaled.

        ``on_stuck`` is called when the batch has not stopped within a few
        seconds of the cancel (a model still loading): closing the engine
        ends it.
        """
        for worker in (self._worker, self._reader, self._results.copier, *self._results.labelling.workers()):
            if worker is not None:
                stop_and_wait(worker, on_stuck or (lambda: None))

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
        self._results.show_metrics(None)
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
            self._results.add_result(progress.last)
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
        self._progress.setRange(0, max(1, summary.total))
        self._progress.setValue(summary.done)
        self._results.set_results(summary.results, summary.metrics, partial=summary.cancelled)
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

    @Slot(object)
    def _on_results_exported(self, target: Path) -> None:
        self._set_status(f"Saved {target}.")

    @Slot(str, str)
    def _on_results_export_failed(self, title: str, message: str) -> None:
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
        self._results.set_source(None, "", None)
        self._results.reset()
        self._summary = None
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
        self._results.set_source(table, self.text_column, self.gold_column)

    def _reset_results(self) -> None:
        if self._table is None or self._worker is not None:
            return
        self._results.set_source(self._table, self.text_column, self.gold_column)
        self._results.reset()
        self._summary = None
        self._update_actions()

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
        self._results.set_export_source(self._summary.output_path if self._summary is not None else None)
