"""The window in the person's language: which language, Qt's translators, and locale formats.

Every string the window shows goes through Qt's translation: ``self.tr("...")`` inside a
``QObject``, :func:`translate` ("Context", "...") elsewhere, ``QT_TRANSLATE_NOOP`` for module
constants (translated where they are shown, never at import). Counts use ``%n``
(``self.tr("%n file(s)", None, count)``); other values are named ``{placeholders}`` filled
with ``.format`` after translating. Text made in ``app/core`` (errors, hints, verdicts) is a
:class:`~app.core.ui_text.UiText` and is translated here, at the window's edge, by
:func:`core_text`. The sources are ``resources/i18n/plinth_<code>.ts`` (``make i18n``); the
``.qm`` files the window loads are built from them by ``make``.

Numbers, sizes, money, durations and dates go through :class:`QLocale` (``number``,
``size``...), so "1,234.5 tok/s" reads "1.234,5 tok/s" in German. Without an installed
language the formats are US English, as the tests and the command line expect.

The command line and the logs stay English.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QObject,
    QTime,
    QTranslator,
)

from app.core.resources import shipped_file
from app.core.ui_text import JoinedText, UiText, recalled, ui_text

if TYPE_CHECKING:
    from app.core.engines.base import Stats

# The languages Plinth's window speaks, by code, each named in itself (the settings' list).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "vi": "Tiếng Việt",
    "es": "Español",
    "fr": "Français",
    "de": "Deutsch",
    "pt_BR": "Português (Brasil)",
    "zh_CN": "简体中文",
    "ja": "日本語",
    "ar": "العربية",
}
# The languages with a translation (English is the source).
TRANSLATED: tuple[str, ...] = tuple(code for code in LANGUAGES if code != "en")
# Overrides the setting and the system for scripts and tests: PLINTH_LANG=vi, ar, pt_BR...
LANG_ENV = "PLINTH_LANG"
# The languages written right to left: the window mirrors for them.
RIGHT_TO_LEFT = frozenset({"ar"})
# Where the compiled translations are (``make`` builds them from the ``.ts`` beside them).
I18N_DIR = "resources/i18n"

_ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@dataclass
class _Installed:
    """What :func:`install` put in place (right to left follows from the code)."""

    code: str = "en"
    locale: QLocale = field(default_factory=lambda: _ENGLISH)
    translators: list[QTranslator] = field(default_factory=list)


_installed = _Installed()


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the window's language (Qt's ``QCoreApplication.translate``; ``lupdate`` finds it)."""
    return QCoreApplication.translate(context, source, disambiguation, n)


# -- which language ----------------------------------------------------------------------


def shipped_code(name: str) -> str | None:
    """The shipped language a locale or language name means: "pt-BR", "pt_BR.UTF-8" → "pt_BR",
    "de_AT" → "de", "zh" → "zh_CN"; None when Plinth does not speak it."""
    cleaned = name.split(".")[0].split("@")[0].replace("-", "_").strip()
    if not cleaned:
        return None
    if cleaned in LANGUAGES:
        return cleaned
    lowered = {code.lower(): code for code in LANGUAGES}
    if cleaned.lower() in lowered:
        return lowered[cleaned.lower()]
    base = cleaned.split("_")[0].lower()
    matches = [code for code in LANGUAGES if code.split("_")[0].lower() == base]
    return matches[0] if matches else None


def chosen_language(
    setting: str,
    environ: Mapping[str, str] | None = None,
    system_languages: Iterable[str] | None = None,
) -> str:
    """The window's language: ``PLINTH_LANG``, else the setting, else the system's first
    language Plinth speaks, else English."""
    env = os.environ if environ is None else environ
    for wanted in (env.get(LANG_ENV, ""), setting):
        code = shipped_code(wanted) if wanted else None
        if code is not None:
            return code
    system = QLocale.system().uiLanguages() if system_languages is None else system_languages
    for name in system:
        code = shipped_code(name)
        if code is not None:
            return code
    return "en"


def qm_path(code: str) -> str:
    """Plinth's compiled translation for ``code``."""
    return str(shipped_file(f"{I18N_DIR}/plinth_{code}.qm"))


def install(code: str) -> str:
    """Puts the window into ``code``'s language: Plinth's and Qt's own translations (standard
    dialogs' buttons), the locale for formats, and right-to-left layout where the language
    writes that way. Returns the code installed ("en" when ``code``'s file is missing).
    Replaces an earlier call's translators, so tests can go through every language."""
    qt_app = QCoreApplication.instance()
    for old in _installed.translators:
        if qt_app is not None:
            qt_app.removeTranslator(old)
    kept: list[QTranslator] = []
    if code == "en" and qt_app is not None:
        # English needs only its plural forms ("1 row", "2 rows" for the source's "%n row(s)").
        plurals = QTranslator(qt_app)
        if plurals.load(qm_path("en")):
            qt_app.installTranslator(plurals)
            kept.append(plurals)
    elif qt_app is not None:
        own = QTranslator(qt_app)
        if own.load(qm_path(code)):
            qt_app.installTranslator(own)
            kept.append(own)
            qt_base = QTranslator(qt_app)
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            # Qt's own (standard buttons, file dialogs); Plinth ships the few it shows where Qt has none (vi).
            if qt_base.load(f"qtbase_{code}", folder) or qt_base.load(
                str(shipped_file(f"{I18N_DIR}/qtbase_{code}.qm"))
            ):
                qt_app.installTranslator(qt_base)
                kept.append(qt_base)
        else:
            return install("en")
    locale = _ENGLISH if code == "en" else QLocale(code)
    QLocale.setDefault(locale)
    was_right_to_left = _installed.code in RIGHT_TO_LEFT
    right_to_left = code in RIGHT_TO_LEFT
    _installed.code, _installed.locale, _installed.translators = code, locale, kept
    if right_to_left or was_right_to_left:
        # Qt's namespace only when the direction changes: loading it costs the first paint ~25 ms.
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        if isinstance(qt_app, QApplication):
            qt_app.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
            )
    return code


def current_language() -> str:
    """The installed language's code ("en" before :func:`install`)."""
    return _installed.code


def locale() -> QLocale:
    """The installed language's locale (US English before :func:`install`)."""
    return _installed.locale


# -- text made in app/core ---------------------------------------------------------------

CORE_CONTEXT = "core"


def core_text(value: object) -> str:
    """Text from ``app/core`` (a string, a :class:`UiText`, or an exception carrying one) in the
    window's language; other strings (a model's output, a file name) come back as they are."""
    return _shown(value, frozenset())


def _shown(value: object, inside: frozenset[int]) -> str:
    """:func:`core_text`; ``inside``: the texts being shown around this one (a part recalled as the whole
    it belongs to is not shown again)."""
    if isinstance(value, BaseException):
        message = getattr(value, "message", None)
        hint = getattr(value, "hint", None)
        if isinstance(message, str) and isinstance(hint, str):
            return " ".join(part for part in (_shown(message, inside), _shown(hint, inside)) if part)
        value = value.args[0] if value.args and isinstance(value.args[0], str) else str(value)
    if isinstance(value, JoinedText):
        return value.separator.join(_shown(part, inside | {id(value)}) for part in value.parts)
    if isinstance(value, UiText):
        inner = inside | {id(value)}
        args = {key: _shown(arg, inner) if isinstance(arg, UiText) else arg for key, arg in value.args.items()}
        translated = translate(CORE_CONTEXT, value.template)
        try:
            return translated.format(**args) if args else translated
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return str(value)
    # A plain string may still be core's: a message that crossed a Qt signal as text (a worker's error) is
    # found again among the recent UiTexts, or recognised by its template (read back from a database); an
    # error title, by its translation in the "core" context; else the string itself (a model's output).
    text = str(value)
    if not text or current_language() == "en":
        return text
    made = recalled(text) or _recognised(text)
    if made is not None and id(made) not in inside:
        return _shown(made, inside | {id(made)})
    return translate(CORE_CONTEXT, text)


#: Letters a template must have outside its placeholders to be recognised in plain text ("{a}: {b}" is not).
_RECOGNISABLE = 12
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


@functools.cache
def _template_patterns() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """Core's templates (``resources/i18n/core_templates.json``, written by ``make i18n``) as patterns."""
    try:
        templates = json.loads(shipped_file(f"{I18N_DIR}/core_templates.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ()
    patterns = []
    for template in templates:
        literal = _PLACEHOLDER.sub("", template)
        if sum(c.isalpha() for c in literal) < _RECOGNISABLE:
            continue
        pieces = _PLACEHOLDER.split(template)
        regex = "".join(
            re.escape(piece) if i % 2 == 0 else f"(?P<{piece}>.+?)" if piece not in pieces[1:i:2] else f"(?P={piece})"
            for i, piece in enumerate(pieces)
        )
        # Its longest literal piece: a text without it is passed over without running the pattern.
        anchor = max(pieces[::2], key=len)
        patterns.append((anchor, re.compile(regex + r"\Z", re.DOTALL), template))
    return tuple(patterns)


@functools.lru_cache(maxsize=1024)
def _recognised(text: str) -> UiText | None:
    """The core message ``text`` is, recognised by its template: a reason read back from the documents'
    database, a saved run's note. Its values stay as they were (a name, a figure)."""
    if len(text) > 2000:
        return None
    for anchor, pattern, template in _template_patterns():
        if anchor not in text:
            continue
        found = pattern.match(text)
        if found is not None:
            return UiText(template, {key: _as_core(value) for key, value in found.groupdict().items()})
    return None


def _as_core(value: str) -> str:
    # A value that is itself one of core's words ("the file") is translated with the sentence; any other
    # value (a name, a figure) has no translation and stays as it is.
    return ui_text(value)


def error_title(error: BaseException) -> str:
    """A :class:`~app.core.errors.UserFacingError`'s title in the window's language."""
    title = getattr(error, "title", "")
    return translate(CORE_CONTEXT, title) if isinstance(title, str) and title else ""


# -- locale formats ----------------------------------------------------------------------


def number(value: float, decimals: int = 1) -> str:
    """``1,234.5`` (US), ``1.234,5`` (German), ``1 234,5`` (French)."""
    return locale().toString(float(value), "f", decimals)


def integer(value: int) -> str:
    """``12,345`` with the locale's digit grouping."""
    return locale().toString(int(value))


def percent(fraction: float, decimals: int = 1) -> str:
    """``91.0%`` for 0.91, in the locale's way (``91,0 %`` in French)."""
    loc = locale()
    return f"{loc.toString(fraction * 100, 'f', decimals)}{loc.percent()}"


def size(n_bytes: float, decimals: int = 1) -> str:
    """``1.4 GB``, ``350.0 MB``: decimal units, as disks and the Hub count."""
    return locale().formattedDataSize(int(n_bytes), decimals, QLocale.DataSizeFormat.DataSizeSIFormat)


def money(usd: float, decimals: int = 4) -> str:
    """A price in US dollars, ``$0.0012``; fractions of a cent keep their first digits."""
    if not usd:
        return locale().toCurrencyString(0.0, "$", 0)
    if abs(usd) < 10 ** (-decimals):
        decimals = min(10, max(decimals, len(f"{abs(usd):.10f}".rstrip("0").split(".")[1])))
    return locale().toCurrencyString(float(usd), "$", decimals)


def duration(seconds: float) -> str:
    """``0.42 s``, ``12 s``, ``3 min 20 s``, ``1 h 05 min``."""
    if seconds < 10:
        return f"{number(seconds, 2)} s"
    whole = int(round(seconds))
    if whole < 60:
        return f"{integer(whole)} s"
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{integer(minutes)} min {secs:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{integer(hours)} h {minutes:02d} min"


def date_time(value: datetime) -> str:
    """A date and time in the locale's short form."""
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))
    return locale().toString(moment, QLocale.FormatType.ShortFormat)


def day(value: Date) -> str:
    """A date in the locale's short form."""
    return locale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def metric(key: str, value: float | None) -> str:
    """One comparison metric for a table cell, the locale's way: "0.42 s", "$0.0012", "91.0%",
    "—" when unknown (the window's counterpart of ``app.core.compare.results.format_metric``)."""
    from app.core.compare.results import METRIC_INFO

    if value is None:
        return "—"
    unit = METRIC_INFO[key].unit
    if unit == "s":
        return f"{number(value, 2)} s"
    if unit in ("tok/s", "rows/min"):
        return f"{number(value, 1)} {translate('Units', unit)}"
    if unit == "tokens":
        return integer(int(value))
    if unit == "usd":
        return money(value)
    if unit == "bytes":
        return f"{integer(round(value / 1024**2))} MiB"
    return percent(value)


class _StatsLine(QObject):
    """The words of the line under an answer (a QObject: lupdate finds plurals only in ``self.tr``)."""

    def line(self, stats: Stats, priced: bool) -> str:
        parts = []
        if stats.ttft_s is not None:
            parts.append(self.tr("TTFT {seconds}").format(seconds=f"{number(stats.ttft_s, 2)} s"))
        if stats.tokens_per_s is not None:
            parts.append(f"{number(stats.tokens_per_s, 1)} {translate('Units', 'tok/s')}")
        from app.core.engines.base import ESTIMATE_MARK

        tokens_in = (ESTIMATE_MARK if stats.tokens_in_estimated else "") + integer(stats.tokens_in)
        figures = {"tokens_in": tokens_in, "tokens_out": integer(stats.tokens_out)}
        if stats.tokens_in_estimated:
            parts.append(self.tr("{tokens_in} in (estimated) / {tokens_out} out").format(**figures))
        else:
            parts.append(self.tr("{tokens_in} in / {tokens_out} out").format(**figures))
        if stats.cached_tokens:
            parts.append(self.tr("%n cached", None, stats.cached_tokens))
        if stats.cost_usd is not None:
            parts.append(money(stats.cost_usd))
        elif priced:
            parts.append(self.tr("cost unknown"))
        if stats.stop_reason == "length":
            parts.append(self.tr("stopped at length limit"))
        elif stats.stop_reason == "cancelled":
            parts.append(self.tr("stopped"))
        if stats.dropped_messages:
            parts.append(self.tr("%n earliest message(s) left out (context full)", None, stats.dropped_messages))
        return " · ".join(parts)


def stats_line(stats: Stats, priced: bool = False) -> str:
    """The line under an answer (``Stats.summary``) in the window's language and formats."""
    return _StatsLine().line(stats, priced)


# Units the window names after a number, marked for translation here.
_UNITS = (QT_TRANSLATE_NOOP("Units", "tok/s"), QT_TRANSLATE_NOOP("Units", "rows/min"))
