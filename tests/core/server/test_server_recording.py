"""The local API's requests in the history (tokens that ask for it) and on the console, on a real SQLite store."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.core.engines.base import Message
from app.core.history.store import Store
from app.core.server.app import RequestRecord
from app.core.server.recording import history_recorder, request_line


@pytest.fixture
def store(tmp_path: Path):
    opened = Store.open(tmp_path / "data")
    yield opened
    opened.close()


def chat(**changes) -> RequestRecord:
    fields = dict(
        token="editor", model="starter", endpoint="/v1/chat/completions", status=200, tokens_in=21, tokens_out=5,
        cost_usd=None, wall_s=0.5, save_history=True, answer="Paris.",
        messages=(Message("system", "Be brief."), Message("user", "Capital of Italy?"), Message("assistant", "Rome."),
                  Message("user", "And of France?")),
    )  # fmt: skip
    fields.update(changes)
    return RequestRecord(**fields)


def test_a_chat_request_is_one_conversation_with_its_answer_stats(store: Store) -> None:
    history_recorder(lambda: store)(chat())
    [summary] = store.list_conversations()
    assert summary.title == "API · editor · And of France?" and summary.model_id == "starter"
    record = store.get_conversation(summary.id)
    assert record.system_prompt == "Be brief."
    assert [(m.role, m.content) for m in record.messages] == [
        ("user", "Capital of Italy?"), ("assistant", "Rome."), ("user", "And of France?"), ("assistant", "Paris.")]  # fmt: skip
    answer = record.messages[-1]
    assert answer.state == "done" and answer.model_id == "starter" and answer.stats is not None
    assert (answer.stats["tokens_in"], answer.stats["tokens_out"], answer.stats["wall_s"]) == (21, 5, 0.5)
    assert answer.stats["tokens_per_s"] == pytest.approx(10.0) and answer.stats["cost_usd"] is None


def test_only_the_chats_of_tokens_that_ask_are_kept_and_failures_say_so(store: Store) -> None:
    opened: list[int] = []

    def open_store() -> Store:
        opened.append(1)
        return store

    record = history_recorder(open_store)
    record(chat(save_history=False))
    record(chat(endpoint="/v1/embeddings", messages=(), answer=""))
    assert store.list_conversations() == [] and opened == []  # the history is not even opened for them
    record(chat(status=500, answer="Par", cost_usd=0.0012))
    [summary] = store.list_conversations()
    answer = store.get_conversation(summary.id).messages[-1]
    assert answer.state == "failed" and answer.content == "Par" and "HTTP 500" in (answer.error or "")
    assert answer.stats is not None and answer.stats["cost_usd"] == pytest.approx(0.0012)


def test_a_client_that_hung_up_leaves_a_cancelled_answer(store: Store) -> None:
    history_recorder(lambda: store)(chat(status=499, answer="Pa", tokens_out=1))
    [summary] = store.list_conversations()
    answer = store.get_conversation(summary.id).messages[-1]
    assert (answer.state, answer.content, answer.error) == ("cancelled", "Pa", None)
    assert answer.stats is not None and answer.stats["stop_reason"] == "cancelled"


def test_requests_finishing_together_are_all_saved(store: Store) -> None:
    record = history_recorder(lambda: store)
    threads = [threading.Thread(target=record, args=(chat(answer=f"answer {i}"),)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    answers = {store.get_conversation(c.id).messages[-1].content for c in store.list_conversations()}
    assert answers == {f"answer {i}" for i in range(8)}


def test_a_store_that_fails_does_not_fail_the_request(store: Store, caplog: pytest.LogCaptureFixture) -> None:
    from app.core.history.db import StoreError

    def broken() -> Store:
        raise StoreError("The history is locked.", "Close the other Plinth.")

    history_recorder(broken)(chat())
    assert "Could not save an API request" in caplog.text


def test_the_console_line_names_the_client_model_status_tokens_cost_and_time() -> None:
    line = request_line(chat(cost_usd=0.026, wall_s=1.234))
    assert line == "editor /v1/chat/completions starter 200 · 21 in / 5 out · $0.026000 · 1234 ms"
    assert "cost unknown" in request_line(chat())
    assert "· free ·" in request_line(chat(cost_usd=0.0))
