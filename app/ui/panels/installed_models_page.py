"""The Models page's Installed tab: the models on this computer, their headers, and Import, Delete, Show in folder;
LoRA adapters: Add LoRA adapter…, the variants ("adapter on BASE · scale S"), and adapter files in the models
folder (a Hub download), offered as "Use as LoRA adapter…", never as a model: an adapter cannot run alone."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from app.core.errors import UserFacingError
from app.core.models.library import LocalModel, ModelDetails, ModelLibrary
from app.ui.dialogs.adapter_dialog import AdapterChoice, AddAdapterDialog
from app.ui.dialogs.questions import confirm
from app.ui.i18n import core_text, error_title, integer, size, translate
from app.ui.panels.background_calls import BackgroundCalls
from app.ui.panels.model_tables import fit_columns, model_table, table_item
from app.ui.widgets.buttons import action_button
from app.ui.widgets.elided_label import ElidedLabel
from app.ui.widgets.layouts import hbox, vbox

# What the adapter button says while an adapter file (not yet a variant) is selected
# (shown as ``translate("InstalledModelsPage", USE_ADAPTER)``).
USE_ADAPTER = QT_TRANSLATE_NOOP("InstalledModelsPage", "Use as LoRA adapter…")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


class InstalledModelsPage(QWidget):
    """The installed models with their size, quantization, architecture, context and place; a model whose
    header cannot be read says why.

    The list and an import are read and done off the GUI thread.

    Signals:
        models_changed(): a model was imported or removed.
        listed(): the list was read again.
        notice_requested(str, str): a title and message for the page's notice.
        notice_dismissed(): what the notice said no longer holds.
    """

    models_changed = Signal()
    listed = Signal()
    notice_requested = Signal(str, str)
    notice_dismissed = Signal()

    def __init__(self, library: ModelLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._calls = BackgroundCalls("Models page", self)
        # Filled by ``refresh``.
        self._installed: list[tuple[LocalModel, ModelDetails]] = []
        # Adapter files in the models folder no variant uses yet: rows after the models'.
        self._adapter_files: list[Path] = []

        self.table = model_table(
            [
                self.tr("Model"),
                self.tr("Size"),
                self.tr("Quantization"),
                self.tr("Architecture"),
                self.tr("Context", "column: the model's context length in tokens"),
                self.tr("Location"),
            ],
            self.tr("Installed models"),
        )
        self._import_button = action_button(
            self.tr("Import model…"),
            self.tr("Import model"),
            self.tr("Add a .gguf file from anywhere on this computer"),
        )
        self._adapter_button = action_button(
            self.tr("Add LoRA adapter…"),
            self.tr("Add LoRA adapter"),
            self.tr("Run an installed model with a GGUF LoRA adapter applied"),
        )
        self._delete_button = action_button(
            self.tr("Delete model"), self.tr("Delete model"), self.tr("Delete the selected model (asks first)")
        )
        self._reveal_button = action_button(
            self.tr("Show in folder"),
            self.tr("Reveal in file manager"),
            self.tr("Open the selected model's folder in the file manager"),
        )
        # The models folder's path can be long: the middle of it gives way, the whole is in the tooltip.
        self._status = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)
        self._status.setObjectName("secondaryText")
        self._status.setAccessibleName(self.tr("Installed status"))
        buttons = hbox(
            (self._status, 1), self._reveal_button, self._delete_button, self._adapter_button, self._import_button
        )
        vbox((self.table, 1), buttons, parent=self, margins=(0, 8, 0, 0))

        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self._import_button.clicked.connect(self._on_import_button_clicked)
        self._adapter_button.clicked.connect(self._on_adapter_button_clicked)
        self._delete_button.clicked.connect(self._on_delete_button_clicked)
        self._reveal_button.clicked.connect(self._on_reveal_button_clicked)

    # -- public API ---------------------------------------------------------------------

    @property
    def installed(self) -> list[tuple[LocalModel, ModelDetails]]:
        """The models listed, each with what its header says."""
        return list(self._installed)

    @property
    def adapter_files(self) -> list[Path]:
        """The adapter files listed (in the models folder, no variant uses them yet)."""
        return list(self._adapter_files)

    @property
    def busy(self) -> bool:
        """The list is being read or a model imported."""
        return bool(self._calls)

    def refresh(self) -> None:
        """Re-read the installed models and their headers, off the GUI thread."""
        library = self._library
        self._status.setText(self.tr("Reading the models folder…"))
        self._calls.start(
            "installed",
            lambda: ([(m, library.details(m)) for m in library.list()], library.adapter_files()),
            self._on_installed_call_succeeded,
            self._on_installed_call_failed,
        )

    def row_of(self, model_id: str) -> int:
        for row, (model, _details) in enumerate(self._installed):
            if model.model_id == model_id:
                return row
        raise KeyError(model_id)

    def shutdown(self) -> None:
        """Let running calls finish in the background (closing the window)."""
        self._calls.discard_all()

    # -- helpers ---------------------------------------------------------------------------

    def _fill(self) -> None:
        table = self.table
        table.setRowCount(len(self._installed) + len(self._adapter_files))
        for row, (model, details) in enumerate(self._installed):
            where = self.tr("{path} (referenced)").format(path=model.path) if model.referenced else str(model.path)
            if model.adapter is not None:
                where = self.tr("adapter on {base} · scale {scale} — {adapter}").format(
                    base=model.base_id, scale=f"{model.adapter_scale:g}", adapter=model.adapter
                )
            name = table_item(model.name, details.title or "", data=model.model_id)
            table.setItem(row, 0, name)
            table.setItem(row, 1, table_item(size(model.size_bytes), align_right=True))
            table.setItem(row, 2, table_item(details.quantization or "?"))
            error = core_text(details.error) if details.error else ""
            if error:
                arch = table_item(self.tr("unreadable", "a model file whose header cannot be read"), error)
                arch.setForeground(Qt.GlobalColor.red)
                table.setItem(row, 3, arch)
                table.setItem(row, 4, table_item("?", error, align_right=True))
            else:
                table.setItem(row, 3, table_item(details.architecture or "?"))
                context = integer(details.context_length) if details.context_length else "?"
                table.setItem(row, 4, table_item(context, align_right=True))
            table.setItem(row, 5, table_item(where, where))
            if error:
                for col in (0, 1, 2, 5):
                    table.item(row, col).setToolTip(error)
        for row, path in enumerate(self._adapter_files, start=len(self._installed)):
            tip = self.tr("A LoRA adapter: it runs on its base model. Select it and click “{button}”.").format(
                button=translate("InstalledModelsPage", USE_ADAPTER)
            )
            table.setItem(row, 0, table_item(path.stem, tip))
            table.setItem(row, 1, table_item(size(_size(path)), align_right=True))
            table.setItem(row, 2, table_item(self.tr("LoRA adapter"), tip))
            table.setItem(row, 3, table_item("", tip))
            table.setItem(row, 4, table_item("", tip))
            table.setItem(row, 5, table_item(str(path), str(path)))
        fit_columns(table, 5)
        self._update_actions()

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _selected(self) -> LocalModel | None:
        row = self._selected_row()
        return self._installed[row][0] if row is not None and row < len(self._installed) else None

    def _selected_adapter_file(self) -> Path | None:
        row = self._selected_row()
        if row is None or row < len(self._installed):
            return None
        return self._adapter_files[row - len(self._installed)]

    def _update_actions(self) -> None:
        model = self._selected()
        adapter_file = self._selected_adapter_file()
        self._adapter_button.setText(
            translate("InstalledModelsPage", USE_ADAPTER) if adapter_file is not None else self.tr("Add LoRA adapter…")
        )
        self._delete_button.setEnabled(model is not None and not model.is_starter)
        self._delete_button.setText(
            self.tr("Remove variant")
            if model is not None and model.adapter is not None
            else self.tr("Forget model")
            if model is not None and model.referenced
            else self.tr("Delete model")
        )
        self._delete_button.setToolTip(
            self.tr("The starter model comes with Plinth and cannot be deleted")
            if model is not None and model.is_starter
            else self.tr("Forget the selected model (the file stays where it is)")
            if model is not None and model.referenced
            else self.tr("Delete the selected model's file (asks first)")
        )

    def _ask_import_file(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a model"), str(Path.home()), self.tr("GGUF models (*.gguf);;All files (*)")
        )
        return path

    def _ask_import_mode(self, path: Path) -> Literal["copy", "reference"] | None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Import a model"))
        box.setText(self.tr("<b>Import {file}?</b>").format(file=path.name))
        box.setInformativeText(
            self.tr(
                "Copy it into Plinth's models folder ({folder}), or use it where it is "
                "(nothing is copied; if you move the file, Plinth loses it)."
            ).format(folder=self._library.models_dir)
        )
        copy = box.addButton(self.tr("Copy into the models folder"), QMessageBox.ButtonRole.AcceptRole)
        reference = box.addButton(self.tr("Use it where it is"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(copy)
        box.exec()
        clicked = box.clickedButton()
        return "copy" if clicked is copy else "reference" if clicked is reference else None

    def _ask_adapter(self, path: Path | None) -> AdapterChoice | None:
        """The adapter to add, its base and scale; None when cancelled. Tests replace it."""
        bases = [m for m, _details in self._installed if m.adapter is None]
        dialog = AddAdapterDialog(bases, path, self)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _confirm_delete(self, model: LocalModel) -> bool:
        if model.adapter is not None:
            question = (
                self.tr("Remove the variant {name}? {base} stays.")
                if model.referenced
                else self.tr("Remove the variant {name} and its copy of the adapter ({adapter})? {base} stays.")
            )
            text = question.format(name=model.name, base=model.base_id, adapter=model.adapter)
            return confirm(self, self.tr("Remove variant"), text)
        if model.referenced:
            text = self.tr("Forget {name}? The file stays at {path}.").format(name=model.name, path=model.path)
        else:
            text = self.tr("Delete {name}? This deletes {path} ({size}) from disk.").format(
                name=model.name, path=model.path, size=size(model.size_bytes)
            )
        return confirm(self, self.tr("Delete model"), text)

    # -- slots ---------------------------------------------------------------------------------

    @Slot(object)
    def _on_installed_call_succeeded(self, listed: object) -> None:
        assert isinstance(listed, tuple)
        rows, self._adapter_files = listed
        self._installed = rows
        self._fill()
        errors = sum(1 for _m, d in rows if d.error)
        folder = self._library.models_dir
        status = (
            self.tr("%n model(s) in {folder} · {errors} unreadable (hover for why)", None, len(rows)).format(
                folder=folder, errors=errors
            )
            if errors
            else self.tr("%n model(s) in {folder}", None, len(rows)).format(folder=folder)
        )
        self._status.setText(status)
        self.listed.emit()

    @Slot(str, str)
    def _on_installed_call_failed(self, title: str, message: str) -> None:
        # An error runs long: the notice wraps it; this line only says where to look.
        self._status.setText(self.tr("The models folder could not be read (see above)."))
        self.notice_requested.emit(title, message)

    @Slot()
    def _on_table_item_selection_changed(self) -> None:
        self._update_actions()

    @Slot()
    def _on_import_button_clicked(self) -> None:
        chosen = self._ask_import_file()
        if not chosen:
            return
        path = Path(chosen)
        mode = self._ask_import_mode(path)
        if mode is None:
            return
        library = self._library
        self._status.setText(
            (self.tr("Importing {file}…") if mode == "reference" else self.tr("Copying {file}…")).format(file=path.name)
        )
        self._import_button.setEnabled(False)
        self._calls.start(
            "import",
            lambda: library.import_model(path, mode),
            self._on_import_call_succeeded,
            self._on_import_call_failed,
        )

    @Slot(object)
    def _on_import_call_succeeded(self, _model: object) -> None:
        self._import_button.setEnabled(True)
        self._adapter_button.setEnabled(True)
        self.notice_dismissed.emit()
        self.refresh()
        self.models_changed.emit()

    @Slot(str, str)
    def _on_import_call_failed(self, title: str, message: str) -> None:
        self._import_button.setEnabled(True)
        self._adapter_button.setEnabled(True)
        self._status.setText("")
        self.notice_requested.emit(title, message)

    @Slot()
    def _on_adapter_button_clicked(self) -> None:
        choice = self._ask_adapter(self._selected_adapter_file())
        if choice is None:
            return
        library = self._library
        self._status.setText(
            self.tr("Adding {adapter} on {base}…").format(adapter=choice.path.name, base=choice.base_id)
        )
        self._adapter_button.setEnabled(False)
        self._calls.start(
            "adapter",
            lambda: library.add_adapter(
                choice.path, choice.base_id, name=choice.name, scale=choice.scale, mode=choice.mode
            ),
            self._on_import_call_succeeded,
            self._on_import_call_failed,
        )

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        model = self._selected()
        if model is None or model.is_starter or not self._confirm_delete(model):
            return
        try:
            self._library.remove(model.model_id)
        except UserFacingError as exc:
            self.notice_requested.emit(error_title(exc), core_text(exc))
            return
        self.refresh()
        self.models_changed.emit()

    @Slot()
    def _on_reveal_button_clicked(self) -> None:
        model = self._selected()
        adapter_file = self._selected_adapter_file()
        folder = (
            adapter_file.parent
            if adapter_file is not None
            else (model.adapter or model.path).parent
            if model is not None
            else self._library.models_dir
        )
        if model is None and adapter_file is None:
            folder.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.notice_requested.emit(
                self.tr("Could not open the folder"),
                self.tr("Open {folder} in your file manager.").format(folder=folder),
            )
