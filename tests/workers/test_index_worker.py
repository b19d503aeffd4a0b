"""The index worker: a real collection indexed off the GUI thread, paused while a local model is busy, cancelled."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from helpers.documents import EVAL_DIR, HashedWordsEmbedder, TextPipeline
from pytestqt.qtbot import QtBot

from app.core.documents.indexer import IndexProgress
from app.core.documents.store import DocumentStore
from app.core.engines.embedding import EmbeddingEngine
from app.core.errors import UserFacingError
from app.workers.index_worker import IndexResult, IndexWorker


@pytest.fixture
def store(tmp_path: Path) -> DocumentStore:
    folder = tmp_path / "docs"
    shutil.copytree(EVAL_DIR, folder)
    (folder / "questions.csv").unlink()
    opened = DocumentStore.open(tmp_path / "documents.sqlite3")
    opened.create_collection("Policies", [folder])
    return opened


def no_embedder(model_id: str) -> EmbeddingEngine:
    raise UserFacingError(f"No embedding engine for {model_id}.", "Pick another model.")


def test_indexes_the_collection_reporting_each_file(qtbot: QtBot, store: DocumentStore) -> None:
    worker = IndexWorker(store, TextPipeline().pipeline(), "Policies", no_embedder)
    reports: list[IndexProgress] = []
    worker.progress.connect(reports.extend)
    with qtbot.waitSignal(worker.succeeded, timeout=30_000) as blocker:
        worker.start()
    result = blocker.args[0]
    assert isinstance(result, IndexResult) and result.embedding_problem == ""
    files = store.files("Policies")
    assert len(files) == 11 and {f.status for f in files} == {"indexed"}
    assert sorted(r.event.path for r in reports if r.event) == sorted(f.path for f in files)
    assert reports[-1].phase == "done"


def test_an_embedding_model_that_cannot_open_leaves_keyword_search(qtbot: QtBot, store: DocumentStore) -> None:
    store.set_embedding_model("Policies", "local:missing")
    worker = IndexWorker(store, TextPipeline().pipeline(), "Policies", no_embedder)
    with qtbot.waitSignal(worker.succeeded, timeout=30_000) as blocker:
        worker.start()
    assert "No embedding engine for local:missing." in blocker.args[0].embedding_problem
    assert {f.status for f in store.files("Policies")} == {"extracted"}


def test_embeds_with_the_opened_engine(qtbot: QtBot, store: DocumentStore) -> None:
    embedder = HashedWordsEmbedder()
    store.set_embedding_model("Policies", embedder.model_id)
    worker = IndexWorker(store, TextPipeline().pipeline(), "Policies", lambda _model: embedder)
    with qtbot.waitSignal(worker.succeeded, timeout=30_000) as blocker:
        worker.start()
    assert blocker.args[0].summary.passages_embedded == len(embedder.texts_embedded) > 0
    assert {f.status for f in store.files("Policies")} == {"indexed"}


def test_waits_while_the_local_model_is_busy_then_goes_on(qtbot: QtBot, store: DocumentStore) -> None:
    busy = threading.Event()
    busy.set()
    worker = IndexWorker(store, TextPipeline().pipeline(), "Policies", no_embedder, busy.is_set)
    pauses: list[bool] = []
    worker.paused.connect(pauses.append)
    worker.start()
    qtbot.waitUntil(lambda: pauses == [True], timeout=10_000)
    qtbot.wait(300)
    assert store.files("Policies") == [], "nothing is extracted while the model answers"
    with qtbot.waitSignal(worker.succeeded, timeout=30_000):
        busy.clear()
    assert pauses[:2] == [True, False]
    assert len(store.files("Policies")) == 11


def test_cancel_while_paused_ends_as_cancelled(qtbot: QtBot, store: DocumentStore) -> None:
    worker = IndexWorker(store, TextPipeline().pipeline(), "Policies", no_embedder, lambda: True)
    pauses: list[bool] = []
    worker.paused.connect(pauses.append)
    worker.start()
    qtbot.waitUntil(lambda: pauses == [True], timeout=10_000)
    with qtbot.waitSignal(worker.cancelled, timeout=5_000):
        worker.cancel()
    assert pauses == [True, False]
