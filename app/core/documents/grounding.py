"""Answering from documents: retrieved passages put before the question as numbered sources, and the citations
read back from the answer.

Only the question being asked carries its sources; earlier turns go to the
model as they were asked, so a long chat does not pay for old passages again.
When nothing was found the caller says so itself instead of asking the model,
which would otherwise guess.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.documents.records import Hit, Location
from app.core.ui_text import ui_join, ui_text

#: What the model is told about the sources; kept short, small models follow short rules best.
CITE_INSTRUCTION = (
    "Answer the question using only the numbered sources below. After each fact, cite its source number in "
    "square brackets, like [1]. If the sources do not contain the answer, say that they do not."
)

# Bytes of UTF-8 a token, as Plinth estimates elsewhere for text no tokenizer has seen (engines.remote.base):
# sources are sized before any engine counts them, and the estimate errs on the side of more tokens.
_BYTES_PER_TOKEN = 4
#: A passage trimmed to fit keeps at least this many characters, or is left out.
_MIN_TRIMMED_CHARS = 200

_CITATION = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")


def estimate_tokens(text: str) -> int:
    return len(text.encode("utf-8")) // _BYTES_PER_TOKEN + 1


@dataclass(frozen=True)
class Source:
    """One numbered passage as it was sent with a question."""

    n: int
    collection: str
    file: str
    location: Location
    #: The text sent, which may be the start of the passage when the budget was short.
    text: str
    #: The passage's character offsets in its section (for highlighting when the citation opens).
    start: int
    end: int

    @property
    def label(self) -> str:
        """ "report.pdf, page 3": how the source is named to the model and to people."""
        where = self.location.describe()
        name = Path(self.file).name
        return ui_join([name, where], ", ") if where else name

    def to_dict(self) -> dict[str, object]:
        return {
            "n": self.n,
            "collection": self.collection,
            "file": self.file,
            "location": self.location.to_dict(),
            "quote": self.text,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Source:
        """The source ``to_dict`` gave (kept with an answer in the history); KeyError or ValueError when damaged."""
        location = data.get("location")
        return cls(
            n=int(data["n"]),
            collection=str(data["collection"]),
            file=str(data["file"]),
            location=Location.from_dict(location if isinstance(location, dict) else {}),
            text=str(data["quote"]),
            start=int(data.get("start", 0)),
            end=int(data.get("end", 0)),
        )


@dataclass(frozen=True)
class GroundedQuestion:
    """The question as sent to the model: the sources, the instruction and the question, in one user message."""

    question: str
    text: str
    sources: tuple[Source, ...]
    #: Passages left out or shortened so the sources fit the budget.
    trimmed: int
    #: Estimated tokens the sources take in the prompt.
    source_tokens: int

    @property
    def found(self) -> bool:
        return bool(self.sources)


def ground(question: str, hits: Sequence[tuple[str, Hit]], budget_tokens: int) -> GroundedQuestion:
    """The question with ``hits`` (each with its collection's name, best first) as numbered sources.

    Sources are added best first while they fit ``budget_tokens``; the first
    one that does not fit is shortened (at a word) when a useful part of it
    fits, and the rest are left out; ``trimmed`` counts both. With no hits the
    question is returned as it is, with no sources: ``found`` is False.
    """
    sources: list[Source] = []
    trimmed = 0
    used = estimate_tokens(_framing(question, ""))
    for collection, hit in hits:
        n = len(sources) + 1
        passage = hit.passage
        header = _source_block(Source(n, collection, hit.file, passage.location, "", 0, 0))
        # The header, and the blank line between two blocks.
        room = budget_tokens - used - estimate_tokens(header + "\n\n")
        kept = passage.text
        if estimate_tokens(kept) > room:
            trimmed += 1
            kept = _shorten(kept, room * _BYTES_PER_TOKEN)
            if len(kept) < _MIN_TRIMMED_CHARS:
                continue
        text = kept if kept == passage.text else kept + " …"
        source = Source(n, collection, hit.file, passage.location, text, passage.start, passage.start + len(kept))
        used += estimate_tokens(_source_block(source) + "\n\n")
        sources.append(source)
    if not sources:
        return GroundedQuestion(question, question, (), trimmed, 0)
    blocks = "\n\n".join(_source_block(s) for s in sources)
    return GroundedQuestion(question, _framing(question, blocks), tuple(sources), trimmed, estimate_tokens(blocks))


def nothing_found(question: str, collections: Sequence[str]) -> str:
    """What the chat answers, in place of the model, when no passage passed the relevance floor."""
    if not collections:
        return ui_text(
            "Nothing in the attached documents matched this question closely enough, so no model was asked "
            "(it would only have guessed). Try other words, or attach another collection."
        )
    return ui_text(
        "Nothing in {names} matched this question closely enough, so no model was asked "
        "(it would only have guessed). Try other words, or attach another collection.",
        names=", ".join(f"“{name}”" for name in collections),
    )


@dataclass(frozen=True)
class Citation:
    """A source the answer cites, with the place in the answer where it is first cited."""

    source: Source
    first_at: int


def read_citations(answer: str, sources: Sequence[Source]) -> list[Citation]:
    """The sources ``answer`` cites ([1], [2, 3], [1][4]), in order of first mention; numbers that name no
    source (a model inventing [9]) are ignored."""
    by_number = {s.n: s for s in sources}
    cited: dict[int, Citation] = {}
    for match in _CITATION.finditer(answer):
        for part in re.split(r"[,;]", match.group(1)):
            n = int(part)
            if n in by_number and n not in cited:
                cited[n] = Citation(by_number[n], match.start())
    return list(cited.values())


def _framing(question: str, blocks: str) -> str:
    return f"{CITE_INSTRUCTION}\n\nSources:\n\n{blocks}\n\nQuestion: {question}"


def _source_block(source: Source) -> str:
    return f"[{source.n}] {source.label}\n{source.text}"


def _shorten(text: str, max_bytes: int) -> str:
    """The start of ``text`` within ``max_bytes`` of UTF-8 (less room for a closing "…"), cut at a word."""
    if max_bytes <= 0:
        return ""
    cut = text.encode("utf-8")[: max_bytes - 4].decode("utf-8", errors="ignore")
    space = cut.rfind(" ")
    return (cut[:space] if space > 0 else cut).rstrip()
