"""ChatSession: a conversation, its store ids and the streaming answer, on a real Store, without Qt."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes import FakeEngine, registry_with

from app.core.cancel import CancelToken
from app.core.engines.base import Stats
from app.core.engines.registry import EngineRegistry
from app.core.errors import EngineCrashedError, ModelNotFoundError, UserFacingError
from app.core.history.conversations import ConversationNotFoundError, title_from
from app.core.history.store import Store
from app.core.tasks.chat import ChatParams, ChatSession

MODEL = "local:fake"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = Store.open(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine(model_id=MODEL)


@pytest.fixture
def engines(engine: FakeEngine) -> EngineRegistry:
    return registry_with(engine, "local")


@pytest.fixture
def store_errors() -> list[UserFacingError]:
    return []


@pytest.fixture
def session(store: Store, store_errors: list[UserFacingError]) -> ChatSession:
    return ChatSession(store, "Be terse.", ChatParams(temperature=0.25, max_tokens=300), store_errors.append)


def answer(session: ChatSession, engines: EngineRegistry, cancel: CancelToken | None = None) -> list[bool]:
    """Stream the next answer into the session as the panel does; each delta's ``add_text`` result."""
    engine, request = session.start_answer(engines, MODEL)
    firsts: list[bool] = []
    stats: Stats | None = None
    try:
        for chunk in engine.stream(request, cancel):
            if chunk.text:
                firsts.append(session.add_text(chunk.text))
                session.flush()
            if chunk.stats is not None:
                stats = chunk.stats
    except UserFacingError as exc:
        session.fail(exc.title, str(exc))
        return firsts
    assert stats is not None
    session.finish(stats)
    return firsts


def stored(store: Store, session: ChatSession) -> list[tuple[str, str, str]]:
    assert session.conversation_id is not None
    return [(m.role, m.content, m.state) for m in store.get_conversation(session.conversation_id).messages]


# -- a new conversation -------------------------------------------------------------------------------------


def test_a_new_conversation_is_stored_with_its_first_message_and_titled_after_it(
    session: ChatSession, store: Store
) -> None:
    assert session.conversation_id is None and session.turns == []
    assert store.list_conversations() == [], "nothing is stored before the first message"
    question = "Tell me a story\nabout a parser"
    session.send(question, MODEL)

    cid = session.conversation_id
    assert cid is not None
    record = store.get_conversation(cid)
    assert record.title == title_from(question) == "Tell me a story"
    assert (record.model_id, record.system_prompt) == (MODEL, "Be terse.")
    assert record.settings == {"temperature": 0.25, "max_tokens": 300}
    assert stored(store, session) == [("user", question, "done")]
    assert session.take_unanswered() == question, "it waits for its answer"


def test_an_answer_is_stored_as_streaming_before_its_first_token_and_written_as_it_is_shown(
    session: ChatSession, store: Store, engines: EngineRegistry, engine: FakeEngine
) -> None:
    session.send("Tell me a story", MODEL)
    engine.enqueue(["Once upon", " a time"])
    _engine, request = session.start_answer(engines, MODEL)
    assert [m.content for m in request.messages] == ["Be terse.", "Tell me a story"]
    assert (request.temperature, request.max_tokens) == (0.25, 300)
    assert stored(store, session)[-1] == ("assistant", "", "streaming")
    assert session.answer is session.turns[-1]

    assert session.add_text("Once upon") is True
    assert stored(store, session)[-1] == ("assistant", "", "streaming"), "written when shown, not before"
    session.flush()
    assert stored(store, session)[-1] == ("assistant", "Once upon", "streaming")
    assert session.add_text(" a time") is False
    assert session.take_unanswered() == "", "an answer with text is no reason to send again"

    finished = session.finish(Stats(tokens_out=2, stop_reason="stop"))
    assert finished is session.turns[-1] and session.answer is None
    assert finished.stats is not None and finished.stats.tokens_out == 2
    assert stored(store, session)[-1] == ("assistant", "Once upon a time", "done")
    saved = store.get_conversation(session.conversation_id or 0).messages[-1]
    assert saved.model_id == MODEL and saved.settings == {"temperature": 0.25, "max_tokens": 300}
    assert saved.stats is not None and saved.stats["tokens_out"] == 2
    assert session.last_answer_text == "Once upon a time"


def test_a_second_exchange_goes_into_the_same_conversation_with_the_settings_of_its_answer(
    session: ChatSession, store: Store, engines: EngineRegistry, engine: FakeEngine
) -> None:
    session.send("First", MODEL)
    engine.enqueue(["One"])
    answer(session, engines)
    cid = session.conversation_id
    session.system_prompt = "Answer like a pirate."
    session.params = ChatParams(temperature=1.3, max_tokens=200)
    session.send("Second", MODEL)
    engine.enqueue(["Two"])
    answer(session, engines)

    assert session.conversation_id == cid
    assert [content for _role, content, _state in stored(store, session)] == ["First", "One", "Second", "Two"]
    record = store.get_conversation(cid or 0)
    assert (record.system_prompt, record.settings) == ("Answer like a pirate.", {"temperature": 1.3, "max_tokens": 200})
    assert [m.content for m in engine.requests[-1].messages] == ["Answer like a pirate.", "First", "One", "Second"]


# -- finish, cancel, fail ----------------------------------------------------------------------------------


def test_a_stopped_answer_keeps_its_text_and_is_stored_as_cancelled(
    session: ChatSession, store: Store, engines: EngineRegistry, engine: FakeEngine
) -> None:
    session.send("Tell me a story", MODEL)
    engine.enqueue(["Once upon", " a time", " there was"], hang_after=2)
    cancel = CancelToken()
    threading.Timer(0.05, cancel.cancel).start()
    assert answer(session, engines, cancel) == [True, False]

    assert stored(store, session)[-1] == ("assistant", "Once upon a time", "cancelled")
    turn = session.turns[-1]
    assert turn.stats is not None and turn.stats.stop_reason == "cancelled"
    assert session.take_unanswered() == ""


def test_a_failed_answer_keeps_its_text_and_the_error(
    session: ChatSession, store: Store, engines: EngineRegistry, engine: FakeEngine
) -> None:
    session.send("Write an essay", MODEL)
    engine.enqueue_error(EngineCrashedError("The model process ended.", "Send again."), after=["The essay"])
    answer(session, engines)

    turn = session.turns[-1]
    assert (turn.content, turn.error) == (
        "The essay",
        "The model stopped unexpectedly\nThe model process ended. Send again.",
    )
    message = store.get_conversation(session.conversation_id or 0).messages[-1]
    assert (message.content, message.state, message.error) == ("The essay", "failed", turn.error)
    assert session.take_unanswered() == "", "it got an answer, if not a whole one"


def test_a_send_that_fails_before_any_answer_keeps_the_text_to_resend(
    session: ChatSession, store: Store, engines: EngineRegistry, engine: FakeEngine
) -> None:
    session.send("Hello?", MODEL)
    engine.enqueue_error(EngineCrashedError("The model process ended.", "Send again."))
    assert answer(session, engines) == []
    assert session.take_unanswered() == "Hello?"
    assert session.take_unanswered() == "", "taken once"
    assert stored(store, session)[-1] == ("assistant", "", "failed")


def test_a_send_whose_answer_cannot_start_keeps_the_text_and_the_failure(
    session: ChatSession, store: Store, engines: EngineRegistry
) -> None:
    session.send("Hello?", MODEL)
    with pytest.raises(ModelNotFoundError):
        session.start_answer(engines, "nowhere:model")

    assert session.answer is None
    turn = session.turns[-1]
    assert turn.role == "assistant" and turn.model_id == "nowhere:model"
    assert turn.error is not None and turn.error.startswith("Model not found\nUnknown model 'nowhere:model'.")
    message = store.get_conversation(session.conversation_id or 0).messages[-1]
    assert (message.state, message.error) == ("failed", turn.error)
    assert session.take_unanswered() == "Hello?"


def test_a_question_whose_answer_failed_empty_is_not_sent_again_with_its_resend(
    session: ChatSession, store: Store, engines: EngineRegistry, engine: FakeEngine
) -> None:
    session.send("First", MODEL)
    engine.enqueue(["Answer"])
    answer(session, engines)
    session.send("Lost", MODEL)
    engine.enqueue_error(EngineCrashedError("The model process ended."))
    answer(session, engines)
    session.send(session.take_unanswered(), MODEL)
    engine.enqueue(["Found"])
    answer(session, engines)

    # The model never sees two questions in a row (strict chat templates refuse them).
    assert [(m.role, m.content) for m in engine.requests[-1].messages] == [
        ("system", "Be terse."), ("user", "First"), ("assistant", "Answer"), ("user", "Lost"),
    ]  # fmt: skip
    assert [state for _role, _content, state in stored(store, session)] == [
        "done", "done", "done", "failed", "done", "done",
    ], "the failure stays on record"  # fmt: skip


# -- regenerate ----------------------------------------------------------------------------------------------


def test_regenerate_replaces_the_stored_answer(
    session: ChatSession, store: Store, engines: EngineRegistry, engine: FakeEngine
) -> None:
    session.send("Pick a number", MODEL)
    engine.enqueue(["Four"])
    answer(session, engines)
    session.drop_last_answer()
    assert [turn.role for turn in session.turns] == ["user"]
    assert stored(store, session) == [("user", "Pick a number", "done")]
    engine.enqueue(["Seven"])
    answer(session, engines)

    assert stored(store, session) == [("user", "Pick a number", "done"), ("assistant", "Seven", "done")]
    assert [m.content for m in engine.requests[-1].messages] == ["Be terse.", "Pick a number"]
    session.drop_last_answer()
    session.drop_last_answer()
    assert [turn.role for turn in session.turns] == ["user"], "only answers are dropped"


def test_a_failed_regenerate_gives_nothing_to_resend(
    session: ChatSession, engines: EngineRegistry, engine: FakeEngine
) -> None:
    session.send("Pick a number", MODEL)
    engine.enqueue_error(EngineCrashedError("The model process ended."))
    answer(session, engines)
    session.drop_last_answer()
    engine.enqueue_error(EngineCrashedError("The model process ended."))
    answer(session, engines)
    assert session.take_unanswered() == "", "the question is still in the conversation, not lost"


# -- reopening -----------------------------------------------------------------------------------------------


def test_a_reopened_conversation_goes_on_with_its_turns_prompt_model_and_settings(
    session: ChatSession, store: Store, engines: EngineRegistry, engine: FakeEngine, store_errors: list
) -> None:
    session.send("Greet me", MODEL)
    engine.enqueue(["Arr, hello."])
    answer(session, engines)
    session.send("Fail", MODEL)
    engine.enqueue_error(EngineCrashedError("The model process ended."), after=["Half"])
    answer(session, engines)

    reopened = ChatSession.open(store, session.conversation_id or 0, ChatParams(temperature=0.9, top_p=0.5))
    assert reopened.conversation_id == session.conversation_id
    assert (reopened.system_prompt, reopened.model_id) == ("Be terse.", MODEL)
    assert reopened.params == ChatParams(temperature=0.25, max_tokens=300, top_p=0.5)
    assert [(t.role, t.content, t.model_id, t.error) for t in reopened.turns] == [
        (t.role, t.content, t.model_id, t.error) for t in session.turns
    ]
    assert reopened.turns[1].stats is not None and reopened.turns[1].stats.tokens_out == 1
    assert [state for _turn, state in reopened.saved_turns()] == ["done", "done", "done", "failed"]

    reopened.send("Once more", MODEL)
    engine.enqueue(["Aye."])
    answer(reopened, engines)
    assert [m.content for m in engine.requests[-1].messages] == [
        "Be terse.", "Greet me", "Arr, hello.", "Fail", "Half", "Once more",
    ]  # fmt: skip
    assert len(store.list_conversations()) == 1
    assert store_errors == []


def test_saved_settings_replace_only_those_given_and_valid(store: Store) -> None:
    cid = store.create_conversation(title="Old", model_id=MODEL, settings={"temperature": "hot", "seed": 3})
    reopened = ChatSession.open(store, cid, ChatParams(temperature=0.4, max_tokens=64))
    assert reopened.params == ChatParams(temperature=0.4, max_tokens=64)
    assert reopened.turns == [] and reopened.model_id == MODEL


def test_an_answer_interrupted_by_a_crash_reopens_as_interrupted(data_dir: Path) -> None:
    before_crash = Store.open(data_dir)
    session = ChatSession(before_crash)
    session.send("Write an essay", MODEL)
    engine = FakeEngine(model_id=MODEL)
    session.start_answer(registry_with(engine, "local"), MODEL)
    session.add_text("The essay began well")
    session.flush()
    before_crash.close()  # the app died here: nothing finished the answer

    reopened_store = Store.open(data_dir)
    try:
        reopened = ChatSession.open(reopened_store, session.conversation_id or 0)
        assert [(t.content, state) for t, state in reopened.saved_turns()] == [
            ("Write an essay", "done"), ("The essay began well", "interrupted"),
        ]  # fmt: skip
    finally:
        reopened_store.close()


def test_a_missing_conversation_cannot_be_opened(store: Store) -> None:
    with pytest.raises(ConversationNotFoundError):
        ChatSession.open(store, 424242)


# -- without a store, or with one that fails ---------------------------------------------------------------


def test_without_a_store_the_conversation_lives_in_memory(engines: EngineRegistry, engine: FakeEngine) -> None:
    session = ChatSession(system_prompt="Be terse.")
    session.send("Hi", MODEL)
    engine.enqueue(["Hello"])
    answer(session, engines)
    assert session.conversation_id is None
    assert [(t.content, state) for t, state in session.saved_turns()] == [("Hi", "done"), ("Hello", "done")]
    session.drop_last_answer()
    assert [t.content for t in session.turns] == ["Hi"]


def test_a_store_failure_is_reported_and_the_chat_goes_on(
    session: ChatSession, store: Store, engines: EngineRegistry, engine: FakeEngine, store_errors: list
) -> None:
    session.send("First", MODEL)
    store.delete_conversation(session.conversation_id or 0)  # e.g. by another window
    session.send("Second", MODEL)
    engine.enqueue(["Still here"])
    answer(session, engines)

    assert store_errors and all(isinstance(exc, ConversationNotFoundError) for exc in store_errors)
    assert [t.content for t in session.turns] == ["First", "Second", "Still here"]
    assert session.turns[-1].stats is not None
