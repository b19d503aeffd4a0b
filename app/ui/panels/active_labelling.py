"""Active labelling in a batch's results: the most uncertain rows first, labels typed in place, retrain, watch the curve."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.core.adaptation.labelling import (
    LabelDrafts,
    LabellingServices,
    RetrainRequest,
    export_labels,
    labelled_rows,
    labelling_order,
)
from app.core.cancel import CancelToken
from app.core.errors import UserFacingError
from app.core.model_id import ModelId
from app.core.tasks.tables import Table
from app.ui.i18n import core_text, error_title, translate
from app.ui.panels._task_panel import progress_line, show_error_in
from app.ui.panels.batch_results import BatchResultsModel, RowFilterProxy
from app.ui.widgets.buttons import action_button
from app.ui.widgets.history_chart import HistoryChart
from app.ui.widgets.layouts import NO_MARGINS, STRETCH, hbox, vbox
from app.ui.widgets.message_label import message_label
from app.workers.call_worker import CallWorker
from app.workers.retrain_worker import RetrainWorker

_Index = QModelIndex | QPersistentModelIndex
CLASSIFIER_PREFIX = "classifier"
NO_GOLD_HINT = QT_TRANSLATE_NOOP(
    "ActiveLabelling", "Choose the gold column (where your labels go) to label rows in place."
)


def classifier_name(model_id: str) -> str | None:
    """``reviews`` for ``classifier:reviews`` or ``classifier:reviews@2``; None for any other model."""
    try:
        parsed = ModelId.parse(model_id)
    except UserFacingError:
        return None
    if parsed.prefix != CLASSIFIER_PREFIX:
        return None
    return parsed.name.rsplit("@", 1)[0] or None


class LabelDelegate(QStyledItemDelegate):
    """The Gold cell's editor: a combo of the label set's labels; type to choose, Enter saves and moves on.

    Signals:
        advance(): Enter saved a label: the next row to label should take the keyboard.
    """

    advance = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.labels: tuple[str, ...] = ()

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, _index: _Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Label editor"))
        combo.addItems(list(self.labels))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802 (Qt override)
        assert isinstance(editor, QComboBox)
        current = str(index.data(Qt.ItemDataRole.EditRole) or "")
        found = next((i for i, name in enumerate(self.labels) if name.casefold() == current.casefold()), -1)
        editor.setCurrentIndex(found)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        if editor.currentIndex() >= 0:
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        is_enter = isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.type() == QEvent.Type.KeyPress and is_enter and isinstance(editor, QComboBox):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            self.advance.emit()
            return True
        return super().eventFilter(editor, event)


class ActiveLabelling(QWidget):
    """The labelling bar over a batch's results table.

    "Label the most uncertain first" shows the rows with no label, the one
    the classifier doubts most at the top, and puts the keyboard in its Gold
    cell: type a label's first letters, Enter saves it (to ``LabelDrafts``,
    at once) and moves to the next row. With a ``classifier:NAME`` model,
    "Retrain" fits a new version on the file's labels and the drafts (the
    old version stays as ``NAME@V``) and ``retrained`` asks the owner to
    classify the batch again with it; the chart beside the button shows each
    version's cross-validated macro-F1. "Export labels…" writes the file
    with its label column filled.

    Signals:
        retrained(str): a new version was saved: run the batch again with this model id (``classifier:NAME``, which
            is the latest version: an engine already open for it follows, so the rerun starts warm).
        queue_shown(int): the table now shows this many rows to label, most uncertain first.
    """

    retrained = Signal(str)
    queue_shown = Signal(int)

    def __init__(
        self, model: BatchResultsModel, table: QTableView, proxy: RowFilterProxy, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._view = table
        self._proxy = proxy
        self._services: LabellingServices | None = None
        self._table: Table | None = None
        self._text_column = ""
        self._gold_column: str | None = None
        self._model_id = ""
        self._labels: tuple[str, ...] = ()
        self._batch_running = False
        #: A retrain asked for the batch to run again: when that run ends, the queue is shown in its new order.
        self._resort = False
        self._worker: RetrainWorker | None = None
        self._exporter: CallWorker | None = None
        self._delegate = LabelDelegate(self)
        self._build()
        self._model.draft_changed.connect(self._on_model_draft_changed)
        self._model.draft_failed.connect(self._on_model_draft_failed)
        self._model.modelReset.connect(self._update)
        self._delegate.advance.connect(self._on_delegate_advance)
        self._update()

    def _build(self) -> None:
        self._sort_button = action_button(
            self.tr("Most uncertain first"),
            self.tr("Label the most uncertain first"),
            self.tr(
                "Show the rows with no label, the one the classifier is least sure of first; "
                "type a label, Enter for the next"
            ),
        )
        self._retrain_button = action_button(
            self.tr("Retrain"), self.tr("Retrain classifier"), self.tr("Train a new version on the labels")
        )
        self._retrain_button.setObjectName("primaryButton")
        self._cancel_button = action_button(
            self.tr("Cancel"), self.tr("Cancel retraining"), self.tr("Stop retraining; nothing is saved")
        )
        self._export_button = action_button(
            self.tr("Export labels…"), self.tr("Export labels"), self.tr("Save the file with your labels in it")
        )
        self._progress = progress_line(self.tr("Retraining progress"))
        self._progress.hide()
        self._status = QLabel()
        self._status.setObjectName("statusLine")
        self._status.setAccessibleName(self.tr("Labelling status"))
        self._status.setWordWrap(True)
        self._status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._error = message_label(self.tr("Labelling error"), error=True)
        self._chart = HistoryChart()
        # The chart beside the buttons and the status line, no taller than they are: the table needs the height.
        # Export labels… goes beside the results' Export CSV… (``export_button``).
        buttons = hbox(self._sort_button, self._retrain_button, self._cancel_button, STRETCH, spacing=6)
        left = vbox(buttons, self._progress, self._status, self._error, margins=NO_MARGINS, spacing=4)
        hbox((left, 1), self._chart, parent=self, margins=NO_MARGINS, spacing=8)
        self._sort_button.clicked.connect(self._on_sort_button_clicked)
        self._retrain_button.clicked.connect(self._on_retrain_button_clicked)
        self._cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self._export_button.clicked.connect(self._on_export_button_clicked)

    # -- public API ---------------------------------------------------------------

    def set_services(self, services: LabellingServices | None) -> None:
        """Where drafts are kept and how to retrain; None: labels cannot be typed (no data folder)."""
        self._services = services
        self._open_drafts()

    def set_source(self, table: Table | None, text_column: str, gold_column: str | None) -> None:
        """The open file and its columns (called after the results model has them)."""
        self._table, self._text_column, self._gold_column = table, text_column, gold_column
        self._open_drafts()

    def set_model(self, model_id: str, labels: Sequence[str]) -> None:
        """The model the batch runs with and the label set's labels (the editor's choices)."""
        self._model_id = model_id
        self._labels = tuple(labels)
        self._delegate.labels = self._labels
        self._refresh_history()
        self._update()

    @Slot(bool)
    def set_batch_running(self, running: bool) -> None:
        """While the batch runs, retraining waits: its new version would classify the batch again."""
        self._batch_running = running
        if not running and self._resort:
            self._resort = False
            # After the view has taken the run's results (it hears the run end first).
            QTimer.singleShot(0, self, self.sort_by_uncertainty)
        self._update()

    @property
    def drafts(self) -> LabelDrafts | None:
        return self._model.drafts

    @property
    def export_button(self) -> QPushButton:
        return self._export_button

    @property
    def history_chart(self) -> HistoryChart:
        return self._chart

    def sort_by_uncertainty(self) -> list[int]:
        """Show the unlabelled rows with probabilities, most uncertain first; the first takes the keyboard.

        Returns the source rows in the order shown.
        """
        model = self._model
        doubts = {row: model.uncertainty(row) for row in range(model.rowCount())}
        order = labelling_order(doubts, {row for row in doubts if model.label_of(row).strip()})
        model.uncertainty_shown = True
        self._proxy.show_rows(order)
        column = self._model.column_of("Uncertainty")
        if column >= 0:
            self._view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        self._error.hide()
        self.queue_shown.emit(len(order))
        if not order:
            self._set_status(self.tr("No rows to label: every row with probabilities has a label."))
            return []
        self._set_status(
            self.tr("Type a label's first letters in the Gold cell; Enter saves it and opens the next row.")
        )
        self._focus_row(0)
        return order

    def retrain(self) -> None:
        """Train the batch's classifier again on the file's labels and the drafts, on a worker."""
        services, drafts, name = self._services, self.drafts, classifier_name(self._model_id)
        if services is None or drafts is None or name is None or self._table is None:
            return
        if self._worker is not None or self._batch_running:
            return
        rows = labelled_rows(self._table.rows, self._text_column, self._gold_column, drafts.labels, self._labels)
        request = RetrainRequest(name, rows, str(self._table.path), drafts.sha256, self._labels)

        def train(cancel: CancelToken, progress: Callable[[int, int], None]) -> int:
            return services.retrain(request, cancel, progress)

        self._error.hide()
        self._worker = RetrainWorker(train, self)
        self._worker.progress.connect(self._on_worker_progress)
        self._worker.succeeded.connect(self._on_worker_succeeded)
        self._worker.failed.connect(self._on_worker_failed)
        self._worker.cancelled.connect(self._on_worker_cancelled)
        self._progress.setRange(0, 0)
        self._progress.show()
        self._set_status(
            self.tr("Retraining {model} on %n label(s)…", None, len(rows)).format(model=f"{CLASSIFIER_PREFIX}:{name}")
        )
        self._update()
        self._worker.start()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self._set_status(self.tr("Cancelling the retraining…"))
            self._update()

    def export_to(self, target: Path) -> None:
        """Write the file with the label column filled from the drafts, in the background."""
        table, drafts = self._table, self.drafts
        if table is None or drafts is None or self._exporter is not None:
            return
        column, labels = self._gold_column or "label", drafts.labels
        self._exporter = CallWorker(lambda: export_labels(table, column, labels, target), "Exporting labels", self)
        self._exporter.succeeded.connect(self._on_exporter_succeeded)
        self._exporter.failed.connect(self._on_exporter_failed)
        self._update()
        self._exporter.start()

    def workers(self) -> list[CallWorker | RetrainWorker]:
        """What is running now, for the owner's shutdown."""
        return [w for w in (self._worker, self._exporter) if w is not None]

    # -- slots ------------------------------------------------------------------------

    @Slot()
    def _on_sort_button_clicked(self) -> None:
        self.sort_by_uncertainty()

    @Slot()
    def _on_retrain_button_clicked(self) -> None:
        self.retrain()

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self.cancel()

    @Slot()
    def _on_export_button_clicked(self) -> None:
        table = self._table
        if table is None:
            return
        suffix = ".jsonl" if table.kind == "jsonl" else ".csv"
        start = str(table.path.with_name(f"{table.path.stem}.labels{suffix}"))
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the labels"),
            start,
            self.tr("Same as the input ({pattern})").format(pattern=f"*{suffix}"),
        )
        if target:
            self.export_to(Path(target))

    @Slot(int)
    def _on_model_draft_changed(self, _row: int) -> None:
        self._update()

    @Slot(str, str)
    def _on_model_draft_failed(self, title: str, message: str) -> None:
        show_error_in(self._error, title, message)

    @Slot()
    def _on_delegate_advance(self) -> None:
        current = self._view.currentIndex()
        QTimer.singleShot(0, self, lambda: self._focus_row(current.row() + 1 if current.isValid() else 0))

    @Slot(int, int)
    def _on_worker_progress(self, done: int, total: int) -> None:
        self._progress.setRange(0, max(1, total))
        self._progress.setValue(done)

    @Slot(object)
    def _on_worker_succeeded(self, version: object) -> None:
        self._end_worker()
        drafts, name = self.drafts, classifier_name(self._model_id)
        if drafts is not None:
            try:
                drafts.mark_trained()
            except UserFacingError as exc:
                show_error_in(self._error, error_title(exc), core_text(exc))
        self._refresh_history()
        model_id = f"{CLASSIFIER_PREFIX}:{name}"
        self._set_status(
            self.tr("Saved {model} version {version} ({name}@{version}); classifying the batch with it…").format(
                model=model_id, version=version, name=name
            )
        )
        self._update()
        self._resort = True
        self.retrained.emit(model_id)

    @Slot(str, str)
    def _on_worker_failed(self, title: str, message: str) -> None:
        self._end_worker()
        show_error_in(self._error, title, self.tr("{message} Your labels are kept.").format(message=message))
        self._set_status("")
        self._update()

    @Slot()
    def _on_worker_cancelled(self) -> None:
        self._end_worker()
        self._set_status(self.tr("Retraining cancelled; nothing was saved and your labels are kept."))
        self._update()

    @Slot(object)
    def _on_exporter_succeeded(self, target: Path) -> None:
        self._end_exporter()
        self._set_status(self.tr("Saved the labels as {path}.").format(path=target))

    @Slot(str, str)
    def _on_exporter_failed(self, title: str, message: str) -> None:
        self._end_exporter()
        show_error_in(self._error, title, message)

    # -- helpers ----------------------------------------------------------------------

    def _open_drafts(self) -> None:
        """The drafts of the open file (read back from the data folder), or none when they cannot be kept."""
        drafts = None
        if self._services is not None and self._table is not None and self._gold_column:
            try:
                drafts = LabelDrafts.open(self._services.drafts_dir, self._table.path)
            except UserFacingError as exc:
                show_error_in(self._error, error_title(exc), core_text(exc))
        self._model.set_drafts(drafts)
        if not self._labels and self._table is not None and self._gold_column:
            # Until a run gives the label set, the editor offers the labels the file and the drafts use.
            column = self._gold_column
            seen = dict.fromkeys(value for row in self._table.rows if (value := row.get(column, "").strip()))
            seen.update(dict.fromkeys(drafts.labels.values() if drafts is not None else ()))
            self._delegate.labels = tuple(seen)
        if drafts is not None:
            self._view.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
        else:
            self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        no_gold = self._services is not None and self._table is not None and not self._gold_column
        self._set_status(translate("ActiveLabelling", NO_GOLD_HINT) if no_gold else "")
        self._update()

    def _focus_row(self, proxy_row: int) -> None:
        """Put the keyboard in the Gold cell of the row shown at ``proxy_row`` and open its editor."""
        column = self._model.column_of("Gold")
        if column < 0 or not 0 <= proxy_row < self._proxy.rowCount():
            return
        index = self._proxy.index(proxy_row, column)
        self._view.setItemDelegateForColumn(column, self._delegate)
        self._view.setCurrentIndex(index)
        self._view.scrollTo(index)
        self._view.setFocus()
        # An editor still open (a label being chosen) keeps the keyboard; Qt refuses a second one.
        if self.drafts is not None and self._labels and self._view.state() != QAbstractItemView.State.EditingState:
            self._view.edit(index)

    def _refresh_history(self) -> None:
        name = classifier_name(self._model_id)
        points = ()
        if self._services is not None and name is not None:
            try:
                points = tuple(self._services.history(name))
            except UserFacingError as exc:
                show_error_in(self._error, error_title(exc), core_text(exc))
        self._chart.set_points(points)

    def _end_worker(self) -> None:
        if self._worker is not None:
            self._worker.deleteLater()
        self._worker = None
        self._progress.hide()

    def _end_exporter(self) -> None:
        if self._exporter is not None:
            self._exporter.deleteLater()
        self._exporter = None
        self._update()

    def _set_status(self, text: str) -> None:
        self._status.setText(text)
        self._status.setVisible(bool(text))

    def _update(self) -> None:
        drafts, name = self.drafts, classifier_name(self._model_id)
        new = drafts.new_count if drafts is not None else 0
        running = self._worker is not None
        column = self._model.column_of("Gold")
        if column >= 0:
            self._view.setItemDelegateForColumn(column, self._delegate)
        self._chart.setVisible(name is not None)
        self._retrain_button.setVisible(name is not None)
        self._cancel_button.setVisible(running)
        self._cancel_button.setEnabled(running and not (self._worker and self._worker.cancel_requested))
        if name is not None:
            model = f"{CLASSIFIER_PREFIX}:{name}"
            self._retrain_button.setText(self.tr("Retrain {model} ({count} new)").format(model=model, count=new))
            self._retrain_button.setToolTip(
                self.tr(
                    "Train a new version of {model} on the file's labels and yours (%n new label(s)); "
                    "the versions before it stay",
                    None,
                    new,
                ).format(model=model)
            )
        self._retrain_button.setEnabled(
            self._services is not None
            and drafts is not None
            and name is not None
            and new > 0
            and not running
            and not self._batch_running
        )
        self._sort_button.setEnabled(self._model.done > 0 and not running)
        self._export_button.setEnabled(drafts is not None and len(drafts) > 0 and self._exporter is None)
