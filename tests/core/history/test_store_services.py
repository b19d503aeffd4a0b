"""The store as the composition root hands it out: opened on first use, closed with the services."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from app.bootstrap import build_services
from app.core.history.db import DB_FILE_NAME, StoreError, StoreVersionError
from app.core.history.schema import SCHEMA_VERSION
from app.core.paths import Paths


def test_the_store_opens_on_first_use_and_closes_with_the_services(paths: Paths) -> None:
    services = build_services(paths, starter_path=None)
    database = paths.data_dir / DB_FILE_NAME
    assert not database.exists()  # commands that never use history never create it
    store = services.store
    assert services.store is store and database.exists()
    cid = store.create_conversation(title="kept")
    services.close()
    with pytest.raises(StoreError, match="closed"):
        store.get_conversation(cid)


def test_a_damaged_file_is_reported_among_the_services_warnings(paths: Paths) -> None:
    (paths.data_dir / DB_FILE_NAME).write_bytes(b"garbage" * 100)
    services = build_services(paths, starter_path=None)
    try:
        assert services.store.list_conversations() == []
        assert any("set aside" in w for w in services.warnings)
    finally:
        services.close()


def test_a_newer_file_raises_on_first_use(paths: Paths) -> None:
    with closing(sqlite3.connect(paths.data_dir / DB_FILE_NAME)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    services = build_services(paths, starter_path=None)
    try:
        with pytest.raises(StoreVersionError):
            services.store  # noqa: B018 - the property opens the file
    finally:
        services.close()
