"""The chat panel and the Providers dialog against a real remote engine over HTTP on 127.0.0.1."""

from collections.abc import Iterator

import pytest
from helpers.widgets import find
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot
from servers.openai_server import OpenAIServer

from app.core.engines.base import Engine
from app.core.engines.registry import EngineRegistry
from app.core.engines.remote.base import RemoteOptions
from app.core.engines.remote.factory import create_remote_engine, list_models
from app.core.errors import AuthError
from app.core.model_id import ModelId
from app.core.models.directory import ModelDirectory
from app.core.pricing import SHIPPED_PRICES, PriceTable
from app.core.providers import KINDS, ProviderConfig, ProviderStore, provider_key
from app.core.secrets import SecretStore
from app.core.settings import Settings
from app.ui.dialogs.providers_dialog import ProvidersDialog
from app.ui.panels.chat_panel import ChatPanel
from app.ui.widgets.transcript import Transcript
from tests.helpers.panels import panel_context

KEY = "sk-test-remote-0123456789abcdef"
PRICED = KINDS["openai"].default_models[0]
UNPRICED = "gpt-test"
OPTIONS = RemoteOptions(connect_timeout_s=2.0, idle_timeout_s=10.0, max_retries=0)


@pytest.fixture
def server() -> Iterator[OpenAIServer]:
    with OpenAIServer(api_key=KEY) as running:
        running.models = [PRICED, UNPRICED]
        yield running
        running.release()


@pytest.fixture
def engines(providers: ProviderStore, secrets: SecretStore) -> Iterator[EngineRegistry]:
    prices = PriceTable.load(SHIPPED_PRICES)

    def remote_engine(model_id: str) -> Engine:
        parsed = ModelId.parse(model_id)
        config = providers.get(parsed.prefix)
        return create_remote_engine(
            config, parsed.name, api_key=provider_key(config, secrets), prices=prices, options=OPTIONS
        )

    registry = EngineRegistry()
    registry.register("openai", remote_engine)
    yield registry
    registry.close_all()


def test_remote_answer_streams_shows_cost_and_stops(
    qtbot: QtBot,
    server: OpenAIServer,
    engines: EngineRegistry,
    models: ModelDirectory,
    providers: ProviderStore,
    secrets: SecretStore,
) -> None:
    providers.upsert(ProviderConfig("openai", "openai", f"{server.url}/v1", models=[PRICED, UNPRICED]))
    secrets.set("provider:openai", KEY)
    panel = ChatPanel(panel_context(engines, models, Settings(last_model=f"openai:{PRICED}")))
    qtbot.addWidget(panel)
    panel.show()
    transcript = find(panel, Transcript, "Transcript")
    message = find(panel, QPlainTextEdit, "Message")
    send, stop = find(panel, QPushButton, "Send"), find(panel, QPushButton, "Stop")

    def idle() -> bool:
        return send.isEnabled() and not stop.isEnabled()

    def ask(text: str) -> None:
        qtbot.keyClicks(message, text)
        qtbot.keyClick(message, Qt.Key.Key_Return)

    assert find(panel, QLabel, "Privacy").fullText() == f"Sent to OpenAI via {server.url}/v1"
    server.reply = ["Hello", " from", " the", " API", "."]
    ask("Hi")
    qtbot.waitUntil(lambda: "Hello from the API." in transcript.toPlainText() and idle(), timeout=10_000)
    assert "$0.0" in transcript.toPlainText(), "a priced model shows its cost"
    assert server.chats()[-1].body["messages"][-1]["content"] == "Hi"

    panel.refresh_models()
    combo = find(panel, QComboBox, "Model")
    combo.setCurrentIndex(combo.findData(f"openai:{UNPRICED}"))
    server.reply = ["Unpriced", " answer"]
    ask("Again")
    qtbot.waitUntil(lambda: "Unpriced answer" in transcript.toPlainText() and idle(), timeout=10_000)
    assert "cost unknown" in transcript.toPlainText()

    server.reply = ["Partial", " answer", " never", " shown"]
    server.fault("stall", after=2)
    ask("Tell me more")
    qtbot.waitUntil(lambda: "Partial answer" in transcript.toPlainText(), timeout=10_000)
    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(idle, timeout=1000)  # Stop closes the stream within a second
    assert "never shown" not in transcript.toPlainText()
    assert find(panel, QLabel, "Status").text() == "Stopped."
    assert server.disconnected.wait(5), "Stop hangs up on the provider"
    panel.shutdown()


def test_test_connection_lists_the_servers_models_or_says_the_key_is_wrong(
    qtbot: QtBot, server: OpenAIServer, providers: ProviderStore, secrets: SecretStore
) -> None:
    def test_connection(config: ProviderConfig, api_key: str | None) -> list[str]:
        return list_models(config, api_key, options=OPTIONS)

    dialog = ProvidersDialog(providers, secrets, test_connection)
    qtbot.addWidget(dialog)
    dialog.show()
    find(dialog, QPushButton, "Add provider").click()
    qtbot.keyClicks(find(dialog, QLineEdit, "Provider name"), "lab")
    kind = find(dialog, QComboBox, "Provider kind")
    kind.setCurrentIndex(kind.findData("openai-compatible"))
    qtbot.keyClicks(find(dialog, QLineEdit, "Base URL"), f"{server.url}/v1")
    key = find(dialog, QLineEdit, "API key")
    qtbot.keyClicks(key, "sk-wrong-key-000000000000")
    result = find(dialog, QLabel, "Connection result")
    test = find(dialog, QPushButton, "Test connection")

    test.click()
    qtbot.waitUntil(lambda: result.text().startswith(AuthError.title), timeout=10_000)
    assert "sk-wrong-key" not in result.text(), "the key is never quoted back"

    key.clear()
    qtbot.keyClicks(key, KEY)
    test.click()
    qtbot.waitUntil(lambda: result.text().startswith("Connected"), timeout=10_000)
    assert result.text().startswith("Connected: 2 model")  # "model(s)": a %n plural
    find(dialog, QPushButton, "Save provider").click()
    assert providers.get("lab").models == [PRICED, UNPRICED]
