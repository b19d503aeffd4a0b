"""The history file itself: migrations from the first schema, newer and damaged files, legacy comparisons."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.core.compare.results import ComparisonResult, ModelRun
from app.core.compare.saved import open_comparisons
from app.core.compare.spec import Comparison
from app.core.history import schema
from app.core.history.db import CHECK_MARKER_NAME, DB_FILE_NAME, StoreError, StoreVersionError
from app.core.history.schema import MIGRATIONS, SCHEMA_VERSION
from app.core.history.store import Store
from app.core.sqlite import apply_step

#: The schema of comparisons.sqlite3 as Plinth wrote it before the shared database.
LEGACY_SCHEMA = """
CREATE TABLE IF NOT EXISTS comparisons (
    id TEXT PRIMARY KEY, created TEXT NOT NULL, title TEXT NOT NULL, task TEXT NOT NULL,
    models TEXT NOT NULL, spec TEXT NOT NULL, runs TEXT NOT NULL, stopped INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS comparisons_created ON comparisons (created);
PRAGMA user_version = 1;
"""


def fill(store: Store, conversations: int = 40) -> None:
    for n in range(conversations):
        cid = store.create_conversation(model_id="starter")
        store.add_message(cid, "user", f"question {n} about lighthouses " + "padding " * 200)
        store.add_message(cid, "assistant", f"answer {n}", model_id="starter")


def files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


#: Fingerprints of the steps already in people's files. A step, once shipped, never changes:
#: a change to the schema is a new step appended to MIGRATIONS (and a line here).
SHIPPED_STEPS = ["f489797bf357f1a1", "aaa9285ced60660e", "12eb2af0783d6006"]


def test_shipped_migration_steps_never_change() -> None:
    fingerprints = [hashlib.sha256(step.encode()).hexdigest()[:16] for step in MIGRATIONS]
    assert fingerprints[: len(SHIPPED_STEPS)] == SHIPPED_STEPS, "append a new step instead of editing a shipped one"
    assert SCHEMA_VERSION == len(MIGRATIONS) >= len(SHIPPED_STEPS)


def test_a_new_file_is_wal_at_the_latest_schema(tmp_path: Path) -> None:
    with Store.open(tmp_path):
        pass
    with closing(sqlite3.connect(tmp_path / DB_FILE_NAME)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
    assert {"conversations", "messages", "messages_fts", "titles_fts", "translations", "classifications",
            "batch_runs", "comparisons"} <= names  # fmt: skip


def test_a_first_schema_file_migrates_with_its_data_searchable(tmp_path: Path) -> None:
    with closing(sqlite3.connect(tmp_path / DB_FILE_NAME, isolation_level=None)) as conn:
        apply_step(conn, 1, MIGRATIONS[0])
        conn.execute("INSERT INTO conversations (uid, title, created, updated, pinned, model_id, settings) VALUES "
                     "('a' || hex(randomblob(8)), 'Old chat about otters', '2025-01-01T00:00:00+00:00', "
                     "'2025-01-02T00:00:00+00:00', 1, 'starter', '{\"temperature\": 0.3}')")  # fmt: skip
        conn.execute("INSERT INTO messages (conversation_id, role, content, created, state) VALUES "
                     "(1, 'user', 'Do otters hold hands?', '2025-01-01T00:00:00+00:00', 'done'), "
                     "(1, 'assistant', 'Sea otters do, while sleeping.', '2025-01-01T00:00:01+00:00', 'done'), "
                     "(1, 'assistant', 'Half of a second answer', '2025-01-01T00:00:02+00:00', 'streaming')")  # fmt: skip
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    with Store.open(tmp_path) as store:
        (summary,) = store.list_conversations()
        assert (summary.title, summary.pinned, summary.message_count) == ("Old chat about otters", True, 3)
        record = store.get_conversation(summary.id)
        assert record.settings == {"temperature": 0.3} and record.created == "2025-01-01T00:00:00+00:00"
        assert [m.state for m in record.messages] == ["done", "done", "interrupted"]
        found = {(h.message_id, h.role) for h in store.search("otters")}
        assert found == {(1, "user"), (2, "assistant"), (None, None)}
        assert [h.message_id for h in store.search("second answer")] == [3]
        store.save_translation(
            model_id="starter", source_language="en", target_language="de", source_text="a", text="b"
        )
    with closing(sqlite3.connect(tmp_path / DB_FILE_NAME)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        conn.execute("INSERT INTO messages_fts (messages_fts) VALUES ('integrity-check')")
        conn.execute("INSERT INTO titles_fts (titles_fts) VALUES ('integrity-check')")


def test_each_step_is_one_transaction(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with closing(sqlite3.connect(tmp_path / DB_FILE_NAME, isolation_level=None)) as conn:
        apply_step(conn, 1, MIGRATIONS[0])
    broken = (*schema.MIGRATIONS[:2], "CREATE TABLE translations (x); CREATE TABLE nonsense (")
    monkeypatch.setattr(schema, "MIGRATIONS", broken)
    with pytest.raises(StoreError, match="cannot be read or written"):
        Store.open(tmp_path)
    with closing(sqlite3.connect(tmp_path / DB_FILE_NAME)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2  # step 2 kept, step 3 rolled back
        assert conn.execute("SELECT count(*) FROM sqlite_schema WHERE name = 'translations'").fetchone()[0] == 0


def test_a_file_from_a_newer_plinth_is_refused_and_left_byte_for_byte(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        fill(store, 3)
    with closing(sqlite3.connect(tmp_path / DB_FILE_NAME)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = (tmp_path / DB_FILE_NAME).read_bytes()
    with pytest.raises(StoreVersionError, match="newer version of Plinth") as caught:
        Store.open(tmp_path)
    assert "Update Plinth" in caught.value.hint
    assert (tmp_path / DB_FILE_NAME).read_bytes() == before
    assert not any(".corrupt-" in name for name in files(tmp_path))


def test_a_file_of_garbage_is_set_aside_and_a_new_one_started(tmp_path: Path) -> None:
    (tmp_path / DB_FILE_NAME).write_bytes(b"\x00\xffnot a database at all" * 500)
    (tmp_path / f"{DB_FILE_NAME}-wal").write_bytes(b"stale wal")
    with Store.open(tmp_path) as store:
        assert store.list_conversations() == []
        (warning,) = store.warnings
        assert "damaged" in warning and "set aside as plinth.sqlite3.corrupt-" in warning
        store.create_conversation(title="works")
    aside = sorted(n for n in files(tmp_path) if ".corrupt-" in n)
    assert len(aside) == 2 and aside[1] == aside[0] + "-wal"
    assert (tmp_path / aside[0]).read_bytes().startswith(b"\x00\xffnot a database")
    with Store.open(tmp_path) as store:
        assert store.warnings == [] and [c.title for c in store.list_conversations()] == ["works"]


def test_a_truncated_database_is_set_aside(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        fill(store)
    path = tmp_path / DB_FILE_NAME
    size = path.stat().st_size
    assert size > 100_000 and not (tmp_path / f"{DB_FILE_NAME}-wal").exists()
    with open(path, "r+b") as handle:
        handle.truncate(size // 2)
    with Store.open(tmp_path) as store:
        assert "truncated" in store.warnings[0] and store.list_conversations() == []
    (aside,) = [n for n in files(tmp_path) if ".corrupt-" in n]
    assert (tmp_path / aside).stat().st_size == size // 2


def wreck(path: Path, *names: str) -> None:
    """Overwrite every page of these tables and indexes, leaving the header and the schema readable."""
    with closing(sqlite3.connect(path)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        marks = ", ".join("?" * len(names))
        pages = [r[0] for r in conn.execute(f"SELECT pageno FROM dbstat WHERE name IN ({marks})", names)]
    data = bytearray(path.read_bytes())
    for page in pages:
        data[(page - 1) * page_size : page * page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))


def test_damage_the_first_statements_meet_is_set_aside_at_once(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        fill(store)
    wreck(tmp_path / DB_FILE_NAME, "messages", "messages_conversation")
    with Store.open(tmp_path) as store:
        assert "malformed" in store.warnings[0] and store.list_conversations() == []
    assert len([n for n in files(tmp_path) if ".corrupt-" in n]) == 1
    assert not (tmp_path / CHECK_MARKER_NAME).exists()


def test_damage_found_while_running_is_reported_then_set_aside_at_the_next_start(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        fill(store, 2)
        for n in range(60):
            store.save_translation(model_id="starter", source_language="en", target_language="de",
                                   source_text=f"text {n} " * 100, text="Text")  # fmt: skip
    wreck(tmp_path / DB_FILE_NAME, "translations", "translations_created")
    store = Store.open(tmp_path)  # opening reads only what it needs: it cannot see this yet
    try:
        assert store.warnings == [] and len(store.list_conversations()) == 2
        with pytest.raises(StoreError, match="damaged.*Restart Plinth"):
            store.recent_translations()
    finally:
        store.close()
    assert (tmp_path / CHECK_MARKER_NAME).exists()
    with Store.open(tmp_path) as store:
        assert "was damaged" in store.warnings[0] and store.list_conversations() == []  # found by the full check
    assert not (tmp_path / CHECK_MARKER_NAME).exists()


def test_a_python_without_fts5_gets_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema, "TOKENIZER", "no_such_tokenizer")
    with pytest.raises(StoreError, match="no usable FTS5 full-text search") as caught:
        Store.open(tmp_path)
    assert "sqlite3 module is built with FTS5" in caught.value.hint
    assert not (tmp_path / DB_FILE_NAME).exists()


def legacy_result(comparison_id: str) -> ComparisonResult:
    spec = Comparison(task="chat", models=("starter", "oa:gpt-test"), text="Hello — «ça va» 👋")
    runs = [ModelRun("starter", None, status="finished", text="Hi!"), ModelRun("oa:gpt-test", "OpenAI", status="failed",
                                                                                error="Key rejected.")]  # fmt: skip
    return ComparisonResult(comparison_id, "2026-01-01T00:00:00+00:00", spec, runs, stopped=False)


def test_legacy_comparisons_are_imported_once(tmp_path: Path) -> None:
    import json

    legacy = tmp_path / "comparisons.sqlite3"
    result = legacy_result("old1")
    with closing(sqlite3.connect(legacy)) as conn:
        conn.executescript(LEGACY_SCHEMA)
        conn.execute("PRAGMA journal_mode=WAL")
        with conn:
            conn.execute("INSERT INTO comparisons VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (result.id, result.created, result.spec.display_title, "chat", json.dumps(["starter", "oa:gpt-test"]),
                          json.dumps(result.spec.to_dict()), json.dumps([r.to_dict() for r in result.runs]), 0))  # fmt: skip
    with Store.open(tmp_path) as store:
        comparisons = open_comparisons(store)
        assert store.warnings == []
        assert comparisons.get("old1") == result
        assert [s.id for s in comparisons.list()] == ["old1"]
    assert not legacy.exists() and (tmp_path / "comparisons.sqlite3.imported").is_file()
    assert not (tmp_path / "comparisons.sqlite3-wal").exists()
    with Store.open(tmp_path) as store:
        assert len(open_comparisons(store).list()) == 1


def test_an_unreadable_legacy_comparisons_file_is_set_aside_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "comparisons.sqlite3").write_bytes(b"garbage" * 1000)
    with Store.open(tmp_path) as store:
        comparisons = open_comparisons(store)
        assert "old comparisons file could not be read" in store.warnings[0]
        assert comparisons.list() == []
    assert any(n.startswith("comparisons.sqlite3.corrupt-") for n in files(tmp_path))
