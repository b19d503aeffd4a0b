"""A queue of model downloads, run one at a time off the GUI thread."""

from __future__ import annotations

import itertools
import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from app.core.cancel import Cancelled
from app.core.errors import UserFacingError
from app.core.models.download_progress import DownloadProgress
from app.core.models.downloads import DownloadCancelled, Downloader
from app.core.models.hub import HubNotFoundError
from app.workers.base import Worker

log = logging.getLogger(__name__)

UNEXPECTED_MESSAGE = (
    "The download stopped because of an unexpected error. Details are in the log. "
    "Download again: it resumes where it stopped."
)
_ids = itertools.count(1)


@dataclass(frozen=True)
class DownloadJob:
    repo_id: str
    filename: str
    #: What to call it in the queue; the file name when empty.
    label: str = ""
    revision: str = "main"
    #: Set when the job came from the catalogue, whose entries can go stale.
    catalog_id: str | None = None
    id: int = field(default_factory=lambda: next(_ids))

    @property
    def title(self) -> str:
        return self.label or self.filename.rsplit("/", 1)[-1]


class _JobWorker(Worker):
    """Runs one ``Downloader.download``.

    Signals (see ``Worker``):
        progress(object): a DownloadProgress, about ten a second; none after ``cancel()``.
        downloaded(object): the path of the verified file.
        failed(str, str): the download failed; its partial file stays.
        cancelled(): the download stopped on request; its partial file stays.
    """

    progress = Signal(object)
    downloaded = Signal(object)

    unexpected_message = UNEXPECTED_MESSAGE

    def __init__(self, downloader: Downloader, job: DownloadJob, parent: QObject | None = None) -> None:
        super().__init__(f"Downloading {job.filename} from {job.repo_id}", parent)
        self._downloader = downloader
        self.job = job

    def work(self) -> Path:
        job = self.job
        try:
            return self._downloader.download(
                job.repo_id, job.filename, job.revision, progress=self._report, cancel=self._cancel
            )
        except DownloadCancelled:
            raise Cancelled from None
        except HubNotFoundError as exc:
            if job.catalog_id is None:
                raise
            raise HubNotFoundError(
                f"The catalogue entry “{job.title}” points at a file the Hub no longer has. {exc}",
                "Use Search to find a current copy of this model.",
            ) from exc

    def _succeed(self, result: object) -> None:
        self.downloaded.emit(result)

    def _deliver(self, report: object) -> None:
        if not self.cancel_requested:
            self.progress.emit(report)


class DownloadWorker(QObject):
    """Downloads queued models one after another, each by its own worker.

    ``make_downloader`` is called per job, so a token added meanwhile is used.

    Signals (delivered on the thread that owns the worker, normally the GUI):
        queued(object): a DownloadJob was added.
        started(object): a job began.
        progress(object, object): the job and a DownloadProgress.
        finished(object, object): the job and the path of the verified file.
        failed(object, str, str): the job, a title and a message with the hint.
        cancelled(object): the job stopped on request; its partial file stays,
            and downloading it again resumes.
        idle(): the queue is empty and nothing runs.

    Exactly one of ``finished``, ``failed`` and ``cancelled`` per started job;
    a job cancelled while queued gets ``cancelled`` without ``started``.
    """

    queued = Signal(object)
    started = Signal(object)
    progress = Signal(object, object)
    finished = Signal(object, object)
    failed = Signal(object, str, str)
    cancelled = Signal(object)
    idle = Signal()

    def __init__(self, make_downloader: Callable[[], Downloader], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make_downloader = make_downloader
        self._pending: deque[DownloadJob] = deque()
        self._running: _JobWorker | None = None

    # -- queue --------------------------------------------------------------------------

    @property
    def current(self) -> DownloadJob | None:
        return self._running.job if self._running is not None else None

    @property
    def pending(self) -> list[DownloadJob]:
        return list(self._pending)

    def is_busy(self) -> bool:
        return self._running is not None

    def has_job(self, repo_id: str, filename: str) -> bool:
        jobs = [*self._pending, *([self._running.job] if self._running else [])]
        return any(j.repo_id == repo_id and j.filename == filename for j in jobs)

    def enqueue(self, job: DownloadJob) -> bool:
        """Queue a job; False (and nothing queued) when the same file is already queued or running."""
        if self.has_job(job.repo_id, job.filename):
            return False
        self._pending.append(job)
        self.queued.emit(job)
        if self._running is None:
            self._start_next()
        return True

    def cancel(self, job: DownloadJob | None = None) -> None:
        """Cancel ``job`` (the running one when None); returns at once, ``cancelled`` follows."""
        running = self._running
        if job is None or (running is not None and job.id == running.job.id):
            if running is not None:
                running.cancel()
            return
        for queued in list(self._pending):
            if queued.id == job.id:
                self._pending.remove(queued)
                self.cancelled.emit(queued)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Drop the queue, cancel the running download and wait for its thread (window closing)."""
        self._pending.clear()
        running = self._running
        if running is None:
            return
        running.cancel()
        if not running.wait(timeout_ms):
            log.warning("A download did not stop within %d ms of its cancel", timeout_ms)
            running.wait()

    # -- running ------------------------------------------------------------------------

    def _start_next(self) -> None:
        while self._pending:
            job = self._pending.popleft()
            try:
                downloader = self._make_downloader()
            except UserFacingError as exc:
                # A locked keychain (the token) fails this job, not the queue.
                self.failed.emit(job, exc.title, str(exc))
                continue
            self._run(job, downloader)
            return
        self.idle.emit()

    def _run(self, job: DownloadJob, downloader: Downloader) -> None:
        self._running = _JobWorker(downloader, job, self)
        self._running.progress.connect(self._on_running_progress)
        self._running.downloaded.connect(self._on_running_downloaded)
        self._running.failed.connect(self._on_running_failed)
        self._running.cancelled.connect(self._on_running_cancelled)
        self.started.emit(job)
        self._running.start()

    def _end_running(self) -> DownloadJob:
        """Let go of the job that ended and return it; its worker's thread has fully stopped."""
        assert self._running is not None
        running, self._running = self._running, None
        running.deleteLater()
        return running.job

    @Slot(object)
    def _on_running_progress(self, report: DownloadProgress) -> None:
        if self._running is not None:
            self.progress.emit(self._running.job, report)

    @Slot(object)
    def _on_running_downloaded(self, path: Path) -> None:
        self.finished.emit(self._end_running(), path)
        self._start_next()

    @Slot(str, str)
    def _on_running_failed(self, title: str, message: str) -> None:
        self.failed.emit(self._end_running(), title, message)
        self._start_next()

    @Slot()
    def _on_running_cancelled(self) -> None:
        self.cancelled.emit(self._end_running())
        self._start_next()
