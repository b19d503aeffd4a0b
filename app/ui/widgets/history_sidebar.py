"""The list of past conversations beside the chat: grouped by date, searchable, with rename, pin, export and delete."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import UserFacingError
from app.ui.i18n import core_text, error_title
from app.ui.widgets.elided_label import ElidedLabel
from app.ui.widgets.history_list import (
    CONVERSATION,
    HIT,
    ID_ROLE,
    KIND_ROLE,
    PINNED_ROLE,
    HistoryDelegate,
    HistoryModel,
    untitled,
)

if TYPE_CHECKING:
    from app.core.history.conversations import ConversationRecord
    from app.core.history.store import Store

#: How long after the last key press the search runs.
SEARCH_DELAY_MS = 200
#: How long "Conversation deleted — Undo" stays.
UNDO_MS = 10_000


def export_file_name(title: str, suffix: str) -> str:
    """A file name made from a conversation's title, safe on every file system."""
    stem = re.sub(r"[^\w\- ]+", "", title, flags=re.UNICODE).strip()[:60].strip()
    return f"{stem or 'conversation'}.{suffix}"


class _SearchField(QLineEdit):
    """A line edit where Esc clears the text (and is not taken by the panel's Esc = Stop)."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.text()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)


class HistorySidebar(QWidget):
    """Past conversations beside the chat.

    Lists the store's conversations under date headings (Pinned, Today,
    Yesterday, Previous 7 days, Previous 30 days, Older — by last update,
    local time). Typing in the search field runs a full-text search shortly
    after the last key; the hits show their matched words highlighted.
    Rename (F2), Pin/Unpin, Export as Markdown/JSON and Delete (Del, undone
    by the bar that follows or Ctrl+Z for ``UNDO_MS``) act on the selected
    conversation, from the keyboard or the context menu.

    Signals:
        conversation_opened(int): the person picked a conversation (or a hit in one).
        new_chat_requested(): the "New chat" button was pressed.
        conversation_deleted(int): a conversation was deleted (it may come back by undo).
        conversation_restored(int): an undo brought a deleted conversation back.
        message(str): a short report for the status line ("Exported to …").
    """

    conversation_opened = Signal(int)
    new_chat_requested = Signal()
    conversation_deleted = Signal(int)
    conversation_restored = Signal(int)
    message = Signal(str)

    def __init__(
        self, store: Store, parent: QWidget | None = None, clock: Callable[[], datetime] | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock or (lambda: datetime.now().astimezone())
        self._current: int | None = None
        #: The conversation whose answer is streaming: it cannot be deleted now.
        self.busy_conversation: int | None = None
        self._deleted: ConversationRecord | None = None
        self._searching = False
        #: A refresh asked for while a title was being edited: it runs once the editor closes.
        self._refresh_pending = False

        self._build()
        self._connect()
        self.refresh()

    # -- construction -----------------------------------------------------------

    def _build(self) -> None:
        self.setObjectName("historySidebar")
        self._new_chat = QPushButton(self.tr("New chat"))
        self._new_chat.setAccessibleName(self.tr("New conversation"))
        self._new_chat.setToolTip(self.tr("Start a new conversation (Ctrl+N)"))
        self._new_chat.setAutoDefault(False)

        self._search = _SearchField()
        self._search.setAccessibleName(self.tr("Search conversations"))
        self._search.setPlaceholderText(self.tr("Search (Ctrl+K)"))
        self._search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        self._search_note = QLabel()
        self._search_note.setObjectName("secondaryText")
        self._search_note.setAccessibleName(self.tr("Search result"))
        self._search_note.setWordWrap(True)
        self._search_note.hide()

        self._model = HistoryModel(self)
        self._view = QListView()
        self._view.setAccessibleName(self.tr("Conversations"))
        self._view.setModel(self._model)
        self._delegate = HistoryDelegate(self._view)
        self._view.setItemDelegate(self._delegate)
        self._view.setFrameShape(QFrame.Shape.NoFrame)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._view.setMouseTracking(True)

        self._rename_action = self._action("Rename", self.tr("Rename"), "F2", self._on_rename_action_triggered)
        #: Verb: keep the conversation at the top of the list
        self._pin_action = self._action("Pin", self.tr("Pin"), None, self._on_pin_action_triggered)
        md, json = self.tr("Export as Markdown…"), self.tr("Export as JSON…")
        self._export_md_action = self._action("Export as Markdown…", md, None, self._on_export_md_action_triggered)
        self._export_json_action = self._action("Export as JSON…", json, None, self._on_export_json_action_triggered)
        self._delete_action = self._action("Delete", self.tr("Delete"), "Del", self._on_delete_action_triggered)

        # Elided to the sidebar's width, so the Undo button beside it always stays in view.
        self._undo_label = ElidedLabel(self.tr("Conversation deleted"))
        self._undo_label.setAccessibleName(self.tr("Deleted"))
        self._undo_button = QPushButton(self.tr("Undo"))
        self._undo_button.setAccessibleName(self.tr("Undo delete"))
        self._undo_button.setToolTip(self.tr("Bring the conversation back (Ctrl+Z)"))
        self._undo_button.setAutoDefault(False)
        self._undo_bar = QFrame()
        self._undo_bar.setObjectName("undoBar")
        self._undo_bar.setAccessibleName(self.tr("Undo bar"))
        undo_layout = QHBoxLayout(self._undo_bar)
        undo_layout.setContentsMargins(8, 4, 4, 4)
        undo_layout.addWidget(self._undo_label, 1)
        undo_layout.addWidget(self._undo_button)
        self._undo_bar.hide()
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_MS)
        undo_shortcut = QShortcut(QKeySequence("Ctrl+Z"), self)
        undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_shortcut.activated.connect(self._on_undo_shortcut_activated)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 12, 4, 12)
        layout.setSpacing(8)
        layout.addWidget(self._new_chat)
        layout.addWidget(self._search)
        layout.addWidget(self._search_note)
        layout.addWidget(self._view, 1)
        layout.addWidget(self._undo_bar)
        self.setMinimumWidth(180)

    def _action(self, name: str, text: str, keys: str | None, slot: Callable[[], None]) -> QAction:
        """An action on the selected conversation, shown as ``text``, known in ``actions_by_name`` by ``name``."""
        action = QAction(text, self._view)
        action.setData(name)
        if keys:
            action.setShortcut(QKeySequence(keys))
            # Only while the list has focus: Del and F2 mean other things in the message box.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self._view.addAction(action)
        return action

    def _connect(self) -> None:
        self._new_chat.clicked.connect(self.new_chat_requested)
        self._search.textChanged.connect(self._on_search_text_changed)
        self._search.returnPressed.connect(self._on_search_return_pressed)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self._view.clicked.connect(self._on_view_clicked)
        self._view.activated.connect(self._on_view_activated)
        self._view.customContextMenuRequested.connect(self._on_view_custom_context_menu_requested)
        self._model.rename_requested.connect(self._on_model_rename_requested)
        self._delegate.closeEditor.connect(self._on_delegate_close_editor)
        self._view.selectionModel().currentChanged.connect(self._on_selection_current_changed)
        self._undo_button.clicked.connect(self._on_undo_button_clicked)
        self._undo_timer.timeout.connect(self._on_undo_timer_timeout)

    # -- public API ---------------------------------------------------------------

    @property
    def view(self) -> QListView:
        return self._view

    @property
    def model(self) -> HistoryModel:
        return self._model

    @property
    def actions_by_name(self) -> dict[str, QAction]:
        """The actions on the selected conversation, by their English name (their text in an English window)."""
        return {a.data(): a for a in self._view.actions()}

    def focus_search(self) -> None:
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    def refresh(self) -> None:
        """Re-read the list (or re-run the search being shown)."""
        if self._view.state() == QAbstractItemView.State.EditingState:
            # Resetting the model now would throw away the title being typed.
            self._refresh_pending = True
            return
        self._refresh_pending = False
        if self._searching:
            self._run_search()
            return
        try:
            conversations = self._store.list_conversations()
        except UserFacingError as exc:
            self._show_note(self.tr("Could not read the history: {error}").format(error=core_text(exc.message)))
            conversations = []
        self._model.set_conversations(conversations, self._clock().date())
        self._select(self._current)

    def set_current(self, conversation_id: int | None) -> None:
        """Mark the conversation open in the chat (None: a new, unsaved one)."""
        self._current = conversation_id
        self._select(conversation_id)

    # -- slots -----------------------------------------------------------------------

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    @Slot()
    def _on_search_return_pressed(self) -> None:
        self._search_timer.stop()
        self._on_search_timer_timeout()
        if self._model.rowCount():
            self._view.setFocus()
            self._view.setCurrentIndex(self._model.index(0))

    @Slot()
    def _on_search_timer_timeout(self) -> None:
        self._searching = bool(self._search.text().strip())
        if self._searching:
            self._run_search()
        else:
            self._search_note.hide()
            self.refresh()

    @Slot(QModelIndex)
    def _on_view_clicked(self, index: QModelIndex) -> None:
        self._open(index)

    @Slot(QModelIndex)
    def _on_view_activated(self, index: QModelIndex) -> None:
        self._open(index)

    @Slot(QModelIndex, QModelIndex)
    def _on_selection_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._searching:
            self._update_pin_action()

    @Slot(QPoint)
    def _on_view_custom_context_menu_requested(self, point: QPoint) -> None:
        index = self._view.indexAt(point)
        if index.data(ID_ROLE) is None:
            return
        self._view.setCurrentIndex(index)
        self._update_pin_action()
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self._rename_action)
        menu.addAction(self._pin_action)
        menu.addSeparator()
        menu.addAction(self._export_md_action)
        menu.addAction(self._export_json_action)
        menu.addSeparator()
        menu.addAction(self._delete_action)
        menu.popup(self._view.viewport().mapToGlobal(point))

    @Slot()
    def _on_rename_action_triggered(self) -> None:
        index = self._view.currentIndex()
        if index.data(KIND_ROLE) == CONVERSATION:
            self._view.edit(index)
        elif index.data(KIND_ROLE) == HIT:
            # Hits are not editable in place: rename in the list.
            self._clear_search()
            self._select(index.data(ID_ROLE))
            self._view.edit(self._view.currentIndex())

    @Slot(int, str)
    def _on_model_rename_requested(self, conversation_id: int, title: str) -> None:
        if self._call(self._store.rename_conversation, conversation_id, title) is not _FAILED:
            self._refresh_pending = True

    @Slot(QWidget, QAbstractItemDelegate.EndEditHint)
    def _on_delegate_close_editor(self, _editor: QWidget, _hint: QAbstractItemDelegate.EndEditHint) -> None:
        if self._refresh_pending:
            # Later in the loop: the view is still closing the editor right now.
            QTimer.singleShot(0, self.refresh)

    @Slot()
    def _on_pin_action_triggered(self) -> None:
        conversation_id = self._selected_id()
        if conversation_id is None:
            return
        pinned = not self._is_pinned(conversation_id)
        if self._call(self._store.set_pinned, conversation_id, pinned) is not _FAILED:
            self.refresh()
            self._select(conversation_id)

    @Slot()
    def _on_export_md_action_triggered(self) -> None:
        self._export("md", self.tr("Markdown files (*.md)"))

    @Slot()
    def _on_export_json_action_triggered(self) -> None:
        self._export("json", self.tr("JSON files (*.json)"))

    @Slot()
    def _on_delete_action_triggered(self) -> None:
        conversation_id = self._selected_id()
        if conversation_id is None:
            return
        if conversation_id == self.busy_conversation:
            self.message.emit(self.tr("Stop the answer before deleting this conversation."))
            return
        row = self._view.currentIndex().row()
        record = self._call(self._store.delete_conversation, conversation_id)
        if record is _FAILED:
            return
        self._deleted = record
        title = record.title or untitled()
        self._undo_label.setText(self.tr("Deleted “{title}”").format(title=title))
        self._undo_bar.show()
        self._undo_timer.start()
        self.refresh()
        self._select_near(row)
        self.conversation_deleted.emit(conversation_id)

    @Slot()
    def _on_undo_button_clicked(self) -> None:
        self._undo()

    @Slot()
    def _on_undo_shortcut_activated(self) -> None:
        self._undo()

    @Slot()
    def _on_undo_timer_timeout(self) -> None:
        self._deleted = None
        self._undo_bar.hide()

    # -- helpers ------------------------------------------------------------------------

    def _run_search(self) -> None:
        query = self._search.text().strip()
        hits = self._call(self._store.search, query)
        if hits is _FAILED:
            hits = []
        self._model.set_hits(hits)
        if hits:
            self._search_note.hide()
        else:
            self._show_note(self.tr("Nothing found for “{query}”.").format(query=_short(query)))
        self._select(self._current)

    def _clear_search(self) -> None:
        self._search_timer.stop()
        self._search.clear()
        self._searching = False
        self._search_note.hide()
        self.refresh()

    def _show_note(self, text: str) -> None:
        self._search_note.setText(text)
        self._search_note.show()

    def _open(self, index: QModelIndex) -> None:
        conversation_id = index.data(ID_ROLE)
        if conversation_id is not None:
            self.conversation_opened.emit(conversation_id)

    def _undo(self) -> None:
        record, self._deleted = self._deleted, None
        self._undo_timer.stop()
        self._undo_bar.hide()
        if record is None:
            return
        if self._call(self._store.restore_conversation, record) is _FAILED:
            return
        self.refresh()
        self._select(record.id)
        self.conversation_restored.emit(record.id)

    def _export(self, suffix: str, file_filter: str) -> None:
        conversation_id = self._selected_id()
        if conversation_id is None:
            return
        title = str(self._view.currentIndex().data())
        start = str(Path.home() / export_file_name(title, suffix))
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the conversation"), start, file_filter)
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(f".{suffix}")
        text = self._call(self._store.export_conversation, conversation_id, suffix)
        if text is _FAILED:
            return
        try:
            target.write_text(text, encoding="utf-8")
        except OSError as exc:
            failed = self.tr("Could not write {path}: {error}.").format(path=target, error=exc.strerror or exc)
            QMessageBox.warning(self, self.tr("Could not export"), failed)
            return
        self.message.emit(self.tr("Exported “{title}” to {path}.").format(title=_short(title), path=target))

    def _call(self, method: Callable[..., Any], *args: Any) -> Any:
        """Run a store method; a failure is reported in a message box, and ``_FAILED`` returned."""
        try:
            return method(*args)
        except UserFacingError as exc:
            QMessageBox.warning(self, error_title(exc), core_text(exc))
            return _FAILED

    def _selected_id(self) -> int | None:
        return self._view.currentIndex().data(ID_ROLE)

    def _is_pinned(self, conversation_id: int) -> bool:
        if not self._searching:
            return bool(self._model.index_of(conversation_id).data(PINNED_ROLE))
        return any(c.pinned for c in self._store.list_conversations() if c.id == conversation_id)

    def _update_pin_action(self) -> None:
        conversation_id = self._selected_id()
        pinned = conversation_id is not None and self._is_pinned(conversation_id)
        self._pin_action.setText(self.tr("Unpin") if pinned else self.tr("Pin"))
        self._pin_action.setData("Unpin" if pinned else "Pin")

    def _select(self, conversation_id: int | None) -> None:
        index = self._model.index_of(conversation_id)
        selection = self._view.selectionModel()
        if not index.isValid():
            selection.clearSelection()
            return
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._view.scrollTo(index)

    def _select_near(self, row: int) -> None:
        """After a delete, keep the keyboard on the list: the row that took its place."""
        for candidate in (row, row - 1):
            index = self._model.index(min(candidate, self._model.rowCount() - 1))
            if index.data(ID_ROLE) is not None:
                self._view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                return


_FAILED = object()


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
