"""Running a task over rows × (model, variant) columns into a ``MatrixResult``.

Each cell: the variant's template rendered with the row (a missing
variable is that cell's error, and the run goes on), the request built
(system prompt, sampling settings, the JSON Schema of a json task, which
the engine enforces where it can), the answer streamed, parsed and checked.
A label task is put through classification's ``Classifier``, which scores
the labels on a local model and makes a remote one choose.

Scheduling, shared with batch runs (``scheduling.py``): a local model takes
its rows one at a time in row order, column after column, so the system
prompt and the template's text before the row's first variable stay in
llama.cpp's KV cache from one row to the next; write a template with its
variables last to share the most. Each remote model takes ``concurrency``
rows at once and backs off when its provider says "too many requests".
Local and remote models run side by side.

Every finished cell is journaled (``journal.py``) when a journal is given:
a run that was cancelled, or whose process was killed, resumes with the
same task, rows and columns and does no cell twice. Errors that concern a
row (a missing variable, a text too long for the model, a refused request)
are that cell's; those that concern a model (its file will not load, its
key is rejected, it crashed) stop its columns, named in
``MatrixResult.failed``, and the other columns go on.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from app.core.cancel import Cancelled, CancelToken
from app.core.engines.base import ChatRequest, Engine, Message, Stats, complete
from app.core.errors import ContextTooLongError, InvalidRequestError, RequestRefusedError, UserFacingError
from app.core.tasks.classification import Classifier, ClassifyOptions, LabelSet
from app.core.tasks.custom.cache import CachedAnswer, ResponseCache, label_key, request_key
from app.core.tasks.custom.matrix import (
    MatrixResult,
    cell_from_record,
    cell_to_record,
    kept,
    task_to_dict,
)
from app.core.tasks.custom.spec import Cell, CheckResult, Column, MatrixRow, TaskError, TaskSpec, Variant, render
from app.core.tasks.journal import Journal
from app.core.tasks.scheduling import POLL_S, Backoff, retry_rate_limited, run_concurrently
from app.core.ui_text import ui_text

JOURNAL_VERSION = 1
#: The check every json and label task gets first: the answer parses (JSON matching the schema, or a label).
PARSE_CHECK = "parses"
#: Errors that concern one row: recorded in its cell, and the run goes on.
ROW_ERRORS = (ContextTooLongError, InvalidRequestError, RequestRefusedError, TaskError)


@dataclass(frozen=True)
class Verdict:
    """What the checks made of one answer."""

    #: The parsed JSON (json tasks) and the label (label tasks); None when the answer gave none.
    json: Any = None
    label: str | None = None
    #: Why the answer does not parse (not JSON, not matching the schema, no label); "" when it does.
    parse_error: str = ""
    checks: tuple[CheckResult, ...] = ()
    #: What the judge checks cost, counted apart.
    judge_cost_usd: float | None = None


class Checker(Protocol):
    """Parses an answer and runs the task's checks on it, with the row's ``values`` for their variables."""

    def __call__(self, task: TaskSpec, text: str, values: Mapping[str, object]) -> Verdict: ...


def system_text(task: TaskSpec, variant: Variant) -> str:
    """The system message: the variant's (or the task's) system prompt, then, for a json task, its schema."""
    system = variant.system_prompt if variant.system_prompt is not None else task.system_prompt
    parts = [system.strip()] if system.strip() else []
    if task.output == "json" and task.schema is not None:
        schema = json.dumps(task.schema, ensure_ascii=False, separators=(",", ":"))
        parts.append(f"Answer with one JSON object only, matching this JSON Schema: {schema}")
    return "\n\n".join(parts)


def chat_request(task: TaskSpec, variant: Variant, prompt: str) -> ChatRequest:
    """What a model is asked for the rendered ``prompt`` of a text or json task."""
    system = system_text(task, variant)
    messages = ((Message("system", system),) if system else ()) + (Message("user", prompt),)
    schema = task.schema if task.output == "json" else None
    return ChatRequest(
        messages, max_tokens=task.max_tokens, temperature=task.temperature, seed=task.seed, json_schema=schema
    )


def journal_fingerprint(
    task: TaskSpec, rows: Sequence[Mapping[str, object]], columns: Sequence[Column]
) -> dict[str, object]:
    """What a journal must have been written by to be resumed: the same task, rows and columns."""
    data = json.dumps([dict(r) for r in rows], ensure_ascii=False, sort_keys=True, default=str)
    return {
        "plinth_task_run": JOURNAL_VERSION,
        "task": task_to_dict(task),
        "rows": len(rows),
        "rows_sha256": hashlib.sha256(data.encode()).hexdigest(),
        "columns": [[c.model, c.variant] for c in columns],
    }


def run_matrix(
    task: TaskSpec,
    rows: Sequence[Mapping[str, object]],
    columns: Sequence[Column],
    engines: Callable[[str], Engine],
    *,
    checker: Checker,
    cancel: CancelToken | None = None,
    on_cell: Callable[[int, Column, Cell], None] | None = None,
    journal: Path | None = None,
    cache: ResponseCache | None = None,
    concurrency: int = 4,
) -> MatrixResult:
    """Run ``task`` on every row × column; see the module's docstring.

    ``engines(model_id)`` gives the engine of a model (the caller owns and
    closes it). ``on_cell(row_index, column, cell)`` is called as each cell
    finishes, from the run's threads, one call at a time. A cancel returns
    the cells done so far with ``cancelled=True``. Raises ``UserFacingError``
    for a run that cannot start (a column naming no variant of the task,
    a label task with fewer than two labels).
    """
    return _MatrixRun(task, rows, columns, engines, checker, cancel, on_cell, journal, cache, concurrency).run()


class _MatrixRun:
    def __init__(
        self,
        task: TaskSpec,
        rows: Sequence[Mapping[str, object]],
        columns: Sequence[Column],
        engines: Callable[[str], Engine],
        checker: Checker,
        cancel: CancelToken | None,
        on_cell: Callable[[int, Column, Cell], None] | None,
        journal: Path | None,
        cache: ResponseCache | None,
        concurrency: int,
    ) -> None:
        variants = {v.name: v for v in task.all_variants()}
        unknown = [c.variant for c in columns if c.variant not in variants]
        if unknown:
            raise TaskError(
                ui_text(
                    "The task {task} has no prompt variant named {variant}.",
                    task=repr(task.name),
                    variant=repr(unknown[0]),
                ),
                ui_text("Pick one of: {variants}.", variants=", ".join(variants)),
            )
        if not columns:
            raise TaskError(ui_text("No model to run the task on."), ui_text("Pick at least one model."))
        if concurrency < 1:
            raise InvalidRequestError(
                ui_text("Concurrency must be at least 1 (got {concurrency}).", concurrency=concurrency),
                ui_text("Give 1 or more."),
            )
        self.task = task
        self.engines_of = engines
        self.values = rows
        self.columns = tuple(dict.fromkeys(columns))
        self.variants = variants
        self.checker = checker
        self.on_cell = on_cell
        self.journal_path = journal
        self.cache = cache
        self.concurrency = concurrency
        self.classifiers = {n: self._classifier(v) for n, v in variants.items()} if task.output == "label" else {}
        self.result = MatrixResult(task, self.columns, [MatrixRow(i, values) for i, values in enumerate(rows)])
        # What the cells see: the person's cancel, which a failure that stops the run also sets.
        self.stop = cancel if cancel is not None else CancelToken()
        self._lock = threading.Lock()
        self._journal: Journal | None = None
        self._backoff: dict[str, Backoff] = {}
        self._timing: dict[Column, list[float]] = {}  # column → [cells, first start, last end]

    def _classifier(self, variant: Variant) -> Classifier:
        system = variant.system_prompt if variant.system_prompt is not None else self.task.system_prompt
        return Classifier(LabelSet.of(self.task.labels), ClassifyOptions(instruction=system.strip()))

    # -- the run ---------------------------------------------------------------------------

    def run(self) -> MatrixResult:
        if self.journal_path is not None:
            self._journal = Journal(self.journal_path, journal_fingerprint(self.task, self.values, self.columns))
            self._resume(self._journal)
        engines: dict[str, Engine] = {}
        for model in dict.fromkeys(c.model for c in self.columns):
            try:
                engines[model] = self.engines_of(model)
            except UserFacingError as exc:
                self._fail(model, exc)
        self.engines = engines
        self._backoff = {model: Backoff() for model in engines}  # one per model: a 429 holds its rows only
        # Local models one after another (they share the CPU), one row at a time; each remote model beside them.
        local = [m for m, e in engines.items() if e.destination is None]
        lanes = [(local, 1)] if local else []
        lanes += [([m], self.concurrency) for m, e in engines.items() if e.destination is not None]
        with self._journal if self._journal is not None else nullcontext():
            self._run_lanes(lanes)
        result = self.result
        result.timed = {c: (int(n), end - start) for c, (n, start, end) in self._timing.items()}
        result.cancelled = self.stop.cancelled and result.done < result.total
        return result

    def _run_lanes(self, lanes: list[tuple[list[str], int]]) -> None:
        failure: BaseException | None = None
        with ThreadPoolExecutor(max_workers=max(1, len(lanes)), thread_name_prefix="task-lane") as pool:
            running: set[Future[None]] = {pool.submit(self._lane, models, n) for models, n in lanes}
            while running:
                # With a timeout: a Ctrl+C the kernel hands to another thread runs its Python handler (which
                # cancels) only when this, the main thread, wakes; an endless wait would sleep through the run.
                done, running = wait(running, timeout=POLL_S, return_when=FIRST_COMPLETED)
                for future in done:
                    exc = future.exception()
                    if exc is not None and failure is None:
                        failure = exc  # a bug, not a model's failure: stop the others and raise it
                        self.stop.cancel()
        if failure is not None:
            raise failure

    def _lane(self, models: list[str], concurrency: int) -> None:
        """The models' cells, model after model, column after column, rows in order."""
        for model in models:
            items = [(row.index, column) for column in self.columns if column.model == model
                     for row in self.result.rows if column not in row.cells]  # fmt: skip
            try:
                run_concurrently(items, self._attempt, self._record, concurrency=concurrency, cancel=self.stop)
            except Cancelled:
                return
            except UserFacingError as exc:
                self._fail(model, exc)

    def _fail(self, model: str, exc: UserFacingError) -> None:
        with self._lock:
            for column in self.columns:
                if column.model == model:
                    self.result.failed[column] = str(exc)

    def _attempt(self, item: tuple[int, Column], cancel: CancelToken | None) -> tuple[int, Column, Cell, float]:
        index, column = item
        start = time.perf_counter()
        return index, column, self._cell(index, column, cancel), start

    def _record(self, done: tuple[int, Column, Cell, float]) -> None:
        index, column, cell, start = done
        end = time.perf_counter()
        with self._lock:
            if self._journal is not None:
                self._journal.append({"row": index, "cell": cell_to_record(cell)})
            self.result.rows[index].cells[column] = cell
            timing = self._timing.setdefault(column, [0, start, end])
            timing[0] += 1
            timing[1], timing[2] = min(timing[1], start), max(timing[2], end)
            if self.on_cell is not None:
                self.on_cell(index, column, cell)

    def _resume(self, journal: Journal) -> None:
        for record in journal.resume():
            index = record.get("row")
            try:
                cell = cell_from_record(record["cell"])
            except (KeyError, TypeError, ValueError):
                continue
            column = Column(cell.model, cell.variant)
            if isinstance(index, int) and 0 <= index < len(self.result.rows) and column in self.columns:
                self.result.rows[index].cells[column] = cell
        self.result.resumed = self.result.done
        if journal.started_over:
            self.result.notes.append(
                ui_text(
                    "{name} was written by a run of another task, other rows or other models: started over.",
                    name=journal.path.name,
                )
            )

    # -- one cell ---------------------------------------------------------------------------

    def _cell(self, index: int, column: Column, cancel: CancelToken | None) -> Cell:
        values = self.values[index]
        variant = self.variants[column.variant]
        try:
            prompt = render(variant.template, values)
        except TaskError as exc:
            return Cell(column.model, column.variant, "", error=exc.message)
        try:
            if self.task.output == "label":
                text, stats, cached = self._label(column, prompt, cancel)
            else:
                text, stats, cached = self._answer(column, chat_request(self.task, variant, prompt), cancel)
        except ROW_ERRORS as exc:
            return Cell(column.model, column.variant, "", error=str(exc), prompt=kept(prompt))
        error = ""
        try:
            verdict = self.checker(self.task, text, values)
        except UserFacingError as exc:
            verdict, error = Verdict(), ui_text("The checks could not run: {reason}", reason=str(exc))
        checks = verdict.checks
        if self.task.output in ("json", "label"):
            checks = (CheckResult(PARSE_CHECK, not verdict.parse_error, verdict.parse_error), *checks)
        return Cell(
            column.model, column.variant, text, json=verdict.json, label=verdict.label, checks=checks, error=error,
            tokens_in=stats.tokens_in, tokens_out=stats.tokens_out, ttft_s=None if cached else stats.ttft_s,
            wall_s=0.0 if cached else stats.wall_s, cost_usd=_cost(stats, cached, self.engines[column.model]),
            judge_cost_usd=verdict.judge_cost_usd, cached=cached, prompt=kept(prompt),
        )  # fmt: skip

    def _answer(self, column: Column, request: ChatRequest, cancel: CancelToken | None) -> tuple[str, Stats, bool]:
        engine = self.engines[column.model]
        key = request_key(column.model, request) if self.cache is not None else None

        def ask() -> CachedAnswer:
            completion = complete(engine, request, cancel)
            if completion.stats.stop_reason == "cancelled":
                raise Cancelled
            return CachedAnswer(completion.text, completion.stats)

        return self._cached(column.model, key, ask, cancel)

    def _label(self, column: Column, prompt: str, cancel: CancelToken | None) -> tuple[str, Stats, bool]:
        engine = self.engines[column.model]
        classifier = self.classifiers[column.variant]
        key = None
        if self.cache is not None:
            key = label_key(column.model, classifier.labels.names, classifier.options.instruction, prompt)

        def ask() -> CachedAnswer:
            result = classifier.run(engine, prompt, cancel)
            return CachedAnswer(result.label or "", result.stats)

        return self._cached(column.model, key, ask, cancel)

    def _cached(
        self, model: str, key: str | None, ask: Callable[[], CachedAnswer], cancel: CancelToken | None
    ) -> tuple[str, Stats, bool]:
        if key is not None and self.cache is not None:
            hit = self.cache.get(key)
            if hit is not None:
                return hit.text, hit.stats, True
        answer = retry_rate_limited(ask, self._backoff[model], cancel)
        if key is not None and self.cache is not None:
            self.cache.put(key, model, answer)
        return answer.text, answer.stats, False


def _cost(stats: Stats, cached: bool, engine: Engine) -> float | None:
    if engine.destination is None:
        return 0.0  # nothing to pay per token on this computer, as comparisons count it
    if stats.cost_usd is None:
        return None
    return 0.0 if cached else stats.cost_usd


__all__ = ["PARSE_CHECK", "Checker", "MatrixResult", "Verdict", "chat_request", "run_matrix"]
