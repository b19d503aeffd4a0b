"""The Models page: the curated catalogue, Hub search, and the models on this computer."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import NoKeychainError, UserFacingError
from app.core.models.catalogue import BITS_PER_WEIGHT, CatalogEntry
from app.core.models.downloads import Downloader, format_bytes
from app.core.models.hardware import (
    WONT_FIT,
    Hardware,
    MemoryEstimate,
    context_for,
    entry_estimate,
    estimate_memory,
    fit,
    recommend_quant,
)
from app.core.models.hub import SORT_KEYS, TOKEN_ACCOUNT, TOKEN_ENV, ModelFile, RepoSummary
from app.core.models.library import LocalModel, ModelDetails
from app.core.settings import Settings
from app.ui.dialogs.keychain_prompt import ask_keep_for_session
from app.ui.panels.model_manager import ModelManager
from app.ui.widgets.buttons import action_button
from app.ui.widgets.elided_label import ElidedLabel
from app.ui.widgets.fit_badge import FitBadge
from app.ui.widgets.message_label import message_label
from app.workers.call_worker import CallWorker
from app.workers.download_worker import DownloadJob, DownloadWorker

SORT_LABELS = {"downloads": "Most downloads", "likes": "Most likes", "recent": "Recently updated"}
#: Available memory changes as other programs run; re-read it at most this often.
HARDWARE_REFRESH_S = 10.0


def _item(text: str, tooltip: str = "", align_right: bool = False, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if tooltip:
        item.setToolTip(tooltip)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setHighlightSections(False)
    # Tab moves on to the next control, as everywhere else; the arrow keys move between rows.
    table.setTabKeyNavigation(False)
    return table


def memory_tooltip(estimate: MemoryEstimate, hardware: Hardware | None, n_ctx: int, exact_kv: bool) -> str:
    kv = "KV cache" if exact_kv else "KV cache (rough: the model's dimensions are not known yet)"
    lines = [
        f"About {format_bytes(estimate.total)} to run at {n_ctx:,} tokens of context:",
        f"  weights {format_bytes(estimate.weights)} + {kv} {format_bytes(estimate.kv_cache)}"
        f" + overhead {format_bytes(estimate.overhead)}",
    ]
    if hardware is not None:
        lines.append(f"This computer: {hardware.describe()}")
    return "\n".join(lines)


class ModelsPanel(QWidget):
    """Catalogue, Search and Installed models, and the Hugging Face token.

    Downloads go to the shared DownloadWorker (the status bar shows them);
    Hub calls, header reads and imports run on CallWorkers, never on the GUI
    thread. Fit badges compare each estimate with this computer's memory
    (``probe_hardware``), re-read when the page is shown.

    Signals:
        models_changed(): a model was downloaded, imported or removed; every
            model picker should re-read the list.
    """

    models_changed = Signal()

    def __init__(
        self,
        manager: ModelManager,
        downloads: DownloadWorker,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._manager = manager
        self._library = manager.library
        self._downloads = downloads
        self._settings = settings
        self._hardware: Hardware | None = None
        self._hardware_read_at = 0.0
        self._calls: dict[str, CallWorker] = {}
        #: Filled by the Installed list's refresh.
        self._installed: list[tuple[LocalModel, ModelDetails]] = []
        # Only asked where a download lands (target_path); it never downloads.
        self._layout = Downloader(self._library.models_dir)
        self._repos: list[RepoSummary] = []
        self._files: list[ModelFile] = []
        self._files_repo: str | None = None

        self._build()
        self._connect()
        self._fill_catalog()
        self.refresh_installed()
        self._read_hardware()
        self.refresh_models()

    # -- construction -----------------------------------------------------------------

    def _build(self) -> None:
        self._hardware_label = QLabel("Reading this computer's memory…")
        self._hardware_label.setObjectName("secondaryText")
        self._hardware_label.setAccessibleName("This computer")
        self._hardware_label.setWordWrap(True)
        self._token_button = action_button(
            "Hugging Face token…", "Hugging Face token", "A token opens gated models and raises the Hub's rate limits"
        )
        header = QHBoxLayout()
        header.addWidget(self._hardware_label, 1)
        header.addWidget(self._token_button)

        self._notice = message_label("Notice", selectable=True)
        self._offline_notice = message_label("Offline notice")
        self._offline_notice.setText(
            "<b>Offline mode is on.</b> The Hugging Face Hub is not contacted: search and downloads are off. "
            "Installed models work as usual. File › Offline mode (Ctrl+Shift+O) turns it off."
        )

        self._sections = QTabWidget()
        self._sections.setAccessibleName("Model sections")
        self._sections.addTab(self._build_catalog(), "Catalogue")
        self._sections.addTab(self._build_search(), "Search")
        self._sections.addTab(self._build_installed(), "Installed")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self._notice)
        layout.addWidget(self._offline_notice)
        layout.addWidget(self._sections, 1)

    def _build_catalog(self) -> QWidget:
        self._catalog_table = _table(
            ["Model", "Parameters", "Good for", "Licence", "Quantization", "Download", "Memory", "Fit", ""],
            "Catalogue",
        )
        self._catalog_caption = QLabel()
        self._catalog_caption.setObjectName("secondaryText")
        self._catalog_caption.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self._catalog_table, 1)
        layout.addWidget(self._catalog_caption)
        return page

    def _build_search(self) -> QWidget:
        self._query = QLineEdit()
        self._query.setAccessibleName("Search models")
        self._query.setPlaceholderText("Search GGUF models on the Hugging Face Hub, e.g. “qwen3 4b”")
        self._query.setClearButtonEnabled(True)
        self._sort = QComboBox()
        self._sort.setAccessibleName("Sort by")
        for key in SORT_KEYS:
            self._sort.addItem(SORT_LABELS[key], key)
        self._search_button = action_button("Search", "Search", "Search the Hub (Enter)")
        row = QHBoxLayout()
        row.addWidget(self._query, 1)
        row.addWidget(self._sort)
        row.addWidget(self._search_button)

        self._search_status = QLabel("Type a name and press Enter.")
        self._search_status.setObjectName("secondaryText")
        self._search_status.setAccessibleName("Search status")
        # An error from the Hub runs to two or three lines; none of it may be cut off.
        self._search_status.setWordWrap(True)
        self._search_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._search_busy = QProgressBar()
        self._search_busy.setAccessibleName("Searching")
        self._search_busy.setRange(0, 0)  # busy: how long the Hub takes is unknown
        self._search_busy.setTextVisible(False)
        self._search_busy.setFixedSize(120, 8)
        self._search_busy.hide()
        self._cancel_search = action_button("Cancel", "Cancel search", "Stop waiting for the Hugging Face Hub")
        self._cancel_search.hide()
        status_row = QHBoxLayout()
        status_row.addWidget(self._search_status, 1)
        status_row.addWidget(self._search_busy)
        status_row.addWidget(self._cancel_search)
        self._repo_table = _table(["Repository", "Downloads", "Likes", "Updated", "Access"], "Search results")
        self._files_caption = QLabel("Pick a repository to see its GGUF files.")
        self._files_caption.setObjectName("secondaryText")
        self._files_caption.setAccessibleName("Files status")
        self._files_caption.setWordWrap(True)
        self._files_table = _table(["File", "Quantization", "Download", "Memory", "Fit", ""], "Repository files")
        files = QWidget()
        files_layout = QVBoxLayout(files)
        files_layout.setContentsMargins(0, 0, 0, 0)
        files_layout.addWidget(self._files_caption)
        files_layout.addWidget(self._files_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._repo_table)
        splitter.addWidget(files)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([1, 1])

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addLayout(status_row)
        layout.addWidget(splitter, 1)
        return page

    def _build_installed(self) -> QWidget:
        self._installed_table = _table(
            ["Model", "Size", "Quantization", "Architecture", "Context", "Location"], "Installed models"
        )
        self._import_button = action_button(
            "Import model…", "Import model", "Add a .gguf file from anywhere on this computer"
        )
        self._delete_button = action_button("Delete model", "Delete model", "Delete the selected model (asks first)")
        self._reveal_button = action_button(
            "Show in folder", "Reveal in file manager", "Open the selected model's folder in the file manager"
        )
        # The models folder's path can be long: the middle of it gives way, the whole is in the tooltip.
        self._installed_status = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)
        self._installed_status.setObjectName("secondaryText")
        self._installed_status.setAccessibleName("Installed status")
        buttons = QHBoxLayout()
        buttons.addWidget(self._installed_status, 1)
        buttons.addWidget(self._reveal_button)
        buttons.addWidget(self._delete_button)
        buttons.addWidget(self._import_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self._installed_table, 1)
        layout.addLayout(buttons)
        return page

    def _connect(self) -> None:
        self._token_button.clicked.connect(self._on_token_button_clicked)
        self._query.returnPressed.connect(self._on_query_return_pressed)
        self._search_button.clicked.connect(self._on_search_button_clicked)
        self._cancel_search.clicked.connect(self._on_cancel_search_clicked)
        self._repo_table.itemSelectionChanged.connect(self._on_repo_table_item_selection_changed)
        self._installed_table.itemSelectionChanged.connect(self._on_installed_table_item_selection_changed)
        self._import_button.clicked.connect(self._on_import_button_clicked)
        self._delete_button.clicked.connect(self._on_delete_button_clicked)
        self._reveal_button.clicked.connect(self._on_reveal_button_clicked)
        for signal in (self._downloads.queued, self._downloads.started, self._downloads.cancelled):
            signal.connect(self._on_downloads_changed)
        self._downloads.finished.connect(self._on_downloads_finished)
        self._downloads.failed.connect(self._on_downloads_failed)

    # -- public API ---------------------------------------------------------------------

    @property
    def hardware(self) -> Hardware | None:
        return self._hardware

    @property
    def busy(self) -> bool:
        """A Hub call, a listing or an import is running."""
        return bool(self._calls)

    def set_hardware(self, hardware: Hardware) -> None:
        """Use these numbers for the fit badges (also how tests inject a machine)."""
        self._hardware = hardware
        self._hardware_read_at = time.monotonic()
        offload = self._offload
        gpu_note = " (layers offloaded to the GPU: its free memory counts)" if offload and hardware.gpu else ""
        self._hardware_label.setText(f"This computer: {hardware.describe()}{gpu_note}")
        self._update_catalog_fits()
        self._update_file_fits()

    def refresh_installed(self) -> None:
        """Re-read the installed models and their headers, off the GUI thread."""
        library = self._library
        self._installed_status.setText("Reading the models folder…")
        self._start_call(
            "installed",
            lambda: [(m, library.details(m)) for m in library.list()],
            self._on_installed_call_succeeded,
            self._on_installed_call_failed,
        )

    def search(self, query: str, sort: str | None = None) -> None:
        if sort is not None:
            self._sort.setCurrentIndex(max(0, self._sort.findData(sort)))
        self._query.setText(query)
        self._search()

    def refresh_models(self) -> None:
        """Follow the offline switch: while on, say so and turn search and downloads off.

        The installed list needs nothing here: this page is what adds and removes local models.
        """
        offline = self._offline
        self._offline_notice.setVisible(offline)
        self._query.setEnabled(not offline)
        self._search_button.setEnabled(not offline and "search" not in self._calls)
        if offline:
            self._search_status.setText("Offline mode is on: the Hugging Face Hub is not contacted.")
        elif self._search_status.text().startswith("Offline mode is on"):
            self._search_status.setText("Type a name and press Enter.")
        self._update_download_buttons()

    @property
    def active_model_ids(self) -> set[str]:
        """Always none: this page runs no model (the window asks every panel)."""
        return set()

    def shutdown(self) -> None:
        """Let running calls finish in the background (closing the window)."""
        for call in self._calls.values():
            call.discard()
        self._calls.clear()

    # -- helpers ---------------------------------------------------------------------------

    @property
    def _context(self) -> int:
        return self._settings.context_cap

    @property
    def _offline(self) -> bool:
        return self._manager.offline is not None and self._manager.offline.enabled

    @property
    def _offload(self) -> bool:
        return self._settings.n_gpu_layers != 0

    def _start_call(
        self,
        key: str,
        fn: Callable[[], object],
        on_success: Callable[[object], None],
        on_failure: Callable[[str, str], None],
    ) -> None:
        previous = self._calls.pop(key, None)
        if previous is not None:
            previous.discard()  # a newer search or listing supersedes it
        call = CallWorker(fn, f"Models page: {key}", self)
        call.succeeded.connect(on_success)
        call.failed.connect(on_failure)
        call.succeeded.connect(lambda _r, c=call, k=key: self._forget_call(k, c))
        call.failed.connect(lambda _t, _m, c=call, k=key: self._forget_call(k, c))
        self._calls[key] = call
        call.start()

    def _forget_call(self, key: str, call: CallWorker) -> None:
        if self._calls.get(key) is call:
            del self._calls[key]
        call.deleteLater()

    def _show_notice(self, title: str, message: str) -> None:
        # "Cannot reach the Hugging Face Hub." before "Cannot reach the Hugging Face Hub (…)" says it twice.
        self._notice.setText(message if message.startswith(title) else f"<b>{title}.</b> {message}")
        self._notice.show()

    def _read_hardware(self) -> None:
        self._start_call(
            "hardware", self._manager.probe_hardware, self._on_hardware_call_succeeded, self._on_hardware_call_failed
        )

    def _fit_detail(self, estimate: MemoryEstimate, exact_kv: bool, n_ctx: int) -> tuple[str | None, str]:
        if self._hardware is None:
            return None, memory_tooltip(estimate, None, n_ctx, exact_kv)
        return fit(estimate, self._hardware, self._offload), memory_tooltip(estimate, self._hardware, n_ctx, exact_kv)

    # -- catalogue -------------------------------------------------------------------------

    def _fill_catalog(self) -> None:
        table = self._catalog_table
        entries = self._manager.catalog.entries
        table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            languages = ", ".join(entry.languages)
            name = _item(entry.name, f"{entry.description}\n{entry.repo}\nLanguages: {languages}", data=entry.id)
            table.setItem(row, 0, name)
            params = f"{entry.params_b:.1f} B" if entry.params_b >= 1 else f"{entry.params_b * 1000:.0f} M"
            table.setItem(row, 1, _item(params, align_right=True))
            table.setItem(row, 2, _item(", ".join(entry.strengths), f"Languages: {languages}"))
            table.setItem(row, 3, _item(entry.license))
            combo = QComboBox()
            combo.setAccessibleName(f"Quantization for {entry.name}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            for quant in entry.quants:
                combo.addItem(quant, quant)
            combo.currentIndexChanged.connect(lambda _i, r=row: self._on_catalog_quant_changed(r))
            table.setCellWidget(row, 4, combo)
            table.setItem(row, 5, _item("", align_right=True))
            table.setItem(row, 6, _item("", align_right=True))
            table.setCellWidget(row, 7, FitBadge())
            download = action_button("Download", "Download", "")
            download.setObjectName("primaryButton")
            download.clicked.connect(lambda _c=False, r=row: self._on_catalog_download_clicked(r))
            table.setCellWidget(row, 8, download)
            self._update_catalog_row(row)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._catalog_caption.setText(
            f"Memory: the file, plus the KV cache at {self._context:,} tokens of context (the Context cap setting) "
            "or the model's own maximum if smaller, plus overhead. Hover over a badge for the numbers."
        )

    def _entry(self, row: int) -> CatalogEntry:
        return self._manager.catalog.get(self._catalog_table.item(row, 0).data(Qt.ItemDataRole.UserRole))

    def _catalog_quant(self, row: int) -> str:
        combo = self._catalog_table.cellWidget(row, 4)
        assert isinstance(combo, QComboBox)
        return combo.currentData()

    def catalog_row(self, entry_id: str) -> int:
        for row in range(self._catalog_table.rowCount()):
            if self._catalog_table.item(row, 0).data(Qt.ItemDataRole.UserRole) == entry_id:
                return row
        raise KeyError(entry_id)

    def _update_catalog_fits(self) -> None:
        table = self._catalog_table
        for row in range(table.rowCount()):
            entry = self._entry(row)
            combo = table.cellWidget(row, 4)
            assert isinstance(combo, QComboBox)
            if self._hardware is not None and not combo.property("chosen"):
                recommended = recommend_quant(entry, self._hardware, self._context, self._offload)
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(recommended))
                combo.blockSignals(False)
                for i in range(combo.count()):
                    quant = combo.itemData(i)
                    combo.setItemText(i, f"{quant} (recommended)" if quant == recommended else quant)
            self._update_catalog_row(row)
        # Cell widgets do not resize their column when their text grows.
        table.resizeColumnToContents(4)

    def _update_catalog_row(self, row: int) -> None:
        table = self._catalog_table
        entry = self._entry(row)
        quant = self._catalog_quant(row)
        size = entry.size_bytes(quant)
        approx = "≈ " if entry.size_is_estimate(quant) else ""
        table.item(row, 5).setText(f"{approx}{format_bytes(size)}")
        table.item(row, 5).setToolTip(
            "Estimated from the parameter count; the Hub's exact size is used when downloading."
            if approx
            else entry.file(quant).file
        )
        n_ctx = context_for(entry.context_length, self._context)
        estimate = entry_estimate(entry, quant, self._context)
        table.item(row, 6).setText(format_bytes(estimate.total))
        badge = table.cellWidget(row, 7)
        assert isinstance(badge, FitBadge)
        badge.set_fit(*self._fit_detail(estimate, True, n_ctx))
        table.item(row, 6).setToolTip(badge.toolTip())
        self._update_catalog_button(row)

    def _on_catalog_quant_changed(self, row: int) -> None:
        combo = self._catalog_table.cellWidget(row, 4)
        if combo is not None:
            combo.setProperty("chosen", True)  # the person's pick survives a hardware refresh
        self._update_catalog_row(row)

    def _update_catalog_button(self, row: int) -> None:
        entry = self._entry(row)
        file = entry.file(self._catalog_quant(row)).file
        button = self._catalog_table.cellWidget(row, 8)
        assert isinstance(button, QPushButton)
        self._set_download_button(button, entry.repo, file)
        button.setAccessibleDescription(f"{entry.name}, {file}")

    def _set_download_button(self, button: QPushButton, repo_id: str, filename: str) -> None:
        name = filename.rsplit("/", 1)[-1]
        if self._layout.target_path(repo_id, filename).is_file():
            text, enabled, tip = "Installed", False, f"{name} is downloaded: pick it in any model list"
        elif self._downloads.has_job(repo_id, filename):
            current = self._downloads.current
            running = current is not None and (current.repo_id, current.filename) == (repo_id, filename)
            text = "Downloading" if running else "Queued"
            enabled, tip = False, f"{name} is {text.lower()} (the status bar shows it; Cancel is there)"
        elif self._offline:
            text, enabled, tip = "Download", False, "Offline mode is on: downloads are off"
        else:
            text, enabled, tip = "Download", True, f"Download {name} from {repo_id}"
        button.setText(text)
        button.setEnabled(enabled)
        button.setToolTip(tip)

    def _update_download_buttons(self) -> None:
        for row in range(self._catalog_table.rowCount()):
            self._update_catalog_button(row)
        for row, model_file in enumerate(self._files):
            button = self._files_table.cellWidget(row, 5)
            if isinstance(button, QPushButton):
                self._set_download_button(button, model_file.repo_id, model_file.filename)

    def _on_catalog_download_clicked(self, row: int) -> None:
        entry = self._entry(row)
        quant = self._catalog_quant(row)
        badge = self._catalog_table.cellWidget(row, 7)
        assert isinstance(badge, FitBadge)
        if badge.fit == WONT_FIT and not self._confirm_wont_fit(f"{entry.name} {quant}", badge.toolTip()):
            return
        job = DownloadJob(entry.repo, entry.file(quant).file, label=f"{entry.name} {quant}", catalog_id=entry.id)
        self._enqueue(job)

    def _confirm_wont_fit(self, name: str, detail: str) -> bool:
        answer = QMessageBox.question(
            self,
            "Probably too big for this computer",
            f"{name} probably won't fit in this computer's memory.\n\n{detail}\n\n"
            "A smaller quantization, a smaller model or a lower context cap would. Download anyway?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _enqueue(self, job: DownloadJob) -> None:
        self._notice.hide()
        if not self._downloads.enqueue(job):
            self._show_notice("Already downloading", f"{job.title} is already in the download queue.")

    # -- search ------------------------------------------------------------------------------

    def _search(self) -> None:
        query = self._query.text().strip()
        sort = self._sort.currentData()
        make_hub = self._manager.make_hub
        self._search_status.setText(f"Searching for “{query}”…" if query else "Searching…")
        self._set_hub_busy(True)
        self._start_call(
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
        count = len(self._repos)
        return f"{count} {'repository' if count == 1 else 'repositories'}"

    def _show_files(self, repo_id: str) -> None:
        self._files_repo = repo_id
        self._files = []
        self._files_table.setRowCount(0)
        self._files_caption.setText(f"Loading the files of {repo_id}…")
        make_hub = self._manager.make_hub
        self._start_call(
            "files", lambda: make_hub().files(repo_id), self._on_files_call_succeeded, self._on_files_call_failed
        )

    def _file_estimate(self, model_file: ModelFile) -> tuple[MemoryEstimate, int] | None:
        if model_file.size_bytes is None:
            return None
        bits = BITS_PER_WEIGHT.get((model_file.quantization or "").upper())
        params_b = model_file.size_bytes * 8 / bits / 1e9 if bits else None
        # The Hub listing has no dimensions: the KV cache is the rough per-parameter figure.
        return estimate_memory(model_file.size_bytes, self._context, None, params_b), self._context

    def _fill_files(self) -> None:
        table = self._files_table
        table.setRowCount(len(self._files))
        for row, model_file in enumerate(self._files):
            shards = f" ({model_file.shard_count} parts)" if model_file.shard_count > 1 else ""
            table.setItem(row, 0, _item(model_file.filename + shards, model_file.filename))
            table.setItem(row, 1, _item(model_file.quantization or "?"))
            size = model_file.size_bytes
            table.setItem(row, 2, _item(format_bytes(size) if size is not None else "?", align_right=True))
            table.setItem(row, 3, _item("", align_right=True))
            table.setCellWidget(row, 4, FitBadge())
            download = action_button("Download", "Download", f"Download {model_file.filename}")
            download.setAccessibleDescription(f"{model_file.repo_id}, {model_file.filename}")
            download.clicked.connect(lambda _c=False, r=row: self._on_file_download_clicked(r))
            table.setCellWidget(row, 5, download)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._update_file_fits()
        self._update_download_buttons()

    def _update_file_fits(self) -> None:
        for row, model_file in enumerate(self._files):
            badge = self._files_table.cellWidget(row, 4)
            if not isinstance(badge, FitBadge):
                continue
            result = self._file_estimate(model_file)
            if result is None:
                badge.set_fit(None, "The Hub did not give this file's size.")
                continue
            estimate, n_ctx = result
            self._files_table.item(row, 3).setText(f"≈ {format_bytes(estimate.total)}")
            badge.set_fit(*self._fit_detail(estimate, False, n_ctx))
            self._files_table.item(row, 3).setToolTip(badge.toolTip())

    def _on_file_download_clicked(self, row: int) -> None:
        model_file = self._files[row]
        badge = self._files_table.cellWidget(row, 4)
        if isinstance(badge, FitBadge) and badge.fit == WONT_FIT:
            if not self._confirm_wont_fit(model_file.filename, badge.toolTip()):
                return
        job = DownloadJob(model_file.repo_id, model_file.filename)
        downloader = self._manager.make_downloader
        self._search_status.setText(f"Checking that this llama.cpp can run {model_file.filename}…")
        self._set_hub_busy(True)
        # The header is read with a Range request before gigabytes are fetched.
        self._start_call(
            "check",
            lambda: downloader().check_architecture(job.repo_id, job.filename),
            lambda warning, j=job: self._on_check_call_succeeded(j, warning),
            self._on_check_call_failed,
        )

    # -- installed --------------------------------------------------------------------------

    def _fill_installed(self) -> None:
        table = self._installed_table
        table.setRowCount(len(self._installed))
        for row, (model, details) in enumerate(self._installed):
            where = f"{model.path} (referenced)" if model.referenced else str(model.path)
            name = _item(model.name, details.title or "", data=model.model_id)
            table.setItem(row, 0, name)
            table.setItem(row, 1, _item(format_bytes(model.size_bytes), align_right=True))
            table.setItem(row, 2, _item(details.quantization or "?"))
            if details.error:
                arch = _item("unreadable", details.error)
                arch.setForeground(Qt.GlobalColor.red)
                table.setItem(row, 3, arch)
                table.setItem(row, 4, _item("?", details.error, align_right=True))
            else:
                table.setItem(row, 3, _item(details.architecture or "?"))
                context = f"{details.context_length:,}" if details.context_length else "?"
                table.setItem(row, 4, _item(context, align_right=True))
            table.setItem(row, 5, _item(where, where))
            if details.error:
                for col in (0, 1, 2, 5):
                    table.item(row, col).setToolTip(details.error)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self._update_installed_actions()

    def _selected_installed(self) -> LocalModel | None:
        rows = self._installed_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self._installed[rows[0].row()][0]

    def installed_row(self, model_id: str) -> int:
        for row, (model, _details) in enumerate(self._installed):
            if model.model_id == model_id:
                return row
        raise KeyError(model_id)

    def _update_installed_actions(self) -> None:
        model = self._selected_installed()
        self._delete_button.setEnabled(model is not None and not model.is_starter)
        self._delete_button.setText("Forget model" if model is not None and model.referenced else "Delete model")
        self._delete_button.setToolTip(
            "The starter model comes with Plinth and cannot be deleted"
            if model is not None and model.is_starter
            else "Forget the selected model (the file stays where it is)"
            if model is not None and model.referenced
            else "Delete the selected model's file (asks first)"
        )

    def _ask_import_file(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self, "Import a model", str(Path.home()), "GGUF models (*.gguf);;All files (*)"
        )
        return path

    def _ask_import_mode(self, path: Path) -> Literal["copy", "reference"] | None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Import a model")
        box.setText(f"<b>Import {path.name}?</b>")
        box.setInformativeText(
            f"Copy it into Plinth's models folder ({self._library.models_dir}), or use it where it is "
            "(nothing is copied; if you move the file, Plinth loses it)."
        )
        copy = box.addButton("Copy into the models folder", QMessageBox.ButtonRole.AcceptRole)
        reference = box.addButton("Use it where it is", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(copy)
        box.exec()
        clicked = box.clickedButton()
        return "copy" if clicked is copy else "reference" if clicked is reference else None

    def _confirm_delete(self, model: LocalModel) -> bool:
        if model.referenced:
            text = f"Forget {model.name}? The file stays at {model.path}."
        else:
            text = f"Delete {model.name}? This deletes {model.path} ({format_bytes(model.size_bytes)}) from disk."
        answer = QMessageBox.question(
            self,
            "Delete model",
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- Hugging Face token ---------------------------------------------------------------

    def _store_token(self, token: str) -> bool:
        secrets = self._manager.secrets
        try:
            secrets.set(TOKEN_ACCOUNT, token)
            return True
        except NoKeychainError as exc:
            if not ask_keep_for_session(self, exc, "token"):
                return False
        except UserFacingError as exc:
            self._show_notice(exc.title, str(exc))
            return False
        secrets.set(TOKEN_ACCOUNT, token, session_only=True)
        return True

    def _token_source(self) -> str:
        try:
            secret = self._manager.secrets.get(TOKEN_ACCOUNT, TOKEN_ENV)
        except UserFacingError as exc:
            return exc.message
        return f"a token is set ({secret})" if secret else "no token is set"

    # -- slots ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if time.monotonic() - self._hardware_read_at > HARDWARE_REFRESH_S and "hardware" not in self._calls:
            self._read_hardware()

    @Slot(object)
    def _on_hardware_call_succeeded(self, hardware: object) -> None:
        assert isinstance(hardware, Hardware)
        self.set_hardware(hardware)

    @Slot(str, str)
    def _on_hardware_call_failed(self, _title: str, message: str) -> None:
        self._hardware_label.setText(f"This computer's memory could not be read: {message}")

    @Slot()
    def _on_token_button_clicked(self) -> None:
        token, ok = QInputDialog.getText(
            self,
            "Hugging Face token",
            f"Now {self._token_source()}.\n\nPaste a token (create one at https://huggingface.co/settings/tokens);\n"
            "leave it empty to remove the stored one. It goes to the keychain, never to a file.",
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        token = token.strip()
        if not token:
            try:
                self._manager.secrets.delete(TOKEN_ACCOUNT)
            except UserFacingError as exc:
                self._show_notice(exc.title, str(exc))
            return
        if self._store_token(token):
            self._notice.hide()

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
        self._search_status.setText(self._repos_count() if repos else "No GGUF repositories match.")
        table = self._repo_table
        table.blockSignals(True)
        table.setRowCount(len(repos))
        for row, repo in enumerate(repos):
            table.setItem(row, 0, _item(repo.repo_id, data=repo.repo_id))
            table.setItem(row, 1, _item(f"{repo.downloads:,}", align_right=True))
            table.setItem(row, 2, _item(f"{repo.likes:,}", align_right=True))
            updated = repo.last_modified.strftime("%Y-%m-%d") if repo.last_modified else ""
            table.setItem(row, 3, _item(updated))
            access = "gated: needs a token" if repo.gated else "open"
            table.setItem(row, 4, _item(access))
        table.blockSignals(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    @Slot(str, str)
    def _on_search_call_failed(self, _title: str, message: str) -> None:
        self._set_hub_busy("check" in self._calls)
        # The message says what happened on its own; the title before it would say it twice.
        self._search_status.setText(message)

    @Slot()
    def _on_cancel_search_clicked(self) -> None:
        stopped = [key for key in ("search", "check") if key in self._calls]
        for key in stopped:
            self._calls.pop(key).discard()  # it finishes in the background; its answer is not wanted
        self._set_hub_busy(False)
        self._search_status.setText("Search cancelled." if "search" in stopped else "Cancelled: nothing is downloaded.")

    @Slot()
    def _on_repo_table_item_selection_changed(self) -> None:
        rows = self._repo_table.selectionModel().selectedRows()
        if rows:
            self._show_files(self._repos[rows[0].row()].repo_id)

    @Slot(object)
    def _on_files_call_succeeded(self, files: object) -> None:
        assert isinstance(files, list)
        self._files = files
        count = len(files)
        self._files_caption.setText(
            f"{count} GGUF model{'s' if count != 1 else ''} in {self._files_repo}"
            if files
            else f"{self._files_repo} has no GGUF model files."
        )
        self._fill_files()

    @Slot(str, str)
    def _on_files_call_failed(self, title: str, message: str) -> None:
        self._files_caption.setText(f"{title}: {message}")

    def _on_check_call_succeeded(self, job: DownloadJob, warning: object) -> None:
        self._set_hub_busy("search" in self._calls)
        self._search_status.setText(self._repos_count())
        if isinstance(warning, str):
            answer = QMessageBox.warning(
                self,
                "This model may not run here",
                f"{warning}\n\nDownload anyway?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._enqueue(job)

    @Slot(str, str)
    def _on_check_call_failed(self, title: str, message: str) -> None:
        self._set_hub_busy("search" in self._calls)
        self._search_status.setText("")
        self._show_notice(title, message)

    @Slot(object)
    def _on_installed_call_succeeded(self, rows: object) -> None:
        assert isinstance(rows, list)
        self._installed = rows
        self._fill_installed()
        errors = sum(1 for _m, d in rows if d.error)
        status = f"{len(rows)} model{'' if len(rows) == 1 else 's'} in {self._library.models_dir}"
        self._installed_status.setText(status + (f" · {errors} unreadable (hover for why)" if errors else ""))
        self._update_download_buttons()

    @Slot(str, str)
    def _on_installed_call_failed(self, title: str, message: str) -> None:
        # An error runs long: the notice wraps it; this line only says where to look.
        self._installed_status.setText("The models folder could not be read (see above).")
        self._show_notice(title, message)

    @Slot()
    def _on_installed_table_item_selection_changed(self) -> None:
        self._update_installed_actions()

    @Slot()
    def _on_import_button_clicked(self) -> None:
        chosen = self._ask_import_file()
        if not chosen:
            return
        path = Path(chosen)
        mode = self._ask_import_mode(path)
        if mode is None:
            return
        library = self._library
        self._installed_status.setText(f"{'Importing' if mode == 'reference' else 'Copying'} {path.name}…")
        self._import_button.setEnabled(False)
        self._start_call(
            "import",
            lambda: library.import_model(path, mode),
            self._on_import_call_succeeded,
            self._on_import_call_failed,
        )

    @Slot(object)
    def _on_import_call_succeeded(self, model: object) -> None:
        self._import_button.setEnabled(True)
        self._notice.hide()
        self.refresh_installed()
        self.models_changed.emit()

    @Slot(str, str)
    def _on_import_call_failed(self, title: str, message: str) -> None:
        self._import_button.setEnabled(True)
        self._installed_status.setText("")
        self._show_notice(title, message)

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        model = self._selected_installed()
        if model is None or model.is_starter or not self._confirm_delete(model):
            return
        try:
            self._library.remove(model.model_id)
        except UserFacingError as exc:
            self._show_notice(exc.title, str(exc))
            return
        self.refresh_installed()
        self.models_changed.emit()

    @Slot()
    def _on_reveal_button_clicked(self) -> None:
        model = self._selected_installed()
        folder = model.path.parent if model is not None else self._library.models_dir
        if model is None:
            folder.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self._show_notice("Could not open the folder", f"Open {folder} in your file manager.")

    @Slot(object)
    def _on_downloads_changed(self, _job: DownloadJob) -> None:
        self._update_download_buttons()

    @Slot(object, object)
    def _on_downloads_finished(self, _job: DownloadJob, _path: object) -> None:
        self._update_download_buttons()
        self.refresh_installed()
        self.models_changed.emit()

    @Slot(object, str, str)
    def _on_downloads_failed(self, _job: DownloadJob, title: str, message: str) -> None:
        self._update_download_buttons()
        self._show_notice(title, message)
