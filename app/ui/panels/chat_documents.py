"""The chat's documents part: the attach control, the Sources line under each answer, and the passage a citation
opens."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from app.ui.widgets.documents_attach import DocumentsAttach
from app.ui.widgets.transcript_sources import SourceLink

if TYPE_CHECKING:
    from app.core.documents.chat_retrieval import ChatRetrieval
    from app.core.tasks.chat import ChatSession, Turn
    from app.core.tasks.chat_sources import AnswerSources
    from app.ui.dialogs.passage_dialog import PassageDialog
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
        self._transcript = transcript
        self._parent = parent
        self._sources: dict[int, AnswerSources] = {}
        #: The passage last opened (kept so it is not collected while shown).
        self.passage_dialog: PassageDialog | None = None
        self.control.attached_changed.connect(self._on_control_attached_changed)
        transcript.source_clicked.connect(self._on_transcript_source_clicked)

    def clear(self, attached: list[str]) -> None:
        """The transcript was cleared (its answers' sources go with it) for a conversation with ``attached``."""
        self._sources.clear()
        self.control.set_attached(attached)

    def show_answer(self, key: int, turn: Turn | None) -> None:
        """The Sources line under the answer just put in the transcript, when it was grounded on some."""
        sources = turn.sources if turn is not None else None
        if sources is None or not sources.found:
            return
        self._sources[key] = sources
        links = [SourceLink(source.n, source.label) for source in sources.sources]
        summary = sources.summary()
        privacy = self.control.privacy_text()
        self._transcript.show_sources(key, links, f"{summary} · {privacy}" if privacy else summary)

    @staticmethod
    def heading(turn: Turn, name: str, summary: str | None) -> tuple[str, str | None]:
        """The title and the line under an answer: Plinth's own, for its "nothing found" reply."""
        return (PLINTH_TITLE, NOTHING_FOUND_NOTE) if turn.by_plinth else (name, summary)

    @Slot(list)
    def _on_control_attached_changed(self, names: list[str]) -> None:
        self._session().attach(names)

    @Slot(int, int)
    def _on_transcript_source_clicked(self, key: int, n: int) -> None:
        from app.ui.dialogs.passage_dialog import PassageDialog

        sources = self._sources.get(key)
        source = next((s for s in sources.sources if s.n == n), None) if sources is not None else None
        if source is None:
            return
        if self.passage_dialog is not None:
            self.passage_dialog.close()
        self.passage_dialog = PassageDialog(source, self._parent)
        self.passage_dialog.open()
