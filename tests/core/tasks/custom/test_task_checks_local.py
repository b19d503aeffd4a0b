"""Checks with real llama.cpp on the starter model (SmolLM2-135M): a judge asked through the engine registry, and
semantic similarity from the model's own embeddings. The model is tiny, so only what is robust is asserted: a
verdict or the off-format failure, never which one."""

from __future__ import annotations

import functools
import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from numpy.typing import NDArray

from app.core.engines.local.engine import LocalEngine
from app.core.engines.registry import EngineRegistry
from app.core.tasks.custom.checks import CheckTools, run_checks
from app.core.tasks.custom.judge import engine_judge
from app.core.tasks.custom.outputs import parse_output
from app.core.tasks.custom.spec import CheckSpec, TaskSpec

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def registry(starter_path: Path) -> Iterator[EngineRegistry]:
    engines = EngineRegistry()
    engines.register("starter", lambda model_id: LocalEngine(starter_path, model_id, context_cap=2048, n_threads=1))
    yield engines
    engines.close_all()


def test_a_judge_on_the_starter_model_gives_a_verdict_or_says_it_was_off_format(registry: EngineRegistry) -> None:
    rubric = CheckSpec("formal", "judge", value="The reply is formal and polite.", model="starter")
    task = TaskSpec("tone", "Rewrite formally: {{text}}", checks=(rubric,))
    answer = "Dear Sir or Madam, I would be grateful for a refund of my order."
    outcome = run_checks(task, answer, parse_output(task, answer), {"text": "gimme a refund"},
                         CheckTools(judge=engine_judge(registry.get)), prompt="Rewrite formally: gimme a refund")  # fmt: skip
    (result,) = outcome.results
    assert result.name == "formal"
    verdicts = ("judge: PASS", "judge: FAIL", "judge answered off-format: ")
    assert result.reason.startswith(verdicts), result.reason
    assert result.passed == result.reason.startswith("judge: PASS")
    assert outcome.judge_cost_usd is None, "a local judge has no price"


@functools.cache
def _embedding_model(path: str) -> Any:
    """The starter model loaded for embeddings (mean-pooled), once per child process."""
    import llama_cpp

    return llama_cpp.Llama(model_path=path, embedding=True, pooling_type=llama_cpp.LLAMA_POOLING_TYPE_MEAN,
                           n_ctx=512, n_threads=1, verbose=False)  # fmt: skip


def _starter_embeddings(path: str, texts: list[str]) -> list[list[float]]:
    """In a child process: llama-cpp-python's own embedding of ``texts`` by the starter model.

    A child, as in the app: the library leaves a file open at exit, which the test process would report.
    """
    return [list(map(float, row)) for row in _embedding_model(path).embed(texts, normalize=True)]


def test_similarity_from_the_starter_models_embeddings(starter_path: Path) -> None:
    calls: list[str] = []
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as child:

        def embed(model: str, texts: Sequence[str]) -> NDArray[np.float32]:
            calls.append(model)
            return np.asarray(child.submit(_starter_embeddings, str(starter_path), list(texts)).result(60),
                              dtype=np.float32)  # fmt: skip

        same = CheckSpec("same", "similar", value="{{expected}}", model="starter", threshold=0.99)
        close = CheckSpec("close", "similar", value="{{expected}}", model="starter", threshold=0.5)
        strict = CheckSpec("strict", "similar", value="{{expected}}", model="starter", threshold=0.999)
        task = TaskSpec("t", "x", checks=(same, close, strict))
        row = {"expected": "The invoice total is 100 euros."}
        exact = run_checks(task, row["expected"], parse_output(task, ""), row, CheckTools(embed=embed)).results
        other = "Quarterly revenue grew by four percent in Asia."
        differs = run_checks(task, other, parse_output(task, other), row, CheckTools(embed=embed)).results

    assert calls == ["starter"] * 6
    # The same text embeds to the same vector; another text to another one.
    assert [r.passed for r in exact] == [True, True, True]
    assert exact[0].reason == "similarity 1.00 ≥ 0.99"
    assert not differs[0].passed and not differs[2].passed
    assert differs[2].reason.startswith("similarity ") and differs[2].reason.endswith(" < 1.00")
