"""The matrix of a run: rows × (model, variant) cells, each column's summary, and the rows worth a look.

``MatrixResult.summaries()`` gives per column the pass rate, each check's
pass rate, errors, tokens, mean time to first token, rows/s, cost and cost
per 1,000 rows (judge checks' cost apart); ``failures()`` and
``disagreements()`` are the matrix's two filters. ``to_dict()`` is what
``plinth task run --json`` prints; ``to_saved()``/``from_saved()`` the whole
run as the history keeps it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from app.core.tasks.custom.spec import Cell, CheckResult, CheckSpec, Column, MatrixRow, TaskSpec, Variant
from app.core.ui_text import ui_text

SAVED_VERSION = 1
#: A value of a row, or a cell's prompt, is kept (in the journal, the history) up to this many characters.
KEPT_CHARS = 20_000


@dataclass(frozen=True)
class ColumnSummary:
    column: Column
    #: Cells done (errors included).
    rows: int
    passed: int
    errors: int
    cached: int
    #: Check name → share of the cells that ran it which passed, in the task's order.
    check_rates: dict[str, float]
    tokens_in: int
    tokens_out: int
    mean_ttft_s: float | None
    rows_per_s: float | None
    tokens_per_s: float | None
    cost_usd: float | None
    judge_cost_usd: float | None
    #: Why the column stopped (its model could not load, its key was rejected); "" when it ran.
    error: str = ""

    @property
    def pass_rate(self) -> float | None:
        return self.passed / self.rows if self.rows else None

    @property
    def cost_per_1k_rows(self) -> float | None:
        return self.cost_usd / self.rows * 1000 if self.cost_usd is not None and self.rows else None

    def to_dict(self) -> dict[str, object]:
        """One entry of ``models`` in ``plinth task run --json``."""
        return {
            "model": self.column.model,
            "variant": self.column.variant,
            "pass_rate": self.pass_rate,
            "checks": dict(self.check_rates),
            "rows": self.rows,
            "cost_usd": self.cost_usd,
            "tokens_per_s": self.tokens_per_s,
        }


@dataclass
class MatrixResult:
    """A run, finished or not: ``rows`` hold the cells done so far."""

    task: TaskSpec
    columns: tuple[Column, ...]
    rows: list[MatrixRow]
    #: Stopped before every cell was done (a cancel); running again with the journal resumes.
    cancelled: bool = False
    #: Columns that could not go on (their model failed to load, a key was rejected...), with the reason.
    failed: dict[Column, str] = field(default_factory=dict)
    #: Cells taken from the journal of an earlier run.
    resumed: int = 0
    #: Per column: cells answered in this run (not resumed) and the wall-clock seconds from its first to its last.
    timed: dict[Column, tuple[int, float]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def done(self) -> int:
        return sum(len(row.cells) for row in self.rows)

    @property
    def total(self) -> int:
        return len(self.rows) * len(self.columns)

    def summary(self, column: Column) -> ColumnSummary:
        cells = [row.cells[column] for row in self.rows if column in row.cells]
        answered = [c for c in cells if not c.error]
        fresh = [c for c in answered if not c.cached]
        check_rates: dict[str, float] = {}
        for name in dict.fromkeys(r.name for c in cells for r in c.checks):
            ran = [r for c in cells for r in c.checks if r.name == name]
            check_rates[name] = sum(r.passed for r in ran) / len(ran)
        ttfts = [c.ttft_s for c in fresh if c.ttft_s is not None]
        wall = sum(c.wall_s for c in fresh)
        timed_count, span = self.timed.get(column, (0, 0.0))
        if timed_count and span > 0:
            rows_per_s: float | None = timed_count / span
        else:
            rows_per_s = len(fresh) / wall if fresh and wall > 0 else None
        return ColumnSummary(
            column=column,
            rows=len(cells),
            passed=sum(c.passed for c in cells),
            errors=len(cells) - len(answered),
            cached=sum(c.cached for c in cells),
            check_rates=check_rates,
            tokens_in=sum(c.tokens_in for c in cells),
            tokens_out=sum(c.tokens_out for c in cells),
            mean_ttft_s=sum(ttfts) / len(ttfts) if ttfts else None,
            rows_per_s=rows_per_s,
            tokens_per_s=sum(c.tokens_out for c in fresh) / wall if wall > 0 else None,
            cost_usd=_total(c.cost_usd for c in cells),
            judge_cost_usd=_total(c.judge_cost_usd for c in cells),
            error=self.failed.get(column, ""),
        )

    def summaries(self) -> list[ColumnSummary]:
        return [self.summary(column) for column in self.columns]

    def failures(self, column: Column | None = None) -> list[MatrixRow]:
        """Rows with a cell that failed a check or could not run (in ``column``, or in any)."""
        columns = self.columns if column is None else (column,)
        return [row for row in self.rows if any(c in row.cells and not row.cells[c].passed for c in columns)]

    def disagreements(self) -> list[MatrixRow]:
        """Rows whose columns answered differently (the label, the JSON, or the text); cells in error aside."""
        out = []
        for row in self.rows:
            answers = {answer_of(self.task, cell) for cell in row.cells.values() if not cell.error}
            if len(answers) > 1:
                out.append(row)
        return out

    def to_dict(self) -> dict[str, object]:
        """What ``plinth task run --json`` prints."""
        return {
            "task": self.task.name,
            "models": [s.to_dict() for s in self.summaries()],
            "rows": [
                {"vars": dict(row.values), "cells": [row.cells[c].to_dict() for c in self.columns if c in row.cells]}
                for row in self.rows
            ],
        }

    def to_saved(self) -> dict[str, object]:
        """The whole run as JSON (for the history); values and prompts cut at ``KEPT_CHARS``."""
        return {
            "plinth_task_run": SAVED_VERSION,
            "task": task_to_dict(self.task),
            "columns": [[c.model, c.variant] for c in self.columns],
            "rows": [
                {
                    "index": row.index,
                    "vars": kept_values(row.values),
                    "cells": [cell_to_record(row.cells[c]) for c in self.columns if c in row.cells],
                }
                for row in self.rows
            ],  # fmt: skip
            "cancelled": self.cancelled,
            "failed": [[c.model, c.variant, why] for c, why in self.failed.items()],
            "resumed": self.resumed,
            "timed": [[c.model, c.variant, n, span] for c, (n, span) in self.timed.items()],
            "notes": list(self.notes),
        }

    @classmethod
    def from_saved(cls, data: Mapping[str, Any]) -> MatrixResult:
        columns = tuple(Column(str(m), str(v)) for m, v in data["columns"])
        rows = []
        for item in data["rows"]:
            cells = [cell_from_record(c) for c in item["cells"]]
            row = MatrixRow(int(item["index"]), dict(item["vars"]))
            row.cells = {Column(c.model, c.variant): c for c in cells}
            rows.append(row)
        return cls(
            task=task_from_dict(data["task"]),
            columns=columns,
            rows=rows,
            cancelled=bool(data.get("cancelled")),
            failed={Column(str(m), str(v)): str(why) for m, v, why in data.get("failed") or ()},
            resumed=int(data.get("resumed") or 0),
            timed={Column(str(m), str(v)): (int(n), float(span)) for m, v, n, span in data.get("timed") or ()},
            notes=[str(n) for n in data.get("notes") or ()],
        )


def answer_of(task: TaskSpec, cell: Cell) -> str:
    """What two cells are compared by: the label, the parsed JSON (key order aside), or the text."""
    if task.output == "label":
        return cell.label or ""
    if task.output == "json" and cell.json is not None:
        return json.dumps(cell.json, sort_keys=True, ensure_ascii=False)
    return " ".join(cell.text.split())


def kept(text: str) -> str:
    """``text``, cut at ``KEPT_CHARS`` with a note of how much was left out."""
    if len(text) <= KEPT_CHARS:
        return text
    return ui_text("{text}… ({count} more characters)", text=text[:KEPT_CHARS], count=f"{len(text) - KEPT_CHARS:,}")


def kept_values(values: Mapping[str, object]) -> dict[str, object]:
    return {k: kept(v) if isinstance(v, str) else v for k, v in values.items()}


def _total(values: Any) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


# -- JSON forms of the records (the journal and the history) -----------------------------


def cell_to_record(cell: Cell) -> dict[str, object]:
    return {**cell.to_dict(), "prompt": cell.prompt}


def cell_from_record(record: Mapping[str, Any]) -> Cell:
    """The inverse of ``cell_to_record``; raises ``KeyError``/``TypeError``/``ValueError`` for a broken record."""
    checks = tuple(CheckResult(str(c["name"]), bool(c["pass"]), str(c.get("reason") or "")) for c in record["checks"])
    return Cell(
        model=str(record["model"]),
        variant=str(record["variant"]),
        text=str(record["text"]),
        json=record.get("json"),
        label=record.get("label"),
        checks=checks,
        error=str(record.get("error") or ""),
        tokens_in=int(record.get("tokens_in") or 0),
        tokens_out=int(record.get("tokens_out") or 0),
        ttft_s=_optional_float(record.get("ttft_s")),
        wall_s=float(record.get("wall_s") or 0.0),
        cost_usd=_optional_float(record.get("cost_usd")),
        judge_cost_usd=_optional_float(record.get("judge_cost_usd")),
        cached=bool(record.get("cached")),
        prompt=str(record.get("prompt") or ""),
    )


def _optional_float(value: object) -> float | None:
    return None if value is None else float(str(value))


def task_to_dict(task: TaskSpec) -> dict[str, Any]:
    data = asdict(task)
    data["schema"] = None if task.schema is None else json.loads(json.dumps(task.schema))
    return data


def task_from_dict(data: Mapping[str, Any]) -> TaskSpec:
    values = dict(data)
    values["labels"] = tuple(values.get("labels") or ())
    values["checks"] = tuple(CheckSpec(**c) for c in values.get("checks") or ())
    values["variants"] = tuple(Variant(**v) for v in values.get("variants") or ())
    return TaskSpec(**values)
