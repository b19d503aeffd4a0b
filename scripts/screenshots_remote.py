"""Screenshots of closed models: the Providers dialog (providers.png) and a chat with a priced remote model
(chat-remote.png).

The providers are the OpenAI protocol server the tests use, on 127.0.0.1, answering as a hosted model
would; the keys are fakes in an in-memory keychain. Run under a virtual screen (`make screenshots`).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QTableWidget

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from paced_server import PacedOpenAIServer  # noqa: E402
from shots import OUT, hosted_openai, named, settle, shown_window, started, wait_until  # noqa: E402

from app.bootstrap import build_model_manager  # noqa: E402
from app.core.compare.saved import open_comparisons  # noqa: E402
from app.core.providers import KINDS, ProviderConfig  # noqa: E402

KEY = "screenshot-key-0123456789abcdef"  # a fake key for the local test server
MODEL = KINDS["openai"].default_models[0]  # priced in resources/prices.json
LOCAL_SERVER_MODELS = ["llama3.2:3b", "qwen3:4b", "mistral-small3.2:24b", "gemma3:12b"]
QUESTION = "Give me three tips for writing a clear commit message."
REPLY = (
    "1. **Start with a short summary line** (about 50 characters) in the imperative: *Fix crash on empty "
    "input*.\n2. **Explain why, not what**: the diff shows what changed; the message says why it had to.\n"
    "3. **One change per commit**, so the history reads as a list of decisions you can revert one by one."
)


def main() -> int:
    with (
        started() as (app, services, _home),
        PacedOpenAIServer(api_key=KEY) as hosted,
        PacedOpenAIServer(api_key=None) as local_server,
    ):
        hosted.models = [MODEL, *KINDS["openai"].default_models[1:3]]
        hosted.reply = re.findall(r"\S+\s*", REPLY)
        hosted.usage = (38, len(hosted.reply) + 9)
        local_server.models = LOCAL_SERVER_MODELS
        secrets = hosted_openai(services, hosted.url, hosted.models, KEY, {"ANTHROPIC_API_KEY": "sk-ant-screenshot"})
        services.providers.upsert(ProviderConfig("claude", "anthropic"))
        services.providers.upsert(ProviderConfig("ollama", "openai-compatible", f"{local_server.url}/v1"))
        services.settings.last_model = f"openai:{MODEL}"
        window = shown_window(
            services,
            secrets,
            model_manager=build_model_manager(services),
            comparisons=open_comparisons(services.store),
            store=services.store,
        )
        try:
            message = named(window, QPlainTextEdit, "Message")
            send = named(window, QPushButton, "Send")
            message.setPlainText(QUESTION)
            send.click()
            wait_until(app, lambda: send.isEnabled() and not message.toPlainText())
            settle(app)
            window.grab().save(str(OUT / "chat-remote.png"))
            print(f"saved {OUT / 'chat-remote.png'}")

            dialog = window.open_providers_dialog()
            table = dialog.findChild(QTableWidget)
            assert table is not None
            row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "ollama")
            table.selectRow(row)
            named(dialog, QPushButton, "Edit provider").click()
            named(dialog, QPushButton, "Test connection").click()
            wait_until(app, lambda: "Connected" in named(dialog, QLabel, "Connection result").text())
            settle(app)
            dialog.grab().save(str(OUT / "providers.png"))
            print(f"saved {OUT / 'providers.png'}")
            dialog.close()
        finally:
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
