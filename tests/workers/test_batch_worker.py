from pathlib import Path

import pytest
from fakes import FakeEngine
from pytestqt.qtbot import QtBot
from task_fakes import ScoringEngine, keyword_rule

from app.core.errors import AuthError
from app.core.tasks.batch import BatchProgress, BatchSpec, BatchSummary, ClassifyJob, journal_path
from app.core.tasks.classification import LabelSet
from app.workers.batch_worker import BatchWorker


@pytest.fixture
def table_file(tmp_path: Path) -> Path:
    path = tmp_path / "texts.csv"
    lines = ["text,gold"] + [f"{'I love it' if i % 2 else 'Awful'} {i},{'good' if i % 2 else 'bad'}" for i in range(8)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def spec_for(path: Path) -> BatchSpec:
    return BatchSpec(
        input_path=path,
        text_column="text",
        output_path=path.with_name("out.csv"),
        job=ClassifyJob(LabelSet.of(["good", "bad"])),
        gold_column="gold",
    )


def engine(delay: float = 0.0) -> ScoringEngine:
    return ScoringEngine(model_id="local:fake", rule=keyword_rule({"love": "good", "awful": "bad"}, "bad"), delay=delay)


def test_progress_per_row_then_the_summary(qtbot: QtBot, table_file: Path) -> None:
    worker = BatchWorker(engine(), spec_for(table_file))
    progress: list[BatchProgress] = []
    worker.progress.connect(progress.append)
    with qtbot.waitSignal(worker.succeeded, timeout=10_000) as blocker:
        worker.start()
    summary: BatchSummary = blocker.args[0]
    assert not summary.cancelled and summary.done == 8
    assert summary.metrics is not None and summary.metrics.accuracy == 1.0
    assert [p.done for p in progress if p.last is not None] == list(range(1, 9))
    assert progress[-1].total == 8
    assert summary.output_path is not None and summary.output_path.exists()


def test_cancel_gives_a_partial_summary_and_a_new_worker_resumes(qtbot: QtBot, table_file: Path) -> None:
    slow = engine(delay=0.05)
    worker = BatchWorker(slow, spec_for(table_file))
    worker.start()
    qtbot.waitUntil(lambda: len(slow.scored) >= 2, timeout=5000)
    with qtbot.waitSignal(worker.succeeded, timeout=5000) as blocker:
        worker.cancel()
    first: BatchSummary = blocker.args[0]
    assert first.cancelled and 2 <= first.done < 8
    assert journal_path(table_file.with_name("out.csv")).exists()

    fast = engine()
    again = BatchWorker(fast, spec_for(table_file))
    with qtbot.waitSignal(again.succeeded, timeout=10_000) as blocker:
        again.start()
    second: BatchSummary = blocker.args[0]
    assert second.resumed == first.done and second.done == 8 and not second.cancelled
    assert len(fast.scored) == 8 - first.done


def test_a_run_wide_error_is_failed_with_what_to_do(qtbot: QtBot, table_file: Path) -> None:
    broken = FakeEngine(model_id="local:fake")
    broken.enqueue_error(AuthError("The server rejected the API key (401).", "Check the key in Providers."))
    worker = BatchWorker(broken, spec_for(table_file))
    with qtbot.waitSignal(worker.failed, timeout=5000) as blocker:
        worker.start()
    assert blocker.args == [AuthError.title, "The server rejected the API key (401). Check the key in Providers."]
