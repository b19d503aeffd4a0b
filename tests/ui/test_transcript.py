import pytest
from helpers.widgets import find
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from app.ui import markdown
from app.ui.widgets import transcript as transcript_module
from app.ui.widgets.transcript import Transcript


@pytest.fixture
def transcript(qtbot: QtBot) -> Transcript:
    view = Transcript()
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    return view


def test_only_web_links_open_and_the_conversation_stays(
    transcript: Transcript, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    transcript.add_answer("Model", "See [docs](https://example.com) or [this](notes.html).")
    before = transcript.toPlainText()
    transcript.anchorClicked.emit(QUrl("https://example.com"))
    transcript.anchorClicked.emit(QUrl("notes.html"))
    transcript.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == ["https://example.com"]
    assert transcript.toPlainText() == before


def test_new_text_follows_the_bottom_but_not_a_reader_scrolled_up(qtbot: QtBot, transcript: Transcript) -> None:
    bar = transcript.verticalScrollBar()
    for i in range(30):
        transcript.add_user(f"message {i}")
    assert bar.maximum() > 0 and bar.value() == bar.maximum()
    transcript.begin_answer("Model")
    transcript.append_text("streaming\n" * 5)
    qtbot.waitUntil(lambda: "streaming" in transcript.toPlainText(), timeout=2000)
    assert bar.value() == bar.maximum()

    bar.setValue(0)
    transcript.append_text("more\n" * 20)
    qtbot.waitUntil(lambda: "more" in transcript.toPlainText(), timeout=2000)
    assert bar.value() == 0
    transcript.finish_answer("stats")
    assert bar.value() == 0


def at_bottom(view: Transcript) -> bool:
    bar = view.verticalScrollBar()
    return bar.maximum() > 0 and bar.value() == bar.maximum()


def wheel_up(view: Transcript) -> None:
    """What a reader's mouse wheel does: three lines up."""
    inside = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        inside,
        QPointF(view.viewport().mapToGlobal(inside.toPoint())),
        QPoint(),
        QPoint(0, 360),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def jump_button(view: Transcript) -> QToolButton:
    return find(view, QToolButton, "Jump to latest")


def test_a_reader_scrolled_up_gets_a_jump_to_latest_button_that_resumes_following(
    qtbot: QtBot, transcript: Transcript
) -> None:
    bar = transcript.verticalScrollBar()
    jump = jump_button(transcript)
    for i in range(30):
        transcript.add_user(f"message {i}")
    transcript.begin_answer("Model")
    transcript.append_text("first line\n" * 5)
    qtbot.waitUntil(lambda: "first line" in transcript.toPlainText(), timeout=2000)
    assert at_bottom(transcript) and jump.isHidden()

    wheel_up(transcript)
    scrolled_to = bar.value()
    assert scrolled_to < bar.maximum()
    transcript.append_text("more\n" * 20)
    qtbot.waitUntil(lambda: "more" in transcript.toPlainText(), timeout=2000)
    assert bar.value() == scrolled_to, "the reader stays where they scrolled"
    assert jump.isVisible()
    # Over the transcript's bottom-right corner, inside what is shown.
    corner = transcript.viewport().geometry()
    assert corner.contains(jump.geometry())
    assert jump.geometry().right() > corner.center().x() and jump.geometry().bottom() > corner.center().y()

    qtbot.mouseClick(jump, Qt.MouseButton.LeftButton)
    assert at_bottom(transcript) and jump.isHidden()
    transcript.append_text("and after\n" * 20)
    qtbot.waitUntil(lambda: "and after" in transcript.toPlainText(), timeout=2000)
    assert at_bottom(transcript), "following again"

    wheel_up(transcript)
    assert jump.isVisible()
    bar.setValue(bar.maximum())  # back at the bottom by hand: the button goes, following resumes
    assert jump.isHidden()
    transcript.finish_answer("stats")
    qtbot.waitUntil(lambda: "stats" in transcript.toPlainText(), timeout=2000)
    assert at_bottom(transcript)


def test_a_new_user_message_is_always_scrolled_to(qtbot: QtBot, transcript: Transcript) -> None:
    for i in range(30):
        transcript.add_user(f"message {i}")
    wheel_up(transcript)
    assert not at_bottom(transcript)
    transcript.add_user("just sent")
    assert at_bottom(transcript) and jump_button(transcript).isHidden()


def test_a_transcript_filled_before_it_is_shown_opens_at_its_end(qtbot: QtBot) -> None:
    view = Transcript()
    qtbot.addWidget(view)
    for i in range(20):
        view.add_user(f"question {i}")
        view.add_answer("Model", f"A longer answer number {i}, " * 12, summary="stats")
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: at_bottom(view), timeout=2000)
    assert jump_button(view).isHidden()


def test_an_answer_that_failed_before_any_text_shows_only_the_error(transcript: Transcript) -> None:
    transcript.begin_answer("Model")
    transcript.fail_answer("The model could not be loaded", "Try a smaller model.")
    text = transcript.toPlainText()
    assert "The model could not be loaded" in text and "Try a smaller model." in text
    assert not transcript.is_streaming


STRUCTURED = (
    "# Plan\n\nIntro with **bold** text.\n\n"
    "1. First step, loose list:\n\n"
    "   ```sh\n   make build\n\n   make test\n   ```\n\n"
    "2. Second step\n\n   with a second paragraph.\n\n"
    "- tight\n- list\n\n"
    "    indented code\n\n    after a blank line\n\n"
    "| a | b |\n|---|---|\n| 1 | 2 |\n\n"
    "> quoted\n\nThe end."
)


def _stream(qtbot: QtBot, view: Transcript, text: str, piece: int) -> None:
    view.begin_answer("Model")
    for start in range(0, len(text), piece):
        view.append_text(text[start : start + piece])
        qtbot.wait(2)
    view.finish_answer("stats")
    qtbot.waitUntil(lambda: "stats" in view.toPlainText(), timeout=2000)


@pytest.mark.parametrize("piece", [1, 7, 40])
def test_a_streamed_answer_ends_as_rendering_it_whole(
    qtbot: QtBot, transcript: Transcript, monkeypatch: pytest.MonkeyPatch, piece: int
) -> None:
    monkeypatch.setattr(transcript_module, "FLUSH_INTERVAL_MS", 1)
    whole = Transcript()
    qtbot.addWidget(whole)
    whole.add_answer("Model", STRUCTURED, summary="stats")
    _stream(qtbot, transcript, STRUCTURED, piece)
    assert transcript.toHtml() == whole.toHtml()


def test_a_link_reference_defined_at_the_end_renders_the_whole_answer_again(
    qtbot: QtBot, transcript: Transcript, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transcript_module, "FLUSH_INTERVAL_MS", 1)
    text = "See [the docs][docs].\n\nMore text.\n\n[docs]: https://example.com\n"
    _stream(qtbot, transcript, text, 5)
    assert "[the docs]" not in transcript.toPlainText()
    assert 'href="https://example.com"' in transcript.toHtml()


def test_a_burst_of_text_is_rendered_in_pieces_over_several_ticks(
    transcript: Transcript, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "".join(f"## Part {i}\n\nSome *text* with `code`, item {i}.\n\n- a\n- b\n\n" for i in range(300))
    piece = transcript_module.RENDER_PIECE_CHARS
    # No time budget: each tick renders exactly one piece, whatever the machine's speed.
    monkeypatch.setattr(transcript_module, "RENDER_BUDGET_S", 0.0)
    rendered: list[int] = []
    original = markdown.MarkdownRenderer.render_blocks

    def counting(self: markdown.MarkdownRenderer, source: str, *, final: bool = False) -> markdown.Blocks:
        rendered.append(len(source))
        return original(self, source, final=final)

    monkeypatch.setattr(markdown.MarkdownRenderer, "render_blocks", counting)
    transcript.begin_answer("Model")
    transcript.append_text(text)
    transcript._on_flush_timer_timeout()  # the whole burst arrived before the first flush
    transcript.finish_answer("stats")
    assert not transcript.is_streaming and transcript.is_rendering
    assert "stats" not in transcript.toPlainText()  # the rest renders over the next ticks
    ticks = 1
    while transcript.is_rendering:
        transcript._on_flush_timer_timeout()
        ticks += 1
    assert ticks > len(text) / (2 * piece)
    assert max(rendered) < 2 * piece  # a piece and the list it may extend, never the whole answer
    assert "## Part" not in transcript.toPlainText() and "Part 299" in transcript.toPlainText()
    assert "stats" in transcript.toPlainText()


def test_a_new_message_waits_for_the_previous_answer_to_finish_rendering(transcript: Transcript) -> None:
    text = "".join(f"Paragraph {i} with **bold** words.\n\n" for i in range(400))
    transcript.begin_answer("Model")
    transcript.append_text(text)
    transcript.finish_answer("stats")
    transcript.add_user("next question")
    plain = transcript.toPlainText()
    assert plain.index("stats") < plain.index("next question")
    assert "**" not in plain


def test_a_huge_message_shows_its_beginning_and_says_how_long_it_is(transcript: Transcript) -> None:
    limit = transcript_module.USER_SHOWN_CHARS
    huge = "".join(f"line {n} of a pasted log\n" for n in range(60_000))
    transcript.add_user("a short question")
    transcript.add_user(huge)
    shown = transcript.toPlainText()
    assert "a short question" in shown
    assert huge[:limit] in shown
    assert huge[limit : limit + 200] not in shown
    assert f"the message has {len(huge):,} characters and only the first {limit:,} are shown" in shown
    assert len(shown) < limit + 1_000


def test_a_message_at_the_limit_is_shown_whole(transcript: Transcript) -> None:
    text = "x" * transcript_module.USER_SHOWN_CHARS
    transcript.add_user(text)
    assert text in transcript.toPlainText()
    assert "shortened here" not in transcript.toPlainText()


def test_a_transcript_shown_from_its_start_stays_there_after_layout(qtbot: QtBot) -> None:
    """A finished answer reopened (a saved comparison) is read from its start, though it is laid out later."""
    view = Transcript()
    qtbot.addWidget(view)
    view.add_answer("Model", "A long finished answer, sentence after sentence. " * 80, summary="stats")
    view.show_from_start()
    view.resize(400, 200)
    view.show()
    qtbot.waitExposed(view)
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=2000)
    for _ in range(5):
        QApplication.processEvents()
    assert bar.value() == 0
    # No "Latest" button over the text being read; once the reader scrolls, it offers the end.
    assert jump_button(view).isHidden()
    bar.setValue(bar.singleStep())
    qtbot.waitUntil(lambda: jump_button(view).isVisible(), timeout=2000)
    jump_button(view).click()
    assert at_bottom(view)
