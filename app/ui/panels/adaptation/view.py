"""The Adapt page: compare prompting, few-shot by similarity and a trained classifier on a labelled file, see the
learning curve with its verdict, and save the classifier."""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QProgressBar, QScrollArea, QWidget

from app.core.adaptation.records import AdaptationResult, AdaptationSpec, CellResult
from app.core.errors import UserFacingError
from app.ui.i18n import core_text, error_title, integer, number, translate
from app.ui.panels._task_panel import add_shortcuts, error_label, show_error_in, status_label
from app.ui.panels.adaptation.form import AdaptationForm
from app.ui.panels.adaptation.names import method_label
from app.ui.panels.adaptation.results_view import ResultsView
from app.ui.widgets.buttons import action_button
from app.ui.widgets.layouts import NO_MARGINS, hbox, splitter, vbox
from app.workers.adapt_worker import AdaptWorker, save_classifier
from app.workers.task_worker import TaskWorker

if TYPE_CHECKING:
    from app.core.adaptation.library import SavedClassifier
    from app.core.adaptation.run import AdaptationEnv, AdaptationProgress
    from app.core.models.directory import ModelDirectory
    from app.ui.panels.adaptation.services import AdaptationServices

EXPLANATION = QT_TRANSLATE_NOOP(
    "AdaptationView",
    "Is prompting a big model worth its price on your task, or do a few dozen labels and a small local model do "
    "as well? Every method is scored on the same held-out rows of your labelled file, at growing numbers of "
    "training rows.",
)
#: Seconds of a run before its time left is guessed.
ETA_AFTER_S = 3.0
NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def eta_text(seconds: float) -> str:
    if seconds < 60:
        return translate("AdaptationView", "about {seconds} s left").format(seconds=integer(max(1, round(seconds))))
    if seconds < 3600:
        return translate("AdaptationView", "about {minutes} min left").format(minutes=integer(round(seconds / 60)))
    return translate("AdaptationView", "about {hours} h left").format(hours=number(seconds / 3600, 1))


def progress_share(progress: AdaptationProgress) -> float:
    """How much of the run is done, 0–1: whole cells, and the rows of the one running."""
    if progress.cells_total <= 0:
        return 0.0
    within = progress.rows_done / progress.rows_total if progress.rows_total else 0.0
    return min(1.0, (progress.cells_done + within) / progress.cells_total)


class AdaptationView(QWidget):
    """The form on the left; Run (Ctrl+Enter) and Cancel (Esc), the progress and the results on the right.

    A run goes on an ``AdaptWorker`` with its journal in ``services.runs_dir``: a cancelled run, run again,
    keeps the cells it finished. Errors are shown in the view; the form and the last results stay.

    Signals:
        classifier_saved(str): a classifier was saved; its model id (``classifier:NAME``).
    """

    classifier_saved = Signal(str)

    def __init__(
        self,
        models: ModelDirectory,
        services: AdaptationServices,
        state: dict[str, Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._state = state
        self._worker: AdaptWorker | None = None
        #: The cells the running run has finished, drawn as they come.
        self._cells_so_far: tuple[CellResult, ...] = ()
        #: How much was done when the running run first reported (a resumed run starts part-way).
        self._share_at_start: float | None = None
        self._saver: TaskWorker | None = None
        self._started = 0.0
        self._run_models: set[str] = set()
        self.form = AdaptationForm(models, state.setdefault("form", {}))
        self.results = ResultsView()
        self._build()
        add_shortcuts(self, {"Ctrl+Return": self.run, "Ctrl+Enter": self.run, "Esc": self.cancel})
        self.form.changed.connect(self._update_actions)
        self._update_actions()

    def _build(self) -> None:
        explanation = QLabel(translate("AdaptationView", EXPLANATION))
        explanation.setWordWrap(True)
        explanation.setObjectName("secondaryText")
        form_page = QWidget()
        vbox(explanation, 4, self.form, parent=form_page, margins=(0, 0, 10, 0), spacing=8)
        form_scroll = self._scroll(form_page)
        form_scroll.setMinimumWidth(300)

        self.run_button = action_button(
            self.tr("Run"), self.tr("Run comparison"), self.tr("Run every method at every size (Ctrl+Enter)")
        )
        self.run_button.setObjectName("primaryButton")
        self.cancel_button = action_button(
            self.tr("Cancel"), self.tr("Cancel comparison"), self.tr("Stop the run; finished cells are kept (Esc)")
        )
        self.status = status_label(self.tr("Adaptation status"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Adaptation progress"))
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.progress.hide()
        self.error = error_label(self.tr("Adaptation error"))

        self.save_name = QLineEdit(self._state.get("save_name", ""))
        self.save_name.setAccessibleName(self.tr("Classifier name"))
        #: "tickets" is an example name: letters, digits, dots, dashes or underscores only.
        self.save_name.setPlaceholderText(self.tr("Name, e.g. tickets"))
        self.save_name.textChanged.connect(self._on_save_name_text_changed)
        self.save_button = action_button(
            self.tr("Save as classifier…"), self.tr("Save as classifier"),
            self.tr("Train the embedding classifier on every row of the labelled file and save it: it is then a "
                    "model, classifier:NAME"),
        )  # fmt: skip
        save_row = hbox(
            QLabel(self.tr("Trained classifier")), (self.save_name, 1), self.save_button, margins=NO_MARGINS
        )

        results_page = QWidget()
        vbox(self.results, save_row, parent=results_page, margins=(0, 0, 8, 0), spacing=8)
        right = QWidget()
        vbox(
            hbox((self.status, 1), self.cancel_button, self.run_button, spacing=8, margins=NO_MARGINS),
            self.progress,
            self.error,
            (self._scroll(results_page), 1),
            parent=right,
            margins=(10, 0, 0, 0),
            spacing=6,
        )
        layout = vbox(splitter(Qt.Orientation.Horizontal, (form_scroll, 0), (right, 1), sizes=[340, 760]),
                      parent=self, margins=(0, 10, 0, 0))  # fmt: skip
        layout.setSpacing(0)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self._on_save_button_clicked)

    @staticmethod
    def _scroll(page: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    # -- public API ---------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._worker is not None or self._saver is not None

    @property
    def active_model_ids(self) -> set[str]:
        """The chat models the running comparison uses."""
        return set(self._run_models) if self._worker is not None else set()

    def refresh_models(self) -> None:
        self.form.refresh_models()

    def run(self) -> None:
        """Start the comparison as the form sets it up; what stops it is shown in the view."""
        if self.running:
            return
        self.error.hide()
        try:
            spec = self.form.spec()
        except UserFacingError as exc:
            show_error_in(self.error, error_title(exc), core_text(exc))
            self.status.setText(self.tr("Not started."))
            return
        self._start(spec)

    def cancel(self) -> None:
        for worker in (self._worker, self._saver):
            if worker is not None and not worker.cancel_requested:
                worker.cancel()
                self.status.setText(self.tr("Stopping… finished cells are kept."))
        self._update_actions()

    def shutdown(self) -> None:
        """The window is closing: stop the run (its journal keeps what it finished) and let it end in the background."""
        self.form.shutdown()
        for worker in (self._worker, self._saver):
            if worker is not None:
                worker.discard()
        self._worker = self._saver = None

    # -- running -----------------------------------------------------------------------

    def _start(self, spec: AdaptationSpec) -> None:
        services = self._services

        def open_env() -> AdaptationEnv:
            from app.core.adaptation.run import AdaptationEnv

            return AdaptationEnv(services.engines, services.open_embedding, services.cache())

        self._run_models = {m.model_id for m in spec.methods if m.model_id}
        from app.core.adaptation.run import journal_for

        self._worker = AdaptWorker(spec, open_env, journal_for(services.runs_dir, spec), self)
        self._worker.progress.connect(self._on_worker_progress)
        self._worker.succeeded.connect(self._on_worker_succeeded)
        self._worker.cancelled.connect(self._on_worker_cancelled)
        self._worker.failed.connect(self._on_worker_failed)
        self._started = time.monotonic()
        self._cells_so_far = ()
        self._share_at_start = None
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Reading the labelled file…"))
        self._update_actions()
        self._worker.start()

    def _end_run(self) -> None:
        if self._worker is not None:
            self._worker.deleteLater()
        self._worker = None
        self.progress.hide()
        self._update_actions()

    @Slot(object)
    def _on_worker_progress(self, progress: AdaptationProgress) -> None:
        if progress.finished:
            self._draw_so_far(progress.finished)
        share = progress_share(progress)
        self.progress.setValue(round(share * 1000))
        parts = []
        if progress.method:
            rows = (
                self.tr("no training rows") if not progress.size else self.tr("%n training row(s)", None, progress.size)
            )
            #: A method, then how many training rows it has: "Few-shot · local:smol, 16 training rows".
            parts.append(self.tr("{method}, {rows}").format(method=method_label(progress.method), rows=rows))
        elif progress.message:
            parts.append(core_text(progress.message))
        #: A cell is one method at one training size (and seed).
        parts.append(
            self.tr("cell {number} of {total}").format(
                number=integer(min(progress.cells_done + 1, progress.cells_total)), total=integer(progress.cells_total)
            )
        )
        elapsed = time.monotonic() - self._started
        if self._share_at_start is None:
            self._share_at_start = share  # a resumed run starts part-way: time only what this run does
        done_now = share - self._share_at_start
        if elapsed > ETA_AFTER_S and 0.02 < done_now and share < 1.0:
            parts.append(eta_text(elapsed / done_now * (1.0 - share)))
        self.status.setText(" · ".join(parts))

    def _draw_so_far(self, cells: tuple[CellResult, ...]) -> None:
        """The curve of the cells finished so far, drawn while the run goes on (the result replaces it)."""
        from app.core.adaptation.curve import curve_points

        self._cells_so_far += cells
        self.results.chart.set_points(
            curve_points(self._cells_so_far), sorted({cell.size for cell in self._cells_so_far})
        )

    @Slot(object)
    def _on_worker_succeeded(self, result: AdaptationResult) -> None:
        self._end_run()
        self.results.show_result(result)
        seconds = integer(round(time.monotonic() - self._started))
        self.status.setText(self.tr("Done in {seconds} s.").format(seconds=seconds))
        self._update_actions()

    @Slot()
    def _on_worker_cancelled(self) -> None:
        self._end_run()
        self.status.setText(self.tr("Stopped. Run again to go on from the cells already finished."))

    @Slot(str, str)
    def _on_worker_failed(self, title: str, message: str) -> None:
        self._end_run()
        title = core_text(title)
        show_error_in(self.error, title, core_text(message))
        #: The status line after a failed run: the error's title.
        self.status.setText(self.tr("{title}.").format(title=title))

    # -- saving the classifier ---------------------------------------------------------

    @Slot()
    def _on_save_button_clicked(self) -> None:
        result = self.results.result
        name = self.save_name.text().strip()
        if result is None or self.running:
            return
        self.error.hide()
        if not NAME_PATTERN.match(name):
            show_error_in(self.error, self.tr("Name the classifier"),
                          self.tr("Use letters, digits, dots, dashes or underscores, starting with a letter or digit "
                                  "(e.g. tickets-v2)."))  # fmt: skip
            self.save_name.setFocus()
            return
        spec, services = result.spec, self._services

        def save(cancel: Any, report: Any) -> SavedClassifier:
            return save_classifier(
                name, spec, open_embedding=services.open_embedding, cache=services.cache(),
                library=services.classifiers(), cancel=cancel, progress=lambda done, total: report((done, total)),
            )  # fmt: skip

        self._saver = TaskWorker(save, "Save classifier", self)
        self._saver.progress.connect(self._on_saver_progress)
        self._saver.succeeded.connect(self._on_saver_succeeded)
        self._saver.cancelled.connect(self._on_saver_cancelled)
        self._saver.failed.connect(self._on_saver_failed)
        self.status.setText(
            self.tr("Training the classifier “{name}” on every row of the labelled file…").format(name=name)
        )
        self._update_actions()
        self._saver.start()

    def _end_save(self) -> None:
        if self._saver is not None:
            self._saver.deleteLater()
        self._saver = None
        self._update_actions()

    @Slot(object)
    def _on_saver_progress(self, report: tuple[int, int]) -> None:
        done, total = report
        self.status.setText(
            self.tr("Embedding the training rows: {done} of {total}…").format(done=integer(done), total=integer(total))
        )

    @Slot(object)
    def _on_saver_succeeded(self, saved: SavedClassifier) -> None:
        self._end_save()
        self.status.setText(
            self.tr("Saved {model} (version {version}): pick it as the model above.").format(
                model=saved.model_id, version=saved.version
            )
        )
        self.classifier_saved.emit(saved.model_id)

    @Slot()
    def _on_saver_cancelled(self) -> None:
        self._end_save()
        self.status.setText(self.tr("Not saved."))

    @Slot(str, str)
    def _on_saver_failed(self, title: str, message: str) -> None:
        self._end_save()
        show_error_in(self.error, core_text(title), core_text(message))
        self.status.setText(self.tr("Not saved."))

    @Slot(str)
    def _on_save_name_text_changed(self, text: str) -> None:
        self._state["save_name"] = text.strip()
        self._update_actions()

    # -- helpers ------------------------------------------------------------------------

    @Slot()
    def _update_actions(self) -> None:
        running = self.running
        self.form.set_running(running)
        self.run_button.setEnabled(not running and not self.form.reading)
        busy = [w for w in (self._worker, self._saver) if w is not None]
        self.cancel_button.setEnabled(any(not w.cancel_requested for w in busy))
        result = self.results.result
        can_save = result is not None and bool(result.spec.embedding_model)
        self.save_button.setEnabled(not running and can_save and bool(self.save_name.text().strip()))
        self.save_name.setEnabled(not running)
