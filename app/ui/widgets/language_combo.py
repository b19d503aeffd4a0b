"""A language list you can type into to search."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class LanguageCombo(QComboBox):
    """An editable combo box over ``(code, name)`` pairs.

    Typing filters the list by any part of the name ("ger" finds German,
    "chin" both Chinese variants); on Enter or leaving the box, text that
    names no language reverts to the selection, so the value is always a
    language from the list.

    Signals:
        language_changed(str): the selected language's code.
    """

    language_changed = Signal(str)

    def __init__(self, languages: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        self.setMinimumContentsLength(14)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for code, name in languages:
            self.addItem(name, code)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.currentIndexChanged.connect(self._on_current_index_changed)
        line_edit = self.lineEdit()
        line_edit.setClearButtonEnabled(False)
        line_edit.editingFinished.connect(self._on_line_edit_editing_finished)

    # -- public API ---------------------------------------------------------------

    @property
    def language(self) -> str:
        return self.currentData() or ""

    def set_language(self, code: str) -> bool:
        """Select ``code``; False (and no change) when it is not in the list."""
        index = self.findData(code)
        if index < 0:
            return False
        self.setCurrentIndex(index)
        return True

    # -- Qt -------------------------------------------------------------------------------

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self._settle()

    # -- slots ------------------------------------------------------------------------------

    @Slot(int)
    def _on_current_index_changed(self, _index: int) -> None:
        self.language_changed.emit(self.language)

    @Slot()
    def _on_line_edit_editing_finished(self) -> None:
        self._settle()

    # -- helpers ------------------------------------------------------------------------------

    def _settle(self) -> None:
        """Typed text becomes the language it names, or reverts to the selection.

        A name matches ignoring case, by its code, by the part before any
        " (" ("German" for "German (Deutsch)"), or as the only name containing it.
        """
        typed = self.currentText().strip().casefold()
        names = [self.itemText(i).casefold() for i in range(self.count())]
        codes = [(self.itemData(i) or "").casefold() for i in range(self.count())]
        match = next(
            (i for i, (name, code) in enumerate(zip(names, codes)) if typed in (name, code, name.split(" (")[0])),
            None,
        )
        if match is None and typed:
            containing = [i for i, name in enumerate(names) if typed in name]
            match = containing[0] if len(containing) == 1 else None
        index = self.currentIndex() if match is None else match
        if index != self.currentIndex():
            self.setCurrentIndex(index)
        self.setEditText(self.itemText(index))
