"""Saved comparisons in the shared history database: round trip, list, delete, schema version."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from app.core.compare.results import ComparisonResult, ModelMetrics, ModelRun
from app.core.compare.saved import ComparisonNotFoundError, ComparisonStore, open_comparisons
from app.core.compare.spec import Comparison
from app.core.engines.base import Stats
from app.core.history.db import DB_FILE_NAME as FILE_NAME
from app.core.history.db import StoreVersionError
from app.core.history.schema import SCHEMA_VERSION
from app.core.history.store import Store


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[list[Store]]:
    """Stores opened by a test, closed after it."""
    stores: list[Store] = []
    yield stores
    for store in stores:
        store.close()


def comparison_store(opened: list[Store], data_dir: Path) -> ComparisonStore:
    opened.append(Store.open(data_dir))
    return open_comparisons(opened[-1])


def sample(comparison_id: str = "c1", created: str = "2026-03-01T10:00:00+00:00", **spec: object) -> ComparisonResult:
    values: dict[str, object] = {"task": "classify", "models": ("starter", "oa:gpt-test"),
                                 "text": "I loved it — «très bien» 👍", "labels": ("positive", "negative=bad")}  # fmt: skip
    values.update(spec)
    local = ModelRun(
        "starter", None, status="finished", text="positive",
        classification={"label": "positive", "labels": ["positive"],
                        "probabilities": {"positive": 0.8125, "negative": 0.1875}, "abstained": False,
                        "method": "scores", "note": ""},
        stats=Stats(ttft_s=None, tokens_in=41, tokens_out=0, wall_s=0.1234567, load_s=0.0),
        metrics=ModelMetrics(load_s=1.5, wall_s=0.1234567, tokens_in=41, tokens_out=0, cost_usd=0.0,
                             peak_rss_bytes=345_678_912),
        notes=["a note"],
    )  # fmt: skip
    remote = ModelRun(
        "oa:gpt-test", "OpenAI", status="failed", text="posi", error_title="Key rejected",
        error="The key was rejected. Add a new key in Providers.",
        rows=[{"index": 0, "label": "positive", "labels": ["positive"], "probabilities": None, "error": ""}],
        rows_done=1, rows_total=3, batch_metrics={"accuracy": 1.0, "confusion": {"labels": ["a"], "matrix": [[1]]}},
        warnings=["The translation is empty."],
    )  # fmt: skip
    return ComparisonResult(comparison_id, created, Comparison(**values), [local, remote], stopped=True)  # type: ignore[arg-type]


def test_a_saved_comparison_reopens_identically(tmp_path: Path, opened: list[Store]) -> None:
    store = comparison_store(opened, tmp_path)
    result = sample()
    store.save(result)
    again = comparison_store(opened, tmp_path).get("c1")  # a fresh store: nothing cached
    assert again == result
    assert again.spec.models == ("starter", "oa:gpt-test") and isinstance(again.runs[0].stats, Stats)
    assert (tmp_path / FILE_NAME).is_file()


def test_list_is_newest_first_and_delete_removes_one(tmp_path: Path, opened: list[Store]) -> None:
    store = comparison_store(opened, tmp_path)
    assert store.list() == []
    store.save(sample("old", "2026-01-01T00:00:00+00:00"))
    store.save(sample("new", "2026-02-01T00:00:00+00:00", title="Reviews, March"))
    listed = store.list()
    assert [s.id for s in listed] == ["new", "old"]
    assert listed[0].title == "Reviews, March"
    assert listed[1].title == "classify: I loved it — «très bien» 👍"
    assert listed[0].task == "classify" and listed[0].models == ("starter", "oa:gpt-test")
    assert store.delete("old") is True
    assert store.delete("old") is False
    assert [s.id for s in store.list()] == ["new"]
    with pytest.raises(ComparisonNotFoundError):
        store.get("old")


def test_saving_again_replaces(tmp_path: Path, opened: list[Store]) -> None:
    store = comparison_store(opened, tmp_path)
    result = sample()
    store.save(result)
    result.runs[1].status = "finished"
    store.save(result)
    assert store.get("c1").runs[1].status == "finished"
    assert len(store.list()) == 1


def test_the_file_is_wal_with_a_schema_version(tmp_path: Path, opened: list[Store]) -> None:
    comparison_store(opened, tmp_path).save(sample())
    with closing(sqlite3.connect(tmp_path / FILE_NAME)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_file_from_a_newer_plinth_is_refused_untouched(tmp_path: Path, opened: list[Store]) -> None:
    with closing(sqlite3.connect(tmp_path / FILE_NAME)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreVersionError, match="newer version of Plinth"):
        comparison_store(opened, tmp_path).list()


def test_a_file_that_is_not_a_database_is_replaced_with_a_warning(tmp_path: Path, opened: list[Store]) -> None:
    (tmp_path / FILE_NAME).write_bytes(b"this is not SQLite" * 100)
    store = comparison_store(opened, tmp_path)
    assert store.list() == []
    assert "set aside" in opened[0].warnings[0]
    assert isinstance(store, ComparisonStore) and store.path == tmp_path / FILE_NAME
