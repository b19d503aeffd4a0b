"""The Models page's Search tab: GGUF repositories on the Hugging Face Hub, their files, and a check before a download."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QProgressBar, QPushButton, QWidget

from app.core.models.catalogue import BITS_PER_WEIGHT
from app.core.models.hardware import WONT_FIT, MemoryEstimate, estimate_memory
from app.core.models.hub import SORT_KEYS, ModelFile, RepoSummary
from app.core.settings import Settings
from app.ui.dialogs.questions import confirm
from app.ui.i18n import core_text, day, integer, size, translate
from app.ui.panels.background_calls import BackgroundCalls
from app.ui.panels.model_manager import ModelManager
from app.ui.panels.model_tables import (
    DownloadButtonSetter,
    FitDetail,
    confirm_wont_fit,
    fit_columns,
    model_table,
    table_item,
)
from app.ui.widgets.buttons import action_button
from app.ui.widgets.fit_badge import FitBadge
from app.ui.widgets.layouts import hbox, splitter, vbox
from app.workers.download_worker import DownloadJob

SORT_LABELS = {
    "downloads": QT_TRANSLATE_NOOP("HubSearchPage", "Most downloads"),
    "likes": QT_TRANSLATE_NOOP("HubSearchPage", "Most likes"),
    "recent": QT_TRANSLATE_NOOP("HubSearchPage", "Recently updated"),
}
PROMPT = QT_TRANSLATE_NOOP("HubSearchPage", "Type a name and press Enter.")
OFFLINE_TEXT = QT_TRANSLATE_NOOP("HubSearchPage", "Offline mode is on: the Hugging Face Hub is not contacted.")


class HubSearchPage(QWidget):
    """A search box over the repositories found, and the GGUF files of the one picked, each with its fit.

    Hub calls run off the GUI thread; Cancel stops waiting for them. Before a
    download, the file's header is read (a Range request) to check that this
    llama.cpp can run it.

    Signals:
        download_requested(object): a checked ``DownloadJob`` to queue.
        notice_requested(str, str): a title and message for the page's notice.
    """

    download_requested = Signal(object)
    notice_requested = Signal(str, str)

    def __init__(
        self,
        manager: ModelManager,
        settings: Settings,
        fit_detail: FitDetail,
        set_download_button: DownloadButtonSetter,
        parent: QWidget | None = None,
    ) -> None:
        """``fit_detail`` and ``set_download_button``: the page's own judgements, shared with the Catalogue."""
        super().__init__(parent)
        self._manager = manager
        self._settings = settings
        self._fit_detail = fit_detail
        self._set_download_button = set_download_button
        self._calls = BackgroundCalls("Models page", self)
        self._offline = False
        self._repos: list[RepoSummary] = []
        self._files: list[ModelFile] = []
        self._files_repo: str | None = None
        self._build()
        self._query.returnPressed.connect(self._on_query_return_pressed)
        self._search_button.clicked.connect(self._on_search_button_clicked)
        self._cancel_search.clicked.connect(self._on_cancel_search_clicked)
        self.repo_table.itemSelectionChanged.connect(self._on_repo_table_item_selection_changed)

    def _build(self) -> None:
        self._query = QLineEdit()
        self._query.setAccessibleName(self.tr("Search models"))
        self._query.setPlaceholderText(self.tr("Search GGUF models on the Hugging Face Hub, e.g. “qwen3 4b”"))
        self._query.setClearButtonEnabled(True)
        self._sort = QComboBox()
        self._sort.setAccessibleName(self.tr("Sort by"))
        for key in SORT_KEYS:
            self._sort.addItem(translate("HubSearchPage", SORT_LABELS[key]), key)
        self._search_button = action_button(
            self.tr("Search", "verb: button"), self.tr("Search", "verb: button"), self.tr("Search the Hub (Enter)")
        )

        self._search_status = QLabel(translate("HubSearchPage", PROMPT))
        self._search_status.setObjectName("secondaryText")
        self._search_status.setAccessibleName(self.tr("Search status"))
        # An error from the Hub runs to two or three lines; none of it may be cut off.
        self._search_status.setWordWrap(True)
        self._search_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._search_busy = QProgressBar()
        self._search_busy.setAccessibleName(self.tr("Searching"))
        self._search_busy.setRange(0, 0)  # busy: how long the Hub takes is unknown
        self._search_busy.setTextVisible(False)
        self._search_busy.setFixedSize(120, 8)
        self._search_busy.hide()
        self._cancel_search = action_button(
            self.tr("Cancel"), self.tr("Cancel search"), self.tr("Stop waiting for the Hugging Face Hub")
        )
        self._cancel_search.hide()
        self.repo_table = model_table(
            [
                self.tr("Repository"),
                self.tr("Downloads", "column: how many times downloaded"),
                self.tr("Likes"),
                self.tr("Updated"),
                self.tr("Access"),
            ],
            self.tr("Search results"),
        )
        self._files_caption = QLabel(self.tr("Pick a repository to see its GGUF files."))
        self._files_caption.setObjectName("secondaryText")
        self._files_caption.setAccessibleName(self.tr("Files status"))
        self._files_caption.setWordWrap(True)
        self.files_table = model_table(
            [
                self.tr("File"),
                self.tr("Quantization"),
                self.tr("Download", "column: the file's download size"),
                self.tr("Memory"),
                self.tr("Fit", "column: whether the model fits in memory"),
                "",
            ],
            self.tr("Repository files"),
        )
        files = QWidget()
        vbox(self._files_caption, (self.files_table, 1), parent=files, margins=(0, 0, 0, 0))
        repos_above_files = splitter(Qt.Orientation.Vertical, self.repo_table, files, sizes=[1, 1])

        vbox(
            hbox((self._query, 1), self._sort, self._search_button),
            hbox((self._search_status, 1), self._search_busy, self._cancel_search),
            (repos_above_files, 1),
            parent=self,
            margins=(0, 8, 0, 0),
        )

    # -- public API ---------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A search, a listing or a check runs."""
        return bool(self._calls)

    def search(self, query: str, sort: str | None = None) -> None:
        if sort is not None:
            self._sort.setCurrentIndex(max(0, self._sort.findData(sort)))
        self._query.setText(query)
        self._search()

    def set_offline(self, offline: bool) -> None:
        """While offline mode is on, say so and leave the Hub alone."""
        self._offline = offline
        self._query.setEnabled(not offline)
        self._search_button.setEnabled(not offline and "search" not in self._calls)
        if offline:
            self._search_status.setText(translate("HubSearchPage", OFFLINE_TEXT))
        elif self._search_status.text() == translate("HubSearchPage", OFFLINE_TEXT):
            self._search_status.setText(translate("HubSearchPage", PROMPT))

    def update_fits(self) -> None:
        """Each file's memory and fit badge, again (this computer's memory was read)."""
        for row, model_file in enumerate(self._files):
            badge = self.files_table.cellWidget(row, 4)
            if not isinstance(badge, FitBadge):
                continue
            result = self._file_estimate(model_file)
            if result is None:
                badge.set_fit(None, self.tr("The Hub did not give this file's size."))
                continue
            estimate, n_ctx = result
            self.files_table.item(row, 3).setText(self.tr("≈ {size}").format(size=size(estimate.total)))
            badge.set_fit(*self._fit_detail(estimate, False, n_ctx))
            self.files_table.item(row, 3).setToolTip(badge.toolTip())

    def update_download_buttons(self) -> None:
        for row, model_file in enumerate(self._files):
            button = self.files_table.cellWidget(row, 5)
            if isinstance(button, QPushButton):
                self._set_download_button(button, model_file.repo_id, model_file.filename)

    def shutdown(self) -> None:
        """Let running calls finish in the background (closing the window)."""
        self._calls.discard_all()

    # -- helpers ---------------------------------------------------------------------------

    def _search(self) -> None:
        query = self._query.text().strip()
        sort = self._sort.currentData()
        make_hub = self._manager.make_hub
        self._search_status.setText(
            self.tr("Searching for “{query}”…").format(query=query) if query else self.tr("Searching…")
        )
        self._set_hub_busy(True)
        self._calls.start(
            "search",
            lambda: make_hub().search(query, sort=sort),
            self._on_search_call_succeeded,
            self._on_search_call_failed,
        )

    def _set_hub_busy(self, busy: bool) -> None:
        """Show that the Hub is being asked (search, or the check before a download), and offer Cancel."""
        self._search_busy.setVisible(busy)
        self._cancel_search.setVisible(busy)
        self._search_button.setEnabled(not busy and not self._offline)

    def _repos_count(self) -> str:
        return self.tr("%n repository(ies)", None, len(self._repos))

    def _show_files(self, repo_id: str) -> None:
        self._files_repo = repo_id
        self._files = []
        self.files_table.setRowCount(0)
        self._files_caption.setText(self.tr("Loading the files of {repo}…").format(repo=repo_id))
        make_hub = self._manager.make_hub
        self._calls.start(
            "files", lambda: make_hub().files(repo_id), self._on_files_call_succeeded, self._on_files_call_failed
        )

    def _file_estimate(self, model_file: ModelFile) -> tuple[MemoryEstimate, int] | None:
        if model_file.size_bytes is None:
            return None
        bits = BITS_PER_WEIGHT.get((model_file.quantization or "").upper())
        params_b = model_file.size_bytes * 8 / bits / 1e9 if bits else None
        context = self._settings.context_cap
        # The Hub listing has no dimensions: the KV cache is the rough per-parameter figure.
        return estimate_memory(model_file.size_bytes, context, None, params_b), context

    def _fill_files(self) -> None:
        table = self.files_table
        table.setRowCount(len(self._files))
        for row, model_file in enumerate(self._files):
            shown = (
                self.tr("{file} (%n parts)", None, model_file.shard_count).format(file=model_file.filename)
                if model_file.shard_count > 1
                else model_file.filename
            )
            table.setItem(row, 0, table_item(shown, model_file.filename))
            table.setItem(row, 1, table_item(model_file.quantization or "?"))
            n_bytes = model_file.size_bytes
            table.setItem(row, 2, table_item(size(n_bytes) if n_bytes is not None else "?", align_right=True))
            table.setItem(row, 3, table_item("", align_right=True))
            table.setCellWidget(row, 4, FitBadge())
            download = action_button(
                self.tr("Download", "verb: button"),
                self.tr("Download", "verb: button"),
                self.tr("Download {file}").format(file=model_file.filename),
            )
            download.setAccessibleDescription(f"{model_file.repo_id}, {model_file.filename}")
            download.clicked.connect(lambda _c=False, r=row: self._on_file_download_clicked(r))
            table.setCellWidget(row, 5, download)
        fit_columns(table, 0)
        self.update_fits()
        self.update_download_buttons()

    # -- slots ---------------------------------------------------------------------------------

    @Slot()
    def _on_query_return_pressed(self) -> None:
        self._search()

    @Slot()
    def _on_search_button_clicked(self) -> None:
        self._search()

    @Slot(object)
    def _on_search_call_succeeded(self, repos: object) -> None:
        assert isinstance(repos, list)
        self._repos = repos
        self._set_hub_busy("check" in self._calls)
        self._search_status.setText(self._repos_count() if repos else self.tr("No GGUF repositories match."))
        table = self.repo_table
        table.blockSignals(True)
        table.setRowCount(len(repos))
        for row, repo in enumerate(repos):
            table.setItem(row, 0, table_item(repo.repo_id, data=repo.repo_id))
            table.setItem(row, 1, table_item(integer(repo.downloads), align_right=True))
            table.setItem(row, 2, table_item(integer(repo.likes), align_right=True))
            updated = day(repo.last_modified) if repo.last_modified else ""
            table.setItem(row, 3, table_item(updated))
            access = self.tr("gated: needs a token") if repo.gated else self.tr("open", "access: anyone may download")
            table.setItem(row, 4, table_item(access))
        table.blockSignals(False)
        fit_columns(table, 0)

    @Slot(str, str)
    def _on_search_call_failed(self, _title: str, message: str) -> None:
        self._set_hub_busy("check" in self._calls)
        # The message says what happened on its own; the title before it would say it twice.
        self._search_status.setText(message)

    @Slot()
    def _on_cancel_search_clicked(self) -> None:
        # A call finishes in the background; its answer is not wanted.
        stopped = [key for key in ("search", "check") if self._calls.discard(key)]
        self._set_hub_busy(False)
        self._search_status.setText(
            self.tr("Search cancelled.") if "search" in stopped else self.tr("Cancelled: nothing is downloaded.")
        )

    @Slot()
    def _on_repo_table_item_selection_changed(self) -> None:
        rows = self.repo_table.selectionModel().selectedRows()
        if rows:
            self._show_files(self._repos[rows[0].row()].repo_id)

    @Slot(object)
    def _on_files_call_succeeded(self, files: object) -> None:
        assert isinstance(files, list)
        self._files = files
        self._files_caption.setText(
            self.tr("%n GGUF model(s) in {repo}", None, len(files)).format(repo=self._files_repo)
            if files
            else self.tr("{repo} has no GGUF model files.").format(repo=self._files_repo)
        )
        self._fill_files()

    @Slot(str, str)
    def _on_files_call_failed(self, title: str, message: str) -> None:
        self._files_caption.setText(
            self.tr("{title}: {message}").format(title=core_text(title), message=core_text(message))
        )

    def _on_file_download_clicked(self, row: int) -> None:
        model_file = self._files[row]
        badge = self.files_table.cellWidget(row, 4)
        if isinstance(badge, FitBadge) and badge.fit == WONT_FIT:
            if not confirm_wont_fit(self, model_file.filename, badge.toolTip()):
                return
        job = DownloadJob(model_file.repo_id, model_file.filename)
        downloader = self._manager.make_downloader
        self._search_status.setText(
            self.tr("Checking that this llama.cpp can run {file}…").format(file=model_file.filename)
        )
        self._set_hub_busy(True)
        # The header is read with a Range request before gigabytes are fetched.
        self._calls.start(
            "check",
            lambda: downloader().check_architecture(job.repo_id, job.filename),
            lambda warning, j=job: self._on_check_call_succeeded(j, warning),
            self._on_check_call_failed,
        )

    def _on_check_call_succeeded(self, job: DownloadJob, warning: object) -> None:
        self._set_hub_busy("search" in self._calls)
        self._search_status.setText(self._repos_count())
        if isinstance(warning, str):
            question = self.tr("{warning}\n\nDownload anyway?").format(warning=core_text(warning))
            if not confirm(self, self.tr("This model may not run here"), question, warning=True):
                return
        self.download_requested.emit(job)

    @Slot(str, str)
    def _on_check_call_failed(self, title: str, message: str) -> None:
        self._set_hub_busy("search" in self._calls)
        self._search_status.setText("")
        self.notice_requested.emit(title, message)
