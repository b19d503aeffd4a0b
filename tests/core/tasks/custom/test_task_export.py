"""A task run exported (CSV, JSONL, a self-contained HTML report) and kept in the history to be reopened;
the matrix's filters and summaries on a run with failures, an error, a cached cell and a failed column."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from app.core.errors import UserFacingError
from app.core.history.store import Store
from app.core.tasks.custom.export import export_run, to_csv, to_jsonl
from app.core.tasks.custom.matrix import KEPT_CHARS, MatrixResult
from app.core.tasks.custom.saved import open_task_run, save_task_run, saved_task_runs, task_run_id
from app.core.tasks.custom.spec import Cell, CheckResult, CheckSpec, Column, MatrixRow, TaskSpec

TASK = TaskSpec(
    name="ticket <team>",
    template="Route: {{text}}",
    output="label",
    labels=("billing", "tech"),
    checks=(CheckSpec("gold", "equals", value="{{model}}"),),
)
A = Column("starter", "default")
B = Column("gpt-test", "default")
C = Column("nowhere", "default")
SCRIPT = '<script src="https://evil.example/x.js">alert(1)</script>'


def cell(column: Column, label: str, passed: bool = True, **extra: object) -> Cell:
    checks = (CheckResult("parses", True), CheckResult("gold", passed, "" if passed else "expected tech"))
    return Cell(column.model, column.variant, label, label=label, checks=checks, tokens_in=20, wall_s=0.5,
                prompt="Route: x", **extra)  # fmt: skip


def run_result() -> MatrixResult:
    rows = [MatrixRow(0, {"text": "<img src=x onerror=alert(1)>", "model": "gold-a"}),
            MatrixRow(1, {"text": "refund please", "model": "gold-b"})]  # fmt: skip
    rows[0].cells = {A: cell(A, "billing"), B: cell(B, SCRIPT, passed=False, cost_usd=0.002)}
    rows[1].cells = {A: cell(A, "billing", cached=True), B: Cell(B.model, B.variant, "", error="Too long <b>")}
    return MatrixResult(TASK, (A, B, C), rows, failed={C: "The key was rejected."}, timed={A: (2, 0.5)})


def test_summaries_filters_and_the_json_shape() -> None:
    result = run_result()
    a, b, c = result.summaries()
    assert (a.rows, a.passed, a.pass_rate, a.cached, a.rows_per_s) == (2, 2, 1.0, 1, 4.0)
    assert (b.rows, b.passed, b.errors, b.check_rates) == (2, 0, 1, {"parses": 1.0, "gold": 0.0})
    assert b.cost_usd == 0.002 and b.cost_per_1k_rows == pytest.approx(1.0) and a.cost_usd is None
    assert (c.rows, c.pass_rate, c.error) == (0, None, "The key was rejected.")
    assert [r.index for r in result.failures()] == [0, 1]
    assert [r.index for r in result.failures(A)] == []
    assert [r.index for r in result.disagreements()] == [0]  # row 1's second cell is an error, not an answer
    assert [m["model"] for m in result.to_dict()["models"]] == ["starter", "gpt-test", "nowhere"]


def test_csv_and_jsonl_have_a_line_per_row_and_column() -> None:
    result = run_result()
    lines = list(csv.DictReader(io.StringIO(to_csv(result))))
    assert len(lines) == 4
    # The file's own "model" column keeps its name; Plinth's column of that name is prefixed, as in batch output.
    assert [(line["row"], line["model"], line["plinth_model"]) for line in lines] == [
        ("1", "gold-a", "starter"), ("1", "gold-a", "gpt-test"), ("2", "gold-b", "starter"), ("2", "gold-b", "gpt-test"),
    ]  # fmt: skip
    assert lines[1]["passed"] == "no" and lines[1]["failed_checks"] == "gold: expected tech"
    assert lines[1]["output"] == SCRIPT and lines[3]["error"] == "Too long <b>" and lines[2]["cached"] == "yes"
    records = [json.loads(line) for line in to_jsonl(result).splitlines()]
    assert [(r["row"], r["model"], r["passed"]) for r in records] == [
        (1, "starter", True), (1, "gpt-test", False), (2, "starter", True), (2, "gpt-test", False),
    ]  # fmt: skip
    assert records[0]["vars"] == {"text": "<img src=x onerror=alert(1)>", "model": "gold-a"}


def test_the_html_report_is_self_contained_and_escapes_everything(tmp_path: Path) -> None:
    path = export_run(run_result(), tmp_path / "run.html")
    page = path.read_text(encoding="utf-8")

    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script src=&quot;https://evil.example/x.js&quot;&gt;alert(1)&lt;/script&gt;" in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|@import|url\(""", page)
    assert "<title>ticket &lt;team&gt; — Plinth task run</title>" in page
    assert "✗ fail" in page and "✓ pass" in page and "<li>gold: expected tech</li>" in page
    assert "Check: gold" in page and "nowhere (default): The key was rejected." in page
    with pytest.raises(UserFacingError, match=r"\.csv, \.jsonl or \.html"):
        export_run(run_result(), tmp_path / "run.pdf")


def test_a_run_is_saved_in_the_history_and_reopened(tmp_path: Path) -> None:
    result = run_result()
    result.rows[1].values = {"text": "y" * (KEPT_CHARS + 10), "model": "gold-b"}
    store = Store.open(tmp_path / "data")
    try:
        run_id = task_run_id(tmp_path / "run.journal.jsonl")
        save_task_run(store, result, run_id, input_path="tickets.csv")
        result.cancelled = True
        save_task_run(store, result, run_id)  # a resumed or stopped run updates its entry

        (listed,) = saved_task_runs(store)
        assert (listed.run_id, listed.task, listed.models) == (
            run_id,
            "ticket <team>",
            ("starter", "gpt-test", "nowhere"),
        )
        assert (listed.done, listed.total, listed.cancelled) == (4, 6, True)
        reopened = open_task_run(store, run_id)
        with pytest.raises(UserFacingError):
            open_task_run(store, "own-task:nothing")
    finally:
        store.close()
    assert reopened.task == TASK and reopened.columns == result.columns and reopened.cancelled
    assert reopened.failed == result.failed and reopened.timed == result.timed
    assert reopened.rows[0].cells == result.rows[0].cells
    assert str(reopened.rows[1].values["text"]).endswith("… (10 more characters)")
    assert reopened.summaries() == result.summaries()
