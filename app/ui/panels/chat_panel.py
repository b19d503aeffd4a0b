"""Chat with one model: pick it, type, watch the answer stream in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.core.engines.base import Stats
from app.core.errors import UserFacingError
from app.core.history.conversations import ConversationNotFoundError
from app.core.tasks.chat import ChatSession
from app.ui.i18n import core_text, error_title, translate
from app.ui.panels._task_panel import ModelPanelMixin, notice_label, panel_layout, stop_and_wait
from app.ui.panels.chat_documents import NOTHING_FOUND_NOTE, PLINTH_TITLE, ChatDocuments
from app.ui.panels.chat_history import HistorySplitter
from app.ui.panels.chat_params import ChatParamsBar
from app.ui.panels.chat_transcript import answer_summary, show_conversation
from app.ui.widgets.buttons import action_button
from app.ui.widgets.history_sidebar import HistorySidebar
from app.ui.widgets.layouts import STRETCH, hbox, vbox
from app.ui.widgets.message_edit import MessageEdit
from app.ui.widgets.model_picker import ModelPicker
from app.ui.widgets.transcript import Transcript
from app.workers.stream_worker import StreamWorker

if TYPE_CHECKING:
    from app.core.documents.records import Hit
    from app.core.history.store import Store
    from app.ui.panels import PanelContext

NO_MODEL_STATUS = QT_TRANSLATE_NOOP("ChatPanel", "Install a model or add a provider to start chatting.")
#: Keys in ``settings.extra``.
OPEN_CONVERSATION_KEY = "open_conversation"


class ChatPanel(ModelPanelMixin, QWidget):
    """The chat task: model picker, system prompt, transcript, message box.

    The picker lists the ``ModelDirectory``'s choices: local models, a
    separator, then remote ones as ``provider:model``; those that cannot run
    yet are disabled, their reason in the tooltip. The privacy badge follows
    the selected model.

    The conversation on screen is a ``ChatSession``: with a ``store`` it is
    saved as it happens, and an answer's text is written each time the
    transcript shows more of it, so whatever was on screen survives a crash.
    The history sidebar beside the chat reopens past conversations with their
    model and settings; the one open at exit is reopened at start.

    Settings it keeps up to date (the window saves them): ``last_model``,
    ``system_prompt``, ``draft``, ``temperature``, ``max_tokens``, and in
    ``extra`` the open conversation and the sidebar's width.

    Signals:
        providers_requested(): the person clicked the notice's link to set up
            a provider (the window opens the Providers dialog).
        settings_changed(bool): the settings should be saved, at once (True:
            another conversation is open) or soon (False: the draft or the
            layout changed), so they survive a crash.
    """

    providers_requested = Signal()
    settings_changed = Signal(bool)

    TASK = "chat"

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._take_context(context)
        self._settings = context.settings
        self._retrieval = context.documents
        self._worker: StreamWorker | None = None
        #: Models that have answered since they were (re)started; the others load first.
        self._warm: set[str] = set()
        #: The status line last shown for a model that cannot be used, cleared once it can.
        self._problem_shown = ""

        self._build()
        self._session = self._new_session()
        self._connect()
        self._populate_models()
        self._update_actions()
        if self._store is not None:
            self._reopen_last()

    # -- construction -----------------------------------------------------------

    def _build(self) -> None:
        self._picker = ModelPicker(self._models)

        self._params_bar = ChatParamsBar(self._settings)
        header = hbox((self._picker, 1), 16, self._params_bar, spacing=8)

        self._system_prompt = QLineEdit(self._settings.system_prompt)
        self._system_prompt.setAccessibleName(self.tr("System prompt"))
        self._system_prompt.setPlaceholderText(self.tr("System prompt (optional), e.g. “You are a concise assistant.”"))
        self._system_prompt.setClearButtonEnabled(True)

        self._notice = notice_label(self.tr("Notice"))

        self._transcript = Transcript()
        self._transcript.setObjectName("transcript")
        self._documents = ChatDocuments(self._retrieval, self._transcript, lambda: self._session, self)

        self._regenerate_button = self._button(
            self.tr("Regenerate"), "Ctrl+R", self.tr("Answer the last message again")
        )
        #: Button: copy the last answer to the clipboard
        self._copy_button = self._button(self.tr("Copy"), "Ctrl+Shift+C", self.tr("Copy the last answer"))
        self._new_chat_button = self._button(self.tr("New chat"), "Ctrl+N", self.tr("Start a new conversation"))

        actions = self._actions_row(
            self.tr("Status"), self._regenerate_button, self._copy_button, self._new_chat_button
        )

        self._message = MessageEdit()
        self._message.setAccessibleName(self.tr("Message"))
        self._message.setPlaceholderText(self.tr("Message — Enter to send, Shift+Enter for a new line"))
        self._message.setPlainText(self._settings.draft)
        self._message.setFixedHeight(84)

        self._send_button = self._button(self.tr("Send"), "Enter", self.tr("Send the message"))
        self._send_button.setObjectName("primaryButton")
        self._send_button.setDefault(True)
        self._stop_button = self._button(self.tr("Stop"), "Esc", self.tr("Stop the answer"))
        composer = hbox((self._message, 1), vbox(self._send_button, self._stop_button, STRETCH, spacing=6), spacing=8)

        chat = QWidget()
        prompt_row = hbox((self._system_prompt, 2), (self._documents.control, 1), spacing=8)
        panel_layout(chat, header, prompt_row, self._notice, (self._transcript, 1), actions, composer)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._sidebar: HistorySidebar | None = None
        self._splitter: HistorySplitter | None = None
        if self._store is None:
            outer.addWidget(chat)
        else:
            self._splitter = HistorySplitter(self._store, chat, self._settings, self.width())
            self._sidebar = self._splitter.sidebar
            outer.addWidget(self._splitter)

        shortcuts = {
            "Ctrl+N": self._on_new_chat_button_clicked,
            "Esc": self._on_stop_button_clicked,
            "Ctrl+R": self._on_regenerate_button_clicked,
            "Ctrl+Shift+C": self._on_copy_button_clicked,
        }
        if self._sidebar is not None:
            shortcuts["Ctrl+K"] = self._sidebar.focus_search
        for keys, slot in shortcuts.items():
            # Wherever the keyboard is in the window (the tab bar included), as long as the chat is shown;
            # a shortcut of a hidden widget is off, so other tabs keep their own Ctrl+Shift+C and Esc.
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    def _button(self, name: str, keys: str, tip: str) -> QPushButton:
        return action_button(name, name, f"{tip} ({keys})")

    def _connect(self) -> None:
        self._picker.model_changed.connect(self._on_picker_model_changed)
        self._notice.linkActivated.connect(self._on_notice_link_activated)
        self._system_prompt.textChanged.connect(self._on_system_prompt_text_changed)
        self._message.textChanged.connect(self._on_message_text_changed)
        self._message.submitted.connect(self._on_message_submitted)
        self._send_button.clicked.connect(self._on_send_button_clicked)
        self._stop_button.clicked.connect(self._on_stop_button_clicked)
        self._regenerate_button.clicked.connect(self._on_regenerate_button_clicked)
        self._copy_button.clicked.connect(self._on_copy_button_clicked)
        self._new_chat_button.clicked.connect(self._on_new_chat_button_clicked)
        self._transcript.text_shown.connect(self._on_transcript_text_shown)
        self._documents.searched.connect(self._answer)
        self._documents.search_failed.connect(self._show_unstarted)
        if self._sidebar is not None and self._splitter is not None:
            self._sidebar.conversation_opened.connect(self._on_sidebar_conversation_opened)
            self._sidebar.new_chat_requested.connect(self._on_sidebar_new_chat_requested)
            self._sidebar.conversation_deleted.connect(self._on_sidebar_conversation_deleted)
            self._sidebar.conversation_restored.connect(self._on_sidebar_conversation_restored)
            self._sidebar.message.connect(self._on_sidebar_message)
            self._splitter.sizes_changed.connect(self._on_splitter_sizes_changed)

    def _populate_models(self, keep: str | None = None) -> None:
        """Fill the picker; select ``keep`` (else the last model used) as ``ModelPicker.populate`` does."""
        self._picker.populate([keep, self._settings.last_model])
        self._update_notice()

    def _update_notice(self) -> None:
        """The notice and the status line say why no model, or not the picked one, can be used now."""
        self._show_notice()
        problem = self._model_problem()
        if problem:
            self._set_status(problem)
        elif self._status.text() == self._problem_shown:
            self._set_status("")
        self._problem_shown = problem

    def _model_problem(self) -> str:
        """The status line for a model that cannot be used now; "" when the picked one can."""
        if not any(c.available for c in self._picker.choices):
            return translate("ChatPanel", NO_MODEL_STATUS)
        return self._picker.unavailable_reason

    # -- public API ---------------------------------------------------------------

    def refresh_models(self) -> None:
        """Re-read the model list (providers changed); keeps the selected model if it can still run."""
        self._populate_models(keep=self._picker.model_id)
        self._update_actions()

    @property
    def active_model_ids(self) -> set[str]:
        """The model answering right now, if any."""
        answering = self._answer_model() if self._worker is not None else None
        return {answering} if answering else set()

    @property
    def history(self) -> HistorySidebar | None:
        """The sidebar of past conversations (only with a store)."""
        return self._sidebar

    @property
    def conversation_id(self) -> int | None:
        """The stored conversation on screen; None for a new one not sent yet, or without a store."""
        return self._session.conversation_id

    def new_chat(self) -> None:
        """Start a new conversation (not while an answer streams) and put the keyboard in the message box."""
        if self._answering:
            return
        self._session = self._new_session()
        self._rebuild_transcript()
        self._set_status(self._problem_shown)
        self._follow_conversation()
        self._update_actions()
        self._message.setFocus()

    def focus_message(self) -> None:
        self._message.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_history_search(self) -> None:
        """The history's search field (only with a store)."""
        if self._sidebar is not None:
            self._sidebar.focus_search()

    def refresh_history(self) -> None:
        """Re-read the sidebar (conversations were imported)."""
        if self._sidebar is not None:
            self._sidebar.refresh()

    def open_conversation(self, conversation_id: int) -> bool:
        """Show a stored conversation with the model and settings it used; False when it cannot be opened now."""
        if self._store is None:
            return False
        if self._answering:
            self._set_status(self.tr("Stop the answer before opening another conversation."))
            self._mark_current()
            return False
        try:
            session = self._open_session(self._store, conversation_id)
        except UserFacingError as exc:
            self._on_store_error(exc)
            self._mark_current()
            return False
        self._show_session(session)
        return True

    def shutdown(self) -> None:
        """Stop a running answer and wait for its thread (closing the window); a search is left to end on its own."""
        self._documents.stop_search()
        worker = self._worker
        if worker is not None:
            model_id = self._answer_model()
            stop_and_wait(worker, lambda: self._engines.close(model_id))

    # -- slots ------------------------------------------------------------------------

    @Slot(str)
    def _on_picker_model_changed(self, model_id: str) -> None:
        self._documents.control.set_destination(self._picker.choice.destination if self._picker.choice else None)
        self._update_notice()
        if not model_id:
            return
        self._settings.last_model = model_id
        self._update_actions()

    @Slot(str)
    def _on_system_prompt_text_changed(self, text: str) -> None:
        self._settings.system_prompt = text

    @Slot()
    def _on_message_text_changed(self) -> None:
        self._settings.draft = self._message.toPlainText()
        self.settings_changed.emit(False)

    @Slot()
    def _on_message_submitted(self) -> None:
        self._send()

    @Slot()
    def _on_send_button_clicked(self) -> None:
        self._send()

    @Slot()
    def _on_regenerate_button_clicked(self) -> None:
        if self._answering or self._refused() or not self._regenerate_button.isEnabled():
            return
        self._use_widget_settings()
        self._session.drop_last_answer()
        self._rebuild_transcript()
        self._start_answer()

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        answer = self._session.last_answer_text
        if answer:
            QGuiApplication.clipboard().setText(answer)
            self._set_status(self.tr("Answer copied."))

    @Slot()
    def _on_new_chat_button_clicked(self) -> None:
        self.new_chat()

    @Slot()
    def _on_sidebar_new_chat_requested(self) -> None:
        self.new_chat()

    @Slot(int)
    def _on_sidebar_conversation_opened(self, conversation_id: int) -> None:
        if conversation_id != self._session.conversation_id:
            self.open_conversation(conversation_id)

    @Slot(int)
    def _on_sidebar_conversation_deleted(self, conversation_id: int) -> None:
        if conversation_id == self._session.conversation_id:
            self.new_chat()

    @Slot(int)
    def _on_sidebar_conversation_restored(self, conversation_id: int) -> None:
        # Undo right after deleting the open conversation: show it again.
        if self._session.conversation_id is None and not self._session.turns:
            self.open_conversation(conversation_id)

    @Slot(str)
    def _on_sidebar_message(self, text: str) -> None:
        self._set_status(text)

    @Slot()
    def _on_splitter_sizes_changed(self) -> None:
        self.settings_changed.emit(False)

    @Slot(str)
    def _on_transcript_text_shown(self, _delta: str) -> None:
        # What is on screen now is written before the window paints it.
        self._session.flush()

    @Slot()
    def _on_stop_button_clicked(self) -> None:
        if not self._documents.stop_search():
            super()._on_stop_button_clicked()
            return
        self._show_answer_saved()
        self._set_status(self.tr("Stopped."))
        self._hide_busy()

    @Slot(str)
    def _on_worker_text(self, delta: str) -> None:
        if self._session.answer is None:
            return
        if self._session.add_text(delta):
            self._warm.add(self._answer_model())
            self._set_status(self.tr("{model} is answering…").format(model=self._picker.model_label))
        self._transcript.append_text(delta)

    @Slot(object)
    def _on_worker_finished(self, stats: Stats) -> None:
        model_id = self._answer_model()
        self._warm.add(model_id)
        self._transcript.finish_answer(answer_summary(self._picker, model_id, stats))
        self._documents.show_answer(len(self._session.turns) - 1, self._session.finish(stats))
        self._show_answer_saved()
        self._set_status(self.tr("Stopped.") if stats.stop_reason == "cancelled" else self.tr("Ready."))
        self._end_worker()

    @Slot(str, str)
    def _on_worker_failed(self, title: str, message: str) -> None:
        # A failed engine may restart its model: the next answer loads first.
        self._warm.discard(self._answer_model())
        self._transcript.fail_answer(title, message)
        self._session.fail(title, message)
        self._show_answer_saved()
        self._set_status(self.tr("{title}. You can send again.").format(title=title))
        self._put_back_unanswered()
        self._end_worker()

    # -- conversation flow ---------------------------------------------------------

    def _send(self) -> None:
        if self._answering or self._refused():
            return
        if not self._send_button.isEnabled():
            return
        text = self._message.toPlainText().strip()
        if not text:
            self._set_status(self.tr("Type a message first."))
            self._message.setFocus()
            return
        self._use_widget_settings()
        self._session.send(text, self._picker.model_id or "")
        self._follow_conversation()
        if self._sidebar is not None:
            self._sidebar.refresh()
        self._transcript.add_user(text)
        self._message.clear()
        self._message.setFocus()
        self._start_answer()

    def _refused(self) -> bool:
        """True, with the reason in the status line, when the picked model cannot be used now (offline mode)."""
        reason = self._picker.unavailable_reason
        if reason:
            self._set_status(reason)
            self._problem_shown = reason
            self._message.setFocus()
        return bool(reason)

    def _start_answer(self) -> None:
        """Ask the model; with documents attached, once their passages are found (off this thread: embedding the
        question can take a while)."""
        search = self._session.search()
        if search is None:
            self._answer(None)
            return
        self._documents.search(search, self._picker.model_id or "", self._picker.model_label)
        self._busy.show()
        self._set_status(self.tr("Searching the documents…"))
        self._update_actions()

    @Slot(object)
    def _answer(self, hits: list[tuple[str, Hit]] | None) -> None:
        """Ask the model, with the passages ``hits`` found when documents are attached."""
        model_id = self._picker.model_id or ""
        title = self._picker.model_label
        try:
            started = self._session.start_answer(self._engines, model_id, hits)
        except UserFacingError as exc:
            self._show_unstarted(error_title(exc), core_text(exc))
            return
        self._follow_conversation()
        if started is None:  # nothing in the documents matched: Plinth's own reply, no model asked
            self._transcript.add_answer(
                PLINTH_TITLE, self._session.last_answer_text, summary=translate("ChatDocuments", NOTHING_FOUND_NOTE)
            )
            self._show_answer_saved()
            self._set_status(self.tr("Nothing found in the attached documents."))
            self._hide_busy()
            return
        engine, request = started
        if self._sidebar is not None:
            self._sidebar.busy_conversation = self._session.conversation_id
        self._transcript.begin_answer(title)
        self._worker = StreamWorker(engine, request, self)
        self._worker.text.connect(self._on_worker_text)
        self._worker.finished.connect(self._on_worker_finished)
        self._worker.failed.connect(self._on_worker_failed)
        self._show_busy(self.tr("Loading model…") if model_id not in self._warm else self.tr("Thinking…"))
        self._worker.start()

    @Slot(str, str)
    def _show_unstarted(self, title: str, message: str) -> None:
        """The answer failed before it started (its search, or its model): the error in its place, and the question
        back in the box."""
        self._follow_conversation()
        self._transcript.add_answer(self._picker.model_label, "", error=(title, message))
        self._show_answer_saved()
        self._set_status(self.tr("{title}. You can send again.").format(title=title))
        self._put_back_unanswered()
        self._hide_busy()

    def _put_back_unanswered(self) -> None:
        """The send got no answer at all: its message goes back in the box, to send again (or edit), unless
        something new was typed meanwhile."""
        text = self._session.take_unanswered()
        if text and not self._message.toPlainText().strip():
            self._message.setPlainText(text)
            self._message.moveCursor(QTextCursor.MoveOperation.End)
            self._message.setFocus()

    def _rebuild_transcript(self) -> None:
        show_conversation(self._transcript, self._documents, self._session, self._picker)

    # -- the session and the store ------------------------------------------------------

    def _new_session(self) -> ChatSession:
        return ChatSession(self._store, self._system_prompt.text(), self._params_bar.params, self._on_store_error,
                           self._retrieval)  # fmt: skip

    def _open_session(self, store: Store, conversation_id: int) -> ChatSession:
        """The stored conversation; its settings replace the widgets' where it has them."""
        return ChatSession.open(store, conversation_id, self._params_bar.params, self._on_store_error, self._retrieval)

    def _use_widget_settings(self) -> None:
        """The next answer is asked with the system prompt and settings shown now."""
        self._session.system_prompt = self._system_prompt.text()
        self._session.params = self._params_bar.params

    def _on_store_error(self, exc: UserFacingError) -> None:
        """A failed save is said in the status line; the chat goes on."""
        self._set_status(self.tr("Could not save the conversation: {error}").format(error=core_text(exc)))

    def _reopen_last(self) -> None:
        """The conversation open when Plinth last closed (or died)."""
        conversation_id = self._settings.extra.get(OPEN_CONVERSATION_KEY)
        if not isinstance(conversation_id, int) or self._store is None:
            return
        try:
            session = self._open_session(self._store, conversation_id)
        except ConversationNotFoundError:
            self._settings.extra.pop(OPEN_CONVERSATION_KEY, None)
            return
        except UserFacingError as exc:
            self._set_status(
                self.tr("Could not reopen the last conversation: {error}").format(error=core_text(exc.message))
            )
            return
        self._show_session(session)

    def _show_session(self, session: ChatSession) -> None:
        self._session = session
        self._system_prompt.setText(session.system_prompt)
        self._params_bar.set_params(session.params)
        status = ""
        model_id = session.model_id
        if model_id and model_id != self._picker.model_id:
            self._populate_models(keep=model_id)
            if self._picker.model_id != model_id:
                status = self.tr("This conversation used {model}, which cannot run now; pick a model to continue it.")
                status = status.format(model=model_id)
        self._rebuild_transcript()
        self._set_status(status or self._problem_shown)
        self._follow_conversation()
        self._update_actions()

    def _follow_conversation(self) -> None:
        """The settings and the sidebar follow the session's stored conversation (a new one, or one just saved)."""
        conversation_id = self._session.conversation_id
        changed = conversation_id != self._settings.extra.get(OPEN_CONVERSATION_KEY)
        if conversation_id is None:
            self._settings.extra.pop(OPEN_CONVERSATION_KEY, None)
        else:
            self._settings.extra[OPEN_CONVERSATION_KEY] = conversation_id
        self._mark_current()
        if changed:
            self.settings_changed.emit(True)

    def _mark_current(self) -> None:
        if self._sidebar is not None:
            self._sidebar.set_current(self._session.conversation_id)

    def _show_answer_saved(self) -> None:
        if self._sidebar is not None:
            self._sidebar.busy_conversation = None
            self._sidebar.refresh()

    # -- helpers ----------------------------------------------------------------------

    @property
    def _answering(self) -> bool:
        """An answer is under way: its passages being searched, or the model asked."""
        return self._worker is not None or self._documents.searching

    def _answer_model(self) -> str:
        """The model of the answer streaming now; "" when none streams."""
        answer = self._session.answer
        return (answer.model_id or "") if answer is not None else ""

    def _update_actions(self) -> None:
        has_model = self._picker.can_run
        busy = self._answering
        turns = self._session.turns
        has_user_turn = self._session.conversation.last_user_text is not None
        self._picker.set_picking_enabled(not busy)
        self._documents.control.set_attaching_enabled(not busy)
        self._send_button.setEnabled(has_model and not busy)
        self._stop_button.setEnabled(busy)
        self._regenerate_button.setEnabled(has_model and not busy and has_user_turn)
        self._new_chat_button.setEnabled(not busy and bool(turns))
        self._copy_button.setEnabled(bool(self._session.last_answer_text))
