"""The main window builds only the tab it shows at start; every other panel on first use."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes import FakeEngine, registry_with
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from app.core.compare.saved import ComparisonStore, open_comparisons
from app.core.history.store import Store
from app.core.models.catalogue import Catalog
from app.core.models.directory import ModelDirectory
from app.core.models.downloads import Downloader
from app.core.models.hardware import Hardware, detect_hardware
from app.core.models.library import ModelLibrary
from app.core.offline import OfflineMode
from app.core.paths import Paths
from app.core.providers import ProviderConfig, ProviderStore
from app.core.secrets import SecretStore
from app.core.settings import SettingsStore
from app.ui.main_window import CURRENT_TAB_KEY, MainWindow
from app.ui.panels.chat_panel import ChatPanel
from app.ui.panels.classification_panel import ClassificationPanel
from app.ui.panels.compare_panel import ComparePanel
from app.ui.panels.model_manager import ModelManager
from app.ui.panels.models_panel import ModelsPanel
from app.ui.panels.translation_panel import TranslationPanel

TITLES = ["Chat", "Translate", "Classify", "Compare", "Models"]
PANEL_TYPES = [ChatPanel, TranslationPanel, ClassificationPanel, ComparePanel, ModelsPanel]


def no_hub():  # noqa: ANN201 (never returns)
    raise AssertionError("the Hub is not asked in these tests")


@pytest.fixture
def comparisons(paths: Paths) -> Iterator[ComparisonStore]:
    with Store.open(paths.data_dir) as history:
        yield open_comparisons(history)


@pytest.fixture
def manager(library: ModelLibrary, secrets: SecretStore, parts) -> ModelManager:  # noqa: ANN001
    def probe() -> Hardware:
        return detect_hardware(library.models_dir)

    return ModelManager(
        library=library,
        catalog=Catalog([]),
        make_hub=no_hub,
        make_downloader=lambda: Downloader(library.models_dir),
        probe_hardware=probe,
        secrets=secrets,
        offline=parts[0],
    )


@pytest.fixture
def parts(tmp_path: Path, models: ModelDirectory, providers: ProviderStore, secrets: SecretStore):  # noqa: ANN201
    # A provider whose models are listed without a connection: the pickers list "box:m1".
    providers.upsert(ProviderConfig("box", "openai-compatible", base_url="http://127.0.0.1:9/v1", models=["m1"]))
    mode = OfflineMode()
    directory = ModelDirectory(models.library, providers, secrets, mode)
    engines = registry_with(FakeEngine(model_id="local:fake"), "local")
    engines.offline = mode
    return mode, directory, engines, SettingsStore(tmp_path / "config" / "settings.json")


@pytest.fixture
def open_window(qtbot: QtBot, parts, manager, comparisons, open_main_window):  # noqa: ANN001, ANN201
    def opener(current_tab: str | None = None) -> MainWindow:
        mode, directory, engines, store = parts
        settings = store.load()
        if current_tab is not None:
            settings.extra[CURRENT_TAB_KEY] = current_tab
        window = open_main_window(
            engines, store, settings=settings, offline=mode,
            models=directory, model_manager=manager, comparisons=comparisons,
        )  # fmt: skip
        qtbot.waitExposed(window)
        return window

    return opener


def tabs_of(window: MainWindow) -> QTabWidget:
    tabs = window.centralWidget()
    assert isinstance(tabs, QTabWidget)
    return tabs


def built(window: MainWindow) -> list[str]:
    """The titles of the tabs whose panel exists, read from the widget tree (not the window's bookkeeping)."""
    tabs = tabs_of(window)
    out = []
    for index in range(tabs.count()):
        widget = tabs.widget(index)
        if isinstance(widget, tuple(PANEL_TYPES)):
            assert isinstance(widget, PANEL_TYPES[TITLES.index(tabs.tabText(index))])
            out.append(tabs.tabText(index))
    for panel_type in PANEL_TYPES:
        assert len(window.findChildren(panel_type)) <= 1, panel_type
    return out


def picker_remote_items(panel: QWidget, name: str) -> list[tuple[str, bool]]:
    combo = next(w for w in panel.findChildren(QComboBox) if w.accessibleName() == name)
    model = combo.model()
    return [
        (combo.itemText(i), model.item(i).isEnabled())  # type: ignore[attr-defined]
        for i in range(combo.count())
        if combo.itemData(i) == "box:m1"
    ]


def test_only_the_shown_tab_is_built_and_ctrl_numbers_build_the_others(qtbot: QtBot, parts, open_window) -> None:
    window = open_window()
    tabs = tabs_of(window)
    assert [tabs.tabText(i) for i in range(tabs.count())] == TITLES
    assert built(window) == ["Chat"]
    # The download queue is there from the start, the Models page is not.
    assert window.downloads is not None
    bar_height = window.statusBar().height()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)  # shortcuts act in the active window only
    seen = []
    tabs.currentChanged.connect(seen.append)
    for number in (5, 2, 4, 3, 1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert tabs.currentIndex() == number - 1
        assert isinstance(tabs.currentWidget(), PANEL_TYPES[number - 1])
        assert tabs.currentWidget().isVisible()
    assert seen == [4, 1, 3, 2, 0], "building a panel is not seen as a change of tab"
    assert built(window) == TITLES
    assert window.statusBar().height() == bar_height, "the window's layout does not move as panels are built"
    assert tabs.widget(1) is window.translation_panel and tabs.widget(4) is window.models_panel
    qtbot.waitUntil(lambda: window.models_panel is not None and not window.models_panel.busy, timeout=10000)
    window.close()
    assert store_tab(parts) == "Chat"


def store_tab(parts) -> object:  # noqa: ANN001
    return parts[3].load().extra.get(CURRENT_TAB_KEY)


def test_the_restored_tab_is_the_one_built_and_a_property_builds_its_panel(qtbot: QtBot, parts, open_window) -> None:
    window = open_window(current_tab="Classify")
    tabs = tabs_of(window)
    assert tabs.tabText(tabs.currentIndex()) == "Classify"
    assert isinstance(tabs.currentWidget(), ClassificationPanel)
    assert built(window) == ["Classify"]

    compare = window.compare_panel  # not shown: built in place, and the shown tab stays
    assert isinstance(compare, ComparePanel) and tabs.widget(3) is compare
    assert tabs.tabText(tabs.currentIndex()) == "Classify" and isinstance(tabs.currentWidget(), ClassificationPanel)
    assert built(window) == ["Classify", "Compare"]
    assert store_tab(parts) is None, "building a panel saves no change of tab"
    # Closing with the other panels never built shuts down what exists and saves the settings.
    window.close()
    assert store_tab(parts) == "Classify"
    assert built(window) == ["Classify", "Compare"], "closing builds nothing"


def test_models_changed_and_the_offline_switch_reach_panels_built_later(
    qtbot: QtBot, parts, manager, open_window
) -> None:
    mode = parts[0]
    window = open_window()
    assert built(window) == ["Chat"]
    window.offline_action.trigger()
    assert mode.enabled
    items = picker_remote_items(window.chat_panel, "Model")
    assert items and all(not enabled and text.endswith(" (offline)") for text, enabled in items)
    # Built after the switch: they read it when they are built.
    translation = window.translation_panel
    items = picker_remote_items(translation, "Translation model")
    assert items and all(not enabled and text.endswith(" (offline)") for text, enabled in items)
    models_panel = window.models_panel
    assert models_panel is not None
    notice = next(w for w in models_panel.findChildren(QWidget) if w.accessibleName() == "Offline notice")
    assert not notice.isHidden()

    window.offline_action.trigger()
    assert not mode.enabled
    assert all(enabled for _t, enabled in picker_remote_items(translation, "Translation model"))
    assert notice.isHidden()

    # A model added while the Classify tab was never built: listed when it is.
    (manager.library.models_dir / "added.gguf").write_bytes(b"GGUF")
    window.models_changed.emit()
    chat_ids = [c.itemData(i) for c in window.chat_panel.findChildren(QComboBox) if c.accessibleName() == "Model"
                for i in range(c.count())]  # fmt: skip
    assert "local:added" in chat_ids
    classify = window.classification_panel
    combo = next(w for w in classify.findChildren(QComboBox) if w.accessibleName() == "Classification model")
    assert "local:added" in [combo.itemData(i) for i in range(combo.count())]
    qtbot.waitUntil(lambda: not models_panel.busy, timeout=10000)
    window.close()
