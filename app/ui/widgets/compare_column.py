"""One model's column in a comparison: its name, where the text goes, its state and its answer."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.tasks.chat_sources import AnswerSources
from app.ui.colors import mix
from app.ui.i18n import translate
from app.ui.widgets.cited_sources import CitedSources, InContextLookup
from app.ui.widgets.elided_label import ElidedLabel
from app.ui.widgets.privacy_badge import PrivacyBadge
from app.ui.widgets.transcript import Transcript

#: state → what the status line says (``queued`` adds its place in the queue).
STATUS_TEXT = {
    "idle": "",
    "starting": QT_TRANSLATE_NOOP("CompareColumn", "Starting…"),
    "queued": QT_TRANSLATE_NOOP("CompareColumn", "Queued #{position}"),
    "loading": QT_TRANSLATE_NOOP("CompareColumn", "Loading model…"),
    "waiting": QT_TRANSLATE_NOOP("CompareColumn", "Waiting for the first token…"),
    "streaming": QT_TRANSLATE_NOOP("CompareColumn", "Streaming…"),
    "done": QT_TRANSLATE_NOOP("CompareColumn", "Done"),
    "failed": QT_TRANSLATE_NOOP("CompareColumn", "Failed"),
    "stopped": QT_TRANSLATE_NOOP("CompareColumn", "Stopped"),
    "not_asked": QT_TRANSLATE_NOOP("CompareColumn", "Not asked"),
}
#: In a column of a comparison answered from documents where nothing matched the prompt: Plinth's own words.
NOT_ASKED_TITLE = "Plinth"
NOT_ASKED_TEXT = QT_TRANSLATE_NOOP("CompareColumn", "No model was asked: nothing in the attached documents matched.")
#: The colour each state's status is tinted with; the others stay muted.
_STATE_COLOURS = {"streaming": "#1a73e8", "done": "#1e8e3e", "failed": "#c5221f", "stopped": "#e37400"}


class CompareColumn(QFrame):
    """A model's name, privacy badge, status and Stop button over its streamed answer.

    The answer is a ``Transcript``, so it streams the same way the chat's
    does (incremental markdown, ~30 flushes a second). A batch run shows a
    progress bar while it runs. A failure shows its message in the column
    and nowhere else. An answer from documents has its citations as links
    and a Sources line under it; each opens the passage it names.

    Signals:
        stop_requested(): the column's Stop button was clicked.
    """

    stop_requested = Signal()

    def __init__(
        self,
        title: str,
        destination: str | None,
        answer_title: str | None = None,
        parent: QWidget | None = None,
        in_context: InContextLookup | None = None,
    ) -> None:
        """``answer_title``: the heading over the answer ("Translation", "Label"; "Answer" by default); ``in_context``: finds a cited
        passage among its neighbours in the index (see ``CitedSources``)."""
        super().__init__(parent)
        self._title = title
        self._answer_title = self.tr("Answer") if answer_title is None else answer_title
        self._state = "idle"
        self.setObjectName("compareColumn")
        self.setAccessibleName(self.tr("Column {title}").format(title=title))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Ignore the content's width, so the columns share the row evenly even
        # when one model's name or destination is long.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        # Names and states elide in a narrow column (four side by side) instead of running under each other.
        self._name = ElidedLabel(title, mode=Qt.TextElideMode.ElideMiddle)
        self._name.setObjectName("compareColumnName")
        self._name.setAccessibleName(self.tr("Model name"))
        self._name.setToolTip(title)
        self._name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._badge = PrivacyBadge()
        self._badge.set_destination(destination)
        self._status = ElidedLabel()
        self._status.setObjectName("compareStatus")
        self._status.setAccessibleName(self.tr("Column status"))
        self._stop_button = QPushButton(self.tr("Stop"))
        self._stop_button.setAccessibleName(self.tr("Stop {title}").format(title=title))
        self._stop_button.setToolTip(self.tr("Stop {title} only; the other models go on").format(title=title))
        self._stop_button.setAutoDefault(False)
        self._stop_button.setEnabled(False)
        self._stop_button.clicked.connect(self._on_stop_button_clicked)

        self._progress = QProgressBar()
        self._progress.setAccessibleName(self.tr("Rows done"))
        self._progress.setTextVisible(True)
        self._progress.setFixedHeight(16)
        self._progress.hide()

        self._transcript = Transcript()
        self._transcript.setObjectName("compareAnswer")
        self._transcript.setAccessibleName(self.tr("Answer of {title}").format(title=title))
        self._transcript.setPlaceholderText(self.tr("The answer appears here."))
        self._cited = CitedSources(self._transcript, self, in_context)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self._name, 1)
        top.addWidget(self._stop_button)
        second = QHBoxLayout()
        second.setSpacing(8)
        second.addWidget(self._badge)
        second.addStretch(1)
        second.addWidget(self._status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self._progress)
        layout.addWidget(self._transcript, 1)
        self._apply_look()

    # -- public API ---------------------------------------------------------------

    @property
    def title(self) -> str:
        return self._title

    @property
    def state(self) -> str:
        return self._state

    @property
    def status_text(self) -> str:
        return self._status.fullText()

    @property
    def answer_text(self) -> str:
        return self._transcript.toPlainText()

    def set_starting(self) -> None:
        self._set_state("starting")
        self._stop_button.setEnabled(True)

    def set_queued(self, position: int) -> None:
        self._set_state("queued", translate("CompareColumn", STATUS_TEXT["queued"]).format(position=position))
        self._stop_button.setEnabled(True)

    def set_loading(self) -> None:
        self._set_state("loading")
        self._stop_button.setEnabled(True)

    def begin_answer(self) -> None:
        """The model took the input: text follows."""
        self._transcript.clear_messages()
        self._transcript.begin_answer(self._answer_title)
        self._set_state("waiting")
        self._stop_button.setEnabled(True)

    def append_text(self, delta: str) -> None:
        if self._state != "streaming":
            self._set_state("streaming")
        self._transcript.append_text(delta)

    def set_progress(self, done: int, total: int) -> None:
        """A batch run's rows done; shows the bar on first call."""
        self._progress.setMaximum(max(1, total))
        #: A batch's progress: %v is the rows done so far.
        self._progress.setFormat(self.tr("%v of %n row(s)", None, total))
        self._progress.setValue(done)
        self._progress.show()
        if self._state != "streaming":
            self._set_state("streaming", self.tr("Running…"))

    def fail(self, title: str, message: str) -> None:
        """Keep the partial answer and show the error under it."""
        if not self._transcript.is_streaming:
            self._transcript.begin_answer(self._answer_title)
        self._transcript.fail_answer(title, message)
        self._set_state("failed")
        #: An error's title, then its message and hint.
        self._status.setToolTip(self.tr("{title}. {message}").format(title=title, message=message))
        self._stop_button.setEnabled(False)

    def show_result(self, text: str, summary: str, state: str, error: tuple[str, str] | None = None) -> None:
        """A finished answer as it was saved, for a reopened comparison."""
        self._transcript.clear_messages()
        self._cited.clear()
        self._transcript.add_answer(self._answer_title, text, summary=summary or None, error=error)
        self._progress.hide()
        # A finished answer is read from its start; only a streaming one follows its end.
        self._transcript.show_from_start()
        self._set_state(state)
        if error is not None:
            self._status.setToolTip(self.tr("{title}. {message}").format(title=error[0], message=error[1]))
        self._stop_button.setEnabled(False)

    def show_sources(self, sources: AnswerSources) -> None:
        """Under the answer shown: its citations as links, and the Sources line (how many were trimmed to fit)."""
        self._cited.show(0, sources)

    def show_not_asked(self) -> None:
        """Nothing in the documents matched the prompt, so this model was not asked."""
        self._transcript.clear_messages()
        self._cited.clear()
        self._transcript.add_answer(NOT_ASKED_TITLE, translate("CompareColumn", NOT_ASKED_TEXT))
        self._transcript.show_from_start()
        self._progress.hide()
        self._set_state("not_asked")
        self._stop_button.setEnabled(False)

    # -- slots ----------------------------------------------------------------------

    @Slot()
    def _on_stop_button_clicked(self) -> None:
        self._stop_button.setEnabled(False)
        self._status.setText(self.tr("Stopping…"))
        self.stop_requested.emit()

    # -- helpers --------------------------------------------------------------------

    def _set_state(self, state: str, text: str | None = None) -> None:
        self._state = state
        shown = STATUS_TEXT[state] if text is None else text
        self._status.setText(translate("CompareColumn", shown) if text is None and shown else shown)
        self._status.setToolTip("")
        self._status.setProperty("state", state)
        # A dynamic property only restyles after the style is re-applied.
        self._status.style().unpolish(self._status)
        self._status.style().polish(self._status)

    def _apply_look(self) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.Text)
        states = "\n".join(
            f'QLabel#compareStatus[state="{state}"] {{ color: {mix(text, QColor(colour), 0.85)}; }}'
            for state, colour in _STATE_COLOURS.items()
        )
        self.setStyleSheet(
            f"""
            QFrame#compareColumn {{
                border: 1px solid {mix(base, text, 0.16)};
                border-radius: 8px;
                background: {base.name()};
            }}
            QLabel#compareColumnName {{ font-weight: 600; font-size: 11pt; }}
            QLabel#compareStatus {{ color: {mix(window, text, 0.6)}; font-weight: 600; }}
            {states}
            QTextBrowser#compareAnswer {{ border: none; background: {base.name()}; }}
            """
        )
