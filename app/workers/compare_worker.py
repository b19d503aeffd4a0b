"""Runs a comparison (one input, several models) off the GUI thread and reports each model's steps."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.core.compare import Comparison, CompareEvent, ComparisonResult, run_comparison
from app.core.engines.base import CancelToken
from app.core.engines.registry import EngineRegistry
from app.core.errors import UserFacingError
from app.workers._thread_worker import DiscardableWorker

log = logging.getLogger(__name__)

UNEXPECTED_TITLE = "Something went wrong"
UNEXPECTED_MESSAGE = (
    "The comparison stopped because of an unexpected error. Details are in the log. "
    "Try again; if it keeps happening, restart Plinth."
)


class _CompareThread(QThread):
    """Calls ``run_comparison``; the outcome is read after the thread ends.

    Signals:
        reported(object): a ``CompareEvent``, emitted from whichever model thread
            produced it (the connection is queued, so it arrives in order per model).
    """

    reported = Signal(object)

    def __init__(
        self,
        spec: Comparison,
        engines: EngineRegistry,
        cancel: CancelToken,
        model_cancels: dict[str, CancelToken],
        work_dir: Path | None,
    ) -> None:
        super().__init__()
        self._spec = spec
        self._engines = engines
        self._cancel = cancel
        self._model_cancels = model_cancels
        self._work_dir = work_dir
        self.result: ComparisonResult | None = None
        self.error: tuple[str, str] | None = None

    def run(self) -> None:
        try:
            self.result = run_comparison(
                self._spec,
                self._engines,
                on_event=self.reported.emit,
                cancel=self._cancel,
                model_cancels=self._model_cancels,
                work_dir=self._work_dir,
            )
        except UserFacingError as exc:
            self.error = (exc.title, f"{exc.message} {exc.hint}".strip())
        except Exception:
            log.exception("Comparing %s failed", ", ".join(self._spec.models))
            self.error = (UNEXPECTED_TITLE, UNEXPECTED_MESSAGE)


class CompareWorker(DiscardableWorker):
    """``run_comparison(spec, engines)`` on its own QThread, each model's steps as signals.

    Signals (delivered on the thread that owns the worker, normally the GUI);
    the first argument is always the model id:
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
        failed(str, str): the comparison could not run at all (title, message
            with the hint), e.g. an invalid spec.

    Exactly one of ``finished`` and ``failed`` per ``start()``, once the
    thread has fully stopped, after every model's own signals.
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
    failed = Signal(str, str)

    def __init__(
        self,
        spec: Comparison,
        engines: EngineRegistry,
        work_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self._cancel = CancelToken()
        self._model_cancels = {model_id: CancelToken() for model_id in spec.models}
        self._thread: _CompareThread = _CompareThread(spec, engines, self._cancel, self._model_cancels, work_dir)
        self._thread.reported.connect(self._on_thread_reported)
        self._set_thread(self._thread)

    def cancel(self) -> None:
        """Stop all: returns at once; each running model reports ``model_cancelled``, then ``finished``."""
        self._cancel.cancel()

    def cancel_model(self, model_id: str) -> None:
        """Stop one model; the others go on."""
        token = self._model_cancels.get(model_id)
        if token is not None:
            token.cancel()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.cancelled

    def discard(self) -> None:
        """Stop all, emit nothing more, and delete the worker once the run returns.

        Its owner may be destroyed right after: the worker moves under the
        application, so the running thread is never destroyed with it.
        """
        self._cancel.cancel()
        super().discard()

    @Slot(object)
    def _on_thread_reported(self, event: CompareEvent) -> None:
        if self._discarded:
            return
        model_id = event.model_id
        if event.kind == "queued":
            self.queued.emit(model_id, event.queue_position or 0)
        elif event.kind == "loading":
            self.loading.emit(model_id)
        elif event.kind == "started":
            self.started.emit(model_id)
        elif event.kind == "text":
            self.text.emit(model_id, event.text)
        elif event.kind == "progress":
            self.progress.emit(model_id, event.done, event.total)
        elif event.kind == "finished":
            self.model_finished.emit(model_id, event.run)
        elif event.kind == "failed":
            self.model_failed.emit(model_id, event.run)
        elif event.kind == "cancelled":
            self.model_cancelled.emit(model_id, event.run)

    def _thread_done(self) -> None:
        if self._thread.error is not None or self._thread.result is None:
            self.failed.emit(*(self._thread.error or (UNEXPECTED_TITLE, UNEXPECTED_MESSAGE)))
        else:
            self.finished.emit(self._thread.result)
