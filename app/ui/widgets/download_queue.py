"""The download queue in the status bar: what is downloading, how far, how fast, Cancel."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from app.core.models.download_progress import DownloadProgress
from app.ui.i18n import duration, integer, percent, size, translate
from app.ui.widgets.layouts import hbox
from app.workers.download_worker import DownloadJob, DownloadWorker

#: How long a finished or cancelled download stays mentioned before the widget hides.
LINGER_MS = 8000


def progress_text(job: DownloadJob, report: DownloadProgress | None) -> str:
    """The running download: its name, how far, how fast, how long left (the queue's count is added by the widget)."""
    if report is not None and report.total_bytes:
        parts = [translate("DownloadQueue", "Downloading {name}").format(name=job.title)]
        #: How far a download is: "42% of 1.4 GB".
        parts.append(
            translate("DownloadQueue", "{percent} of {size}").format(
                percent=percent(report.fraction, 0), size=size(report.total_bytes)
            )
        )
        if report.shard_count > 1:
            #: A model split into several files: "part 2 of 3".
            parts.append(
                translate("DownloadQueue", "part {index} of {count}").format(
                    index=integer(report.shard_index), count=integer(report.shard_count)
                )
            )
        if report.speed_bps > 0:
            #: A download speed: "2.5 MB/s".
            parts.append(translate("DownloadQueue", "{size}/s").format(size=size(report.speed_bps)))
        if report.eta_s is not None:
            #: Time left: "3 min 20 s left".
            parts.append(translate("DownloadQueue", "{time} left").format(time=duration(max(0.0, report.eta_s))))
    else:
        parts = [translate("DownloadQueue", "Downloading {name}…").format(name=job.title)]
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
        self._label.setAccessibleName(self.tr("Download status"))
        self._bar = QProgressBar()
        self._bar.setAccessibleName(self.tr("Download progress"))
        self._bar.setRange(0, 1000)
        self._bar.setTextVisible(False)
        self._bar.setFixedSize(140, 8)
        self._cancel = QPushButton(self.tr("Cancel"))
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
        text = progress_text(job, self._last)
        if queued := len(self._worker.pending):
            # A self.tr call: lupdate marks a %n plural only there, not in a module function's translate().
            more = self.tr("%n more queued", None, queued)
            text = f"{text} · {more}"
        self._label.setText(text)
        self._label.setToolTip(f"{job.repo_id} / {job.filename}")
        self._bar.setValue(round((self._last.fraction if self._last else 0) * 1000))
        self._bar.show()
        self._cancel.setText(self.tr("Cancel"))
        self._cancel.setAccessibleName(self.tr("Cancel download"))
        self._cancel.setToolTip(
            self.tr("Stop downloading {name}; downloading it again resumes where it stopped").format(name=job.title)
        )
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
            self._cancel.setText(self.tr("Dismiss"))
            self._cancel.setAccessibleName(self.tr("Dismiss"))
            self._cancel.setToolTip(self.tr("Hide this message"))
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
        self._show_outcome(self.tr("Downloaded {name}: ready in the model pickers").format(name=job.title))

    @Slot(object, str, str)
    def _on_worker_failed(self, job: DownloadJob, title: str, message: str) -> None:
        self._show_outcome(
            self.tr("Download of {name} failed: {reason}").format(name=job.title, reason=translate("core", title)),
            message,
            failed=True,
        )

    @Slot(object)
    def _on_worker_cancelled(self, job: DownloadJob) -> None:
        self._show_outcome(
            self.tr("Download of {name} stopped").format(name=job.title),
            self.tr("Downloading it again resumes where it stopped."),
        )

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
