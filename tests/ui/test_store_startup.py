"""A history database the window cannot use stops start-up with a message box, not a traceback.

The store is opened right after the window's frame first paints (a check of a
large database must not keep the window from showing): the frame goes away
and the message box says why.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app import bootstrap
from app.core.history.db import DB_FILE_NAME
from app.core.history.schema import SCHEMA_VERSION
from app.core.logs import Redactor
from app.core.paths import Paths
from app.ui.main_window import MainWindow


def test_a_database_from_a_newer_plinth_is_explained_before_exit(
    qapp: QApplication, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    with closing(sqlite3.connect(paths.data_dir / DB_FILE_NAME)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = (paths.data_dir / DB_FILE_NAME).read_bytes()
    shown: list[tuple[str, str]] = []
    frames_shown: list[bool] = []

    earlier = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]  # other tests' windows

    def critical(_parent: object, title: str, text: str) -> None:
        shown.append((title, text))
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w not in earlier]
        frames_shown.extend(w.isVisible() for w in windows)

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(bootstrap, "setup_logging", lambda log_dir: Redactor())  # keep the test process's logging
    monkeypatch.setattr(MainWindow, "start", lambda _window, _services: pytest.fail("the window must not start"))
    style, sheet = qapp.style().name(), qapp.styleSheet()
    try:
        assert bootstrap.gui_main([]) == 1
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setStyle(style)
    ((title, text),) = shown
    assert frames_shown == [False], "the frame was there, and is gone when the message box shows"
    assert title == "Plinth: History is from a newer Plinth"
    assert "newer version of Plinth" in text and "Update Plinth" in text
    assert (paths.data_dir / DB_FILE_NAME).read_bytes() == before
