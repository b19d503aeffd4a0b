"""Saved KV states: panels with different instructions on one model keep their prefixes evaluated."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.engines.base import ChatRequest, Message, ScoreBranch, ScoreRequest, Stats, complete
from app.core.engines.local.engine import LocalEngine
from app.core.engines.local.slots import KVSlots

TUTOR = Message(
    "system",
    "You are a patient geography tutor. Answer in one or two short sentences and always name the capital "
    "city when a country is mentioned. Never make things up.",
)
TRANSLATOR = Message(
    "system",
    "You are a professional translator. Translate the user's text from English into French. Keep numbers "
    "and names exactly as they are. Reply with the translation only.",
)
CLASSIFIER = Message(
    "system",
    "You are a text classifier. Classify the customer's message as billing, shipping or product. "
    "Answer with the label only, exactly as written.",
)
QUESTION = Message("user", "What is the capital of Italy?")


def ask(*messages: Message) -> ChatRequest:
    return ChatRequest(messages, max_tokens=24, temperature=0.0, seed=3)


def classify(text: str) -> ScoreRequest:
    return ScoreRequest(
        (CLASSIFIER, Message("user", f"Text: {text}")),
        (ScoreBranch((" billing", " shipping", " product")),),
        answer_prefix="Answer:",
        shared_messages=1,
        shared_text="Text: ",
    )


def evaluated(stats: Stats) -> int:
    return stats.tokens_in - stats.cached_tokens


@pytest.fixture
def make_engine(starter_path: Path) -> Iterator:
    engines: list[LocalEngine] = []

    def make(**kwargs: object) -> LocalEngine:
        engine = LocalEngine(starter_path, "starter", context_cap=1024, n_threads=1, **kwargs)  # type: ignore[arg-type]
        engines.append(engine)
        return engine

    yield make
    for engine in engines:
        engine.close()


# -- the list itself ------------------------------------------------------------------------


def test_best_is_the_longest_shared_prefix_and_take_removes_it() -> None:
    slots = KVSlots(3, 100)
    slots.put([1, 2, 3, 4], "a")
    slots.put([1, 2, 9, 9, 9], "b")
    assert slots.best([1, 2, 3, 4, 5]) == (0, 4)
    assert slots.best([1, 2, 9]) == (1, 3)
    assert slots.best([7]) == (-1, 0)
    assert slots.take(0).data == "a"
    assert len(slots) == 1 and slots.best([1, 2, 3]) == (0, 2)


def test_a_state_replaces_the_ones_it_extends() -> None:
    slots = KVSlots(3, 100)
    slots.put([1, 2], "short")
    slots.put([1, 3], "other")
    slots.put([1, 2, 3], "long")
    assert [s.data for s in slots._states] == ["other", "long"]


def test_least_recently_saved_goes_first_by_count_and_by_tokens() -> None:
    slots = KVSlots(2, 10)
    slots.put([1] * 4, "a")
    slots.put([2] * 4, "b")
    slots.put([3] * 4, "c")
    assert [s.data for s in slots._states] == ["b", "c"]
    slots.put([4] * 7, "d")  # 4 + 7 tokens > 10: only d fits with nothing else
    assert [s.data for s in slots._states] == ["d"]
    slots.put([5] * 11, "too big")
    assert [s.data for s in slots._states] == ["d"]
    assert slots.n_tokens == 7


def test_no_slots_keep_nothing() -> None:
    slots = KVSlots(0, 100)
    slots.put([1, 2, 3], "a")
    assert len(slots) == 0 and slots.best([1, 2, 3]) == (-1, 0)


# -- in the child, on the real model ---------------------------------------------------------


@pytest.mark.slow
def test_a_chat_returned_to_after_other_panels_is_restored_and_answers_the_same(make_engine) -> None:
    first = ask(TUTOR, QUESTION)
    straight = make_engine()
    turn1 = complete(straight, first)
    follow_up = ask(TUTOR, QUESTION, Message("assistant", turn1.text), Message("user", "And of Spain?"))
    expected = complete(straight, follow_up)

    switching = make_engine()
    assert complete(switching, first).text == turn1.text
    translated = complete(switching, ask(TRANSLATOR, Message("user", "The train leaves at 9:40.")))
    assert translated.stats.cached_tokens < 8  # nothing of the tutor's prompt is shared
    switching.score(classify("My parcel never arrived."))
    back = complete(switching, follow_up)
    # The tutor's conversation comes back from its saved state: only the new turn is evaluated ...
    assert back.stats.cached_tokens == expected.stats.cached_tokens
    assert evaluated(back.stats) == evaluated(expected.stats) < 30
    # ... and the state is exactly the one the first turn left: the same answer, token for token.
    assert back.text == expected.text

    single = make_engine(kv_slots=0)
    complete(single, first)
    complete(single, ask(TRANSLATOR, Message("user", "The train leaves at 9:40.")))
    assert complete(single, follow_up).stats.cached_tokens < 8, "one cache: the translation evicted the chat"


@pytest.mark.slow
def test_scores_after_other_panels_are_bit_identical_and_reuse_the_instructions(make_engine) -> None:
    engine = make_engine()
    warm = engine.score(classify("I was charged twice."))
    again = engine.score(classify("The tent pole snapped."))
    complete(engine, ask(TUTOR, QUESTION))
    complete(engine, ask(TRANSLATOR, Message("user", "Thank you for your order.")))
    back = engine.score(classify("The tent pole snapped."))
    assert back.logprobs == again.logprobs
    assert back.stats.cached_tokens == again.stats.cached_tokens > 30
    assert evaluated(back.stats) == evaluated(again.stats) < evaluated(warm.stats)


@pytest.mark.slow
def test_only_kv_slots_states_are_kept(make_engine) -> None:
    prompts = [ask(TUTOR, QUESTION), ask(TRANSLATOR, Message("user", "Good morning.")),
               ask(CLASSIFIER, Message("user", "Text: Where is my parcel?"))]  # fmt: skip
    cached = {}
    for slots in (1, 2):
        engine = make_engine(kv_slots=slots)
        n_tutor = complete(engine, prompts[0]).stats.tokens_in
        for request in prompts[1:]:
            complete(engine, request)
        # The tutor's state was saved first: with room for one, the translator's pushed it out.
        cached[slots] = complete(engine, prompts[0]).stats.cached_tokens
    assert cached[1] < 8
    assert cached[2] == n_tutor - 1  # all but the last token, which is always evaluated again


@pytest.mark.slow
def test_reuse_off_evaluates_every_prompt_in_full(make_engine) -> None:
    engine = make_engine(reuse_prefix=False)
    first = complete(engine, ask(TUTOR, QUESTION))
    again = complete(engine, ask(TUTOR, QUESTION))
    assert first.stats.cached_tokens == again.stats.cached_tokens == 0
    assert again.text == first.text
