"""The Translate and Classify tabs in the main window: switching, and their state across a restart."""

from pathlib import Path

from fakes import registry_with
from helpers.widgets import find, find_all
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from task_fakes import ScoringEngine

from app.core.settings import SettingsStore
from app.ui.main_window import MainWindow
from app.ui.widgets.language_combo import LanguageCombo


def open_window(open_main_window, store: SettingsStore) -> MainWindow:  # noqa: ANN001
    return open_main_window(registry_with(ScoringEngine(model_id="local:fake"), "local"), store)


def test_tabs_switch_with_ctrl_number_and_panels_keep_their_state(
    qtbot: QtBot, tmp_path: Path, open_main_window
) -> None:
    store = SettingsStore(tmp_path / "config" / "settings.json")
    window = open_window(open_main_window, store)
    tabs: QTabWidget = find(window, QTabWidget, "Panels")
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles[:3] == ["Chat", "Translate", "Classify"]

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)  # shortcuts act in the active window only
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is window.translation_panel
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is window.classification_panel
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is window.chat_panel
    # Each panel was built on its first showing, once.
    for name in ("Source language", "Target language", "Translate", "Labels", "Classify"):
        assert len(find_all(window, QWidget, name)) == 1, name
    for name in ("Open file", "Run batch", "Cancel batch"):
        assert len(find_all(window, QWidget, name)) == 2, name

    find(window, LanguageCombo, "Target language").set_language("it")
    window.close()

    again = open_window(open_main_window, store)
    assert find(again.translation_panel, LanguageCombo, "Target language").language == "it"
    assert again.classification_panel.label_set().names == ("positive", "negative", "neutral")
    again.close()
