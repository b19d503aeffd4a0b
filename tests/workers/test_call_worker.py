import logging
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from app.core.errors import AuthError
from app.workers.base import UNEXPECTED_MESSAGE, UNEXPECTED_TITLE
from app.workers.call_worker import CallWorker


def test_succeeded_carries_the_return_value(qtbot: QtBot) -> None:
    caller = threading.get_ident()
    ran_on: list[int] = []

    def call() -> list[str]:
        ran_on.append(threading.get_ident())
        return ["a", "b"]

    worker = CallWorker(call)
    failed: list[object] = []
    worker.failed.connect(lambda *args: failed.append(args))
    with qtbot.waitSignal(worker.succeeded, timeout=5000) as blocker:
        worker.start()
    assert blocker.args == [["a", "b"]]
    assert ran_on and ran_on[0] != caller, "the call runs off the GUI thread"
    assert not worker.is_running()
    assert failed == []


def test_user_facing_error_becomes_failed_with_title_and_hint(qtbot: QtBot) -> None:
    def call() -> None:
        raise AuthError("The server rejected the API key (401).", "Check the key in Providers.")

    worker = CallWorker(call)
    with qtbot.waitSignal(worker.failed, timeout=5000) as blocker:
        worker.start()
    assert blocker.args == [AuthError.title, "The server rejected the API key (401). Check the key in Providers."]


def test_unexpected_error_is_generic_and_logged(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    def call() -> None:
        raise ZeroDivisionError("internals")

    worker = CallWorker(call, "Connection test")
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(worker.failed, timeout=5000) as blocker:
        worker.start()
    assert blocker.args == [UNEXPECTED_TITLE, UNEXPECTED_MESSAGE]
    record = next(r for r in caplog.records if r.name == "app.workers.call_worker")
    assert record.getMessage() == "Connection test failed"
    assert record.exc_info is not None and record.exc_info[0] is ZeroDivisionError


def test_worker_can_be_dropped_right_after_its_signal(qtbot: QtBot) -> None:
    # Qt fails the test ("QThread: Destroyed while thread is still running")
    # if the thread outlives the signal.
    worker = CallWorker(lambda: 1)
    with qtbot.waitSignal(worker.succeeded, timeout=5000):
        worker.start()
    del worker


def test_discarded_worker_outlives_its_owner_and_then_deletes_itself(qtbot: QtBot, qapp: QCoreApplication) -> None:
    release = threading.Event()
    results: list[object] = []
    owner = QObject()
    worker = CallWorker(lambda: release.wait(10), parent=owner)
    worker.succeeded.connect(results.append)
    worker.failed.connect(lambda *args: results.append(args))
    worker.start()
    worker.discard()
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(owner)
    assert isValid(worker) and worker.is_running() and worker.parent() is qapp
    release.set()
    qtbot.waitUntil(lambda: not isValid(worker), timeout=5000)
    assert results == [], "a discarded call reports nothing"


def test_discarding_a_finished_worker_deletes_it(qtbot: QtBot) -> None:
    worker = CallWorker(lambda: 1)
    with qtbot.waitSignal(worker.succeeded, timeout=5000):
        worker.start()
    worker.discard()
    qtbot.waitUntil(lambda: not isValid(worker), timeout=5000)
