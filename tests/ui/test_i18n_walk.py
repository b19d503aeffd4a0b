"""Every panel and dialog in each of the eight languages: no text left in English, none cut off, Arabic mirrored.

The window is built twice the same way, once in English and once in the language under test, and every text a
person can see or hear is collected from both — labels, buttons, group titles, tabs, placeholders, tooltips,
accessible names, table headers, fixed list items, menus and their actions, window titles — keyed by where it
sits in the widget tree. A text still equal to its English counterpart is a defect, unless it is a name that is
the same in every language (``SAME_EVERYWHERE``), data the test put in (model, file and conversation names), or
a word the translation itself keeps (German "Chat": the .ts says so). Every tab and inner tab is shown in turn
at the window's default size and checked for text wider than its widget (``clipping_problems``). Arabic must
lay the window out right to left. The failure lists everything found, so one run says what to fix.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers.full_window import REMOTE, TITLES, settle
from helpers.layout_checks import clipping_problems
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core.models.library import ModelLibrary
from app.core.server.tokens import TokenStore
from app.core.tasks.languages import LANGUAGES as TARGET_LANGUAGES
from app.ui import i18n
from app.ui.dialogs.adapter_dialog import AddAdapterDialog
from app.ui.dialogs.server_tokens_dialog import ServerTokensDialog
from app.ui.main_window import MainWindow
from app.ui.widgets.model_picker import ModelPicker

ROOT = Path(__file__).resolve().parents[2]
#: Names that read the same in every language: products, providers, formats, units.
SAME_EVERYWHERE = {
    "Plinth", "OpenAI", "Anthropic", "Google Gemini", "Gemini", "Hugging Face", "Hub", "GGUF", "LoRA", "JSON",
    "JSONL", "CSV", "API", "URL", "HTTP", "SSE", "ID", "BM25", "RRF", "F1", "Macro-F1", "macro-F1", "TTFT",
    "tok/s", "MB", "GB", "MiB", "GiB", "kB", "s", "ms", "min", "h", "%", "OK", "CUDA", "Metal", "Vulkan",
    "llama.cpp", "Tesseract", "OCR", "PDF", "DOCX", "XLSX", "HTML", "YAML", "SQLite", "Bearer", "starter",
    "smolsrv", "English",
}  # fmt: skip
#: Data the fixtures put in: model, provider, collection and file names are the same in any language.
WORDS = re.compile(r"[^\W\d_][\w'’-]+")
#: Widgets whose items are data (model names, languages to translate into), not the window's words.
DATA_WIDGETS = (ModelPicker,)
#: The one path segment separator.
SEP = "/"


# -- collecting texts --------------------------------------------------------------------------


def _segment(widget: QWidget) -> str:
    parent = widget.parentWidget()
    same = [
        w
        for w in (
            parent.findChildren(type(widget), options=Qt.FindChildOption.FindDirectChildrenOnly) if parent else []
        )
        if w.objectName() == widget.objectName()
    ]
    index = same.index(widget) if widget in same else 0
    return f"{type(widget).__name__}#{widget.objectName()}[{index}]"


def _path(widget: QWidget, root: QWidget) -> str:
    parts = []
    current: QWidget | None = widget
    while current is not None and current is not root:
        parts.append(_segment(current))
        current = current.parentWidget()
    return SEP.join(reversed(parts))


def _under_data_widget(widget: QWidget) -> bool:
    current: QWidget | None = widget
    while current is not None:
        if isinstance(current, DATA_WIDGETS):
            return True
        current = current.parentWidget()
    return False


def widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for every text ``widget`` shows or gives a screen reader."""
    yield "toolTip", widget.toolTip()
    yield "accessibleName", widget.accessibleName()
    yield "accessibleDescription", widget.accessibleDescription()
    if widget.isWindow():
        yield "windowTitle", widget.windowTitle()
    if isinstance(widget, QLabel):
        yield "text", widget.text()
    elif isinstance(widget, QAbstractButton):
        yield "text", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "title", widget.title()
    elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield f"tab{index}", widget.tabText(index)
            yield f"tabTip{index}", widget.tabToolTip(index)
    elif isinstance(widget, QComboBox) and not _under_data_widget(widget):
        for index in range(widget.count()):
            yield f"item{index}", widget.itemText(index)
    elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
        header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
        for column in range(header.count()):
            yield f"header{column}", str(widget.model().headerData(column, Qt.Orientation.Horizontal) or "")
    elif isinstance(widget, QMenu):
        yield "title", widget.title()
    for number, action in enumerate(widget.actions()):
        if isinstance(action, QAction) and not action.isSeparator():
            yield f"action{number}", action.text()
            if action.toolTip() != action.text().replace("&", ""):
                yield f"actionTip{number}", action.toolTip()


def collect(root: QWidget) -> dict[str, str]:
    """``{where: text}`` for every text within ``root`` (hidden widgets too: they show later)."""
    found: dict[str, str] = {}
    for widget in [root, *root.findChildren(QWidget)]:
        base = _path(widget, root)
        for what, text in widget_texts(widget):
            if text and text.strip():
                found[f"{base}.{what}"] = text
    if isinstance(root, MainWindow):
        for number, action in enumerate(root.menuBar().actions()):
            menu = action.menu()
            found[f"menubar{number}"] = action.text()
            if isinstance(menu, QMenu):
                for inner, sub in enumerate(menu.actions()):
                    if not sub.isSeparator() and sub.text():
                        found[f"menubar{number}.{inner}"] = sub.text()
                        if sub.toolTip() != sub.text().replace("&", ""):
                            found[f"menubar{number}.{inner}.tip"] = sub.toolTip()
    return found


def kept_on_purpose(code: str) -> set[str]:
    """The sources ``code``'s translation keeps as they are (German "Chat", "Server"): not a defect."""
    tree = ET.parse(ROOT / "resources" / "i18n" / f"plinth_{code}.ts")
    kept = set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None and (translation.text or "") == source:
            kept.add(source)
    return kept


def still_english(text: str, data: set[str], kept: set[str]) -> bool:
    """Whether ``text`` (equal to the English window's) is words left untranslated. Words the
    translation keeps elsewhere on purpose ("Hindi" in German) do not count."""
    bare = re.sub(r"<[^>]+>", " ", text).replace("&", "")
    for name in sorted(data, key=len, reverse=True):  # names in any script, whole (Tamil marks are not word characters)
        bare = bare.replace(name, " ")
    if _is_json(text):
        return False  # an example of data (a JSON Schema placeholder): its keys are JSON's words
    if text in kept or bare.strip() in kept or bare.strip() in data:
        return False
    same = SAME_EVERYWHERE | data | {word for source in kept for word in WORDS.findall(source)}
    words = [w for w in WORDS.findall(bare) if w not in same]
    return any(len(w) > 1 for w in words)


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return text.lstrip().startswith(("{", "["))


# -- the walk ----------------------------------------------------------------------------------


def show_every_page(window: MainWindow, check: Callable[[str], None]) -> None:
    """Each top-level tab, and within it each page of each inner tab widget, shown in turn."""
    tabs = window.centralWidget()
    assert isinstance(tabs, QTabWidget)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle()
        where = f"tab {index} ({tabs.tabText(index)})"
        check(where)
        panel = tabs.currentWidget()
        for inner in panel.findChildren(QTabWidget):
            if not inner.isVisibleTo(window):
                continue
            first = inner.currentIndex()
            for page in range(inner.count()):
                if page != first:
                    inner.setCurrentIndex(page)
                    settle()
                    check(f"{where} › {inner.tabText(page)}")
            inner.setCurrentIndex(first)


def dialogs(window: MainWindow, library: ModelLibrary, tmp_path: Path) -> Iterator[tuple[str, QDialog]]:
    """Every dialog the window opens, each shown."""
    yield "Providers", window.open_providers_dialog()
    yield "Model settings", window.open_model_settings_dialog()
    yield "About", window.open_about_dialog()
    tokens = TokenStore(tmp_path / "tokens.json")
    tokens.create("editor-plugin", allow_remote=True)
    yield "Server tokens", ServerTokensDialog(tokens, 8765, parent=window)
    yield "Add LoRA adapter", AddAdapterDialog(library.list(), None, window)


class Walk:
    """One language's window: its texts by place, and the cut-off texts seen on every page."""

    def __init__(self, qtbot: QtBot, make_window: Callable[..., MainWindow], library: ModelLibrary, tmp: Path) -> None:
        self.texts: dict[str, str] = {}
        self.clipped: list[str] = []
        window = make_window()
        window.resize(1080, 760)
        qtbot.waitExposed(window)
        self.window = window

        def check(where: str) -> None:
            self.clipped += [f"[{where}] {p}" for p in clipping_problems(window) if p not in self.clipped]

        show_every_page(window, check)
        self.texts.update(collect(window))
        for name, dialog in dialogs(window, library, tmp):
            dialog.show()
            qtbot.waitExposed(dialog)
            settle()
            self.clipped += [f"[{name}] {p}" for p in clipping_problems(dialog)]
            self.texts.update({f"{name}:{k}": v for k, v in collect(dialog).items()})
            dialog.reject()


@pytest.fixture
def language() -> Iterator[Callable[[str], str]]:
    """Installs a language for the test; English again after it, whatever happens."""
    yield i18n.install
    i18n.install("en")


_english: dict[str, dict[str, str]] = {}


@pytest.mark.parametrize("code", i18n.TRANSLATED)
def test_every_panel_and_dialog_is_translated_and_fits(
    qtbot: QtBot, make_window, library: ModelLibrary, tmp_path: Path, language, code: str
) -> None:
    if "texts" not in _english:
        language("en")
        _english["texts"] = Walk(qtbot, make_window, library, tmp_path / "en").texts
    assert language(code) == code, f"resources/i18n/plinth_{code}.qm is missing: run make"
    walk = Walk(qtbot, make_window, library, tmp_path / code)
    english = _english["texts"]
    # The fixtures' names: models, the provider, a token, an embedding model, a built-in task's variant.
    data = {REMOTE, "smolsrv", "smol", "fake", "labels", "editor-plugin", "terse", *TITLES}
    data |= {"OpenAI text-embedding-3-small", "text-embedding-3-small", "Google"}
    # Languages in their own names (File › Language, the translation pickers) read so in every window.
    data |= set(i18n.LANGUAGES.values()) | {language.native for language in TARGET_LANGUAGES}
    data |= {model.name for model in library.list()}
    kept = kept_on_purpose(code)
    left = sorted(
        f"{where}: {text!r}"
        for where, text in walk.texts.items()
        if english.get(where) == text and still_english(text, data, kept)
    )
    missing = [where for where in english if where not in walk.texts]
    problems = [f"still English: {line}" for line in left] + [f"cut off: {line}" for line in walk.clipped]
    # The same window: a place with text in English has text in this language too (nothing went blank).
    problems += [f"blank in {code}: {where}: {english[where]!r}" for where in missing[:50]]
    if code == "ar":
        tabs = walk.window.centralWidget()
        assert isinstance(tabs, QTabWidget)
        bar = tabs.tabBar()
        assert walk.window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert bar.tabRect(0).x() > bar.tabRect(1).x(), "Arabic: the first tab is not on the right"
    assert not problems, f"{len(problems)} problems in {code}:\n" + "\n".join(problems)


def test_qt_standard_buttons_speak_the_language(qtbot: QtBot, language) -> None:
    """Qt's own translations are loaded too: a standard dialog's buttons are not left in English."""
    language("de")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "Speichern"
