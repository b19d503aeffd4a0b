"""Screenshots of a chat answered from a document collection, with the real starter model.

Run under a virtual screen:
``xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots_docs_chat.py``.
Saves docs-chat.png (the answer, its citations and the Sources line) and docs-passage.png (the passage a
citation opens) in resources/screenshots/.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton, QToolButton
from shots import OUT, SIZE, named, settle, started, wait_until

from app.bootstrap import window_services
from app.core.cancel import CancelToken
from app.core.documents.indexer import Indexer, default_pipeline
from app.ui.dialogs.passage_dialog import PassageDialog
from app.ui.main_window import MainWindow
from app.ui.widgets.transcript import Transcript

HANDBOOK = {
    "leave-policy.md": "# Annual leave\n\nEvery employee receives 27 days of paid annual leave per calendar year. "
    "Up to 5 unused days may be carried over into the first quarter of the next year.",
    "travel-policy.txt": "Travel expenses above 500 euros need written approval from the finance director "
    "before booking. Economy class is the default for flights under six hours.",
    "parking.txt": "Parking permits for the north garage are issued by the facilities desk on floor 2.",
}
QUESTION = "How many days of annual leave do employees get, and can unused days be carried over?"


def write_handbook(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name, text in HANDBOOK.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def main() -> int:
    with started() as (app, services, home):
        services.settings.temperature = 0.0
        services.settings.max_tokens = 80
        services.documents.create_collection("Handbook", [write_handbook(home / "handbook")])
        Indexer(services.documents, default_pipeline(ocr=False)).run("Handbook", CancelToken(), lambda _p: None)
        window = MainWindow(services.settings, services.settings_store, window_services(services, services.store))
        window.resize(*SIZE)
        window.show()
        try:
            chat(app, window)
        finally:
            window.close()
    return 0


def chat(app: QApplication, window: MainWindow) -> None:
    wait_until(app, lambda: window.chat_panel is not None)
    panel = window.chat_panel
    menu = named(panel, QToolButton, "Documents").menu()
    menu.aboutToShow.emit()
    next(a for a in menu.actions() if a.text() == "Handbook").trigger()
    message = named(panel, QPlainTextEdit, "Message")
    message.setPlainText(QUESTION)
    message.setFocus()
    named(panel, QPushButton, "Send").click()
    send = named(panel, QPushButton, "Send")
    wait_until(app, lambda: send.isEnabled() and not named(panel, QPushButton, "Stop").isEnabled())
    settle(app)
    window.grab().save(str(OUT / "docs-chat.png"))
    print(f"saved {OUT / 'docs-chat.png'}")

    transcript = named(panel, Transcript, "Transcript")
    href = first_source_link(transcript)
    transcript.anchorClicked.emit(QUrl(href))
    settle(app)
    dialog = panel.findChild(PassageDialog)
    assert dialog is not None, "the citation opened no passage"
    settle(app)
    dialog.grab().save(str(OUT / "docs-passage.png"))
    print(f"saved {OUT / 'docs-passage.png'}")
    dialog.close()


def first_source_link(transcript: Transcript) -> str:
    block = transcript.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            href = iterator.fragment().charFormat().anchorHref()
            if href.startswith("source:"):
                return href
            iterator += 1
        block = block.next()
    raise AssertionError("the answer has no Sources line")


if __name__ == "__main__":
    sys.exit(main())
