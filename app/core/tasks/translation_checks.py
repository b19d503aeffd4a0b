"""What looks wrong in a translation: what it must keep (numbers, URLs, placeholders, inline code, markdown
structure, glossary terms) and signs it went wrong (another language, a suspicious length)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from app.core.tasks.glossary import Glossary
from app.core.tasks.languages import (
    LANGUAGES,
    STOPWORDS,
    Language,
    detect_language,
    find_language,
    script_counts,
    stopword_rates,
    weighted_length,
)
from app.core.ui_text import ui_join, ui_text

WarningKind = Literal["numbers", "urls", "placeholders", "code", "markdown", "glossary", "language", "length", "empty"]


@dataclass(frozen=True)
class TranslationWarning:
    kind: WarningKind
    message: str
    #: The items concerned (missing numbers, URLs, terms...).
    items: tuple[str, ...] = ()


_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\"'`\]\[]+", re.IGNORECASE)
_DOUBLE_BRACE = re.compile(r"\{\{\s*[^{}\s]+\s*\}\}")
_BRACE = re.compile(r"\{[\w.\[\]]*(?::[^{}\s]*)?\}")
_PRINTF = re.compile(r"%(?:\(\w+\)|\d+\$)?[-+0#]*\d*(?:\.\d+)?[sdifuxXeEgGc@]")
_CODE = re.compile(r"`[^`\n]+`")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)", re.MULTILINE)
_FENCED_BLOCK = re.compile(r"^\s{0,3}(```|~~~)[^\n]*\n.*?^\s{0,3}\1[^\n]*$", re.MULTILINE | re.DOTALL)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+\S", re.MULTILINE)
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\S", re.MULTILINE)
_NUMBER = re.compile(r"\d+(?:[.,'\u00a0\u202f]\d+)*")
#: Length ratios (output / source, in weighted characters) that look wrong.
LENGTH_BOUNDS = (0.33, 3.0)
#: Sources shorter than this (weighted characters) are not judged by length.
LENGTH_MIN_SOURCE = 20


def check_translation(
    source_text: str,
    output: str,
    target: str | Language,
    glossary: Glossary | Sequence[tuple[str, str]] = (),
) -> list[TranslationWarning]:
    """What looks wrong with ``output`` as a translation of ``source_text``; empty when nothing does."""
    to = find_language(target)
    if not output.strip():
        return [TranslationWarning("empty", ui_text("The translation is empty."))] if source_text.strip() else []
    warnings: list[TranslationWarning] = []

    def missing(
        kind: WarningKind, what: str, src: Sequence[str], out: Sequence[str], shown_as: dict[str, str] | None = None
    ) -> None:
        lost = [shown_as.get(k, k) if shown_as else k for k in (Counter(src) - Counter(out)).elements()]
        if lost:
            shown = ", ".join(dict.fromkeys(lost))
            warnings.append(
                TranslationWarning(
                    kind,
                    ui_text("{what} missing or changed in the translation: {shown}", what=what, shown=shown),
                    tuple(lost),
                )
            )

    src_plain, out_plain = _without_code_blocks(source_text), _without_code_blocks(output)
    src_urls, out_urls = _urls(src_plain), _urls(out_plain)
    missing("urls", ui_text("URLs"), src_urls, out_urls)
    src_ph, out_ph = _placeholders(src_plain), _placeholders(out_plain)
    missing("placeholders", ui_text("Placeholders"), src_ph, out_ph)
    src_code, out_code = _CODE.findall(src_plain), _CODE.findall(out_plain)
    missing("code", ui_text("Inline code"), src_code, out_code)
    src_numbers = _numbers(src_plain)
    missing(
        "numbers",
        ui_text("Numbers"),
        [k for k, _ in src_numbers],
        [k for k, _ in _numbers(out_plain)],
        dict(reversed(src_numbers)),
    )
    structure: list[str] = []
    parts = ((ui_text("headings"), _HEADING), (ui_text("list items"), _LIST_ITEM), (ui_text("code fences"), _FENCE))
    for what, pattern in parts:
        n_src = len(pattern.findall(source_text if pattern is _FENCE else src_plain))
        n_out = len(pattern.findall(output if pattern is _FENCE else out_plain))
        if n_src != n_out:
            structure.append(
                ui_text(
                    "{what}: {source} in the source, {output} in the translation", what=what, source=n_src, output=n_out
                )
            )
    if structure:
        warnings.append(
            TranslationWarning(
                "markdown",
                ui_text("Markdown structure changed: {changes}.", changes=ui_join(structure, "; ")),
                tuple(structure),
            )
        )
    terms = [e for e in Glossary.of(glossary).relevant(source_text) if e.target.casefold() not in output.casefold()]
    if terms:
        shown = ", ".join(f"{e.source} → {e.target}" for e in terms)
        warnings.append(
            TranslationWarning(
                "glossary", ui_text("Glossary terms not used: {terms}", terms=shown), tuple(e.target for e in terms)
            )
        )
    language = _language_warning(source_text, output, to)
    if language:
        warnings.append(language)
    src_len, out_len = weighted_length(source_text), weighted_length(output)
    if src_len >= LENGTH_MIN_SOURCE:
        ratio = out_len / src_len
        low, high = LENGTH_BOUNDS
        if ratio < low or ratio > high:
            figures = {"ratio": f"{ratio:.0%}", "low": f"{low:.0%}", "high": f"{high:.0%}"}
            message = (
                ui_text(
                    "The translation is suspiciously short: {ratio} of the source's length "
                    "(expected {low}–{high}); part may be missing or added.",
                    **figures,
                )
                if ratio < low
                else ui_text(
                    "The translation is suspiciously long: {ratio} of the source's length "
                    "(expected {low}–{high}); part may be missing or added.",
                    **figures,
                )
            )
            warnings.append(TranslationWarning("length", message))
    return warnings


def _without_code_blocks(text: str) -> str:
    return _FENCED_BLOCK.sub("", text)


def _urls(text: str) -> list[str]:
    return [u.rstrip(".,;:!?") for u in _URL.findall(text)]


def _placeholders(text: str) -> list[str]:
    text = _URL.sub(" ", text)
    doubles = _DOUBLE_BRACE.findall(text)
    singles = _BRACE.findall(_DOUBLE_BRACE.sub(" ", text))
    return [*doubles, *singles, *_PRINTF.findall(text)]


def _numbers(text: str) -> list[tuple[str, str]]:
    """(digits alone, as written) for each number: "1,000.5" and "1.000,5" (German) agree."""
    text = _CODE.sub(" ", _URL.sub(" ", text))
    for pattern in (_DOUBLE_BRACE, _BRACE, _PRINTF):
        text = pattern.sub(" ", text)
    found = []
    for match in _NUMBER.findall(text):
        digits = "".join(str(unicodedata.digit(ch)) for ch in match if ch.isdigit())
        found.append((digits.lstrip("0") or "0", match))
    return found


def _language_warning(source_text: str, output: str, to: Language) -> TranslationWarning | None:
    out_scripts = script_counts(_without_code_blocks(_URL.sub(" ", output)))
    letters = sum(out_scripts.values())
    if letters < 8:
        return None
    expected = {"Han", "Kana"} if to.script in ("Japanese", "Han") else {to.script}
    share = sum(out_scripts[s] for s in expected) / letters
    if share < 0.5:
        seen = out_scripts.most_common(1)[0][0]
        return TranslationWarning(
            "language",
            ui_text(
                "The translation does not look like {language}: it is written mostly in {seen} script, not {expected}.",
                language=to.name,
                seen=seen,
                expected="Chinese/Japanese" if to.script in ("Han", "Japanese") else to.script,
            ),
        )
    if to.code == "ja" and not out_scripts.get("Kana") and letters >= 20:
        return TranslationWarning(
            "language", ui_text("The translation looks like Chinese, not Japanese (no kana at all).")
        )
    if to.script != "Latin":
        return None
    if output.strip() == source_text.strip() and detect_language(source_text) not in (None, to.code):
        return TranslationWarning(
            "language", ui_text("The output is the source text unchanged, not {language}.", language=to.name)
        )
    ranked = dict(stopword_rates(output))
    if not ranked or to.code not in STOPWORDS:
        return None
    guess = detect_language(output)
    close = {"da": {"nb", "sv"}, "nb": {"da", "sv"}, "sv": {"da", "nb"}, "es": {"pt"}, "pt": {"es"}}
    if guess is None or guess == to.code or guess in close.get(to.code, ()):
        return None
    if ranked[to.code] * 2 >= ranked[guess]:
        return None
    names = {language.code: language.name for language in LANGUAGES}
    return TranslationWarning(
        "language",
        ui_text(
            "The translation looks like {guess}, not {language} (judged by common words; a hint, not certain).",
            guess=names.get(guess, guess),
            language=to.name,
        ),
        (guess,),
    )
