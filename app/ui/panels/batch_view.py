"""Run a task over every row of a CSV or JSONL file, and see how well it did."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal, Slot
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
from app.core.tasks.batch import DEFAULT_CONCURRENCY, BatchProgress, BatchSpec, BatchSummary, Job, journal_path
from app.core.tasks.tables import GOLD_COLUMN_NAMES, TEXT_COLUMN_NAMES, Table, guess_column, read_table
from app.ui.i18n import core_text, translate
from app.ui.panels._task_panel import progress_line, show_error_in, stop_and_wait
from app.ui.panels.active_labelling import ActiveLabelling
from app.ui.panels.batch_results import BatchResultsModel, Kind
from app.ui.panels.batch_results_view import BatchResultsView
from app.ui.panels.batch_results_view import duration as duration  # translation_panel uses it from here
from app.ui.widgets.buttons import action_button
from app.ui.widgets.elided_label import ElidedLabel
from app.ui.widgets.layouts import NO_MARGINS, STRETCH, boxed, buddy, hbox, vbox
from app.ui.widgets.message_label import message_label
from app.workers.batch_worker import BatchWorker
from app.workers.call_worker import CallWorker

if TYPE_CHECKING:
    from app.core.history.store import Store

#: The gold column's "no column" choice.
NO_GOLD = QT_TRANSLATE_NOOP("BatchView", "(none)")
NO_FILE = QT_TRANSLATE_NOOP("BatchView", "No file open.")


def _column_combo(name: str, tip: str) -> QComboBox:
    """A picker of one of the open file's columns."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setToolTip(tip)
    combo.setMinimumContentsLength(10)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


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
        self._open_button = action_button(
            self.tr("Open file…"), self.tr("Open file"), self.tr("Open a CSV or JSONL file to run over")
        )
        self._file_label = ElidedLabel(translate("BatchView", NO_FILE))
        self._file_label.setObjectName("secondaryText")
        self._file_label.setAccessibleName(self.tr("Batch file"))

        self._text_combo = _column_combo(self.tr("Text column"), self.tr("The column whose text the model reads."))
        self._gold_combo = _column_combo(
            self.tr("Gold column"),
            self.tr("The column with the right answers, to measure the model against (optional)."),
        )
        text_label = buddy(self.tr("&Text column"), self._text_combo)
        gold_label = buddy(self.tr("&Gold column"), self._gold_combo)

        # The file's name on its own line: beside the column pickers it had a few letters' room.
        file_row = hbox(self._open_button, (self._file_label, 1), spacing=8)
        columns_row = hbox(text_label, self._text_combo, 8, gold_label, self._gold_combo, STRETCH, spacing=8)
        # Gold labels only mean something for classification.
        gold_label.setVisible(self._kind == "classify")
        self._gold_combo.setVisible(self._kind == "classify")

        self._output_edit = QLineEdit()
        self._output_edit.setAccessibleName(self.tr("Output file"))
        self._output_edit.setPlaceholderText(self.tr("Where the results go (chosen when a file is opened)"))
        self._output_button = action_button(
            self.tr("Change…"), self.tr("Choose output file"), self.tr("Choose where the results are saved")
        )
        output_row = hbox(
            buddy(self.tr("O&utput"), self._output_edit), (self._output_edit, 1), self._output_button, spacing=8
        )

        self._resume_label = QLabel()
        self._resume_label.setObjectName("notice")
        self._resume_label.setAccessibleName(self.tr("Resume notice"))
        self._resume_label.setWordWrap(True)
        start_over = self.tr("Start over")
        self._start_over_button = action_button(
            start_over, start_over, self.tr("Discard the rows done by the earlier run")
        )
        self._resume_box = boxed(hbox((self._resume_label, 1), self._start_over_button, margins=NO_MARGINS, spacing=8))
        self._resume_box.hide()

        self._concurrency = QSpinBox()
        self._concurrency.setAccessibleName(self.tr("Rows at once"))
        self._concurrency.setRange(1, 16)
        self._concurrency.setValue(int(self._state.get("concurrency", DEFAULT_CONCURRENCY)))
        self._concurrency.setToolTip(
            self.tr(
                "Rows sent to a remote model at once (it slows down when the provider says too many). "
                "Local models take one row at a time."
            )
        )
        run, cancel = self.tr("Run batch"), self.tr("Cancel batch")
        self._run_button = action_button(run, run, self.tr("Run the model over every row"))
        self._run_button.setObjectName("primaryButton")
        self._cancel_button = action_button(cancel, cancel, self.tr("Stop after the rows in progress"))
        self._progress = progress_line(self.tr("Batch progress"))
        self._progress.setRange(0, 1)
        self._progress.setValue(0)
        self._status = QLabel()
        self._status.setObjectName("statusLine")
        self._status.setAccessibleName(self.tr("Batch status"))
        self._status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._error = message_label(self.tr("Batch error"), error=True)
        self._notes = message_label(self.tr("Batch notes"))
        run_row = hbox(
            self._run_button,
            self._cancel_button,
            (self._progress, 1),
            8,
            buddy(self.tr("&Rows at once"), self._concurrency),
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
        self._set_status(self.tr("Reading {name}…").format(name=path.name))
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
        self._set_status(self.tr("Starting on %n row(s)…", None, len(self._table.rows)))
        self._update_actions()
        self.running_changed.emit(True)
        self._worker.start()

    def cancel(self) -> None:
        if self._worker is not None and not self._worker.cancel_requested:
            self._worker.cancel()
            self._set_status(self.tr("Cancelling: finishing the rows in progress…"))
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
            self,
            self.tr("Open a file to run over"),
            self._state.get("folder", ""),
            self.tr("Tables (*.csv *.tsv *.txt *.jsonl);;All files (*)"),
        )
        if path:
            self._state["folder"] = str(Path(path).parent)
            self.open_file(Path(path))

    @Slot(object)
    def _on_reader_succeeded(self, table: Table) -> None:
        self._end_reader()
        self._table = table
        self._file_label.setText(self.tr("{name} · %n row(s)", None, len(table.rows)).format(name=table.path.name))
        self._file_label.setToolTip(str(table.path))
        self._fill_columns(table)
        suffix = "labelled" if self._kind == "classify" else "translated"
        self._output_edit.setText(str(table.path.with_name(f"{table.path.stem}.{suffix}.csv")))
        self._summary = None
        self._results.show_metrics(None)
        self._set_status(self.tr("%n row(s). Choose the columns and press Run batch.", None, len(table.rows)))
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
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the results as"), start, self.tr("CSV files (*.csv)"))
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
            self.show_error(
                self.tr("Could not discard the earlier run"),
                self.tr("{reason}. Choose another output file.").format(reason=exc.strerror),
            )
            return
        self._update_resume_offer()
        self._set_status(self.tr("The earlier run was discarded; Run batch starts from the first row."))

    @Slot()
    def _on_run_button_clicked(self) -> None:
        if not self._run_button.isEnabled():
            return
        output = self.output_path
        if output is not None and self._table is not None and output.resolve() == self._table.path.resolve():
            self.show_error(self.tr("The output would overwrite the input"), self.tr("Choose another output file."))
            return
        folder = output.parent if output is not None else None
        if folder is not None and not (folder.is_dir() and os.access(folder, os.W_OK)):
            self.show_error(
                self.tr("Cannot write the results there"),
                self.tr("{folder} is not a folder Plinth can write to. Choose another output file.").format(
                    folder=folder
                ),
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
        self._set_status(self._results.progress_text(progress))

    @Slot(object)
    def _on_worker_succeeded(self, summary: BatchSummary) -> None:
        self._end_run()
        self._summary = summary
        self._progress.setRange(0, max(1, summary.total))
        self._progress.setValue(summary.done)
        self._results.set_results(summary.results, summary.metrics, partial=summary.cancelled)
        self._set_status(self._results.summary_text(summary))
        self._notes.setText(" ".join(core_text(note) for note in summary.notes))
        self._notes.setVisible(bool(summary.notes))
        self._save_run(summary)
        self._update_resume_offer()
        self._update_actions()

    @Slot(str, str)
    def _on_worker_failed(self, title: str, message: str) -> None:
        self._end_run()
        self.show_error(
            title,
            self.tr("{message} The rows done so far are kept: Run batch resumes after them.").format(message=message),
        )
        self._set_status(self.tr("Stopped by an error."))
        self._update_resume_offer()
        self._update_actions()

    @Slot(object)
    def _on_results_exported(self, target: Path) -> None:
        self._set_status(self.tr("Saved {path}.").format(path=target))

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
            self.show_error(self.tr("Not saved in the history"), core_text(exc))

    def _close_file(self) -> None:
        """Forget the open file: a refused file must not leave the previous one ready to run."""
        self._table = None
        self._file_label.setText(translate("BatchView", NO_FILE))
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
        self._gold_combo.addItem(translate("BatchView", NO_GOLD), None)
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
            self.tr(
                "An earlier run into {name} stopped part-way. Run batch resumes it when the model "
                "and settings are the same; Start over discards it."
            ).format(name=output.name)
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
