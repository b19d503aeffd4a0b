"""The conversation view: user and assistant messages in one read-only document.

Streaming is incremental. Deltas are buffered and flushed on a ~30 Hz timer;
markdown is rendered only for blocks that are finished (see ``BlockSplitter``),
and the unfinished tail is shown as plain text. A list or indented code block
that later text could still extend is rendered again with that text, so the
blocks on screen are always what rendering the whole message would give, and
the end of an answer renders only its last blocks. Only link reference
definitions, which reach back to earlier blocks, make the whole message be
rendered again at the end. Each flush stops rendering after a few
milliseconds and leaves the rest as plain text for the next one, so an answer
that arrives faster than it can be rendered never freezes the window.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QResizeEvent,
    QShowEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFrame,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QFrame, QTextBrowser, QToolButton, QWidget

from app.ui.i18n import core_text, integer
from app.ui.markdown import BlockSplitter, MarkdownRenderer, has_references
from app.ui.widgets.transcript_sources import SourceLink, insert_sources_line, link_citations, parse_source_href
from app.ui.widgets.transcript_style import TranscriptStyle

FLUSH_INTERVAL_MS = 33
#: Most time one flush spends rendering markdown (laying it out costs about as
#: much again); the rest waits for the next one.
RENDER_BUDGET_S = 0.005
#: Finished blocks are rendered in pieces of about this many characters, so a
#: flush can stop within its budget.
RENDER_PIECE_CHARS = 400
#: A message longer than this shows its beginning and says how long it is: laying out a
#: megabyte in a QTextDocument stalls the window for about a second, and nobody reads it
#: there. The whole text still goes to the model, the history and exports.
USER_SHOWN_CHARS = 20_000
#: How close to the end (in pixels) still counts as reading the latest text.
BOTTOM_SLACK_PX = 4
#: The "jump to latest" button's distance from the text's bottom-right corner.
JUMP_MARGIN_PX = 12
_NOW = float("inf")
_EXTERNAL_SCHEMES = {"http", "https", "mailto"}


class _Answer:
    """Bookkeeping for the answer being streamed into ``frame``."""

    def __init__(self, frame: QTextFrame, content_start: int) -> None:
        self.frame = frame
        #: Just after the header; rendered content follows.
        self.content_start = content_start
        #: End of the last block rendered as markdown; the plain tail follows.
        self.committed_end = content_start
        self.source = ""
        self.committed = 0
        #: Where the last rendered block starts, in the source and on screen,
        #: while later text may still extend it (a list, an indented code block).
        self.open_source = 0
        self.open_position = content_start
        self.pending: list[str] = []
        self.splitter = BlockSplitter()
        self.tail_in_fence = False
        self.tail_shown = False
        #: (stats line, error) once the answer has ended; the last blocks may still be rendering.
        self.ending: tuple[str | None, tuple[str, str] | None] | None = None


class Transcript(QTextBrowser):
    """Read-only view of a conversation; links open in the system browser.

    Call ``add_user``/``add_answer`` for finished messages, and
    ``begin_answer`` → ``append_text``… → ``finish_answer`` or ``fail_answer``
    for a streamed one; ``show_waiting`` holds the next answer's place while
    something comes first (its documents are searched), until ``clear_waiting``.

    The view follows the latest text (a conversation opens at its end, a
    message just sent is always scrolled to) until the reader scrolls up;
    then it stays put and a "Jump to latest" button over its bottom-right
    corner scrolls down and follows again.

    An answer from documents gets its citations as links and a "Sources"
    line (``show_sources``).

    Signals:
        text_shown(str): text of the streaming answer just put on the screen
            (what arrived since the last time), so it can be saved first.
        source_clicked(int, int): a citation link was clicked: the key given
            to ``show_sources`` and the source's number.
    """

    text_shown = Signal(str)
    source_clicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None, renderer: MarkdownRenderer | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Transcript"))
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.anchorClicked.connect(self._on_self_anchor_clicked)
        self.setPlaceholderText(self.tr("Ask anything to start the conversation."))

        self._markdown = renderer or MarkdownRenderer()
        self._style = TranscriptStyle.from_palette(self.palette())
        self._answer: _Answer | None = None
        #: The latest answer's frame, for its sources once it is complete.
        self._last_frame: QTextFrame | None = None
        #: The placeholder in the next answer's place (``show_waiting``).
        self._waiting: QTextFrame | None = None

        doc = self.document()
        doc.setDocumentMargin(18)
        # Answers are for reading: a point larger than the interface text.
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() + 1)
        doc.setDefaultFont(font)
        doc.setDefaultStyleSheet(self._style.style_sheet())

        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(FLUSH_INTERVAL_MS)
        self._flush_timer.timeout.connect(self._on_flush_timer_timeout)

        #: Whether new text scrolls into view: until the reader scrolls up, and again once they are back at the
        #: bottom or jump there. A state, not a check before each change: the document is laid out later (and
        #: again when the view is first shown or resized), so the end moves after the text has gone in.
        self._following = True
        #: Held at the top until the reader scrolls (``show_from_start``): a finished answer reopened is read
        #: from its start, and the layout that comes later must not count as reaching its end.
        self._from_start = False
        self._jump = QToolButton(self)
        self._jump.setObjectName("jumpToLatest")
        self._jump.setAccessibleName(self.tr("Jump to latest"))
        self._jump.setText(self.tr("↓ Latest"))
        self._jump.setToolTip(self.tr("Scroll to the latest message and follow the answer again"))
        self._jump.setCursor(Qt.CursorShape.PointingHandCursor)
        self._jump.hide()
        self._jump.clicked.connect(self._on_jump_clicked)
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._on_scroll_bar_range_changed)
        bar.valueChanged.connect(self._on_scroll_bar_value_changed)

    # -- public API -----------------------------------------------------------

    @property
    def is_streaming(self) -> bool:
        return self._answer is not None and self._answer.ending is None

    @property
    def is_rendering(self) -> bool:
        """True while an answer streams in or its last blocks are still being rendered."""
        return self._answer is not None

    def clear_messages(self) -> None:
        self._flush_timer.stop()
        self._answer = None
        self._last_frame = None
        self._waiting = None
        self.document().clear()
        self._following = True
        self._from_start = False

    def scroll_to_latest(self) -> None:
        """Show the end of the conversation and keep following new text."""
        self._following = True
        self._from_start = False
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())
        self._update_jump()

    def show_from_start(self) -> None:
        """Show the top and stay there, however the text is laid out later, until the reader scrolls."""
        self._following = False
        self._from_start = True
        # Qt keeps the text cursor in view when it lays the text out or shows it: put it at the start too.
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)
        self._update_jump()

    def add_user(self, text: str) -> None:
        self._settle()
        #: The header over the person's own message in the chat
        cursor = self._new_message(self._style.user_frame(), self.tr("You"), self._style.accent)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        if len(text) <= USER_SHOWN_CHARS:
            cursor.insertText(text)
        else:
            cursor.insertText(text[:USER_SHOWN_CHARS])
            cursor.insertBlock(self._style.stats_block(), self._style.stats_char())
            note = self.tr(
                "… shortened here: the message has {length} characters and only the first {shown} are shown. "
                "The whole message is kept: in the history and its exports."
            )
            cursor.insertText(note.format(length=integer(len(text)), shown=integer(USER_SHOWN_CHARS)))
        # The person just sent it (or the conversation is being rebuilt): show it, and what follows.
        self.scroll_to_latest()

    def add_answer(
        self, title: str, text: str, summary: str | None = None, error: tuple[str, str] | None = None
    ) -> None:
        """A finished answer, e.g. when the transcript is rebuilt."""
        self.begin_answer(title)
        answer = self._answer
        assert answer is not None
        self._flush_timer.stop()
        answer.source = text
        answer.ending = (summary, error)
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        self._complete(cursor, answer, whole=True)
        cursor.endEditBlock()

    def show_waiting(self, title: str, note: str) -> None:
        """In the next answer's place, until ``clear_waiting``: ``title`` over ``note`` (what the answer waits for)."""
        self._settle()
        self.clear_waiting()
        cursor = self._new_message(self._style.answer_frame(), title, self._style.muted)
        cursor.insertBlock(self._style.stats_block(), self._style.stats_char())
        cursor.insertText(note)
        self._waiting = cursor.currentFrame()

    def clear_waiting(self) -> None:
        """Take the placeholder away; the answer (or its error) goes in its place next."""
        frame, self._waiting = self._waiting, None
        if frame is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(frame.firstPosition() - 1)
        cursor.setPosition(frame.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()

    def begin_answer(self, title: str) -> None:
        self._settle()
        if self._answer is not None:
            raise RuntimeError("an answer is already streaming")
        # The parser is built while the model thinks; text shows as plain until it is ready.
        self._markdown.start_warm_up()
        cursor = self._new_message(self._style.answer_frame(), title, self._style.muted)
        frame = cursor.currentFrame()
        self._last_frame = frame
        self._answer = _Answer(frame, cursor.position())
        self._flush_timer.setSingleShot(False)
        self._flush_timer.setInterval(FLUSH_INTERVAL_MS)
        self._flush_timer.start()

    def append_text(self, delta: str) -> None:
        if self.is_streaming and delta:
            assert self._answer is not None
            self._answer.pending.append(delta)

    def show_sources(self, key: int, links: list[SourceLink], summary: str) -> None:
        """Under the latest answer (rendered completely first): its citations of ``links`` as links, and the line
        listing them with ``summary``. Clicking one emits ``source_clicked(key, n)``."""
        self._settle()
        frame = self._last_frame
        if frame is None:
            return
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        link_citations(self.document(), frame, key, [link.n for link in links], self._style)
        insert_sources_line(cursor, frame, key, links, summary, self._style)
        cursor.endEditBlock()

    def finish_answer(self, summary: str) -> None:
        """Render the rest of the answer and put the stats line under it.

        A long backlog is rendered over the next event-loop turns
        (``is_rendering`` stays true until then); anything else added to the
        transcript meanwhile waits for it.
        """
        self._end_answer(summary, None)

    def fail_answer(self, title: str, message: str, summary: str | None = None) -> None:
        """Keep the partial answer and show the error under it."""
        self._end_answer(summary, (title, message))

    # -- streaming ------------------------------------------------------------

    @Slot()
    def _on_flush_timer_timeout(self) -> None:
        answer = self._answer
        if answer is not None and answer.ending is not None:
            self._finish_step(answer)
        else:
            self._flush()

    def _flush(self) -> None:
        answer = self._answer
        if answer is None:
            return
        delta = self._take_pending(answer)
        boundary = answer.splitter.feed(answer.source)
        if not delta and answer.committed >= boundary:
            return
        deadline = time.perf_counter() + RENDER_BUDGET_S
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        rendered = self._render_finished(cursor, answer, boundary, deadline)
        if answer.committed < boundary:
            # Still catching up with a burst: the rest shows as it is rendered,
            # not first as a long plain text that would cost as much again.
            pass
        elif rendered or self._tail_is_code(answer) != answer.tail_in_fence or not answer.tail_shown:
            self._remove_tail(cursor, answer)
            self._insert_tail(cursor, answer)
        else:
            # The tail only grew: append, never redo what is on screen.
            cursor.setPosition(answer.frame.lastPosition())
            cursor.insertText(delta, self._style.tail_char(self._tail_is_code(answer)))
        cursor.endEditBlock()
        if delta:
            self.text_shown.emit(delta)

    @staticmethod
    def _take_pending(answer: _Answer) -> str:
        delta = "".join(answer.pending)
        answer.pending.clear()
        answer.source += delta
        return delta

    def _render_finished(self, cursor: QTextCursor, answer: _Answer, boundary: int, deadline: float) -> bool:
        """Render finished blocks up to ``boundary``, piece by piece, until ``deadline``; whether any were."""
        rendered = False
        if not self._markdown.ready and deadline != _NOW:
            return rendered
        while answer.committed < boundary and (not rendered or time.perf_counter() < deadline):
            target = answer.splitter.next_boundary(answer.committed + RENDER_PIECE_CHARS) or boundary
            self._render_through(cursor, answer, min(target, boundary), final=False)
            rendered = True
        return rendered

    def _render_through(self, cursor: QTextCursor, answer: _Answer, end: int, *, final: bool) -> None:
        """Replace the open block and the tail by the markdown of the source up to ``end``."""
        blocks = self._markdown.render_blocks(answer.source[answer.open_source : end], final=final)
        cursor.setPosition(answer.open_position)
        cursor.setPosition(answer.frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        answer.tail_shown = False
        if blocks.closed_html.strip():
            self._insert_html(cursor, blocks.closed_html)
        answer.open_position = cursor.position()
        answer.open_source += blocks.open_start
        if blocks.open_html:
            self._insert_html(cursor, blocks.open_html)
        answer.committed = end
        answer.committed_end = cursor.position()

    @staticmethod
    def _tail_is_code(answer: _Answer) -> bool:
        # Code only once the blocks before the fence are rendered; until then the
        # fence line shows as it is, among the other not yet rendered text.
        return answer.splitter.in_fence and answer.splitter.fence_start == answer.committed

    def _tail_text(self, answer: _Answer) -> str:
        tail = answer.source[answer.committed :]
        if self._tail_is_code(answer):
            # Hide the ``` line: the code is shown as code, not as markup.
            tail = tail[tail.find("\n") + 1 :]
        return tail

    def _remove_tail(self, cursor: QTextCursor, answer: _Answer) -> None:
        cursor.setPosition(answer.committed_end)
        cursor.setPosition(answer.frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        answer.tail_shown = False

    def _insert_tail(self, cursor: QTextCursor, answer: _Answer) -> None:
        answer.tail_in_fence = self._tail_is_code(answer)
        tail = self._tail_text(answer)
        if not tail:
            return
        answer.tail_shown = True
        cursor.setPosition(answer.committed_end)
        cursor.insertBlock(
            self._style.tail_block(self._tail_is_code(answer)), self._style.tail_char(self._tail_is_code(answer))
        )
        cursor.insertText(tail, self._style.tail_char(self._tail_is_code(answer)))

    def _end_answer(self, summary: str | None, error: tuple[str, str] | None) -> None:
        """Finish within one flush's budget when possible; a long backlog finishes over the next ticks."""
        answer = self._answer
        if answer is None or answer.ending is not None:
            return
        delta = self._take_pending(answer)
        answer.ending = (summary, error)
        self._flush_timer.stop()
        # One step per turn of the event loop, each started when the last has
        # ended, so input and painting get their turn in between.
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._finish_step(answer)
        if delta:
            self.text_shown.emit(delta)

    def _finish_step(self, answer: _Answer, *, now: bool = False) -> None:
        """One budgeted step of rendering an ended answer, or (``now``) all of it."""
        deadline = _NOW if now else time.perf_counter() + RENDER_BUDGET_S
        boundary = answer.splitter.feed(answer.source)
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        rendered = self._render_finished(cursor, answer, boundary, deadline)
        caught_up = answer.committed >= boundary and self._markdown.ready
        if now or (caught_up and (not rendered or time.perf_counter() < deadline)):
            self._complete(cursor, answer, whole=has_references(answer.source))
        else:
            if answer.committed >= boundary and not answer.tail_shown:
                self._insert_tail(cursor, answer)
            self._flush_timer.start(0 if self._markdown.ready else 5)
        cursor.endEditBlock()

    def _settle(self) -> None:
        """Finish rendering an answer that has ended, before anything else goes into the document."""
        answer = self._answer
        if answer is not None and answer.ending is not None:
            self._finish_step(answer, now=True)

    def _complete(self, cursor: QTextCursor, answer: _Answer, *, whole: bool) -> None:
        """Render what is left (everything when ``whole``) and add the error and stats line."""
        self._flush_timer.stop()
        assert answer.ending is not None
        summary, error = answer.ending
        if whole:
            cursor.setPosition(answer.content_start)
            cursor.setPosition(answer.frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            if answer.source.strip():
                self._insert_html(cursor, self._markdown.render(answer.source))
        elif answer.committed < len(answer.source):
            self._render_through(cursor, answer, len(answer.source), final=True)
        if error is not None:
            self._insert_error(cursor, answer.frame, *error)
        if summary:
            cursor.setPosition(answer.frame.lastPosition())
            self._open_block(cursor, self._style.stats_block(), self._style.stats_char())
            cursor.insertText(summary)
        self._answer = None

    # -- document building ----------------------------------------------------

    def _new_message(self, frame_format: QTextFrameFormat, title: str, color: QColor) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertFrame(frame_format)
        cursor.setBlockFormat(self._style.header_block())
        cursor.insertText(title, self._style.bold_char(color))
        self._flatten_gaps()
        return cursor

    def _flatten_gaps(self) -> None:
        """Qt keeps an empty block before the first frame and after each one;
        squash them so the frames' own margins alone space the messages."""
        spacer = QTextBlockFormat()
        spacer.setLineHeight(0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        for block_position in (0, self.document().characterCount() - 1):
            cursor = QTextCursor(self.document())
            cursor.setPosition(block_position)
            if cursor.currentFrame() is self.document().rootFrame() and cursor.block().length() == 1:
                cursor.setBlockFormat(spacer)

    def _insert_html(self, cursor: QTextCursor, html: str) -> None:
        """Insert rendered blocks after the cursor's block, formats intact.

        Qt merges a fragment's first block into the block at the cursor and
        drops that block's format (heading level, margins, list). Starting
        the fragment with an empty block makes every real block arrive with
        its own block separator, so nothing is lost.
        """
        fragment_doc = QTextDocument()
        fragment_doc.setDefaultStyleSheet(self.document().defaultStyleSheet())
        # A line break after the last block would become a space at the end of its text.
        fragment_doc.setHtml(html.rstrip())
        starts_with_frame = any(f.firstPosition() == 1 for f in fragment_doc.rootFrame().childFrames())
        if not starts_with_frame:
            QTextCursor(fragment_doc).insertBlock()
        cursor.insertFragment(QTextDocumentFragment(fragment_doc))

    @staticmethod
    def _open_block(cursor: QTextCursor, block: QTextBlockFormat, char: QTextCharFormat) -> None:
        """Start a block at the cursor, reusing the empty block Qt keeps after a
        table or frame instead of leaving it as a blank line."""
        if cursor.block().length() > 1:
            cursor.insertBlock(block, char)
        else:
            cursor.setBlockFormat(block)
            cursor.setBlockCharFormat(char)
            cursor.setCharFormat(char)

    def _insert_error(self, cursor: QTextCursor, frame: QTextFrame, title: str, message: str) -> None:
        cursor.setPosition(frame.lastPosition())
        cursor.insertFrame(self._style.error_frame())
        # In the window's language: a failure arrives as core's English, live or read back from the history.
        cursor.insertText(core_text(title), self._style.bold_char(self._style.error_text))
        plain = self._style.error_char()
        cursor.insertBlock(QTextBlockFormat(), plain)
        cursor.insertText(core_text(message), plain)

    # -- scrolling and links ----------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        following = self._following
        # Shown the first time, Qt scrolls to the text cursor, which is not where the conversation ends.
        super().showEvent(event)
        if following:
            self.scroll_to_latest()
        elif self._from_start:
            self.verticalScrollBar().setValue(0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._place_jump()

    @Slot(int, int)
    def _on_scroll_bar_range_changed(self, _minimum: int, maximum: int) -> None:
        if self._following:
            self.verticalScrollBar().setValue(maximum)
        self._update_jump()

    @Slot(int)
    def _on_scroll_bar_value_changed(self, value: int) -> None:
        if self._from_start and value == 0:
            self._update_jump()
            return
        self._from_start = False
        # Following stops when the reader scrolls up (wheel, keys, scroll bar) and resumes at the bottom.
        self._following = value >= self.verticalScrollBar().maximum() - BOTTOM_SLACK_PX
        self._update_jump()

    @Slot()
    def _on_jump_clicked(self) -> None:
        self.scroll_to_latest()

    def _update_jump(self) -> None:
        bar = self.verticalScrollBar()
        # Not while held at the start: a reopened answer is meant to be read from its top.
        away = not self._following and not self._from_start and bar.value() < bar.maximum() - BOTTOM_SLACK_PX
        if away and self._jump.isHidden():
            self._jump.adjustSize()
            self._place_jump()
            self._jump.raise_()
        self._jump.setVisible(away)

    def _place_jump(self) -> None:
        """Over the bottom-right corner of the text, clear of the scroll bar."""
        area = self.viewport().geometry()
        size = self._jump.sizeHint()
        self._jump.setGeometry(
            area.right() - JUMP_MARGIN_PX - size.width() + 1,
            area.bottom() - JUMP_MARGIN_PX - size.height() + 1,
            size.width(),
            size.height(),
        )

    @Slot(QUrl)
    def _on_self_anchor_clicked(self, url: QUrl) -> None:
        source = parse_source_href(url)
        if source is not None:
            self.source_clicked.emit(*source)
            return
        # Only real external links: anything else (relative, file:) would make
        # the browser navigate away from the conversation or open local files.
        if url.scheme().lower() in _EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(url)
