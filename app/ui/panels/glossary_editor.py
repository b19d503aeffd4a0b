"""The translation's glossary: term pairs edited in a table or imported from a CSV file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFileDialog, QTableWidgetItem, QWidget

from app.core.tasks.glossary import Glossary
from app.ui.i18n import core_text
from app.ui.panels._task_panel import error_label, show_error_in
from app.ui.widgets.buttons import action_button
from app.ui.widgets.layouts import NO_MARGINS, STRETCH, hbox, vbox
from app.ui.widgets.pair_table import PairTable
from app.workers.call_worker import CallWorker


class GlossaryEditor(QWidget):
    """Terms that must be translated a given way: a table, Add / Remove, and Import CSV… read in the background.

    The complete pairs are kept in ``state["glossary"]`` as they change;
    ``state["folder"]`` is where the import dialog opens.

    Signals:
        terms_changed(int): the terms changed; how many pairs are complete.
        import_started(): a CSV file is being read.
        import_ended(str): an import ended: what it did, or "" when it failed (the error shows here).
    """

    terms_changed = Signal(int)
    import_started = Signal()
    import_ended = Signal(str)

    def __init__(self, state: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._reader: CallWorker | None = None

        self._table = PairTable(self.tr("Glossary terms"), (self.tr("Source term"), self.tr("Translation")))
        self._table.setFixedHeight(132)
        for source, target in state.get("glossary", []):
            self._table.append_pair(source, target)
        self._add_button = action_button(self.tr("Add term"), self.tr("Add term"), self.tr("Add a row to the glossary"))
        self._remove_button = action_button(
            self.tr("Remove term"), self.tr("Remove term"), self.tr("Remove the selected terms")
        )
        self._import_button = action_button(
            self.tr("Import CSV…"),
            self.tr("Import glossary"),
            self.tr("Read term pairs from a CSV file: source term, translation"),
        )
        self._error = error_label(self.tr("Glossary error"))
        buttons = vbox(self._add_button, self._remove_button, self._import_button, STRETCH, spacing=6)
        vbox(hbox((self._table, 1), buttons, spacing=8), self._error, spacing=4, margins=NO_MARGINS, parent=self)

        self._table.itemChanged.connect(self._on_table_item_changed)
        self._add_button.clicked.connect(self._on_add_button_clicked)
        self._remove_button.clicked.connect(self._on_remove_button_clicked)
        self._import_button.clicked.connect(self._on_import_button_clicked)

    # -- public API ---------------------------------------------------------------

    @property
    def glossary(self) -> Glossary:
        """The glossary as edited (rows with an empty cell left out)."""
        return Glossary.of(self.pairs())

    def pairs(self) -> list[tuple[str, str]]:
        """The terms with both cells filled in."""
        return [(source, target) for source, target in self._table.pairs() if source and target]

    @property
    def reader(self) -> CallWorker | None:
        """The import reading a file now, if any."""
        return self._reader

    def import_csv(self, path: Path) -> None:
        """Add the term pairs of a CSV file (read in the background); ``import_ended`` says how it went."""
        self._error.hide()
        self._reader = CallWorker(lambda: Glossary.from_csv(path), f"Reading {path.name}", self)
        self._reader.succeeded.connect(self._on_reader_succeeded)
        self._reader.failed.connect(self._on_reader_failed)
        self._import_button.setEnabled(False)
        self.import_started.emit()
        self._reader.start()

    def set_import_enabled(self, enabled: bool) -> None:
        """Import CSV… waits while any file is being read, here or by the owner."""
        self._import_button.setEnabled(enabled and self._reader is None)

    # -- slots ----------------------------------------------------------------------

    @Slot(QTableWidgetItem)
    def _on_table_item_changed(self, _item: QTableWidgetItem) -> None:
        self._save()

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self._table.edit_new_row()

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        self._table.remove_selected()
        self._save()

    @Slot()
    def _on_import_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a glossary"),
            self._state.get("folder", ""),
            self.tr("CSV files (*.csv *.tsv);;All files (*)"),
        )
        if path:
            self._state["folder"] = str(Path(path).parent)
            self.import_csv(Path(path))

    @Slot(object)
    def _on_reader_succeeded(self, glossary: Glossary) -> None:
        self._end_reader()
        known = {source.casefold() for source, _ in self.pairs()}
        added = 0
        self._table.blockSignals(True)
        for entry in glossary.entries:
            if entry.source.casefold() not in known:
                self._table.append_pair(entry.source, entry.target)
                known.add(entry.source.casefold())
                added += 1
        self._table.blockSignals(False)
        self._save()
        skipped = len(glossary.entries) - added
        imported = self.tr("Imported %n term(s).", None, added)
        if skipped:
            imported = self.tr("Imported {terms}; {skipped} already in the glossary.").format(
                terms=self.tr("%n term(s)", None, added), skipped=skipped
            )
        self.import_ended.emit(imported)

    @Slot(str, str)
    def _on_reader_failed(self, title: str, message: str) -> None:
        self._end_reader()
        show_error_in(self._error, core_text(title), message)
        self.import_ended.emit("")

    # -- helpers ----------------------------------------------------------------------

    def _save(self) -> None:
        pairs = self.pairs()
        self._state["glossary"] = [list(pair) for pair in pairs]
        self.terms_changed.emit(len(pairs))

    def _end_reader(self) -> None:
        if self._reader is not None:
            self._reader.deleteLater()
        self._reader = None
