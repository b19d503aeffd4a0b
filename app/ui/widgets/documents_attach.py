"""The "Documents" control of a chat or comparison: which collections the questions are answered from."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from app.core.errors import UserFacingError
from app.ui.i18n import core_text
from app.ui.widgets.elided_label import ElidedLabel
from app.ui.widgets.layouts import hbox


class DocumentsAttach(QWidget):
    """A compact "Documents" button whose menu lists the collections, checkable, and a line saying which are
    attached ("Docs: Contracts, Handbook") and, with a model behind an API, that their passages leave the
    computer.

    The collections are read from ``list_collections`` each time the menu opens, so the documents index is
    touched only when someone looks.

    Signals:
        attached_changed(list): the collections attached now, by name, in the order they were attached.
    """

    attached_changed = Signal(list)

    def __init__(self, list_collections: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._list_collections = list_collections
        self._attached: list[str] = []
        self._destination: str | None = None

        self._button = QToolButton()
        self._button.setText(self.tr("Documents"))
        self._button.setAccessibleName(self.tr("Documents"))
        self._button.setToolTip(self.tr("Answer from your document collections, with citations"))
        self._button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # Room for the menu arrow, which the style otherwise draws over the last letters.
        self._button.setStyleSheet("QToolButton { padding-right: 14px; }")
        self._menu = QMenu(self._button)
        self._menu.aboutToShow.connect(self._on_menu_about_to_show)
        self._button.setMenu(self._menu)

        self._label = ElidedLabel("")
        self._label.setAccessibleName(self.tr("Attached documents"))
        hbox(self._button, (self._label, 1), parent=self, margins=(0, 0, 0, 0), spacing=8)
        self._show()

    @property
    def attached(self) -> list[str]:
        return list(self._attached)

    def set_attached(self, names: Sequence[str]) -> None:
        """Show ``names`` as attached (a conversation reopened); emits nothing."""
        self._attached = list(names)
        self._show()

    def set_destination(self, destination: str | None) -> None:
        """Where the questions go: None on this computer, else the provider's name."""
        self._destination = destination
        self._show()

    def set_attaching_enabled(self, enabled: bool) -> None:
        self._button.setEnabled(enabled)

    def privacy_text(self) -> str:
        """ "Passages from “Contracts” → Anthropic" with a remote model; "" otherwise."""
        if not self._attached or self._destination is None:
            return ""
        names = ", ".join(f"“{name}”" for name in self._attached)
        return self.tr("Passages from {names} → {destination}").format(names=names, destination=self._destination)

    def _show(self) -> None:
        if not self._attached:
            self._label.setText("")
            self._label.setToolTip("")
            return
        text = self.tr("Docs: {names}").format(names=", ".join(self._attached))
        privacy = self.privacy_text()
        if privacy:
            text += f" · {privacy}"
        self._label.setText(text)
        self._label.setToolTip(
            self.tr("{privacy}: the passages found for each question are sent with it.").format(privacy=privacy)
            if privacy
            else self.tr("The passages found for each question stay on this computer.")
        )

    @Slot()
    def _on_menu_about_to_show(self) -> None:
        self._menu.clear()
        try:
            names = self._list_collections()
        except UserFacingError as exc:
            names = []
            failed = self.tr("Cannot read the collections: {error}").format(error=core_text(exc.message))
            self._menu.addAction(failed).setEnabled(False)
        # Attached ones that are gone stay listed, so they can be detached.
        for name in dict.fromkeys([*names, *self._attached]):
            action = QAction(name, self._menu)
            action.setCheckable(True)
            action.setChecked(name in self._attached)
            action.toggled.connect(lambda checked, n=name: self._toggle(n, checked))
            self._menu.addAction(action)
        if not names and not self._attached:
            self._menu.addAction(self.tr("No collections yet: add some in the Documents tab")).setEnabled(False)

    def _toggle(self, name: str, checked: bool) -> None:
        if checked and name not in self._attached:
            self._attached.append(name)
        elif not checked and name in self._attached:
            self._attached.remove(name)
        self._show()
        self.attached_changed.emit(list(self._attached))
