"""The download queue in the status bar: what is downloading, how far, how fast, Cancel."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from app.core.models.download_progress import DownloadProgress
from app.core.models.downloads import format_bytes
from app.ui.widgets.layouts import hbox
from app.workers.download_worker import DownloadJob, DownloadWorker

#: How long a finished or cancelled download stays mentioned before the widget hides.
LINGER_MS = 8000


def format_duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60} min"


def progress_text(job: DownloadJob, report: DownloadProgress | None, queued: int) -> str:
    parts = [f"Downloading {job.title}"]
    if report is not None and report.total_bytes:
        parts.append(f"{report.fraction:.0%} of {format_bytes(report.total_bytes)}")
        if report.shard_count > 1:
            parts.append(f"part {report.shard_index} of {report.shard_count}")
        if report.speed_bps > 0:
            parts.append(f"{format_bytes(report.speed_bps)}/s")
        if report.eta_s is not None:
            parts.append(f"{format_duration(report.eta_s)} left")
    else:
        parts[0] += "…"
    if queued:
        parts.append(f"{queued} more queued")
    return " · ".join(parts)


class DownloadQueueWidget(QWidget):
    """Shows the DownloadWorker's current job; hidden while nothing has happened.

    A failure stays on show (its message in the tooltip) until dismissed or
    until the next download starts, so it is not missed.

    Signals: none.
    """

    def __init__(self, worker: DownloadWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._last: DownloadProgress | None = None
        self._failed = False

        self._label = QLabel()
        self._label.setObjectName("downloadStatus")
        self._label.setAccessibleName("Download status")
        self._bar = QProgressBar()
        self._bar.setAccessibleName("Download progress")
        self._bar.setRange(0, 1000)
        self._bar.setTextVisible(False)
        self._bar.setFixedSize(140, 8)
        self._cancel = QPushButton("Cancel")
        self._cancel.setAutoDefault(False)
        self._linger = QTimer(self)
        self._linger.setSingleShot(True)
        self._linger.setInterval(LINGER_MS)

        hbox(self._label, self._bar, self._cancel, parent=self, margins=(6, 0, 6, 0), spacing=8)

        worker.queued.connect(self._on_worker_queued)
        worker.started.connect(self._on_worker_started)
        worker.progress.connect(self._on_worker_progress)
        worker.finished.connect(self._on_worker_finished)
        worker.failed.connect(self._on_worker_failed)
        worker.cancelled.connect(self._on_worker_cancelled)
        self._cancel.clicked.connect(self._on_cancel_clicked)
        self._linger.timeout.connect(self._on_linger_timeout)
        self.hide()

    @property
    def text(self) -> str:
        return self._label.text()

    def _show_running(self) -> None:
        job = self._worker.current
        if job is None:
            return
        self._linger.stop()
        self._failed = False
        self._label.setText(progress_text(job, self._last, len(self._worker.pending)))
        self._label.setToolTip(f"{job.repo_id} / {job.filename}")
        self._bar.setValue(round((self._last.fraction if self._last else 0) * 1000))
        self._bar.show()
        self._cancel.setText("Cancel")
        self._cancel.setAccessibleName("Cancel download")
        self._cancel.setToolTip(f"Stop downloading {job.title}; downloading it again resumes where it stopped")
        self._cancel.show()
        self.show()

    def _show_outcome(self, text: str, tooltip: str = "", failed: bool = False) -> None:
        if self._worker.is_busy():
            return  # the next job's progress is more useful; the outcome went to the page too
        self._failed = failed
        self._label.setText(text)
        self._label.setToolTip(tooltip)
        self._bar.hide()
        if failed:
            self._cancel.setText("Dismiss")
            self._cancel.setAccessibleName("Dismiss")
            self._cancel.setToolTip("Hide this message")
            self._cancel.show()
        else:
            self._cancel.hide()
            self._linger.start()
        self.show()

    @Slot(object)
    def _on_worker_queued(self, _job: DownloadJob) -> None:
        self._show_running()

    @Slot(object)
    def _on_worker_started(self, _job: DownloadJob) -> None:
        self._last = None
        self._show_running()

    @Slot(object, object)
    def _on_worker_progress(self, _job: DownloadJob, report: DownloadProgress) -> None:
        self._last = report
        self._show_running()

    @Slot(object, object)
    def _on_worker_finished(self, job: DownloadJob, _path: object) -> None:
        self._show_outcome(f"Downloaded {job.title}: ready in the model pickers")

    @Slot(object, str, str)
    def _on_worker_failed(self, job: DownloadJob, title: str, message: str) -> None:
        self._show_outcome(f"Download of {job.title} failed: {title}", message, failed=True)

    @Slot(object)
    def _on_worker_cancelled(self, job: DownloadJob) -> None:
        self._show_outcome(f"Download of {job.title} stopped", "Downloading it again resumes where it stopped.")

    @Slot()
    def _on_cancel_clicked(self) -> None:
        if self._failed and not self._worker.is_busy():
            self.hide()
            return
        self._worker.cancel()

    @Slot()
    def _on_linger_timeout(self) -> None:
        if not self._worker.is_busy():
            self.hide()
