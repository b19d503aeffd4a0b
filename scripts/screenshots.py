"""Takes the README screenshots of the real app with the real starter model.

Run under a virtual screen: `make screenshots` (xvfb-run). Each screen is
saved in resources/screenshots/.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QElapsedTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton

from app.bootstrap import build_model_manager, build_services
from app.core.compare_store import ComparisonStore
from app.core.engines.remote import list_models
from app.core.model_directory import ModelDirectory
from app.core.paths import Paths
from app.ui.main_window import MainWindow
from app.ui.style import apply_style

OUT = Path(__file__).resolve().parent.parent / "resources" / "screenshots"


def wait_until(app: QApplication, done, timeout_ms: int = 120_000) -> None:
    clock = QElapsedTimer()
    clock.start()
    while not done():
        if clock.elapsed() > timeout_ms:
            raise TimeoutError("the model did not answer in time")
        app.processEvents()


def ask(app: QApplication, window: MainWindow, text: str) -> None:
    message = next(w for w in window.findChildren(QPlainTextEdit) if w.accessibleName() == "Message")
    send = next(b for b in window.findChildren(QPushButton) if b.accessibleName() == "Send")
    message.setPlainText(text)
    send.click()
    wait_until(app, lambda: send.isEnabled() and not message.toPlainText())


def main() -> int:
    app = QApplication(sys.argv)
    apply_style(app)
    with tempfile.TemporaryDirectory() as home:
        services = build_services(Paths.from_environment({"PLINTH_HOME": home}))
        services.settings.system_prompt = "You are a helpful coding assistant."
        services.settings.temperature = 0.2
        services.settings.max_tokens = 300
        window = MainWindow(
            services.engines,
            ModelDirectory(services.library, services.providers, services.secrets),
            services.settings,
            services.settings_store,
            services.providers,
            services.secrets,
            list_models,
            model_manager=build_model_manager(services),
            comparisons=ComparisonStore(services.paths.data_dir),
        )
        window.resize(1100, 940)
        window.show()
        try:
            ask(app, window, "Say hello in one short sentence.")
            ask(app, window, "Write a Python function that adds two numbers. Use a markdown code block.")
            for _ in range(20):
                app.processEvents()
            OUT.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(OUT / "chat.png"))
            print(f"saved {OUT / 'chat.png'}")
        finally:
            window.close()
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
