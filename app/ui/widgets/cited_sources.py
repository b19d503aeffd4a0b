"""The sources of the answers in one transcript: each answer's Sources line, and the passage a citation opens.

Shared by the chat and by each column of a comparison.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from app.core.errors import UserFacingError
from app.ui.i18n import integer
from app.ui.widgets.transcript_sources import SourceLink

if TYPE_CHECKING:
    from app.core.documents.context import InContext
    from app.core.documents.grounding import Source
    from app.core.tasks.chat_sources import AnswerSources
    from app.ui.dialogs.passage_dialog import PassageDialog
    from app.ui.widgets.transcript import Transcript


#: Finds a source's passage among its neighbours in the index; None when the index no longer holds it.
InContextLookup = Callable[["Source"], "InContext | None"]


class CitedSources(QObject):
    """Puts the Sources line under an answer of ``transcript`` (``show``) and opens the passage its citation links
    name in a ``PassageDialog`` over ``parent``.

    Answers are known by a key the owner chooses (the chat: the answer's
    place in the conversation), which the links carry. ``in_context`` finds
    a source's passage among its neighbours in the index (None when the index
    no longer holds it); without it the dialog shows the text that was sent.
    """

    def __init__(
        self,
        transcript: Transcript,
        parent: QWidget,
        in_context: InContextLookup | None = None,
    ) -> None:
        super().__init__(parent)
        self._transcript = transcript
        self._in_context = in_context
        self._parent = parent
        self._sources: dict[int, AnswerSources] = {}
        #: The passage last opened (kept so it is not collected while shown).
        self.passage_dialog: PassageDialog | None = None
        transcript.source_clicked.connect(self._on_transcript_source_clicked)

    def clear(self) -> None:
        """The transcript was cleared: its answers' sources go with it."""
        self._sources.clear()

    def show(self, key: int, sources: AnswerSources, aside: str = "") -> None:
        """Under the latest answer: its citations made links, and "Sources: [1] a.txt · … — 2 passages · ~40 tokens",
        ``aside`` after that (where the passages went)."""
        self._sources[key] = sources
        links = [SourceLink(source.n, source.label) for source in sources.sources]
        summary = self.summary(sources)
        self._transcript.show_sources(key, links, f"{summary} · {aside}" if aside else summary)

    def summary(self, sources: AnswerSources) -> str:
        """ "5 passages · ~1,200 tokens · 2 trimmed to fit" in the window's language (``AnswerSources.summary``)."""
        # self.tr, not translate(): lupdate marks only tr() calls with a count as plural.
        words = [
            self.tr("%n passage(s)", None, len(sources.sources)),
            self.tr("~{tokens} tokens").format(tokens=integer(sources.source_tokens)),
        ]
        if sources.trimmed:
            words.append(self.tr("%n trimmed to fit", None, sources.trimmed))
        return " · ".join(words)

    @Slot(int, int)
    def _on_transcript_source_clicked(self, key: int, n: int) -> None:
        from app.ui.dialogs.passage_dialog import PassageDialog

        sources = self._sources.get(key)
        source = next((s for s in sources.sources if s.n == n), None) if sources is not None else None
        if source is None:
            return
        context = None
        if self._in_context is not None:
            # Three indexed reads. When the index cannot be read now, the text that was sent is shown, and said to be.
            with contextlib.suppress(UserFacingError):
                context = self._in_context(source)
        if self.passage_dialog is not None:
            self.passage_dialog.close()
        self.passage_dialog = PassageDialog(source, context, self._parent)
        self.passage_dialog.open()
