"""The chat's history part: the sidebar of past conversations beside the chat, in a splitter that keeps its sizes."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal, Slot
from PySide6.QtWidgets import QSplitter, QWidget

from app.core.history.store import Store
from app.core.settings import Settings
from app.ui.widgets.history_sidebar import HistorySidebar

#: In ``settings.extra``: the splitter's state.
SPLITTER_KEY = "chat_splitter"
SIDEBAR_WIDTH = 260


class HistorySplitter(QSplitter):
    """``sidebar`` (a ``HistorySidebar`` over ``store``) beside ``chat``, which never collapses; the sizes a person
    sets are kept in ``settings.extra`` and restored.

    Signals:
        sizes_changed(): the sizes were changed, and put in the settings (to save soon).
    """

    sizes_changed = Signal()

    def __init__(self, store: Store, chat: QWidget, settings: Settings, width: int) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self._settings = settings
        self.sidebar = HistorySidebar(store)
        self.setChildrenCollapsible(True)
        self.addWidget(self.sidebar)
        self.addWidget(chat)
        self.setCollapsible(1, False)
        self.setStretchFactor(1, 1)
        self.setSizes([SIDEBAR_WIDTH, max(1, width - SIDEBAR_WIDTH)])
        saved = settings.extra.get(SPLITTER_KEY)
        if isinstance(saved, str) and saved:
            self.restoreState(QByteArray.fromBase64(saved.encode("ascii")))
        self.splitterMoved.connect(self._on_self_splitter_moved)

    @Slot(int, int)
    def _on_self_splitter_moved(self, _pos: int, _index: int) -> None:
        self._settings.extra[SPLITTER_KEY] = bytes(self.saveState().toBase64().data()).decode("ascii")
        self.sizes_changed.emit()
