"""The translation panel: languages, glossary, streaming output, checks, files."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes import FakeEngine, registry_with
from helpers.layout_checks import assert_no_clipping
from helpers.widgets import find
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core.engines.registry import EngineRegistry
from app.core.models.directory import ModelDirectory
from app.core.settings import Settings
from app.ui.panels.translation_panel import CHECKS_PASSED, TranslationPanel
from app.ui.widgets.elided_label import ElidedLabel
from app.ui.widgets.language_combo import LanguageCombo
from tests.helpers.panels import panel_context


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine(model_id="local:fake")


@pytest.fixture
def engines(engine: FakeEngine) -> EngineRegistry:
    return registry_with(engine, "local")


@pytest.fixture
def settings() -> Settings:
    return Settings()


def make_panel(qtbot: QtBot, engines: EngineRegistry, models: ModelDirectory, settings: Settings) -> TranslationPanel:
    panel = TranslationPanel(panel_context(engines, models, settings))
    qtbot.addWidget(panel)
    panel.resize(1100, 720)
    panel.show()
    return panel


@pytest.fixture
def panel(
    qtbot: QtBot, engines: EngineRegistry, models: ModelDirectory, settings: Settings
) -> Iterator[TranslationPanel]:
    widget = make_panel(qtbot, engines, models, settings)
    yield widget
    widget.shutdown()


def source(panel: TranslationPanel) -> LanguageCombo:
    return find(panel, LanguageCombo, "Source language")


def target(panel: TranslationPanel) -> LanguageCombo:
    return find(panel, LanguageCombo, "Target language")


def output(panel: TranslationPanel) -> str:
    return find(panel, QPlainTextEdit, "Translation").toPlainText()


def translate(qtbot: QtBot, panel: TranslationPanel, text: str) -> None:
    find(panel, QPlainTextEdit, "Source text").setPlainText(text)
    button = find(panel, QPushButton, "Translate")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find(panel, QPushButton, "Translate").isEnabled(), timeout=5000)


def test_languages_are_searchable_and_there_are_at_least_forty(qtbot: QtBot, panel: TranslationPanel) -> None:
    assert target(panel).count() >= 40
    assert source(panel).itemText(0) == "Detect language"
    assert source(panel).language == ""
    assert target(panel).language == "fr"
    combo = target(panel)
    completer = combo.completer()
    completer.setCompletionPrefix("chin")
    assert completer.completionCount() >= 2, "typing filters by any part of the name"
    combo.setFocus()
    # Text set, not typed: a typed key opens the completer's popup, which the offscreen platform warns about.
    for typed, expected in (("deutsch", "de"), ("no such language", "de"), ("japanese", "ja"), ("PT", "pt")):
        combo.lineEdit().setText(typed)
        qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
        assert combo.language == expected, typed
        assert combo.currentText() == combo.itemText(combo.currentIndex())


def test_translation_streams_in_and_passes_the_checks(
    qtbot: QtBot, panel: TranslationPanel, engine: FakeEngine
) -> None:
    engine.enqueue(["Bonjour", " le", " monde", " !"], delay=0.01)
    target(panel).set_language("fr")
    streamed: list[str] = []
    find(panel, QPlainTextEdit, "Translation").textChanged.connect(lambda: streamed.append(output(panel)))
    translate(qtbot, panel, "Hello world!")
    assert output(panel) == "Bonjour le monde !"
    assert "Bonjour le" in streamed, "the text arrived piece by piece"
    assert not find(panel, QLabel, "Translation warnings").isVisible()
    assert find(panel, QLabel, "Checks").text() == CHECKS_PASSED
    assert "4 out" in find(panel, QLabel, "Translation stats").text()
    request = engine.requests[-1]
    assert "French" in " ".join(m.content for m in request.messages)


def test_a_dropped_number_and_placeholder_show_as_warnings(
    qtbot: QtBot, panel: TranslationPanel, engine: FakeEngine
) -> None:
    engine.enqueue(["Bonjour, vous avez des nouveaux messages."])
    translate(qtbot, panel, "Hello {name}, you have 12 new messages.")
    warnings = find(panel, QLabel, "Translation warnings")
    assert warnings.isVisible()
    assert "12" in warnings.text() and "{name}" in warnings.text()
    assert "2 warning" in find(panel, QLabel, "Translation status").text()
    assert not find(panel, QLabel, "Checks").isVisible()


def test_copy_puts_the_translation_on_the_clipboard(qtbot: QtBot, panel: TranslationPanel, engine: FakeEngine) -> None:
    engine.enqueue(["Hallo Welt"])
    target(panel).set_language("de")
    translate(qtbot, panel, "Hello world")
    qtbot.mouseClick(find(panel, QPushButton, "Copy translation"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Hallo Welt"


def test_swap_exchanges_languages_and_texts(qtbot: QtBot, panel: TranslationPanel, engine: FakeEngine) -> None:
    source(panel).set_language("en")
    target(panel).set_language("es")
    engine.enqueue(["Buenos días"])
    translate(qtbot, panel, "Good morning")
    qtbot.mouseClick(find(panel, QPushButton, "Swap languages"), Qt.MouseButton.LeftButton)
    assert (source(panel).language, target(panel).language) == ("es", "en")
    assert find(panel, QPlainTextEdit, "Source text").toPlainText() == "Buenos días"
    assert output(panel) == "Good morning"


def test_swap_with_detect_language_guesses_from_the_text(qtbot: QtBot, panel: TranslationPanel) -> None:
    target(panel).set_language("de")
    text = find(panel, QPlainTextEdit, "Source text")
    text.setPlainText("Hola, ¿cómo estás hoy? Estoy muy bien, gracias por preguntar.")
    swap = find(panel, QPushButton, "Swap languages")
    qtbot.mouseClick(swap, Qt.MouseButton.LeftButton)
    assert (source(panel).language, target(panel).language) == ("de", "es")

    source(panel).set_language("")
    text.setPlainText("Ok")
    qtbot.mouseClick(swap, Qt.MouseButton.LeftButton)
    assert (source(panel).language, target(panel).language) == ("", "es")
    assert "Choose the source language" in find(panel, QLabel, "Translation status").text()


def test_stop_keeps_the_partial_translation(qtbot: QtBot, panel: TranslationPanel, engine: FakeEngine) -> None:
    engine.enqueue(["Un", " deux", " trois"], hang_after=1)
    find(panel, QPlainTextEdit, "Source text").setPlainText("One two three")
    qtbot.mouseClick(find(panel, QPushButton, "Translate"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: output(panel) == "Un", timeout=5000)
    qtbot.keyClick(find(panel, QPlainTextEdit, "Source text"), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: find(panel, QPushButton, "Translate").isEnabled(), timeout=5000)
    assert output(panel) == "Un"
    assert find(panel, QLabel, "Translation status").text().startswith("Stopped")


def test_engine_failure_says_what_to_do(qtbot: QtBot, panel: TranslationPanel, engine: FakeEngine) -> None:
    from app.core.errors import EngineCrashedError

    engine.enqueue_error(EngineCrashedError("The model process ended.", "Try again."), after=["Bon"])
    translate(qtbot, panel, "Good")
    error = find(panel, QLabel, "Translation error")
    assert error.isVisible() and EngineCrashedError.title in error.text() and "Try again" in error.text()


def test_glossary_import_edit_and_use(
    qtbot: QtBot, panel: TranslationPanel, engine: FakeEngine, tmp_path: Path, settings: Settings
) -> None:
    csv_file = tmp_path / "terms.csv"
    csv_file.write_text("source,target\nworkbench,Werkbank\nmodel,Modell\n", encoding="utf-8")
    panel.import_glossary(csv_file)
    table = find(panel, QTableWidget, "Glossary terms")
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=5000)
    assert table.isVisible()
    assert find(panel, QPushButton, "Glossary").text() == "Glossary (2)"
    assert settings.extra["translation"]["glossary"] == [["workbench", "Werkbank"], ["model", "Modell"]]

    target(panel).set_language("de")
    engine.enqueue(["Die Arbeitsbank ist da."])
    translate(qtbot, panel, "The workbench is here.")
    request_text = " ".join(m.content for m in engine.requests[-1].messages)
    assert "Werkbank" in request_text
    assert "Werkbank" in find(panel, QLabel, "Translation warnings").text()


def test_glossary_import_error_names_the_problem(qtbot: QtBot, panel: TranslationPanel, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("workbench,Werkbank\nonly one cell\n", encoding="utf-8")
    panel.import_glossary(bad)
    error = find(panel, QLabel, "Glossary error")
    qtbot.waitUntil(error.isVisible, timeout=5000)
    assert "bad.csv" in error.text()


def test_state_survives_a_restart(
    qtbot: QtBot, engines: EngineRegistry, models: ModelDirectory, settings: Settings
) -> None:
    first = make_panel(qtbot, engines, models, settings)
    source(first).set_language("en")
    target(first).set_language("ja")
    find(first, QComboBox, "Tone").setCurrentIndex(1)
    again = make_panel(qtbot, engines, models, settings)
    assert (source(again).language, target(again).language) == ("en", "ja")
    assert find(again, QComboBox, "Tone").currentData() == "formal"


def test_translate_file_with_progress_into_a_new_file(
    qtbot: QtBot, panel: TranslationPanel, engine: FakeEngine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = tmp_path / "notes.txt"
    original.write_text("First paragraph.\n\nSecond paragraph.\n", encoding="utf-8")
    translated = tmp_path / "notes.fr.txt"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(original), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(translated), ""))
    engine.enqueue(["Premier paragraphe."])
    engine.enqueue(["Second paragraphe."])
    qtbot.mouseClick(find(panel, QPushButton, "Translate file"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(translated.exists, timeout=5000)
    qtbot.waitUntil(lambda: find(panel, QPushButton, "Translate file").isEnabled(), timeout=5000)
    assert translated.read_text(encoding="utf-8") == "Premier paragraphe.\n\nSecond paragraphe.\n"
    assert "Saved" in find(panel, QLabel, "Translation status").text()
    assert not find(panel, QProgressBar, "File progress").isVisible()


def test_translate_a_csv_column_asks_which_column(
    qtbot: QtBot, panel: TranslationPanel, engine: FakeEngine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = tmp_path / "items.csv"
    original.write_text("id,text\n1,Hello\n2,Thanks\n", encoding="utf-8")
    translated = tmp_path / "items.fr.csv"
    asked: list[list[str]] = []

    def get_item(_parent: QWidget, _title: str, _label: str, items: list[str], *_args: object) -> tuple[str, bool]:
        asked.append(list(items))
        return "text", True

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(original), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(translated), ""))
    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    engine.enqueue(["Bonjour"])
    engine.enqueue(["Merci"])
    qtbot.mouseClick(find(panel, QPushButton, "Translate file"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(translated.exists, timeout=5000)
    assert asked == [["id", "text"]]
    assert translated.read_text(encoding="utf-8").splitlines() == ["id,text", "1,Bonjour", "2,Merci"]


def test_cancel_a_file_translation_writes_nothing(
    qtbot: QtBot, panel: TranslationPanel, engine: FakeEngine, tmp_path: Path
) -> None:
    original = tmp_path / "long.txt"
    original.write_text("One.\n\nTwo.\n\nThree.\n", encoding="utf-8")
    translated = tmp_path / "long.fr.txt"
    engine.enqueue(["Un."])
    engine.enqueue(["Deux"], hang_after=0)
    panel.translate_file(original, translated)
    cancel = find(panel, QPushButton, "Cancel file")
    qtbot.waitUntil(lambda: find(panel, QProgressBar, "File progress").value() == 1, timeout=5000)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find(panel, QPushButton, "Translate file").isEnabled(), timeout=5000)
    assert not translated.exists()
    assert "nothing was written" in find(panel, QLabel, "Translation status").text()


def test_a_long_status_is_cut_in_the_middle_and_whole_in_its_tooltip(
    qtbot: QtBot, panel: TranslationPanel, engine: FakeEngine, tmp_path: Path
) -> None:
    folder = tmp_path / "translated documents for the quarterly planning meeting"
    folder.mkdir()
    original = folder / "notes-from-the-quarterly-planning-meeting.txt"
    original.write_text("One paragraph.\n", encoding="utf-8")
    translated = folder / "notes-from-the-quarterly-planning-meeting.fr.txt"
    engine.enqueue(["Un paragraphe."])
    panel.resize(1024, 700)
    panel.translate_file(original, translated)
    status = find(panel, ElidedLabel, "Translation status")
    qtbot.waitUntil(lambda: status.fullText().startswith(f"Saved {translated} (1 part"), timeout=5000)
    qtbot.waitUntil(status.isElided)
    # What happened and how it ended stay readable; the tooltip has the whole path.
    assert status.text().startswith("Saved /") and "fr.txt (1 part" in status.text()
    assert "…" in status.text()
    assert status.toolTip() == status.fullText()
    assert_no_clipping(panel)
