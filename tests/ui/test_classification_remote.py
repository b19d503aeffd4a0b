"""The Classify tab against an OpenAI-compatible server over HTTP on 127.0.0.1 that lacks what Plinth
asks for first: it still classifies, a server that cannot is said so plainly, and a failure never leaves
the previous model's result on screen."""

from collections.abc import Iterator
from dataclasses import replace

import pytest
from fakes import registry_with
from helpers.widgets import find
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot
from servers.harness import FAST
from servers.openai_server import OpenAIServer
from task_fakes import ScoringEngine, keyword_rule

from app.core.engines.base import Engine
from app.core.engines.registry import EngineRegistry
from app.core.engines.remote.factory import create_remote_engine
from app.core.engines.remote.label_methods import LabelMethods
from app.core.models.directory import ModelDirectory
from app.core.paths import Paths
from app.core.pricing import PriceTable
from app.core.providers import ProviderConfig, ProviderStore
from app.ui.panels.classification_panel import ClassificationPanel
from app.ui.widgets.elided_label import ElidedLabel
from app.ui.widgets.probability_bars import ProbabilityBars
from tests.helpers.panels import panel_context

PEER_ID = "peer:smol"


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[OpenAIServer]:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    with OpenAIServer(api_key=None) as running:
        running.models = ["smol"]
        running.choice = "negative"
        yield running


@pytest.fixture
def engines(server: OpenAIServer, providers: ProviderStore, paths: Paths) -> Iterator[EngineRegistry]:
    providers.upsert(ProviderConfig("peer", "openai-compatible", base_url=server.url + "/v1", models=["smol"]))
    methods = LabelMethods(paths.label_methods_file)
    local = ScoringEngine(model_id="local:fake", rule=keyword_rule({"love": "positive"}, "neutral"))

    def remote_engine(model_id: str) -> Engine:
        name, _, model = model_id.partition(":")
        return create_remote_engine(providers.get(name), model, api_key=None, prices=PriceTable(),
                                    options=replace(FAST, max_retries=0), label_methods=methods)  # fmt: skip

    registry = registry_with(local, "local")
    registry.register_fallback(remote_engine)
    yield registry
    registry.close_all()


@pytest.fixture
def panel(qtbot: QtBot, engines: EngineRegistry, models: ModelDirectory) -> Iterator[ClassificationPanel]:
    widget = ClassificationPanel(panel_context(engines, models))
    qtbot.addWidget(widget)
    widget.resize(1080, 760)
    widget.show()
    yield widget
    widget.shutdown()


def pick(panel: ClassificationPanel, model_id: str) -> None:
    combo = find(panel, QComboBox, "Classification model")
    index = combo.findData(model_id)
    assert index >= 0, model_id
    combo.setCurrentIndex(index)


def classify(qtbot: QtBot, panel: ClassificationPanel, text: str) -> None:
    find(panel, QPlainTextEdit, "Text to classify").setPlainText(text)
    button = find(panel, QPushButton, "Classify")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find(panel, QPushButton, "Classify").isEnabled(), timeout=10000)


def test_a_server_that_fails_a_json_schema_still_classifies(
    qtbot: QtBot, panel: ClassificationPanel, server: OpenAIServer, paths: Paths
) -> None:
    server.refuse["json_schema"] = 500  # what llama_cpp.server answers
    server.send_usage = False  # nor does it send usage while streaming
    pick(panel, PEER_ID)

    classify(qtbot, panel, "It broke on day one")

    assert not find(panel, QLabel, "Classification error").isVisible()
    assert find(panel, QLabel, "Result").text() == "negative"
    assert "chosen in JSON mode" in find(panel, QLabel, "Result detail").text()
    stats = find(panel, QLabel, "Classification stats").text()
    assert "(estimated)" in stats and "~" in stats and " 0 in" not in stats
    # Remembered in the config folder: the next run asks no strict schema.
    assert '"json_schema"' in paths.label_methods_file.read_text(encoding="utf-8")
    server.requests.clear()
    classify(qtbot, panel, "Awful")
    assert [r.body.get("response_format", {}).get("type") for r in server.chats()][-1] == "json_object"
    assert not any(r.body.get("response_format", {}).get("type") == "json_schema" for r in server.chats())


@pytest.mark.parametrize("size", [(1080, 760), (1024, 700)])
def test_a_failure_clears_the_previous_models_result(
    qtbot: QtBot, panel: ClassificationPanel, server: OpenAIServer, size: tuple[int, int]
) -> None:
    panel.resize(*size)
    classify(qtbot, panel, "I love it")
    assert find(panel, QLabel, "Result").text() == "positive"
    bars = find(panel, ProbabilityBars, "Probabilities")
    assert bars.probabilities

    # A server that takes no way of asking for a label, and says so with stack traces.
    server.refuse.update(json_schema=500, json_object=500, logprobs=500, chat=500)
    pick(panel, PEER_ID)
    classify(qtbot, panel, "I love it")

    error = find(panel, QLabel, "Classification error")
    assert error.isVisible()
    assert "This server cannot classify" in error.text()
    assert 'File "' not in error.text() and "try again in a minute" not in error.text()
    assert find(panel, QLabel, "Result").text() == ""
    assert find(panel, QLabel, "Result detail").text() == ""
    assert bars.probabilities == {} and bars.message == ""
    assert find(panel, QLabel, "Classification stats").text() == ""
    # Trying again cannot help here, so the status line does not suggest it.
    status = find(panel, ElidedLabel, "Classification status").fullText()
    assert status.startswith("This server cannot classify") and "try again" not in status.lower()
