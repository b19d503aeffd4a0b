"""The main window's own keyboard shortcuts: Ctrl+1… for the tabs, Ctrl+N and Ctrl+K for the chat."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


class WindowKeys(QObject):
    """Ctrl+1, Ctrl+2… ask for the first, second… tab (up to Ctrl+9); Ctrl+N (new chat) and, with a history,
    Ctrl+K (search it) ask for the chat from any other tab.

    On the Chat tab the panel's own Ctrl+N and Ctrl+K act: :meth:`set_chat_shown` turns these off there, or
    the two would be ambiguous and neither would fire.

    Signals:
        tab_requested(int): the tab's index.
        new_chat_requested(): Ctrl+N away from the chat.
        search_requested(): Ctrl+K away from the chat.
    """

    tab_requested = Signal(int)
    new_chat_requested = Signal()
    search_requested = Signal()

    def __init__(self, window: QWidget, *, history: bool) -> None:
        super().__init__(window)
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), window)
            shortcut.activated.connect(lambda index=number - 1: self.tab_requested.emit(index))
        chat_keys = {"Ctrl+N": self.new_chat_requested}
        if history:
            chat_keys["Ctrl+K"] = self.search_requested
        self._chat_shortcuts: list[QShortcut] = []
        for sequence, signal in chat_keys.items():
            shortcut = QShortcut(QKeySequence(sequence), window)
            shortcut.activated.connect(signal)
            self._chat_shortcuts.append(shortcut)

    def set_chat_shown(self, shown: bool) -> None:
        """Whether the Chat tab is the one shown: its panel's shortcuts act, not these."""
        for shortcut in self._chat_shortcuts:
            shortcut.setEnabled(not shown)
