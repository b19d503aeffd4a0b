"""Runs an own task over rows × (model, variant) columns off the GUI thread: the Tasks tab's batch run, and its
"Try on this row" (one row, one model, the answer streamed as it comes)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.core.tasks.custom.run import run_matrix
from app.workers.base import Worker

if TYPE_CHECKING:
    from app.core.cancel import CancelToken
    from app.core.engines.base import Capabilities, ChatRequest, Chunk, Engine
    from app.core.tasks.custom.cache import ResponseCache
    from app.core.tasks.custom.matrix import MatrixResult
    from app.core.tasks.custom.run import Checker
    from app.core.tasks.custom.spec import Cell, Column, TaskSpec

UNEXPECTED_MESSAGE = (
    "The task run stopped because of an unexpected error. Details are in the log. "
    "Run it again: the cells already done are kept and not asked again."
)


@dataclass(frozen=True)
class TaskRunJob:
    """What one run is: the task, its rows and columns, and where its journal and cache are."""

    task: TaskSpec
    rows: Sequence[Mapping[str, object]]
    columns: Sequence[Column]
    engines: Callable[[str], Engine]
    checker: Checker
    #: Where finished cells are kept so a cancelled or killed run resumes; None keeps none.
    journal: Path | None = None
    cache: ResponseCache | None = None
    concurrency: int = 4


class _StreamTap:
    """``engine``, passing each piece of text it streams to ``on_text`` on its way to the run."""

    def __init__(self, engine: Engine, on_text: Callable[[str], None]) -> None:
        self._engine = engine
        self._on_text = on_text
        self.model_id = engine.model_id
        self.destination = engine.destination

    @property
    def capabilities(self) -> Capabilities:
        return self._engine.capabilities

    def stream(self, request: ChatRequest, cancel: CancelToken | None = None) -> Iterator[Chunk]:
        for chunk in self._engine.stream(request, cancel):
            if chunk.text:
                self._on_text(chunk.text)
            yield chunk

    def close(self) -> None:
        self._engine.close()


class TaskRunWorker(Worker):
    """``run_matrix`` of a ``TaskRunJob`` on its own QThread.

    A cancel ends the run with the cells done so far: ``succeeded`` then
    carries a result whose ``cancelled`` is set (its journal resumes it).

    Signals (see ``Worker``):
        cell_done(int, object, object): a row's index, the ``Column`` and its ``Cell``, as each finishes.
        text_streamed(str): with ``stream_text``, each piece of a text or JSON answer as the model writes it.
        succeeded(object): the ``MatrixResult``.
        failed(str, str): the run could not start (no model, an unknown variant) or broke.
    """

    cell_done = Signal(int, object, object)
    text_streamed = Signal(str)
    succeeded = Signal(object)

    unexpected_message = UNEXPECTED_MESSAGE

    def __init__(self, job: TaskRunJob, *, stream_text: bool = False, parent: QObject | None = None) -> None:
        super().__init__("Task run", parent)
        self._job = job
        # Label tasks are scored, not written: nothing streams, and the engine must keep its scoring.
        self._stream_text = stream_text and job.task.output != "label"

    def work(self) -> MatrixResult:
        job = self._job
        engines = job.engines
        if self._stream_text:

            def engines(model_id: str) -> Engine:
                return _StreamTap(job.engines(model_id), lambda text: self._report(("text", text)))

        def on_cell(index: int, column: Column, cell: Cell) -> None:
            self._report(("cell", index, column, cell))

        return run_matrix(
            job.task, job.rows, job.columns, engines, checker=job.checker, cancel=self._cancel, on_cell=on_cell,
            journal=job.journal, cache=job.cache, concurrency=job.concurrency,
        )  # fmt: skip

    def _succeed(self, result: object) -> None:
        self.succeeded.emit(result)

    def _deliver(self, report: object) -> None:
        assert isinstance(report, tuple)
        if report[0] == "text":
            self.text_streamed.emit(report[1])
        else:
            _, index, column, cell = report
            self.cell_done.emit(index, column, cell)
