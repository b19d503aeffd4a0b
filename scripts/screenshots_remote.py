"""Screenshots of closed models: the Providers dialog (providers.png) and a chat with a priced remote model
(chat-remote.png).

The providers are the OpenAI protocol server the tests use, on 127.0.0.1, answering as a hosted model
would; the keys are fakes in an in-memory keychain. Run under a virtual screen (`make screenshots`).
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton, QTableWidget

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from paced_server import PacedOpenAIServer  # noqa: E402
from shots import OUT, SIZE, named, settle, wait_until  # noqa: E402

from app.bootstrap import build_model_manager, build_services  # noqa: E402
from app.core.compare.saved import open_comparisons  # noqa: E402
from app.core.engines.remote.factory import create_remote_engine, list_models  # noqa: E402
from app.core.models.directory import ModelDirectory  # noqa: E402
from app.core.paths import Paths  # noqa: E402
from app.core.providers import KINDS, ProviderConfig  # noqa: E402
from app.core.secrets import SecretStore  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.style import apply_style  # noqa: E402
from app.ui.window_services import WindowServices  # noqa: E402
from tests.fakes import MemoryKeyring  # noqa: E402

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
    app = QApplication(sys.argv)
    apply_style(app)
    with (
        tempfile.TemporaryDirectory() as home,
        PacedOpenAIServer(api_key=KEY) as hosted,
        PacedOpenAIServer(api_key=None) as local_server,
    ):
        hosted.models = [MODEL, *KINDS["openai"].default_models[1:3]]
        hosted.reply = re.findall(r"\S+\s*", REPLY)
        hosted.usage = (38, len(hosted.reply) + 9)
        local_server.models = LOCAL_SERVER_MODELS
        services = build_services(Paths.from_environment({"PLINTH_HOME": home}))
        secrets = SecretStore(backend=MemoryKeyring(), environ={"ANTHROPIC_API_KEY": "sk-ant-screenshot"})
        secrets.set("provider:openai", KEY)
        openai = ProviderConfig("openai", "openai", f"{hosted.url}/v1", models=hosted.models)
        services.providers.upsert(openai)
        services.providers.upsert(ProviderConfig("claude", "anthropic"))
        services.providers.upsert(ProviderConfig("ollama", "openai-compatible", f"{local_server.url}/v1"))
        services.engines.register(
            "openai",
            lambda model_id: create_remote_engine(
                openai, model_id.split(":", 1)[1], api_key=KEY, prices=services.prices
            ),
        )
        services.settings.last_model = f"openai:{MODEL}"
        window = MainWindow(
            services.settings,
            services.settings_store,
            WindowServices(
                engines=services.engines,
                models=ModelDirectory(services.library, services.providers, secrets),
                providers=services.providers,
                secrets=secrets,
                test_connection=list_models,
                model_manager=build_model_manager(services),
                comparisons=open_comparisons(services.store),
                store=services.store,
            ),
        )
        window.resize(*SIZE)
        window.show()
        try:
            message = named(window, QPlainTextEdit, "Message")
            send = named(window, QPushButton, "Send")
            message.setPlainText(QUESTION)
            send.click()
            wait_until(app, lambda: send.isEnabled() and not message.toPlainText())
            settle(app)
            OUT.mkdir(parents=True, exist_ok=True)
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
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
