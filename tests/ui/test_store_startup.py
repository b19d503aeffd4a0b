"""A history database the window cannot use stops start-up with a message box, not a traceback."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from PySide6.QtWidgets import QMessageBox

from app import bootstrap
from app.core.logs import Redactor
from app.core.paths import Paths
from app.core.store import DB_FILE_NAME, SCHEMA_VERSION


def test_a_database_from_a_newer_plinth_is_explained_before_exit(
    qapp: object, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    with closing(sqlite3.connect(paths.data_dir / DB_FILE_NAME)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = (paths.data_dir / DB_FILE_NAME).read_bytes()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(bootstrap, "setup_logging", lambda log_dir: Redactor())  # keep the test process's logging
    monkeypatch.setattr("app.ui.app.run_gui", lambda *a, **k: pytest.fail("the window must not open"))
    assert bootstrap.gui_main([]) == 1
    ((title, text),) = shown
    assert title == "Plinth: History is from a newer Plinth"
    assert "newer version of Plinth" in text and "Update Plinth" in text
    assert (paths.data_dir / DB_FILE_NAME).read_bytes() == before
