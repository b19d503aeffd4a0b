"""Classify text into a person's own labels, one text at a time or a whole file."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from app.core.engines.base import Engine
from app.core.errors import UserFacingError
from app.core.tasks.batch import ClassifyJob, journal_path
from app.core.tasks.classification import (
    ClassificationResult,
    Example,
    Label,
    LabelSet,
)
from app.ui.i18n import core_text, stats_line
from app.ui.panels._task_panel import (
    TaskPanel,
    add_shortcuts,
    draft_edit,
    error_label,
    notice_label,
    panel_layout,
    stats_label,
    tab_page,
)
from app.ui.panels.classification_texts import result_detail, result_note, result_title, trained_labels_error
from app.ui.widgets.buttons import action_button
from app.ui.widgets.layouts import STRETCH, buddy, hbox, splitter, vbox
from app.ui.widgets.model_picker import ModelPicker
from app.ui.widgets.pair_table import CellTable
from app.ui.widgets.probability_bars import NO_PROBABILITIES_TEXT, ProbabilityBars
from app.workers.task_worker import TaskWorker

if TYPE_CHECKING:
    from app.core.tasks.custom.spec import TaskSpec
    from app.ui.panels import PanelContext
    from app.ui.panels.adaptation.page import AdaptPage
    from app.ui.panels.adaptation.services import AdaptationServices

#: Where the panel keeps its state in ``Settings.extra``.
SETTINGS_KEY = "classification"
#: What a first start offers, so the panel works before anything is typed.
DEFAULT_LABELS = [
    {"name": "positive", "description": ""},
    {"name": "negative", "description": ""},
    {"name": "neutral", "description": ""},
]


class ClassificationPanel(TaskPanel):
    """The classification task: a label set, options, a text, and the model's verdict.

    The label set (name + optional description per label) is edited in a
    table, checked as it is typed, and can be saved under a name and loaded
    again. The result is always one of the labels (or an abstention), with
    a bar per label when the engine gives probabilities, and a plain
    sentence when it does not. The Batch tab runs the same set-up over a
    CSV/JSONL file and, with a gold column, measures the model.

    Its state (model, labels, saved sets, options, examples) lives in
    ``settings.extra["classification"]``; the window saves the settings.
    With a ``store``, each result is saved in the history.

    Signals:
        providers_requested(): the notice's link to set up a provider was clicked.
    """

    TASK = "classify"

    def __init__(
        self, context: PanelContext, parent: QWidget | None = None, *, adaptation: AdaptationServices | None = None
    ) -> None:
        super().__init__(context, SETTINGS_KEY, parent)
        #: The text and labels of the classification running, for the history.
        self._running: tuple[str, tuple[str, ...]] | None = None
        self._state.setdefault("label_sets", {})
        self._label_error = ""
        self._build()
        self._connect()
        #: The Adapt tab (issue 17), with the services it needs; None: the panel has no such tab.
        self._adapt: AdaptPage | None = None
        if adaptation is not None:
            self._add_adapt_tab(adaptation)
        self._picker.populate([self._state.get("model")])
        #: The new version of a retrained classifier the next batch run uses (active labelling), once.
        self._rerun_with: str | None = None
        self._batch.labelling.set_services(context.labelling)
        self._batch.labelling.retrained.connect(self._on_labelling_retrained)
        self._validate()

    # -- construction -------------------------------------------------------------

    def _build(self) -> None:
        self._picker = ModelPicker(self._models, self.tr("Classification model"), label_models=True)

        self._notice = notice_label(self.tr("Classification notice"))

        names = (self.tr("Classification mode"), self.tr("Classification batch"))
        self._build_mode_tabs(self._build_text_tab(), "classify", names)

        # The set-up keeps its width when the window grows; results and batch tables get the rest.
        self._setup = self._build_setup()
        setup_beside_tabs = splitter(Qt.Orientation.Horizontal, (self._setup, 0), (self._tabs, 1), sizes=[430, 850])

        panel_layout(self, self._picker, self._notice, (setup_beside_tabs, 1))

        add_shortcuts(self, {"Ctrl+Return": self._on_classify_button_clicked, "Esc": self._on_stop_button_clicked})

    def _build_setup(self) -> QWidget:
        self._sets = QComboBox()
        self._sets.setEditable(True)
        self._sets.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._sets.setAccessibleName(self.tr("Label set name"))
        self._sets.setMinimumContentsLength(12)
        self._sets.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._sets.lineEdit().setPlaceholderText(self.tr("Name this label set to save it"))
        self._sets.addItems(sorted(self._state["label_sets"]))
        self._sets.setEditText(self._state.get("label_set_name", ""))
        self._save_set_button = action_button(self.tr("Save"), self.tr("Save label set"),
                                              self.tr("Save these labels under the name given"))  # fmt: skip
        self._delete_set_button = action_button(self.tr("Delete"), self.tr("Delete label set"),
                                                self.tr("Forget the saved label set of this name"))  # fmt: skip
        sets_row = hbox(buddy(self.tr("Label &set"), self._sets), (self._sets, 1), self._save_set_button,
                        self._delete_set_button, spacing=6)  # fmt: skip

        self._labels = self._table(self.tr("Labels"), (self.tr("Label"), self.tr("Description (optional)")))
        for label in self._state.get("labels", DEFAULT_LABELS):
            self._labels.append_pair(label.get("name", ""), label.get("description", ""))
        self._add_label_button = action_button(
            self.tr("Add label"), self.tr("Add label"), self.tr("Add a label to the set")
        )
        self._remove_label_button = action_button(self.tr("Remove label"), self.tr("Remove label"),
                                                  self.tr("Remove the selected labels"))  # fmt: skip
        self._label_error_label = error_label(self.tr("Label set error"))
        self._label_error_label.setTextFormat(Qt.TextFormat.PlainText)

        self._multi = QCheckBox(self.tr("Mult&i-label"))
        self._multi.setAccessibleName(self.tr("Multi-label"))
        self._multi.setToolTip(self.tr("Each text may get several labels, or none of them"))
        self._multi.setChecked(bool(self._state.get("multi", False)))
        self._abstain = QSpinBox()
        self._abstain.setAccessibleName(self.tr("Abstain below confidence"))
        self._abstain.setRange(0, 99)
        self._abstain.setSuffix(" %")
        #: The confidence threshold at 0: never abstain
        self._abstain.setSpecialValueText(self.tr("Never"))
        self._abstain.setToolTip(
            self.tr("Give no label when the model is less sure than this (needs a model that gives probabilities)")
        )
        self._abstain.setValue(int(self._state.get("abstain_below", 0)))

        self._instruction = QLineEdit(self._state.get("instruction", ""))
        self._instruction.setAccessibleName(self.tr("Instruction"))
        self._instruction.setPlaceholderText(self.tr("Instruction (optional), e.g. “Sort support tickets by team”"))
        self._instruction.setClearButtonEnabled(True)

        examples_title = QLabel(self.tr("Examples (optional)"))
        examples_title.setObjectName("secondaryText")
        self._examples = self._table(self.tr("Examples"), (self.tr("Text"), self.tr("Label")))
        for text, labels in self._state.get("examples", []):
            self._examples.append_pair(text, labels)
        self._add_example_button = action_button(self.tr("Add example"), self.tr("Add example"),
                                                 self.tr("Add a worked example"))  # fmt: skip
        self._remove_example_button = action_button(self.tr("Remove example"), self.tr("Remove example"),
                                                    self.tr("Remove the selected examples"))  # fmt: skip

        box = QWidget()
        vbox(
            sets_row,
            (self._labels, 3),
            hbox(self._add_label_button, self._remove_label_button, STRETCH, spacing=6),
            self._label_error_label,
            4,
            hbox(self._multi, STRETCH, buddy(self.tr("A&bstain below"), self._abstain), self._abstain, spacing=8),
            self._instruction,
            4,
            examples_title,
            (self._examples, 2),
            hbox(self._add_example_button, self._remove_example_button, STRETCH, spacing=6),
            margins=(0, 0, 8, 0),
            parent=box,
        )
        return box

    def _build_text_tab(self) -> QWidget:
        self._text = draft_edit(self.tr("Text to classify"), self.tr("Text to classify — Ctrl+Enter classifies"),
                                self._state.get("draft", ""))  # fmt: skip
        self._stop_button = action_button(
            self.tr("Stop"), self.tr("Stop classification"), self.tr("Stop classifying (Esc)")
        )
        #: The button that classifies the typed text
        classify = self.tr("Classify", "verb")
        self._classify_button = action_button(classify, classify, self.tr("Classify the text (Ctrl+Enter)"))
        self._classify_button.setObjectName("primaryButton")
        actions = self._actions_row(self.tr("Classification status"), self._save_as_task_button(), self._stop_button,
                                    self._classify_button)  # fmt: skip

        self._error = error_label(self.tr("Classification error"))

        self._result = QLabel()
        self._result.setAccessibleName(self.tr("Result"))
        self._result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self._result.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(QFont.Weight.DemiBold)
        self._result.setFont(font)
        self._result_detail = QLabel()
        self._result_detail.setObjectName("secondaryText")
        self._result_detail.setAccessibleName(self.tr("Result detail"))
        self._result_detail.setWordWrap(True)
        self._bars = ProbabilityBars()
        self._stats = stats_label(self.tr("Classification stats"))
        self._stats.setWordWrap(True)

        return tab_page(
            (self._text, 2),
            actions,
            self._error,
            6,
            self._result,
            self._result_detail,
            self._bars,
            self._stats,
            STRETCH,
        )

    @staticmethod
    def _table(name: str, headers: tuple[str, str]) -> CellTable:
        table = CellTable(name, headers)
        table.setMinimumHeight(96)
        return table

    def _connect(self) -> None:
        self._connect_task()
        self._sets.activated.connect(self._on_sets_activated)
        self._sets.editTextChanged.connect(self._on_sets_edit_text_changed)
        self._save_set_button.clicked.connect(self._on_save_set_button_clicked)
        self._delete_set_button.clicked.connect(self._on_delete_set_button_clicked)
        self._labels.itemChanged.connect(self._on_labels_item_changed)
        self._add_label_button.clicked.connect(self._on_add_label_button_clicked)
        self._remove_label_button.clicked.connect(self._on_remove_label_button_clicked)
        self._multi.toggled.connect(self._on_multi_toggled)
        self._abstain.valueChanged.connect(self._remember("abstain_below"))
        self._instruction.textChanged.connect(self._remember("instruction"))
        self._examples.itemChanged.connect(self._on_examples_item_changed)
        self._add_example_button.clicked.connect(self._on_add_example_button_clicked)
        self._remove_example_button.clicked.connect(self._on_remove_example_button_clicked)
        self._text.textChanged.connect(self._on_text_text_changed)
        self._classify_button.clicked.connect(self._on_classify_button_clicked)

    # -- public API ---------------------------------------------------------------

    def label_set(self) -> LabelSet:
        """The labels as edited; raises ``UserFacingError`` when they do not make a valid set."""
        rows = self._label_rows()
        return LabelSet.of([Label(r["name"], r["description"]) for r in rows], name=self._sets.currentText().strip())

    def job(self) -> ClassifyJob:
        """The task as set up (labels, options, examples); raises ``UserFacingError`` saying what to fix."""
        labels = self.label_set()
        examples = tuple(
            Example(text, tuple(name.strip() for name in names.split(",") if name.strip()))
            for text, names in self._example_rows()
        )
        abstain = self._abstain.value()
        job = ClassifyJob(
            labels=labels,
            multi=self._multi.isChecked(),
            examples=examples,
            abstain_below=abstain / 100 if abstain else None,
            instruction=self._instruction.text().strip(),
        )
        # The core's own checks (enough labels, examples' labels in the set), before anything runs.
        job.classifier()
        return job

    def _as_task(self) -> TaskSpec:
        from app.ui.panels.tasks.save_as_task import classification_task

        return classification_task(self.job())

    def shutdown(self) -> None:
        """Stop running work and wait for it (closing the window)."""
        if self._adapt is not None:
            self._adapt.shutdown()
        self._shutdown_workers(self._worker)

    # -- the Adapt tab (issue 17): a page of its own beside Text and Batch -----------------

    def _add_adapt_tab(self, services: AdaptationServices) -> None:
        from app.ui.panels.adaptation.page import AdaptPage

        # The panel's Ctrl+Enter and Esc would be ambiguous with the page's own: they rest while it is shown.
        self._own_shortcuts = self.findChildren(QShortcut)
        self._adapt = AdaptPage(self._models, services, self._state.setdefault("adapt", {}))
        self._adapt.classifier_saved.connect(self._on_adapt_classifier_saved)
        self._tabs.addTab(self._adapt, self.tr("Adapt", "tab"))
        self._tabs.currentChanged.connect(self._on_tabs_current_changed)

    @property
    def adapt_page(self) -> AdaptPage | None:
        return self._adapt

    @property
    def active_model_ids(self) -> set[str]:
        adapting = self._adapt.active_model_ids if self._adapt is not None else set()
        return super().active_model_ids | adapting

    def refresh_models(self) -> None:
        super().refresh_models()
        if self._adapt is not None:
            self._adapt.refresh_models()

    @Slot(int)
    def _on_tabs_current_changed(self, _index: int) -> None:
        # The label set and the model picked above are the Text and Batch tabs'; the Adapt page has its own.
        adapting = self._tabs.currentWidget() is self._adapt
        self._setup.setVisible(not adapting)
        self._picker.setVisible(not adapting)
        if adapting:
            self._notice.hide()
        else:
            self._show_notice()
        for shortcut in self._own_shortcuts:
            shortcut.setEnabled(not adapting)

    @Slot(str)
    def _on_adapt_classifier_saved(self, _model_id: str) -> None:
        self.refresh_models()

    # -- slots: set-up -------------------------------------------------------------

    @Slot(int)
    def _on_sets_activated(self, index: int) -> None:
        name = self._sets.itemText(index)
        saved = self._state["label_sets"].get(name)
        if saved is None:
            return
        self._labels.set_pairs([(label.get("name", ""), label.get("description", "")) for label in saved])
        self._state["label_set_name"] = name
        self._labels_changed()
        self._set_status(self.tr("Loaded the label set “{name}”.").format(name=name))

    @Slot(str)
    def _on_sets_edit_text_changed(self, text: str) -> None:
        self._state["label_set_name"] = text.strip()
        self._update_actions()

    @Slot()
    def _on_save_set_button_clicked(self) -> None:
        name = self._sets.currentText().strip()
        if not name:
            self._show_label_error(self.tr("Name the label set first (in the box beside “Label set”)."))
            self._sets.setFocus()
            return
        try:
            self.label_set()
        except UserFacingError as exc:
            self._show_label_error(core_text(exc))
            return
        self._state["label_sets"][name] = self._label_rows()
        if self._sets.findText(name) < 0:
            self._sets.addItem(name)
            self._sets.model().sort(0)
        self._sets.setCurrentIndex(self._sets.findText(name))
        self._set_status(self.tr("Saved the label set “{name}”.").format(name=name))
        self._update_actions()

    @Slot()
    def _on_delete_set_button_clicked(self) -> None:
        name = self._sets.currentText().strip()
        if self._state["label_sets"].pop(name, None) is None:
            return
        self._sets.removeItem(self._sets.findText(name))
        self._sets.setEditText("")
        self._set_status(self.tr("Deleted the saved label set “{name}”; the labels below stay.").format(name=name))
        self._update_actions()

    @Slot(QTableWidgetItem)
    def _on_labels_item_changed(self, _item: QTableWidgetItem) -> None:
        self._labels_changed()

    @Slot()
    def _on_add_label_button_clicked(self) -> None:
        self._labels.edit_new_row()

    @Slot()
    def _on_remove_label_button_clicked(self) -> None:
        self._labels.remove_selected()
        self._labels_changed()

    @Slot(bool)
    def _on_multi_toggled(self, checked: bool) -> None:
        self._state["multi"] = checked
        self._validate()

    @Slot(QTableWidgetItem)
    def _on_examples_item_changed(self, _item: QTableWidgetItem) -> None:
        self._state["examples"] = [list(row) for row in self._example_rows()]
        self._validate()

    @Slot()
    def _on_add_example_button_clicked(self) -> None:
        self._examples.edit_new_row()

    @Slot()
    def _on_remove_example_button_clicked(self) -> None:
        self._examples.remove_selected()
        self._state["examples"] = [list(row) for row in self._example_rows()]
        self._validate()

    @Slot()
    def _on_text_text_changed(self) -> None:
        self._state["draft"] = self._text.toPlainText()
        self._update_actions()

    # -- slots: classifying -------------------------------------------------------------

    @Slot()
    def _on_classify_button_clicked(self) -> None:
        if not self._classify_button.isEnabled():
            if self._label_error:
                self._labels.setFocus()
            return
        started = self._prepare_text(self._text, self.tr("Type or paste a text first."))
        if started is None:
            return
        text, engine, job = started
        self._running = (text, job.labels.names)
        worker = TaskWorker(lambda cancel, _report: job.classifier().run(engine, text, cancel), "Classification", self)
        self._start_worker(worker, self.tr("Classifying…"))

    @Slot(object)
    def _on_worker_succeeded(self, result: ClassificationResult) -> None:
        self._end_worker()
        self._show_result(result)
        self._set_status(self.tr("Done."))
        if self._store is not None and self._running is not None:
            text, labels = self._running
            self._save_result(self._store.save_classification, model_id=self._active_model, text=text,
                              labels=list(labels), result=result.to_dict(), stats=result.stats.to_dict())  # fmt: skip

    @Slot(str)
    def _on_labelling_retrained(self, model_id: str) -> None:
        """Classify the batch again with the version just saved (the journal holds the old version's answers)."""
        output = self._batch.output_path
        if output is not None:
            with contextlib.suppress(OSError):  # a journal left behind is started over by the run itself
                journal_path(output).unlink(missing_ok=True)
        self._rerun_with = model_id
        self._on_batch_run_requested()

    @Slot()
    def _on_worker_cancelled(self) -> None:
        self._end_worker()
        self._set_status(self.tr("Stopped."))

    @Slot(str, str)
    def _on_worker_failed(self, title: str, message: str) -> None:
        # The last result was another text's, or another model's: under this error it would read as the answer.
        self._clear_result()
        super()._on_worker_failed(title, message)

    # -- helpers ----------------------------------------------------------------------------

    def _prepare(self) -> tuple[Engine, ClassifyJob]:
        """The selected engine and the task as set up; raises ``UserFacingError`` when it cannot run."""
        model_id = self._selected_model()
        job = self.job()
        return self._use_engine(model_id), job

    def _prepare_batch(self) -> tuple[Engine, ClassifyJob]:
        model_id, self._rerun_with = self._rerun_with or self._selected_model(), None
        job = self.job()
        engine = self._use_engine(model_id)
        self._batch.labelling.set_model(model_id, [label.name for label in job.labels.labels])
        return engine, job

    def _clear_result(self) -> None:
        self._result.clear()
        self._result_detail.clear()
        self._bars.clear()
        self._stats.clear()

    def _show_result(self, result: ClassificationResult) -> None:
        self._result.setText(result_title(result))
        self._result_detail.setText(result_detail(result, self._abstain.value()))
        probabilities, note = result.probabilities, result_note(result)
        if probabilities is None:
            self._bars.show_message(note or NO_PROBABILITIES_TEXT)
        else:
            self._bars.set_probabilities(probabilities, result.labels)
        summary = stats_line(result.stats, priced=self._picker.is_remote)
        if probabilities is not None and note:
            summary = f"{summary} · {note}"
        self._stats.setText(summary)

    @Slot(str)
    def _on_picker_model_changed(self, model_id: str) -> None:
        # A trained classifier answers with its own labels: an empty label table takes them.
        choice = self._picker.choice_for(model_id)
        if choice is not None and choice.labels and not self._label_rows():
            self._labels.set_pairs([(name, "") for name in choice.labels])
            self._labels_changed()
        super()._on_picker_model_changed(model_id)
        self._validate()

    def _trained_labels_error(self) -> str:
        """Why the label set does not fit the picked trained classifier ("" when it does, or none is picked)."""
        choice = self._picker.choice
        if choice is None or not choice.labels:
            return ""
        names = {row["name"].casefold() for row in self._label_rows()}
        if names == {name.casefold() for name in choice.labels}:
            return ""
        return trained_labels_error(choice.model_id, choice.labels)

    def _label_rows(self) -> list[dict[str, str]]:
        """Non-blank rows of the label table, trimmed."""
        return [{"name": name, "description": description} for name, description in self._labels.pairs()]

    def _example_rows(self) -> list[tuple[str, str]]:
        return self._examples.pairs()

    def _labels_changed(self) -> None:
        self._state["labels"] = self._label_rows()
        self._validate()

    def _validate(self) -> None:
        """Check the labels and examples as they are typed; the error says what to fix."""
        try:
            self.job()
        except UserFacingError as exc:
            self._show_label_error(core_text(exc))
        else:
            mismatch = self._trained_labels_error()
            if mismatch:
                self._show_label_error(mismatch)
            else:
                self._label_error = ""
                self._label_error_label.hide()
        self._update_actions()

    def _show_label_error(self, message: str) -> None:
        self._label_error = message
        self._label_error_label.setText(message)
        self._label_error_label.show()

    def _busy_now(self) -> bool:
        return self._worker is not None or self._batch.is_running

    def _update_actions(self) -> None:
        busy = self._busy_now()
        valid = not self._label_error
        self._picker.set_picking_enabled(not busy)
        self._classify_button.setEnabled(
            self._picker.can_run and not busy and valid and bool(self._text.toPlainText().strip())
        )
        self._stop_button.setEnabled(self._worker is not None and not self._worker.cancel_requested)
        name = self._sets.currentText().strip()
        self._save_set_button.setEnabled(bool(name) and valid)
        self._delete_set_button.setEnabled(name in self._state["label_sets"])
        for widget in (self._labels, self._examples, self._multi, self._abstain, self._instruction, self._sets):
            widget.setEnabled(not busy)
        for button in (
            self._add_label_button,
            self._remove_label_button,
            self._add_example_button,
            self._remove_example_button,
        ):
            button.setEnabled(not busy)
