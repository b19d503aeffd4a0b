"""Chat with one model: pick it, type, watch the answer stream in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QByteArray, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.engines.base import Stats
from app.core.engines.registry import EngineRegistry
from app.core.errors import UserFacingError
from app.core.model_directory import ModelDirectory
from app.core.settings import Settings
from app.core.store import ConversationNotFoundError
from app.core.tasks.chat import ChatParams, Conversation, Turn
from app.ui.panels._task_panel import busy_indicator, notice_label, status_label, stop_and_wait
from app.ui.widgets.buttons import action_button
from app.ui.widgets.history_sidebar import HistorySidebar
from app.ui.widgets.message_edit import MessageEdit
from app.ui.widgets.model_picker import PROVIDERS_LINK, ModelPicker
from app.ui.widgets.transcript import Transcript
from app.workers.stream_worker import StreamWorker

if TYPE_CHECKING:
    from app.core.store import AnswerWriter, ConversationRecord, Store

T = TypeVar("T")

NO_MODEL_STATUS = "Install a model or add a provider to start chatting."
#: Shown under an answer that was still streaming when Plinth was killed or the computer stopped.
INTERRUPTED_NOTE = "Plinth closed before this answer finished."
#: Keys in ``settings.extra``.
OPEN_CONVERSATION_KEY = "open_conversation"
SPLITTER_KEY = "chat_splitter"
SIDEBAR_WIDTH = 260


@dataclass
class _Saved:
    """Where a turn lives in the store (``id`` None when there is no store), and its state there."""

    id: int | None = None
    state: str = "done"


def _stats_from(data: dict[str, Any] | None) -> Stats | None:
    return Stats.from_dict(data) if data else None


class ChatPanel(QWidget):
    """The chat task: model picker, system prompt, transcript, message box.

    The picker lists the ``ModelDirectory``'s choices: local models, a
    separator, then remote ones as ``provider:model``; those that cannot run
    yet are disabled, their reason in the tooltip. The privacy badge follows
    the selected model.

    With a ``store`` the conversation is saved as it happens: the first Send
    creates it, each message is added, and an answer's text is written each
    time the transcript shows more of it, so whatever was on screen survives
    a crash. The history sidebar beside the chat reopens past conversations
    with their model and settings; the one open at exit is reopened at start.

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

    def __init__(
        self,
        engines: EngineRegistry,
        models: ModelDirectory,
        settings: Settings,
        parent: QWidget | None = None,
        store: Store | None = None,
    ) -> None:
        super().__init__(parent)
        self._engines = engines
        self._models = models
        self._settings = settings
        self._store = store
        self._conversation = Conversation(system_prompt=settings.system_prompt)
        #: One entry per turn of ``_conversation``, in the same order.
        self._saved: list[_Saved] = []
        self._conversation_id: int | None = None
        self._writer: AnswerWriter | None = None
        self._worker: StreamWorker | None = None
        self._answer: Turn | None = None
        self._answer_model = ""
        self._got_text = False
        #: Models that have answered since they were (re)started; the others load first.
        self._warm: set[str] = set()
        #: The status line last shown for a model that cannot be used, cleared once it can.
        self._problem_shown = ""
        #: The message just sent, until its answer shows text: a send that gets none puts it back in the box.
        self._unanswered = ""

        self._build()
        self._connect()
        self._populate_models()
        self._update_actions()
        if store is not None:
            self._reopen_last()

    # -- construction -----------------------------------------------------------

    def _build(self) -> None:
        self._picker = ModelPicker(self._models)

        self._temperature = QDoubleSpinBox()
        self._temperature.setAccessibleName("Temperature")
        self._temperature.setRange(0.0, 2.0)
        self._temperature.setSingleStep(0.1)
        self._temperature.setDecimals(2)
        self._temperature.setValue(self._settings.temperature)
        self._temperature.setToolTip("Higher is more varied, lower is more focused.")
        temperature_label = QLabel("&Temperature")
        temperature_label.setBuddy(self._temperature)

        self._max_tokens = QSpinBox()
        self._max_tokens.setAccessibleName("Max tokens")
        self._max_tokens.setRange(1, 32768)
        self._max_tokens.setSingleStep(128)
        self._max_tokens.setValue(self._settings.max_tokens)
        self._max_tokens.setToolTip("The longest answer, in tokens.")
        max_tokens_label = QLabel("Ma&x tokens")
        max_tokens_label.setBuddy(self._max_tokens)

        for label in (temperature_label, max_tokens_label):
            # Text widths are fractional and the size hint rounds down: the last glyph got clipped.
            label.setMinimumWidth(label.sizeHint().width() + 2)
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self._picker, 1)
        header.addSpacing(16)
        header.addWidget(temperature_label)
        header.addWidget(self._temperature)
        header.addSpacing(8)
        header.addWidget(max_tokens_label)
        header.addWidget(self._max_tokens)

        self._system_prompt = QLineEdit(self._settings.system_prompt)
        self._system_prompt.setAccessibleName("System prompt")
        self._system_prompt.setPlaceholderText("System prompt (optional), e.g. “You are a concise assistant.”")
        self._system_prompt.setClearButtonEnabled(True)

        self._notice = notice_label("Notice")

        self._transcript = Transcript()
        self._transcript.setObjectName("transcript")

        self._busy = busy_indicator()
        self._status = status_label("Status")

        self._regenerate_button = self._button("Regenerate", "Ctrl+R", "Answer the last message again")
        self._copy_button = self._button("Copy", "Ctrl+Shift+C", "Copy the last answer")
        self._new_chat_button = self._button("New chat", "Ctrl+N", "Start a new conversation")

        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self._busy)
        actions.addWidget(self._status, 1)
        actions.addWidget(self._regenerate_button)
        actions.addWidget(self._copy_button)
        actions.addWidget(self._new_chat_button)

        self._message = MessageEdit()
        self._message.setAccessibleName("Message")
        self._message.setPlaceholderText("Message — Enter to send, Shift+Enter for a new line")
        self._message.setPlainText(self._settings.draft)
        self._message.setFixedHeight(84)

        self._send_button = self._button("Send", "Enter", "Send the message")
        self._send_button.setObjectName("primaryButton")
        self._send_button.setDefault(True)
        self._stop_button = self._button("Stop", "Esc", "Stop the answer")
        send_column = QVBoxLayout()
        send_column.setSpacing(6)
        send_column.addWidget(self._send_button)
        send_column.addWidget(self._stop_button)
        send_column.addStretch(1)

        composer = QHBoxLayout()
        composer.setSpacing(8)
        composer.addWidget(self._message, 1)
        composer.addLayout(send_column)

        chat = QWidget()
        layout = QVBoxLayout(chat)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self._system_prompt)
        layout.addWidget(self._notice)
        layout.addWidget(self._transcript, 1)
        layout.addLayout(actions)
        layout.addLayout(composer)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._sidebar: HistorySidebar | None = None
        self._splitter: QSplitter | None = None
        if self._store is None:
            outer.addWidget(chat)
        else:
            self._sidebar = HistorySidebar(self._store)
            self._splitter = QSplitter(Qt.Orientation.Horizontal)
            self._splitter.setChildrenCollapsible(True)
            self._splitter.addWidget(self._sidebar)
            self._splitter.addWidget(chat)
            self._splitter.setCollapsible(1, False)
            self._splitter.setStretchFactor(1, 1)
            self._splitter.setSizes([SIDEBAR_WIDTH, max(1, self.width() - SIDEBAR_WIDTH)])
            saved = self._settings.extra.get(SPLITTER_KEY)
            if isinstance(saved, str) and saved:
                self._splitter.restoreState(QByteArray.fromBase64(saved.encode("ascii")))
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
        self._temperature.valueChanged.connect(self._on_temperature_value_changed)
        self._max_tokens.valueChanged.connect(self._on_max_tokens_value_changed)
        self._message.textChanged.connect(self._on_message_text_changed)
        self._message.submitted.connect(self._on_message_submitted)
        self._send_button.clicked.connect(self._on_send_button_clicked)
        self._stop_button.clicked.connect(self._on_stop_button_clicked)
        self._regenerate_button.clicked.connect(self._on_regenerate_button_clicked)
        self._copy_button.clicked.connect(self._on_copy_button_clicked)
        self._new_chat_button.clicked.connect(self._on_new_chat_button_clicked)
        self._transcript.text_shown.connect(self._on_transcript_text_shown)
        if self._sidebar is not None and self._splitter is not None:
            self._sidebar.conversation_opened.connect(self._on_sidebar_conversation_opened)
            self._sidebar.new_chat_requested.connect(self._on_sidebar_new_chat_requested)
            self._sidebar.conversation_deleted.connect(self._on_sidebar_conversation_deleted)
            self._sidebar.conversation_restored.connect(self._on_sidebar_conversation_restored)
            self._sidebar.message.connect(self._on_sidebar_message)
            self._splitter.splitterMoved.connect(self._on_splitter_splitter_moved)

    def _populate_models(self, keep: str | None = None) -> None:
        """Fill the picker; select ``keep`` (else the last model used) as ``ModelPicker.populate`` does."""
        self._picker.populate([keep, self._settings.last_model])
        self._update_notice()

    def _update_notice(self) -> None:
        """The notice and the status line say why no model, or not the picked one, can be used now."""
        notice = self._picker.notice("chat")
        self._notice.setText(notice)
        self._notice.setVisible(bool(notice))
        problem = self._model_problem()
        if problem:
            self._set_status(problem)
        elif self._status.text() == self._problem_shown:
            self._set_status("")
        self._problem_shown = problem

    def _model_problem(self) -> str:
        """The status line for a model that cannot be used now; "" when the picked one can."""
        if not any(c.available for c in self._picker.choices):
            return NO_MODEL_STATUS
        return self._picker.unavailable_reason

    # -- public API ---------------------------------------------------------------

    def refresh_models(self) -> None:
        """Re-read the model list (providers changed); keeps the selected model if it can still run."""
        self._populate_models(keep=self._picker.model_id)
        self._update_actions()

    @property
    def active_model_id(self) -> str | None:
        """The model answering right now, if any."""
        return self._answer_model if self._worker is not None else None

    @property
    def history(self) -> HistorySidebar | None:
        """The sidebar of past conversations (only with a store)."""
        return self._sidebar

    @property
    def conversation_id(self) -> int | None:
        """The stored conversation on screen; None for a new one not sent yet, or without a store."""
        return self._conversation_id

    def new_chat(self) -> None:
        """Start a new conversation (not while an answer streams) and put the keyboard in the message box."""
        if self._worker is not None:
            return
        self._conversation = Conversation(system_prompt=self._system_prompt.text())
        self._saved = []
        self._transcript.clear_messages()
        self._set_status(self._problem_shown)
        self._set_conversation_id(None)
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
        if self._worker is not None:
            self._set_status("Stop the answer before opening another conversation.")
            self._mark_current()
            return False
        record = self._store_call(self._store.get_conversation, conversation_id)
        if record is None:
            self._mark_current()
            return False
        self._show_record(record)
        return True

    def shutdown(self) -> None:
        """Stop a running answer and wait for its thread (closing the window)."""
        worker = self._worker
        if worker is not None:
            stop_and_wait(worker, lambda: self._engines.close(self._answer_model))

    # -- slots ------------------------------------------------------------------------

    @Slot(str)
    def _on_picker_model_changed(self, model_id: str) -> None:
        self._update_notice()
        if not model_id:
            return
        self._settings.last_model = model_id
        self._update_actions()

    @Slot(str)
    def _on_notice_link_activated(self, link: str) -> None:
        if link == PROVIDERS_LINK:
            self.providers_requested.emit()

    @Slot(str)
    def _on_system_prompt_text_changed(self, text: str) -> None:
        self._settings.system_prompt = text

    @Slot(float)
    def _on_temperature_value_changed(self, value: float) -> None:
        self._settings.temperature = value

    @Slot(int)
    def _on_max_tokens_value_changed(self, value: int) -> None:
        self._settings.max_tokens = value

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
    def _on_stop_button_clicked(self) -> None:
        if self._worker is not None and not self._worker.cancel_requested:
            self._worker.cancel()
            self._set_status("Stopping…")

    @Slot()
    def _on_regenerate_button_clicked(self) -> None:
        if self._worker is not None or self._refused() or not self._regenerate_button.isEnabled():
            return
        if self._conversation.drop_last_answer() is not None:
            dropped = self._saved.pop()
            if self._store is not None and dropped.id is not None:
                self._store_call(self._store.delete_message, dropped.id)
        self._rebuild_transcript()
        self._start_answer()

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        answer = self._last_answer_text()
        if answer:
            QGuiApplication.clipboard().setText(answer)
            self._set_status("Answer copied.")

    @Slot()
    def _on_new_chat_button_clicked(self) -> None:
        self.new_chat()

    @Slot()
    def _on_sidebar_new_chat_requested(self) -> None:
        self.new_chat()

    @Slot(int)
    def _on_sidebar_conversation_opened(self, conversation_id: int) -> None:
        if conversation_id != self._conversation_id:
            self.open_conversation(conversation_id)

    @Slot(int)
    def _on_sidebar_conversation_deleted(self, conversation_id: int) -> None:
        if conversation_id == self._conversation_id:
            self.new_chat()

    @Slot(int)
    def _on_sidebar_conversation_restored(self, conversation_id: int) -> None:
        # Undo right after deleting the open conversation: show it again.
        if self._conversation_id is None and not self._conversation.turns:
            self.open_conversation(conversation_id)

    @Slot(str)
    def _on_sidebar_message(self, text: str) -> None:
        self._set_status(text)

    @Slot(int, int)
    def _on_splitter_splitter_moved(self, _pos: int, _index: int) -> None:
        assert self._splitter is not None
        self._settings.extra[SPLITTER_KEY] = bytes(self._splitter.saveState().toBase64().data()).decode("ascii")
        self.settings_changed.emit(False)

    @Slot(str)
    def _on_transcript_text_shown(self, _delta: str) -> None:
        # What is on screen now is written before the window paints it.
        if self._writer is not None:
            self._store_call(self._writer.flush)

    @Slot(str)
    def _on_worker_text(self, delta: str) -> None:
        if self._answer is None:
            return
        if not self._got_text:
            self._got_text = True
            self._unanswered = ""
            self._warm.add(self._answer_model)
            self._set_status(f"{self._picker.model_label} is answering…")
        self._answer.content += delta
        if self._writer is not None:
            self._writer.append(delta)
        self._transcript.append_text(delta)

    @Slot(object)
    def _on_worker_finished(self, stats: Stats) -> None:
        if self._answer is not None:
            self._answer.stats = stats
        self._warm.add(self._answer_model)
        self._transcript.finish_answer(self._summary(self._answer_model, stats))
        self._finish_writer("cancelled" if stats.stop_reason == "cancelled" else "done", stats=stats.to_dict())
        self._set_status("Stopped." if stats.stop_reason == "cancelled" else "Ready.")
        self._end_answer()

    @Slot(str, str)
    def _on_worker_failed(self, title: str, message: str) -> None:
        if self._answer is not None:
            # Title and message on separate lines, so a rebuilt transcript can show both.
            self._answer.error = f"{title}\n{message}"
        # A failed engine may restart its model: the next answer loads first.
        self._warm.discard(self._answer_model)
        self._transcript.fail_answer(title, message)
        self._finish_writer("failed", error=f"{title}\n{message}")
        self._set_status(f"{title}. You can send again.")
        self._put_back_unanswered()
        self._end_answer()

    # -- conversation flow ---------------------------------------------------------

    def _send(self) -> None:
        if self._worker is not None or self._refused():
            return
        if not self._send_button.isEnabled():
            return
        text = self._message.toPlainText().strip()
        if not text:
            self._set_status("Type a message first.")
            self._message.setFocus()
            return
        self._conversation.add_user(text)
        self._saved.append(_Saved(self._save_message("user", text)))
        self._transcript.add_user(text)
        self._message.clear()
        self._message.setFocus()
        self._unanswered = text
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
        model_id = self._picker.model_id
        title = self._picker.model_label
        self._conversation.system_prompt = self._system_prompt.text()
        params = ChatParams(temperature=self._temperature.value(), max_tokens=self._max_tokens.value())
        try:
            engine = self._engines.get(model_id)
            request = self._conversation.request(params)
        except UserFacingError as exc:
            message = str(exc)
            error = f"{exc.title}\n{message}"
            self._conversation.start_answer(model_id).error = error
            saved = self._save_message("assistant", "", model_id=model_id, error=error, state="failed")
            self._saved.append(_Saved(saved, "failed"))
            self._transcript.add_answer(title, "", error=(exc.title, message))
            self._set_status(f"{exc.title}.")
            self._put_back_unanswered()
            self._update_actions()
            return
        self._answer = self._conversation.start_answer(model_id)
        self._answer_model = model_id
        self._got_text = False
        # Saved as "streaming" before the first token, so a crash leaves a row to find.
        answer_id = self._save_message("assistant", "", model_id=model_id, state="streaming")
        self._saved.append(_Saved(answer_id, "streaming"))
        if self._store is not None and answer_id is not None:
            self._writer = self._store_call(self._store.answer_writer, answer_id)
            if self._sidebar is not None:
                self._sidebar.busy_conversation = self._conversation_id
        self._transcript.begin_answer(title)
        self._worker = StreamWorker(engine, request, self)
        self._worker.text.connect(self._on_worker_text)
        self._worker.finished.connect(self._on_worker_finished)
        self._worker.failed.connect(self._on_worker_failed)
        if self._picker.is_remote:
            self._set_status("Waiting for the provider…")
        else:
            self._set_status("Loading model…" if model_id not in self._warm else "Thinking…")
        self._busy.show()
        self._update_actions()
        self._worker.start()

    def _put_back_unanswered(self) -> None:
        """The send got no answer at all: its message goes back in the box, to send again (or edit), unless
        something new was typed meanwhile. The conversation then leaves the unanswered copy out of the request."""
        text, self._unanswered = self._unanswered, ""
        if text and not self._message.toPlainText().strip():
            self._message.setPlainText(text)
            self._message.moveCursor(QTextCursor.MoveOperation.End)
            self._message.setFocus()

    def _end_answer(self) -> None:
        self._unanswered = ""
        if self._worker is not None:
            self._worker.deleteLater()
        self._worker = None
        self._answer = None
        self._busy.hide()
        self._update_actions()

    def _rebuild_transcript(self) -> None:
        self._transcript.clear_messages()
        for turn, saved in zip(self._conversation.turns, self._saved, strict=True):
            if turn.role == "user":
                self._transcript.add_user(turn.content)
                continue
            error = None
            if turn.error:
                title, _, message = turn.error.partition("\n")
                error = (title, message)
            summary = self._summary(turn.model_id, turn.stats) if turn.stats else None
            if saved.state == "interrupted":
                summary = f"{summary} · {INTERRUPTED_NOTE}" if summary else INTERRUPTED_NOTE
            self._transcript.add_answer(self._model_name(turn.model_id), turn.content, summary=summary, error=error)

    # -- the store ----------------------------------------------------------------------

    def _reopen_last(self) -> None:
        """The conversation open when Plinth last closed (or died)."""
        conversation_id = self._settings.extra.get(OPEN_CONVERSATION_KEY)
        if not isinstance(conversation_id, int) or self._store is None:
            return
        try:
            record = self._store.get_conversation(conversation_id)
        except ConversationNotFoundError:
            self._settings.extra.pop(OPEN_CONVERSATION_KEY, None)
            return
        except UserFacingError as exc:
            self._set_status(f"Could not reopen the last conversation: {exc.message}")
            return
        self._show_record(record)

    def _show_record(self, record: ConversationRecord) -> None:
        turns = [Turn(m.role, m.content, m.model_id, _stats_from(m.stats), m.error) for m in record.messages]
        self._conversation = Conversation(system_prompt=record.system_prompt, turns=turns)
        self._saved = [_Saved(m.id, m.state) for m in record.messages]
        self._system_prompt.setText(record.system_prompt)
        temperature = record.settings.get("temperature")
        if isinstance(temperature, int | float):
            self._temperature.setValue(float(temperature))
        max_tokens = record.settings.get("max_tokens")
        if isinstance(max_tokens, int):
            self._max_tokens.setValue(max_tokens)
        status = ""
        if record.model_id and record.model_id != self._picker.model_id:
            self._populate_models(keep=record.model_id)
            if self._picker.model_id != record.model_id:
                status = (
                    f"This conversation used {record.model_id}, which cannot run now; "
                    "pick a model to continue it."
                )
        self._rebuild_transcript()
        self._set_status(status or self._problem_shown)
        self._set_conversation_id(record.id)
        self._update_actions()

    def _set_conversation_id(self, conversation_id: int | None) -> None:
        changed = conversation_id != self._conversation_id
        self._conversation_id = conversation_id
        if conversation_id is None:
            self._settings.extra.pop(OPEN_CONVERSATION_KEY, None)
        else:
            self._settings.extra[OPEN_CONVERSATION_KEY] = conversation_id
        self._mark_current()
        if changed:
            self.settings_changed.emit(True)

    def _mark_current(self) -> None:
        if self._sidebar is not None:
            self._sidebar.set_current(self._conversation_id)

    def _params(self) -> dict[str, Any]:
        return {"temperature": self._temperature.value(), "max_tokens": self._max_tokens.value()}

    def _save_message(self, role: str, text: str, **details: Any) -> int | None:
        """Add a message to the stored conversation (created on the first one); its id, or None."""
        store = self._store
        if store is None:
            return None
        model_id = self._picker.model_id
        if self._conversation_id is None:
            created = self._store_call(
                store.create_conversation,
                title="",
                model_id=model_id,
                system_prompt=self._system_prompt.text(),
                settings=self._params(),
            )
            if created is None:
                return None
            self._set_conversation_id(created)
        elif role == "assistant":
            # The conversation reopens with the model and settings of its latest answer.
            self._store_call(
                store.update_conversation,
                self._conversation_id,
                model_id=model_id,
                system_prompt=self._system_prompt.text(),
                settings=self._params(),
            )
        if role == "assistant":
            details.setdefault("settings", self._params())
        message_id = self._store_call(store.add_message, self._conversation_id, role, text, **details)
        if self._sidebar is not None and role == "user":
            self._sidebar.refresh()
        return message_id

    def _finish_writer(self, state: str, stats: dict[str, Any] | None = None, error: str | None = None) -> None:
        writer, self._writer = self._writer, None
        if self._saved and self._saved[-1].state == "streaming":
            self._saved[-1].state = state
        if writer is not None:
            self._store_call(writer.finish, state=state, stats=stats, error=error)
        if self._sidebar is not None:
            self._sidebar.busy_conversation = None
            self._sidebar.refresh()

    def _store_call(self, method: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Run a store method; a failure is shown in the status line (the chat goes on) and gives None."""
        try:
            return method(*args, **kwargs)
        except UserFacingError as exc:
            self._set_status(f"Could not save the conversation: {exc}")
            return None

    # -- helpers ----------------------------------------------------------------------

    def _summary(self, model_id: str | None, stats: Stats) -> str:
        """Remote answers always mention cost, "cost unknown" included; local ones cost nothing."""
        choice = self._picker.choice_for(model_id)
        return stats.summary(priced=choice is not None and choice.destination is not None)

    def _model_name(self, model_id: str | None) -> str:
        return self._picker.label_for(model_id) or "Assistant"

    def _last_answer_text(self) -> str:
        for turn in reversed(self._conversation.turns):
            if turn.role == "assistant":
                return turn.content
        return ""

    def _set_status(self, text: str) -> None:
        self._status.setText(text)

    def _update_actions(self) -> None:
        has_model = self._picker.can_run
        busy = self._worker is not None
        has_user_turn = self._conversation.last_user_text is not None
        self._picker.set_picking_enabled(not busy)
        self._send_button.setEnabled(has_model and not busy)
        self._stop_button.setEnabled(busy)
        self._regenerate_button.setEnabled(has_model and not busy and has_user_turn)
        self._new_chat_button.setEnabled(not busy and bool(self._conversation.turns))
        self._copy_button.setEnabled(bool(self._last_answer_text()))
