"""Add LoRA adapter: an adapter file, the installed base model it goes on, its scale, a name, copy or not.

The dialog only gathers the choice (``choice()``); the Installed page adds the variant off the GUI thread, and the
library refuses what does not fit (a model file, another architecture) with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.core.models.adapters import MAX_SCALE, MIN_SCALE
from app.core.models.library import LocalModel
from app.ui.widgets.layouts import hbox


@dataclass(frozen=True)
class AdapterChoice:
    """What ``ModelLibrary.add_adapter`` is called with."""

    path: Path
    base_id: str
    scale: float
    name: str | None
    mode: Literal["copy", "reference"]


class AddAdapterDialog(QDialog):
    """Pick an adapter file (or take the one given, e.g. a download in the models folder), its base, its scale."""

    def __init__(self, bases: list[LocalModel], path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add LoRA adapter"))
        self.path_edit = QLineEdit(str(path) if path is not None else "")
        self.path_edit.setAccessibleName(self.tr("Adapter file"))
        self.path_edit.setPlaceholderText(self.tr("a LoRA adapter's .gguf file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setToolTip(self.tr("Pick the adapter's .gguf file"))
        self.base_combo = QComboBox()
        self.base_combo.setAccessibleName(self.tr("Base model"))
        self.base_combo.setToolTip(self.tr("The model the adapter was trained on: it runs with the adapter applied"))
        for model in bases:
            self.base_combo.addItem(model.name, model.model_id)
        self.scale_spin = QDoubleSpinBox()
        self.scale_spin.setAccessibleName(self.tr("Scale"))
        self.scale_spin.setRange(MIN_SCALE, MAX_SCALE)
        self.scale_spin.setSingleStep(0.1)
        self.scale_spin.setDecimals(2)
        self.scale_spin.setValue(1.0)
        self.scale_spin.setToolTip(self.tr("1 applies the adapter as trained; 0 leaves the base model as it is"))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Variant name"))
        self.name_edit.setPlaceholderText(self.tr("BASE+ADAPTER (the default)"))
        self.reference_box = QCheckBox(self.tr("Use the file where it is (no copy)"))
        self.reference_box.setToolTip(
            self.tr("Leave the adapter where it is and remember its path; a file in the models folder is never copied")
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add", "button: add the adapter"))
        form = QFormLayout(self)
        form.addRow(self.tr("Adapter file"), hbox((self.path_edit, 1), browse))
        form.addRow(self.tr("Base model"), self.base_combo)
        form.addRow(self.tr("Scale"), self.scale_spin)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.reference_box)
        form.addRow(self.buttons)

        browse.clicked.connect(self._on_browse_clicked)
        self.path_edit.textChanged.connect(self._update_ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update_ok()

    def choice(self) -> AdapterChoice:
        name = self.name_edit.text().strip()
        return AdapterChoice(
            path=Path(self.path_edit.text().strip()).expanduser(),
            base_id=str(self.base_combo.currentData()),
            scale=self.scale_spin.value(),
            name=name or None,
            mode="reference" if self.reference_box.isChecked() else "copy",
        )

    @Slot()
    def _update_ok(self) -> None:
        ready = bool(self.path_edit.text().strip()) and self.base_combo.count() > 0
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    @Slot()
    def _on_browse_clicked(self) -> None:
        start = self.path_edit.text().strip() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Pick a LoRA adapter"), start, self.tr("GGUF files (*.gguf);;All files (*)")
        )
        if path:
            self.path_edit.setText(path)
