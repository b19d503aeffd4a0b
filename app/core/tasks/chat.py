"""Chat: a multi-turn conversation turned into engine requests, and the session that keeps one in the history.

No Qt: the panel and the command line both drive it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TypeVar

from app.core.engines.base import ChatRequest, Engine, Message, Stats
from app.core.errors import UserFacingError
from app.core.tasks.chat_sources import AnswerSources, Retrieve, Search, question_budget
from app.core.ui_text import ui_join, ui_text

if TYPE_CHECKING:
    from app.core.documents.records import Hit
    from app.core.engines.registry import EngineRegistry
    from app.core.history.conversations import AnswerWriter
    from app.core.history.store import Store

log = logging.getLogger(__name__)

T = TypeVar("T")

#: In a conversation's settings: the document collections attached to it.
COLLECTIONS_KEY = "collections"


@dataclass
class ChatParams:
    temperature: float = 0.7
    max_tokens: int = 1024
    top_p: float = 0.95
    top_k: int = 40
    seed: int | None = None

    def settings(self) -> dict[str, Any]:
        """What the history keeps with a conversation and each answer: the settings the chat lets a person set."""
        return {"temperature": self.temperature, "max_tokens": self.max_tokens}

    def with_settings(self, settings: Mapping[str, object]) -> ChatParams:
        """These params with the valid ones of saved ``settings`` (see ``settings()``) put in."""
        temperature = settings.get("temperature")
        max_tokens = settings.get("max_tokens")
        return replace(
            self,
            temperature=float(temperature) if isinstance(temperature, int | float) else self.temperature,
            max_tokens=max_tokens if isinstance(max_tokens, int) else self.max_tokens,
        )


@dataclass
class Turn:
    role: str  # "user" or "assistant"
    content: str = ""
    model_id: str | None = None
    stats: Stats | None = None
    #: Set when the answer ended in an error; the partial text is kept.
    error: str | None = None
    #: An answer from documents: the sources sent with its question.
    sources: AnswerSources | None = None

    @property
    def by_plinth(self) -> bool:
        """Plinth's own reply that nothing in the attached documents matched: no model wrote it."""
        return self.sources is not None and not self.sources.found


@dataclass
class Conversation:
    system_prompt: str = ""
    turns: list[Turn] = field(default_factory=list)

    def add_user(self, text: str) -> Turn:
        turn = Turn("user", text)
        self.turns.append(turn)
        return turn

    def start_answer(self, model_id: str) -> Turn:
        turn = Turn("assistant", "", model_id=model_id)
        self.turns.append(turn)
        return turn

    def messages(self) -> tuple[Message, ...]:
        """Every finished turn, oldest first, for the next request.

        Empty answers (an error or a stop before any text) are left out so the
        model never sees a blank assistant turn; so is the question they
        answered, once more follows (it is usually sent again), so the model
        never sees two questions in a row either: strict chat templates refuse
        that. Plinth's own "nothing found" replies go the same way: no model
        wrote them. The turns themselves stay, for the transcript and the
        history. Questions go as they were asked, without the sources they
        were once sent with.
        """
        out: list[Message] = []
        if self.system_prompt.strip():
            out.append(Message("system", self.system_prompt))
        last = len(self.turns) - 1
        for index, turn in enumerate(self.turns):
            if turn.role == "assistant" and (not turn.content or turn.by_plinth):
                continue
            if turn.role == "user" and index + 1 < last and self._unanswered(index + 1):
                continue
            out.append(Message("user" if turn.role == "user" else "assistant", turn.content))
        return tuple(out)

    def _unanswered(self, index: int) -> bool:
        turn = self.turns[index]
        return turn.role == "assistant" and (not turn.content or turn.by_plinth)

    def request(self, params: ChatParams, ask: str | None = None) -> ChatRequest:
        """The request for the next answer; ``ask``, when given, is sent in place of the last question (that
        question grounded in sources)."""
        messages = self.messages()
        if ask is not None and messages and messages[-1].role == "user":
            messages = (*messages[:-1], Message("user", ask))
        return ChatRequest(
            messages=messages,
            max_tokens=params.max_tokens,
            temperature=params.temperature,
            top_p=params.top_p,
            top_k=params.top_k,
            seed=params.seed,
        ).validate()

    def drop_last_answer(self) -> Turn | None:
        """Remove the last assistant turn (for Regenerate); returns it."""
        if self.turns and self.turns[-1].role == "assistant":
            return self.turns.pop()
        return None

    @property
    def last_user_text(self) -> str | None:
        for turn in reversed(self.turns):
            if turn.role == "user":
                return turn.content
        return None


@dataclass
class _Saved:
    """Where a turn lives in the store (``id`` None when it is not stored), and its state there."""

    id: int | None = None
    state: str = "done"


def _log_store_error(exc: UserFacingError) -> None:
    log.warning("Could not save the conversation: %s", exc)


class ChatSession:
    """One conversation as the chat holds it: its turns, where they are stored, and the answer streaming now.

    ``send`` adds a question, ``start_answer`` builds the request for the next
    answer (the caller streams it), ``add_text`` takes each delta, and
    ``finish`` or ``fail`` ends the answer. ``system_prompt`` and ``params``
    are the settings the next answer is asked with.

    With ``collections`` attached (and a ``retrieve`` to search them), each
    question is sent with the passages found for it as numbered sources, within
    what the model's context leaves; the answer keeps them (``Turn.sources``,
    saved with it). When nothing is found no model is asked: the answer is
    Plinth's own reply saying so. The collections are saved with the
    conversation's settings, so it reopens with them attached. A window runs
    the ``search()`` off its GUI thread and hands what it found to
    ``start_answer`` (or ``start_failed``, ``search_stopped``); a script lets
    ``start_answer`` search itself.

    With a ``store`` the conversation is saved as it happens: the first message
    creates it (the store titles it after the first question), each message is
    added, and an answer is saved as "streaming" before its first token and
    written by an ``AnswerWriter`` at each ``flush``, so whatever was shown
    survives a crash. A store failure does not stop the chat: it goes to
    ``on_store_error`` and the conversation goes on, unsaved. One thread only.
    """

    def __init__(
        self,
        store: Store | None = None,
        system_prompt: str = "",
        params: ChatParams | None = None,
        on_store_error: Callable[[UserFacingError], None] = _log_store_error,
        retrieve: Retrieve | None = None,
    ) -> None:
        self._store = store
        self._retrieve = retrieve
        #: The document collections the questions are answered from, by name.
        self.collections: list[str] = []
        self._on_store_error = on_store_error
        self.conversation = Conversation(system_prompt=system_prompt)
        self.params = params or ChatParams()
        #: The model of its latest answer, the one it reopens with.
        self.model_id: str | None = None
        #: One entry per turn of ``conversation``, in the same order.
        self._saved: list[_Saved] = []
        self._conversation_id: int | None = None
        self._writer: AnswerWriter | None = None
        self._answer: Turn | None = None
        self._got_text = False
        #: The question just sent, until its answer shows text.
        self._unanswered = ""

    @classmethod
    def open(
        cls,
        store: Store,
        conversation_id: int,
        params: ChatParams | None = None,
        on_store_error: Callable[[UserFacingError], None] = _log_store_error,
        retrieve: Retrieve | None = None,
    ) -> ChatSession:
        """A stored conversation, to go on with: its turns, system prompt and model, and ``params`` with its saved
        settings put in. Raises the store's ``UserFacingError`` (``ConversationNotFoundError`` when it is gone)."""
        record = store.get_conversation(conversation_id)
        params = (params or ChatParams()).with_settings(record.settings)
        session = cls(store, record.system_prompt, params, on_store_error, retrieve)
        attached = record.settings.get(COLLECTIONS_KEY)
        if isinstance(attached, list):
            session.collections = [str(name) for name in attached]
        session.conversation.turns = [
            Turn(m.role, m.content, m.model_id, Stats.from_dict(m.stats) if m.stats else None, m.error,
                 AnswerSources.from_record(m.sources))
            for m in record.messages
        ]  # fmt: skip
        session._saved = [_Saved(m.id, m.state) for m in record.messages]
        session._conversation_id = record.id
        session.model_id = record.model_id
        return session

    # -- what it holds ------------------------------------------------------------------

    @property
    def conversation_id(self) -> int | None:
        """The stored conversation; None before its first message is saved, or without a store."""
        return self._conversation_id

    @property
    def system_prompt(self) -> str:
        return self.conversation.system_prompt

    @system_prompt.setter
    def system_prompt(self, text: str) -> None:
        self.conversation.system_prompt = text

    @property
    def turns(self) -> list[Turn]:
        return self.conversation.turns

    def saved_turns(self) -> Iterator[tuple[Turn, str]]:
        """Each turn with its state in the store ("interrupted": Plinth closed while it streamed)."""
        for turn, saved in zip(self.conversation.turns, self._saved, strict=True):
            yield turn, saved.state

    @property
    def answer(self) -> Turn | None:
        """The answer streaming now, if any."""
        return self._answer

    @property
    def last_answer_text(self) -> str:
        for turn in reversed(self.conversation.turns):
            if turn.role == "assistant":
                return turn.content
        return ""

    # -- the conversation flow ------------------------------------------------------------

    def send(self, text: str, model_id: str) -> Turn:
        """Add the person's question, saved at once; the first one creates the stored conversation."""
        turn = self.conversation.add_user(text)
        self._saved.append(_Saved(self._save_message("user", text, model_id)))
        self._unanswered = text
        return turn

    def search(self) -> Search | None:
        """The passages to find for the question about to be answered; None when no collection is attached."""
        question = self.conversation.last_user_text
        if not self.collections or self._retrieve is None or question is None:
            return None
        return Search(tuple(self.collections), question, self._retrieve)

    def start_answer(
        self, engines: EngineRegistry, model_id: str, hits: Sequence[tuple[str, Hit]] | None = None
    ) -> tuple[Engine, ChatRequest] | None:
        """The engine and the request for the next answer, which is saved as "streaming"; stream it, then
        ``finish`` or ``fail``. When there is none to make (the model cannot be had, nothing to send, the search
        failed) the answer is kept as failed and the ``UserFacingError`` raised.

        With collections attached the question goes with the passages ``hits`` that ``search()`` found (run
        elsewhere); without ``hits`` the search runs here, now.

        None when no model is to be asked: nothing in the attached collections matched, and the answer, Plinth's
        own reply saying so, is already there (the last turn) and saved."""
        sources: AnswerSources | None = None
        try:
            search = self.search()
            if search is None:
                hits = None
            elif hits is None:
                hits = search.run()
            if hits is not None and not hits:
                self._answer_nothing_found()
                return None
            engine = engines.get(model_id)
            if hits:
                engine, request, sources = self._grounded_request(engine, list(hits))
            else:
                request = self.conversation.request(self.params)
        except UserFacingError as exc:
            self.start_failed(model_id, exc.title, str(exc))
            raise
        self._answer = self.conversation.start_answer(model_id)
        self._answer.sources = sources
        self._got_text = False
        # Saved before the first token, so a crash leaves a row to find.
        record = sources.to_record() if sources is not None else None
        answer_id = self._save_message("assistant", "", model_id, state="streaming", sources=record)
        self._saved.append(_Saved(answer_id, "streaming"))
        if self._store is not None and answer_id is not None:
            self._writer = self._store_call(self._store.answer_writer, answer_id)
        return engine, request

    def attach(self, collections: list[str]) -> None:
        """Answer the next questions from these collections (none: from the model alone); kept with the stored
        conversation at once, so it reopens with them."""
        self.collections = list(collections)
        if self._store is not None and self._conversation_id is not None:
            self._store_call(self._store.update_conversation, self._conversation_id, settings=self._settings())

    def start_failed(self, model_id: str, title: str, message: str) -> Turn:
        """The answer could not start (its search failed, or its model could not be had): kept as failed, with no
        text, and the question stays to be sent again (``take_unanswered``). Returns it."""
        return self._unstarted(model_id, "failed", ui_join([title, message], "\n"))

    def search_stopped(self, model_id: str) -> Turn:
        """The person stopped the answer while its passages were being searched: kept as cancelled, with no text.
        Returns it."""
        self._unanswered = ""
        return self._unstarted(model_id, "cancelled")

    def _unstarted(self, model_id: str, state: str, error: str | None = None) -> Turn:
        turn = self.conversation.start_answer(model_id)
        turn.error = error
        saved = self._save_message("assistant", "", model_id, error=error, state=state)
        self._saved.append(_Saved(saved, state))
        return turn

    def _grounded_request(
        self, engine: Engine, hits: list[tuple[str, Hit]]
    ) -> tuple[Engine, ChatRequest, AnswerSources]:
        """The question sent with as many of ``hits`` as the engine's context leaves room for."""
        from app.core.documents.grounding import ground

        question = self.conversation.last_user_text or ""
        earlier = self.conversation.messages()[:-1]
        budget = question_budget(engine.capabilities.max_context, self.params.max_tokens, earlier)
        grounded = ground(question, hits, budget)
        if not grounded.found:
            raise UserFacingError(
                ui_text("The passages found do not fit in what this conversation leaves of the model's context."),
                ui_text("Start a new chat, lower the answer's maximum length, or pick a model with a longer context."),
            )
        sources = AnswerSources.of(self.collections, grounded)
        return engine, self.conversation.request(self.params, ask=grounded.text), sources

    def _answer_nothing_found(self) -> None:
        """Plinth's own reply, in place of a model's, saved as a finished answer with no model."""
        from app.core.documents.grounding import nothing_found

        sources = AnswerSources(tuple(self.collections))
        text = nothing_found(self.conversation.last_user_text or "", self.collections)
        turn = self.conversation.start_answer("")
        turn.model_id, turn.content, turn.sources = None, text, sources
        self._unanswered = ""
        saved: int | None = None
        if self._store is not None and self._conversation_id is not None:
            saved = self._store_call(self._store.add_message, self._conversation_id, "assistant", text,
                                     settings=self._settings(), sources=sources.to_record())  # fmt: skip
        self._saved.append(_Saved(saved, "done"))

    def add_text(self, delta: str) -> bool:
        """Add streamed text to the answer (written at the next ``flush``); True for its first text."""
        answer = self._answer
        if answer is None:
            return False
        first = not self._got_text
        self._got_text = True
        self._unanswered = ""
        answer.content += delta
        if self._writer is not None:
            self._writer.append(delta)
        return first

    def flush(self) -> None:
        """Write the answer's text so far (call it as the text is shown)."""
        if self._writer is not None:
            self._store_call(self._writer.flush)

    def finish(self, stats: Stats) -> Turn | None:
        """The answer ended, stopped or not: saved with its stats as done or cancelled. Returns it."""
        answer = self._answer
        if answer is not None:
            answer.stats = stats
        self._unanswered = ""
        self._end("cancelled" if stats.stop_reason == "cancelled" else "done", stats=stats.to_dict())
        return answer

    def fail(self, title: str, message: str) -> Turn | None:
        """The answer ended in an error: its text so far is kept, saved as failed. Returns it."""
        answer = self._answer
        # Title and message on separate lines, so a reopened conversation can show both.
        error = ui_join([title, message], "\n")
        if answer is not None:
            answer.error = error
        self._end("failed", error=error)
        return answer

    def take_unanswered(self) -> str:
        """The question just sent, when its answer failed before any text: to send again. Empty otherwise.

        The conversation then leaves that unanswered copy out of the next request."""
        text, self._unanswered = self._unanswered, ""
        return text

    def drop_last_answer(self) -> None:
        """Remove the last answer, from the store too, so the question can be answered again (Regenerate)."""
        self._unanswered = ""
        if self.conversation.drop_last_answer() is None:
            return
        dropped = self._saved.pop()
        if self._store is not None and dropped.id is not None:
            self._store_call(self._store.delete_message, dropped.id)

    # -- the store ------------------------------------------------------------------------

    def _end(self, state: str, stats: dict[str, Any] | None = None, error: str | None = None) -> None:
        writer, self._writer = self._writer, None
        self._answer = None
        if self._saved and self._saved[-1].state == "streaming":
            self._saved[-1].state = state
        if writer is not None:
            self._store_call(writer.finish, state=state, stats=stats, error=error)

    def _save_message(self, role: str, text: str, model_id: str, **details: Any) -> int | None:
        """Add a message to the stored conversation (created with the first one); its id, or None."""
        store = self._store
        if store is None:
            return None
        settings = self._settings()
        if self._conversation_id is None:
            created = self._store_call(
                store.create_conversation,
                title="",
                model_id=model_id,
                system_prompt=self.system_prompt,
                settings=settings,
            )
            if created is None:
                return None
            self._conversation_id = created
        elif role == "assistant":
            # The conversation reopens with the model and settings of its latest answer.
            self._store_call(
                store.update_conversation,
                self._conversation_id,
                model_id=model_id,
                system_prompt=self.system_prompt,
                settings=settings,
            )
        if role == "assistant":
            self.model_id = model_id
            details.update(model_id=model_id, settings=settings)
        return self._store_call(store.add_message, self._conversation_id, role, text, **details)

    def _settings(self) -> dict[str, Any]:
        """The settings kept with the conversation and each answer: the params', and the collections attached."""
        settings = self.params.settings()
        if self.collections:
            settings[COLLECTIONS_KEY] = list(self.collections)
        return settings

    def _store_call(self, method: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Run a store method; a failure goes to ``on_store_error`` (the chat goes on) and gives None."""
        try:
            return method(*args, **kwargs)
        except UserFacingError as exc:
            self._on_store_error(exc)
            return None
