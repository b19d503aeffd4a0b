import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

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


def test_an_answer_that_failed_before_any_text_shows_only_the_error(transcript: Transcript) -> None:
    transcript.begin_answer("Model")
    transcript.fail_answer("The model could not be loaded", "Try a smaller model.")
    text = transcript.toPlainText()
    assert "The model could not be loaded" in text and "Try a smaller model." in text
    assert not transcript.is_streaming
