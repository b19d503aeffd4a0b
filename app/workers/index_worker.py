"""Indexes one collection off the GUI thread: progress per file, a pause while a local model answers, cancel."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.core.cancel import Cancelled
from app.core.documents.indexer import Indexer, IndexProgress, IndexSummary, Pipeline
from app.core.documents.store import DocumentStore
from app.core.engines.embedding import EmbeddingEngine
from app.core.errors import UserFacingError
from app.workers.base import Worker

#: How often a paused run looks again whether the local model has finished (and at cancel).
PAUSE_POLL_S = 0.1
UNEXPECTED_MESSAGE = (
    "Indexing stopped because of an unexpected error. Details are in the log. "
    "Everything indexed so far is kept: index the collection again to finish."
)


@dataclass(frozen=True)
class IndexResult:
    """How a run ended: its summary, and why the passages were not embedded when they were meant to be."""

    collection: str
    summary: IndexSummary
    #: The embedding model could not be opened: the collection was indexed for keyword search only.
    embedding_problem: str = ""


class IndexWorker(Worker):
    """Runs ``Indexer.run`` for one collection on its own QThread.

    ``open_embedder(model_id)`` gives the collection's embedding engine (kept by whoever made it; the
    worker never closes it); when it fails the run indexes for keyword search and says why.
    ``busy()`` says whether a local model is answering: the run waits between files and between
    embedding batches while it is, so the two never share the CPU.

    Reports are sent in batches with at most one batch in flight: a run that reports faster than the
    window can draw (hundreds of small files a second) never floods its event loop.

    Signals (see ``Worker``):
        progress(object): a list of ``IndexProgress``, every report in order.
        paused(bool): the run started (True) or stopped (False) waiting for the local model.
        succeeded(object): an ``IndexResult``.
        cancelled(): stopped by ``cancel()``; every finished file is kept.
        failed(str, str): the run raised.
    """

    progress = Signal(object)
    paused = Signal(bool)
    succeeded = Signal(object)

    unexpected_message = UNEXPECTED_MESSAGE

    def __init__(
        self,
        store: DocumentStore,
        pipeline: Pipeline,
        collection: str,
        open_embedder: Callable[[str], EmbeddingEngine],
        busy: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(f"Indexing {collection}", parent)
        self.collection = collection
        self._store = store
        self._pipeline = pipeline
        self._open_embedder = open_embedder
        self._busy = busy
        self._lock = threading.Lock()
        self._pending: list[IndexProgress] = []
        self._in_flight = False

    def work(self) -> IndexResult:
        model = self._store.collection(self.collection).embedding_model
        embedder: EmbeddingEngine | None = None
        problem = ""
        if model:
            try:
                embedder = self._open_embedder(model)
            except UserFacingError as exc:
                problem = str(exc)
        indexer = Indexer(self._store, self._pipeline, embedder)
        summary = indexer.run(self.collection, self._cancel, self._progress, self._wait_while_busy)
        return IndexResult(self.collection, summary, problem)

    def _progress(self, report: IndexProgress) -> None:
        with self._lock:
            self._pending.append(report)
            if self._in_flight:
                return  # the batch in flight takes it along when it is delivered
            self._in_flight = True
            batch, self._pending = self._pending, []
        self._report(batch)

    def _wait_while_busy(self) -> None:
        if not self._busy():
            return
        self._report(True)
        try:
            while self._busy():
                if self._cancel.cancelled:
                    raise Cancelled()
                time.sleep(PAUSE_POLL_S)
        finally:
            self._report(False)

    def _succeed(self, result: object) -> None:
        self.succeeded.emit(result)

    def _deliver(self, report: object) -> None:
        if isinstance(report, list):
            with self._lock:
                batch, self._pending = report + self._pending, []
                self._in_flight = False
            self.progress.emit(batch)
        else:
            self.paused.emit(bool(report))
