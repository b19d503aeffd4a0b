"""Translation: requests that ask for a translation only, and one text translated and checked.

``translation_request`` builds the ChatRequest; ``translate`` streams it,
strips what small models wrap around the answer (``clean_output``) and checks
the result (``translation_checks``). Languages, glossaries and whole files
have modules of their own beside this one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from app.core.cancel import Cancelled, CancelToken
from app.core.engines.base import ChatRequest, Engine, Message, Stats, complete
from app.core.errors import ContextTooLongError, InvalidRequestError
from app.core.tasks.glossary import Glossary
from app.core.tasks.languages import Language, find_language
from app.core.tasks.translation_checks import TranslationWarning, check_translation
from app.core.ui_text import ui_text

Tone = Literal["neutral", "formal", "informal"]
TONES: tuple[Tone, ...] = ("neutral", "formal", "informal")


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
        raise InvalidRequestError(ui_text("The text to translate is empty."), ui_text("Type or paste some text."))
    if tone not in _TONES:
        raise InvalidRequestError(
            ui_text("Unknown tone {tone}.", tone=repr(tone)), ui_text("Pick one of: {tones}.", tones=", ".join(TONES))
        )
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
            ui_text(
                "Translate it in parts, or save it as a .txt file and use Translate file…, "
                "which translates it paragraph by paragraph."
            ),
        ) from None
    if completion.stats.stop_reason == "cancelled":
        raise Cancelled
    output = clean_output(text, completion.text)
    warnings = check_translation(text, output, options.target, options.glossary)
    if completion.stats.stop_reason == "length":
        warnings.insert(
            0,
            TranslationWarning("length", ui_text("The translation stopped at the answer length limit: it is cut off.")),
        )
    return TranslationResult(output, warnings, completion.stats)


def translation_settings(options: TranslationOptions) -> dict[str, object]:
    """What the history keeps, beside a translation, of the options it was made with."""
    return {
        "tone": options.tone,
        "temperature": options.temperature,
        "seed": options.seed,
        "max_tokens": options.max_tokens,
        "glossary": [[entry.source, entry.target] for entry in options.glossary.entries],
    }


__all__ = [
    "TONES", "Cancelled", "Tone", "TranslationOptions", "TranslationResult", "clean_output", "translate",
    "translation_request", "translation_settings",
]  # fmt: skip
