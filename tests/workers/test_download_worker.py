"""The download queue, with the real Downloader against a local Hub."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.errors import NoKeychainError
from app.core.models.download_progress import DownloadProgress
from app.core.models.downloads import Downloader
from app.workers.download_worker import DownloadJob, DownloadWorker
from tests.servers.hub_server import HubServer, pseudo_random_bytes

SMALL = pseudo_random_bytes(300_000, seed=1)
BIG = pseudo_random_bytes(2_000_000, seed=2)


@pytest.fixture
def hub() -> Iterator[HubServer]:
    with HubServer() as server:
        server.add_repo("org/small-GGUF", {"small-Q4_K_M.gguf": SMALL})
        server.add_repo("org/big-GGUF", {"big-Q8_0.gguf": BIG})
        yield server


@pytest.fixture
def models_dir(tmp_path: Path) -> Path:
    return tmp_path / "models"


@pytest.fixture
def worker(qtbot: QtBot, hub: HubServer, models_dir: Path) -> Iterator[DownloadWorker]:
    made: list[threading.Thread] = []

    def make() -> Downloader:
        made.append(threading.current_thread())
        return Downloader(models_dir, hub.url, backoff_s=0.01)

    w = DownloadWorker(make)
    yield w
    w.shutdown()
    assert all(t is threading.main_thread() for t in made)


def record(worker: DownloadWorker) -> list[tuple[str, str]]:
    events: list[tuple[str, str]] = []
    worker.started.connect(lambda job: events.append(("started", job.filename)))
    worker.finished.connect(lambda job, path: events.append(("finished", job.filename)))
    worker.failed.connect(lambda job, title, msg: events.append(("failed", f"{job.filename}: {msg}")))
    worker.cancelled.connect(lambda job: events.append(("cancelled", job.filename)))
    return events


def test_queued_downloads_run_one_at_a_time_and_are_verified(
    qtbot: QtBot, worker: DownloadWorker, models_dir: Path
) -> None:
    events = record(worker)
    reports: list[DownloadProgress] = []
    worker.progress.connect(lambda job, report: reports.append(report))
    paths: list[Path] = []
    worker.finished.connect(lambda job, path: paths.append(path))
    with qtbot.waitSignal(worker.idle, timeout=20000):
        assert worker.enqueue(DownloadJob("org/small-GGUF", "small-Q4_K_M.gguf"))
        assert worker.enqueue(DownloadJob("org/big-GGUF", "big-Q8_0.gguf", label="Big"))
        assert not worker.enqueue(DownloadJob("org/big-GGUF", "big-Q8_0.gguf")), "no duplicates"
        assert [j.title for j in worker.pending] == ["Big"]
    assert events == [
        ("started", "small-Q4_K_M.gguf"),
        ("finished", "small-Q4_K_M.gguf"),
        ("started", "big-Q8_0.gguf"),
        ("finished", "big-Q8_0.gguf"),
    ]
    assert paths == [
        models_dir / "org__small-GGUF" / "small-Q4_K_M.gguf",
        models_dir / "org__big-GGUF" / "big-Q8_0.gguf",
    ]
    assert hashlib.sha256(paths[1].read_bytes()).digest() == hashlib.sha256(BIG).digest()
    assert reports and reports[-1].done_bytes == reports[-1].total_bytes == len(BIG)
    assert not worker.is_busy()


def test_cancel_keeps_the_part_and_the_next_try_resumes(
    qtbot: QtBot, worker: DownloadWorker, hub: HubServer, models_dir: Path
) -> None:
    events = record(worker)
    hub.throttle_bps = 400_000
    job = DownloadJob("org/big-GGUF", "big-Q8_0.gguf")
    with qtbot.waitSignal(worker.progress, timeout=10000, check_params_cb=lambda j, r: r.done_bytes > 100_000):
        worker.enqueue(job)
    with qtbot.waitSignal(worker.cancelled, timeout=5000):
        worker.cancel()
    part = models_dir / "org__big-GGUF" / "big-Q8_0.gguf.part"
    kept = part.stat().st_size
    assert 0 < kept < len(BIG)
    assert events[-1] == ("cancelled", "big-Q8_0.gguf")

    hub.throttle_bps = None
    with qtbot.waitSignal(worker.finished, timeout=20000) as done:
        assert worker.enqueue(DownloadJob("org/big-GGUF", "big-Q8_0.gguf"))
    assert done.args[1].read_bytes() == BIG
    resumed = hub.served[-1]
    assert (resumed.status, resumed.start, resumed.sent) == (206, kept, len(BIG) - kept), "only the rest travels"
    assert not part.exists()


def test_cancelling_a_queued_job_drops_it_without_starting_it(
    qtbot: QtBot, worker: DownloadWorker, hub: HubServer
) -> None:
    events = record(worker)
    hub.throttle_bps = 400_000
    running = DownloadJob("org/big-GGUF", "big-Q8_0.gguf")
    waiting = DownloadJob("org/small-GGUF", "small-Q4_K_M.gguf")
    worker.enqueue(running)
    worker.enqueue(waiting)
    with qtbot.waitSignal(worker.cancelled, timeout=2000):
        worker.cancel(waiting)
    assert worker.pending == []
    with qtbot.waitSignal(worker.idle, timeout=5000):
        worker.cancel(running)
    assert events == [("started", "big-Q8_0.gguf"), ("cancelled", "small-Q4_K_M.gguf"), ("cancelled", "big-Q8_0.gguf")]


def test_a_catalogue_file_gone_from_the_hub_says_so(qtbot: QtBot, worker: DownloadWorker) -> None:
    job = DownloadJob("org/small-GGUF", "renamed-Q4_K_M.gguf", label="Small", catalog_id="small")
    with qtbot.waitSignal(worker.failed, timeout=10000) as failed:
        worker.enqueue(job)
    _job, title, message = failed.args
    assert title == "Model not found"
    assert "catalogue entry “Small”" in message and "no longer has" in message and "Search" in message


def test_a_downloader_that_cannot_be_made_fails_its_job_only(qtbot: QtBot, hub: HubServer, models_dir: Path) -> None:
    calls = iter([NoKeychainError("The keychain is locked.", "Unlock it."), None])

    def make() -> Downloader:
        error = next(calls)
        if error is not None:
            raise error
        return Downloader(models_dir, hub.url)

    worker = DownloadWorker(make)
    events = record(worker)
    with qtbot.waitSignal(worker.finished, timeout=10000):
        worker.enqueue(DownloadJob("org/small-GGUF", "small-Q4_K_M.gguf", label="A"))
        worker.enqueue(DownloadJob("org/big-GGUF", "big-Q8_0.gguf"))
    assert events[0] == ("failed", "small-Q4_K_M.gguf: The keychain is locked. Unlock it.")
    assert events[-1] == ("finished", "big-Q8_0.gguf")
