"""The Translate tab's words that are not a widget's own: language and tone names, the checks' lines, file types.

Module constants are marked with ``QT_TRANSLATE_NOOP`` and translated when shown, never at import.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.core.tasks.languages import LANGUAGES
from app.core.tasks.translation_checks import TranslationWarning
from app.ui.i18n import core_text, translate

CHECKS_PASSED = QT_TRANSLATE_NOOP(
    "TranslationPanel", "Checks passed: numbers, URLs, placeholders, code, markdown, glossary, language and length."
)

#: The tones, by the core's value.
TONE_NAMES = {
    "neutral": QT_TRANSLATE_NOOP("TranslationPanel", "Neutral"),
    "formal": QT_TRANSLATE_NOOP("TranslationPanel", "Formal"),
    "informal": QT_TRANSLATE_NOOP("TranslationPanel", "Informal"),
}

#: The languages' English names (``Language.name``), translated where a picker shows them.
LANGUAGE_NAMES = {
    "Arabic": QT_TRANSLATE_NOOP("Languages", "Arabic"),
    "Bulgarian": QT_TRANSLATE_NOOP("Languages", "Bulgarian"),
    "Bengali": QT_TRANSLATE_NOOP("Languages", "Bengali"),
    "Catalan": QT_TRANSLATE_NOOP("Languages", "Catalan"),
    "Czech": QT_TRANSLATE_NOOP("Languages", "Czech"),
    "Danish": QT_TRANSLATE_NOOP("Languages", "Danish"),
    "German": QT_TRANSLATE_NOOP("Languages", "German"),
    "Greek": QT_TRANSLATE_NOOP("Languages", "Greek"),
    "English": QT_TRANSLATE_NOOP("Languages", "English"),
    "Spanish": QT_TRANSLATE_NOOP("Languages", "Spanish"),
    "Estonian": QT_TRANSLATE_NOOP("Languages", "Estonian"),
    "Persian": QT_TRANSLATE_NOOP("Languages", "Persian"),
    "Finnish": QT_TRANSLATE_NOOP("Languages", "Finnish"),
    "French": QT_TRANSLATE_NOOP("Languages", "French"),
    "Hebrew": QT_TRANSLATE_NOOP("Languages", "Hebrew"),
    "Hindi": QT_TRANSLATE_NOOP("Languages", "Hindi"),
    "Croatian": QT_TRANSLATE_NOOP("Languages", "Croatian"),
    "Hungarian": QT_TRANSLATE_NOOP("Languages", "Hungarian"),
    "Indonesian": QT_TRANSLATE_NOOP("Languages", "Indonesian"),
    "Italian": QT_TRANSLATE_NOOP("Languages", "Italian"),
    "Japanese": QT_TRANSLATE_NOOP("Languages", "Japanese"),
    "Korean": QT_TRANSLATE_NOOP("Languages", "Korean"),
    "Lithuanian": QT_TRANSLATE_NOOP("Languages", "Lithuanian"),
    "Latvian": QT_TRANSLATE_NOOP("Languages", "Latvian"),
    "Malay": QT_TRANSLATE_NOOP("Languages", "Malay"),
    "Norwegian": QT_TRANSLATE_NOOP("Languages", "Norwegian"),
    "Dutch": QT_TRANSLATE_NOOP("Languages", "Dutch"),
    "Polish": QT_TRANSLATE_NOOP("Languages", "Polish"),
    "Portuguese": QT_TRANSLATE_NOOP("Languages", "Portuguese"),
    "Romanian": QT_TRANSLATE_NOOP("Languages", "Romanian"),
    "Russian": QT_TRANSLATE_NOOP("Languages", "Russian"),
    "Slovak": QT_TRANSLATE_NOOP("Languages", "Slovak"),
    "Slovenian": QT_TRANSLATE_NOOP("Languages", "Slovenian"),
    "Serbian": QT_TRANSLATE_NOOP("Languages", "Serbian"),
    "Swedish": QT_TRANSLATE_NOOP("Languages", "Swedish"),
    "Swahili": QT_TRANSLATE_NOOP("Languages", "Swahili"),
    "Tamil": QT_TRANSLATE_NOOP("Languages", "Tamil"),
    "Thai": QT_TRANSLATE_NOOP("Languages", "Thai"),
    "Filipino": QT_TRANSLATE_NOOP("Languages", "Filipino"),
    "Turkish": QT_TRANSLATE_NOOP("Languages", "Turkish"),
    "Ukrainian": QT_TRANSLATE_NOOP("Languages", "Ukrainian"),
    "Urdu": QT_TRANSLATE_NOOP("Languages", "Urdu"),
    "Vietnamese": QT_TRANSLATE_NOOP("Languages", "Vietnamese"),
    "Chinese (Simplified)": QT_TRANSLATE_NOOP("Languages", "Chinese (Simplified)"),
    "Chinese (Traditional)": QT_TRANSLATE_NOOP("Languages", "Chinese (Traditional)"),
}


def language_name(english: str) -> str:
    """A language's English name (``Language.name``) in the window's language; an unknown one as it is."""
    marked = LANGUAGE_NAMES.get(english)
    return translate("Languages", marked) if marked else english


def language_items() -> list[tuple[str, str]]:
    """(code, shown name) for the pickers: "German (Deutsch)", in French "Allemand (Deutsch)"."""
    items = []
    for language in LANGUAGES:
        name = language_name(language.name)
        native = language.native
        same = native.casefold() == name.casefold()
        items.append((language.code, f"{name} ({native})" if native and not same else name))
    return items


def tone_name(tone: str) -> str:
    marked = TONE_NAMES.get(tone)
    return translate("TranslationPanel", marked) if marked else tone.capitalize()


def file_filter() -> str:
    """The open dialog's file types ("Text, Markdown…") in the window's language."""
    return translate("TranslationPanel", "Text, Markdown, subtitles or CSV (*.txt *.md *.srt *.csv);;All files (*)")


def checks_passed() -> str:
    return translate("TranslationPanel", CHECKS_PASSED)


def warning_html(warnings: list[tuple[str, TranslationWarning]]) -> str:
    """One line per warning, each with an optional prefix ("Part 3: ")."""
    return "<br>".join(f"⚠ {escape(prefix)}{escape(core_text(w.message))}" for prefix, w in warnings)
