"""The collection store: round trips, restarts, roots, and changing the embedding model."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core.documents.database import DocumentStoreError
from app.core.documents.records import Location, Passage
from app.core.documents.store import CollectionExistsError, CollectionNotFoundError, DocumentStore
from app.core.errors import UserFacingError
from app.core.paths import Paths


def _file_with_passages(store: DocumentStore, collection_id: int, path: str, texts: list[str]) -> int:
    file_id = store.start_file(collection_id, path, 10, 20)
    store.add_passages(file_id, [Passage(t, Location(page=1 + n), 0, len(t), n) for n, t in enumerate(texts)])
    store.finish_file(collection_id, file_id, sha256="ab" * 32, pages=len(texts), passages=len(texts),
                      notes=["page 2: needs OCR"])  # fmt: skip
    return file_id


def test_documents_db_is_in_the_data_folder_apart_from_the_history(paths: Paths) -> None:
    assert paths.documents_db.parent == paths.data_dir
    assert paths.documents_db.name != "plinth.sqlite3"


def test_a_collection_and_its_files_survive_a_restart(paths: Paths, tmp_path: Path) -> None:
    with DocumentStore.open(paths.documents_db) as store:
        created = store.create_collection("Contracts", [tmp_path / "a", tmp_path / "b.txt"], chunk_chars=800,
                                          overlap_chars=100)  # fmt: skip
        _file_with_passages(store, created.id, str(tmp_path / "a" / "x.txt"), ["alpha clause", "beta clause"])
        store.set_file_outcome(created.id, str(tmp_path / "a" / "y.bin"), "skipped", "not a text file")
    with DocumentStore.open(paths.documents_db) as store:
        collection = store.collection("Contracts")
        assert collection.roots == (str(tmp_path / "a"), str(tmp_path / "b.txt"))
        assert (collection.chunk_chars, collection.overlap_chars, collection.embedding_model) == (800, 100, None)
        files = {Path(f.path).name: f for f in store.files("Contracts")}
        assert files["x.txt"].status == "indexed"  # no embedding model: complete once extracted
        assert (files["x.txt"].pages, files["x.txt"].passages, files["x.txt"].notes) == (2, 2, ("page 2: needs OCR",))
        assert (files["y.bin"].status, files["y.bin"].reason) == ("skipped", "not a text file")
        [summary] = store.collections()
        assert (summary.files, summary.passages, summary.by_status) == (2, 2, {"indexed": 1, "skipped": 1})
        [[pid, _]] = store.keyword_candidates(collection.id, '"beta"', 10)
        stored = store.passages_by_id([pid])[pid]
        assert stored.passage == Passage("beta clause", Location(page=2), 0, 11, 1)
        assert stored.file == str(tmp_path / "a" / "x.txt")


def test_names_are_unique_and_unknown_names_are_said(store: DocumentStore) -> None:
    store.create_collection("Notes")
    with pytest.raises(CollectionExistsError, match="already exists"):
        store.create_collection("Notes")
    with pytest.raises(CollectionNotFoundError, match="“Nope”"):
        store.files("Nope")
    with pytest.raises(UserFacingError, match="overlapping"):
        store.create_collection("Bad", chunk_chars=500, overlap_chars=400)


def test_a_pending_file_is_not_searched_until_finished(store: DocumentStore) -> None:
    collection = store.create_collection("C")
    file_id = store.start_file(collection.id, "/x/a.txt", 1, 1)
    store.add_passages(file_id, [Passage("gamma ray", Location(), 0, 9, 0)])
    assert store.keyword_candidates(collection.id, '"gamma"', 10) == []
    store.finish_file(collection.id, file_id, sha256="0" * 64, pages=0, passages=1, notes=[])
    assert len(store.keyword_candidates(collection.id, '"gamma"', 10)) == 1


def test_removing_a_root_removes_its_files_only(store: DocumentStore, tmp_path: Path) -> None:
    collection = store.create_collection("C", [tmp_path / "keep", tmp_path / "drop"])
    _file_with_passages(store, collection.id, str(tmp_path / "keep" / "a.txt"), ["kept words"])
    _file_with_passages(store, collection.id, str(tmp_path / "drop" / "a.txt"), ["dropped words"])
    _file_with_passages(store, collection.id, str(tmp_path / "dropped-too-similar" / "a.txt"), ["sibling words"])
    after = store.remove_root("C", tmp_path / "drop")
    assert after.roots == (str(tmp_path / "keep"),)
    assert sorted(Path(f.path).parent.name for f in store.files("C")) == ["dropped-too-similar", "keep"]
    assert store.keyword_candidates(collection.id, '"dropped"', 10) == []
    with pytest.raises(UserFacingError, match="not one of the paths"):
        store.remove_root("C", tmp_path / "drop")


def test_changing_the_embedding_model_drops_the_old_vectors(store: DocumentStore) -> None:
    collection = store.create_collection("C", embedding_model="model-a")
    _file_with_passages(store, collection.id, "/x/a.txt", ["one", "two"])
    assert store.files("C")[0].status == "extracted"
    todo = store.passages_to_embed(collection.id, "model-a", 10)
    finished = store.add_vectors(collection.id, "model-a", [(pid, bytes(16)) for pid, _, _ in todo])
    assert finished == ["/x/a.txt"] and store.files("C")[0].status == "indexed"
    version = store.index_version(collection.id)
    store.set_embedding_model("C", "model-b")
    assert store.index_version(collection.id) > version
    assert store.files("C")[0].status == "extracted"
    assert store.vector_rows(collection.id, "model-a")[1] == []
    assert store.count_to_embed(collection.id, "model-b") == 2
    with pytest.raises(DocumentStoreError, match="changed while"):
        store.add_vectors(collection.id, "model-a", [(todo[0][0], bytes(16))])
    store.set_embedding_model("C", None)
    assert store.files("C")[0].status == "indexed"


def test_deleting_a_collection_deletes_its_index(store: DocumentStore) -> None:
    collection = store.create_collection("C")
    _file_with_passages(store, collection.id, "/x/a.txt", ["delta"])
    store.delete_collection("C")
    assert store.collections() == []
    assert store.passages_by_id([1]) == {}


def test_a_file_from_a_newer_plinth_is_refused_and_left_alone(paths: Paths) -> None:
    paths.documents_db.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(paths.documents_db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(DocumentStoreError, match="newer version"):
        DocumentStore.open(paths.documents_db)
    conn = sqlite3.connect(paths.documents_db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 99
    conn.close()
