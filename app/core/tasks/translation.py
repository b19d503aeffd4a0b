"""Translation: requests that ask for a translation only, checks on what came back, whole files.

``translation_request`` builds the ChatRequest; ``check_translation`` looks
at an output for what a translation must keep (numbers, URLs, placeholders,
inline code, markdown structure, glossary terms) and for signs it went wrong
(another language, a suspicious length). ``translate_file`` does .txt, .md,
.srt and one column of a .csv chunk by chunk, keeping the file's structure.
"""

from __future__ import annotations

import csv
import io
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from app.core.cancel import Cancelled, CancelToken
from app.core.engines.base import ChatRequest, Engine, Message, Stats, complete
from app.core.errors import ContextTooLongError, InvalidRequestError
from app.core.files import write_text_atomic
from app.core.tasks.tables import DataFileError, read_table, read_text

Tone = Literal["neutral", "formal", "informal"]
TONES: tuple[Tone, ...] = ("neutral", "formal", "informal")

WarningKind = Literal["numbers", "urls", "placeholders", "code", "markdown", "glossary", "language", "length", "empty"]


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1 where one exists ("en", "zh", "pt")
    name: str  # English name ("Chinese (Simplified)")
    #: The name in the language itself, for the picker ("Deutsch").
    native: str = ""
    #: The script its text is written in, for the language check.
    script: str = "Latin"

    @property
    def label(self) -> str:
        """How a picker shows it: "German (Deutsch)"."""
        return f"{self.name} ({self.native})" if self.native and self.native != self.name else self.name


def _lang(code: str, name: str, native: str, script: str = "Latin") -> Language:
    return Language(code, name, native, script)


#: The languages a person can pick, ordered by English name.
LANGUAGES: tuple[Language, ...] = tuple(
    sorted(
        (
            _lang("ar", "Arabic", "العربية", "Arabic"),
            _lang("bg", "Bulgarian", "български", "Cyrillic"),
            _lang("bn", "Bengali", "বাংলা", "Bengali"),
            _lang("ca", "Catalan", "català"),
            _lang("cs", "Czech", "čeština"),
            _lang("da", "Danish", "dansk"),
            _lang("de", "German", "Deutsch"),
            _lang("el", "Greek", "Ελληνικά", "Greek"),
            _lang("en", "English", "English"),
            _lang("es", "Spanish", "español"),
            _lang("et", "Estonian", "eesti"),
            _lang("fa", "Persian", "فارسی", "Arabic"),
            _lang("fi", "Finnish", "suomi"),
            _lang("fr", "French", "français"),
            _lang("he", "Hebrew", "עברית", "Hebrew"),
            _lang("hi", "Hindi", "हिन्दी", "Devanagari"),
            _lang("hr", "Croatian", "hrvatski"),
            _lang("hu", "Hungarian", "magyar"),
            _lang("id", "Indonesian", "Bahasa Indonesia"),
            _lang("it", "Italian", "italiano"),
            _lang("ja", "Japanese", "日本語", "Japanese"),
            _lang("ko", "Korean", "한국어", "Hangul"),
            _lang("lt", "Lithuanian", "lietuvių"),
            _lang("lv", "Latvian", "latviešu"),
            _lang("ms", "Malay", "Bahasa Melayu"),
            _lang("nb", "Norwegian", "norsk bokmål"),
            _lang("nl", "Dutch", "Nederlands"),
            _lang("pl", "Polish", "polski"),
            _lang("pt", "Portuguese", "português"),
            _lang("ro", "Romanian", "română"),
            _lang("ru", "Russian", "русский", "Cyrillic"),
            _lang("sk", "Slovak", "slovenčina"),
            _lang("sl", "Slovenian", "slovenščina"),
            _lang("sr", "Serbian", "српски", "Cyrillic"),
            _lang("sv", "Swedish", "svenska"),
            _lang("sw", "Swahili", "Kiswahili"),
            _lang("ta", "Tamil", "தமிழ்", "Tamil"),
            _lang("th", "Thai", "ไทย", "Thai"),
            _lang("tl", "Filipino", "Filipino"),
            _lang("tr", "Turkish", "Türkçe"),
            _lang("uk", "Ukrainian", "українська", "Cyrillic"),
            _lang("ur", "Urdu", "اردو", "Arabic"),
            _lang("vi", "Vietnamese", "Tiếng Việt"),
            _lang("zh", "Chinese (Simplified)", "简体中文", "Han"),
            _lang("zh-Hant", "Chinese (Traditional)", "繁體中文", "Han"),
        ),
        key=lambda language: language.name,
    )
)


def find_language(value: str | Language) -> Language:
    """The language with this code or name (case-insensitive); ``UserFacingError`` naming a few otherwise."""
    if isinstance(value, Language):
        return value
    key = value.strip().casefold()
    for language in LANGUAGES:
        if key in (language.code.casefold(), language.name.casefold(), language.native.casefold()):
            return language
    # "Chinese" alone, "Norwegian Bokmål", "pt-BR": the first language whose name or code starts so.
    for language in LANGUAGES:
        if language.name.casefold().startswith(key) or key.startswith(language.code.casefold() + "-"):
            return language
    raise InvalidRequestError(
        f"Unknown language {value!r}.",
        "Give a language code or English name, such as de, fr, ja or Spanish "
        f"({len(LANGUAGES)} are known: `plinth translate --list-languages` shows them).",
    )


@dataclass(frozen=True)
class GlossaryEntry:
    source: str
    target: str


#: First-row cells that mark a glossary CSV's header.
_GLOSSARY_HEADERS = {"source", "target", "term", "terms", "translation", "from", "to", "src", "tgt", "original"}


@dataclass(frozen=True)
class Glossary:
    entries: tuple[GlossaryEntry, ...] = ()

    @classmethod
    def of(cls, pairs: Sequence[tuple[str, str]] | Glossary) -> Glossary:
        if isinstance(pairs, Glossary):
            return pairs
        entries = []
        for source, target in pairs:
            if source.strip() and target.strip():
                entries.append(GlossaryEntry(source.strip(), target.strip()))
        return cls(tuple(entries))

    @classmethod
    def from_csv(cls, path: Path) -> Glossary:
        """Two columns, source term and target term; a header row is recognised and skipped.

        Raises ``UserFacingError`` naming the file and row for a row that
        does not have two non-empty cells.
        """
        path = Path(path)
        text, _ = read_text(path)
        sample = text[:8192]
        try:
            delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = "\t" if "\t" in sample else ","
        entries = []
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            for number, row in enumerate(reader, 1):
                cells = [c.strip() for c in row]
                if not any(cells):
                    continue
                if number == 1 and {c.casefold() for c in cells if c} & _GLOSSARY_HEADERS:
                    continue
                if len([c for c in cells if c]) != 2 or not (cells[0] and cells[1]):
                    raise DataFileError(
                        f"{path.name} row {number} has {len([c for c in cells if c])} non-empty cells; "
                        "a glossary row needs exactly two: the source term and its translation.",
                        "Fix that row, or remove it.",
                    )
                entries.append(GlossaryEntry(cells[0], cells[1]))
        except csv.Error as exc:
            raise DataFileError(
                f"{path.name} line {reader.line_num} is not valid CSV ({exc}).", "Check its quotes."
            ) from None
        if not entries:
            raise DataFileError(f"{path.name} has no glossary entries.", "Put one term pair per row: source,target.")
        return cls(tuple(entries))

    def relevant(self, text: str) -> tuple[GlossaryEntry, ...]:
        """The entries whose source term occurs in ``text`` (case-insensitive, whole words)."""
        return tuple(e for e in self.entries if _contains_term(text, e.source))

    def __len__(self) -> int:
        return len(self.entries)


def _contains_term(text: str, term: str) -> bool:
    # Whole words where the term starts and ends with a word character; CJK has no word boundaries.
    pattern = re.escape(term.casefold())
    if _is_cjk(term):
        return re.search(pattern, text.casefold()) is not None
    return re.search(rf"(?<!\w){pattern}(?!\w)", text.casefold()) is not None


@dataclass(frozen=True)
class TranslationOptions:
    target: str  # a code or a name: find_language() resolves it
    source: str | None = None  # None: the model detects it
    tone: Tone = "neutral"
    glossary: Glossary = field(default_factory=Glossary)
    temperature: float = 0.2
    seed: int | None = None
    max_tokens: int | None = None  # None: sized from the text


_TONES = {
    "neutral": "",
    "formal": "Use a formal register (polite forms of address, no contractions or slang).",
    "informal": "Use an informal, friendly register (familiar forms of address where the language has them).",
}


def translation_request(
    text: str,
    target: str | Language,
    source: str | Language | None = None,
    *,
    tone: Tone = "neutral",
    glossary: Glossary | Sequence[tuple[str, str]] = (),
    temperature: float = 0.2,
    seed: int | None = None,
    max_tokens: int | None = None,
) -> ChatRequest:
    """A request whose answer is the translation of ``text`` and nothing else."""
    if not text.strip():
        raise InvalidRequestError("The text to translate is empty.", "Type or paste some text.")
    if tone not in _TONES:
        raise InvalidRequestError(f"Unknown tone {tone!r}.", f"Pick one of: {', '.join(TONES)}.")
    to = find_language(target)
    src = find_language(source) if source else None
    lines = [
        "You are a professional translator.",
        f"Translate the user's text from {src.name} into {to.name}." if src
        else f"Translate the user's text into {to.name}; detect its language yourself.",
    ]  # fmt: skip
    if _TONES[tone]:
        lines.append(_TONES[tone])
    lines.append(
        "Keep numbers, URLs, placeholders such as {name}, {{name}}, %s or %d, inline `code`, "
        "markdown formatting and line breaks exactly as they are."
    )
    terms = Glossary.of(glossary).relevant(text)
    if terms:
        lines.append("Use these translations for these terms:")
        lines.extend(f"- {e.source} → {e.target}" for e in terms)
    lines.append("Reply with the translation only: no introduction, no notes, no quotes around it.")
    return ChatRequest(
        messages=(Message("system", "\n".join(lines)), Message("user", text)),
        max_tokens=max_tokens or _answer_budget(text),
        temperature=temperature,
        seed=seed,
    ).validate()


def _answer_budget(text: str) -> int:
    # A token is rarely shorter than one character, except in scripts a
    # tokenizer knows badly; twice the length plus room covers those.
    return 64 + 2 * len(text)


_PREAMBLE = re.compile(
    r"^\s*(?:here\s+is\s+|here's\s+)?(?:the\s+)?(?:\w+\s+)?translation(?:\s+\w+){0,3}\s*:\s*", re.IGNORECASE
)


def clean_output(source_text: str, output: str) -> str:
    """The translation without what small models wrap around it ("Translation:", quotes)."""
    text = output.strip()
    match = _PREAMBLE.match(text)
    if match and not _PREAMBLE.match(source_text):
        text = text[match.end() :].lstrip()
    src = source_text.strip()
    if text.startswith("```") and text.endswith("```") and not src.startswith("```") and len(text) > 6:
        text = re.sub(r"^```[^\n]*\n?", "", text)[:-3].strip()
    for left, right in ('""', "“”", "«»", "„“", "''", "「」"):
        if len(text) > 1 and text[0] == left and text[-1] == right and not (src[:1] == left and src[-1:] == right):
            text = text[1:-1].strip()
            break
    # Keep the source's surrounding whitespace (paragraph structure of a file).
    lead = source_text[: len(source_text) - len(source_text.lstrip())]
    trail = source_text[len(source_text.rstrip()) :]
    return lead + text + trail if text else ""


@dataclass(frozen=True)
class TranslationWarning:
    kind: WarningKind
    message: str
    #: The items concerned (missing numbers, URLs, terms...).
    items: tuple[str, ...] = ()


# -- checks -------------------------------------------------------------------------

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
        return [TranslationWarning("empty", "The translation is empty.")] if source_text.strip() else []
    warnings: list[TranslationWarning] = []

    def missing(
        kind: WarningKind, what: str, src: Sequence[str], out: Sequence[str], shown_as: dict[str, str] | None = None
    ) -> None:
        lost = [shown_as.get(k, k) if shown_as else k for k in (Counter(src) - Counter(out)).elements()]
        if lost:
            shown = ", ".join(dict.fromkeys(lost))
            warnings.append(
                TranslationWarning(kind, f"{what} missing or changed in the translation: {shown}", tuple(lost))
            )

    src_plain, out_plain = _without_code_blocks(source_text), _without_code_blocks(output)
    src_urls, out_urls = _urls(src_plain), _urls(out_plain)
    missing("urls", "URLs", src_urls, out_urls)
    src_ph, out_ph = _placeholders(src_plain), _placeholders(out_plain)
    missing("placeholders", "Placeholders", src_ph, out_ph)
    src_code, out_code = _CODE.findall(src_plain), _CODE.findall(out_plain)
    missing("code", "Inline code", src_code, out_code)
    src_numbers = _numbers(src_plain)
    missing(
        "numbers",
        "Numbers",
        [k for k, _ in src_numbers],
        [k for k, _ in _numbers(out_plain)],
        dict(reversed(src_numbers)),
    )
    structure = []
    for what, pattern in (("headings", _HEADING), ("list items", _LIST_ITEM), ("code fences", _FENCE)):
        n_src = len(pattern.findall(source_text if pattern is _FENCE else src_plain))
        n_out = len(pattern.findall(output if pattern is _FENCE else out_plain))
        if n_src != n_out:
            structure.append(f"{what}: {n_src} in the source, {n_out} in the translation")
    if structure:
        warnings.append(
            TranslationWarning(
                "markdown", "Markdown structure changed: " + "; ".join(structure) + ".", tuple(structure)
            )
        )
    terms = [e for e in Glossary.of(glossary).relevant(source_text) if e.target.casefold() not in output.casefold()]
    if terms:
        shown = ", ".join(f"{e.source} → {e.target}" for e in terms)
        warnings.append(
            TranslationWarning("glossary", f"Glossary terms not used: {shown}", tuple(e.target for e in terms))
        )
    language = _language_warning(source_text, output, to)
    if language:
        warnings.append(language)
    src_len, out_len = _weighted_length(source_text), _weighted_length(output)
    if src_len >= LENGTH_MIN_SOURCE:
        ratio = out_len / src_len
        low, high = LENGTH_BOUNDS
        if ratio < low or ratio > high:
            how = "short" if ratio < low else "long"
            warnings.append(TranslationWarning(
                "length",
                f"The translation is suspiciously {how}: {ratio:.0%} of the source's length "
                f"(expected {low:.0%}–{high:.0%}); part may be missing or added.",
            ))  # fmt: skip
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


# -- language and script --------------------------------------------------------------

_SCRIPT_RANGES = (
    ("Cyrillic", 0x0400, 0x052F), ("Greek", 0x0370, 0x03FF), ("Hebrew", 0x0590, 0x05FF),
    ("Arabic", 0x0600, 0x06FF), ("Arabic", 0x0750, 0x077F), ("Arabic", 0xFB50, 0xFDFF), ("Arabic", 0xFE70, 0xFEFF),
    ("Devanagari", 0x0900, 0x097F), ("Bengali", 0x0980, 0x09FF), ("Tamil", 0x0B80, 0x0BFF),
    ("Thai", 0x0E00, 0x0E7F), ("Hangul", 0x1100, 0x11FF), ("Hangul", 0x3130, 0x318F), ("Hangul", 0xAC00, 0xD7AF),
    ("Kana", 0x3040, 0x30FF), ("Han", 0x3400, 0x4DBF), ("Han", 0x4E00, 0x9FFF), ("Han", 0xF900, 0xFAFF),
)  # fmt: skip


def _script_of(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    code = ord(ch)
    if code < 0x0250 or 0x1E00 <= code <= 0x1EFF:
        return "Latin"
    for name, low, high in _SCRIPT_RANGES:
        if low <= code <= high:
            return name
    return "Other"


def _scripts(text: str) -> Counter[str]:
    return Counter(s for s in map(_script_of, text) if s is not None)


def _is_cjk(text: str) -> bool:
    return any(_script_of(ch) in ("Han", "Kana", "Hangul") for ch in text)


def _weighted_length(text: str) -> float:
    # One Han, kana or Hangul character carries about what three Latin letters do.
    return sum(3.0 if _script_of(ch) in ("Han", "Kana", "Hangul") else 1.0 for ch in text if not ch.isspace())


#: The most common words of the Latin-script languages the check can tell apart.
_STOPWORDS: dict[str, frozenset[str]] = {
    code: frozenset(words.split())
    for code, words in {
        "en": "the and of to is in that it for you was with on are as have be this not but at by from they we his her",
        "fr": "le la les de des et est un une que qui dans pour pas sur au avec ce il elle nous vous sont du en",
        "de": "der die das und ist nicht ein eine zu den mit von sich auf für es ich sie wir dem auch im des",
        "es": "el la los las de y que en un una es por con para no se del lo al como pero más su muy",
        "it": "il lo la gli le di e che è un una per con non si del della sono al anche come ma nel",
        "pt": "o os a as de e que em um uma é para com não se do da dos das no na por mais mas",
        "nl": "de het een en van is dat niet op te in ik je met zijn voor er maar ook aan wat",
        "sv": "och att det som en är på för med inte av den till har jag de om ett men var",
        "da": "og at det som en er på for med ikke af den til har jeg de om et men var",
        "nb": "og at det som en er på for med ikke av den til har jeg de om et men var",
        "fi": "ja on ei se että hän oli ovat mutta kun niin tai myös vain ole mitä kuin jos",
        "pl": "i w nie na się to że jest z do jak co ale o tak po za od dla są",
        "cs": "a je se na v že to s z do jako pro ale jsou by o tak po od jsem",
        "tr": "ve bir bu da de için ile ne çok daha olarak gibi ama kadar değil var mı ben sen",
        "ro": "și de la în un o cu pe nu că este care din pentru mai sunt să sau",
        "hu": "a az és hogy nem egy is van meg de csak már mint el ki ez volt",
        "id": "dan yang di ini itu dengan untuk tidak dari dalam akan ada pada juga saya kami",
        "vi": "và của là có không được cho trong với một những các này người đã",
    }.items()
}


def detect_language(text: str) -> str | None:
    """A light guess at ``text``'s language code: script first, then common words.

    Says None when unsure (short texts, languages it has no word list for).
    It tells Latin-script languages apart only by their most common words,
    so it is a hint for a warning, not a language identifier.
    """
    scripts = _scripts(text)
    if not scripts:
        return None
    script, _ = scripts.most_common(1)[0]
    if script == "Han":
        return "ja" if scripts.get("Kana", 0) else "zh"
    by_script = {"Kana": "ja", "Hangul": "ko", "Greek": "el", "Hebrew": "he", "Thai": "th",
                 "Devanagari": "hi", "Bengali": "bn", "Tamil": "ta"}  # fmt: skip
    if script in by_script:
        return by_script[script]
    if script != "Latin":
        return None  # Cyrillic and Arabic scripts serve several languages alike
    ranked = _stopword_rates(text)
    if not ranked:
        return None
    (best, rate), *rest = ranked
    runner_up = rest[0][1] if rest else 0.0
    return best if rate >= 0.12 and rate > 1.5 * runner_up else None


def _stopword_rates(text: str) -> list[tuple[str, float]]:
    words = re.findall(r"[^\W\d_]+", text.casefold())
    if len(words) < 5:
        return []
    rates = [(code, sum(w in stop for w in words) / len(words)) for code, stop in _STOPWORDS.items()]
    return sorted(rates, key=lambda r: -r[1])


def _language_warning(source_text: str, output: str, to: Language) -> TranslationWarning | None:
    out_scripts = _scripts(_without_code_blocks(_URL.sub(" ", output)))
    letters = sum(out_scripts.values())
    if letters < 8:
        return None
    expected = {"Han", "Kana"} if to.script in ("Japanese", "Han") else {to.script}
    share = sum(out_scripts[s] for s in expected) / letters
    if share < 0.5:
        seen = out_scripts.most_common(1)[0][0]
        return TranslationWarning(
            "language",
            f"The translation does not look like {to.name}: it is written mostly in {seen} script, "
            f"not {'Chinese/Japanese' if to.script in ('Han', 'Japanese') else to.script}.",
        )
    if to.code == "ja" and not out_scripts.get("Kana") and letters >= 20:
        return TranslationWarning("language", "The translation looks like Chinese, not Japanese (no kana at all).")
    if to.script != "Latin":
        return None
    if output.strip() == source_text.strip() and detect_language(source_text) not in (None, to.code):
        return TranslationWarning("language", f"The output is the source text unchanged, not {to.name}.")
    ranked = dict(_stopword_rates(output))
    if not ranked or to.code not in _STOPWORDS:
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
        f"The translation looks like {names.get(guess, guess)}, not {to.name} (judged by common words; "
        "a hint, not certain).",
        (guess,),
    )


# -- one text --------------------------------------------------------------------------


@dataclass
class TranslationResult:
    text: str
    warnings: list[TranslationWarning]
    stats: Stats


def translate(
    engine: Engine,
    text: str,
    options: TranslationOptions,
    *,
    cancel: CancelToken | None = None,
    on_text: Callable[[str], None] | None = None,
) -> TranslationResult:
    """Translate one text (streaming deltas to ``on_text``) and check the result.

    Raises ``Cancelled`` when cancelled before the end.
    """
    request = translation_request(
        text,
        options.target,
        options.source,
        tone=options.tone,
        glossary=options.glossary,
        temperature=options.temperature,
        seed=options.seed,
        max_tokens=options.max_tokens,
    )
    try:
        completion = complete(engine, request, cancel, on_text)
    except ContextTooLongError as exc:
        # The engine's hint speaks of conversations; a long text has a better way out.
        raise ContextTooLongError(
            exc.message,
            "Translate it in parts, or save it as a .txt file and use Translate file…, "
            "which translates it paragraph by paragraph.",
        ) from None
    if completion.stats.stop_reason == "cancelled":
        raise Cancelled
    output = clean_output(text, completion.text)
    warnings = check_translation(text, output, options.target, options.glossary)
    if completion.stats.stop_reason == "length":
        warnings.insert(
            0, TranslationWarning("length", "The translation stopped at the answer length limit: it is cut off.")
        )
    return TranslationResult(output, warnings, completion.stats)


# -- files -------------------------------------------------------------------------------

FILE_KINDS = (".txt", ".md", ".srt", ".csv")
_MD_SUFFIXES = (".md", ".markdown")
_CSV_SUFFIXES = (".csv", ".tsv")


@dataclass(frozen=True)
class FileProgress:
    done: int
    total: int
    elapsed_s: float
    eta_s: float | None


@dataclass
class FileTranslationResult:
    output_path: Path
    chunks: int
    #: (chunk number, 1-based; warning) for every chunk's warnings.
    warnings: list[tuple[int, TranslationWarning]]
    stats: Stats


@dataclass
class _Segment:
    text: str
    translate: bool


def translate_file(
    engine: Engine,
    input_path: Path,
    output_path: Path,
    options: TranslationOptions,
    *,
    column: str | None = None,
    on_progress: Callable[[FileProgress], None] | None = None,
    cancel: CancelToken | None = None,
) -> FileTranslationResult:
    """Translate a file chunk by chunk into ``output_path``, keeping its structure.

    .txt and .md by paragraph (fenced code left as is), .srt by subtitle
    (indices and timestamps kept), .csv by row of ``column`` (required; the
    other columns kept). The output is written only when every chunk is
    done; raises ``Cancelled`` when cancelled, ``UserFacingError`` for an
    unreadable file or a missing column.
    """
    input_path, output_path = Path(input_path), Path(output_path)
    find_language(options.target)
    suffix = input_path.suffix.lower()
    if input_path.resolve() == output_path.resolve():
        raise InvalidRequestError(
            f"The output file {output_path.name} is the input file.", "Pick another name for the translation."
        )
    if suffix in _CSV_SUFFIXES:
        return _translate_csv(engine, input_path, output_path, options, column, on_progress, cancel)
    if column is not None:
        raise InvalidRequestError(
            f"A column ({column!r}) was given, but {input_path.name} is not a CSV file.",
            "Leave out the column, or pick a .csv file.",
        )
    text, _ = read_text(input_path)
    if suffix == ".srt":
        segments = _srt_segments(text, input_path)
    elif suffix in _MD_SUFFIXES:
        segments = _markdown_segments(text)
    elif suffix == ".txt":
        segments = _paragraph_segments(text)
    else:
        raise InvalidRequestError(
            f"{input_path.name}: Plinth translates .txt, .md, .srt and .csv files, not {suffix or 'files without an extension'}.",
            "Save the text as one of those first.",
        )
    jobs = [s for s in segments if s.translate]
    warnings: list[tuple[int, TranslationWarning]] = []
    total_stats = Stats()
    for number, (_segment, translated, stats, found) in enumerate(
        _run_chunks(engine, [s.text for s in jobs], options, on_progress, cancel), 1
    ):
        segment_obj = jobs[number - 1]
        segment_obj.text = translated
        warnings.extend((number, w) for w in found)
        _add_stats(total_stats, stats)
    write_text_atomic(output_path, "".join(s.text for s in segments))
    return FileTranslationResult(output_path, len(jobs), warnings, total_stats)


def _run_chunks(
    engine: Engine,
    texts: Sequence[str],
    options: TranslationOptions,
    on_progress: Callable[[FileProgress], None] | None,
    cancel: CancelToken | None,
) -> Iterator[tuple[str, str, Stats, list[TranslationWarning]]]:
    start = time.perf_counter()
    total = len(texts)
    if on_progress is not None:
        on_progress(FileProgress(0, total, 0.0, None))
    for done, text in enumerate(texts, 1):
        if cancel is not None and cancel.cancelled:
            raise Cancelled
        try:
            result = translate(engine, text, options, cancel=cancel)
        except ContextTooLongError as exc:
            raise ContextTooLongError(
                f"Part {done} of {total} of the file is too long for this model: {exc.message}",
                "Split that part with blank lines (each paragraph goes on its own), or use a model "
                "with a longer context.",
            ) from None
        yield text, result.text, result.stats, result.warnings
        if on_progress is not None:
            elapsed = time.perf_counter() - start
            eta = elapsed / done * (total - done)
            on_progress(FileProgress(done, total, elapsed, eta))


def _add_stats(total: Stats, stats: Stats) -> None:
    total.tokens_in += stats.tokens_in
    total.tokens_out += stats.tokens_out
    total.wall_s += stats.wall_s
    if stats.cost_usd is not None:
        total.cost_usd = (total.cost_usd or 0.0) + stats.cost_usd


def _paragraph_segments(text: str) -> list[_Segment]:
    """Paragraphs (split at blank lines) to translate, the blank lines between them kept as they are."""
    segments = []
    for part in re.split(r"(\n[ \t]*\n(?:[ \t]*\n)*)", text):
        if not part:
            continue
        segments.append(_Segment(part, bool(part.strip()) and not re.fullmatch(r"\s*", part)))
    return segments


def _markdown_segments(text: str) -> list[_Segment]:
    """Paragraph blocks, with fenced code blocks, front matter and HTML comments kept untranslated."""
    segments: list[_Segment] = []
    lines = text.splitlines(keepends=True)
    block: list[str] = []

    def flush() -> None:
        if block:
            segments.extend(_paragraph_segments("".join(block)))
            block.clear()

    i = 0
    if lines and lines[0].strip() == "---":  # YAML front matter
        for j in range(1, len(lines)):
            if lines[j].strip() in ("---", "..."):
                segments.append(_Segment("".join(lines[: j + 1]), False))
                i = j + 1
                break
    while i < len(lines):
        line = lines[i]
        fence = re.match(r"^\s{0,3}(`{3,}|~{3,})", line)
        if fence:
            flush()
            marker = fence.group(1)
            j = i + 1
            while j < len(lines) and not lines[j].lstrip().startswith(marker):
                j += 1
            segments.append(_Segment("".join(lines[i : j + 1]), False))
            i = j + 1
            continue
        block.append(line)
        i += 1
    flush()
    return segments


_SRT_TIME = re.compile(r"^\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}")


def _srt_segments(text: str, path: Path) -> list[_Segment]:
    """Each subtitle's text lines to translate; indices, timestamps and blank lines kept."""
    segments: list[_Segment] = []
    lines = text.splitlines(keepends=True)
    i = 0
    cues = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            segments.append(_Segment(line, False))
            i += 1
            continue
        # A cue: an index line (optional in the wild), a timing line, text lines up to a blank one.
        head = []
        if line.strip().isdigit() and i + 1 < len(lines):
            head.append(line)
            i += 1
        if not _SRT_TIME.match(lines[i]):
            raise DataFileError(
                f"{path.name} line {i + 1} should be a subtitle's timing (00:00:01,000 --> 00:00:02,000) "
                f"but reads {lines[i].strip()[:40]!r}.",
                "Check that the file is a valid .srt subtitle file.",
            )
        head.append(lines[i])
        i += 1
        segments.append(_Segment("".join(head), False))
        body = []
        while i < len(lines) and lines[i].strip():
            body.append(lines[i])
            i += 1
        if body:
            joined = "".join(body)
            core = joined.rstrip("\r\n")
            segments.append(_Segment(core, True))
            segments.append(_Segment(joined[len(core) :], False))
        cues += 1
    if not cues:
        raise DataFileError(f"{path.name} has no subtitles.", "Check that the file is a valid .srt subtitle file.")
    return segments


def _translate_csv(
    engine: Engine,
    input_path: Path,
    output_path: Path,
    options: TranslationOptions,
    column: str | None,
    on_progress: Callable[[FileProgress], None] | None,
    cancel: CancelToken | None,
) -> FileTranslationResult:
    table = read_table(input_path)
    if column is None:
        raise InvalidRequestError(
            f"{input_path.name} is a CSV file: say which column to translate.",
            f"Its columns are: {', '.join(repr(c) for c in table.columns)}.",
        )
    column = table.require(column)
    indices = [i for i, row in enumerate(table.rows) if row[column].strip()]
    rows = [dict(row) for row in table.rows]
    warnings: list[tuple[int, TranslationWarning]] = []
    total_stats = Stats()
    texts = [rows[i][column] for i in indices]
    for number, (_, translated, stats, found) in enumerate(_run_chunks(engine, texts, options, on_progress, cancel), 1):
        rows[indices[number - 1]][column] = translated
        warnings.extend((number, w) for w in found)
        _add_stats(total_stats, stats)
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=list(table.columns), delimiter=table.delimiter, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    write_text_atomic(output_path, out.getvalue())
    return FileTranslationResult(output_path, len(indices), warnings, total_stats)


__all__ = [
    "FILE_KINDS", "LANGUAGES", "TONES", "Cancelled", "FileProgress", "FileTranslationResult", "Glossary",
    "GlossaryEntry", "Language", "TranslationOptions", "TranslationResult", "TranslationWarning",
    "check_translation", "clean_output", "detect_language", "find_language", "translate", "translate_file",
    "translation_request",
]  # fmt: skip


def translation_settings(options: TranslationOptions) -> dict[str, object]:
    """What the history keeps, beside a translation, of the options it was made with."""
    return {
        "tone": options.tone,
        "temperature": options.temperature,
        "seed": options.seed,
        "max_tokens": options.max_tokens,
        "glossary": [[entry.source, entry.target] for entry in options.glossary.entries],
    }
