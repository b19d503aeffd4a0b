"""Screenshots of the Documents tab: a collection indexed, a search with hits, and the retrieval check.

Run under a virtual screen:
``xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots_documents.py``.
Indexes the evaluation documents of the tests (tests/data/documents) in a temporary Plinth home, keyword
search only, and saves documents.png, documents_search.png and documents_check.png in resources/screenshots/.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from shots import OUT, SIZE, settle, wait_until

from app.bootstrap import build_document_services, build_services
from app.core.engines.remote.factory import list_models
from app.core.models.directory import ModelDirectory
from app.core.paths import Paths
from app.ui.app import application
from app.ui.main_window import MainWindow
from app.ui.window_services import WindowServices

DOCUMENTS = Path(__file__).resolve().parent.parent / "tests" / "data" / "documents"
COLLECTION = "Company policies"


def main() -> int:
    # The real start: named, styled, and in the window's language (English unless PLINTH_LANG says).
    app = application(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        folder = Path(home) / "Company policies"
        # The questions are the check's input, not one of the documents.
        shutil.copytree(DOCUMENTS, folder, ignore=shutil.ignore_patterns("questions.csv"))
        services = build_services(Paths.from_environment({"PLINTH_HOME": home}))
        models = ModelDirectory(services.library, services.providers, services.secrets)
        window = MainWindow(
            services.settings,
            services.settings_store,
            WindowServices(
                engines=services.engines,
                models=models,
                providers=services.providers,
                secrets=services.secrets,
                test_connection=list_models,
                documents=build_document_services(services, models),
            ),
        )
        window.resize(*SIZE)
        window.show()
        try:
            panel = window.documents_panel
            assert panel is not None
            window.centralWidget().setCurrentWidget(panel)  # type: ignore[attr-defined]
            panel.create_collection(COLLECTION)
            panel.add_paths([folder])
            wait_until(app, lambda: not panel.is_indexing)
            settle(app)
            save(window, "documents.png")

            panel.views.setCurrentWidget(panel.search_view)
            panel.search_view.search("How much notice is needed to terminate the Acme agreement?")
            wait_until(app, lambda: panel.search_view.hits != [])
            settle(app)
            save(window, "documents_search.png")

            panel.views.setCurrentWidget(panel.check_view)
            panel.check_view.run_check(DOCUMENTS / "questions.csv")
            wait_until(app, lambda: panel.check_view.report is not None)
            settle(app)
            save(window, "documents_check.png")
        finally:
            window.close()
            services.close()
    return 0


def save(window: MainWindow, name: str) -> None:
    path = OUT / name
    window.grab().save(str(path))
    print(path)


if __name__ == "__main__":
    sys.exit(main())
