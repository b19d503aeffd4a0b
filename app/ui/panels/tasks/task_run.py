"""The Tasks tab's run page: which models (1–6) and variants (1–3) the task runs on over the input file,
the answer cache, Run / Cancel and the progress; below, the runs saved in the history, to reopen."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QToolButton,
    QWidget,
)

from app.core.models.directory import ModelDirectory
from app.core.tasks.custom.saved import SavedTaskRun
from app.core.tasks.custom.spec import Column
from app.ui.i18n import date_time
from app.ui.panels._task_panel import status_label
from app.ui.panels.tasks.task_words import DEFAULT_VARIANT, variant_name
from app.ui.widgets.buttons import action_button
from app.ui.widgets.layouts import STRETCH, hbox, vbox
from app.ui.widgets.model_picker import ModelPicker

MAX_MODELS = 6
MAX_VARIANTS = 3
CACHE_TIP = QT_TRANSLATE_NOOP(
    "RunPage",
    "Answer requests identical to earlier ones (same model, prompt and settings) from the cache. Only "
    "temperature 0 or a fixed seed is cached: other settings answer differently each time.",
)
#: Where a variant's box keeps the variant's name (its text is the name as shown).
_VARIANT = "variant"


def _updated(run: SavedTaskRun) -> str:
    """When a saved run was last written, in the locale's short form."""
    try:
        return date_time(datetime.fromisoformat(run.updated))
    except ValueError:
        return run.updated[:16].replace("T", " ")


class RunPage(QWidget):
    """Models, variants, cache, Run / Cancel and progress; the saved runs.

    Signals:
        run_requested(): Run was clicked.
        cancel_requested(): Cancel was clicked.
        open_run_requested(str): a saved run's id, to reopen (double-click or "Open run").
    """

    run_requested = Signal()
    cancel_requested = Signal()
    open_run_requested = Signal(str)

    def __init__(self, models: ModelDirectory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._models = models
        self._label_models = False
        self._pickers: list[tuple[ModelPicker, QToolButton]] = []
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(12)
        self._add_model = action_button(
            self.tr("Add model"), self.tr("Add model"),
            self.tr("Run on another model (up to {count})").format(count=MAX_MODELS),
        )  # fmt: skip
        self._variants_row = hbox(QLabel(self.tr("Variants")), spacing=10)
        self._variant_boxes: list[QCheckBox] = []
        self.cache = QCheckBox(self.tr("Answer identical requests from the cache"))
        self.cache.setAccessibleName(self.tr("Use the answer cache"))
        self.cache.setToolTip(self.tr(CACHE_TIP))
        self.cache.setChecked(True)
        self._cache_note = QLabel(self.tr("Only temperature 0 or a fixed seed is cached."))
        self._cache_note.setObjectName("secondaryText")
        self.run_button = action_button(
            self.tr("Run", "button: run the task"), self.tr("Run task"),
            self.tr("Run the task on every row, model and variant"),
        )  # fmt: skip
        self.cancel_button = action_button(
            self.tr("Cancel"), self.tr("Cancel run"), self.tr("Stop; running it again resumes where it stopped")
        )
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Run progress"))
        self.progress.setTextVisible(True)
        self.status = status_label(self.tr("Run status"))
        self._saved = QListWidget()
        self._saved.setAccessibleName(self.tr("Saved task runs"))
        self._open_run = action_button(
            self.tr("Open run"), self.tr("Open saved run"), self.tr("Show this saved run in the matrix")
        )
        vbox(
            self._grid, hbox(self._add_model, STRETCH), self._variants_row,
            hbox(self.cache, 8, self._cache_note, STRETCH), hbox(self.run_button, self.cancel_button, STRETCH, spacing=8),
            self.progress, self.status, 8, QLabel(self.tr("Saved runs")), (self._saved, 1), hbox(self._open_run, STRETCH),
            margins=(0, 10, 0, 0), spacing=8, parent=self,
        )  # fmt: skip
        self._add_model.clicked.connect(self._on_add_model_clicked)
        self.run_button.clicked.connect(self.run_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self._open_run.clicked.connect(self._on_open_run_clicked)
        self._saved.itemDoubleClicked.connect(self._on_saved_item_double_clicked)
        self.add_model(None)
        self.set_running(False)

    # -- public API ---------------------------------------------------------------

    def add_model(self, model_id: str | None) -> ModelPicker:
        picker = ModelPicker(
            self._models,
            self.tr("Run model {number}").format(number=len(self._pickers) + 1),
            compact=True,
            label_models=self._label_models,
        )
        picker.populate([model_id])
        remove = QToolButton()
        remove.setText("✕")
        remove.setAutoRaise(True)
        remove.setAccessibleName(self.tr("Remove run model {number}").format(number=len(self._pickers) + 1))
        remove.setToolTip(self.tr("Do not run on this model"))
        remove.clicked.connect(self._on_remove_clicked)
        self._pickers.append((picker, remove))
        self._relayout()
        return picker

    def set_label_models(self, on: bool) -> None:
        """List trained classifiers in the pickers (a task with a label output) or not."""
        self._label_models = on
        for picker, _ in self._pickers:
            picker.set_label_models(on)

    def refresh_models(self) -> None:
        for picker, _ in self._pickers:
            picker.refresh()

    def model_ids(self) -> list[str]:
        """The picked models that can run, each once, in order."""
        ids = [p.model_id for p, _ in self._pickers if p.model_id and p.can_run and not p.unavailable_reason]
        return list(dict.fromkeys(i for i in ids if i))

    def set_variants(self, names: list[str]) -> None:
        """Offer the task's variants; the first stays picked."""
        picked = set(self.variants()) or {names[0]}
        for box in self._variant_boxes:
            self._variants_row.removeWidget(box)
            box.deleteLater()
        self._variant_boxes = []
        for name in names:
            box = QCheckBox(variant_name(name))
            box.setProperty(_VARIANT, name)
            box.setAccessibleName(self.tr("Variant {name}").format(name=variant_name(name)))
            box.setChecked(name in picked)
            box.toggled.connect(self._on_variant_toggled)
            self._variants_row.addWidget(box)
            self._variant_boxes.append(box)
        self._on_variant_toggled(True)

    def variants(self) -> list[str]:
        return [str(box.property(_VARIANT) or DEFAULT_VARIANT) for box in self._variant_boxes if box.isChecked()]

    def columns(self) -> list[Column]:
        return [Column(model, variant) for model in self.model_ids() for variant in self.variants()]

    def set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self._add_model.setEnabled(not running and len(self._pickers) < MAX_MODELS)
        for picker, remove in self._pickers:
            picker.set_picking_enabled(not running)
            remove.setEnabled(not running and len(self._pickers) > 1)
        for box in self._variant_boxes:
            box.setEnabled(not running)
        self.cache.setEnabled(not running)

    def show_saved(self, runs: list[SavedTaskRun]) -> None:
        self._saved.clear()
        for run in runs:
            line = f"{_updated(run)}  {run.task} — {', '.join(run.models)}: {run.done}/{run.total}"
            if run.cancelled:
                line = self.tr("{run} (cancelled)").format(run=line)
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, run.run_id)
            self._saved.addItem(item)
        self._open_run.setEnabled(bool(runs))

    # -- slots ----------------------------------------------------------------------

    @Slot()
    def _on_add_model_clicked(self) -> None:
        self.add_model(None)
        self.set_running(False)

    @Slot()
    def _on_remove_clicked(self) -> None:
        sender = self.sender()
        for index, (picker, remove) in enumerate(self._pickers):
            if remove is sender:
                del self._pickers[index]
                for widget in (picker, remove):
                    self._grid.removeWidget(widget)
                    widget.deleteLater()
                break
        self._relayout()
        self.set_running(False)

    @Slot(bool)
    def _on_variant_toggled(self, _checked: bool) -> None:
        # At least one variant, at most three: the boxes beyond that wait until one is unticked.
        picked = len(self.variants())
        for box in self._variant_boxes:
            box.setEnabled(not (box.isChecked() and picked == 1) and (box.isChecked() or picked < MAX_VARIANTS))

    @Slot()
    def _on_open_run_clicked(self) -> None:
        item = self._saved.currentItem() or self._saved.item(0)
        if item is not None:
            self.open_run_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    @Slot(QListWidgetItem)
    def _on_saved_item_double_clicked(self, item: QListWidgetItem) -> None:
        self.open_run_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def _relayout(self) -> None:
        """Two models a line, numbered in reading order."""
        for index, (picker, remove) in enumerate(self._pickers):
            self._grid.addWidget(picker, index // 2, (index % 2) * 2)
            self._grid.addWidget(remove, index // 2, (index % 2) * 2 + 1)
        self._grid.setColumnStretch(0, 1)
        self._grid.setColumnStretch(2, 1)
