"""The adaptation worker: a real run on planted data with the starter model's embeddings; cancel, and resume."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes import registry_with
from helpers.adaptation_results import KeywordEmbedder
from helpers.planted import KEYWORDS, planted_rows, write_labelled_csv
from pytestqt.qtbot import QtBot
from task_fakes import ScoringEngine, keyword_rule

from app.core.adaptation.embedding_cache import EmbeddingCache
from app.core.adaptation.library import ClassifierLibrary
from app.core.adaptation.records import AdaptationResult, AdaptationSpec, MethodSpec
from app.core.adaptation.run import AdaptationEnv, AdaptationProgress, journal_for
from app.core.engines.local.embedding_engine import LocalEmbeddingEngine
from app.core.engines.registry import EngineRegistry
from app.workers.adapt_worker import AdaptWorker, save_classifier


@pytest.fixture
def labelled(tmp_path: Path) -> Path:
    return write_labelled_csv(tmp_path / "tickets.csv", planted_rows(10, seed=3))


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[EmbeddingCache]:
    cache = EmbeddingCache(tmp_path / "embeddings.sqlite3")
    yield cache
    cache.close()


def _run(qtbot: QtBot, worker: AdaptWorker, timeout: int = 20_000) -> list[AdaptationProgress]:
    seen: list[AdaptationProgress] = []
    worker.progress.connect(seen.append)
    with qtbot.waitSignal(worker.succeeded, timeout=timeout) as blocker:
        worker.start()
    assert isinstance(blocker.args[0], AdaptationResult)
    worker.result = blocker.args[0]  # type: ignore[attr-defined]
    return seen


@pytest.mark.slow
def test_a_real_run_through_the_worker(
    qtbot: QtBot, labelled: Path, cache: EmbeddingCache, starter_path: Path, tmp_path: Path
) -> None:
    """The embedding classifier on the starter model's embeddings beats chance on planted data, via the worker."""
    engines = EngineRegistry()
    opened: list[LocalEmbeddingEngine] = []

    def open_embedding(model_id: str) -> LocalEmbeddingEngine:
        assert model_id == "starter"
        opened.append(LocalEmbeddingEngine(starter_path, "starter", context_cap=256))
        return opened[-1]

    spec = AdaptationSpec(str(labelled), "text", "label", (MethodSpec("embed-logreg"),), embedding_model="starter",
                          sizes=(6, 12), seeds=1)  # fmt: skip
    worker = AdaptWorker(spec, lambda: AdaptationEnv(engines, open_embedding, cache), tmp_path / "run.jsonl")
    seen = _run(qtbot, worker, timeout=60_000)
    result: AdaptationResult = worker.result  # type: ignore[attr-defined]
    assert [p.size for p in result.points] == list(result.sizes) and result.sizes[-1] == result.n_train
    best = result.points[-1]
    assert best.method == "embed-logreg" and best.macro_f1 > 0.6  # chance is 1/3
    assert result.verdict
    assert seen and seen[-1].cells_done == seen[-1].cells_total
    # The run closed the embedding engine it opened (the child process is gone).
    assert len(opened) == 1 and opened[0].pid is None

    # Saved as a classifier trained on every labelled row (as plinth adapt --save), vectors from the run's cache.
    library = ClassifierLibrary(tmp_path / "classifiers")
    saved = save_classifier("tickets", spec, open_embedding=open_embedding, cache=cache, library=library)
    assert saved.model_id == "classifier:tickets" and saved.provenance.n_train == result.n_train + result.n_test
    assert set(library.load("tickets").labels) == set(result.labels)
    assert opened[-1].pid is None


def test_cancel_stops_and_a_rerun_resumes(qtbot: QtBot, labelled: Path, cache: EmbeddingCache, tmp_path: Path) -> None:
    rule = keyword_rule({w: label for label, words in KEYWORDS.items() for w in words}, "billing")
    slow = ScoringEngine(model_id="local:slow", rule=rule, delay=0.05)
    engines = registry_with(slow, "local")
    spec = AdaptationSpec(str(labelled), "text", "label",
                          (MethodSpec("embed-logreg"), MethodSpec("zero-shot", "local:slow")),
                          embedding_model="keywords", sizes=(6,), seeds=1)  # fmt: skip
    journal = journal_for(tmp_path / "runs", spec)
    assert journal == journal_for(tmp_path / "runs", spec) and journal.parent == tmp_path / "runs"

    def env() -> AdaptationEnv:
        return AdaptationEnv(engines, lambda _m: KeywordEmbedder(), cache)

    worker = AdaptWorker(spec, env, journal)
    seen: list[AdaptationProgress] = []
    worker.progress.connect(seen.append)
    worker.progress.connect(lambda p: worker.cancel() if p.method.startswith("zero-shot") and p.rows_done else None)
    with qtbot.waitSignal(worker.cancelled, timeout=20_000):
        worker.start()
    assert slow.scored and len(slow.scored) < 16
    # The embedding classifier's cells finished before the cancel: the rerun keeps them.
    rerun = AdaptWorker(spec, env, journal)
    progress = _run(qtbot, rerun)
    # Both embedding-classifier cells (6 rows and all of them) came from the journal: only zero-shot ran again.
    assert progress and min(p.cells_done for p in progress) == 2 and progress[0].cells_total == 3
    result: AdaptationResult = rerun.result  # type: ignore[attr-defined]
    assert {p.method for p in result.points} == {"embed-logreg", "zero-shot@local:slow"}


def test_a_report_replaced_before_delivery_hands_its_finished_cells_on(qtbot: QtBot) -> None:
    from helpers.adaptation_results import sample_result

    first, second = sample_result().cells[:2]
    worker = AdaptWorker(AdaptationSpec("x.csv", "text", "label", (MethodSpec("embed-logreg"),)), lambda: None)  # type: ignore[arg-type, return-value]
    delivered: list[AdaptationProgress] = []
    worker.progress.connect(delivered.append)
    worker._in_flight = True  # a report is on its way to the window: newer ones wait
    worker._progress(AdaptationProgress(1, 4, finished=(first,)))
    worker._progress(AdaptationProgress(2, 4, finished=(second,)))
    worker._deliver(None)
    assert [(p.cells_done, p.finished) for p in delivered] == [(2, (first, second))]
