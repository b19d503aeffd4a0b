"""The checker a run uses: a row's answer parsed by the task's output kind, then the task's checks, with the models
the judge and similarity checks need taken from the engines."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from app.core.tasks.custom.checks import CheckTools, run_checks
from app.core.tasks.custom.judge import engine_judge
from app.core.tasks.custom.outputs import parse_output
from app.core.tasks.custom.run import Checker, Verdict
from app.core.tasks.custom.spec import TaskSpec

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from app.core.engines.base import Engine
    from app.core.engines.embedding import EmbeddingEngine


def engine_tools(
    get_engine: Callable[[str], Engine], open_embedding: Callable[[str], EmbeddingEngine] | None = None
) -> CheckTools:
    """Judges asked through ``get_engine`` (e.g. ``EngineRegistry.get``); similarity through
    ``open_embedding``, which keeps its engines (e.g. ``Services.shared_embedding``); None: no similarity checks."""

    def embed(model_id: str, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        assert open_embedding is not None
        return open_embedding(model_id).embed(texts)

    return CheckTools(judge=engine_judge(get_engine), embed=embed if open_embedding is not None else None)


def task_checker(tools: CheckTools) -> Checker:
    """Parses an answer (``parse_output``) and runs the task's checks (``run_checks``) with ``tools``."""

    def check(task: TaskSpec, text: str, values: Mapping[str, object]) -> Verdict:
        parsed = parse_output(task, text)
        outcome = run_checks(task, text, parsed, values, tools)
        return Verdict(parsed.json, parsed.label, parsed.error, outcome.results, outcome.judge_cost_usd)

    return check
