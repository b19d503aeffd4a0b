"""CompareWorker: run_comparison on a QThread, each model's steps as signals."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fakes import FakeEngine
from pytestqt.qtbot import QtBot

from app.core.compare.results import ComparisonResult, ModelRun
from app.core.compare.spec import Comparison
from app.core.engines.registry import EngineRegistry
from app.core.errors import EngineCrashedError, InvalidRequestError
from app.workers.compare_worker import CompareWorker

LOCAL = "local:fake"
REMOTE = "openai:gpt-test"


@pytest.fixture
def local() -> FakeEngine:
    return FakeEngine(model_id=LOCAL)


@pytest.fixture
def remote() -> FakeEngine:
    return FakeEngine(model_id=REMOTE, destination="OpenAI")


@pytest.fixture
def engines(local: FakeEngine, remote: FakeEngine) -> EngineRegistry:
    registry = EngineRegistry()
    registry.register("local", lambda _model_id: local)
    registry.register("openai", lambda _model_id: remote)
    return registry


@pytest.fixture
def make_worker(engines: EngineRegistry) -> Iterator[Callable[[Comparison], CompareWorker]]:
    """Workers that are stopped and waited for even when a test fails half-way."""
    workers: list[CompareWorker] = []

    def make(comparison: Comparison) -> CompareWorker:
        workers.append(CompareWorker(comparison, engines))
        return workers[-1]

    yield make
    for worker in workers:
        if not worker.wait(0):
            worker.cancel()
            worker.wait(5000)


def spec(*models: str) -> Comparison:
    return Comparison(task="chat", models=models or (LOCAL, REMOTE), text="Why is the sky blue?", max_tokens=64)


class Recorder:
    """Every signal of a worker, in arrival order, as (signal, model id, payload)."""

    def __init__(self, worker: CompareWorker) -> None:
        self.log: list[tuple[str, str, object]] = []
        worker.loading.connect(lambda m: self.log.append(("loading", m, None)))
        worker.started.connect(lambda m: self.log.append(("started", m, None)))
        worker.text.connect(lambda m, t: self.log.append(("text", m, t)))
        worker.model_finished.connect(lambda m, r: self.log.append(("finished", m, r)))
        worker.model_failed.connect(lambda m, r: self.log.append(("failed", m, r)))
        worker.model_cancelled.connect(lambda m, r: self.log.append(("cancelled", m, r)))

    def text(self, model_id: str) -> str:
        return "".join(str(p) for kind, m, p in self.log if kind == "text" and m == model_id)

    def ended(self, model_id: str) -> tuple[str, ModelRun] | None:
        for kind, m, payload in self.log:
            if m == model_id and kind in ("finished", "failed", "cancelled"):
                assert isinstance(payload, ModelRun)
                return kind, payload
        return None


def test_models_stream_at_once_and_the_result_comes_last(
    qtbot: QtBot, make_worker: Callable[[Comparison], CompareWorker], local: FakeEngine, remote: FakeEngine
) -> None:
    local.enqueue(["Light ", "scatters ", "off ", "air."], delay=0.05)
    remote.enqueue(["Rayleigh ", "scattering ", "favours ", "blue."], delay=0.05, cost_usd=0.0004)
    worker = make_worker(spec())
    recorder = Recorder(worker)
    with qtbot.waitSignal(worker.finished, timeout=10_000) as blocker:
        worker.start()
    result = blocker.args[0]
    assert isinstance(result, ComparisonResult)
    assert [run.status for run in result.runs] == ["finished", "finished"]
    assert recorder.text(LOCAL) == "Light scatters off air."
    assert recorder.text(REMOTE) == "Rayleigh scattering favours blue."
    texts = [m for kind, m, _ in recorder.log if kind == "text"]
    # Concurrent, not one after the other: the second model's text starts before the first's ends.
    assert texts.index(REMOTE) < len(texts) - 1 - texts[::-1].index(LOCAL)
    assert texts.index(LOCAL) < len(texts) - 1 - texts[::-1].index(REMOTE)
    assert result.run_for(REMOTE).metrics.cost_usd == pytest.approx(0.0004)
    assert not worker.is_running()


def test_one_failing_model_leaves_the_other_to_finish(
    qtbot: QtBot, make_worker: Callable[[Comparison], CompareWorker], local: FakeEngine, remote: FakeEngine
) -> None:
    local.enqueue_error(EngineCrashedError("The model stopped unexpectedly.", "Restart it."), after=["Half"])
    remote.enqueue(["A ", "whole ", "answer."], delay=0.02)
    worker = make_worker(spec())
    recorder = Recorder(worker)
    with qtbot.waitSignal(worker.finished, timeout=10_000) as blocker:
        worker.start()
    kind, run = recorder.ended(LOCAL) or ("", None)
    assert kind == "failed" and run is not None
    assert run.error_title == EngineCrashedError.title
    assert "stopped unexpectedly" in run.error
    assert recorder.ended(REMOTE)[0] == "finished"  # type: ignore[index]
    assert recorder.text(REMOTE) == "A whole answer."
    assert [r.status for r in blocker.args[0].runs] == ["failed", "finished"]


def test_cancel_model_stops_that_model_only(
    qtbot: QtBot, make_worker: Callable[[Comparison], CompareWorker], local: FakeEngine, remote: FakeEngine
) -> None:
    local.enqueue(["Slow ", "and ", "steady."], delay=0.1)
    remote.enqueue(["Never ", "ending"], hang_after=1)
    worker = make_worker(spec())
    recorder = Recorder(worker)
    worker.start()
    qtbot.waitUntil(lambda: recorder.text(REMOTE) == "Never ", timeout=5000)
    with qtbot.waitSignal(worker.finished, timeout=10_000) as blocker:
        worker.cancel_model(REMOTE)
    assert recorder.ended(REMOTE)[0] == "cancelled"  # type: ignore[index]
    assert recorder.ended(LOCAL)[0] == "finished"  # type: ignore[index]
    assert recorder.text(LOCAL) == "Slow and steady."
    assert not blocker.args[0].stopped


def test_cancel_stops_every_model_promptly(
    qtbot: QtBot, make_worker: Callable[[Comparison], CompareWorker], local: FakeEngine, remote: FakeEngine
) -> None:
    local.enqueue(["Stuck"], hang_after=1)
    remote.enqueue(["Also stuck"], hang_after=1)
    worker = make_worker(spec())
    recorder = Recorder(worker)
    worker.start()
    qtbot.waitUntil(lambda: bool(recorder.text(LOCAL) and recorder.text(REMOTE)), timeout=5000)
    with qtbot.waitSignal(worker.finished, timeout=2000) as blocker:
        worker.cancel()
    assert worker.cancel_requested
    result = blocker.args[0]
    assert result.stopped
    assert [r.status for r in result.runs] == ["cancelled", "cancelled"]
    assert [r.text for r in result.runs] == ["Stuck", "Also stuck"]


def test_a_spec_that_cannot_run_fails_as_a_whole(
    qtbot: QtBot, make_worker: Callable[[Comparison], CompareWorker]
) -> None:
    worker = make_worker(spec(LOCAL))
    with qtbot.waitSignal(worker.failed, timeout=5000) as blocker:
        worker.start()
    assert blocker.args[0] == InvalidRequestError.title
    assert blocker.args[1]


def test_discard_emits_nothing_more(
    qtbot: QtBot, engines: EngineRegistry, local: FakeEngine, remote: FakeEngine
) -> None:
    local.enqueue(["Stuck"], hang_after=1)
    remote.enqueue(["Stuck"], hang_after=1)
    worker = CompareWorker(spec(), engines)
    recorder = Recorder(worker)
    outcomes: list[object] = []
    worker.finished.connect(outcomes.append)
    worker.start()
    qtbot.waitUntil(lambda: bool(recorder.text(LOCAL) and recorder.text(REMOTE)), timeout=5000)
    worker.discard()
    assert worker.wait(2000)
    qtbot.wait(50)
    assert outcomes == []
    assert recorder.ended(LOCAL) is None
