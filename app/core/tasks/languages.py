"""The languages a person can translate into, and a light guess at a text's language from its script and common words."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from app.core.errors import InvalidRequestError
from app.core.ui_text import ui_text


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


#: The languages a person can pick, ordered by English name.
LANGUAGES: tuple[Language, ...] = tuple(
    sorted(
        (
            Language("ar", "Arabic", "العربية", "Arabic"),
            Language("bg", "Bulgarian", "български", "Cyrillic"),
            Language("bn", "Bengali", "বাংলা", "Bengali"),
            Language("ca", "Catalan", "català"),
            Language("cs", "Czech", "čeština"),
            Language("da", "Danish", "dansk"),
            Language("de", "German", "Deutsch"),
            Language("el", "Greek", "Ελληνικά", "Greek"),
            Language("en", "English", "English"),
            Language("es", "Spanish", "español"),
            Language("et", "Estonian", "eesti"),
            Language("fa", "Persian", "فارسی", "Arabic"),
            Language("fi", "Finnish", "suomi"),
            Language("fr", "French", "français"),
            Language("he", "Hebrew", "עברית", "Hebrew"),
            Language("hi", "Hindi", "हिन्दी", "Devanagari"),
            Language("hr", "Croatian", "hrvatski"),
            Language("hu", "Hungarian", "magyar"),
            Language("id", "Indonesian", "Bahasa Indonesia"),
            Language("it", "Italian", "italiano"),
            Language("ja", "Japanese", "日本語", "Japanese"),
            Language("ko", "Korean", "한국어", "Hangul"),
            Language("lt", "Lithuanian", "lietuvių"),
            Language("lv", "Latvian", "latviešu"),
            Language("ms", "Malay", "Bahasa Melayu"),
            Language("nb", "Norwegian", "norsk bokmål"),
            Language("nl", "Dutch", "Nederlands"),
            Language("pl", "Polish", "polski"),
            Language("pt", "Portuguese", "português"),
            Language("ro", "Romanian", "română"),
            Language("ru", "Russian", "русский", "Cyrillic"),
            Language("sk", "Slovak", "slovenčina"),
            Language("sl", "Slovenian", "slovenščina"),
            Language("sr", "Serbian", "српски", "Cyrillic"),
            Language("sv", "Swedish", "svenska"),
            Language("sw", "Swahili", "Kiswahili"),
            Language("ta", "Tamil", "தமிழ்", "Tamil"),
            Language("th", "Thai", "ไทย", "Thai"),
            Language("tl", "Filipino", "Filipino"),
            Language("tr", "Turkish", "Türkçe"),
            Language("uk", "Ukrainian", "українська", "Cyrillic"),
            Language("ur", "Urdu", "اردو", "Arabic"),
            Language("vi", "Vietnamese", "Tiếng Việt"),
            Language("zh", "Chinese (Simplified)", "简体中文", "Han"),
            Language("zh-Hant", "Chinese (Traditional)", "繁體中文", "Han"),
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
        ui_text("Unknown language {language}.", language=repr(value)),
        ui_text(
            "Give a language code or English name, such as de, fr, ja or Spanish "
            "({count} are known: `plinth translate --list-languages` shows them).",
            count=len(LANGUAGES),
        ),
    )


_SCRIPT_RANGES = (
    ("Cyrillic", 0x0400, 0x052F), ("Greek", 0x0370, 0x03FF), ("Hebrew", 0x0590, 0x05FF),
    ("Arabic", 0x0600, 0x06FF), ("Arabic", 0x0750, 0x077F), ("Arabic", 0xFB50, 0xFDFF), ("Arabic", 0xFE70, 0xFEFF),
    ("Devanagari", 0x0900, 0x097F), ("Bengali", 0x0980, 0x09FF), ("Tamil", 0x0B80, 0x0BFF),
    ("Thai", 0x0E00, 0x0E7F), ("Hangul", 0x1100, 0x11FF), ("Hangul", 0x3130, 0x318F), ("Hangul", 0xAC00, 0xD7AF),
    ("Kana", 0x3040, 0x30FF), ("Han", 0x3400, 0x4DBF), ("Han", 0x4E00, 0x9FFF), ("Han", 0xF900, 0xFAFF),
)  # fmt: skip


def script_of(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    code = ord(ch)
    if code < 0x0250 or 0x1E00 <= code <= 0x1EFF:
        return "Latin"
    for name, low, high in _SCRIPT_RANGES:
        if low <= code <= high:
            return name
    return "Other"


def script_counts(text: str) -> Counter[str]:
    return Counter(s for s in map(script_of, text) if s is not None)


def is_cjk(text: str) -> bool:
    return any(script_of(ch) in ("Han", "Kana", "Hangul") for ch in text)


def weighted_length(text: str) -> float:
    # One Han, kana or Hangul character carries about what three Latin letters do.
    return sum(3.0 if script_of(ch) in ("Han", "Kana", "Hangul") else 1.0 for ch in text if not ch.isspace())


#: The most common words of the Latin-script languages the check can tell apart.
STOPWORDS: dict[str, frozenset[str]] = {
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
    scripts = script_counts(text)
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
    ranked = stopword_rates(text)
    if not ranked:
        return None
    (best, rate), *rest = ranked
    runner_up = rest[0][1] if rest else 0.0
    return best if rate >= 0.12 and rate > 1.5 * runner_up else None


def stopword_rates(text: str) -> list[tuple[str, float]]:
    words = re.findall(r"[^\W\d_]+", text.casefold())
    if len(words) < 5:
        return []
    rates = [(code, sum(w in stop for w in words) / len(words)) for code, stop in STOPWORDS.items()]
    return sorted(rates, key=lambda r: -r[1])
