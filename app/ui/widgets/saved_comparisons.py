"""The list of saved comparisons beside the Compare workspace, with Rerun, Delete and Export report."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from app.core.compare.saved import ComparisonSummary
from app.ui.i18n import core_text, date_time
from app.ui.widgets.buttons import action_button
from app.ui.widgets.layouts import hbox, vbox


def local_time(created: str) -> str:
    """A comparison's ISO time of creation, in this computer's time zone, to the minute."""
    try:
        return date_time(datetime.fromisoformat(created).astimezone())
    except ValueError:
        return created


class SavedComparisons(QWidget):
    """Every finished comparison, newest first; selecting one asks for it to be shown again.

    Signals:
        current_changed(object): the selected comparison's id, or None for none.
        rerun_requested(): Rerun was clicked.
        delete_requested(str, str): Delete was clicked; the selected comparison's id and title.
        export_requested(): Export report was clicked.
    """

    current_changed = Signal(object)
    rerun_requested = Signal()
    delete_requested = Signal(str, str)
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._list = QListWidget()
        self._list.setAccessibleName(self.tr("Saved comparisons"))
        self._list.setAlternatingRowColors(True)
        self._list.setWordWrap(True)
        self._list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._empty = QLabel(self.tr("Comparisons you run are saved here."))
        self._empty.setObjectName("secondaryText")
        self._empty.setWordWrap(True)
        self._rerun_button = action_button(
            self.tr("Rerun"), self.tr("Rerun"), self.tr("Run the selected comparison again, with the same input")
        )
        self._delete_button = action_button(
            self.tr("Delete"), self.tr("Delete comparison"), self.tr("Delete the selected comparison")
        )
        self._export_button = action_button(
            self.tr("Export report…"), self.tr("Export report"), self.tr("Save the comparison as Markdown, CSV or HTML")
        )
        title = QLabel(self.tr("Saved comparisons"))
        title.setObjectName("sectionTitle")
        bold = QFont(title.font())
        bold.setWeight(QFont.Weight.DemiBold)
        title.setFont(bold)
        buttons = hbox(self._rerun_button, self._delete_button, spacing=6)
        vbox(
            title,
            (self._list, 1),
            self._empty,
            buttons,
            self._export_button,
            parent=self,
            margins=(0, 0, 8, 0),
            spacing=6,
        )

        self._list.currentItemChanged.connect(self._on_list_current_item_changed)
        self._rerun_button.clicked.connect(self.rerun_requested)
        self._delete_button.clicked.connect(self._on_delete_button_clicked)
        self._export_button.clicked.connect(self.export_requested)

    def show_summaries(self, summaries: Sequence[ComparisonSummary], select: str | None = None) -> None:
        """List ``summaries``, selecting the one whose id is ``select`` (without asking for it to be shown)."""
        self._list.blockSignals(True)
        self._list.clear()
        for summary in summaries:
            models = self.tr("%n model(s)", None, len(summary.models))
            item = QListWidgetItem(f"{core_text(summary.title)}\n{local_time(summary.created)} · {models}")
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setToolTip("\n".join(summary.models))
            self._list.addItem(item)
            if summary.id == select:
                self._list.setCurrentItem(item)
        self._list.blockSignals(False)
        self._empty.setVisible(not summaries)

    def clear_selection(self) -> None:
        """Select nothing (a new comparison starts); said through ``current_changed``."""
        self._list.setCurrentRow(-1)

    def update_actions(self, busy: bool, shown_saved: bool) -> None:
        """Nothing changes while a comparison runs; Rerun and Export need a saved comparison on show."""
        self._list.setEnabled(not busy)
        self._rerun_button.setEnabled(shown_saved and not busy)
        self._delete_button.setEnabled(not busy and self._list.currentItem() is not None)
        self._export_button.setEnabled(shown_saved and not busy)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_list_current_item_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.current_changed.emit(None if current is None else current.data(Qt.ItemDataRole.UserRole))

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        item = self._list.currentItem()
        if item is not None:
            self.delete_requested.emit(item.data(Qt.ItemDataRole.UserRole), item.text().splitlines()[0])
