"""Side by side: one input, 2–4 models, their answers streaming in columns, the figures and a verdict."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QLabel, QSizePolicy, QWidget

from app.core.compare.report import EXPORT_FORMATS, export_report
from app.core.compare.results import ComparisonResult, ModelRun
from app.core.compare.saved import ComparisonStore
from app.core.compare.spec import Comparison
from app.core.compare.verdict import privacy_summary, result_destinations, result_privacy, verdict
from app.core.errors import UserFacingError
from app.ui.dialogs.questions import confirm
from app.ui.i18n import core_text, error_title, translate
from app.ui.panels._task_panel import add_shortcuts, stop_and_wait
from app.ui.panels.compare_setup import CompareSetup
from app.ui.widgets.buttons import action_button
from app.ui.widgets.compare_column import CompareColumn
from app.ui.widgets.compare_results import CompareResults
from app.ui.widgets.comparison_view import ComparisonView
from app.ui.widgets.layouts import hbox, splitter, vbox
from app.ui.widgets.saved_comparisons import SavedComparisons, local_time
from app.workers.compare_worker import CompareWorker

if TYPE_CHECKING:
    from app.ui.panels import PanelContext

#: Where the panel keeps its state in ``Settings.extra``.
SETTINGS_KEY = "compare"
PICK_DIFFERENT = QT_TRANSLATE_NOOP("ComparePanel", "Pick a different model in each picker.")
#: Beside the store: each batch comparison's outputs and journals, one folder per comparison.
WORK_FOLDER = "comparison-runs"
#: The export formats' names in the file dialog, by core's name (``EXPORT_FORMATS``).
FORMAT_NAMES = {"HTML report": QT_TRANSLATE_NOOP("ComparePanel", "HTML report")}


def _error_text(exc: UserFacingError) -> str:
    #: An error's title, then its message and hint.
    return translate("ComparePanel", "{title}. {message}").format(title=error_title(exc), message=core_text(exc))


class ComparePanel(QWidget):
    """The Compare workspace: the same input to 2–4 models at once, local and remote.

    Pick the models (Add model / Remove model) and a task — a chat prompt,
    a translation, a classification, or a CSV/JSONL file to classify or
    translate (with a gold column: accuracy and macro-F1). Run comparison
    starts every model; each streams into its own column with its privacy
    badge, its status (queued #n, loading, streaming, done, failed,
    stopped) and its own Stop. Stop all stops them all. Under the columns:
    the metrics table with each metric's best value highlighted, and bar
    charts; above them the verdict, and which text was sent where.

    Every finished comparison is saved in the ``ComparisonStore`` and listed
    on the left: selecting one shows it again exactly as it ended (nothing
    re-runs); Rerun runs its spec again; Export report writes Markdown, CSV
    or HTML.

    With ``documents`` a chat prompt can be answered from document
    collections (the Documents control of the set-up): they are searched
    once, every model gets the same passages, and each column shows its
    citations as links to the passage and a Sources line.

    Its state (models, task, options, input) lives in
    ``settings.extra["compare"]``; the window saves the settings.

    Signals:
        providers_requested(): the notice's link to set up a provider was clicked.
    """

    providers_requested = Signal()

    def __init__(
        self,
        context: PanelContext,
        comparisons: ComparisonStore,
        work_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``comparisons``: where finished comparisons are saved; ``work_dir``: where batch comparisons write
        each model's output CSV (beside ``comparisons`` by default); ``documents``: finds the passages of a
        comparison answered from documents (None: no documents)."""
        super().__init__(parent)
        self._engines = context.engines
        self._documents = context.documents
        self._models = context.models
        self._comparisons = comparisons
        self._work_dir = work_dir or comparisons.path.parent / WORK_FOLDER
        self._state = context.state(SETTINGS_KEY)
        self._labels: dict[str, str] = {}
        self._worker: CompareWorker | None = None
        #: The comparison shown: running (its runs fill in), finished, or reopened.
        self._shown: ComparisonResult | None = None
        self._build()
        self._connect()
        self._refresh_saved()
        self._update_actions()

    # -- construction ------------------------------------------------------------

    def _build(self) -> None:
        self._saved = SavedComparisons()
        self._setup = CompareSetup(
            self._models, self._state, self._documents.collection_names if self._documents is not None else None
        )
        self._run_button = action_button(
            self.tr("Run comparison"),
            self.tr("Run comparison"),
            self.tr("Send the same input to every model (Ctrl+Enter)"),
        )
        self._run_button.setObjectName("primaryButton")
        self._stop_all_button = action_button(
            self.tr("Stop all"), self.tr("Stop all"), self.tr("Stop every model (Esc)")
        )
        self._status = QLabel()
        self._status.setObjectName("statusLine")
        self._status.setAccessibleName(self.tr("Compare status"))
        self._status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        actions = hbox(self._setup.add_button, spacing=8)
        actions.addSpacing(12)
        actions.addWidget(self._status, 1)
        actions.addWidget(self._stop_all_button)
        actions.addWidget(self._run_button)
        documents = self._documents
        self._view = ComparisonView(self._state, in_context=documents.in_context if documents is not None else None)
        workspace = QWidget()
        vbox(self._setup, actions, (self._view, 1), parent=workspace, margins=(8, 0, 0, 0), spacing=8)

        saved_beside_workspace = splitter(
            Qt.Orientation.Horizontal, (self._saved, 0), (workspace, 1), sizes=[230, 1200]
        )
        vbox(saved_beside_workspace, parent=self, margins=(16, 12, 16, 12))
        # Only while this panel has focus, so other panels keep their own Esc and Ctrl+Enter.
        add_shortcuts(self, {"Esc": self._on_stop_all_button_clicked, "Ctrl+Return": self._on_run_button_clicked})

    def _connect(self) -> None:
        self._setup.changed.connect(self._on_setup_changed)
        self._setup.status_changed.connect(self._on_setup_status_changed)
        self._setup.providers_requested.connect(self.providers_requested)
        self._run_button.clicked.connect(self._on_run_button_clicked)
        self._stop_all_button.clicked.connect(self._on_stop_all_button_clicked)
        self._view.stop_requested.connect(self._on_view_stop_requested)
        self._saved.current_changed.connect(self._on_saved_current_changed)
        self._saved.rerun_requested.connect(self._on_saved_rerun_requested)
        self._saved.delete_requested.connect(self._on_saved_delete_requested)
        self._saved.export_requested.connect(self._on_saved_export_requested)

    # -- public API -----------------------------------------------------------------

    def refresh_models(self) -> None:
        """Re-read the model lists (providers or local models changed), keeping each picker's choice."""
        self._setup.refresh_models()
        self._update_actions()

    @property
    def active_model_ids(self) -> set[str]:
        """The models of the comparison running now, if any."""
        return set(self._worker.spec.models) if self._worker is not None else set()

    @property
    def is_running(self) -> bool:
        return self._worker is not None

    @property
    def columns(self) -> list[CompareColumn]:
        return self._view.columns

    @property
    def results(self) -> CompareResults:
        return self._view.results

    @property
    def shown(self) -> ComparisonResult | None:
        return self._shown

    def export_report(self, path: Path) -> Path:
        """Write the shown comparison to ``path``; its suffix (.md, .csv, .html) picks the format."""
        if self._shown is None:
            raise ValueError("no comparison is shown")
        return export_report(self._shown, path)

    def shutdown(self) -> None:
        """Stop a running comparison and wait for it (closing the window)."""
        self._setup.shutdown()
        worker = self._worker
        if worker is not None:
            stop_and_wait(worker, lambda: self._close_engines(worker.spec.models))

    # -- slots: set-up -----------------------------------------------------------------

    @Slot()
    def _on_setup_changed(self) -> None:
        self._update_actions()

    @Slot(str)
    def _on_setup_status_changed(self, text: str) -> None:
        self._set_status(text)

    # -- slots: running -----------------------------------------------------------------

    @Slot()
    def _on_run_button_clicked(self) -> None:
        if not self._run_button.isEnabled():
            return
        try:
            spec = self._setup.spec().validate()
        except UserFacingError as exc:
            self._set_status(_error_text(exc))
            return
        self._start(spec)

    @Slot()
    def _on_stop_all_button_clicked(self) -> None:
        if self._worker is not None and not self._worker.cancel_requested:
            self._worker.cancel()
            self._set_status(self.tr("Stopping every model…"))
            self._update_actions()

    @Slot(str)
    def _on_view_stop_requested(self, model_id: str) -> None:
        if self._worker is not None:
            self._worker.cancel_model(model_id)

    @Slot(str, int)
    def _on_worker_queued(self, model_id: str, position: int) -> None:
        self._view.column(model_id).set_queued(position)

    @Slot(str)
    def _on_worker_loading(self, model_id: str) -> None:
        self._view.column(model_id).set_loading()

    @Slot(str)
    def _on_worker_started(self, model_id: str) -> None:
        self._view.column(model_id).begin_answer()

    @Slot(str, str)
    def _on_worker_text(self, model_id: str, delta: str) -> None:
        self._view.column(model_id).append_text(delta)

    @Slot(str, int, int)
    def _on_worker_progress(self, model_id: str, done: int, total: int) -> None:
        self._view.column(model_id).set_progress(done, total)

    @Slot(str, object)
    def _on_worker_model_ended(self, model_id: str, run: ModelRun) -> None:
        """A model finished, failed or was stopped: its column shows how, and the figures fill in."""
        shown = self._shown
        if shown is None:
            return
        shown.runs = [run if r.model_id == model_id else r for r in shown.runs]
        self._view.show_run(model_id, shown.spec.task, run)
        # The figures fill in as each model ends; the verdict waits for all of them.
        self._view.results.show_result(shown, self._labels)

    @Slot(object)
    def _on_worker_finished(self, result: ComparisonResult) -> None:
        self._end_run()
        try:
            self._comparisons.save(result)
        except UserFacingError as exc:
            self._set_status(self.tr("Not saved: {error}").format(error=_error_text(exc)))
        else:
            self._set_status(self._outcome(result))
        self._show(result, columns_ready=True)
        self._refresh_saved(select=result.id)

    @Slot(str, str)
    def _on_worker_failed(self, title: str, message: str) -> None:
        title, message = core_text(title), core_text(message)
        for column in self._view.columns:
            if column.state not in ("done", "failed", "stopped"):
                column.fail(title, message)
        self._end_run()
        #: An error's title, then its message and hint.
        self._set_status(self.tr("{title}. {message}").format(title=title, message=message))

    # -- slots: saved comparisons -------------------------------------------------------

    @Slot(object)
    def _on_saved_current_changed(self, comparison_id: object) -> None:
        if not isinstance(comparison_id, str) or self._worker is not None:
            self._update_actions()
            return
        try:
            result = self._comparisons.get(comparison_id)
        except UserFacingError as exc:
            self._set_status(_error_text(exc))
            return
        self._show(result)
        self._setup.apply_spec(result.spec)
        self._set_status(self.tr("Saved comparison from {time}.").format(time=local_time(result.created)))
        self._update_actions()

    @Slot()
    def _on_saved_rerun_requested(self) -> None:
        if self._shown is not None and self._worker is None:
            self._setup.apply_spec(self._shown.spec)
            self._start(self._shown.spec)

    @Slot(str, str)
    def _on_saved_delete_requested(self, comparison_id: str, title: str) -> None:
        if self._worker is not None:
            return
        text = self.tr("Delete the saved comparison “{title}”? This cannot be undone.").format(title=title)
        if not confirm(self, self.tr("Delete comparison"), text):
            return
        try:
            self._comparisons.delete(comparison_id)
        except UserFacingError as exc:
            self._set_status(_error_text(exc))
            return
        if self._shown is not None and self._shown.id == comparison_id:
            self._shown = None
            self._view.clear()
            self._update_actions()
        self._refresh_saved()
        self._set_status(self.tr("Comparison deleted."))

    @Slot()
    def _on_saved_export_requested(self) -> None:
        if self._shown is None:
            return
        names = {name: translate("ComparePanel", FORMAT_NAMES.get(name, name)) for name in EXPORT_FORMATS}
        filters = ";;".join(f"{names[name]} (*{suffix})" for name, suffix in EXPORT_FORMATS.items())
        folder = Path(self._state.get("export_dir", str(Path.home())))
        suggested = folder / f"comparison-{self._shown.created[:10]}{next(iter(EXPORT_FORMATS.values()))}"
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export report"), str(suggested), filters)
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in EXPORT_FORMATS.values():
            # A name without a known suffix: the dialog's filter says which format was meant.
            suffix = next((s for name, s in EXPORT_FORMATS.items() if chosen.startswith(names[name])), ".md")
            target = target.with_name(target.name + suffix)
        try:
            written = self.export_report(target)
        except UserFacingError as exc:
            self._set_status(_error_text(exc))
            return
        self._state["export_dir"] = str(written.parent)
        self._set_status(self.tr("Report saved to {path}.").format(path=written))

    # -- running ---------------------------------------------------------------------------

    def _start(self, spec: Comparison) -> None:
        self._setup.save_state()
        choices = self._models.choices()
        labels = {c.model_id: c.label for c in choices}
        destinations = {c.model_id: c.destination for c in choices}
        self._shown = ComparisonResult(
            id="",
            created="",
            spec=spec,
            runs=[ModelRun(m, destinations.get(m)) for m in spec.models],
        )
        self._labels = {m: labels.get(m, m) for m in spec.models}
        self._view.build_columns(spec.task, self._shown.runs, self._labels)
        for column in self._view.columns:
            column.set_starting()
        self._view.clear_figures()
        self._view.show_privacy(privacy_summary(spec, {m: destinations.get(m) for m in spec.models}), destinations)
        self._saved.clear_selection()
        worker = CompareWorker(spec, self._engines, self._work_dir, self, retrieve=self._documents)
        worker.queued.connect(self._on_worker_queued)
        worker.loading.connect(self._on_worker_loading)
        worker.started.connect(self._on_worker_started)
        worker.text.connect(self._on_worker_text)
        worker.progress.connect(self._on_worker_progress)
        for ended in (worker.model_finished, worker.model_failed, worker.model_cancelled):
            ended.connect(self._on_worker_model_ended)
        worker.finished.connect(self._on_worker_finished)
        worker.failed.connect(self._on_worker_failed)
        self._worker = worker
        self._set_status(self.tr("Comparing %n model(s)…", None, len(spec.models)))
        self._update_actions()
        worker.start()

    def _close_engines(self, model_ids: tuple[str, ...]) -> None:
        """An engine that ignored the cancel (still loading, say): closing it ends its stream."""
        for model_id in model_ids:
            self._engines.close(model_id)

    def _end_run(self) -> None:
        if self._worker is not None:
            self._worker.deleteLater()
        self._worker = None
        self._update_actions()

    # -- showing ------------------------------------------------------------------------------

    def _show(self, result: ComparisonResult, columns_ready: bool = False) -> None:
        """Columns, figures, verdict and privacy summary of a finished comparison.

        ``columns_ready``: the columns already show this result (it just ran).
        """
        self._shown = result
        labels = {c.model_id: c.label for c in self._models.choices()}
        # Columns are keyed by name: one model may fill two (`plinth compare` with settings per column),
        # its name then followed by those settings.
        self._labels = {run.column: labels.get(run.model_id, run.model_id) + run.column.removeprefix(run.model_id)
                        for run in result.runs}  # fmt: skip
        if not columns_ready or result.nothing_found:  # nothing found: no column heard from its model
            self._view.build_columns(result.spec.task, result.runs, self._labels)
            for run in result.runs:
                self._view.show_run(run.column, result.spec.task, run)
        if result.nothing_found:  # no model was asked: there are no figures
            self._view.clear_figures()
        else:
            self._view.results.show_result(result, self._labels)
        self._view.show_verdict(verdict(result))
        # Nothing found: no model was asked, so nothing left, whatever the models' destinations.
        self._view.show_privacy(result_privacy(result), {} if result.nothing_found else result_destinations(result))
        self._update_actions()

    def _refresh_saved(self, select: str | None = None) -> None:
        try:
            saved = self._comparisons.list()
        except UserFacingError as exc:
            saved = []
            self._set_status(_error_text(exc))
        self._saved.show_summaries(saved, select)
        self._update_actions()

    # -- helpers --------------------------------------------------------------------------------

    def _outcome(self, result: ComparisonResult) -> str:
        counts = {status: sum(r.status == status for r in result.runs) for status in ("failed", "cancelled")}
        parts = [self.tr("Stopped.") if result.stopped else self.tr("Done.")]
        if counts["failed"]:
            #: How many models of the comparison failed.
            parts.append(self.tr("%n failed.", None, counts["failed"]))
        if counts["cancelled"] and not result.stopped:
            #: How many models of the comparison were stopped.
            parts.append(self.tr("%n stopped.", None, counts["cancelled"]))
        parts.append(self.tr("Saved."))
        return " ".join(parts)

    def _set_status(self, text: str) -> None:
        self._status.setText(text)

    def _update_actions(self) -> None:
        busy = self._worker is not None
        self._setup.set_busy(busy)
        self._run_button.setEnabled(not busy and self._setup.runnable)
        self._stop_all_button.setEnabled(self._worker is not None and not self._worker.cancel_requested)
        self._saved.update_actions(busy, self._shown is not None and bool(self._shown.id))
        ids = [m for m in self._setup.model_ids() if m]
        pick_different = translate("ComparePanel", PICK_DIFFERENT)
        if len(set(ids)) != len(ids) and not busy:
            self._set_status(pick_different)
        elif self._status.text() == pick_different:
            self._set_status("")
