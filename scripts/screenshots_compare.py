"""Screenshot of the Compare tab: the real starter model beside a priced remote model.

The remote model is the OpenAI protocol server the tests use, on 127.0.0.1,
pacing its tokens as a hosted model would. Run under a virtual screen:
``xvfb-run -a -s "-screen 0 1500x950x24" .venv/bin/python scripts/screenshots_compare.py``.
Saves compare.png in resources/screenshots/.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtWidgets import QListWidget, QPlainTextEdit, QPushButton, QTabWidget

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from paced_server import PacedOpenAIServer  # noqa: E402
from shots import OUT, hosted_openai, named, shown_window, started, wait_until  # noqa: E402

from app.core.compare.saved import open_comparisons  # noqa: E402
from app.core.providers import KINDS  # noqa: E402

KEY = "screenshot-key-0123456789abcdef"  # a fake key for the local test server
MODEL = KINDS["openai"].default_models[0]  # priced in resources/prices.json
PROMPT = "Why is the sky blue? Answer in two or three sentences."
REPLY = (
    "The sky looks blue because sunlight is scattered by the molecules in the air, and shorter "
    "wavelengths are scattered much more strongly than longer ones (**Rayleigh scattering**). "
    "Blue light is therefore sent across the whole sky, while red and yellow light pass mostly "
    "straight through — which is also why sunsets, seen through more air, look orange."
)


def main() -> int:
    with started() as (app, services, _home), PacedOpenAIServer(api_key=KEY) as server:
        server.models = [MODEL]
        server.reply = re.findall(r"\S+\s*", REPLY)
        server.usage = (31, len(server.reply) + 12)
        secrets = hosted_openai(services, server.url, [MODEL], KEY)
        services.settings.extra["compare"] = {
            "models": ["starter", f"openai:{MODEL}"],
            "task": "chat",
            "temperature": 0.2,
            "max_tokens": 160,
        }
        window = shown_window(services, secrets, comparisons=open_comparisons(services.store), store=services.store)
        panel = window.compare_panel
        assert panel is not None
        named(window, QTabWidget, "Panels").setCurrentWidget(panel)
        run = named(panel, QPushButton, "Run comparison")
        try:
            # The first comparison loads the starter model; a second one finds it loaded.
            # Reopening the first from the list shows it as it ran, load time included.
            for prompt in (PROMPT, "What is the capital of France? One sentence."):
                named(panel, QPlainTextEdit, "Input text").setPlainText(prompt)
                run.click()
                wait_until(app, lambda: run.isEnabled() and not panel.is_running)
            named(panel, QListWidget, "Saved comparisons").setCurrentRow(1)
            for _ in range(30):
                app.processEvents()
            window.grab().save(str(OUT / "compare.png"))
            print(f"saved {OUT / 'compare.png'}")
        finally:
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
