"""Task runs kept in the history, to be reopened: each as one batch-run row whose summary is the whole run
(``MatrixResult.to_saved()``), JSON the history stores without reading it.

A run with a journal is saved under an id made from the journal's path, so
saving it again after a resume updates the same entry; one without gets an
id of its own.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import UserFacingError
from app.core.tasks.custom.matrix import SAVED_VERSION, MatrixResult
from app.core.ui_text import ui_text

if TYPE_CHECKING:
    from app.core.history.results import ResultStore

#: The ``task`` of the history's batch-run rows that hold own-task runs.
HISTORY_TASK = "own-task"


class TaskRunNotFoundError(UserFacingError):
    title = "Task run not found"


@dataclass(frozen=True)
class SavedTaskRun:
    """One line of the list of saved runs."""

    run_id: str
    created: str
    updated: str
    task: str
    models: tuple[str, ...]
    #: Cells done, of ``total``.
    done: int
    total: int
    cancelled: bool


def task_run_id(journal: Path | None) -> str:
    """The history id of a run: by its journal (a resumed run updates its entry), else a new one."""
    return f"{HISTORY_TASK}:{Path(journal).resolve()}" if journal is not None else f"{HISTORY_TASK}:{uuid.uuid4()}"


def save_task_run(store: ResultStore, result: MatrixResult, run_id: str, input_path: str = "") -> None:
    """Save ``result`` (finished or stopped) under ``run_id``; saving the same id again updates it."""
    models = ", ".join(dict.fromkeys(c.model for c in result.columns))
    store.save_batch_run(run_id=run_id, task=HISTORY_TASK, model_id=models, input_path=input_path, output_path="",
                         summary=result.to_saved())  # fmt: skip


def saved_task_runs(store: ResultStore) -> list[SavedTaskRun]:
    """Every saved task run, the most recently updated first (runs saved by a newer Plinth left out)."""
    out = []
    for run in store.batch_runs():
        data = run["summary"]
        if run["task"] != HISTORY_TASK or not isinstance(data, dict) or data.get("plinth_task_run") != SAVED_VERSION:
            continue
        rows = data.get("rows") or []
        columns = data.get("columns") or []
        out.append(
            SavedTaskRun(
                run_id=run["run_id"], created=run["created"], updated=run["updated"],
                task=str((data.get("task") or {}).get("name", "")),
                models=tuple(dict.fromkeys(str(c[0]) for c in columns)),
                done=sum(len(r.get("cells") or []) for r in rows), total=len(rows) * len(columns),
                cancelled=bool(data.get("cancelled")),
            )
        )  # fmt: skip
    return out


def open_task_run(store: ResultStore, run_id: str) -> MatrixResult:
    """The saved run ``run_id``, whole; ``TaskRunNotFoundError`` when there is none (or it cannot be read)."""
    for run in store.batch_runs():
        if run["run_id"] == run_id and run["task"] == HISTORY_TASK and isinstance(run["summary"], dict):
            try:
                return MatrixResult.from_saved(run["summary"])
            except (KeyError, TypeError, ValueError):
                break
    raise TaskRunNotFoundError(
        ui_text("No saved task run {run} can be opened.", run=repr(run_id)),
        ui_text("It may have been deleted, or saved by a newer Plinth."),
    )
