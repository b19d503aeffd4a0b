import logging
import threading

import pytest
from pytestqt.qtbot import QtBot

from app.core.cancel import Cancelled, CancelToken
from app.core.errors import AuthError
from app.workers.base import UNEXPECTED_TITLE
from app.workers.task_worker import UNEXPECTED_MESSAGE, TaskWorker


def test_progress_then_result_off_the_gui_thread(qtbot: QtBot) -> None:
    caller = threading.get_ident()
    ran_on: list[int] = []

    def task(_cancel: CancelToken, report) -> str:  # noqa: ANN001 (the worker's callback)
        ran_on.append(threading.get_ident())
        for step in range(3):
            report(step)
        return "done"

    worker = TaskWorker(task)
    reports: list[object] = []
    worker.progress.connect(reports.append)
    with qtbot.waitSignal(worker.succeeded, timeout=5000) as blocker:
        worker.start()
    assert blocker.args == ["done"]
    assert reports == [0, 1, 2], "every report arrives, in order, before the result"
    assert ran_on and ran_on[0] != caller


def test_cancel_reaches_the_task_and_cancelled_is_its_own_outcome(qtbot: QtBot) -> None:
    started = threading.Event()

    def task(cancel: CancelToken, _report) -> None:  # noqa: ANN001
        started.set()
        if cancel.wait(10):
            raise Cancelled
        raise AssertionError("never cancelled")

    worker = TaskWorker(task)
    outcomes: list[str] = []
    worker.succeeded.connect(lambda _r: outcomes.append("succeeded"))
    worker.failed.connect(lambda *_a: outcomes.append("failed"))
    worker.start()
    assert started.wait(5)
    with qtbot.waitSignal(worker.cancelled, timeout=5000):
        worker.cancel()
    assert worker.cancel_requested
    assert outcomes == []


def test_errors_become_failed(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    def rejected(_cancel: CancelToken, _report) -> None:  # noqa: ANN001
        raise AuthError("The server rejected the API key (401).", "Check the key in Providers.")

    worker = TaskWorker(rejected)
    with qtbot.waitSignal(worker.failed, timeout=5000) as blocker:
        worker.start()
    assert blocker.args == [AuthError.title, "The server rejected the API key (401). Check the key in Providers."]

    def broken(_cancel: CancelToken, _report) -> None:  # noqa: ANN001
        raise ZeroDivisionError("internals")

    worker = TaskWorker(broken, "Batch run")
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(worker.failed, timeout=5000) as blocker:
        worker.start()
    assert blocker.args == [UNEXPECTED_TITLE, UNEXPECTED_MESSAGE]
    assert any(r.getMessage() == "Batch run failed" and r.exc_info for r in caplog.records)
