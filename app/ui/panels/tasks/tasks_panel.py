"""The Tasks tab: the task library on the left; the editor, the data and a try, the run, and the matrix in
pages beside it."""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtWidgets import QFileDialog, QLabel, QListWidget, QListWidgetItem, QTabWidget, QWidget

from app.core.errors import UserFacingError
from app.core.tasks.custom.cache import ResponseCache
from app.core.tasks.custom.export import export_run
from app.core.tasks.custom.library import TaskEntry, file_stem, sample_file
from app.core.tasks.custom.matrix import MatrixResult
from app.core.tasks.custom.run import journal_fingerprint
from app.core.tasks.custom.saved import open_task_run, save_task_run, saved_task_runs, task_run_id
from app.core.tasks.custom.spec import Column, MatrixRow, TaskSpec
from app.core.tasks.tables import Table, read_table
from app.ui.dialogs.questions import confirm
from app.ui.i18n import core_text, error_title, integer
from app.ui.panels import PanelContext
from app.ui.panels._task_panel import add_shortcuts, error_label, show_error_in, status_label, stop_and_wait
from app.ui.panels.tasks.services import TaskServices
from app.ui.panels.tasks.task_editor import TaskEditor
from app.ui.panels.tasks.task_matrix import MatrixView
from app.ui.panels.tasks.task_run import RunPage
from app.ui.panels.tasks.task_tables import error_text
from app.ui.panels.tasks.task_try import TryPage
from app.ui.panels.tasks.task_words import (
    library_buttons,
    library_item,
    progress_text,
    run_outcome,
    title_html,
    try_verdict,
)  # fmt: skip
from app.ui.widgets.buttons import action_button
from app.ui.widgets.layouts import STRETCH, hbox, splitter, vbox
from app.workers.call_worker import CallWorker
from app.workers.task_run_worker import TaskRunJob, TaskRunWorker

#: ``settings.extra`` key of the tab's own state.
SETTINGS_KEY = "tasks"
_ENTRY = Qt.ItemDataRole.UserRole
#: The pages' tab titles ("Run": the page where a task is run; "Matrix": the run's results, rows × models).
PAGES = (QT_TRANSLATE_NOOP("TasksPanel", "Task"), QT_TRANSLATE_NOOP("TasksPanel", "Data && try"),
         QT_TRANSLATE_NOOP("TasksPanel", "Run"), QT_TRANSLATE_NOOP("TasksPanel", "Matrix"))  # fmt: skip


class TasksPanel(QWidget):
    """A person's own tasks: the library, the editor, a try on one row, a run over a file and its matrix.

    The task shown is the one being edited: unsaved changes are marked in its
    title and asked about before another task replaces it. Saving a built-in
    writes a copy into the person's folder. A run keeps a journal named by
    what it is (task, rows, models): running the same again resumes it; each
    finished or cancelled run is saved in the history, and can be reopened.
    """

    def __init__(self, context: PanelContext, services: TaskServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._engines = context.engines
        self._models = context.models
        self._store = context.store
        self._state = context.state(SETTINGS_KEY)
        self._services = services
        self._cache: ResponseCache | None = None
        #: The library entry the editor holds (None: a new task, not saved yet).
        self._entry: TaskEntry | None = None
        self._dirty = False
        self._reader: CallWorker | None = None
        self._try: TaskRunWorker | None = None
        self._run: TaskRunWorker | None = None
        self._run_started = 0.0
        self._run_journal: Path | None = None
        self._build()
        self._connect()
        self.data.picker.populate([self._state.get("try_model")])
        self.reload_library()
        self._show_saved_runs()
        if self._library.count():
            self._library.setCurrentRow(0)

    def _build(self) -> None:
        self._library = QListWidget()
        self._library.setAccessibleName(self.tr("Task library"))
        self._new, self._duplicate, self._delete, self._import, self._export = library_buttons()
        left = QWidget()
        vbox(
            QLabel(self.tr("Tasks")), (self._library, 1), hbox(self._new, self._duplicate, self._delete, spacing=6),
            hbox(self._import, self._export, STRETCH, spacing=6), margins=(0, 0, 8, 0), parent=left,
        )  # fmt: skip

        self._title = QLabel()
        self._title.setAccessibleName(self.tr("Task title"))
        self._save = action_button(self.tr("Save"), self.tr("Save task"),
                                   self.tr("Save the task in your tasks folder (Ctrl+S)"))  # fmt: skip
        self._status = status_label(self.tr("Tasks status"))
        self._error = error_label(self.tr("Task error"))
        self.editor = TaskEditor()
        self.data = TryPage(self._models)
        self.run_page = RunPage(self._models)
        self.matrix = MatrixView()
        self._pages = QTabWidget()
        self._pages.setAccessibleName(self.tr("Task pages"))
        self._pages.setDocumentMode(True)
        for page, title in zip((self.editor, self.data, self.run_page, self.matrix), PAGES, strict=True):
            self._pages.addTab(page, self.tr(title))
        right = QWidget()
        vbox(hbox((self._title, 1), self._save, spacing=8), self._error, (self._pages, 1), self._status,
             margins=(8, 0, 0, 0), spacing=6, parent=right)  # fmt: skip
        vbox((splitter(Qt.Orientation.Horizontal, (left, 0), (right, 1), sizes=[230, 800]), 1),
             margins=(16, 12, 16, 12), parent=self)  # fmt: skip
        add_shortcuts(self, {"Ctrl+S": self._on_save_clicked, "Ctrl+Return": self._on_data_try_requested})

    def _connect(self) -> None:
        self._library.currentItemChanged.connect(self._on_library_current_item_changed)
        self._new.clicked.connect(self._on_new_clicked)
        self._duplicate.clicked.connect(self._on_duplicate_clicked)
        self._delete.clicked.connect(self._on_delete_clicked)
        self._import.clicked.connect(self._on_import_clicked)
        self._export.clicked.connect(self._on_export_clicked)
        self._save.clicked.connect(self._on_save_clicked)
        self.editor.changed.connect(self._on_editor_changed)
        self.data.open_requested.connect(self._on_data_open_requested)
        self.data.sample_requested.connect(self._on_data_sample_requested)
        self.data.row_changed.connect(self._on_data_row_changed)
        self.data.try_requested.connect(self._on_data_try_requested)
        self.data.stop_requested.connect(self._on_data_stop_requested)
        self.run_page.run_requested.connect(self._on_run_page_run_requested)
        self.run_page.cancel_requested.connect(self._on_run_page_cancel_requested)
        self.run_page.open_run_requested.connect(self._on_run_page_open_run_requested)
        self.matrix.export_requested.connect(self._on_matrix_export_requested)

    # -- the Panel protocol -------------------------------------------------------

    def refresh_models(self) -> None:
        self.data.picker.refresh()
        self.run_page.refresh_models()

    @property
    def active_model_ids(self) -> set[str]:
        """The models a try or a run is using now."""
        running = set()
        if self._try is not None:
            running |= {self.data.picker.model_id or ""}
        if self._run is not None:
            running |= set(self.run_page.model_ids())
        return running - {""}

    def shutdown(self) -> None:
        for worker in (self._try, self._run, self._reader):
            if worker is not None:
                stop_and_wait(worker, lambda: None)
        if self._cache is not None:
            self._cache.close()
            self._cache = None

    # -- public API ---------------------------------------------------------------

    def reload_library(self, select: str | None = None) -> None:
        """List the library again; ``select``: the task to show as current (without opening it again)."""
        self._library.blockSignals(True)
        self._library.clear()
        for entry in self._services.library.list():
            item = library_item(entry, _ENTRY)
            self._library.addItem(item)
            if select is not None and entry.name == select and not entry.error:
                self._library.setCurrentItem(item)
        self._library.blockSignals(False)

    def open_task(self, spec: TaskSpec) -> None:
        """Show ``spec`` as a new task, not saved yet (Save as task from another tab, New, Duplicate)."""
        if not self._confirm_discard():
            return
        self._library.blockSignals(True)
        self._library.setCurrentRow(-1)
        self._library.blockSignals(False)
        self._show_task(spec, None)
        self._set_dirty(True)
        self._pages.setCurrentWidget(self.editor)
        self.editor.focus_name()

    def save_task(self) -> Path | None:
        """Save the task as edited; its errors shown beside their fields. The file, or None when not saved."""
        self._error.hide()
        try:
            spec = self.editor.spec()
            previous = self._entry.name if self._entry is not None and not self._entry.builtin else None
            path = self._services.library.save(spec, previous_name=previous)
        except UserFacingError as exc:
            if not self.editor.show_error(exc):
                show_error_in(self._error, self.tr("The task was not saved"), error_text(exc))
            self._pages.setCurrentWidget(self.editor)
            return None
        self.editor.clear_errors()
        was_builtin = self._entry is not None and self._entry.builtin
        self._entry = TaskEntry(spec.name, path, False, spec.description, spec.output)
        self._delete.setEnabled(True)
        self._export.setEnabled(True)
        self._set_dirty(False)
        self.reload_library(select=spec.name)
        saved = self.tr("Saved a copy of the built-in in {path}.") if was_builtin else self.tr("Saved in {path}.")
        self._status.setText(saved.format(path=path))
        return path

    def load_table(self, path: Path) -> None:
        """Read ``path`` (CSV or JSONL) off the GUI thread as the rows to try and run on."""
        if self._reader is not None:
            return
        self._status.setText(self.tr("Reading {name}…").format(name=path.name))
        self._reader = CallWorker(lambda: read_table(path), "Read task input", self)
        self._reader.succeeded.connect(self._on_reader_succeeded)
        self._reader.failed.connect(self._on_reader_failed)
        self._reader.start()

    def export_matrix(self, path: Path) -> Path | None:
        """Write the matrix shown to ``path`` (.csv, .jsonl or .html); the file, or None (the reason shown)."""
        result = self.matrix.result
        if result is None:
            return None
        try:
            written = export_run(result, path)
        except UserFacingError as exc:
            show_error_in(self._error, error_title(exc), core_text(exc))
            return None
        self._status.setText(self.tr("Exported to {path}.").format(path=written))
        return written

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    # -- library --------------------------------------------------------------------

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_library_current_item_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if current is None:
            return
        entry: TaskEntry = current.data(_ENTRY)
        if self._entry is not None and entry.path == self._entry.path:
            return
        if not self._confirm_discard():
            self._library.blockSignals(True)
            self._library.setCurrentItem(previous)
            self._library.blockSignals(False)
            return
        if entry.error:
            show_error_in(self._error, self.tr("This task file cannot be read"), core_text(entry.error))
            return
        try:
            spec = self._services.library.get(entry.name)
        except UserFacingError as exc:
            show_error_in(self._error, error_title(exc), core_text(exc))
            return
        self._show_task(spec, entry)

    @Slot()
    def _on_new_clicked(self) -> None:
        self.open_task(TaskSpec(name=self.tr("New task", "the name a new task starts with"), template="{{text}}"))

    @Slot()
    def _on_duplicate_clicked(self) -> None:
        try:
            spec = self.editor.draft()
        except UserFacingError as exc:
            show_error_in(self._error, error_title(exc), core_text(exc))
            return
        self.open_task(replace(spec, name=self.tr("{name} (copy)").format(name=spec.name)))

    @Slot()
    def _on_delete_clicked(self) -> None:
        entry = self._entry
        if entry is None or entry.builtin:
            return
        question = self.tr("Delete the task “{name}” ({file})?").format(name=entry.name, file=entry.path.name)
        if not confirm(self, self.tr("Delete task"), question):
            return
        try:
            self._services.library.delete(entry.name)
        except UserFacingError as exc:
            show_error_in(self._error, error_title(exc), core_text(exc))
            return
        self._entry = None
        self._set_dirty(False)
        self.reload_library()
        self._library.setCurrentRow(0)
        self._status.setText(self.tr("Deleted {file}.").format(file=entry.path.name))

    @Slot()
    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import task"), str(Path.home()), self._task_files())
        if not path:
            return
        try:
            entry = self._services.library.import_file(Path(path))
        except UserFacingError as exc:
            show_error_in(self._error, error_title(exc), core_text(exc))
            return
        self.reload_library()
        self._select(entry.name)
        self._status.setText(self.tr("Imported “{name}”.").format(name=entry.name))

    @Slot()
    def _on_export_clicked(self) -> None:
        if self._entry is None:
            show_error_in(self._error, self.tr("Nothing to export"), self.tr("Save the task first."))
            return
        name = f"{file_stem(self._entry.name)}.yaml"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export task"), str(Path.home() / name), self._task_files())
        if not path:
            return
        try:
            written = self._services.library.export(self._entry.name, Path(path))
        except UserFacingError as exc:
            show_error_in(self._error, error_title(exc), core_text(exc))
            return
        self._status.setText(self.tr("Exported to {path}.").format(path=written))

    @Slot()
    def _on_save_clicked(self) -> None:
        self.save_task()

    @Slot()
    def _on_editor_changed(self) -> None:
        self._set_dirty(True)
        self._offer_variants()
        self._on_data_row_changed()

    # -- data and try -----------------------------------------------------------------

    @Slot()
    def _on_data_open_requested(self) -> None:
        start = self._state.get("input_dir") or str(Path.home())
        tables = self.tr("Tables (*.csv *.tsv *.txt *.jsonl *.ndjson)")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open input file"), start, tables)
        if path:
            self._state["input_dir"] = str(Path(path).parent)
            self.load_table(Path(path))

    @Slot()
    def _on_data_sample_requested(self) -> None:
        sample = sample_file(self._entry.path) if self._entry is not None else None
        if sample is not None:
            self.load_table(sample)

    @Slot(object)
    def _on_reader_succeeded(self, table: Table) -> None:
        self._end_reader()
        self.data.set_table(table)
        self._status.setText(
            self.tr("{file}: %n row(s), columns {columns}.", None, len(table.rows)).format(
                file=table.path.name, columns=", ".join(table.columns)
            )
        )

    @Slot(str, str)
    def _on_reader_failed(self, title: str, message: str) -> None:
        self._end_reader()
        show_error_in(self._error, core_text(title), core_text(message))
        self._status.setText(f"{core_text(title)}.")

    def _end_reader(self) -> None:
        if self._reader is not None:
            self._reader.deleteLater()
        self._reader = None

    @Slot()
    def _on_data_row_changed(self) -> None:
        self.data.show_preview(self.editor.draft())

    @Slot()
    def _on_data_try_requested(self) -> None:
        if self._try is not None:
            return
        model = self.data.picker.model_id
        self._state["try_model"] = model
        if not model or not self.data.picker.can_run:
            reason = self.data.picker.unavailable_reason
            self.data.status.setText(core_text(reason) if reason else self.tr("Pick a model to try the task on."))
            return
        task = self._checked_task()
        if task is None:
            return
        job = TaskRunJob(task, [self.data.row_values()], [Column(model, self.data.variant)], self._engines.get,
                         self._services.checker)  # fmt: skip
        self._try = TaskRunWorker(job, stream_text=True, parent=self)
        self._try.text_streamed.connect(self.data.append_answer)
        self._try.succeeded.connect(self._on_try_succeeded)
        self._try.failed.connect(self._on_try_failed)
        self._try.cancelled.connect(self._on_try_cancelled)
        self.data.start_answer()
        self.data.set_busy(True)
        self.data.status.setText(self.tr("Asking {model}…").format(model=self.data.picker.model_label))
        self._try.start()

    @Slot()
    def _on_data_stop_requested(self) -> None:
        if self._try is not None:
            self._try.cancel()

    @Slot(object)
    def _on_try_succeeded(self, result: MatrixResult) -> None:
        self._end_try()
        cell = next(iter(result.rows[0].cells.values()), None)
        if cell is None:
            self.data.status.setText(self.tr("Stopped."))
            return
        self.data.show_cell(cell)
        self.data.status.setText(try_verdict(cell))

    @Slot(str, str)
    def _on_try_failed(self, title: str, message: str) -> None:
        self._end_try()
        self.data.status.setText(f"{core_text(title)}: {core_text(message)}")

    @Slot()
    def _on_try_cancelled(self) -> None:
        self._end_try()
        self.data.status.setText(self.tr("Stopped."))

    def _end_try(self) -> None:
        if self._try is not None:
            self._try.deleteLater()
        self._try = None
        self.data.set_busy(False)

    # -- the run ----------------------------------------------------------------------

    @Slot()
    def _on_run_page_run_requested(self) -> None:
        if self._run is not None:
            return
        table = self.data.table
        columns = self.run_page.columns()
        task = self._checked_task()
        if task is None:
            return
        if table is None or not table.rows:
            self.run_page.status.setText(self.tr("Open an input file first (Data & try)."))
            return
        if not columns:
            self.run_page.status.setText(self.tr("Pick at least one model that can run, and a variant."))
            return
        rows = list(table.rows)
        fingerprint = json.dumps(journal_fingerprint(task, rows, columns), sort_keys=True, default=str)
        digest = hashlib.sha256(fingerprint.encode()).hexdigest()[:16]
        self._run_journal = self._services.runs_dir / f"{file_stem(task.name)}-{digest}.jsonl"
        cache = self._open_cache() if self.run_page.cache.isChecked() else None
        job = TaskRunJob(task, rows, columns, self._engines.get, self._services.checker, self._run_journal, cache)
        self.matrix.show_result(MatrixResult(task, tuple(columns), [MatrixRow(i, v) for i, v in enumerate(rows)]))
        self.run_page.progress.setRange(0, len(rows) * len(columns))
        self.run_page.progress.setValue(0)
        self._run = TaskRunWorker(job, parent=self)
        self._run.cell_done.connect(self._on_run_cell_done)
        self._run.succeeded.connect(self._on_run_succeeded)
        self._run.failed.connect(self._on_run_failed)
        self._run_started = time.monotonic()
        self.run_page.set_running(True)
        self.run_page.status.setText(
            self.tr("Running {rows} rows × {columns} columns…").format(rows=integer(len(rows)), columns=len(columns))
        )
        self._run.start()

    @Slot()
    def _on_run_page_cancel_requested(self) -> None:
        if self._run is not None:
            self._run.cancel()
            self.run_page.status.setText(self.tr("Stopping after the cells under way…"))

    @Slot(int, object, object)
    def _on_run_cell_done(self, index: int, column: Column, cell: object) -> None:
        self.matrix.add_cell(index, column, cell)  # type: ignore[arg-type]
        progress = self.run_page.progress
        progress.setValue(progress.value() + 1)
        elapsed = max(time.monotonic() - self._run_started, 1e-6)
        self.run_page.status.setText(progress_text(progress.value(), progress.maximum(), progress.value() / elapsed))

    @Slot(object)
    def _on_run_succeeded(self, result: MatrixResult) -> None:
        self._end_run()
        self.matrix.show_result(result)
        self.run_page.status.setText(run_outcome(result, self.tr("%n resumed from the journal", None, result.resumed)))
        if self._store is not None and result.done:
            try:
                save_task_run(self._store, result, task_run_id(self._run_journal), str(self.data.table.path)
                              if self.data.table is not None else "")  # fmt: skip
            except UserFacingError as exc:
                show_error_in(self._error, self.tr("The run was not saved in the history"), core_text(exc))
            self._show_saved_runs()
        if not result.cancelled:
            self._pages.setCurrentWidget(self.matrix)

    @Slot(str, str)
    def _on_run_failed(self, title: str, message: str) -> None:
        self._end_run()
        self.run_page.status.setText(f"{core_text(title)}: {core_text(message)}")

    def _end_run(self) -> None:
        if self._run is not None:
            self._run.deleteLater()
        self._run = None
        self.run_page.set_running(False)

    @Slot(str)
    def _on_run_page_open_run_requested(self, run_id: str) -> None:
        if self._store is None:
            return
        try:
            result = open_task_run(self._store, run_id)
        except UserFacingError as exc:
            self.run_page.status.setText(core_text(exc))
            return
        self.matrix.show_result(result)
        self._pages.setCurrentWidget(self.matrix)

    @Slot(str)
    def _on_matrix_export_requested(self, suffix: str) -> None:
        result = self.matrix.result
        name = f"{file_stem(result.task.name) if result is not None else 'task'}-run{suffix}"
        start = Path(self._state.get("export_dir") or Path.home()) / name
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export run"), str(start), f"*{suffix}")
        if path:
            self._state["export_dir"] = str(Path(path).parent)
            self.export_matrix(Path(path))

    # -- helpers ----------------------------------------------------------------------

    def _show_task(self, spec: TaskSpec, entry: TaskEntry | None) -> None:
        self._entry = entry
        self._error.hide()
        self.editor.set_spec(spec)
        self._set_dirty(False)
        self._offer_variants()
        self.data.set_sample_available(entry is not None and entry.builtin and sample_file(entry.path) is not None)
        self._delete.setEnabled(entry is not None and not entry.builtin)
        self._export.setEnabled(entry is not None)
        self._on_data_row_changed()

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        builtin = self._entry is not None and self._entry.builtin
        self._title.setText(title_html(self.editor.draft().name, builtin, dirty))

    def _offer_variants(self) -> None:
        draft = self.editor.draft()
        names = [v.name for v in draft.all_variants()]
        self.data.set_variants(names)
        self.run_page.set_variants(names)
        # A task whose answer is a label can run on trained classifiers (classifier:NAME) too.
        self.data.picker.set_label_models(draft.output == "label")
        self.run_page.set_label_models(draft.output == "label")

    def _confirm_discard(self) -> bool:
        if not self._dirty:
            return True
        return confirm(self, self.tr("Unsaved changes"), self.tr("This task has unsaved changes. Discard them?"))

    def _checked_task(self) -> TaskSpec | None:
        """The task as edited, if it reads; otherwise None, its error shown beside its field."""
        try:
            return self.editor.spec()
        except UserFacingError as exc:
            if not self.editor.show_error(exc):
                show_error_in(self._error, error_title(exc), error_text(exc))
            self._pages.setCurrentWidget(self.editor)
            return None

    def _open_cache(self) -> ResponseCache | None:
        if self._cache is None:
            try:
                self._cache = self._services.open_cache()
            except UserFacingError as exc:
                self.run_page.status.setText(
                    self.tr("Running without the cache: {reason}").format(reason=core_text(exc))
                )
        return self._cache

    def _task_files(self) -> str:
        return self.tr("Task files (*.yaml *.yml)")

    def _select(self, name: str) -> None:
        for row in range(self._library.count()):
            if self._library.item(row).data(_ENTRY).name == name:
                self._library.setCurrentRow(row)
                return

    def _show_saved_runs(self) -> None:
        self.run_page.show_saved(saved_task_runs(self._store) if self._store is not None else [])
