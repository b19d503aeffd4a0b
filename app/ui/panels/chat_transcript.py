"""The chat's transcript of a conversation: every turn of a session shown again, and the line under an answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.ui.i18n import stats_line, translate

if TYPE_CHECKING:
    from app.core.engines.base import Stats
    from app.core.tasks.chat import ChatSession
    from app.ui.panels.chat_documents import ChatDocuments
    from app.ui.widgets.model_picker import ModelPicker
    from app.ui.widgets.transcript import Transcript

#: Shown under an answer that was still streaming when Plinth was killed or the computer stopped.
INTERRUPTED_NOTE = QT_TRANSLATE_NOOP("ChatTranscript", "Plinth closed before this answer finished.")


def answer_summary(picker: ModelPicker, model_id: str | None, stats: Stats) -> str:
    """The stats line under an answer: remote answers always mention cost, "cost unknown" included; local ones cost
    nothing."""
    choice = picker.choice_for(model_id)
    return stats_line(stats, priced=choice is not None and choice.destination is not None)


def show_conversation(
    transcript: Transcript, documents: ChatDocuments, session: ChatSession, picker: ModelPicker
) -> None:
    """``session``'s turns in ``transcript``, cleared first: each answer under its model's name, with its stats line,
    error and sources (``picker`` names the models)."""
    transcript.clear_messages()
    documents.clear(session.collections)
    for index, (turn, state) in enumerate(session.saved_turns()):
        if turn.role == "user":
            transcript.add_user(turn.content)
            continue
        error = None
        if turn.error:
            title, _, message = turn.error.partition("\n")
            error = (title, message)
        summary = answer_summary(picker, turn.model_id, turn.stats) if turn.stats else None
        if state == "interrupted":
            note = translate("ChatTranscript", INTERRUPTED_NOTE)
            summary = f"{summary} · {note}" if summary else note
        name = picker.label_for(turn.model_id) or translate("ChatTranscript", "Assistant")
        name, summary = documents.heading(turn, name, summary)
        transcript.add_answer(name, turn.content, summary=summary, error=error)
        documents.show_answer(index, turn)
