"""Runs a comparison (one input, several models) off the GUI thread and reports each model's steps."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.core.cancel import CancelToken
from app.core.compare.results import ComparisonResult
from app.core.compare.run import CompareEvent, run_comparison
from app.core.compare.spec import Comparison
from app.core.engines.registry import EngineRegistry
from app.workers.base import Worker

if TYPE_CHECKING:
    from app.core.tasks.chat_sources import Retrieve

UNEXPECTED_MESSAGE = (
    "The comparison stopped because of an unexpected error. Details are in the log. "
    "Try again; if it keeps happening, restart Plinth."
)


class CompareWorker(Worker):
    """``run_comparison(spec, engines)`` on its own QThread, each model's steps as signals.

    Signals (see ``Worker``); the first argument is always the model id:
        queued(str, int): a local model waits for memory; its place in the queue (1 = next).
        loading(str): the model is being loaded.
        started(str): the model took the input; text or progress follows.
        text(str, str): a piece of the model's answer, in order.
        progress(str, int, int): rows done and total rows of a batch.
        model_finished(str, object): the model's final ``ModelRun``.
        model_failed(str, object): the ``ModelRun``, its ``error_title``/``error`` set.
        model_cancelled(str, object): the ``ModelRun`` as far as it got.
        finished(object): the ``ComparisonResult``, once every model has ended
            (after "Stop all" too: ``result.stopped``).
        failed(str, str): the comparison could not run at all, e.g. an invalid spec.
        cancelled(): not emitted: a stopped comparison still has its result.

    ``finished`` or ``failed`` comes after every model's own signals.
    """

    queued = Signal(str, int)
    loading = Signal(str)
    started = Signal(str)
    text = Signal(str, str)
    progress = Signal(str, int, int)
    model_finished = Signal(str, object)
    model_failed = Signal(str, object)
    model_cancelled = Signal(str, object)
    finished = Signal(object)

    unexpected_message = UNEXPECTED_MESSAGE

    def __init__(
        self,
        spec: Comparison,
        engines: EngineRegistry,
        work_dir: Path | None = None,
        parent: QObject | None = None,
        retrieve: Retrieve | None = None,
    ) -> None:
        """``retrieve``: finds the passages of a spec answered from documents (``run_comparison``'s)."""
        super().__init__(f"Comparing {', '.join(spec.models)}", parent)
        self.spec = spec
        self._engines = engines
        self._work_dir = work_dir
        self._retrieve = retrieve
        self._model_cancels = {model_id: CancelToken() for model_id in spec.models}

    def cancel_model(self, model_id: str) -> None:
        """Stop one model; the others go on. ``cancel()`` stops all: each running model reports ``model_cancelled``."""
        token = self._model_cancels.get(model_id)
        if token is not None:
            token.cancel()

    def work(self) -> ComparisonResult:
        # Events come from each model's own thread; ``_report`` queues them in order per model.
        return run_comparison(
            self.spec,
            self._engines,
            on_event=self._report,
            cancel=self._cancel,
            model_cancels=self._model_cancels,
            work_dir=self._work_dir,
            retrieve=self._retrieve,
        )

    def _succeed(self, result: object) -> None:
        self.finished.emit(result)

    def _deliver(self, report: object) -> None:
        assert isinstance(report, CompareEvent)
        model_id = report.model_id
        if report.kind == "queued":
            self.queued.emit(model_id, report.queue_position or 0)
        elif report.kind == "loading":
            self.loading.emit(model_id)
        elif report.kind == "started":
            self.started.emit(model_id)
        elif report.kind == "text":
            self.text.emit(model_id, report.text)
        elif report.kind == "progress":
            self.progress.emit(model_id, report.done, report.total)
        elif report.kind == "finished":
            self.model_finished.emit(model_id, report.run)
        elif report.kind == "failed":
            self.model_failed.emit(model_id, report.run)
        elif report.kind == "cancelled":
            self.model_cancelled.emit(model_id, report.run)
