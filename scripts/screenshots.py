"""Takes the README screenshots of the real app with the real starter model.

Run under a virtual screen: `make screenshots` (xvfb-run). Each screen is
saved in resources/screenshots/: chat.png (the history sidebar beside the
chat, earlier conversations grouped by date), history.png (a conversation's
context menu) and history-search.png (a search with its hits highlighted).
"""

from __future__ import annotations

import sys
import tempfile
import uuid
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QPushButton
from shots import OUT, SIZE, settle, wait_until

from app.bootstrap import build_model_manager, build_services
from app.core.compare.saved import open_comparisons
from app.core.engines.remote.factory import list_models
from app.core.history.store import Store
from app.core.models.directory import ModelDirectory
from app.core.paths import Paths
from app.ui.app import application
from app.ui.main_window import MainWindow
from app.ui.window_services import WindowServices


def ask(app: QApplication, window: MainWindow, text: str, names: tuple[str, str] = ("Message", "Send")) -> None:
    """Sends ``text`` in the chat; ``names``: the message box's and Send's accessible names (translated ones
    in another language)."""
    message = next(w for w in window.findChildren(QPlainTextEdit) if w.accessibleName() == names[0])
    send = next(b for b in window.findChildren(QPushButton) if b.accessibleName() == names[1])
    message.setPlainText(text)
    send.click()
    wait_until(app, lambda: send.isEnabled() and not message.toPlainText())


#: Earlier conversations for the history sidebar: (days ago, pinned, question, answer).
EARLIER = [
    (0, True, "Project glossary: terms to keep in English", "API, backend, pull request, release notes."),
    (1, False, "Summarise these meeting notes in five bullet points", "- Launch moves to May\n- Two new hires"),
    (1, False, "Translate my cover letter into German", "Sehr geehrte Damen und Herren, …"),
    (3, False, "Explain Python decorators with an example", "A decorator wraps a function: `@cache` …"),
    (5, False, "Plan a three-day trip to Lisbon", "Day 1: Alfama and the castle; day 2: Belém …"),
    (12, False, "Regex that matches an ISO date", "`\\d{4}-\\d{2}-\\d{2}` matches 2026-03-15."),
    (26, False, "Why is my Python list comprehension slow?", "It builds the whole list in memory; a generator …"),
    (70, False, "Birthday message for my grandmother", "Happy birthday, Grandma! …"),
]


def seed_history(store: Store, earlier: list[tuple[int, bool, str, str]] = EARLIER) -> None:
    """Adds the earlier conversations as an import would, with their own dates."""
    now = datetime.now(UTC)
    conversations = []
    for days, pinned, question, answer in earlier:
        when = (now - timedelta(days=days, hours=2)).isoformat()
        conversations.append({
            "uid": uuid.uuid4().hex, "title": question, "created": when, "updated": when, "pinned": pinned,
            "model_id": "starter", "system_prompt": "", "settings": {"temperature": 0.7, "max_tokens": 512},
            "messages": [
                {"role": "user", "content": question, "model_id": None, "created": when, "settings": {},
                 "stats": None, "error": None, "state": "done"},
                {"role": "assistant", "content": answer, "model_id": "starter", "created": when, "settings": {},
                 "stats": None, "error": None, "state": "done"},
            ],
        })  # fmt: skip
    store.import_archive({"format": "plinth-archive", "version": 1, "exported": now.isoformat(),
                          "conversations": conversations})  # fmt: skip


def save(window: MainWindow, name: str, *, popup_width: int | None = None) -> None:
    """The window; with ``popup_width``, that much of its left side taken from the screen, an open menu included."""
    OUT.mkdir(parents=True, exist_ok=True)
    if popup_width:
        frame = window.frameGeometry()
        screen = QGuiApplication.primaryScreen()
        height = min(frame.height(), screen.geometry().bottom() - frame.y()) * 2 // 3
        picture = screen.grabWindow(0, frame.x(), frame.y(), popup_width, height)
    else:
        picture = window.grab()
    picture.save(str(OUT / name))
    print(f"saved {OUT / name}")


def show_context_menu(app: QApplication, window: MainWindow, title: str) -> QMenu:
    sidebar = window.chat_panel.history
    assert sidebar is not None
    model = sidebar.model
    row = next(r for r in range(model.rowCount()) if model.index(r).data() == title)
    rect = sidebar.view.visualRect(model.index(row))
    sidebar.view.customContextMenuRequested.emit(rect.center() + QPoint(-40, 0))
    wait_until(app, lambda: any(isinstance(w, QMenu) and w.isVisible() for w in app.topLevelWidgets()))
    settle(app)
    return next(w for w in app.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())


def main() -> int:
    # The real start: named, styled, and in the window's language (English unless PLINTH_LANG says).
    app = application(sys.argv)
    with tempfile.TemporaryDirectory() as home:
        services = build_services(Paths.from_environment({"PLINTH_HOME": home}))
        services.settings.system_prompt = "You are a helpful coding assistant."
        services.settings.temperature = 0.2
        services.settings.max_tokens = 300
        seed_history(services.store)
        window = MainWindow(
            services.settings,
            services.settings_store,
            WindowServices(
                engines=services.engines,
                models=ModelDirectory(services.library, services.providers, services.secrets),
                providers=services.providers,
                secrets=services.secrets,
                test_connection=list_models,
                model_manager=build_model_manager(services),
                comparisons=open_comparisons(services.store),
                store=services.store,
            ),
        )
        window.resize(*SIZE)
        window.show()
        try:
            ask(app, window, "Say hello in one short sentence.")
            ask(app, window, "Write a Python function that adds two numbers. Use a markdown code block.")
            settle(app)
            save(window, "chat.png")

            menu = show_context_menu(app, window, "Explain Python decorators with an example")
            save(window, "history.png", popup_width=620)
            menu.close()

            search = next(w for w in window.findChildren(QLineEdit) if w.accessibleName() == "Search conversations")
            search.setFocus()
            search.setText("python")
            sidebar = window.chat_panel.history
            assert sidebar is not None
            wait_until(app, lambda: sidebar.model.rowCount() > 1 and sidebar.model.index(0).data() != "Pinned")
            settle(app)
            save(window, "history-search.png")
        finally:
            window.close()
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
