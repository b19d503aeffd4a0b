"""The Compare set-up form: the 2–4 models, the task and its options, and the text or file they all get."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from app.core.compare.spec import BATCH_TASKS, MAX_MODELS, MIN_MODELS, Comparison, Task
from app.core.models.directory import ModelDirectory
from app.core.tasks.tables import GOLD_COLUMN_NAMES, TEXT_COLUMN_NAMES, guess_column, read_table
from app.ui.i18n import core_text, translate
from app.ui.panels._task_panel import notice_label
from app.ui.panels.background_calls import BackgroundCalls
from app.ui.panels.translation_texts import language_items
from app.ui.widgets.buttons import action_button
from app.ui.widgets.documents_attach import DocumentsAttach
from app.ui.widgets.language_combo import LanguageCombo
from app.ui.widgets.layouts import hbox, vbox
from app.ui.widgets.model_picker import PROVIDERS_LINK, ModelPicker

TASK_NAMES: dict[Task, str] = {
    "chat": QT_TRANSLATE_NOOP("CompareSetup", "Chat prompt"),
    "translate": QT_TRANSLATE_NOOP("CompareSetup", "Translation"),
    "classify": QT_TRANSLATE_NOOP("CompareSetup", "Classification"),
    "batch-classify": QT_TRANSLATE_NOOP("CompareSetup", "Classify a file"),
    "batch-translate": QT_TRANSLATE_NOOP("CompareSetup", "Translate a file"),
}
#: The input text of a first comparison (sent to the models, so in the person's language).
DEFAULT_PROMPT = QT_TRANSLATE_NOOP("CompareSetup", "Explain in three sentences why the sky is blue.")
#: The labels of a first classification: words separated by ASCII commas.
DEFAULT_LABELS = QT_TRANSLATE_NOOP("CompareSetup", "positive, negative, neutral")
DEFAULT_TARGET = "fr"
#: The gold column's choice for a file without the right labels.
NO_GOLD = QT_TRANSLATE_NOOP("CompareSetup", "(none)")
TABLE_FILTER = QT_TRANSLATE_NOOP("CompareSetup", "Tables (*.csv *.tsv *.txt *.jsonl);;All files (*)")


class _InputEdit(QPlainTextEdit):
    """The input text box: Tab moves on to the next control, as in every other field; Ctrl+Tab types a tab."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if (
            event.key() == Qt.Key.Key_Tab
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and not self.isReadOnly()
        ):
            self.insertPlainText("\t")
            event.accept()
            return
        super().keyPressEvent(event)


class _ModelRow(QWidget):
    """A model picker and its Remove model button.

    Signals:
        remove_requested(): Remove model was clicked.
    """

    remove_requested = Signal()

    def __init__(self, models: ModelDirectory, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Two pickers share a line: compact ones cut long names and badges (their tooltips have them whole).
        self.picker = ModelPicker(models, self.tr("Model {number}").format(number=number), compact=True)
        self._combo = self.picker.findChild(QComboBox)
        # A tool button: the style sheet's QPushButton minimum width would make "✕" a wide slab.
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setAccessibleName(self.tr("Remove model"))
        self.remove_button.setToolTip(self.tr("Remove this model from the comparison"))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        hbox((self.picker, 1), self.remove_button, parent=self, margins=(0, 0, 0, 0), spacing=6)

    def set_number(self, number: int) -> None:
        """Renumber after a row above was removed: "Model 3" becomes "Model 2"."""
        self._combo.setAccessibleName(self.tr("Model {number}").format(number=number))
        self.remove_button.setAccessibleDescription(
            self.tr("Remove model {number} from the comparison").format(number=number)
        )

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        self.remove_requested.emit()


class CompareSetup(QWidget):
    """The models (Add model / Remove model, two pickers a line), the task, its options, and the input.

    The input is a text box, or for a batch task a CSV/JSONL file whose
    columns are read off the GUI thread (the text column, and a gold column
    for accuracy). A chat prompt may be answered from document collections
    (``documents``, the chat's own control; shown with ``list_collections``).
    What is picked lives in the panel's ``state``.

    ``add_button`` is built here and placed by the panel, in its row of actions.

    Signals:
        changed(): the models, the task or the file's columns changed: what can run may have too.
        status_changed(str): a line for the panel's status (reading a file, and what came of it).
        providers_requested(): the notice's link to set up a provider was clicked.
    """

    changed = Signal()
    status_changed = Signal(str)
    providers_requested = Signal()

    def __init__(
        self,
        models: ModelDirectory,
        state: dict[str, Any],
        list_collections: Callable[[], list[str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``state``: the panel's settings (models, task, options, input), read here and kept up to date.
        ``list_collections``: the document collections a chat prompt can be answered from (None: no documents)."""
        super().__init__(parent)
        self._models = models
        self._state = state
        self._with_documents = list_collections is not None
        self.documents = DocumentsAttach(list_collections or list)
        self.documents.set_attached([str(name) for name in state.get("collections", [])])
        self._rows: list[_ModelRow] = []
        self._calls = BackgroundCalls("Compare", self)
        self._build()
        self._connect()
        for model_id in self._initial_models():
            self._add_row(model_id)
        self._on_task_combo_current_index_changed(self._task_combo.currentIndex())

    # -- construction ------------------------------------------------------------

    def _build(self) -> None:
        self._model_columns = (vbox(spacing=6), vbox(spacing=6))
        models_grid = hbox(*((column, 1) for column in self._model_columns), spacing=16)
        self.add_button = action_button(
            self.tr("Add model"),
            self.tr("Add model"),
            self.tr("Add another model (up to {count})").format(count=MAX_MODELS),
        )
        self._notice = notice_label(self.tr("Compare notice"))

        self._task_combo = QComboBox()
        self._task_combo.setAccessibleName(self.tr("Task"))
        for task, name in TASK_NAMES.items():
            self._task_combo.addItem(translate("CompareSetup", name), task)
        self._task_combo.setCurrentIndex(max(0, self._task_combo.findData(self._state.get("task", "chat"))))
        self._target = LanguageCombo(language_items())
        self._target.setAccessibleName(self.tr("Target language"))
        if not self._target.set_language(self._state.get("target", DEFAULT_TARGET)):
            self._target.set_language(DEFAULT_TARGET)
        self._labels_edit = QLineEdit(self._state.get("labels", translate("CompareSetup", DEFAULT_LABELS)))
        self._labels_edit.setAccessibleName(self.tr("Labels"))
        self._labels_edit.setPlaceholderText(self.tr("Labels, separated by commas; name=description to explain one"))
        self._multi = QCheckBox(self.tr("Several labels may apply"))
        self._multi.setAccessibleName(self.tr("Multi-label"))
        self._multi.setChecked(bool(self._state.get("multi", False)))
        self._temperature = QDoubleSpinBox()
        self._temperature.setAccessibleName(self.tr("Temperature"))
        self._temperature.setRange(0.0, 2.0)
        self._temperature.setSingleStep(0.1)
        self._temperature.setValue(float(self._state.get("temperature", 0.7)))
        self._max_tokens = QSpinBox()
        self._max_tokens.setAccessibleName(self.tr("Max tokens"))
        self._max_tokens.setRange(1, 32768)
        self._max_tokens.setSingleStep(128)
        self._max_tokens.setValue(int(self._state.get("max_tokens", 512)))

        self._options = options = hbox(spacing=8)
        self._option_widgets: dict[str, list[QWidget]] = {}
        for key, label_text, widget in (
            ("task", self.tr("&Task"), self._task_combo),
            #: Before the target language: translate to…
            ("target", self.tr("T&o"), self._target),
            ("labels", self.tr("&Labels"), self._labels_edit),
            ("multi", "", self._multi),
            ("sampling", self.tr("Te&mperature"), self._temperature),
            ("length", self.tr("Ma&x tokens"), self._max_tokens),
        ):
            widgets: list[QWidget] = [widget]
            if label_text:
                label = _buddy_label(label_text, widget)
                options.addWidget(label)
                widgets.insert(0, label)
            options.addWidget(widget, 2 if key == "labels" else 0)
            self._option_widgets[key] = widgets
        # The documents line takes the rest of the row where it is shown; elsewhere the options keep to the left.
        options.addWidget(self.documents, 1)
        options.addStretch(1)

        self._input = _InputEdit(self._state.get("text", translate("CompareSetup", DEFAULT_PROMPT)))
        self._input.setAccessibleName(self.tr("Input text"))
        self._input.setPlaceholderText(self.tr("The same text goes to every model."))
        self._input.setFixedHeight(64)

        self._file_edit = QLineEdit(self._state.get("file", ""))
        self._file_edit.setAccessibleName(self.tr("Input file"))
        self._file_edit.setReadOnly(True)
        self._file_edit.setPlaceholderText(self.tr("A CSV or JSONL file, one text per row"))
        self._browse_button = action_button(
            self.tr("Choose file…"), self.tr("Choose file…"), self.tr("Pick the CSV or JSONL file to run on")
        )
        self._text_column = QComboBox()
        self._text_column.setAccessibleName(self.tr("Text column"))
        self._gold_column = QComboBox()
        self._gold_column.setAccessibleName(self.tr("Gold column"))
        self._gold_column.setToolTip(self.tr("The right labels, if the file has them: gives accuracy and macro-F1"))
        self._file_row = QWidget()
        hbox(
            (self._file_edit, 2),
            self._browse_button,
            _buddy_label(self.tr("Te&xt column"), self._text_column),
            (self._text_column, 1),
            _buddy_label(self.tr("&Gold column"), self._gold_column),
            (self._gold_column, 1),
            parent=self._file_row,
            margins=(0, 0, 0, 0),
            spacing=8,
        )
        vbox(
            self._notice,
            models_grid,
            options,
            self._input,
            self._file_row,
            parent=self,
            margins=(0, 0, 0, 0),
            spacing=8,
        )

    def _connect(self) -> None:
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self._task_combo.currentIndexChanged.connect(self._on_task_combo_current_index_changed)
        self._notice.linkActivated.connect(self._on_notice_link_activated)
        self._browse_button.clicked.connect(self._on_browse_button_clicked)
        self.documents.attached_changed.connect(self._on_documents_attached_changed)

    def _initial_models(self) -> list[str | None]:
        """The models of last time, else the first ones that can run (local first), at least two."""
        wanted: list[str | None] = list(self._state.get("models", []))[:MAX_MODELS]
        usable = [c.model_id for c in self._models.choices() if c.available and c.model_id not in wanted]
        while len(wanted) < MIN_MODELS:
            wanted.append(usable.pop(0) if usable else None)
        return wanted

    # -- public API -----------------------------------------------------------------

    def refresh_models(self) -> None:
        """Re-read the model lists (providers or local models changed), keeping each picker's choice."""
        for row in self._rows:
            row.picker.refresh()
        self._update_notice()

    def model_ids(self) -> list[str]:
        """The picked models in order; "" for a picker with none."""
        return [row.picker.model_id or "" for row in self._rows]

    @property
    def runnable(self) -> bool:
        """Every picker can run, no model is picked twice, and the input is there."""
        ids = [m for m in self.model_ids() if m]
        if not (all(row.picker.can_run for row in self._rows) and len(set(ids)) == len(ids) >= MIN_MODELS):
            return False
        return bool(self._text_column.currentText()) if self._task() in BATCH_TASKS else True

    def spec(self) -> Comparison:
        """The comparison the form describes (not yet validated)."""
        task = self._task()
        file = self._file_edit.text()
        return Comparison(
            task=task,
            models=tuple(m for m in self.model_ids() if m),
            text="" if task in BATCH_TASKS else self._input.toPlainText().strip(),
            # A translation's length follows its text; only a chat answer takes the limit.
            max_tokens=self._max_tokens.value() if task == "chat" else None,
            temperature=self._temperature.value(),
            target=self._target.language if task in ("translate", "batch-translate") else "",
            labels=tuple(part.strip() for part in self._labels_edit.text().split(",") if part.strip())
            if task in ("classify", "batch-classify")
            else (),
            multi=self._multi.isChecked() if task in ("classify", "batch-classify") else False,
            input_path=file if task in BATCH_TASKS and file else None,
            text_column=self._text_column.currentText() if task in BATCH_TASKS else "",
            gold_column=self._gold_column.currentData() if task == "batch-classify" else None,
            collections=tuple(self.documents.attached) if task == "chat" and self._with_documents else (),
        )

    def apply_spec(self, spec: Comparison) -> None:
        """Put a saved comparison's set-up back in the form, so it can be changed and run."""
        while len(self._rows) < len(spec.models):
            self._add_row(None)
        while len(self._rows) > max(MIN_MODELS, len(spec.models)):
            self._drop_row(self._rows.pop())
        self._relayout_rows()
        for row, model_id in zip(self._rows, spec.models):
            row.picker.populate([model_id])
        self._task_combo.setCurrentIndex(max(0, self._task_combo.findData(spec.task)))
        if spec.task not in BATCH_TASKS:
            self._input.setPlainText(spec.text)
        if spec.target:
            self._target.set_language(spec.target)
        if spec.labels:
            self._labels_edit.setText(", ".join(spec.labels))
        self._multi.setChecked(spec.multi)
        self._temperature.setValue(spec.temperature)
        if spec.max_tokens is not None:
            self._max_tokens.setValue(spec.max_tokens)
        self.documents.set_attached(spec.collections)
        self._state["collections"] = list(spec.collections)
        self._update_documents_destination()
        if spec.input_path:
            self._file_edit.setText(spec.input_path)
            self._state.update(text_column=spec.text_column, gold_column=spec.gold_column)
            self._read_columns(Path(spec.input_path))

    def save_state(self) -> None:
        """Keep the form in the panel's state (a comparison starts)."""
        self._state.update(
            models=[m for m in self.model_ids() if m],
            task=self._task(),
            text=self._input.toPlainText(),
            target=self._target.language,
            labels=self._labels_edit.text(),
            multi=self._multi.isChecked(),
            temperature=self._temperature.value(),
            max_tokens=self._max_tokens.value(),
            text_column=self._text_column.currentText(),
            gold_column=self._gold_column.currentData(),
            collections=self.documents.attached,
        )

    def set_busy(self, busy: bool) -> None:
        """While a comparison runs, nothing in the form changes."""
        self.add_button.setEnabled(not busy and len(self._rows) < MAX_MODELS)
        for row in self._rows:
            row.remove_button.setEnabled(not busy and len(self._rows) > MIN_MODELS)
            row.picker.set_picking_enabled(not busy)
        for widgets in self._option_widgets.values():
            for widget in widgets:
                widget.setEnabled(not busy)
        self._input.setReadOnly(busy)
        self.documents.set_attaching_enabled(not busy)
        self._browse_button.setEnabled(not busy)
        self._text_column.setEnabled(not busy)
        self._gold_column.setEnabled(not busy and self._task() == "batch-classify")

    def shutdown(self) -> None:
        """Stop waiting for a file being read (closing the window)."""
        self._calls.discard_all()

    # -- slots ----------------------------------------------------------------------------

    @Slot()
    def _on_add_button_clicked(self) -> None:
        taken = set(self.model_ids())
        spare = [c.model_id for c in self._models.choices() if c.available and c.model_id not in taken]
        self._add_row(spare[0] if spare else None)
        self.changed.emit()

    @Slot()
    def _on_model_row_remove_requested(self) -> None:
        row = self.sender()
        if isinstance(row, _ModelRow) and row in self._rows and len(self._rows) > MIN_MODELS:
            self._rows.remove(row)
            self._drop_row(row)
            self._relayout_rows()
            self._update_documents_destination()
            self.changed.emit()

    @Slot(str)
    def _on_picker_model_changed(self, _model_id: str) -> None:
        self._state["models"] = [m for m in self.model_ids() if m]
        self._update_documents_destination()
        self.changed.emit()

    @Slot(list)
    def _on_documents_attached_changed(self, names: list[str]) -> None:
        self._state["collections"] = list(names)
        self.changed.emit()

    @Slot(int)
    def _on_task_combo_current_index_changed(self, _index: int) -> None:
        task = self._task()
        self._state["task"] = task
        batch = task in BATCH_TASKS
        visible = {
            "target": task in ("translate", "batch-translate"),
            "labels": task in ("classify", "batch-classify"),
            "multi": task in ("classify", "batch-classify"),
            "sampling": task in ("chat", "translate"),
            "length": task == "chat",
        }
        for row in self._rows:
            row.picker.set_label_models(visible["labels"])
        with_documents = task == "chat" and self._with_documents
        self.documents.setVisible(with_documents)
        self._options.setStretch(self._options.count() - 1, 0 if with_documents else 1)
        for key, shown in visible.items():
            for widget in self._option_widgets[key]:
                widget.setVisible(shown)
        self._input.setVisible(not batch)
        self._file_row.setVisible(batch)
        if batch and self._file_edit.text() and self._text_column.count() == 0:
            self._read_columns(Path(self._file_edit.text()))
        self.changed.emit()

    @Slot(str)
    def _on_notice_link_activated(self, link: str) -> None:
        if link == PROVIDERS_LINK:
            self.providers_requested.emit()

    @Slot()
    def _on_browse_button_clicked(self) -> None:
        start = self._file_edit.text() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file to run on"), start, translate("CompareSetup", TABLE_FILTER)
        )
        if path:
            self._file_edit.setText(path)
            self._state["file"] = path
            self._read_columns(Path(path))

    @Slot(object)
    def _on_columns_call_succeeded(self, columns: object) -> None:
        names = [str(c) for c in columns] if isinstance(columns, (list, tuple)) else []
        self._text_column.clear()
        self._text_column.addItems(names)
        self._gold_column.clear()
        self._gold_column.addItem(translate("CompareSetup", NO_GOLD), None)
        for name in names:
            self._gold_column.addItem(name, name)
        # Found as the Classify tab finds them, so a "label" column gives accuracy here too.
        text = guess_column(names, self._state.get("text_column"), TEXT_COLUMN_NAMES)
        self._text_column.setCurrentIndex(max(0, self._text_column.findText(text or "")))
        gold = guess_column(names, self._state.get("gold_column"), GOLD_COLUMN_NAMES)
        self._gold_column.setCurrentIndex(max(0, self._gold_column.findData(gold)))
        self.status_changed.emit(
            self.tr("%n column(s) in {file}.", None, len(names)).format(file=Path(self._file_edit.text()).name)
        )
        self.changed.emit()

    @Slot(str, str)
    def _on_columns_call_failed(self, title: str, message: str) -> None:
        self._text_column.clear()
        self._gold_column.clear()
        #: An error's title, then its message and hint.
        self.status_changed.emit(
            self.tr("{title}. {message}").format(title=core_text(title), message=core_text(message))
        )
        self.changed.emit()

    # -- helpers --------------------------------------------------------------------------------

    def _task(self) -> Task:
        return self._task_combo.currentData()

    def _add_row(self, model_id: str | None) -> None:
        row = _ModelRow(self._models, len(self._rows) + 1)
        row.remove_requested.connect(self._on_model_row_remove_requested)
        # Trained classifiers (classifier:NAME) are listed while the comparison classifies.
        row.picker.set_label_models(self._task() in ("classify", "batch-classify"))
        row.picker.populate([model_id])
        row.picker.model_changed.connect(self._on_picker_model_changed)
        self._rows.append(row)
        self._relayout_rows()
        self._update_notice()
        self._update_documents_destination()

    def _relayout_rows(self) -> None:
        """Two pickers a line, numbered in reading order: 1 2 / 3 4."""
        for column in self._model_columns:
            while column.count():
                column.takeAt(0)
        for index, row in enumerate(self._rows):
            self._model_columns[index % 2].addWidget(row)
            row.set_number(index + 1)

    def _drop_row(self, row: _ModelRow) -> None:
        for column in self._model_columns:
            column.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _read_columns(self, path: Path) -> None:
        self.status_changed.emit(self.tr("Reading {file}…").format(file=path.name))
        self._calls.start(
            "columns",
            lambda: list(read_table(path).columns),
            self._on_columns_call_succeeded,
            self._on_columns_call_failed,
        )

    def _update_documents_destination(self) -> None:
        """The documents control says where passages go: to the providers of the remote models picked, if any."""
        remote = [row.picker.choice.destination for row in self._rows if row.picker.choice is not None]
        self.documents.set_destination(", ".join(dict.fromkeys(d for d in remote if d)) or None)

    def _update_notice(self) -> None:
        #: Ends the sentence "To … with a model behind an API instead, add a provider".
        text = self._rows[0].picker.notice(self.tr("compare models")) if self._rows else ""
        self._notice.setText(text)
        self._notice.setVisible(bool(text))


def _buddy_label(text: str, buddy: QWidget) -> QLabel:
    """The label before a field; its mnemonic (the letter after "&") moves to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    # Text widths are fractional and the size hint rounds down: the last glyph got clipped.
    label.setMinimumWidth(label.sizeHint().width() + 2)
    return label
