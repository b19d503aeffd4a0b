"""A queue of model downloads, run one at a time off the GUI thread."""

from __future__ import annotations

import itertools
import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.core.downloads import DownloadCancelled, Downloader, DownloadProgress
from app.core.engines.base import CancelToken
from app.core.errors import UserFacingError
from app.core.hub import HubNotFoundError

log = logging.getLogger(__name__)

UNEXPECTED_TITLE = "Something went wrong"
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


class _DownloadThread(QThread):
    """Runs one ``Downloader.download``; the outcome is read after the thread ends.

    Signals:
        progressed(object): a DownloadProgress, about ten a second.
    """

    progressed = Signal(object)

    def __init__(self, downloader: Downloader, job: DownloadJob, cancel: CancelToken) -> None:
        super().__init__()
        self._downloader = downloader
        self._job = job
        self._cancel = cancel
        self.path: Path | None = None
        self.cancelled = False
        self.error: tuple[str, str] | None = None

    def run(self) -> None:
        job = self._job
        try:
            self.path = self._downloader.download(
                job.repo_id, job.filename, job.revision, progress=self.progressed.emit, cancel=self._cancel
            )
        except DownloadCancelled:
            self.cancelled = True
        except HubNotFoundError as exc:
            message = f"{exc.message} {exc.hint}".strip()
            if job.catalog_id is not None:
                message = (
                    f"The catalogue entry “{job.title}” points at a file the Hub no longer has. {message} "
                    "Use Search to find a current copy of this model."
                )
            self.error = (exc.title, message)
        except UserFacingError as exc:
            self.error = (exc.title, f"{exc.message} {exc.hint}".strip())
        except Exception:
            log.exception("Downloading %s from %s failed", job.filename, job.repo_id)
            self.error = (UNEXPECTED_TITLE, UNEXPECTED_MESSAGE)


class DownloadWorker(QObject):
    """Downloads queued models one after another, each on its own QThread.

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
        self._current: DownloadJob | None = None
        self._thread: _DownloadThread | None = None
        self._cancel = CancelToken()

    # -- queue --------------------------------------------------------------------------

    @property
    def current(self) -> DownloadJob | None:
        return self._current

    @property
    def pending(self) -> list[DownloadJob]:
        return list(self._pending)

    def is_busy(self) -> bool:
        return self._current is not None

    def has_job(self, repo_id: str, filename: str) -> bool:
        jobs = [*self._pending, *([self._current] if self._current else [])]
        return any(j.repo_id == repo_id and j.filename == filename for j in jobs)

    def enqueue(self, job: DownloadJob) -> bool:
        """Queue a job; False (and nothing queued) when the same file is already queued or running."""
        if self.has_job(job.repo_id, job.filename):
            return False
        self._pending.append(job)
        self.queued.emit(job)
        if self._current is None:
            self._start_next()
        return True

    def cancel(self, job: DownloadJob | None = None) -> None:
        """Cancel ``job`` (the running one when None); returns at once, ``cancelled`` follows."""
        if job is None or (self._current is not None and job.id == self._current.id):
            self._cancel.cancel()
            return
        for queued in list(self._pending):
            if queued.id == job.id:
                self._pending.remove(queued)
                self.cancelled.emit(queued)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Drop the queue, cancel the running download and wait for its thread (window closing)."""
        self._pending.clear()
        thread = self._thread
        if thread is None:
            return
        self._cancel.cancel()
        if not thread.wait(timeout_ms):
            log.warning("A download did not stop within %d ms of its cancel", timeout_ms)
            thread.wait()

    # -- running ------------------------------------------------------------------------

    def _start_next(self) -> None:
        while self._pending:
            job = self._pending.popleft()
            try:
                downloader = self._make_downloader()
            except UserFacingError as exc:
                # A locked keychain (the token) fails this job, not the queue.
                self.failed.emit(job, exc.title, f"{exc.message} {exc.hint}".strip())
                continue
            self._run(job, downloader)
            return
        self.idle.emit()

    def _run(self, job: DownloadJob, downloader: Downloader) -> None:
        self._current = job
        self._cancel = CancelToken()
        self._thread = _DownloadThread(downloader, job, self._cancel)
        self._thread.progressed.connect(self._on_thread_progressed)
        self._thread.finished.connect(self._on_thread_finished)
        self.started.emit(job)
        self._thread.start()

    @Slot(object)
    def _on_thread_progressed(self, report: DownloadProgress) -> None:
        if self._current is not None and not self._cancel.cancelled:
            self.progress.emit(self._current, report)

    @Slot()
    def _on_thread_finished(self) -> None:
        thread, job = self._thread, self._current
        if thread is None or job is None:
            return
        # QThread.finished fires just before the thread really ends.
        thread.wait()
        self._thread, self._current = None, None
        thread.deleteLater()
        if thread.error is not None:
            self.failed.emit(job, *thread.error)
        elif thread.cancelled or thread.path is None:
            self.cancelled.emit(job)
        else:
            self.finished.emit(job, thread.path)
        self._start_next()
