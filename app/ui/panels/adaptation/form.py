"""What an adaptation run compares: the labelled file and its columns, the methods, the models, the sizes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.core.adaptation.records import EMBEDDED, METHOD_KINDS, PROMPTED, AdaptationSpec, MethodKind, MethodSpec
from app.core.errors import UserFacingError
from app.core.models.directory import ModelChoice, ModelDirectory
from app.core.tasks.tables import GOLD_COLUMN_NAMES, TEXT_COLUMN_NAMES, Table, guess_column, read_table
from app.ui.i18n import core_text, translate
from app.ui.panels.adaptation.names import method_name
from app.ui.widgets.buttons import action_button
from app.ui.widgets.elided_label import ElidedLabel
from app.ui.widgets.layouts import NO_MARGINS, STRETCH, hbox, vbox
from app.workers.call_worker import CallWorker

DEFAULT_SIZES = "8, 16, 32, 64, 128"
DEFAULT_METHODS = ("zero-shot", "embed-logreg")
NO_TEST_TEXT = QT_TRANSLATE_NOOP("AdaptationForm", "None: a quarter of the rows test")
METHOD_HINTS = {
    "zero-shot": QT_TRANSLATE_NOOP("AdaptationForm", "The labels' names only, asked of each chat model"),
    "few-shot": QT_TRANSLATE_NOOP("AdaptationForm", "A few fixed training rows as examples in every prompt"),
    "few-shot-knn": QT_TRANSLATE_NOOP(
        "AdaptationForm", "For each row, the k most similar training rows as examples (needs the embedding model)"
    ),
    "embed-logreg": QT_TRANSLATE_NOOP(
        "AdaptationForm", "A logistic regression trained on the embedding model's vectors: no chat model"
    ),
}


def file_filter() -> str:
    """The open dialogs' file types, in the window's language."""
    return translate("AdaptationForm", "Labelled files (*.csv *.tsv *.jsonl *.json);;All files (*)")


class FormError(UserFacingError):
    # Translated where it is shown (``error_title``), with the core's titles.
    title = QT_TRANSLATE_NOOP("core", "The comparison is not ready")


def parse_sizes(text: str) -> tuple[int, ...]:
    """ "8, 16 32" → (8, 16, 32); raises ``FormError`` for anything but whole numbers above zero."""
    parts = text.replace(",", " ").split()
    try:
        sizes = tuple(sorted({int(p) for p in parts}))
    except ValueError:
        raise FormError(
            translate("AdaptationForm", "“{text}” are not training sizes.").format(text=text.strip()),
            translate("AdaptationForm", "Write whole numbers separated by commas, e.g. 8, 16, 32."),
        ) from None
    if not sizes or sizes[0] < 1:
        raise FormError(
            translate("AdaptationForm", "Give at least one training size above zero."),
            translate("AdaptationForm", "For example {sizes}.").format(sizes=DEFAULT_SIZES),
        )
    return sizes


class AdaptationForm(QWidget):
    """The run's set-up, kept in ``state`` (the window saves the settings) so it is there after a restart.

    The columns fill in once the labelled file has been read (off the GUI thread): last time's choice, else
    columns named like a text and a label. ``spec()`` builds the ``AdaptationSpec`` or says what to fix.

    Signals:
        changed(): something that decides whether a run can start changed (a file read, a box ticked).
    """

    changed = Signal()

    def __init__(self, models: ModelDirectory, state: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._models = models
        self._state = state
        self._reader: CallWorker | None = None
        self._columns: tuple[str, ...] = ()
        self.file_error = ""
        self._build()
        self.refresh_models()
        if state.get("input_path"):
            self.set_input(Path(state["input_path"]))
        self._show_test_path()

    # -- construction -------------------------------------------------------------

    def _build(self) -> None:
        self.input_button = action_button(
            self.tr("Labelled file…"),
            self.tr("Choose labelled file"),
            self.tr("A CSV or JSONL file of texts and their labels"),
        )
        self.input_label = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)
        self.input_label.setAccessibleName(self.tr("Labelled file"))
        self.text_combo = self._combo(self.tr("Text column"))
        self.label_combo = self._combo(self.tr("Label column"))
        self.test_button = action_button(
            self.tr("Test file…"), self.tr("Choose test file"), self.tr("A separate file of test rows, same columns")
        )
        self.test_clear = action_button(
            self.tr("No test file"), self.tr("No test file"), self.tr("Split the labelled file instead")
        )
        self.test_label = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)
        self.test_label.setAccessibleName(self.tr("Test file"))
        self.test_label.setObjectName("secondaryText")

        chosen = set(self._state.get("methods", DEFAULT_METHODS))
        self.method_boxes: dict[MethodKind, QCheckBox] = {}
        for kind in METHOD_KINDS:
            box = QCheckBox(method_name(kind))
            box.setAccessibleName(method_name(kind))
            box.setToolTip(translate("AdaptationForm", METHOD_HINTS[kind]))
            box.setChecked(kind in chosen)
            box.toggled.connect(self._on_method_toggled)
            self.method_boxes[kind] = box

        self.chat_models = QListWidget()
        self.chat_models.setAccessibleName(self.tr("Chat models"))
        self.chat_models.setToolTip(self.tr("The chat models that zero-shot and few-shot prompt, each its own curve"))
        self.chat_models.setMinimumHeight(72)
        self.chat_models.setMaximumHeight(120)
        self.chat_models.itemChanged.connect(self._on_chat_models_item_changed)
        self.embedding = self._combo(self.tr("Embedding model"))
        self.embedding.setToolTip(self.tr("Embeds the rows for few-shot by similarity and the embedding classifier"))
        self.embedding.currentIndexChanged.connect(self._on_embedding_current_index_changed)

        self.sizes = QLineEdit(self._state.get("sizes", DEFAULT_SIZES))
        self.sizes.setAccessibleName(self.tr("Training sizes"))
        self.sizes.setToolTip(
            self.tr("Labelled training rows per point of the curve; every training row is added as the last")
        )
        self.sizes.textChanged.connect(self._on_sizes_text_changed)
        self.seeds = self._spin(
            "seeds",
            self.tr("Seeds"),
            (1, 10, int(self._state.get("seeds", 3))),
            self.tr("Draws of each size: the band's spread"),
        )
        self.k = self._spin(
            "k",
            self.tr("Examples per prompt"),
            (1, 32, int(self._state.get("k", 4))),
            self.tr("k: examples in each few-shot prompt"),
        )

        form = QFormLayout()
        form.setContentsMargins(*NO_MARGINS)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.input_button, self.input_label)
        form.addRow(self.tr("&Text column"), self.text_combo)
        form.addRow(self.tr("&Label column"), self.label_combo)
        form.addRow(self.test_button, self.test_label)
        form.addRow("", hbox(self.test_clear, STRETCH, margins=NO_MARGINS))
        methods_title = QLabel(self.tr("Methods"))
        methods_title.setObjectName("secondaryText")
        models_title = QLabel(self.tr("&Chat models (zero-shot, few-shot)"))
        models_title.setBuddy(self.chat_models)
        models_title.setObjectName("secondaryText")
        numbers = QFormLayout()
        numbers.setContentsMargins(*NO_MARGINS)
        numbers.addRow(self.tr("&Embedding model"), self.embedding)
        numbers.addRow(self.tr("Training si&zes"), self.sizes)
        seeds_text = self.tr("See&ds")
        #: The label before the number k of examples in each few-shot prompt
        k_text = self.tr("E&xamples (k)")
        numbers.addRow(self._pair((seeds_text, self.seeds), (k_text, self.k)))
        vbox(
            form,
            6,
            methods_title,
            *self.method_boxes.values(),
            6,
            models_title,
            self.chat_models,
            numbers,
            STRETCH,
            parent=self,
            margins=NO_MARGINS,
            spacing=6,
        )
        self.input_button.clicked.connect(self._on_input_button_clicked)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.test_clear.clicked.connect(self._on_test_clear_clicked)
        self.text_combo.currentIndexChanged.connect(self._on_columns_changed)
        self.label_combo.currentIndexChanged.connect(self._on_columns_changed)

    @staticmethod
    def _combo(name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setMinimumContentsLength(10)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _spin(self, key: str, name: str, values: tuple[int, int, int], tip: str) -> QSpinBox:
        """A number kept in the state under ``key``; ``values``: lowest, highest, current."""
        low, high, value = values
        spin = QSpinBox()
        spin.setAccessibleName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setToolTip(tip)
        spin.valueChanged.connect(lambda v: self._state.__setitem__(key, v))
        return spin

    @staticmethod
    def _pair(*fields: tuple[str, QWidget]) -> QWidget:
        box = QWidget()
        items: list[Any] = []
        for text, widget in fields:
            label = QLabel(text)
            label.setBuddy(widget)
            items += [label, widget, 12]
        hbox(*items[:-1], STRETCH, parent=box, margins=NO_MARGINS, spacing=6)
        return box

    # -- public API ---------------------------------------------------------------

    def refresh_models(self) -> None:
        """Re-read the chat and embedding models (installed, removed, a provider edited), keeping the ticks."""
        wanted = set(self._state.get("chat_models", []))
        self.chat_models.blockSignals(True)
        self.chat_models.clear()
        for choice in self._models.choices():
            item = QListWidgetItem(choice.label if not choice.tag else f"{choice.label} ({core_text(choice.tag)})")
            item.setData(Qt.ItemDataRole.UserRole, choice.model_id)
            item.setToolTip(self._where(choice) if choice.available else core_text(choice.note))
            flags = Qt.ItemFlag.ItemIsUserCheckable | (
                Qt.ItemFlag.ItemIsEnabled if choice.available else Qt.ItemFlag.NoItemFlags
            )
            item.setFlags(flags)
            item.setCheckState(
                Qt.CheckState.Checked if choice.model_id in wanted and choice.available else Qt.CheckState.Unchecked
            )
            self.chat_models.addItem(item)
        self.chat_models.blockSignals(False)
        self.embedding.blockSignals(True)
        self.embedding.clear()
        for choice in self._embedding_choices():
            self.embedding.addItem(choice.label, choice.model_id)
            index = self.embedding.count() - 1
            tip = core_text(choice.note) if choice.note else self._where(choice)
            self.embedding.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
        index = self.embedding.findData(self._state.get("embedding_model"))
        self.embedding.setCurrentIndex(max(0, index))
        self.embedding.blockSignals(False)
        self.changed.emit()

    def set_input(self, path: Path) -> None:
        """Read ``path`` in the background; its columns fill the combos when it has been read."""
        if self._reader is not None:
            return
        self._state["input_path"] = str(path)
        self.input_label.setText(str(path))
        self.input_label.setToolTip(str(path))
        self._columns = ()
        self.file_error = ""
        for combo in (self.text_combo, self.label_combo):
            combo.clear()
        self._reader = CallWorker(lambda: read_table(path), f"Reading {path.name}", self)
        self._reader.succeeded.connect(self._on_reader_succeeded)
        self._reader.failed.connect(self._on_reader_failed)
        self._reader.start()
        self.changed.emit()

    def set_test(self, path: Path | None) -> None:
        self._state["test_path"] = str(path) if path is not None else None
        self._show_test_path()
        self.changed.emit()

    @property
    def reading(self) -> bool:
        return self._reader is not None

    @property
    def checked_models(self) -> list[str]:
        items = (self.chat_models.item(i) for i in range(self.chat_models.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def set_models_checked(self, model_ids: list[str]) -> None:
        for i in range(self.chat_models.count()):
            item = self.chat_models.item(i)
            wanted = item.data(Qt.ItemDataRole.UserRole) in model_ids and bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def spec(self) -> AdaptationSpec:
        """The run as set up; raises ``FormError`` (or a file's error) saying what to fix."""
        input_path = self._state.get("input_path")
        if not input_path:
            raise FormError(
                self.tr("Choose a labelled file first."),
                self.tr("A CSV or JSONL file with a text column and a label column."),
            )
        if self.file_error:
            raise FormError(self.file_error, self.tr("Choose another file, or fix this one and choose it again."))
        if self._reader is not None or not self._columns:
            raise FormError(self.tr("The labelled file is still being read."), self.tr("Wait a moment, then run."))
        text, label = self.text_combo.currentText(), self.label_combo.currentText()
        if text == label:
            raise FormError(
                self.tr("The text and label columns are the same column."),
                self.tr("Pick the column of labels under Label column."),
            )
        kinds = [kind for kind, box in self.method_boxes.items() if box.isChecked()]
        if not kinds:
            raise FormError(
                self.tr("Tick at least one method."),
                self.tr("Zero-shot and the embedding classifier are a good start."),
            )
        models = self.checked_models
        prompted = [kind for kind in kinds if kind in PROMPTED]
        if prompted and not models:
            names = ", ".join(method_name(k).lower() for k in prompted)
            raise FormError(
                self.tr("No chat model is ticked for {methods}.").format(methods=names),
                self.tr("Tick one or more chat models, or untick those methods."),
            )
        embedding = self.embedding.currentData()
        if any(kind in EMBEDDED for kind in kinds) and not embedding:
            raise FormError(
                self.tr("No embedding model is available."),
                self.tr("Install a local model or add a provider with embeddings."),
            )
        k = self.k.value()
        methods = [MethodSpec(kind, model, k) for kind in prompted for model in models]
        if "embed-logreg" in kinds:
            methods.append(MethodSpec("embed-logreg", None, k))
        needs_embedding = any(kind in EMBEDDED for kind in kinds)
        return AdaptationSpec(
            input_path=input_path,
            text_column=text,
            label_column=label,
            methods=tuple(methods),
            embedding_model=embedding if needs_embedding else None,
            test_path=self._state.get("test_path") or None,
            sizes=parse_sizes(self.sizes.text()),
            seeds=self.seeds.value(),
        )

    def set_running(self, running: bool) -> None:
        """Lock the set-up while a run uses it."""
        for widget in self.findChildren(QWidget):
            if isinstance(widget, (QPushButton, QComboBox, QLineEdit, QCheckBox, QSpinBox, QListWidget)):
                widget.setEnabled(not running)

    def shutdown(self) -> None:
        if self._reader is not None:
            self._reader.discard()
            self._reader = None

    # -- slots ----------------------------------------------------------------------

    @Slot()
    def _on_input_button_clicked(self) -> None:
        start = self._state.get("input_path") or ""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Labelled file"), start, file_filter())
        if name:
            self.set_input(Path(name))

    @Slot()
    def _on_test_button_clicked(self) -> None:
        start = self._state.get("test_path") or self._state.get("input_path") or ""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Test file"), start, file_filter())
        if name:
            self.set_test(Path(name))

    @Slot()
    def _on_test_clear_clicked(self) -> None:
        self.set_test(None)

    @Slot(object)
    def _on_reader_succeeded(self, table: Table) -> None:
        self._reader = None
        self._fill_columns(table)
        self.changed.emit()

    @Slot(str, str)
    def _on_reader_failed(self, title: str, message: str) -> None:
        self._reader = None
        self.file_error = self.tr("{title}: {message}").format(title=translate("core", title), message=message)
        self.changed.emit()

    @Slot()
    def _on_columns_changed(self) -> None:
        if self._columns:
            self._state["text_column"] = self.text_combo.currentText()
            self._state["label_column"] = self.label_combo.currentText()
        self.changed.emit()

    @Slot()
    def _on_method_toggled(self) -> None:
        self._state["methods"] = [kind for kind, box in self.method_boxes.items() if box.isChecked()]
        self.changed.emit()

    @Slot(QListWidgetItem)
    def _on_chat_models_item_changed(self, _item: QListWidgetItem) -> None:
        self._state["chat_models"] = self.checked_models
        self.changed.emit()

    @Slot(int)
    def _on_embedding_current_index_changed(self, _index: int) -> None:
        self._state["embedding_model"] = self.embedding.currentData()
        self.changed.emit()

    @Slot(str)
    def _on_sizes_text_changed(self, text: str) -> None:
        self._state["sizes"] = text
        self.changed.emit()

    # -- helpers ------------------------------------------------------------------------

    def _where(self, choice: ModelChoice) -> str:
        """Where a model runs, for its tooltip."""
        if choice.destination:
            return self.tr("Sent to {destination}").format(destination=choice.destination)
        return self.tr("Runs on this computer")

    def _embedding_choices(self) -> list[ModelChoice]:
        """The directory's embedding models and every local chat model (any GGUF model can embed): those on this
        computer first, then the providers' embedding models."""
        choices = self._models.embedding_choices()
        seen = {c.model_id for c in choices}
        local = [c for c in self._models.choices() if c.destination is None and c.model_id not in seen]
        every = [c for c in choices + local if c.available]
        return sorted(every, key=lambda c: c.destination is not None)

    def _fill_columns(self, table: Table) -> None:
        self._columns = tuple(table.columns)
        for combo in (self.text_combo, self.label_combo):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(list(table.columns))
        text = guess_column(table.columns, self._state.get("text_column"), TEXT_COLUMN_NAMES)
        label = guess_column(table.columns, self._state.get("label_column"), GOLD_COLUMN_NAMES)
        self.text_combo.setCurrentIndex(max(0, self.text_combo.findText(text or "")))
        fallback = 1 if len(table.columns) > 1 else 0
        self.label_combo.setCurrentIndex(self.label_combo.findText(label) if label else fallback)
        for combo in (self.text_combo, self.label_combo):
            combo.blockSignals(False)
        self._on_columns_changed()

    def _show_test_path(self) -> None:
        path = self._state.get("test_path")
        self.test_label.setText(path or translate("AdaptationForm", NO_TEST_TEXT))
        self.test_label.setToolTip(
            path
            or self.tr("A quarter of the labelled file's rows, drawn per label with the seed, are kept for testing")
        )
        self.test_clear.setVisible(bool(path))
