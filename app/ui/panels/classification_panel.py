"""Classify text into a person's own labels, one text at a time or a whole file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont
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
from app.core.tasks.batch import ClassifyJob
from app.core.tasks.classification import (
    ClassificationResult,
    Example,
    Label,
    LabelSet,
)
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
from app.ui.widgets.buttons import action_button
from app.ui.widgets.layouts import STRETCH, buddy, hbox, splitter, vbox
from app.ui.widgets.model_picker import ModelPicker
from app.ui.widgets.pair_table import CellTable
from app.ui.widgets.probability_bars import NO_PROBABILITIES_TEXT, ProbabilityBars
from app.workers.task_worker import TaskWorker

if TYPE_CHECKING:
    from app.core.tasks.custom.spec import TaskSpec
    from app.ui.panels import PanelContext

#: Where the panel keeps its state in ``Settings.extra``.
SETTINGS_KEY = "classification"
#: What a first start offers, so the panel works before anything is typed.
DEFAULT_LABELS = [
    {"name": "positive", "description": ""},
    {"name": "negative", "description": ""},
    {"name": "neutral", "description": ""},
]
METHOD_TEXT = {
    "scores": "each label scored by the model",
    "logprobs": "from the provider's log-probabilities",
    "json_schema": "chosen under a JSON schema",
    "json_object": "chosen in JSON mode",
    "tool_enum": "chosen with a tool",
    "enum": "chosen from an enum",
    "generate": "generated and matched to a label",
}


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

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(context, SETTINGS_KEY, parent)
        #: The text and labels of the classification running, for the history.
        self._running: tuple[str, tuple[str, ...]] | None = None
        self._state.setdefault("label_sets", {})
        self._label_error = ""
        self._build()
        self._connect()
        self._picker.populate([self._state.get("model")])
        self._validate()

    # -- construction -------------------------------------------------------------

    def _build(self) -> None:
        self._picker = ModelPicker(self._models, "Classification model", label_models=True)

        self._notice = notice_label("Classification notice")

        self._build_mode_tabs(self._build_text_tab(), "classify", "Classification")

        # The set-up keeps its width when the window grows; results and batch tables get the rest.
        setup_beside_tabs = splitter(
            Qt.Orientation.Horizontal, (self._build_setup(), 0), (self._tabs, 1), sizes=[430, 850]
        )

        panel_layout(self, self._picker, self._notice, (setup_beside_tabs, 1))

        add_shortcuts(self, {"Ctrl+Return": self._on_classify_button_clicked, "Esc": self._on_stop_button_clicked})

    def _build_setup(self) -> QWidget:
        self._sets = QComboBox()
        self._sets.setEditable(True)
        self._sets.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._sets.setAccessibleName("Label set name")
        self._sets.setMinimumContentsLength(12)
        self._sets.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._sets.lineEdit().setPlaceholderText("Name this label set to save it")
        self._sets.addItems(sorted(self._state["label_sets"]))
        self._sets.setEditText(self._state.get("label_set_name", ""))
        self._save_set_button = action_button("Save", "Save label set", "Save these labels under the name given")
        self._delete_set_button = action_button("Delete", "Delete label set", "Forget the saved label set of this name")
        sets_row = hbox(
            buddy("Label &set", self._sets), (self._sets, 1), self._save_set_button, self._delete_set_button, spacing=6
        )

        self._labels = self._table("Labels", ("Label", "Description (optional)"))
        for label in self._state.get("labels", DEFAULT_LABELS):
            self._labels.append_pair(label.get("name", ""), label.get("description", ""))
        self._add_label_button = action_button("Add label", "Add label", "Add a label to the set")
        self._remove_label_button = action_button("Remove label", "Remove label", "Remove the selected labels")
        self._label_error_label = error_label("Label set error")
        self._label_error_label.setTextFormat(Qt.TextFormat.PlainText)

        self._multi = QCheckBox("Mult&i-label")
        self._multi.setAccessibleName("Multi-label")
        self._multi.setToolTip("Each text may get several labels, or none of them")
        self._multi.setChecked(bool(self._state.get("multi", False)))
        self._abstain = QSpinBox()
        self._abstain.setAccessibleName("Abstain below confidence")
        self._abstain.setRange(0, 99)
        self._abstain.setSuffix(" %")
        self._abstain.setSpecialValueText("Never")
        self._abstain.setToolTip(
            "Give no label when the model is less sure than this (needs a model that gives probabilities)"
        )
        self._abstain.setValue(int(self._state.get("abstain_below", 0)))

        self._instruction = QLineEdit(self._state.get("instruction", ""))
        self._instruction.setAccessibleName("Instruction")
        self._instruction.setPlaceholderText("Instruction (optional), e.g. “Sort support tickets by team”")
        self._instruction.setClearButtonEnabled(True)

        examples_title = QLabel("Examples (optional)")
        examples_title.setObjectName("secondaryText")
        self._examples = self._table("Examples", ("Text", "Label"))
        for text, labels in self._state.get("examples", []):
            self._examples.append_pair(text, labels)
        self._add_example_button = action_button("Add example", "Add example", "Add a worked example")
        self._remove_example_button = action_button("Remove example", "Remove example", "Remove the selected examples")

        box = QWidget()
        vbox(
            sets_row,
            (self._labels, 3),
            hbox(self._add_label_button, self._remove_label_button, STRETCH, spacing=6),
            self._label_error_label,
            4,
            hbox(self._multi, STRETCH, buddy("A&bstain below", self._abstain), self._abstain, spacing=8),
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
        self._text = draft_edit(
            "Text to classify", "Text to classify — Ctrl+Enter classifies", self._state.get("draft", "")
        )
        self._stop_button = action_button("Stop", "Stop classification", "Stop classifying (Esc)")
        self._classify_button = action_button("Classify", "Classify", "Classify the text (Ctrl+Enter)")
        self._classify_button.setObjectName("primaryButton")
        actions = self._actions_row(
            "Classification status", self._save_as_task_button(), self._stop_button, self._classify_button
        )

        self._error = error_label("Classification error")

        self._result = QLabel()
        self._result.setAccessibleName("Result")
        self._result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self._result.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(QFont.Weight.DemiBold)
        self._result.setFont(font)
        self._result_detail = QLabel()
        self._result_detail.setObjectName("secondaryText")
        self._result_detail.setAccessibleName("Result detail")
        self._result_detail.setWordWrap(True)
        self._bars = ProbabilityBars()
        self._stats = stats_label("Classification stats")
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
        self._shutdown_workers(self._worker)

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
        self._set_status(f"Loaded the label set “{name}”.")

    @Slot(str)
    def _on_sets_edit_text_changed(self, text: str) -> None:
        self._state["label_set_name"] = text.strip()
        self._update_actions()

    @Slot()
    def _on_save_set_button_clicked(self) -> None:
        name = self._sets.currentText().strip()
        if not name:
            self._show_label_error("Name the label set first (in the box beside “Label set”).")
            self._sets.setFocus()
            return
        try:
            self.label_set()
        except UserFacingError as exc:
            self._show_label_error(str(exc))
            return
        self._state["label_sets"][name] = self._label_rows()
        if self._sets.findText(name) < 0:
            self._sets.addItem(name)
            self._sets.model().sort(0)
        self._sets.setCurrentIndex(self._sets.findText(name))
        self._set_status(f"Saved the label set “{name}”.")
        self._update_actions()

    @Slot()
    def _on_delete_set_button_clicked(self) -> None:
        name = self._sets.currentText().strip()
        if self._state["label_sets"].pop(name, None) is None:
            return
        self._sets.removeItem(self._sets.findText(name))
        self._sets.setEditText("")
        self._set_status(f"Deleted the saved label set “{name}”; the labels below stay.")
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
        started = self._prepare_text(self._text, "Type or paste a text first.")
        if started is None:
            return
        text, engine, job = started
        self._running = (text, job.labels.names)
        worker = TaskWorker(lambda cancel, _report: job.classifier().run(engine, text, cancel), "Classification", self)
        self._start_worker(worker, "Classifying…")

    @Slot(object)
    def _on_worker_succeeded(self, result: ClassificationResult) -> None:
        self._end_worker()
        self._show_result(result)
        self._set_status("Done.")
        if self._store is not None and self._running is not None:
            text, labels = self._running
            self._save_result(self._store.save_classification, model_id=self._active_model, text=text,
                              labels=list(labels), result=result.to_dict(), stats=result.stats.to_dict())  # fmt: skip

    @Slot()
    def _on_worker_cancelled(self) -> None:
        self._end_worker()
        self._set_status("Stopped.")

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
        return self._prepare()

    def _clear_result(self) -> None:
        self._result.clear()
        self._result_detail.clear()
        self._bars.clear()
        self._stats.clear()

    def _show_result(self, result: ClassificationResult) -> None:
        if result.abstained or result.label is None:
            self._result.setText(result.display_label)
        else:
            self._result.setText(", ".join(result.labels) if len(result.labels) > 1 else result.label)
        details = []
        probabilities = result.probabilities
        if probabilities is not None and result.label is not None and result.label in probabilities:
            details.append(f"{probabilities[result.label] * 100:.1f} % sure")
        if result.abstained:
            details.append(f"no label reached {self._abstain.value()} %")
        method = METHOD_TEXT.get(result.method)
        if method:
            details.append(method)
        self._result_detail.setText(" · ".join(details))
        if probabilities is None:
            self._bars.show_message(result.note or NO_PROBABILITIES_TEXT)
        else:
            self._bars.set_probabilities(probabilities, result.labels)
        summary = result.stats.summary(priced=self._picker.is_remote)
        if probabilities is not None and result.note:
            summary = f"{summary} · {result.note}"
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
        return (
            f"{choice.model_id} was trained on the labels {', '.join(choice.labels)}: "
            "use them (a model picked with an empty label table fills it in), or pick another model."
        )

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
            self._show_label_error(str(exc))
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
