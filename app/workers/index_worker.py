"""Indexes one collection off the GUI thread: progress per file, a pause while a local model answers, cancel."""

from __future__ import annotations

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

    Signals (see ``Worker``):
        progress(object): each ``IndexProgress``, in order.
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
        summary = indexer.run(self.collection, self._cancel, self._report, self._wait_while_busy)
        return IndexResult(self.collection, summary, problem)

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
        if isinstance(report, IndexProgress):
            self.progress.emit(report)
        else:
            self.paused.emit(bool(report))
