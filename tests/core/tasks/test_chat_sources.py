"""A chat session answering from documents: a real collection indexed from text files, a real history store, and
a scripted engine that records what it was sent."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from fakes import FakeEngine, registry_with
from helpers.doc_collections import HANDBOOK, indexed_handbook, keyword_retrieval

from app.core.documents.chat_retrieval import ChatRetrieval
from app.core.documents.grounding import CITE_INSTRUCTION
from app.core.documents.records import Hit
from app.core.documents.store import DocumentStore
from app.core.engines.base import Capabilities
from app.core.engines.registry import EngineRegistry
from app.core.errors import UserFacingError
from app.core.history.store import Store
from app.core.paths import Paths
from app.core.tasks.chat import ChatParams, ChatSession
from app.core.tasks.chat_sources import AnswerSources, question_budget

MODEL = "local:fake"


@pytest.fixture
def history(paths: Paths) -> Iterator[Store]:
    with Store.open(paths.data_dir) as opened:
        yield opened


@pytest.fixture
def documents(paths: Paths, tmp_path: Path) -> Iterator[DocumentStore]:
    with indexed_handbook(paths, tmp_path / "handbook") as opened:
        yield opened


@pytest.fixture
def retrieval(documents: DocumentStore) -> Iterator[ChatRetrieval]:
    with keyword_retrieval(documents) as found:
        yield found


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine(model_id=MODEL, capabilities=Capabilities(max_context=2048))


@pytest.fixture
def engines(engine: FakeEngine) -> EngineRegistry:
    return registry_with(engine, "local")


def ask(session: ChatSession, engines: EngineRegistry, question: str, answer: str, engine: FakeEngine) -> None:
    """Send ``question`` and stream ``answer`` into the session, as the panel does."""
    session.send(question, MODEL)
    started = session.start_answer(engines, MODEL)
    assert started is not None
    stream_engine, request = started
    engine.enqueue([answer])
    for chunk in stream_engine.stream(request):
        if chunk.text:
            session.add_text(chunk.text)
        if chunk.stats is not None:
            session.finish(chunk.stats)


def test_the_question_goes_with_its_sources_and_earlier_ones_as_asked(
    history: Store, retrieval: ChatRetrieval, engine: FakeEngine, engines: EngineRegistry
) -> None:
    session = ChatSession(history, retrieve=retrieval)
    session.attach(["Handbook"])
    ask(session, engines, "How many days of annual leave?", "27 days [1].", engine)
    ask(session, engines, "Who issues parking permits?", "The facilities desk [1].", engine)

    first, second = engine.requests
    grounded = first.messages[-1].content
    assert grounded.startswith(CITE_INSTRUCTION)
    assert "[1] leave.txt" in grounded and HANDBOOK["leave.txt"] in grounded
    assert grounded.endswith("Question: How many days of annual leave?")
    # The earlier question goes as it was asked; only the new one carries sources.
    assert [m.content for m in second.messages[:2]] == ["How many days of annual leave?", "27 days [1]."]
    assert "parking.txt" in second.messages[-1].content and "leave.txt" not in second.messages[-1].content

    answer = session.turns[-1]
    assert answer.sources is not None and answer.sources.collections == ("Handbook",)
    assert [Path(s.file).name for s in answer.sources.sources][0] == "parking.txt"
    assert answer.sources.source_tokens > 0


def test_nothing_found_asks_no_engine_and_says_so(
    history: Store, retrieval: ChatRetrieval, engine: FakeEngine, engines: EngineRegistry
) -> None:
    session = ChatSession(history, retrieve=retrieval)
    session.attach(["Handbook"])
    session.send("Quantum chromodynamics lattice?", MODEL)

    assert session.start_answer(engines, MODEL) is None
    assert engine.requests == []
    reply = session.turns[-1]
    assert reply.by_plinth and reply.model_id is None
    assert "no model was asked" in reply.content and "“Handbook”" in reply.content
    stored = history.get_conversation(session.conversation_id or 0).messages[-1]
    assert stored.content == reply.content and stored.model_id is None and stored.state == "done"
    assert stored.sources == {"collections": ["Handbook"], "sources": [], "trimmed": 0, "source_tokens": 0}

    # Plinth's reply, and the question it answered, are not sent to a model later.
    ask(session, engines, "How many days of annual leave?", "27 [1]", engine)
    assert [m.role for m in engine.requests[0].messages] == ["user"]


def test_sources_reopen_with_the_conversation_and_survive_an_archive(
    history: Store, retrieval: ChatRetrieval, engine: FakeEngine, engines: EngineRegistry, tmp_path: Path
) -> None:
    session = ChatSession(history, retrieve=retrieval)
    session.attach(["Handbook"])
    ask(session, engines, "Travel expenses approval?", "The finance director [1].", engine)
    sent = session.turns[-1].sources
    assert sent is not None and sent.found

    reopened = ChatSession.open(history, session.conversation_id or 0, retrieve=retrieval)
    assert reopened.collections == ["Handbook"]
    assert reopened.turns[-1].sources == sent

    archive = json.loads(json.dumps(history.export_archive()))
    with Store.open(tmp_path / "other") as other:
        assert other.import_archive(archive).imported == 1
        (summary,) = other.list_conversations()
        imported = ChatSession.open(other, summary.id)
        assert imported.turns[-1].sources == sent
        assert imported.collections == ["Handbook"]


def test_sources_are_trimmed_to_the_context_the_conversation_leaves(
    history: Store, retrieval: ChatRetrieval, engine: FakeEngine, engines: EngineRegistry
) -> None:
    roomy = ChatSession(history, params=ChatParams(max_tokens=64), retrieve=retrieval)
    roomy.attach(["Handbook"])
    ask(roomy, engines, "leave parking travel", "ok", engine)
    roomy_sources = roomy.turns[-1].sources
    assert roomy_sources is not None and len(roomy_sources.sources) == 3 and roomy_sources.trimmed == 0

    # An answer that wants nearly all the context leaves room for no source: said, not sent half-empty.
    tight = ChatSession(history, params=ChatParams(max_tokens=2048 - 40), retrieve=retrieval)
    tight.attach(["Handbook"])
    tight.send("leave parking travel", MODEL)
    with pytest.raises(UserFacingError, match="do not fit"):
        tight.start_answer(engines, MODEL)
    assert len(engine.requests) == 1


def test_without_collections_the_question_goes_alone(
    history: Store, retrieval: ChatRetrieval, engine: FakeEngine, engines: EngineRegistry
) -> None:
    session = ChatSession(history, retrieve=retrieval)
    ask(session, engines, "How many days of annual leave?", "Ask HR.", engine)
    assert engine.requests[0].messages[-1].content == "How many days of annual leave?"
    assert session.turns[-1].sources is None
    assert history.get_conversation(session.conversation_id or 0).messages[-1].sources is None


def test_budget_and_summary() -> None:
    assert question_budget(None, 1000, ()) == 4096 - 1000 - 8
    sources = AnswerSources(("A",), (), trimmed=2, source_tokens=1234)
    assert sources.summary() == "0 passages · ~1,234 tokens · 2 trimmed to fit"
    assert AnswerSources.from_record({"sources": [{"n": "x"}]}) is None
    assert AnswerSources.from_record(sources.to_record()) == sources


def test_a_search_run_on_another_thread_is_taken_by_the_session(
    history: Store, retrieval: ChatRetrieval, engine: FakeEngine, engines: EngineRegistry
) -> None:
    calls: list[tuple[tuple[str, ...], str, str]] = []

    def counted(collections: Sequence[str], question: str) -> list[tuple[str, Hit]]:
        calls.append((tuple(collections), question, threading.current_thread().name))
        return retrieval(collections, question)

    session = ChatSession(history, retrieve=counted)
    assert session.search() is None  # nothing attached: nothing to search
    session.attach(["Handbook"])
    session.send("How many days of annual leave?", MODEL)
    search = session.search()
    assert search is not None and (search.collections, search.question) == (
        ("Handbook",),
        "How many days of annual leave?",
    )
    # What the session hands out is its own copy: attaching another collection now does not change it.
    session.collections.append("Other")
    found: list[list[tuple[str, Hit]]] = []
    worker = threading.Thread(target=lambda: found.append(search.run()), name="search")
    worker.start()
    worker.join()
    session.collections.remove("Other")

    started = session.start_answer(engines, MODEL, found[0])
    assert started is not None
    assert calls == [(("Handbook",), "How many days of annual leave?", "search")]  # not searched again
    assert "leave.txt" in started[1].messages[-1].content
    assert session.turns[-1].sources is not None and session.turns[-1].sources.found


def test_a_failed_search_keeps_the_question_and_a_stopped_one_ends_the_answer(
    history: Store, engine: FakeEngine, engines: EngineRegistry
) -> None:
    session = ChatSession(history, retrieve=lambda _c, _q: [])
    session.attach(["Handbook"])
    session.send("How many days of annual leave?", MODEL)
    failed = session.start_failed(MODEL, "No such collection", "There is no collection named “Handbook”.")
    assert failed.error == "No such collection\nThere is no collection named “Handbook”." and failed.content == ""
    assert session.take_unanswered() == "How many days of annual leave?"

    session.send("How many days of annual leave?", MODEL)
    stopped = session.search_stopped(MODEL)
    assert stopped.error is None and stopped.content == "" and session.take_unanswered() == ""
    stored = history.get_conversation(session.conversation_id or 0).messages
    assert [(m.role, m.state) for m in stored] == [("user", "done"), ("assistant", "failed"), ("user", "done"),
                                                  ("assistant", "cancelled")]  # fmt: skip
    assert stored[1].error == failed.error

    # Neither unanswered question reaches the model next to the new one.
    session.attach([])
    ask(session, engines, "Who issues parking permits?", "The facilities desk.", engine)
    assert [m.content for m in engine.requests[0].messages] == ["Who issues parking permits?"]
