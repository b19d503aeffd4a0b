"""Retrieval: hostile keyword queries, semantic and hybrid order, the floor, neighbours merged, the per-file cap."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers.documents import EVAL_DIR, HashedWordsEmbedder, TextPipeline

from app.core.cancel import CancelToken
from app.core.documents.indexer import Indexer
from app.core.documents.records import Location, Passage
from app.core.documents.retrieval import Candidate, NoVectorsError, Retriever, fuse, keyword_query
from app.core.documents.store import DocumentStore


@pytest.fixture
def indexed(store: DocumentStore, tmp_path: Path, embedder: HashedWordsEmbedder) -> Retriever:
    folder = tmp_path / "docs"
    shutil.copytree(EVAL_DIR, folder)
    (folder / "questions.csv").unlink()
    store.create_collection("C", [folder], embedding_model=embedder.model_id, chunk_chars=300, overlap_chars=40)
    Indexer(store, TextPipeline().pipeline(), embedder).run("C", CancelToken(), lambda _: None)
    return Retriever(store)


def _file(store: DocumentStore, collection_id: int, path: str, texts: list[str], page: int | None = None) -> None:
    file_id = store.start_file(collection_id, path, 1, 1)
    passages, start = [], 0
    for n, text in enumerate(texts):
        passages.append(Passage(text, Location(page=page), start, start + len(text), n))
        start += len(text)
    store.add_passages(file_id, passages)
    store.finish_file(collection_id, file_id, sha256="0" * 64, pages=1, passages=len(texts), notes=[])


@pytest.mark.parametrize(
    "query",
    ['"unbalanced', "NEAR(a b)", "-minus", "a*", "col:umn", "AND OR NOT", "(((", "^start", "'; DROP TABLE passages; --",
     "{x y}", "+", "", "   ", "\u0000nul", "naïve café"],
)  # fmt: skip
def test_no_keyword_query_is_read_as_syntax(indexed: Retriever, query: str) -> None:
    hits = indexed.search("C", query)
    assert isinstance(hits, list)


def test_keyword_query_quotes_each_word_and_drops_common_ones() -> None:
    assert keyword_query('What is the "notice" period -NEAR* Acme?') == '"notice" OR "period" OR "near" OR "acme"'
    assert keyword_query("the of") == '"the" OR "of"'
    assert keyword_query("**") == ""


def test_keyword_finds_the_planted_fact_with_its_page(indexed: Retriever) -> None:
    [best, *_] = indexed.search("C", 'NEAR("termination" notice) 90 days?')
    assert Path(best.file).name == "acme_supply_contract.txt"
    assert best.passage.location == Location(page=2)
    assert "90 days written notice" in best.passage.text
    assert best.score > 0


def test_semantic_and_hybrid_need_vectors_and_the_engine(store: DocumentStore, embedder: HashedWordsEmbedder) -> None:
    store.create_collection("Plain")
    _file(store, store.collection("Plain").id, "/x/a.txt", ["some words"])
    retriever = Retriever(store)
    with pytest.raises(NoVectorsError, match="no embedding model"):
        retriever.search("Plain", "words", mode="semantic", embedder=embedder)
    store.set_embedding_model("Plain", embedder.model_id)
    with pytest.raises(NoVectorsError, match="no vectors"):
        retriever.search("Plain", "words", mode="hybrid", embedder=embedder)
    with pytest.raises(NoVectorsError, match="no engine"):
        retriever.search("Plain", "words", mode="semantic")
    assert retriever.search("Plain", "words")[0].passage.text == "some words"


def test_semantic_ranks_by_cosine_and_sees_new_vectors(indexed: Retriever, store: DocumentStore,
                                                        embedder: HashedWordsEmbedder) -> None:  # fmt: skip
    hits = indexed.search("C", "parental leave weeks", mode="semantic", embedder=embedder)
    assert Path(hits[0].file).name == "hr_leave_policy.txt"
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert all(0.25 <= h.score <= 1.0001 for h in hits)
    collection = store.collection("C")
    _file(store, collection.id, "/new/zebra.txt", ["zebra crossing zebra stripes"])
    todo = store.passages_to_embed(collection.id, embedder.model_id, 10)
    store.add_vectors(collection.id, embedder.model_id, [(pid, embedder.embed([t])[0].tobytes()) for pid, _, t in todo])
    assert indexed.search("C", "zebra stripes", mode="semantic", embedder=embedder)[0].file == "/new/zebra.txt"


def test_fusion_adds_reciprocal_ranks() -> None:
    keyword = [Candidate(1, 9.0), Candidate(2, 8.0), Candidate(3, 7.0)]
    semantic = [Candidate(3, 0.9), Candidate(4, 0.8), Candidate(1, 0.7)]
    fused = fuse([keyword, semantic])
    # 1: 1/61 + 1/63; 3: 1/63 + 1/61 (a tie, broken by id); 2: 1/62; 4: 1/62.
    assert [c.passage_id for c in fused] == [1, 3, 2, 4]
    assert fused[0].score == pytest.approx(1 / 61 + 1 / 63)
    assert fused[2].score == pytest.approx(1 / 62)


def test_hybrid_puts_what_both_modes_found_first(indexed: Retriever, embedder: HashedWordsEmbedder) -> None:
    query = "hotel cap per night in London"
    keyword = indexed.search("C", query, k=5, merge_neighbours=False, max_per_file=None)
    semantic = indexed.search("C", query, k=5, mode="semantic", embedder=embedder, merge_neighbours=False,
                              max_per_file=None)  # fmt: skip
    hybrid = indexed.search("C", query, k=5, mode="hybrid", embedder=embedder, merge_neighbours=False,
                            max_per_file=None)  # fmt: skip
    assert keyword[0].passage == semantic[0].passage == hybrid[0].passage
    assert hybrid[0].score == pytest.approx(2 / 61)
    assert "220 EUR in London" in hybrid[0].passage.text


def test_a_nonsense_query_finds_nothing_in_any_mode(indexed: Retriever, embedder: HashedWordsEmbedder) -> None:
    for mode in ("keyword", "semantic", "hybrid"):
        assert indexed.search("C", "xqzvy blorptang wuggle", mode=mode, embedder=embedder) == []  # type: ignore[arg-type]
    assert indexed.search("C", "parental leave", mode="semantic", embedder=embedder, floor=1.01) == []


def test_neighbours_are_merged_once_with_their_overlap(store: DocumentStore) -> None:
    collection = store.create_collection("M")
    # Three consecutive passages of one section overlapping by 5 characters, then one on another page.
    file_id = store.start_file(collection.id, "/m/a.txt", 1, 1)
    store.add_passages(file_id, [
        Passage("alpha apple orchard", Location(page=1), 0, 19, 0),
        Passage("chard apple pie", Location(page=1), 14, 29, 1),
        Passage("pie apple juice", Location(page=1), 26, 41, 2),
        Passage("apple tree on page two", Location(page=2), 0, 22, 3),
    ])  # fmt: skip
    store.finish_file(collection.id, file_id, sha256="0" * 64, pages=2, passages=4, notes=[])
    retriever = Retriever(store)
    hits = retriever.search("M", "apple")
    assert [h.passage.text for h in hits] == ["alpha apple orchard apple pie apple juice", "apple tree on page two"]
    assert (hits[0].passage.start, hits[0].passage.end, hits[0].passage.ordinal) == (0, 41, 0)
    assert len(retriever.search("M", "apple", merge_neighbours=False, max_per_file=None)) == 4


def test_at_most_n_hits_per_file_unless_asked(store: DocumentStore) -> None:
    collection = store.create_collection("P")
    _file(store, collection.id, "/p/many.txt", [f"budget line {n}" for n in range(6)], page=None)
    _file(store, collection.id, "/p/one.txt", ["the budget once, among many other words here"])
    retriever = Retriever(store)
    capped = retriever.search("P", "budget", merge_neighbours=False, max_per_file=2)
    assert [Path(h.file).name for h in capped].count("many.txt") == 2 and "/p/one.txt" in {h.file for h in capped}
    uncapped = retriever.search("P", "budget", k=20, merge_neighbours=False, max_per_file=None)
    assert len(uncapped) == 7
    assert len(retriever.search("P", "budget", k=3, merge_neighbours=False, max_per_file=None)) == 3
