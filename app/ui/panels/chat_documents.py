"""The chat's documents part: the attach control, the Sources line under each answer, and the passage a citation
opens."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from app.ui.widgets.cited_sources import CitedSources
from app.ui.widgets.documents_attach import DocumentsAttach

if TYPE_CHECKING:
    from app.core.documents.chat_retrieval import ChatRetrieval
    from app.core.tasks.chat import ChatSession, Turn
    from app.ui.widgets.transcript import Transcript

#: The title over Plinth's own reply when nothing in the documents matched.
PLINTH_TITLE = "Plinth"
NOTHING_FOUND_NOTE = "No model was asked: nothing in the attached documents matched."


class ChatDocuments(QObject):
    """What the chat panel shows of documents; ``control`` goes in its layout (hidden without ``retrieval``).

    Attaching or detaching collections in ``control`` changes the session on
    screen (``session()``). Answers are known by a key the panel chooses (the
    answer's place in the conversation), which the transcript's citation
    links carry.
    """

    def __init__(
        self,
        retrieval: ChatRetrieval | None,
        transcript: Transcript,
        session: Callable[[], ChatSession],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.control = DocumentsAttach(retrieval.collection_names if retrieval is not None else list)
        # Without a documents index nothing can be attached; answers reopened with sources still show them.
        self.control.setVisible(retrieval is not None)
        self._cited = CitedSources(transcript, parent)
        self.control.attached_changed.connect(self._on_control_attached_changed)

    def clear(self, attached: list[str]) -> None:
        """The transcript was cleared (its answers' sources go with it) for a conversation with ``attached``."""
        self._cited.clear()
        self.control.set_attached(attached)

    def show_answer(self, key: int, turn: Turn | None) -> None:
        """The Sources line under the answer just put in the transcript, when it was grounded on some."""
        sources = turn.sources if turn is not None else None
        if sources is None or not sources.found:
            return
        self._cited.show(key, sources, self.control.privacy_text())

    @staticmethod
    def heading(turn: Turn, name: str, summary: str | None) -> tuple[str, str | None]:
        """The title and the line under an answer: Plinth's own, for its "nothing found" reply."""
        return (PLINTH_TITLE, NOTHING_FOUND_NOTE) if turn.by_plinth else (name, summary)

    @Slot(list)
    def _on_control_attached_changed(self, names: list[str]) -> None:
        self._session().attach(names)
