"""Label scoring in the llama.cpp child: one prompt evaluation, each label's tokens after it."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.cancel import Cancelled, CancelToken
from app.core.engines.base import ChatRequest, LabelScorer, Message, ScoreBranch, ScoreRequest, complete
from app.core.engines.local.engine import LocalEngine
from app.core.errors import ContextTooLongError

pytestmark = pytest.mark.slow

SYSTEM = Message(
    "system", "You are a text classifier. Classify the text as positive or negative. Answer with the label only."
)


def request(text: str, *targets: str, stem: str = "") -> ScoreRequest:
    branch = ScoreBranch(tuple(targets) or (" positive", " negative"), stem=stem)
    return ScoreRequest(
        (SYSTEM, Message("user", f"Text: {text}")), (branch,), answer_prefix="Answer:", shared_messages=1
    )


@pytest.fixture(scope="module")
def engine(starter_path: Path) -> Iterator[LocalEngine]:
    engine = LocalEngine(starter_path, "starter", context_cap=1024, n_threads=1)
    yield engine
    engine.close()


def test_scores_are_log_probabilities_of_each_target(engine: LocalEngine) -> None:
    assert isinstance(engine, LabelScorer) and engine.capabilities.label_scoring
    scores = engine.score(request("I loved it", " positive", " very positive", " negative"))
    (lps,) = scores.logprobs
    assert all(lp < 0 and math.isfinite(lp) for lp in lps)
    assert scores.n_tokens == ((1, 2, 1),)  # " very positive" is two tokens
    # Probabilities of different answers: together at most 1.
    assert sum(math.exp(lp) for lp in lps) <= 1.0
    assert scores.stats.tokens_out == 0 and scores.stats.tokens_in > 0
    assert scores.stats.stop_reason == "stop"


def test_same_numbers_whatever_the_cache_held(engine: LocalEngine, starter_path: Path) -> None:
    """A resumed batch must reproduce an uninterrupted one bit for bit."""
    warm_up = engine.score(request("The plot was dull"))
    after_other = engine.score(request("I loved it"))
    again = engine.score(request("I loved it"))
    assert again.stats.cached_tokens > 0  # the instructions were not evaluated again
    complete(engine, ChatRequest((Message("user", "Say hi"),), max_tokens=4, temperature=0.0))
    after_chat = engine.score(request("I loved it"))
    cold_engine = LocalEngine(starter_path, "starter", context_cap=1024, n_threads=1)
    try:
        cold = cold_engine.score(request("I loved it"))
    finally:
        cold_engine.close()
    assert after_other.logprobs == again.logprobs == after_chat.logprobs == cold.logprobs
    assert warm_up.logprobs != after_other.logprobs


def test_a_label_that_starts_another_gets_its_end_scored(engine: LocalEngine) -> None:
    scores = engine.score(request("It was okay", " good", " good enough"))
    # Without the end of the answer, " good" would always be at least as likely.
    assert scores.n_tokens == ((2, 3),)


def test_yes_no_branches_after_stems(engine: LocalEngine) -> None:
    req = ScoreRequest(
        (SYSTEM, Message("user", "Text: I loved it")),
        (ScoreBranch((" yes", " no"), stem="\npositive:"), ScoreBranch((" yes", " no"), stem="\nnegative:")),
        answer_prefix="Answer:",
        shared_messages=1,
    )
    scores = engine.score(req)
    assert len(scores.logprobs) == 2 and all(len(b) == 2 for b in scores.logprobs)
    assert engine.score(req).logprobs == scores.logprobs


def test_generation_after_scoring_is_unaffected(engine: LocalEngine) -> None:
    ask = ChatRequest((Message("user", "Name a colour."),), max_tokens=8, temperature=0.0, seed=1)
    before = complete(engine, ask).text
    engine.score(request("I loved it", " positive", " very positive"))
    assert complete(engine, ask).text == before


def test_cancel_and_context_limit(engine: LocalEngine, starter_path: Path) -> None:
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        engine.score(request("I loved it"), cancel)
    small = LocalEngine(starter_path, "starter", context_cap=128, n_threads=1)
    try:
        with pytest.raises(ContextTooLongError, match="context holds 128"):
            small.score(request("word " * 200))
    finally:
        small.close()
