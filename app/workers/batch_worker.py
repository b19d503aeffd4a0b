"""Runs a batch (a task over every row of a file) off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.core.engines.base import Engine
from app.core.tasks.batch import BatchSpec, run_batch
from app.core.tasks.tables import Table
from app.workers.task_worker import TaskWorker


class BatchWorker(TaskWorker):
    """``run_batch(engine, spec)`` on its own QThread.

    Signals (see ``TaskWorker`` and ``Worker``):
        progress(object): a ``BatchProgress`` after each row; its ``last`` is
            the row's ``RowResult``.
        succeeded(object): the ``BatchSummary``, also after a cancel
            (``summary.cancelled``; the rows done are journaled and a new
            worker with the same spec resumes after them).
        cancelled(): not emitted: a cancelled batch still has a summary.
        failed(str, str): the run as a whole failed (a rejected key, a
            crashed model, an unreadable file); rows done so far are kept.
    """

    def __init__(
        self, engine: Engine, spec: BatchSpec, table: Table | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(
            lambda cancel, report: run_batch(engine, spec, on_progress=report, cancel=cancel, table=table),
            name=f"Batch run over {spec.input_path.name}",
            parent=parent,
        )
        self.spec = spec
