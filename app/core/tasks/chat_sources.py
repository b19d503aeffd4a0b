"""Chat that answers from documents: the retrieval step a session is given, and what each answer was grounded on.

The session never opens the documents index itself: it is handed a ``Retrieve``
callable (the composition root builds one over the index), so chat runs the
same with any retrieval, or none.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.core.ui_text import ui_join, ui_text

if TYPE_CHECKING:
    from app.core.documents.grounding import GroundedQuestion, Source
    from app.core.documents.records import Hit
    from app.core.engines.base import Message

#: The passages for a question from the named collections, each with its collection's name, best first.
Retrieve = Callable[[Sequence[str], str], Sequence[tuple[str, "Hit"]]]


@dataclass(frozen=True)
class Search:
    """The passages to find before an answer from documents. It holds its own copies of what it searches, so it runs
    on any thread (a window runs it off its GUI thread: embedding the question can take a while) and hands back a
    value the session takes where it lives."""

    collections: tuple[str, ...]
    question: str
    retrieve: Retrieve

    def run(self) -> list[tuple[str, Hit]]:
        return list(self.retrieve(self.collections, self.question))


#: The context assumed when an engine does not say its own (a remote model we know nothing of).
DEFAULT_CONTEXT = 4096
#: Tokens left for the chat template's own words around each message.
TEMPLATE_TOKENS_PER_MESSAGE = 8


@dataclass(frozen=True)
class AnswerSources:
    """What one answer was grounded on: the collections searched and the numbered sources sent with its question.

    With no sources (nothing passed the relevance floor) the answer is
    Plinth's own "nothing found" reply and no model was asked.
    """

    collections: tuple[str, ...]
    sources: tuple[Source, ...] = ()
    #: Passages left out or shortened to fit the model's context.
    trimmed: int = 0
    #: Estimated tokens the sources took in the prompt.
    source_tokens: int = 0

    @property
    def found(self) -> bool:
        return bool(self.sources)

    @classmethod
    def of(cls, collections: Sequence[str], grounded: GroundedQuestion) -> AnswerSources:
        return cls(tuple(collections), grounded.sources, grounded.trimmed, grounded.source_tokens)

    def to_record(self) -> dict[str, Any]:
        """Plain JSON, kept with the answer in the history (which does not read it)."""
        return {
            "collections": list(self.collections),
            "sources": [source.to_dict() for source in self.sources],
            "trimmed": self.trimmed,
            "source_tokens": self.source_tokens,
        }

    @classmethod
    def from_record(cls, data: Mapping[str, Any] | None) -> AnswerSources | None:
        """What ``to_record`` gave; None for no record, or one too damaged to show (an edited archive)."""
        from app.core.documents.grounding import Source

        if not data:
            return None
        try:
            return cls(
                tuple(str(name) for name in data.get("collections", ())),
                tuple(Source.from_dict(item) for item in data.get("sources", ())),
                int(data.get("trimmed", 0)),
                int(data.get("source_tokens", 0)),
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            return None

    def summary(self) -> str:
        """ "5 passages · ~1,200 tokens · 2 trimmed to fit": the line under an answer."""
        count = len(self.sources)
        words = [
            ui_text("1 passage") if count == 1 else ui_text("{count} passages", count=count),
            ui_text("~{tokens} tokens", tokens=f"{self.source_tokens:,}"),
        ]
        if self.trimmed:
            words.append(ui_text("{count} trimmed to fit", count=self.trimmed))
        return ui_join(words, " · ")


def question_budget(max_context: int | None, max_tokens: int, asked_before: Sequence[Message]) -> int:
    """Tokens left for the grounded question (sources, instruction and question): the model's context less the
    answer's room and the conversation before it (estimated as the grounding estimates text, erring on the side
    of more tokens)."""
    from app.core.documents.grounding import estimate_tokens

    used = sum(estimate_tokens(m.content) + TEMPLATE_TOKENS_PER_MESSAGE for m in asked_before)
    return (max_context or DEFAULT_CONTEXT) - max_tokens - used - TEMPLATE_TOKENS_PER_MESSAGE
