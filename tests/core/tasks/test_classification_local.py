"""Classification with real llama.cpp on the starter model (SmolLM2-135M)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.engines.local.engine import LocalEngine
from app.core.tasks.classification import Example, classify

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def engine(starter_path: Path) -> Iterator[LocalEngine]:
    engine = LocalEngine(starter_path, "starter", context_cap=1024, n_threads=1)
    yield engine
    engine.close()


def test_label_from_the_set_with_probabilities_summing_to_one(engine: LocalEngine) -> None:
    for text in ("I loved it", "Terrible. I want my money back.", "ok"):
        result = classify(engine, text, ["positive", "negative"])
        assert result.label in ("positive", "negative")
        assert result.method == "scores"
        assert set(result.probabilities) == {"positive", "negative"}
        assert math.isclose(sum(result.probabilities.values()), 1.0, rel_tol=1e-9)
        assert result.probabilities[result.label] == max(result.probabilities.values())


def test_deterministic(engine: LocalEngine) -> None:
    first = classify(engine, "The service was slow but the food was great.", ["positive", "negative", "mixed"])
    classify(engine, "Something in between", ["positive", "negative", "mixed"])
    second = classify(engine, "The service was slow but the food was great.", ["positive", "negative", "mixed"])
    assert first.probabilities == second.probabilities
    assert first.label == second.label


def test_multi_token_labels(engine: LocalEngine) -> None:
    result = classify(engine, "Best day of my life!", ["very positive", "negative", "somewhat neutral"])
    assert result.label in ("very positive", "negative", "somewhat neutral")
    assert math.isclose(sum(result.probabilities.values()), 1.0, rel_tol=1e-9)
    assert all(0.0 < p < 1.0 for p in result.probabilities.values())


def test_few_shot_examples_share_the_cached_prefix(engine: LocalEngine) -> None:
    examples = [Example("What a great film!", ("positive",)), Example("A waste of time.", ("negative",))]
    first = classify(engine, "I adored it", ["positive", "negative"], examples=examples)
    second = classify(engine, "I hated it", ["positive", "negative"], examples=examples)
    for result in (first, second):
        assert result.label in ("positive", "negative")
        assert math.isclose(sum(result.probabilities.values()), 1.0, rel_tol=1e-9)
    assert second.stats.cached_tokens > 30  # instructions and examples evaluated once


def test_multi_label_probabilities_are_independent(engine: LocalEngine) -> None:
    result = classify(engine, "The app crashes when I pay.", ["bug", "billing", "praise"], multi=True)
    assert set(result.labels) <= {"bug", "billing", "praise"} and result.labels
    assert all(0.0 < p < 1.0 for p in result.probabilities.values())
