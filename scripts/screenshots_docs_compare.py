"""Screenshot of a comparison answered from a document collection: the real starter model beside a remote model.

The remote model is the OpenAI protocol server the tests use, on 127.0.0.1, pacing its tokens as a hosted model
would and citing the first source. Run under a virtual screen:
``xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots_docs_compare.py``.
Saves docs-compare.png (both columns with their citations and Sources lines, and what left the computer) in
resources/screenshots/, after checking that a column's citation opens its passage.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton, QTabWidget, QToolButton

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from paced_server import PacedOpenAIServer  # noqa: E402
from screenshots_docs_chat import first_source_link, write_handbook  # noqa: E402
from shots import OUT, hosted_openai, named, settle, shown_window, started, wait_until  # noqa: E402

from app.core.cancel import CancelToken  # noqa: E402
from app.core.compare.saved import open_comparisons  # noqa: E402
from app.core.documents.chat_retrieval import ChatRetrieval  # noqa: E402
from app.core.documents.indexer import Indexer, default_pipeline  # noqa: E402
from app.core.providers import KINDS  # noqa: E402
from app.ui.dialogs.passage_dialog import PassageDialog  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.widgets.transcript import Transcript  # noqa: E402

KEY = "screenshot-key-0123456789abcdef"  # a fake key for the local test server
MODEL = KINDS["openai"].default_models[0]
QUESTION = "How many days of annual leave do employees get, and can unused days be carried over?"
REPLY = (
    "Employees receive **27 days** of paid annual leave per calendar year [1]. Up to 5 unused days may be "
    "carried over, but only into the first quarter of the next year [1]."
)


def main() -> int:
    with started() as (app, services, home), PacedOpenAIServer(api_key=KEY) as server:
        server.models = [MODEL]
        server.reply = re.findall(r"\S+\s*", REPLY)
        server.usage = (180, len(server.reply) + 12)
        services.documents.create_collection("Handbook", [write_handbook(home / "handbook")])
        Indexer(services.documents, default_pipeline(ocr=False)).run("Handbook", CancelToken(), lambda _p: None)
        secrets = hosted_openai(services, server.url, [MODEL], KEY)
        services.settings.extra["compare"] = {
            "models": ["starter", f"openai:{MODEL}"],
            "task": "chat",
            "temperature": 0.0,
            "max_tokens": 80,
            "text": QUESTION,
        }
        retrieval = ChatRetrieval(services.documents, services.open_embedding)
        window = shown_window(
            services,
            secrets,
            comparisons=open_comparisons(services.store),
            store=services.store,
            chat_documents=retrieval,
        )
        try:
            compare(app, window)
        finally:
            window.close()
            retrieval.close()
    return 0


def compare(app: QApplication, window: MainWindow) -> None:
    panel = window.compare_panel
    assert panel is not None
    named(window, QTabWidget, "Panels").setCurrentWidget(panel)
    menu = named(panel, QToolButton, "Documents").menu()
    menu.aboutToShow.emit()
    next(a for a in menu.actions() if a.text() == "Handbook").trigger()
    named(panel, QPlainTextEdit, "Input text").setPlainText(QUESTION)
    run = named(panel, QPushButton, "Run comparison")
    run.click()
    wait_until(app, lambda: run.isEnabled() and not panel.is_running)
    settle(app)
    window.grab().save(str(OUT / "docs-compare.png"))
    print(f"saved {OUT / 'docs-compare.png'}")

    column = panel.columns[-1]
    transcript = next(t for t in column.findChildren(Transcript))
    transcript.anchorClicked.emit(QUrl(first_source_link(transcript)))
    settle(app)
    dialog = column.findChild(PassageDialog)
    assert dialog is not None and dialog.isVisible(), "the citation opened no passage"
    dialog.close()


if __name__ == "__main__":
    sys.exit(main())
