"""The Models page against a local Hub: catalogue fit badges, search → files → download, installed models."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes import FakeEngine, MemoryKeyring, registry_with
from helpers.widgets import find, find_all
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from app.core.models.catalogue import Catalog, CatalogEntry, CatalogFile, KvShape
from app.core.models.directory import ModelDirectory
from app.core.models.downloads import Downloader, format_bytes
from app.core.models.hardware import FITS, TIGHT, WONT_FIT, GpuInfo, Hardware, entry_estimate, fit
from app.core.models.hub import TOKEN_ACCOUNT, HubClient
from app.core.models.library import ModelLibrary
from app.core.providers import ProviderStore
from app.core.secrets import SecretStore
from app.core.settings import Settings, SettingsStore
from app.ui.main_window import MainWindow
from app.ui.panels.models_panel import ModelManager, ModelsPanel
from app.ui.widgets.fit_badge import FitBadge
from app.workers.call_worker import CallWorker
from app.workers.download_worker import DownloadWorker
from tests.servers.hub_server import UNRESOLVABLE_ENDPOINT, HubFile, HubServer, pseudo_random_bytes

GB = 10**9
BIG = pseudo_random_bytes(3_000_000, seed=7)


def machine(available_gb: float) -> Hardware:
    return Hardware(total_ram=32 * GB, available_ram=int(available_gb * GB), gpu=None, disk_free=500 * GB)


def catalogue_entry(repo: str, file: str, entry_id: str = "tiny") -> CatalogEntry:
    return CatalogEntry(
        id=entry_id,
        name=f"Tiny {entry_id}",
        family="Test",
        repo=repo,
        params_b=0.135,
        context_length=8192,
        arch=KvShape(30, 3, 64),
        license="apache-2.0",
        strengths=("chat",),
        languages=("en",),
        description="A test model.",
        files=(CatalogFile("Q4_1", file),),
        verified="served by the test Hub",
    )


@pytest.fixture
def hub(starter_path: Path) -> Iterator[HubServer]:
    with HubServer() as server:
        server.add_repo(
            "org/smol-GGUF", {"smol-135m-Q4_1.gguf": starter_path, "README.md": b"hi"}, downloads=900, likes=5
        )
        server.add_repo("org/other-GGUF", {"other-Q8_0.gguf": HubFile(path=starter_path)}, downloads=10)
        server.add_repo("org/big-GGUF", {"big-Q4_1.gguf": BIG})
        server.add_repo("meta/gated-GGUF", {"gated-Q4_K_M.gguf": starter_path}, gated="manual")
        yield server


@pytest.fixture
def library(tmp_path: Path, starter_path: Path) -> ModelLibrary:
    return ModelLibrary(tmp_path / "models", starter_path)


@pytest.fixture
def keychain() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def manager(library: ModelLibrary, hub: HubServer, keychain: MemoryKeyring) -> ModelManager:
    return ModelManager(
        library=library,
        catalog=Catalog(
            [
                catalogue_entry("org/big-GGUF", "big-Q4_1.gguf"),
                catalogue_entry("org/big-GGUF", "renamed-Q4_1.gguf", "stale"),
            ]
        ),
        make_hub=lambda: HubClient(hub.url),
        make_downloader=lambda: Downloader(library.models_dir, hub.url, backoff_s=0.01),
        probe_hardware=lambda: machine(16),
        secrets=SecretStore(backend=keychain, environ={}),
    )


@pytest.fixture
def window(
    qtbot: QtBot, manager: ModelManager, library: ModelLibrary, providers: ProviderStore, tmp_path: Path,
    open_main_window,
) -> Iterator[MainWindow]:  # fmt: skip
    models = ModelDirectory(library, providers, manager.secrets)
    store = SettingsStore(tmp_path / "config" / "settings.json")
    engines = registry_with(FakeEngine(model_id="starter"), "starter", "local")
    win = open_main_window(
        engines, store, settings=Settings(), models=models, secrets=manager.secrets, model_manager=manager
    )
    panel = win.models_panel
    assert panel is not None
    # Every call done, before and after: a test must not leave a thread running.
    qtbot.waitUntil(lambda: panel.hardware is not None and not panel.busy, timeout=5000)
    yield win
    qtbot.waitUntil(lambda: not panel.busy, timeout=10000)


def picker_ids(win: MainWindow) -> list[str]:
    combo = find(win.chat_panel, QComboBox, "Model")
    return [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i)]


def test_fit_badges_are_computed_from_the_machine(qtbot: QtBot, library: ModelLibrary, manager: ModelManager) -> None:
    manager.catalog = Catalog.load()
    downloads = DownloadWorker(manager.make_downloader)
    settings = Settings(context_cap=8192)
    panel = ModelsPanel(manager, downloads, settings)
    qtbot.addWidget(panel, before_close_func=ModelsPanel.shutdown)
    qtbot.waitUntil(lambda: panel.hardware is not None and not panel.busy, timeout=5000)
    table = panel._catalog_table

    def row_state(entry_id: str) -> tuple[str, str | None, str]:
        row = panel.catalog_row(entry_id)
        combo, badge = table.cellWidget(row, 4), table.cellWidget(row, 7)
        assert isinstance(combo, QComboBox) and isinstance(badge, FitBadge)
        return combo.currentData(), badge.fit, table.item(row, 6).text()

    for hw_gb in (16, 4):
        hw = machine(hw_gb)
        panel.set_hardware(hw)
        label = find(panel, QLabel, "This computer")
        assert f"{format_bytes(hw.available_ram)} free" in label.text()
        for entry in manager.catalog.entries:
            quant, badge, memory = row_state(entry.id)
            estimate = entry_estimate(entry, quant, settings.context_cap)
            assert badge == fit(estimate, hw), entry.id
            assert memory == format_bytes(estimate.total)

    # Hand-checked: Llama 3.1 8B Q8_0 at 8k needs 10.31 GB, Q4_K_M 6.51 GB.
    panel.set_hardware(machine(16))
    assert row_state("llama-3.1-8b")[:2] == ("Q8_0", FITS)
    assert row_state("smollm2-135m")[1] == FITS
    # Until the person picks, the recommendation follows the machine.
    panel.set_hardware(machine(8))
    assert row_state("llama-3.1-8b")[:2] == ("Q4_K_M", TIGHT)
    assert row_state("gemma-3-12b")[1] in (TIGHT, WONT_FIT)
    combo = table.cellWidget(panel.catalog_row("llama-3.1-8b"), 4)
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "Q4_K_M (recommended)"
    combo.setCurrentIndex(combo.findData("Q8_0"))
    assert row_state("llama-3.1-8b")[:2] == ("Q8_0", WONT_FIT)
    panel.set_hardware(machine(16))
    assert row_state("llama-3.1-8b")[:2] == ("Q8_0", FITS), "a pick survives a new reading"
    assert "KV cache" in table.cellWidget(panel.catalog_row("gemma-3-12b"), 7).toolTip()


def test_gpu_memory_counts_only_when_layers_are_offloaded(qtbot: QtBot, manager: ModelManager) -> None:
    manager.catalog = Catalog.load()
    settings = Settings(n_gpu_layers=-1)
    panel = ModelsPanel(manager, DownloadWorker(manager.make_downloader), settings)
    qtbot.addWidget(panel, before_close_func=ModelsPanel.shutdown)
    qtbot.waitUntil(lambda: not panel.busy, timeout=5000)
    with_gpu = Hardware(32 * GB, 4 * GB, GpuInfo("Test GPU", 24 * GB, 20 * GB), 500 * GB)
    panel.set_hardware(with_gpu)
    badge = panel._catalog_table.cellWidget(panel.catalog_row("llama-3.1-8b"), 7)
    assert isinstance(badge, FitBadge) and badge.fit == FITS
    assert "offloaded" in find(panel, QLabel, "This computer").text()
    settings.n_gpu_layers = 0
    panel.set_hardware(with_gpu)
    assert badge.fit == WONT_FIT


def test_accessible_controls(window: MainWindow) -> None:
    for name in ("Search models", "Import model", "Delete model", "Hugging Face token", "Catalogue"):
        assert find_all(window, QWidget, name), name
    assert len(find_all(window, QWidget, "Download")) == 2  # one per catalogue row


def test_search_files_download_and_the_model_is_in_every_picker(
    qtbot: QtBot, window: MainWindow, hub: HubServer
) -> None:
    panel = window.models_panel
    assert panel is not None
    assert "local:smol-135m-Q4_1" not in picker_ids(window)
    window._tabs.setCurrentWidget(panel)
    panel._sections.setCurrentIndex(1)
    query = find(panel, QLineEdit, "Search models")
    qtbot.keyClicks(query, "GGUF")
    sort = find(panel, QComboBox, "Sort by")
    sort.setCurrentIndex(sort.findData("likes"))
    find(panel, QAbstractButton, "Search").click()
    results = panel._search_page.repo_table
    qtbot.waitUntil(lambda: results.rowCount() == 4, timeout=10000)
    assert results.item(0, 0).text() == "org/smol-GGUF"  # most likes first
    access = {results.item(r, 0).text(): results.item(r, 4).text() for r in range(4)}
    assert access["meta/gated-GGUF"].startswith("gated") and access["org/smol-GGUF"] == "open"

    results.selectRow(0)
    files = panel._search_page.files_table
    qtbot.waitUntil(lambda: files.rowCount() == 1, timeout=10000)
    assert files.item(0, 0).text() == "smol-135m-Q4_1.gguf"  # the README is no model
    assert files.item(0, 1).text() == "Q4_1"
    badge = files.cellWidget(0, 4)
    assert isinstance(badge, FitBadge) and badge.fit == FITS
    assert "rough" in badge.toolTip()

    download = files.cellWidget(0, 5)
    assert isinstance(download, QPushButton)
    downloads = window.downloads
    assert downloads is not None
    with qtbot.waitSignal(downloads.finished, timeout=20000):
        download.click()
    qtbot.waitUntil(lambda: "local:smol-135m-Q4_1" in picker_ids(window), timeout=5000)
    qtbot.waitUntil(
        lambda: any(m.model_id == "local:smol-135m-Q4_1" for m, _d in panel._installed_page.installed), timeout=5000
    )
    row = panel.installed_row("local:smol-135m-Q4_1")
    assert panel._installed_page.table.item(row, 3).text() == "llama"
    status = find(window.statusBar(), QLabel, "Download status")
    assert "Downloaded smol-135m-Q4_1.gguf" in status.text()
    qtbot.waitUntil(lambda: not download.isEnabled(), timeout=5000)
    assert download.text() == "Installed"


def test_cancel_from_the_status_bar_keeps_a_resumable_part(
    qtbot: QtBot, window: MainWindow, hub: HubServer, library: ModelLibrary
) -> None:
    panel = window.models_panel
    downloads = window.downloads
    assert panel is not None and downloads is not None
    hub.throttle_bps = 300_000
    button = panel._catalog_table.cellWidget(panel.catalog_row("tiny"), 8)
    assert isinstance(button, QPushButton) and button.text() == "Download"
    with qtbot.waitSignal(downloads.progress, timeout=10000):
        button.click()
    assert button.text() == "Downloading" and not button.isEnabled()
    status = find(window.statusBar(), QLabel, "Download status")
    qtbot.waitUntil(lambda: "%" in status.text() and "/s" in status.text(), timeout=5000)
    assert "Downloading Tiny tiny Q4_1" in status.text()
    with qtbot.waitSignal(downloads.cancelled, timeout=5000):
        find(window.statusBar(), QAbstractButton, "Cancel download").click()
    part = library.models_dir / "org__big-GGUF" / "big-Q4_1.gguf.part"
    assert part.is_file() and 0 < part.stat().st_size < len(BIG)
    assert "stopped" in status.text()
    assert button.text() == "Download" and button.isEnabled()


def test_a_catalogue_entry_gone_from_the_hub_says_so(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.models_panel
    assert panel is not None and window.downloads is not None
    button = panel._catalog_table.cellWidget(panel.catalog_row("stale"), 8)
    assert isinstance(button, QPushButton)
    with qtbot.waitSignal(window.downloads.failed, timeout=10000):
        button.click()
    notice = find(panel, QLabel, "Notice")
    assert "no longer has" in notice.text() and "Search" in notice.text()
    assert "failed" in find(window.statusBar(), QLabel, "Download status").text()
    find(window.statusBar(), QAbstractButton, "Dismiss").click()
    assert not find(window.statusBar(), QLabel, "Download status").isVisibleTo(window)


def test_a_gated_repo_says_to_accept_the_licence(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.models_panel
    assert panel is not None
    panel.search("gated")
    qtbot.waitUntil(lambda: panel._search_page.repo_table.rowCount() == 1, timeout=10000)
    panel._search_page.repo_table.selectRow(0)
    qtbot.waitUntil(lambda: panel._search_page.files_table.rowCount() == 1, timeout=10000)
    button = panel._search_page.files_table.cellWidget(0, 5)
    assert isinstance(button, QPushButton)
    button.click()
    notice = find(panel, QLabel, "Notice")
    qtbot.waitUntil(lambda: not notice.isHidden(), timeout=10000)
    assert "accept its licence" in notice.text() and "meta/gated-GGUF" in notice.text()


def test_installed_models_import_delete_and_reveal(
    qtbot: QtBot, window: MainWindow, library: ModelLibrary, starter_path: Path, tmp_path: Path, monkeypatch
) -> None:
    panel = window.models_panel
    assert panel is not None
    library.models_dir.mkdir(parents=True, exist_ok=True)
    (library.models_dir / "garbage.gguf").write_bytes(b"\x00" * 100)
    panel.refresh_installed()
    qtbot.waitUntil(lambda: len(panel._installed_page.installed) == 2, timeout=5000)
    table = panel._installed_page.table
    bad = panel.installed_row("local:garbage")
    assert table.item(bad, 3).text() == "unreadable"
    assert "not a valid GGUF" in table.item(bad, 3).toolTip()
    assert "1 unreadable" in find(panel, QLabel, "Installed status").text()

    monkeypatch.setattr(panel._installed_page, "_ask_import_file", lambda: str(starter_path))
    monkeypatch.setattr(panel._installed_page, "_ask_import_mode", lambda path: "reference")
    with qtbot.waitSignal(panel.models_changed, timeout=10000):
        find(panel, QAbstractButton, "Import model").click()
    model_id = f"local:{starter_path.stem}"
    qtbot.waitUntil(lambda: any(m.model_id == model_id for m, _d in panel._installed_page.installed), timeout=5000)
    assert model_id in picker_ids(window)
    row = panel.installed_row(model_id)
    assert "(referenced)" in table.item(row, 5).text()
    assert [table.item(row, col).text() for col in (2, 3, 4)] == ["Q4_1", "llama", "8,192"]

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    table.selectRow(row)
    find(panel, QAbstractButton, "Reveal in file manager").click()
    assert opened == [QUrl.fromLocalFile(str(starter_path.parent))]

    delete = find(panel, QAbstractButton, "Delete model")
    assert delete.text() == "Forget model"
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(panel.models_changed, timeout=5000):
        delete.click()
    assert "file stays" in asked[0]
    assert starter_path.is_file()
    qtbot.waitUntil(lambda: model_id not in picker_ids(window), timeout=5000)

    table.selectRow(panel.installed_row("local:garbage"))
    with qtbot.waitSignal(panel.models_changed, timeout=5000):
        delete.click()
    assert "deletes" in asked[1] and not (library.models_dir / "garbage.gguf").exists()
    table.selectRow(panel.installed_row("starter"))
    assert not delete.isEnabled()


def test_token_goes_to_the_keychain(qtbot: QtBot, window: MainWindow, keychain: MemoryKeyring, monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  hf_secret_0123456789  ", True))
    find(window, QAbstractButton, "Hugging Face token").click()
    assert keychain.passwords[("plinth", TOKEN_ACCOUNT)] == "hf_secret_0123456789"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    find(window, QAbstractButton, "Hugging Face token").click()
    assert ("plinth", TOKEN_ACCOUNT) not in keychain.passwords


def test_importing_a_model_twice_says_it_is_already_in_the_library(
    qtbot: QtBot, window: MainWindow, library: ModelLibrary, starter_path: Path, tmp_path: Path, monkeypatch
) -> None:
    panel = window.models_panel
    assert panel is not None
    source = tmp_path / "imports" / "tiny-chat.gguf"
    source.parent.mkdir()
    source.write_bytes(starter_path.read_bytes())
    monkeypatch.setattr(panel._installed_page, "_ask_import_file", lambda: str(source))
    monkeypatch.setattr(panel._installed_page, "_ask_import_mode", lambda path: "copy")
    with qtbot.waitSignal(panel.models_changed, timeout=10000):
        find(panel, QAbstractButton, "Import model").click()
    qtbot.waitUntil(lambda: not panel.busy, timeout=5000)
    assert find(panel, QLabel, "Installed status").text().replace("(s)", "s").startswith("2 models in")

    find(panel, QAbstractButton, "Import model").click()
    notice = find(panel, QLabel, "Notice")
    qtbot.waitUntil(lambda: not notice.isHidden(), timeout=5000)
    text = notice.text()
    assert "Something went wrong" not in text
    assert "already in the library" in text and "tiny-chat" in text
    assert "rename" in text.lower(), "it says what to do"
    assert (library.models_dir / "tiny-chat.gguf").is_file()


def test_counts_read_as_english_for_one(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.models_panel
    assert panel is not None
    installed = find(panel, QLabel, "Installed status")
    assert installed.text().replace("(s)", "").startswith("1 model in"), "only the starter model"
    panel.search("smol")
    status = find(panel, QLabel, "Search status")
    qtbot.waitUntil(lambda: not panel.busy, timeout=10000)
    assert status.text().replace("(ies)", "") == "1 repository"


def show_search(qtbot: QtBot, window: MainWindow, size: tuple[int, int] = (1080, 760)) -> ModelsPanel:
    panel = window.models_panel
    assert panel is not None
    window.resize(*size)
    window._tabs.setCurrentWidget(panel)
    panel._sections.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.size().toTuple() == size, timeout=2000)
    return panel


def label_shows_all(label: QLabel) -> bool:
    """A word-wrapped label as tall as its text needs at its width."""
    return label.wordWrap() and label.heightForWidth(label.width()) <= label.height()


def test_searching_without_a_network_fails_at_once_and_names_the_hub(
    qtbot: QtBot, window: MainWindow, manager: ModelManager
) -> None:
    panel = show_search(qtbot, window)
    manager.make_hub = lambda: HubClient(UNRESOLVABLE_ENDPOINT)
    status = find(panel, QLabel, "Search status")
    busy = find(panel, QProgressBar, "Searching")
    cancel = find(panel, QPushButton, "Cancel search")
    assert not busy.isVisible() and not cancel.isVisible()

    started = time.monotonic()
    panel.search("qwen")
    assert busy.isVisible() and cancel.isVisible(), "a search in progress shows it and can be cancelled"
    qtbot.waitUntil(lambda: "Cannot reach" in status.text(), timeout=5000)
    assert time.monotonic() - started < 3
    text = status.text()
    assert text.count("Cannot reach the Hugging Face Hub") == 1, "said once, not as title and again as message"
    assert "Hugging Face Hub" in text and "name resolution failed" in text and "offline mode" in text
    assert "provider" not in text
    assert not busy.isVisible() and not cancel.isVisible()
    assert find(panel, QAbstractButton, "Search").isEnabled()
    qtbot.waitUntil(lambda: label_shows_all(status), timeout=2000)


def test_a_slow_search_can_be_cancelled(qtbot: QtBot, window: MainWindow, hub: HubServer) -> None:
    panel = show_search(qtbot, window, (1024, 700))
    hub.search_gate = threading.Event()
    status = find(panel, QLabel, "Search status")
    panel.search("smol")
    qtbot.waitUntil(lambda: any(r.path == "/api/models" for r in hub.requests), timeout=5000)
    [worker] = [w for w in panel.findChildren(CallWorker) if w.is_running()]
    cancel = find(panel, QAbstractButton, "Cancel search")
    assert cancel.isVisible()
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert status.text() == "Search cancelled."
    assert not cancel.isVisible() and not find(panel, QProgressBar, "Searching").isVisible()
    assert find(panel, QAbstractButton, "Search").isEnabled() and not panel.busy

    hub.search_gate.set()
    qtbot.waitUntil(lambda: not isValid(worker), timeout=10000)
    assert panel._search_page.repo_table.rowCount() == 0, "a cancelled search shows nothing when it ends"
    assert status.text() == "Search cancelled."


def test_a_download_without_a_network_fails_at_once_and_names_the_hub(
    qtbot: QtBot, window: MainWindow, library: ModelLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = window.models_panel
    assert panel is not None and window.downloads is not None
    window.resize(1080, 760)
    window._tabs.setCurrentWidget(panel)
    # The downloader's own backoff: five retries would take 31 s.
    monkeypatch.setattr(
        window.downloads, "_make_downloader", lambda: Downloader(library.models_dir, UNRESOLVABLE_ENDPOINT)
    )
    button = panel._catalog_table.cellWidget(panel.catalog_row("tiny"), 8)
    assert isinstance(button, QPushButton)
    started = time.monotonic()
    with qtbot.waitSignal(window.downloads.failed, timeout=5000):
        button.click()
    assert time.monotonic() - started < 3
    notice = find(panel, QLabel, "Notice")
    text = notice.text()
    assert text.count("Cannot reach the Hugging Face Hub") == 1 and "name resolution failed" in text
    assert "provider" not in text
    qtbot.waitUntil(lambda: label_shows_all(notice), timeout=2000)


def test_tab_leaves_the_catalogue_instead_of_walking_its_cells(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.models_panel
    assert panel is not None
    window._tabs.setCurrentWidget(panel)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    table = panel._catalog_table
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus(), "Tab moves focus on, as everywhere else"
    # On through the rows' own controls (quantization, Download), then out of the table.
    controls = sum(
        1 for w in table.findChildren(QWidget) if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    )
    for _ in range(controls):
        focused = QApplication.focusWidget()
        if focused is None or not (focused is table or table.isAncestorOf(focused)):
            break
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None and focused is not table and not table.isAncestorOf(focused)
    for each in panel.findChildren(QTableWidget):
        assert not each.tabKeyNavigation(), each.accessibleName()


def test_the_installed_line_fits_a_small_window_with_a_long_models_folder(
    qtbot: QtBot, window: MainWindow, library: ModelLibrary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = window.models_panel
    assert panel is not None
    folder = tmp_path / ("a-folder-with-a-rather-long-name-" * 3) / "models"
    folder.mkdir(parents=True)
    monkeypatch.setattr(library, "models_dir", folder)
    window.resize(1024, 700)
    window._tabs.setCurrentWidget(panel)
    panel._sections.setCurrentIndex(2)
    panel.refresh_installed()
    qtbot.waitUntil(lambda: not panel.busy, timeout=5000)
    status = find(panel, QLabel, "Installed status")
    qtbot.waitUntil(lambda: window.size().toTuple() == (1024, 700), timeout=2000)
    assert panel.minimumSizeHint().width() <= panel.width(), "the line does not widen the page"
    shown = status.text()
    assert status.fontMetrics().horizontalAdvance(shown) <= status.contentsRect().width()
    whole = f"1 model(s) in {folder}" if "model(s)" in status.toolTip() else f"1 model in {folder}"
    assert shown == whole or ("…" in shown and whole in status.toolTip()), "cut only with an ellipsis and a tooltip"
