"""Running a comparison: ``run_comparison`` schedules every column of a spec and collects the result.

``run_comparison(spec, engines, on_event=..., cancel=...)`` sends the same
input to every model of a ``Comparison`` and returns a ``ComparisonResult``
with one ``ModelRun`` per column. It blocks until every model has
finished, failed or been cancelled; the GUI runs it on a worker thread and
turns the ``CompareEvent``s into signals. Two columns of the same model
share its engine.

Scheduling. Remote models each run on their own thread at once. Local
models each run in their own child process (one ``LocalEngine`` per model),
at once when their estimated memory fits what the computer has available,
otherwise one after another in column order: a local model that must wait
gets a ``queued`` event with its place in the queue, and another each time
it moves up. A local model that finished while another waits for memory is
unloaded, so the next one gets its memory.

Isolation. Each model runs on its own thread with its own cancel token:
one failing (a ``UserFacingError``, or a bug) or being cancelled ends that
column only. ``cancel`` is "Stop all".

Besides each engine's ``Stats``, this module measures model load time and
peak memory (the resident size of a local model's child process, sampled
while it runs). This module imports no Qt.
"""

from __future__ import annotations

import logging
import re
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, TypedDict, Unpack, cast

import psutil

from app.core.cancel import Cancelled, CancelToken
from app.core.compare.documents import Passages, find_passages, grounded_chat
from app.core.compare.local_models import LocalModel, RssSampler, memory_need
from app.core.compare.results import ComparisonResult, ModelRun
from app.core.compare.spec import Comparison
from app.core.engines.base import Engine, Stats
from app.core.engines.registry import EngineRegistry
from app.core.errors import InvalidRequestError, UserFacingError
from app.core.model_id import InvalidModelIdError, ModelId
from app.core.tasks.batch import BatchProgress, BatchSpec, ClassifyJob, Job, RowResult, TranslateJob, run_batch
from app.core.tasks.chat_sources import AnswerSources, Retrieve
from app.core.tasks.tables import Table, read_table
from app.core.tasks.translation import translate
from app.core.ui_text import ui_text

log = logging.getLogger(__name__)

EventKind = Literal["queued", "loading", "started", "text", "progress", "finished", "failed", "cancelled"]

#: Reads the bytes of memory available for new local models (``psutil.virtual_memory().available``).
MemoryProbe = Callable[[], int]
#: Share of the available memory that local models may plan to fill together.
MEMORY_HEADROOM = 0.8


@dataclass(frozen=True)
class CompareEvent:
    """One step of one model's run, handed to ``on_event`` from that model's thread.

    ``t``: seconds since the comparison started (one clock for every model).
    ``queued``: ``queue_position`` (1 = next to start). ``text``: ``text`` is a
    delta of the answer. ``progress``: ``done``/``total`` rows of a batch.
    ``finished``/``failed``/``cancelled``: ``run`` is the column's final state.
    ``column``: the column's name; the model id when left empty.
    """

    model_id: str
    kind: EventKind
    t: float
    text: str = ""
    queue_position: int | None = None
    done: int = 0
    total: int = 0
    run: ModelRun | None = None
    column: str = ""

    def __post_init__(self) -> None:
        if not self.column:
            object.__setattr__(self, "column", self.model_id)


class _EventDetails(TypedDict, total=False):
    """The fields of a ``CompareEvent`` that ``_Runner.emit`` passes on as keywords."""

    text: str
    queue_position: int | None
    done: int
    total: int
    run: ModelRun | None


# -- running ----------------------------------------------------------------------------


class _EitherCancel(CancelToken):
    """Cancelled when its own token or "Stop all" is: engines see one token per model."""

    def __init__(self, *tokens: CancelToken) -> None:
        super().__init__()
        self._tokens = tokens

    @property
    def cancelled(self) -> bool:
        return self._event.is_set() or any(t.cancelled for t in self._tokens)

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while not self.cancelled:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            self._tokens[0].wait(min(left, 0.02))
        return True


def run_comparison(
    spec: Comparison,
    engines: EngineRegistry,
    *,
    on_event: Callable[[CompareEvent], None],
    cancel: CancelToken,
    model_cancels: Mapping[str, CancelToken] | None = None,
    max_parallel_local: int | None = None,
    memory_probe: MemoryProbe | None = None,
    work_dir: Path | None = None,
    retrieve: Retrieve | None = None,
) -> ComparisonResult:
    """Run ``spec`` on every model; blocks until all are done, failed or cancelled.

    ``cancel`` stops every model ("Stop all"); ``model_cancels[column]``
    stops one column (its name from ``column_labels()``: the model id unless
    one model fills several columns). ``max_parallel_local`` caps how many local models run at once
    (None: as many as memory allows); ``memory_probe`` replaces the psutil
    reading of available memory (tests declare it too small). ``work_dir``:
    where batch tasks write each model's output CSV and resume journal, in a
    folder named after the comparison's id (required for batch tasks).
    ``retrieve``: finds the passages of a spec with ``collections`` (once, for every column); when none
    matched, no model is asked and every column keeps sources with nothing found.
    ``on_event`` is called from worker threads and must not block for long.

    Raises ``UserFacingError`` before anything runs for a bad spec or a batch
    file that cannot be used; each model's own failure ends up in its
    ``ModelRun``. Stop all waits for a local model that is loading to finish
    loading (llama.cpp cannot be interrupted there).
    """
    spec = spec.validate()
    if spec.is_batch and work_dir is None:
        raise InvalidRequestError(
            ui_text("Batch comparisons need a folder for their output."), ui_text("Pass work_dir.")
        )
    runner = _Runner(spec, engines, on_event, cancel, model_cancels or {}, max_parallel_local,
                     memory_probe or _available_memory, work_dir, retrieve)  # fmt: skip
    return runner.run()


def _available_memory() -> int:
    return int(psutil.virtual_memory().available)


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _guess_destination(model_id: str) -> str | None:
    """Where a model whose engine could not be made would have sent the text: its provider's name.

    Text that is no model id went nowhere: no engine could be made for it.
    """
    try:
        return ModelId.parse(model_id.strip()).provider
    except InvalidModelIdError:
        return None


class _LocalGate:
    """Lets local models start in column order while their estimated memory fits together.

    ``plan`` admits, before any thread starts, the models that can start at
    once, so the first queue positions told are the real ones. The first in
    the queue always starts when no other local model runs, so a model too
    big for the estimate still gets its turn (and its load error).
    """

    def __init__(self, budget: int, max_parallel: int | None, on_position: Callable[[str, int], None]) -> None:
        self._budget = budget
        self._max_parallel = max_parallel
        self._on_position = on_position
        self._cond = threading.Condition()
        self._needs: dict[str, int] = {}
        self._waiting: list[str] = []
        self._running: dict[str, int] = {}
        #: The queue position each waiting model was last told.
        self._told: dict[str, int] = {}

    def plan(self, needs: Sequence[tuple[str, int]]) -> None:
        """The local models in column order, with the bytes each will take."""
        with self._cond:
            self._needs = dict(needs)
            self._waiting = [model_id for model_id, _ in needs]
            self._admit()

    def enter(self, model_id: str, cancel: CancelToken) -> bool:
        """Wait for this model's turn; False when cancelled while waiting."""
        with self._cond:
            while model_id not in self._running:
                position = self._waiting.index(model_id) + 1
                if self._told.get(model_id) != position:
                    self._told[model_id] = position
                    self._on_position(model_id, position)
                if cancel.cancelled:
                    self._waiting.remove(model_id)
                    self._admit()
                    return False
                self._cond.wait(0.05)
            return True

    def has_waiting(self) -> bool:
        with self._cond:
            return bool(self._waiting)

    def leave(self, model_id: str) -> None:
        """Done with the memory: the next in the queue may start."""
        with self._cond:
            self._running.pop(model_id, None)
            self._admit()

    def _admit(self) -> None:
        while self._waiting and self._fits(self._needs[self._waiting[0]]):
            model_id = self._waiting.pop(0)
            self._running[model_id] = self._needs[model_id]
        self._cond.notify_all()

    def _fits(self, need: int) -> bool:
        if not self._running:
            return True
        if self._max_parallel is not None and len(self._running) >= self._max_parallel:
            return False
        return sum(self._running.values()) + need <= self._budget


@dataclass
class _Column:
    """One column to run: its place, its run, its engine (or why there is none) and its own spec."""

    index: int
    run: ModelRun
    engine: Engine | None
    error: Exception | None
    spec: Comparison


class _Runner:
    def __init__(
        self,
        spec: Comparison,
        engines: EngineRegistry,
        on_event: Callable[[CompareEvent], None],
        stop_all: CancelToken,
        model_cancels: Mapping[str, CancelToken],
        max_parallel_local: int | None,
        memory_probe: MemoryProbe,
        work_dir: Path | None,
        retrieve: Retrieve | None,
    ) -> None:
        self.spec = spec
        self.retrieve = retrieve
        #: A spec with collections: the passages found for its prompt, which every column is sent.
        self.passages: Passages | None = None
        self.engines = engines
        self.on_event = on_event
        self.stop_all = stop_all
        self.model_cancels = model_cancels
        self.work_dir = work_dir
        self.id = uuid.uuid4().hex
        self.created = _now_iso()
        self.start = time.perf_counter()
        self.max_parallel_local = max_parallel_local
        self.memory_probe = memory_probe
        self.gate: _LocalGate | None = None
        self.table: Table | None = None
        self.runs: dict[str, ModelRun] = {}
        #: model id → columns of that local model not yet done with its engine, which they share.
        self._engine_users: Counter[str] = Counter()
        self._engine_users_lock = threading.Lock()

    def run(self) -> ComparisonResult:
        spec = self.spec
        if spec.is_batch:
            # Read once, here: a missing file or column fails the whole comparison
            # before any model starts, and every model gets the same rows.
            self.table = read_table(Path(spec.input_path or ""))
            self.table.require(spec.text_column, "text")
            if spec.gold_column:
                self.table.require(spec.gold_column, "gold label")
        columns: list[_Column] = []
        for index, (model_id, name) in enumerate(zip(spec.models, spec.column_labels())):
            try:
                engine: Engine | None = self.engines.get(model_id)
                error = None
            except Exception as exc:  # one unusable model fails its column, not the comparison
                engine, error = None, exc
            destination = engine.destination if engine is not None else _guess_destination(model_id)
            run = ModelRun(model_id, destination, column=name)
            self.runs[name] = run
            columns.append(_Column(index, run, engine, error, spec.for_column(index)))
        if spec.collections:
            self.passages = find_passages(spec, self.retrieve)
            if not self.passages:
                for column in columns:
                    column.run.sources = AnswerSources(spec.collections)
                return ComparisonResult(self.id, self.created, spec, [c.run for c in columns])
        local = [c for c in columns if isinstance(c.engine, LocalModel)]
        self._engine_users.update(c.run.model_id for c in local)
        budget = int(self.memory_probe() * MEMORY_HEADROOM)
        self.gate = _LocalGate(budget, self.max_parallel_local, self._on_queue_position)
        self.gate.plan([(c.run.column, memory_need(cast(LocalModel, c.engine))) for c in local])
        threads = [
            threading.Thread(target=self._run_one, args=(c,), name=f"plinth-compare-{c.run.column}") for c in columns
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return ComparisonResult(self.id, self.created, spec, [c.run for c in columns], stopped=self.stop_all.cancelled)

    # -- events -------------------------------------------------------------------------

    def emit(self, source: ModelRun, kind: EventKind, **kwargs: Unpack[_EventDetails]) -> None:
        t = time.perf_counter() - self.start
        event = CompareEvent(source.model_id, kind, t, column=source.column, **kwargs)
        try:
            self.on_event(event)
        except Exception:
            # A broken listener must not stop the model: the result still has everything.
            log.exception("Comparison event listener failed on %s", event.kind)

    def _on_queue_position(self, column: str, position: int) -> None:
        self.emit(self.runs[column], "queued", queue_position=position)

    # -- one column ---------------------------------------------------------------------

    def _run_one(self, column: _Column) -> None:
        run, engine = column.run, column.engine
        own = self.model_cancels.get(run.column) or CancelToken()
        cancel = _EitherCancel(own, self.stop_all)
        try:
            if column.error is not None:
                raise column.error
            assert engine is not None
            if isinstance(engine, LocalModel):
                self._run_local(column, engine, cancel)
            else:
                self._run_task(column, engine, cancel)
        except Cancelled:
            run.status = "cancelled"
        except UserFacingError as exc:
            run.status, run.error_title, run.error = "failed", exc.title, str(exc)
        except Exception as exc:
            log.exception("Comparison run of %s failed", run.model_id)
            run.status, run.error_title = "failed", "Something went wrong"
            run.error = ui_text(
                "{error}: {reason}. This is a bug in Plinth; the other models were not affected.",
                error=type(exc).__name__,
                reason=str(exc),
            )
        else:
            if run.status == "pending":
                run.status = "finished"
        self.emit(run, cast(EventKind, run.status), run=run)

    def _run_local(self, column: _Column, engine: LocalModel, cancel: CancelToken) -> None:
        gate = self.gate
        assert gate is not None
        run = column.run
        if not gate.enter(run.column, cancel):
            self._done_with_engine(run.model_id)
            raise Cancelled
        try:
            if cancel.cancelled:
                raise Cancelled
            with RssSampler(engine) as sampler:
                try:
                    self.emit(run, "loading")
                    run.metrics.load_s = engine.load()
                    if cancel.cancelled:
                        raise Cancelled
                    self._run_task(column, cast(Engine, engine), cancel)
                finally:
                    run.metrics.peak_rss_bytes = sampler.peak
        finally:
            self._done_with_engine(run.model_id)
            gate.leave(run.column)

    def _done_with_engine(self, model_id: str) -> None:
        """One column is done with a local model: free its memory for a waiting model, if no column still needs it.

        Columns of one model share its engine (one child process); closing it under another
        column would stop that column's answer.
        """
        with self._engine_users_lock:
            self._engine_users[model_id] -= 1
            last = self._engine_users[model_id] == 0
        if last and self.gate is not None and self.gate.has_waiting():
            # The next model in the queue is waiting for this one's memory: free it before that one loads.
            self.engines.close(model_id)

    def _run_task(self, column: _Column, engine: Engine, cancel: CancelToken) -> None:
        run, spec = column.run, column.spec
        self.emit(run, "started")
        started = time.perf_counter()
        try:
            if spec.task == "chat":
                self._chat(run, spec, engine, cancel)
            elif spec.task == "translate":
                self._translate(run, spec, engine, cancel)
            elif spec.task == "classify":
                self._classify(run, spec, engine, cancel)
            else:
                self._batch(column, engine, cancel)
        finally:
            if run.metrics.wall_s is None:
                run.metrics.wall_s = time.perf_counter() - started
            if run.destination is None and run.metrics.cost_usd is None:
                run.metrics.cost_usd = 0.0

    def _take_stats(self, run: ModelRun, stats: Stats) -> None:
        run.stats = stats
        m = run.metrics
        m.ttft_s, m.tokens_per_s = stats.ttft_s, stats.tokens_per_s
        m.tokens_in, m.tokens_out, m.wall_s = stats.tokens_in, stats.tokens_out, stats.wall_s
        m.cost_usd = 0.0 if run.destination is None else stats.cost_usd
        if stats.stop_reason == "cancelled":
            run.status = "cancelled"

    def _chat(self, run: ModelRun, spec: Comparison, engine: Engine, cancel: CancelToken) -> None:
        request = spec.chat_request()
        if self.passages is not None:
            request, run.sources, note = grounded_chat(spec, self.passages, engine)
            run.notes.extend([note] if note else [])
        for chunk in engine.stream(request, cancel):
            if chunk.text:
                run.text += chunk.text
                self.emit(run, "text", text=chunk.text)
            if chunk.stats is not None:
                self._take_stats(run, chunk.stats)

    def _translate(self, run: ModelRun, spec: Comparison, engine: Engine, cancel: CancelToken) -> None:
        def on_text(delta: str) -> None:
            run.text += delta
            self.emit(run, "text", text=delta)

        result = translate(engine, spec.text, spec.translation_options(), cancel=cancel, on_text=on_text)
        run.text = result.text
        run.warnings = [w.message for w in result.warnings]
        self._take_stats(run, result.stats)

    def _classify(self, run: ModelRun, spec: Comparison, engine: Engine, cancel: CancelToken) -> None:
        result = spec.classifier().run(engine, spec.text, cancel)
        run.classification = result.to_dict()
        run.text = ", ".join(result.labels) if result.labels else result.display_label
        if result.note:
            run.notes.append(result.note)
        self._take_stats(run, result.stats)

    def _batch(self, column: _Column, engine: Engine, cancel: CancelToken) -> None:
        run, spec = column.run, column.spec
        assert self.work_dir is not None and self.table is not None
        job: Job
        if spec.task == "batch-classify":
            classifier = spec.classifier()
            job = ClassifyJob(classifier.labels, multi=spec.multi)
        else:
            job = TranslateJob(spec.translation_options())
        out_dir = self.work_dir / self.id
        out_dir.mkdir(parents=True, exist_ok=True)
        name = _slug(run.model_id)
        if spec.models.count(run.model_id) > 1:
            name += f"-column{column.index + 1}"  # one model in several columns: a file each
        batch = BatchSpec(
            input_path=Path(spec.input_path or ""),
            text_column=spec.text_column,
            output_path=out_dir / f"{name}.csv",
            job=job,
            gold_column=spec.gold_column or None,
        )
        run.rows_total = len(self.table.rows)

        def on_progress(progress: BatchProgress) -> None:
            run.rows_done, run.rows_total = progress.done, progress.total
            self.emit(run, "progress", done=progress.done, total=progress.total)

        summary = run_batch(engine, batch, on_progress=on_progress, cancel=cancel, table=self.table)
        run.rows_done, run.rows_total = summary.done, summary.total
        run.rows = [_row_dict(r) for r in summary.results]
        run.notes.extend(summary.notes)
        cost = 0.0 if run.destination is None else summary.cost_usd
        elapsed = summary.elapsed_s
        m = run.metrics
        m.tokens_in, m.tokens_out, m.wall_s, m.cost_usd = summary.tokens_in, summary.tokens_out, elapsed, cost
        done_here = summary.done - summary.resumed
        m.rows_per_min = done_here / elapsed * 60 if elapsed > 0 and done_here else None
        m.cost_per_1k_rows = cost / summary.done * 1000 if cost is not None and summary.done else None
        if summary.metrics is not None:
            m.accuracy, m.macro_f1 = summary.metrics.accuracy, summary.metrics.macro_f1
            run.batch_metrics = summary.metrics.to_dict()
        run.stats = Stats(
            tokens_in=summary.tokens_in, tokens_out=summary.tokens_out, wall_s=elapsed,
            stop_reason="cancelled" if summary.cancelled else "stop", cost_usd=cost,
            tokens_in_estimated=summary.tokens_in_estimated,
        )  # fmt: skip
        if summary.cancelled:
            run.status = "cancelled"


def _row_dict(row: RowResult) -> dict[str, object]:
    out: dict[str, object] = {"index": row.index}
    if row.translation is not None:
        out["translation"] = row.translation
    else:
        out["label"] = row.label
        out["labels"] = list(row.labels)
        out["probabilities"] = row.probabilities
    out["error"] = row.error
    return out


def _slug(model_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", model_id).strip("_") or "model"
