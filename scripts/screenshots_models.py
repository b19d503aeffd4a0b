"""Screenshots of the Models page: the catalogue with this machine's fit badges,
and Search plus a download in progress, against the local test Hub.

Run from the repository root under a virtual screen:
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots_models.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from shots import OUT, SIZE, settle, wait_until  # noqa: E402

from app.bootstrap import build_model_manager, build_services  # noqa: E402
from app.core.engines.remote.factory import list_models  # noqa: E402
from app.core.models.directory import ModelDirectory  # noqa: E402
from app.core.models.downloads import Downloader  # noqa: E402
from app.core.models.hub import HubClient  # noqa: E402
from app.core.paths import Paths  # noqa: E402
from app.ui.app import application
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.window_services import WindowServices  # noqa: E402
from tests.servers.hub_server import HubServer  # noqa: E402


def main() -> int:
    # The real start: named, styled, and in the window's language (English unless PLINTH_LANG says).
    app = application(sys.argv)
    with tempfile.TemporaryDirectory() as home, HubServer() as hub:
        services = build_services(Paths.from_environment({"PLINTH_HOME": home}))
        starter = services.library.starter
        assert starter is not None, "install the starter model first (make run)"
        hub.add_repo(
            "local-hub/SmolLM2-135M-Instruct-GGUF",
            {"SmolLM2-135M-Instruct.Q4_1.gguf": starter.path},
            downloads=1200,
            likes=40,
        )
        hub.add_repo(
            "local-hub/SmolLM2-135M-Instruct-Q8-GGUF",
            {"smollm2-135m-instruct-q4_1.gguf": starter.path},
            downloads=300,
            likes=7,
        )
        hub.throttle_bps = 6_000_000
        manager = build_model_manager(services)
        manager.make_hub = lambda: HubClient(hub.url)
        manager.make_downloader = lambda: Downloader(services.paths.models_dir, hub.url)
        window = MainWindow(
            services.settings,
            services.settings_store,
            WindowServices(
                engines=services.engines,
                models=ModelDirectory(services.library, services.providers, services.secrets),
                providers=services.providers,
                secrets=services.secrets,
                test_connection=list_models,
                model_manager=manager,
            ),
        )
        window.resize(*SIZE)
        window.show()
        panel = window.models_panel
        assert panel is not None
        try:
            window._tabs.setCurrentWidget(panel)
            wait_until(app, lambda: panel.hardware is not None)
            settle(app)
            OUT.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(OUT / "models.png"))
            print(f"saved {OUT / 'models.png'}")

            panel._sections.setCurrentIndex(1)
            panel.search("smollm2")
            wait_until(app, lambda: panel._search_page.repo_table.rowCount() == 2)
            panel._search_page.repo_table.selectRow(0)
            wait_until(app, lambda: panel._search_page.files_table.rowCount() == 1)
            panel._search_page.files_table.cellWidget(0, 5).click()
            downloads = window.downloads
            assert downloads is not None
            fractions: list[float] = []
            downloads.progress.connect(lambda _job, report: fractions.append(report.fraction))
            wait_until(app, lambda: bool(fractions) and fractions[-1] > 0.35)
            settle(app)
            window.grab().save(str(OUT / "models-download.png"))
            print(f"saved {OUT / 'models-download.png'}")
        finally:
            window.close()
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
