"""The chat's documents part: the attach control, the search before an answer, the Sources line under each answer,
and the passage a citation opens."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.ui.i18n import translate
from app.ui.widgets.cited_sources import CitedSources
from app.ui.widgets.documents_attach import DocumentsAttach
from app.workers.call_worker import CallWorker

if TYPE_CHECKING:
    from app.core.documents.chat_retrieval import ChatRetrieval
    from app.core.tasks.chat import ChatSession, Turn
    from app.core.tasks.chat_sources import Search
    from app.ui.widgets.transcript import Transcript

#: The title over Plinth's own reply when nothing in the documents matched.
PLINTH_TITLE = "Plinth"
NOTHING_FOUND_NOTE = QT_TRANSLATE_NOOP(
    "ChatDocuments", "No model was asked: nothing in the attached documents matched."
)
#: Under an answer stopped before its passages were found.
STOPPED_SEARCH_NOTE = QT_TRANSLATE_NOOP("ChatDocuments", "Stopped while searching the documents.")


class ChatDocuments(QObject):
    """What the chat panel shows of documents; ``control`` goes in its layout (hidden without ``retrieval``).

    Attaching or detaching collections in ``control`` changes the session on
    screen (``session()``). Answers are known by a key the panel chooses (the
    answer's place in the conversation), which the transcript's citation
    links carry.

    ``search`` finds an answer's passages on a worker thread (embedding the
    question can take seconds), the answer's place in the transcript saying
    what is searched meanwhile; a failed or stopped search is kept in the
    session as the answer's end.

    Signals:
        searched(object): the search ended with these passages (a list of
            (collection, ``Hit``), maybe empty); the placeholder is gone.
        search_failed(str, str): the search failed (the session has kept the
            answer as failed): title and message.
    """

    searched = Signal(object)
    search_failed = Signal(str, str)

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
        self._cited = CitedSources(transcript, parent, retrieval.in_context if retrieval is not None else None)
        self._transcript = transcript
        self._retrieval = retrieval
        self._search: CallWorker | None = None
        #: The model and its title the answer searched for is to be asked.
        self._asking = ("", "")
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

    @property
    def searching(self) -> bool:
        return self._search is not None

    def search(self, search: Search, model_id: str, title: str) -> None:
        """Find the passages of ``search`` off the GUI thread, for an answer from ``model_id``; meanwhile the
        answer's place, under ``title``, says what is searched. Its outcome is ``searched`` or ``search_failed``."""
        names = ", ".join(f"“{name}”" for name in search.collections)
        self._asking = (model_id, title)
        self._transcript.show_waiting(title, self.tr("Searching {names}…").format(names=names))
        self._search = CallWorker(search.run, "Searching documents", self)
        self._search.succeeded.connect(self._on_search_succeeded)
        self._search.failed.connect(self._on_search_failed)
        self._search.start()

    def stop_search(self) -> bool:
        """Stop the search, if one runs (Stop, or the window closing): the answer ends as stopped in the session and
        the transcript. A search cannot be interrupted: its thread ends on its own, and nothing more comes of it.
        False when no search ran."""
        search, self._search = self._search, None
        if search is None:
            return False
        search.discard()
        model_id, title = self._asking
        self._session().search_stopped(model_id)
        self._transcript.clear_waiting()
        self._transcript.add_answer(title, "", summary=translate("ChatDocuments", STOPPED_SEARCH_NOTE))
        return True

    @Slot(object)
    def _on_search_succeeded(self, hits: object) -> None:
        self._end_search()
        self.searched.emit(hits)

    @Slot(str, str)
    def _on_search_failed(self, title: str, message: str) -> None:
        self._end_search()
        self._session().start_failed(self._asking[0], title, message)
        self.search_failed.emit(title, message)

    def _end_search(self) -> None:
        search, self._search = self._search, None
        if search is not None:
            search.deleteLater()
        self._transcript.clear_waiting()

    @staticmethod
    def heading(turn: Turn, name: str, summary: str | None) -> tuple[str, str | None]:
        """The title and the line under an answer: Plinth's own, for its "nothing found" reply."""
        return (PLINTH_TITLE, translate("ChatDocuments", NOTHING_FOUND_NOTE)) if turn.by_plinth else (name, summary)

    @Slot(list)
    def _on_control_attached_changed(self, names: list[str]) -> None:
        self._session().attach(names)
