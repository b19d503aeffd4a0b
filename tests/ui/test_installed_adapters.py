"""The Models tab with LoRA adapters: an adapter file in the models folder offered as "Use as LoRA adapter…" (never as a
model), "Add LoRA adapter…" from anywhere, variants shown as "adapter on BASE · scale S", in the pickers, removed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes import FakeEngine, MemoryKeyring, registry_with
from helpers.lora import write_lora_adapter
from helpers.widgets import find
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDialog, QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.models.catalogue import Catalog, CatalogEntry, CatalogFile, KvShape
from app.core.models.directory import ModelDirectory
from app.core.models.downloads import Downloader
from app.core.models.hardware import Hardware
from app.core.models.hub import HubClient
from app.core.models.library import ModelLibrary
from app.core.providers import ProviderStore
from app.core.secrets import SecretStore
from app.core.settings import Settings, SettingsStore
from app.ui.dialogs.adapter_dialog import AddAdapterDialog
from app.ui.main_window import MainWindow
from app.ui.panels.installed_models_page import USE_ADAPTER
from app.ui.panels.models_panel import ModelManager, ModelsPanel

#: Nothing listens here: the tests never reach the Hub.
NO_HUB = "http://127.0.0.1:9"


@pytest.fixture
def library(tmp_path: Path, starter_path: Path) -> ModelLibrary:
    return ModelLibrary(tmp_path / "models", starter_path)


@pytest.fixture
def catalog() -> Catalog:
    return Catalog([])


@pytest.fixture
def window(
    qtbot: QtBot, library: ModelLibrary, providers: ProviderStore, tmp_path: Path, open_main_window, catalog: Catalog
) -> Iterator[MainWindow]:
    secrets = SecretStore(backend=MemoryKeyring(), environ={})
    manager = ModelManager(
        library=library,
        catalog=catalog,
        make_hub=lambda: HubClient(NO_HUB),
        make_downloader=lambda: Downloader(library.models_dir, NO_HUB),
        probe_hardware=lambda: Hardware(16 * 1024**3, 16 * 1024**3, None, None),
        secrets=secrets,
    )
    models = ModelDirectory(library, providers, secrets)
    engines = registry_with(FakeEngine(model_id="starter"), "starter", "local")
    win = open_main_window(engines, SettingsStore(tmp_path / "config" / "settings.json"), settings=Settings(),
                           models=models, secrets=secrets, model_manager=manager)  # fmt: skip
    panel = win.models_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.hardware is not None and not panel.busy, timeout=5000)
    yield win
    qtbot.waitUntil(lambda: not panel.busy, timeout=10000)


def picker_ids(win: MainWindow) -> list[str]:
    combo = find(win.chat_panel, QComboBox, "Model")
    return [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i)]


def answer_dialog(monkeypatch: pytest.MonkeyPatch, seen: list[AddAdapterDialog], **fields: object) -> None:
    """Stand in for the person: fill the Add LoRA adapter dialog's fields and press Add."""

    def exec_(dialog: AddAdapterDialog) -> int:
        seen.append(dialog)
        if "path" in fields:
            dialog.path_edit.setText(str(fields["path"]))
        if "scale" in fields:
            dialog.scale_spin.setValue(float(fields["scale"]))  # type: ignore[arg-type]
        if "name" in fields:
            dialog.name_edit.setText(str(fields["name"]))
        dialog.reference_box.setChecked(bool(fields.get("reference", False)))
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AddAdapterDialog, "exec", exec_)


def test_a_downloaded_adapter_is_offered_as_an_adapter_and_becomes_a_variant_in_every_picker(
    qtbot: QtBot, window: MainWindow, library: ModelLibrary, starter_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = window.models_panel
    assert isinstance(panel, ModelsPanel)
    page = panel._installed_page
    downloaded = library.models_dir / "someone" / "tone-lora.gguf"
    downloaded.parent.mkdir(parents=True)
    write_lora_adapter(downloaded, starter_path)
    panel.refresh_installed()
    qtbot.waitUntil(lambda: page.adapter_files == [downloaded], timeout=5000)
    # Never a model: it cannot load alone.
    assert [m.model_id for m, _d in page.installed] == ["starter"]
    assert "local:tone-lora" not in picker_ids(window)
    table = page.table
    assert [table.item(1, col).text() for col in (0, 2, 5)] == ["tone-lora", "LoRA adapter", str(downloaded)]

    adapter_button = find(panel, QAbstractButton, "Add LoRA adapter")
    table.selectRow(1)
    assert adapter_button.text() == USE_ADAPTER
    assert not find(panel, QAbstractButton, "Delete model").isEnabled()
    seen: list[AddAdapterDialog] = []
    answer_dialog(monkeypatch, seen, scale=0.5)
    with qtbot.waitSignal(panel.models_changed, timeout=10000):
        adapter_button.click()
    (dialog,) = seen
    assert dialog.path_edit.text() == str(downloaded)
    assert [dialog.base_combo.itemData(i) for i in range(dialog.base_combo.count())] == ["starter"]
    qtbot.waitUntil(lambda: len(page.installed) == 2, timeout=5000)
    row = panel.installed_row("local:starter+tone-lora")
    assert table.item(row, 5).text().startswith("adapter on starter · scale 0.5")
    assert table.item(row, 3).text() == "llama"
    assert page.adapter_files == []
    qtbot.waitUntil(lambda: "local:starter+tone-lora" in picker_ids(window), timeout=5000)

    # Removing the variant keeps the downloaded file: it is offered as an adapter again. Its idle engine is closed:
    # the name may come back with another adapter or scale.
    engines = window.services.engines
    engine = engines.get("local:starter+tone-lora")
    assert isinstance(engine, FakeEngine) and not engine.closed
    table.selectRow(row)
    delete = find(panel, QAbstractButton, "Delete model")
    assert delete.text() == "Remove variant"
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(panel.models_changed, timeout=5000):
        delete.click()
    assert "starter stays" in asked[0]
    qtbot.waitUntil(lambda: page.adapter_files == [downloaded], timeout=5000)
    assert downloaded.is_file()
    assert engine.closed and engines.local_ids() == set()


def test_add_lora_adapter_from_anywhere_and_a_model_file_is_refused_with_the_reason(
    qtbot: QtBot,
    window: MainWindow,
    library: ModelLibrary,
    starter_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = window.models_panel
    assert isinstance(panel, ModelsPanel)
    page = panel._installed_page
    adapter = write_lora_adapter(tmp_path / "elsewhere.gguf", starter_path)
    adapter_button = find(panel, QAbstractButton, "Add LoRA adapter")
    assert adapter_button.text() == "Add LoRA adapter…"

    seen: list[AddAdapterDialog] = []
    answer_dialog(monkeypatch, seen, path=adapter, name="mine", reference=True)
    with qtbot.waitSignal(panel.models_changed, timeout=10000):
        adapter_button.click()
    qtbot.waitUntil(lambda: any(m.model_id == "local:mine" for m, _d in page.installed), timeout=5000)
    variant = library.resolve("local:mine")
    assert variant.adapter == adapter and variant.referenced and variant.adapter_scale == 1.0

    answer_dialog(monkeypatch, seen, path=starter_path, name="oops")
    adapter_button.click()
    notice = find(panel, QLabel, "Notice")
    qtbot.waitUntil(lambda: "is a model, not a LoRA adapter" in notice.text(), timeout=5000)
    assert adapter_button.isEnabled()


def test_the_dialog_needs_a_file_and_gives_the_choice(qtbot: QtBot, library: ModelLibrary) -> None:
    dialog = AddAdapterDialog([library.resolve("starter")])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.path_edit.setText("  ~/adapters/a.gguf ")
    dialog.scale_spin.setValue(9.0)  # held to the range the library accepts
    assert ok.isEnabled()
    choice = dialog.choice()
    assert choice.path == Path("~/adapters/a.gguf").expanduser()
    assert (choice.base_id, choice.scale, choice.name, choice.mode) == ("starter", 4.0, None, "copy")


ADAPTER_REPO, ADAPTER_FILE = "someone/tone-lora-GGUF", "tone-lora.gguf"


@pytest.mark.parametrize(
    "catalog",
    [
        Catalog(
            [
                CatalogEntry(
                    id="tone",
                    name="Tone LoRA",
                    family="Test",
                    repo=ADAPTER_REPO,
                    params_b=0.001,
                    context_length=8192,
                    arch=KvShape(30, 3, 64),
                    license="apache-2.0",
                    strengths=("chat",),
                    languages=("en",),
                    description="A test adapter.",
                    files=(CatalogFile("F32", ADAPTER_FILE),),
                    verified="written by the test",
                )
            ]
        )
    ],  # fmt: skip
)
def test_a_downloaded_adapter_says_where_to_use_it(
    library: ModelLibrary, starter_path: Path, catalog: Catalog, request: pytest.FixtureRequest
) -> None:
    assert catalog.entries
    target = Downloader(library.models_dir).target_path(ADAPTER_REPO, ADAPTER_FILE)
    target.parent.mkdir(parents=True)
    write_lora_adapter(target, starter_path)
    window = request.getfixturevalue("window")
    panel = window.models_panel
    button = panel._catalog_table.cellWidget(0, 8)
    assert button.text() == "Installed" and USE_ADAPTER in button.toolTip()
