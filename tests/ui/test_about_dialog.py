"""Help → About, Help → Copy diagnostics, and File → Model settings… in the main window."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import PySide6
import pytest
from fakes import FakeEngine, registry_with
from helpers.layout_checks import assert_no_clipping, assert_no_overlap
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import app
from app.core.diagnostics import GpuProbe, GpuSupport
from app.core.engines.registry import EngineRegistry
from app.core.paths import Paths
from app.core.settings import SettingsStore
from app.ui.dialogs.about_dialog import AboutDialog
from app.ui.dialogs.model_settings_dialog import ModelSettingsDialog
from app.ui.main_window import MainWindow


class FakeProbe(GpuProbe):
    """A GpuProbe whose answer the test sets; it never spawns anything."""

    def __init__(self, answer: GpuSupport | None) -> None:
        super().__init__(lambda: GpuSupport(None, "unused"))
        self.answer = answer
        self.started = False

    def start(self) -> None:
        self.started = True

    def result(self) -> GpuSupport | None:
        return self.answer


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine(model_id="local:fake")


@pytest.fixture
def engines(engine: FakeEngine) -> EngineRegistry:
    return registry_with(engine, "local")


@pytest.fixture
def store(paths: Paths) -> SettingsStore:
    return SettingsStore(paths.settings_file)


@pytest.fixture
def make_window(engines: EngineRegistry, store: SettingsStore, paths: Paths, open_main_window):  # noqa: ANN001, ANN201
    def make(probe: GpuProbe) -> MainWindow:
        return open_main_window(engines, store, paths=paths, gpu_probe=probe)

    return make


def action(window: MainWindow, menu_name: str, text: str):  # noqa: ANN201
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    return next(a for a in menus[menu_name].actions() if a.text().replace("&", "") == text)


def test_about_dialog_shows_versions_licence_and_the_data_folder(qtbot: QtBot, paths: Paths) -> None:
    dialog = AboutDialog(paths.data_dir)
    qtbot.addWidget(dialog)
    text = dialog.text_label.text()
    assert f"Plinth {app.__version__}" in text
    assert qVersion() in text and PySide6.__version__ in text
    assert importlib.metadata.version("llama-cpp-python") in text
    assert "Licence: MIT" in text
    assert dialog.data_link is not None
    assert QUrl.fromLocalFile(str(paths.data_dir)).toString() in dialog.data_link.text()
    assert dialog.data_link.openExternalLinks()


def test_help_about_opens_the_about_dialog_not_a_message_box(qtbot: QtBot, make_window) -> None:
    window = make_window(FakeProbe(None))
    action(window, "Help", "About Plinth").trigger()
    dialogs = window.findChildren(AboutDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert not window.findChildren(QMessageBox)
    dialogs[0].reject()


def test_copy_diagnostics_puts_the_report_on_the_clipboard(qtbot: QtBot, make_window, paths: Paths) -> None:
    probe = FakeProbe(GpuSupport(False, "llama_supports_gpu_offload()"))
    window = make_window(probe)
    action(window, "Help", "Copy diagnostics").trigger()
    copied = QApplication.clipboard().text()
    assert probe.started
    assert f"Plinth {app.__version__}" in copied
    assert f"Qt {qVersion()}, PySide6 {PySide6.__version__}" in copied
    assert "GPU offload: no (llama_supports_gpu_offload())" in copied
    assert f"Data folder: {paths.data_dir}" in copied
    assert window.statusBar().currentMessage() == "Diagnostics copied to the clipboard."


def test_diagnostics_while_the_probe_runs_say_so(qtbot: QtBot, make_window) -> None:
    window = make_window(FakeProbe(None))
    assert "GPU offload: unknown (still being checked" in window.diagnostics_text()


def test_gpu_layers_are_not_offered_when_the_build_cannot_offload(
    qtbot: QtBot, make_window, store: SettingsStore
) -> None:
    window = make_window(FakeProbe(GpuSupport(False, "x")))
    dialog = window.open_model_settings_dialog()
    assert not dialog.gpu_layers_offered
    assert "not supported by this llama.cpp build" in dialog.gpu_status.text()
    dialog.gpu_layers.setValue(20)  # hidden; must not be saved
    dialog.context_cap.setValue(4096)
    dialog.threads.setValue(2)
    dialog.accept()
    saved = store.load()
    assert (saved.context_cap, saved.n_threads, saved.n_gpu_layers) == (4096, 2, 0)


def test_gpu_layers_appear_once_the_probe_says_the_build_can_offload(
    qtbot: QtBot, make_window, store: SettingsStore
) -> None:
    probe = FakeProbe(None)
    window = make_window(probe)
    dialog = window.open_model_settings_dialog()
    assert probe.started
    assert not dialog.gpu_layers_offered
    assert dialog.gpu_status.text().startswith("Checking")
    probe.answer = GpuSupport(True, "llama_supports_gpu_offload()")
    qtbot.waitUntil(lambda: dialog.gpu_layers_offered, timeout=3000)
    assert dialog.gpu_layers.isVisible()
    dialog.gpu_layers.setValue(33)
    dialog.threads.setValue(0)
    dialog.accept()
    saved = store.load()
    assert saved.n_gpu_layers == 33 and saved.n_threads is None


def test_accepting_model_settings_restarts_idle_local_engines(
    qtbot: QtBot, make_window, engines: EngineRegistry, engine: FakeEngine
) -> None:
    window = make_window(FakeProbe(GpuSupport(False, "x")))
    assert engines.get("local:fake") is engine
    dialog = window.open_model_settings_dialog()
    dialog.accept()
    assert engine.closed


def test_cancelling_model_settings_changes_nothing(qtbot: QtBot, make_window, store: SettingsStore) -> None:
    window = make_window(FakeProbe(GpuSupport(True, "x")))
    dialog = window.open_model_settings_dialog()
    assert isinstance(dialog, ModelSettingsDialog)
    dialog.context_cap.setValue(1024)
    dialog.reject()
    assert not Path(store.path).exists() or store.load().context_cap != 1024


def test_about_dialog_at_its_minimum_size_shows_all_its_text(qtbot: QtBot, paths: Paths) -> None:
    dialog = AboutDialog(paths.data_dir / "a folder with a rather long name" / "inside another one")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(1, 1)
    qtbot.waitUntil(lambda: dialog.width() == dialog.minimumWidth())
    assert dialog.text_label.height() >= dialog.text_label.heightForWidth(dialog.text_label.width())
    assert_no_clipping(dialog)
    assert_no_overlap(dialog)
