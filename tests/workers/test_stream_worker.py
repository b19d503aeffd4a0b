import logging
import time

import pytest
from fakes import FakeEngine
from pytestqt.qtbot import QtBot

from app.core.engines.base import ChatRequest, Message, Stats
from app.core.errors import EngineCrashedError
from app.workers.base import UNEXPECTED_TITLE
from app.workers.stream_worker import UNEXPECTED_MESSAGE, StreamWorker

REQUEST = ChatRequest(messages=(Message("user", "Hi"),))


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine()


def _collect(worker: StreamWorker) -> list[str]:
    texts: list[str] = []
    worker.text.connect(texts.append)
    return texts


def test_streams_text_then_finished_with_stats(qtbot: QtBot, engine: FakeEngine) -> None:
    engine.enqueue(["Hello", " world"], delay=0.01)
    worker = StreamWorker(engine, REQUEST)
    texts = _collect(worker)
    with qtbot.waitSignal(worker.finished, timeout=5000) as blocker:
        worker.start()
    assert "".join(texts) == "Hello world"  # in order; deltas that arrive together may come joined
    stats = blocker.args[0]
    assert isinstance(stats, Stats)
    assert stats.stop_reason == "stop"
    assert stats.tokens_out == 2
    assert not worker.is_running()
    assert engine.requests == [REQUEST]


def test_cancel_finishes_promptly_as_cancelled(qtbot: QtBot, engine: FakeEngine) -> None:
    engine.enqueue(["one", "two", "three"], hang_after=1)
    worker = StreamWorker(engine, REQUEST)
    texts = _collect(worker)
    worker.start()
    qtbot.waitUntil(lambda: texts == ["one"], timeout=5000)
    with qtbot.waitSignal(worker.finished, timeout=1000) as blocker:
        worker.cancel()
    assert blocker.args[0].stop_reason == "cancelled"
    assert texts == ["one"]
    assert worker.cancel_requested


def test_no_text_is_emitted_after_cancel_returns(qtbot: QtBot, engine: FakeEngine) -> None:
    engine.enqueue([str(i) for i in range(2000)], delay=0.002)
    worker = StreamWorker(engine, REQUEST)
    texts = _collect(worker)
    finished: list[Stats] = []
    worker.finished.connect(finished.append)
    worker.start()
    qtbot.waitUntil(lambda: bool(texts), timeout=5000)
    worker.cancel()
    seen = len(texts)
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    assert len(texts) == seen
    assert finished[0].stop_reason == "cancelled"


def test_user_facing_error_becomes_failed_with_title_and_hint(qtbot: QtBot, engine: FakeEngine) -> None:
    engine.enqueue_error(EngineCrashedError("The model process stopped.", "Send again."), after=["Par", "tial"])
    worker = StreamWorker(engine, REQUEST)
    texts = _collect(worker)
    finished: list[object] = []
    worker.finished.connect(finished.append)
    with qtbot.waitSignal(worker.failed, timeout=5000) as blocker:
        worker.start()
    assert blocker.args == [EngineCrashedError.title, "The model process stopped. Send again."]
    assert "".join(texts) == "Partial"  # the deltas, possibly joined
    assert finished == []


def test_unexpected_error_is_generic_and_logged(
    qtbot: QtBot, engine: FakeEngine, caplog: pytest.LogCaptureFixture
) -> None:
    engine.enqueue_error(ZeroDivisionError("secret internals"))
    worker = StreamWorker(engine, REQUEST)
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(worker.failed, timeout=5000) as blocker:
        worker.start()
    assert blocker.args == [UNEXPECTED_TITLE, UNEXPECTED_MESSAGE]
    assert "secret internals" not in blocker.args[1]
    record = next(r for r in caplog.records if r.name == "app.workers.stream_worker")
    assert record.exc_info is not None and record.exc_info[0] is ZeroDivisionError


def test_worker_can_be_dropped_right_after_finished(qtbot: QtBot, engine: FakeEngine) -> None:
    # Qt fails the test ("QThread: Destroyed while thread is still running")
    # if the thread outlives the finished signal.
    engine.enqueue(["x"])
    worker = StreamWorker(engine, REQUEST)
    with qtbot.waitSignal(worker.finished, timeout=5000):
        worker.start()
    del worker


def test_wait_blocks_until_the_thread_has_ended(qtbot: QtBot, engine: FakeEngine) -> None:
    engine.enqueue(["a", "b"], hang_after=1)
    worker = StreamWorker(engine, REQUEST)
    worker.start()
    assert not worker.wait(50)
    worker.cancel()
    assert worker.wait(5000)
    with qtbot.waitSignal(worker.finished, timeout=5000):
        pass


def test_text_faster_than_the_gui_takes_it_arrives_joined_in_order(qtbot: QtBot, engine: FakeEngine) -> None:
    pieces = [f"t{i} " for i in range(2000)]
    engine.enqueue(pieces)
    worker = StreamWorker(engine, REQUEST)
    texts = _collect(worker)
    with qtbot.waitSignal(worker.finished, timeout=5000):
        worker.start()
        # The GUI thread is busy while the engine streams: one event waits for it, not 2,000.
        time.sleep(0.5)
    assert "".join(texts) == "".join(pieces)
    assert len(texts) <= 2
