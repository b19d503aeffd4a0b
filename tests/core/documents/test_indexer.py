"""The indexer: unchanged files untouched, changed ones replaced, deleted ones gone, cancel, pause, kill -9 resume."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from helpers.documents import EVAL_DIR, HashedWordsEmbedder, TextPipeline

from app.core.cancel import Cancelled, CancelToken
from app.core.documents.indexer import EmbeddingModelMismatchError, Indexer, IndexProgress
from app.core.documents.store import DocumentStore
from app.core.paths import Paths

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "docs"
    shutil.copytree(EVAL_DIR, target)
    (target / "questions.csv").unlink()
    return target


def _run(store: DocumentStore, pipeline: TextPipeline, embedder: HashedWordsEmbedder | None = None,
         cancel: CancelToken | None = None) -> list[IndexProgress]:  # fmt: skip
    reports: list[IndexProgress] = []
    Indexer(store, pipeline.pipeline(), embedder).run("C", cancel or CancelToken(), reports.append)
    return reports


def _statuses(store: DocumentStore) -> dict[str, str]:
    return {Path(f.path).name: f.status for f in store.files("C")}


def test_a_folder_is_indexed_with_pages_and_progress(store: DocumentStore, folder: Path) -> None:
    (folder / "sub").mkdir()
    (folder / "sub" / "picture.png").write_bytes(b"\x89PNG")
    (folder / "sub" / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    store.create_collection("C", [folder])
    reports = _run(store, TextPipeline())
    statuses = _statuses(store)
    assert statuses.pop("picture.png") == "skipped" and statuses.pop("latin1.txt") == "failed"
    assert set(statuses.values()) == {"indexed"} and len(statuses) == 11
    files = {Path(f.path).name: f for f in store.files("C")}
    assert files["latin1.txt"].reason == "latin1.txt is not UTF-8 text."
    assert files["acme_supply_contract.txt"].pages == 2 and files["onboarding_checklist.txt"].pages == 1
    final = reports[-1]
    assert (final.phase, final.files_done, final.files_total, final.pages_done) == ("done", 13, 13, 21)
    assert [r.event.path for r in reports if r.event and r.event.status == "skipped"] == [
        str(folder / "sub" / "picture.png")
    ]
    assert any(r.phase == "extracting" and r.eta_s is not None for r in reports)


def test_unchanged_files_are_never_read_again(store: DocumentStore, folder: Path) -> None:
    store.create_collection("C", [folder])
    _run(store, TextPipeline())
    again = TextPipeline()
    reports = _run(store, again)
    assert again.extracted == []
    assert {r.event.status for r in reports if r.event} == {"unchanged"}


def test_a_changed_file_is_replaced_and_a_touched_one_kept(store: DocumentStore, folder: Path) -> None:
    collection = store.create_collection("C", [folder])
    _run(store, TextPipeline())
    changed = folder / "hr_leave_policy.txt"
    changed.write_text(changed.read_text().replace("28 days", "30 days") + "\n\nNew rule: quokka allowance.\n")
    touched = folder / "q3_sales_report.txt"
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 5_000_000_000))
    again = TextPipeline()
    _run(store, again)
    assert again.extracted == [changed]
    assert store.keyword_candidates(collection.id, '"quokka"', 5)
    assert store.keyword_candidates(collection.id, '"28"', 5) == []
    third = TextPipeline()
    _run(store, third)
    assert third.extracted == []


def test_a_deleted_file_leaves_the_index(store: DocumentStore, folder: Path) -> None:
    collection = store.create_collection("C", [folder])
    _run(store, TextPipeline())
    (folder / "product_roadmap.txt").unlink()
    reports = _run(store, TextPipeline())
    assert "product_roadmap.txt" not in _statuses(store)
    assert store.keyword_candidates(collection.id, '"harbor"', 5) == []
    assert any(r.event is None for r in reports)  # the removal is in the summary, not a per-file event


def test_vectors_are_added_after_extraction_and_files_become_indexed(
    store: DocumentStore, folder: Path, embedder: HashedWordsEmbedder
) -> None:
    collection = store.create_collection("C", [folder], embedding_model=embedder.model_id, chunk_chars=200,
                                         overlap_chars=20)  # fmt: skip
    reports = _run(store, TextPipeline(), embedder)
    assert set(_statuses(store).values()) == {"indexed"}
    passages = sum(f.passages for f in store.files("C"))
    assert len(embedder.texts_embedded) == passages == len(store.vector_rows(collection.id, embedder.model_id)[1])
    assert reports[-1].passages_embedded == passages
    first_embedding = next(n for n, r in enumerate(reports) if r.phase == "embedding")
    assert all(r.phase != "extracting" for r in reports[first_embedding:])
    with pytest.raises(EmbeddingModelMismatchError, match="test:hashed-words"):
        Indexer(store, TextPipeline().pipeline(), HashedWordsEmbedder(model_id="other")).run(
            "C", CancelToken(), lambda _: None
        )


def test_without_its_engine_a_collection_is_keyword_searchable(store: DocumentStore, folder: Path) -> None:
    collection = store.create_collection("C", [folder], embedding_model="test:hashed-words")
    _run(store, TextPipeline())
    assert set(_statuses(store).values()) == {"extracted"}
    assert store.keyword_candidates(collection.id, '"bitlocker"', 5)


def test_cancel_stops_between_files_and_keeps_what_is_done(store: DocumentStore, folder: Path) -> None:
    store.create_collection("C", [folder])
    cancel = CancelToken()
    pipeline = TextPipeline()

    def progress(report: IndexProgress) -> None:
        if report.event is not None and report.files_done >= 2:
            cancel.cancel()

    with pytest.raises(Cancelled):
        Indexer(store, pipeline.pipeline()).run("C", cancel, progress)
    assert len(pipeline.extracted) == 3  # the third file's outcome is reported, then the loop stops
    assert sorted(_statuses(store).values()) == ["indexed"] * 3
    resumed = TextPipeline()
    _run(store, resumed)
    assert len(resumed.extracted) == 8


def test_pause_is_called_between_files_and_batches(
    store: DocumentStore, folder: Path, embedder: HashedWordsEmbedder
) -> None:
    store.create_collection("C", [folder], embedding_model=embedder.model_id, chunk_chars=100, overlap_chars=10)
    pipeline = TextPipeline()
    calls: list[int] = []
    gate = threading.Event()
    gate.set()

    def pause() -> None:
        calls.append(len(pipeline.extracted))
        gate.wait()

    Indexer(store, pipeline.pipeline(), embedder).run("C", CancelToken(), lambda _: None, pause)
    assert calls[:11] == list(range(11))  # once before each file
    batches = -(-len(embedder.texts_embedded) // 32)
    assert len(calls) == 11 + batches + 1  # and before each batch, and before finding there is none left


_CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from helpers.documents import HashedWordsEmbedder, TextPipeline
    from app.core.cancel import CancelToken
    from app.core.documents.indexer import Indexer
    from app.core.documents.store import DocumentStore

    slow = sys.argv[2]
    pipeline = TextPipeline(delay_s=0.2 if slow == "extract" else 0.0)
    embedder = HashedWordsEmbedder(delay_s=0.2 if slow == "embed" else 0.0)

    def progress(report):
        if report.event is not None or report.passages_embedded:
            print(report.phase, report.files_done, report.passages_embedded, flush=True)

    with DocumentStore.open(Path(sys.argv[1])) as store:
        Indexer(store, pipeline.pipeline(), embedder).run("C", CancelToken(), progress)
    """
)


def _kill_when(paths: Paths, slow: str, ready: str) -> None:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "tests")]))
    with subprocess.Popen([sys.executable, "-c", _CHILD, str(paths.documents_db), slow], stdout=subprocess.PIPE,
                          text=True, env=env) as child:  # fmt: skip
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith(ready):
                break
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


@pytest.mark.slow
def test_a_run_killed_mid_extraction_resumes_without_extracting_again(paths: Paths, folder: Path) -> None:
    with DocumentStore.open(paths.documents_db) as store:
        store.create_collection("C", [folder], embedding_model="test:hashed-words")
    _kill_when(paths, "extract", "extracting 3 ")
    with DocumentStore.open(paths.documents_db) as store:
        done = {f.path for f in store.files("C") if f.status == "extracted"}
        assert 3 <= len(done) < 11
        resumed, embedder = TextPipeline(), HashedWordsEmbedder()
        _run(store, resumed, embedder)
        assert done.isdisjoint(str(p) for p in resumed.extracted)
        assert len(done) + len(resumed.extracted) == 11
        assert set(_statuses(store).values()) == {"indexed"}
        assert len(embedder.texts_embedded) == sum(f.passages for f in store.files("C"))


@pytest.mark.slow
def test_a_run_killed_mid_embedding_resumes_without_embedding_again(paths: Paths, folder: Path) -> None:
    with DocumentStore.open(paths.documents_db) as store:
        collection = store.create_collection("C", [folder], embedding_model="test:hashed-words", chunk_chars=100,
                                             overlap_chars=10)  # fmt: skip
    _kill_when(paths, "embed", "embedding 11 64")
    with DocumentStore.open(paths.documents_db) as store:
        total = sum(f.passages for f in store.files("C"))
        left = store.count_to_embed(collection.id, "test:hashed-words")
        assert 64 <= total - left < total
        resumed, embedder = TextPipeline(), HashedWordsEmbedder()
        _run(store, resumed, embedder)
        assert resumed.extracted == []
        assert len(embedder.texts_embedded) == left
        assert len(store.vector_rows(collection.id, "test:hashed-words")[1]) == total
