"""Takes the offline-mode screenshot: the real window, offline mode on, the starter model answering.

Run under a virtual screen (`make screenshots`, or
`xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots_offline.py`).
The model list is open, so the shot shows the models behind an API switched
off and labelled; the status bar shows "Offline". Saved as
resources/screenshots/offline.png.
"""

from __future__ import annotations

import sys
import tempfile

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QPushButton
from shots import OUT, SIZE, settle, wait_until

from app.bootstrap import build_model_manager, build_services, guard_offline
from app.core.compare.saved import open_comparisons
from app.core.engines.remote.factory import list_models
from app.core.models.directory import ModelDirectory
from app.core.paths import Paths
from app.core.providers import ProviderConfig
from app.ui.app import application
from app.ui.main_window import MainWindow
from app.ui.window_services import WindowServices


def main() -> int:
    # The real start: named, styled, and in the window's language (English unless PLINTH_LANG says).
    app = application(sys.argv)
    with tempfile.TemporaryDirectory() as home:
        services = build_services(Paths.from_environment({"PLINTH_HOME": home}))
        services.settings.temperature = 0.2
        services.settings.max_tokens = 120
        # Two providers, so the model list has models behind an API to show switched off.
        services.providers.upsert(ProviderConfig("openai", "openai"))
        services.providers.upsert(
            ProviderConfig("ollama", "openai-compatible", base_url="http://127.0.0.1:11434/v1", models=["llama3.2"])
        )
        guard_offline(services.offline)
        window = MainWindow(
            services.settings,
            services.settings_store,
            WindowServices(
                engines=services.engines,
                models=ModelDirectory(services.library, services.providers, services.secrets, services.offline),
                providers=services.providers,
                secrets=services.secrets,
                test_connection=list_models,
                model_manager=build_model_manager(services),
                comparisons=open_comparisons(services.store),
                store=services.store,
            ),
            offline=services.offline,
        )
        window.resize(*SIZE)
        window.move(0, 0)
        window.show()
        try:
            window.offline_action.trigger()
            message = next(w for w in window.findChildren(QPlainTextEdit) if w.accessibleName() == "Message")
            send = next(b for b in window.findChildren(QPushButton) if b.accessibleName() == "Send")
            message.setPlainText("Say hello in one short sentence.")
            send.click()
            wait_until(app, lambda: send.isEnabled() and not message.toPlainText())
            picker = next(c for c in window.findChildren(QComboBox) if c.accessibleName() == "Model")
            picker.showPopup()
            settle(app)
            # The open list is a window of its own: grab the screen where the main window lies.
            frame = window.frameGeometry()
            shot = app.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
            OUT.mkdir(parents=True, exist_ok=True)
            shot.save(str(OUT / "offline.png"))
            print(f"saved {OUT / 'offline.png'}")
            picker.hidePopup()
        finally:
            window.close()
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
