"""Runs an adaptation comparison off the GUI thread (progress, cancel, resume), and saves its trained classifier."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.core.adaptation.records import AdaptationSpec
from app.core.cancel import CancelToken
from app.workers.base import Worker

if TYPE_CHECKING:
    from app.core.adaptation.embedding_cache import EmbeddingCache
    from app.core.adaptation.library import ClassifierLibrary, SavedClassifier
    from app.core.adaptation.run import AdaptationEnv, AdaptationProgress
    from app.core.engines.embedding import EmbeddingEngine

UNEXPECTED_MESSAGE = (
    "The comparison stopped because of an unexpected error. Details are in the log. "
    "Every finished cell is kept: run it again to finish."
)


class AdaptWorker(Worker):
    """``run_adaptation(spec, env)`` on its own QThread, its journal in ``journal`` (None: keeps none).

    ``open_env()`` is called on the worker's thread (it may open the embedding cache). Progress is coalesced:
    at most one report is in flight, and a newer one replaces an older one not yet delivered, so a run that
    reports per row never floods the window.

    Signals (see ``Worker``):
        progress(object): an ``AdaptationProgress``, the latest.
        succeeded(object): the ``AdaptationResult``.
        cancelled(): stopped by ``cancel()``; the cells finished so far are in the journal.
        failed(str, str): the run raised (bad data, a model that cannot be used…).
    """

    progress = Signal(object)
    succeeded = Signal(object)

    unexpected_message = UNEXPECTED_MESSAGE

    def __init__(
        self,
        spec: AdaptationSpec,
        open_env: Callable[[], AdaptationEnv],
        journal: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__("Adaptation run", parent)
        self.spec = spec
        self._open_env = open_env
        self._journal = journal
        self._lock = threading.Lock()
        self._pending: AdaptationProgress | None = None
        self._in_flight = False

    def work(self) -> object:
        from app.core.adaptation.run import run_adaptation

        env = self._open_env()
        return run_adaptation(self.spec, env, journal=self._journal, progress=self._progress, cancel=self._cancel)

    def _progress(self, report: AdaptationProgress) -> None:
        with self._lock:
            pending = self._pending
            if pending is not None and pending.finished:
                # The replaced report's finished cells go on with the newer one: the view draws them all.
                report = replace(report, finished=pending.finished + report.finished)
            self._pending = report
            if self._in_flight:
                return
            self._in_flight = True
        self._report(None)

    def _succeed(self, result: object) -> None:
        self.succeeded.emit(result)

    def _deliver(self, _report: object) -> None:
        with self._lock:
            latest, self._pending = self._pending, None
            self._in_flight = False
        if latest is not None:
            self.progress.emit(latest)


def save_classifier(
    name: str,
    spec: AdaptationSpec,
    *,
    open_embedding: Callable[[str], EmbeddingEngine],
    cache: EmbeddingCache,
    library: ClassifierLibrary,
    cancel: CancelToken | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> SavedClassifier:
    """Train the embedding classifier of ``spec``'s run on every row of its input file and save it as ``name``.

    As ``plinth adapt --save`` does: the run measured the method, the saved model learns from all the labels
    there are (a separate test file stays out); most vectors come from the cache the run filled.
    """
    from app.core.adaptation.data import load_labelled
    from app.core.adaptation.retrain import train_and_save
    from app.core.errors import InvalidRequestError

    if not spec.embedding_model:
        raise InvalidRequestError(
            "This run had no embedding model, so there is no classifier to save.",
            "Tick the embedding classifier, run again, then save.",
        )
    path = Path(spec.input_path)
    data = load_labelled(path, spec.text_column, spec.label_column, label_set=spec.labels)
    embedder = open_embedding(spec.embedding_model)
    try:
        return train_and_save(
            name,
            data.rows,
            embedder=embedder,
            cache=cache,
            library=library,
            training_file=path.name,
            training_sha256=data.sha256,
            cancel=cancel,
            progress=progress,
            labels=data.labels,
        )
    finally:
        embedder.close()
