"""A task run on the real starter model: a JSON task with a schema row by row in order (the system prompt
and the template's fixed start reused from the KV cache), a label task through label scoring, and a 1 MB
row that is that row's error."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.task_runs import INVOICE_TASK, RecordingChecker, RecordingEngine, invoice_rows

from app.core.engines.local.engine import LocalEngine
from app.core.tasks.custom.run import PARSE_CHECK, run_matrix
from app.core.tasks.custom.spec import Cell, Column, TaskSpec

pytestmark = pytest.mark.slow

STARTER = Column("starter", "default")


@pytest.fixture(scope="module")
def starter(starter_path: Path) -> Iterator[LocalEngine]:
    engine = LocalEngine(starter_path, "starter", context_cap=1024, n_threads=1)
    yield engine
    engine.close()


def test_a_json_task_runs_row_by_row_reusing_the_shared_prefix(starter: LocalEngine) -> None:
    rows = invoice_rows(5)
    checker = RecordingChecker()
    order: list[int] = []
    engine = RecordingEngine(starter)

    def on_cell(index: int, column: Column, cell: Cell) -> None:
        order.append(index)

    result = run_matrix(INVOICE_TASK, rows, [STARTER], lambda _m: engine, checker=checker, on_cell=on_cell)

    assert order == [0, 1, 2, 3, 4]  # one at a time, in row order
    cells = [row.cells[STARTER] for row in result.rows]
    assert all(not c.error and c.text and c.tokens_out > 0 and c.ttft_s is not None for c in cells)
    assert all(c.checks[0].name == PARSE_CHECK for c in cells)
    assert [values for _, values in checker.calls] == rows  # the checks saw each row's values
    assert [text for text, _ in checker.calls] == [c.text for c in cells]
    assert all(c.prompt.endswith(str(r["invoice"])) for c, r in zip(cells, rows))
    # Every row after the first found the system prompt (with the schema) and the template's start evaluated.
    shared = [s.cached_tokens for s in engine.stats[1:]]
    assert min(shared) >= 60, shared
    assert result.summary(STARTER).tokens_per_s is not None


def test_a_label_task_is_scored_on_a_local_model(starter: LocalEngine) -> None:
    task = TaskSpec(
        name="sentiment", template="Review: {{text}}", output="label", labels=("positive", "negative"),
        system_prompt="Decide whether the review is positive or negative.",
    )  # fmt: skip
    rows = [{"text": "I loved every minute, wonderful."}, {"text": "Awful. It broke at once and I want my money back."}]

    result = run_matrix(task, rows, [STARTER], lambda _m: starter, checker=RecordingChecker())

    cells = [row.cells[STARTER] for row in result.rows]
    assert all(c.label in task.labels and c.text == c.label and c.passed for c in cells)
    assert result.summary(STARTER).check_rates == {PARSE_CHECK: 1.0}
    assert all(c.tokens_out == 0 for c in cells)  # scored, not generated


def test_a_row_too_long_for_the_model_is_that_rows_error(starter: LocalEngine) -> None:
    task = TaskSpec(name="echo", template="Say one word about: {{text}}", max_tokens=4)
    rows = [{"text": "cats"}, {"text": "word " * 200_000}, {"text": "dogs"}]

    result = run_matrix(task, rows, [STARTER], lambda _m: starter, checker=RecordingChecker())

    errors = [row.cells[STARTER].error for row in result.rows]
    assert errors[0] == errors[2] == ""
    assert "tokens" in errors[1] and "context" in errors[1]
    assert not result.failed


def test_with_the_real_checks_every_local_json_answer_parses_and_matches_the_schema(starter: LocalEngine) -> None:
    """The issue's first "done when": the grammar makes every answer of a local model parse against the schema,
    and the task's own checks run on the parsed JSON with each row's values."""
    from app.core.tasks.custom.checking import engine_tools, task_checker

    rows = invoice_rows(4)
    checker = task_checker(engine_tools(lambda _m: starter))

    result = run_matrix(INVOICE_TASK, rows, [STARTER], lambda _m: starter, checker=checker)

    cells = [row.cells[STARTER] for row in result.rows]
    assert [c.checks[0].name for c in cells] == [PARSE_CHECK] * 4
    assert all(c.checks[0].passed for c in cells), [c.checks[0].reason for c in cells]
    assert all(isinstance(c.json, dict) and {"vendor", "total"} <= c.json.keys() for c in cells)
    # The total check ran on the parsed JSON against the row's own {{total}}: passed or failed with its reason.
    totals = [c.checks[1] for c in cells]
    assert all(t.name == "total" and (t.passed or "total" in t.reason) for t in totals)
    assert result.summary(STARTER).check_rates[PARSE_CHECK] == 1.0
