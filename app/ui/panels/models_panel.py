"""The Models page: the curated catalogue, Hub search, and the models on this computer."""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QWidget,
)

from app.core.errors import NoKeychainError, UserFacingError
from app.core.models.catalogue import CatalogEntry
from app.core.models.downloads import Downloader
from app.core.models.hardware import (
    WONT_FIT,
    Hardware,
    MemoryEstimate,
    context_for,
    entry_estimate,
    fit,
    recommend_quant,
)
from app.core.models.hub import TOKEN_ACCOUNT, TOKEN_ENV
from app.core.settings import Settings
from app.ui.dialogs.keychain_prompt import ask_keep_for_session
from app.ui.i18n import core_text, error_title, integer, number, size, translate
from app.ui.panels.background_calls import BackgroundCalls
from app.ui.panels.hub_search_page import HubSearchPage
from app.ui.panels.installed_models_page import USE_ADAPTER, InstalledModelsPage
from app.ui.panels.model_manager import ModelManager
from app.ui.panels.model_tables import (
    confirm_wont_fit,
    fit_columns,
    hardware_text,
    memory_tooltip,
    model_table,
    table_item,
)
from app.ui.widgets.buttons import action_button
from app.ui.widgets.fit_badge import FitBadge
from app.ui.widgets.layouts import hbox, vbox
from app.ui.widgets.message_label import message_label
from app.workers.download_worker import DownloadJob, DownloadWorker

#: Available memory changes as other programs run; re-read it at most this often.
HARDWARE_REFRESH_S = 10.0
#: What a catalogue entry is good for (core's ``STRENGTHS``), as the Good for column shows it.
_STRENGTHS = {
    "chat": QT_TRANSLATE_NOOP("ModelsPanel", "chat"),
    "translation": QT_TRANSLATE_NOOP("ModelsPanel", "translation"),
    "classification": QT_TRANSLATE_NOOP("ModelsPanel", "classification"),
    "retrieval": QT_TRANSLATE_NOOP("ModelsPanel", "retrieval"),
}


def _strength(name: str) -> str:
    return translate("ModelsPanel", _STRENGTHS[name]) if name in _STRENGTHS else name


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
        self._calls = BackgroundCalls("Models page", self)
        # Only asked where a download lands (target_path); it never downloads.
        self._layout = Downloader(self._library.models_dir)

        self._build()
        self._connect()
        self._fill_catalog()
        self.refresh_installed()
        self._read_hardware()
        self.refresh_models()

    # -- construction -----------------------------------------------------------------

    def _build(self) -> None:
        self._hardware_label = QLabel(self.tr("Reading this computer's memory…"))
        self._hardware_label.setObjectName("secondaryText")
        self._hardware_label.setAccessibleName(self.tr("This computer"))
        self._hardware_label.setWordWrap(True)
        self._token_button = action_button(
            self.tr("Hugging Face token…"),
            self.tr("Hugging Face token"),
            self.tr("A token opens gated models and raises the Hub's rate limits"),
        )
        header = hbox((self._hardware_label, 1), self._token_button)

        self._notice = message_label(self.tr("Notice"), selectable=True)
        self._offline_notice = message_label(self.tr("Offline notice"))
        self._offline_notice.setText(
            self.tr(
                "<b>Offline mode is on.</b> The Hugging Face Hub is not contacted: search and downloads are off. "
                "Installed models work as usual. File › Offline mode (Ctrl+Shift+O) turns it off."
            )
        )

        self._sections = QTabWidget()
        self._sections.setAccessibleName(self.tr("Model sections"))
        self._sections.addTab(self._build_catalog(), self.tr("Catalogue"))
        self._search_page = HubSearchPage(self._manager, self._settings, self._fit_detail, self._set_download_button)
        #: Tab: search the Hugging Face Hub.
        self._sections.addTab(self._search_page, self.tr("Search"))
        self._installed_page = InstalledModelsPage(self._library)
        #: Tab: the models on this computer.
        self._sections.addTab(self._installed_page, self.tr("Installed"))

        vbox(
            header,
            self._notice,
            self._offline_notice,
            (self._sections, 1),
            parent=self,
            margins=(16, 12, 16, 12),
            spacing=10,
        )

    def _build_catalog(self) -> QWidget:
        self._catalog_table = model_table(
            [
                self.tr("Model"),
                self.tr("Parameters"),
                self.tr("Good for"),
                self.tr("Licence"),
                self.tr("Quantization"),
                #: Column header: the file's download size.
                self.tr("Download", "column"),
                self.tr("Memory"),
                self.tr("Fit"),
                "",
            ],
            self.tr("Catalogue"),
        )
        self._catalog_caption = QLabel()
        self._catalog_caption.setObjectName("secondaryText")
        self._catalog_caption.setWordWrap(True)
        page = QWidget()
        vbox((self._catalog_table, 1), self._catalog_caption, parent=page, margins=(0, 8, 0, 0))
        return page

    def _connect(self) -> None:
        self._token_button.clicked.connect(self._on_token_button_clicked)
        self._search_page.download_requested.connect(self._on_search_page_download_requested)
        self._search_page.notice_requested.connect(self._on_page_notice_requested)
        self._installed_page.notice_requested.connect(self._on_page_notice_requested)
        self._installed_page.notice_dismissed.connect(self._notice.hide)
        self._installed_page.listed.connect(self._update_download_buttons)
        self._installed_page.models_changed.connect(self.models_changed)
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
        return bool(self._calls) or self._search_page.busy or self._installed_page.busy

    def set_hardware(self, hardware: Hardware) -> None:
        """Use these numbers for the fit badges (also how tests inject a machine)."""
        self._hardware = hardware
        self._hardware_read_at = time.monotonic()
        offload = self._offload
        if offload and hardware.gpu:
            text = self.tr("This computer: {hardware} (layers offloaded to the GPU: its free memory counts)")
        else:
            text = self.tr("This computer: {hardware}")
        self._hardware_label.setText(text.format(hardware=hardware_text(hardware)))
        self._update_catalog_fits()
        self._search_page.update_fits()

    def refresh_installed(self) -> None:
        """Re-read the installed models and their headers, off the GUI thread."""
        self._installed_page.refresh()

    def search(self, query: str, sort: str | None = None) -> None:
        self._search_page.search(query, sort)

    def installed_row(self, model_id: str) -> int:
        return self._installed_page.row_of(model_id)

    def refresh_models(self) -> None:
        """Follow the offline switch: while on, say so and turn search and downloads off.

        The installed list needs nothing here: this page is what adds and removes local models.
        """
        offline = self._offline
        self._offline_notice.setVisible(offline)
        self._search_page.set_offline(offline)
        self._update_download_buttons()

    @property
    def active_model_ids(self) -> set[str]:
        """Always none: this page runs no model (the window asks every panel)."""
        return set()

    def shutdown(self) -> None:
        """Let running calls finish in the background (closing the window)."""
        self._calls.discard_all()
        self._search_page.shutdown()
        self._installed_page.shutdown()

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

    def _show_notice(self, title: str, message: str) -> None:
        # "Cannot reach the Hugging Face Hub." before "Cannot reach the Hugging Face Hub (…)" says it twice.
        title, message = core_text(title), core_text(message)
        self._notice.setText(
            message
            if message.startswith(title)
            else self.tr("<b>{title}.</b> {message}").format(title=title, message=message)
        )
        self._notice.show()

    def _read_hardware(self) -> None:
        self._calls.start(
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
            where = self.tr("Languages: {languages}").format(languages=languages)
            name = table_item(entry.name, f"{core_text(entry.description)}\n{entry.repo}\n{where}", data=entry.id)
            table.setItem(row, 0, name)
            params = (
                f"{number(entry.params_b, 1)} B" if entry.params_b >= 1 else f"{number(entry.params_b * 1000, 0)} M"
            )
            table.setItem(row, 1, table_item(params, align_right=True))
            table.setItem(row, 2, table_item(", ".join(_strength(s) for s in entry.strengths), where))
            table.setItem(row, 3, table_item(entry.license))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Quantization for {model}").format(model=entry.name))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            for quant in entry.quants:
                combo.addItem(quant, quant)
            combo.currentIndexChanged.connect(lambda _i, r=row: self._on_catalog_quant_changed(r))
            table.setCellWidget(row, 4, combo)
            table.setItem(row, 5, table_item("", align_right=True))
            table.setItem(row, 6, table_item("", align_right=True))
            table.setCellWidget(row, 7, FitBadge())
            download = action_button(self.tr("Download"), self.tr("Download"), "")
            download.setObjectName("primaryButton")
            download.clicked.connect(lambda _c=False, r=row: self._on_catalog_download_clicked(r))
            table.setCellWidget(row, 8, download)
            self._update_catalog_row(row)
        fit_columns(table, 0)
        self._catalog_caption.setText(
            self.tr(
                "Memory: the file, plus the KV cache at {tokens} tokens of context (the Context cap setting) "
                "or the model's own maximum if smaller, plus overhead. Hover over a badge for the numbers."
            ).format(tokens=integer(self._context))
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
                    text = self.tr("{quant} (recommended)").format(quant=quant) if quant == recommended else quant
                    combo.setItemText(i, text)
            self._update_catalog_row(row)
        # Cell widgets do not resize their column when their text grows.
        table.resizeColumnToContents(4)

    def _update_catalog_row(self, row: int) -> None:
        table = self._catalog_table
        entry = self._entry(row)
        quant = self._catalog_quant(row)
        approx = "≈ " if entry.size_is_estimate(quant) else ""
        table.item(row, 5).setText(f"{approx}{size(entry.size_bytes(quant))}")
        table.item(row, 5).setToolTip(
            self.tr("Estimated from the parameter count; the Hub's exact size is used when downloading.")
            if approx
            else entry.file(quant).file
        )
        n_ctx = context_for(entry.context_length, self._context)
        estimate = entry_estimate(entry, quant, self._context)
        table.item(row, 6).setText(size(estimate.total))
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
        target = self._layout.target_path(repo_id, filename)
        enabled = False
        if target.is_file():
            #: A download button: the file is on this computer already.
            text = self.tr("Installed", "button")
            tip = self.tr("{name} is downloaded: pick it in any model list")
            if self._library.is_adapter(target):
                tip = self.tr("{name} is downloaded, a LoRA adapter: Installed › {action} puts it on its base model")
        elif self._downloads.has_job(repo_id, filename):
            current = self._downloads.current
            if current is not None and (current.repo_id, current.filename) == (repo_id, filename):
                text = self.tr("Downloading")
                tip = self.tr("{name} is downloading (the status bar shows it; Cancel is there)")
            else:
                text = self.tr("Queued")
                tip = self.tr("{name} is queued (the status bar shows it; Cancel is there)")
        elif self._offline:
            text, tip = self.tr("Download"), self.tr("Offline mode is on: downloads are off")
        else:
            text, enabled, tip = self.tr("Download"), True, self.tr("Download {name} from {repo}")
        action = translate("InstalledModelsPage", USE_ADAPTER)
        button.setText(text)
        button.setEnabled(enabled)
        button.setToolTip(tip.format(name=name, repo=repo_id, action=action))

    def _update_download_buttons(self) -> None:
        for row in range(self._catalog_table.rowCount()):
            self._update_catalog_button(row)
        self._search_page.update_download_buttons()

    def _on_catalog_download_clicked(self, row: int) -> None:
        entry = self._entry(row)
        quant = self._catalog_quant(row)
        badge = self._catalog_table.cellWidget(row, 7)
        assert isinstance(badge, FitBadge)
        if badge.fit == WONT_FIT and not confirm_wont_fit(self, f"{entry.name} {quant}", badge.toolTip()):
            return
        job = DownloadJob(entry.repo, entry.file(quant).file, label=f"{entry.name} {quant}", catalog_id=entry.id)
        self._enqueue(job)

    def _enqueue(self, job: DownloadJob) -> None:
        self._notice.hide()
        if not self._downloads.enqueue(job):
            self._show_notice(
                self.tr("Already downloading"),
                self.tr("{name} is already in the download queue.").format(name=job.title),
            )

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
            self._show_notice(error_title(exc), core_text(exc))
            return False
        secrets.set(TOKEN_ACCOUNT, token, session_only=True)
        return True

    def _token_source(self) -> str:
        try:
            secret = self._manager.secrets.get(TOKEN_ACCOUNT, TOKEN_ENV)
        except UserFacingError as exc:
            #: The token's state is unknown: why (a sentence of its own).
            return self.tr("Now {error}.").format(error=core_text(exc.message))
        if secret:
            return self.tr("Now a token is set ({token}).").format(token=secret)
        return self.tr("Now no token is set.")

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
        self._hardware_label.setText(
            self.tr("This computer's memory could not be read: {reason}").format(reason=message)
        )

    @Slot()
    def _on_token_button_clicked(self) -> None:
        token, ok = QInputDialog.getText(
            self,
            self.tr("Hugging Face token"),
            self.tr(
                "{state}\n\nPaste a token (create one at {url});\n"
                "leave it empty to remove the stored one. It goes to the keychain, never to a file."
            ).format(state=self._token_source(), url="https://huggingface.co/settings/tokens"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        token = token.strip()
        if not token:
            try:
                self._manager.secrets.delete(TOKEN_ACCOUNT)
            except UserFacingError as exc:
                self._show_notice(error_title(exc), core_text(exc))
            return
        if self._store_token(token):
            self._notice.hide()

    @Slot(object)
    def _on_search_page_download_requested(self, job: DownloadJob) -> None:
        self._enqueue(job)

    @Slot(str, str)
    def _on_page_notice_requested(self, title: str, message: str) -> None:
        self._show_notice(title, message)

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
