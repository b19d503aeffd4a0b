"""A chat comparison answered from documents: the passages found once for the prompt, and each column's share.

Retrieval runs once, before any model, so every column is sent the same
numbered passages; each column then keeps as many as its model's context
leaves room for (``question_budget``), in the same order, so [n] names the
same passage in every column. The comparison never opens the documents index
itself: it is handed a ``Retrieve`` callable, as a chat session is.
This module imports no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from app.core.compare.spec import DEFAULT_CHAT_MAX_TOKENS, Comparison
from app.core.errors import InvalidRequestError, UserFacingError
from app.core.plural import counted
from app.core.tasks.chat_sources import AnswerSources, Retrieve, question_budget
from app.core.ui_text import ui_text

if TYPE_CHECKING:
    from app.core.documents.grounding import GroundedQuestion
    from app.core.documents.records import Hit
    from app.core.engines.base import ChatRequest, Engine

Passages = list[tuple[str, "Hit"]]


def find_passages(spec: Comparison, retrieve: Retrieve | None) -> Passages:
    """The passages for the prompt from the spec's collections, best first (empty: nothing passed the floor)."""
    if retrieve is None:
        raise InvalidRequestError(
            ui_text("This comparison answers from documents, but the documents index is not available."),
            ui_text("Detach the collections, or restart Plinth to open the documents index again."),
        )
    return list(retrieve(spec.collections, spec.text))


def grounded_chat(spec: Comparison, passages: Passages, engine: Engine) -> tuple[ChatRequest, AnswerSources, str]:
    """Column ``spec``'s request with the passages its model's context leaves room for, those sources, and a note
    saying what was left out to fit ("" when nothing was). ``UserFacingError`` when not even one fits."""
    max_tokens = spec.max_tokens or DEFAULT_CHAT_MAX_TOKENS
    earlier = spec.chat_request().messages[:-1]
    budget = question_budget(engine.capabilities.max_context, max_tokens, earlier)
    grounded = _ground_in_order(spec.text, passages, budget)
    if not grounded.found:
        raise UserFacingError(
            ui_text("The passages found do not fit in this model's context with this answer length."),
            ui_text("Lower the answer's maximum length, or compare a model with a longer context."),
        )
    sources = AnswerSources.of(spec.collections, grounded)
    note = ""
    if grounded.trimmed:
        note = ui_text(
            "{passages} of {total} left out or shortened to fit this model's context; "
            "the other columns may have been sent more.",
            passages=counted(grounded.trimmed, "passage"),
            total=len(passages),
        )
    return spec.chat_request(ask=grounded.text), sources, note


def _ground_in_order(question: str, passages: Sequence[tuple[str, Hit]], budget: int) -> GroundedQuestion:
    """``ground``, stopping at the first passage that does not fit instead of trying the ones after it, so a
    column's sources are always the first passages of every other column's, numbered alike."""
    from app.core.documents.grounding import ground

    grounded = ground(question, passages, budget)
    for index, source in enumerate(grounded.sources):
        _collection, hit = passages[index]
        if (source.file, source.start) != (hit.file, hit.passage.start):
            # Passage index + 1 was left out and a later one taken in its place: stop before it.
            kept = ground(question, passages[:index], budget)
            return replace(kept, trimmed=kept.trimmed + len(passages) - index)
    return grounded
