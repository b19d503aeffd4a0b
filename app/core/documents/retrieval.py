"""Finding passages: keyword (FTS5 BM25), semantic (numpy over stored vectors) and hybrid (reciprocal-rank fusion).

Scores, and what each mode's relevance floor compares them with:

* keyword: ``-bm25`` of SQLite FTS5, > 0 for every passage holding a query word; rarer words and
  more of them score higher. Its scale grows with the collection, so the default floor is 0: a
  passage must hold at least one of the query's words (common words such as "the" are left out of
  a query that has others).
* semantic: the cosine similarity of the query's vector and the passage's (both L2-normalised),
  -1…1. The default floor, 0.25, drops passages that share no meaning with the query for the
  small sentence-embedding models; a model whose scores bunch higher needs a higher floor.
* hybrid: the reciprocal-rank fusion score, the sum of 1 / (60 + rank) over the two lists. Ranks
  carry no relevance of their own, so hybrid applies each mode's floor before fusing: a passage
  that passes neither is never returned.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from app.core.documents.chunking import rejoin
from app.core.documents.records import Hit, Passage
from app.core.documents.store import DocumentStore, StoredPassage
from app.core.engines.embedding import EmbeddingEngine
from app.core.errors import UserFacingError
from app.core.ui_text import ui_text

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

Mode = Literal["keyword", "semantic", "hybrid"]
MODES: tuple[Mode, ...] = ("keyword", "semantic", "hybrid")
DEFAULT_FLOORS: dict[Mode, float] = {"keyword": 0.0, "semantic": 0.25, "hybrid": 0.0}
#: The k of reciprocal-rank fusion (Cormack et al. 2009): damps the weight of the very first ranks.
RRF_K = 60
#: Candidates taken from each list per hit asked for, before merging neighbours and capping per file.
POOL_FACTOR = 8
MIN_POOL = 64

# Words that match nearly every passage; dropped from a keyword query that has other words.
_STOP_WORDS = frozenset(
    "a an and are as at be by can could did do does for from had has have how i if in into is it its me my "
    "no not of on or our should so than that the their them then there these they this to us was we were "
    "what when where which who whom why will with would you your".split()
)
_WORD = re.compile(r"\w+", re.UNICODE)


class NoVectorsError(UserFacingError):
    title = "No embedding model"


@dataclass(frozen=True)
class Candidate:
    passage_id: int
    score: float


class _VectorCache:
    """One collection's vectors from one model as a matrix, reloaded when the index version moves on."""

    def __init__(self, version: int, ids: npt.NDArray[np.int64], matrix: npt.NDArray[np.float32]) -> None:
        self.version, self.ids, self.matrix = version, ids, matrix


class Retriever:
    """Searches collections; keeps each collection's vector matrix in memory between queries (thread-safe)."""

    def __init__(self, store: DocumentStore) -> None:
        self._store = store
        self._lock = threading.Lock()
        self._vectors: dict[tuple[int, str], _VectorCache] = {}
        self._keyword_worker: ThreadPoolExecutor | None = None

    def search(
        self,
        collection: str,
        query: str,
        k: int = 8,
        mode: Mode = "keyword",
        embedder: EmbeddingEngine | None = None,
        floor: float | None = None,
        max_per_file: int | None = 3,
        merge_neighbours: bool = True,
    ) -> list[Hit]:
        """The best ``k`` hits for ``query``, best first; ``max_per_file=None`` lifts the per-file cap.

        ``floor`` overrides the mode's relevance floor (see the module's docstring). Semantic and
        hybrid need the collection's embedding model as ``embedder`` and its vectors.
        """
        record = self._store.collection(collection)
        pool = max(k * POOL_FACTOR, MIN_POOL)
        if mode == "keyword":
            ranked = self._keyword(record.id, query, pool, DEFAULT_FLOORS["keyword"] if floor is None else floor)
        elif mode == "semantic":
            semantic_floor = DEFAULT_FLOORS["semantic"] if floor is None else floor
            ranked = self._semantic(record.id, record.name, record.embedding_model, query, pool, embedder,
                                    semantic_floor)  # fmt: skip
        else:
            # The FTS5 query runs beside the dot product: both release the GIL, so a hybrid query
            # costs about the slower of the two instead of their sum.
            keywords = self._worker().submit(self._keyword, record.id, query, pool, DEFAULT_FLOORS["keyword"])
            vectors = self._semantic(record.id, record.name, record.embedding_model, query, pool, embedder,
                                     DEFAULT_FLOORS["semantic"])  # fmt: skip
            ranked = fuse([keywords.result(), vectors])
            if floor is not None:
                ranked = [c for c in ranked if c.score >= floor]
        stored = self._store.passages_by_id([c.passage_id for c in ranked])
        scored = [(stored[c.passage_id], c.score) for c in ranked if c.passage_id in stored]
        if merge_neighbours:
            scored = self._merge_neighbours(scored)
        hits: list[Hit] = []
        per_file: dict[int, int] = {}
        for item, score in scored:
            if max_per_file is not None and per_file.get(item.file_id, 0) >= max_per_file:
                continue
            per_file[item.file_id] = per_file.get(item.file_id, 0) + 1
            hits.append(Hit(item.file, item.passage, score))
            if len(hits) == k:
                break
        return hits

    def _worker(self) -> ThreadPoolExecutor:
        """The thread hybrid queries run their keyword half on, started once: starting a thread per
        query cost milliseconds on a busy machine. It ends when the retriever is collected."""
        with self._lock:
            if self._keyword_worker is None:
                self._keyword_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="keyword-search")
            return self._keyword_worker

    def _keyword(self, collection_id: int, query: str, limit: int, floor: float) -> list[Candidate]:
        match = keyword_query(query)
        if not match:
            return []
        rows = self._store.keyword_candidates(collection_id, match, limit)
        return [Candidate(pid, -bm25) for pid, bm25 in rows if -bm25 > floor]

    def _semantic(
        self,
        collection_id: int,
        name: str,
        model: str | None,
        query: str,
        limit: int,
        embedder: EmbeddingEngine | None,
        floor: float,
    ) -> list[Candidate]:
        import numpy as np

        if model is None or embedder is None or embedder.model_id != model:
            raise NoVectorsError(
                ui_text(
                    "Collection “{name}” has vectors from {model}, and no engine for that model was given.",
                    name=name,
                    model=model,
                )
                if model
                else ui_text("Collection “{name}” has no embedding model.", name=name),
                ui_text(
                    "Pick an embedding model for the collection and index it, or search by keyword, which always works."
                ),
            )
        cache = self._matrix(collection_id, model)
        if cache.ids.size == 0:
            raise NoVectorsError(
                ui_text("Collection “{name}” has no vectors from {model} yet.", name=name, model=model),
                ui_text("Index the collection (it embeds after extracting), or search by keyword meanwhile."),
            )
        if not query.strip():
            return []
        query_vector = np.asarray(embedder.embed([query])[0], dtype=np.float32)
        scores = cache.matrix @ query_vector
        if scores.size > limit:
            top = np.argpartition(-scores, limit)[:limit]
        else:
            top = np.arange(scores.size)
        top = top[np.argsort(-scores[top], kind="stable")]
        return [Candidate(int(cache.ids[i]), float(scores[i])) for i in top if scores[i] >= floor]

    def _matrix(self, collection_id: int, model: str) -> _VectorCache:
        import numpy as np

        key = (collection_id, model)
        version = self._store.index_version(collection_id)
        with self._lock:
            cache = self._vectors.get(key)
            if cache is not None and cache.version == version:
                return cache
        version, rows = self._store.vector_rows(collection_id, model)
        ids = np.fromiter((pid for pid, _ in rows), dtype=np.int64, count=len(rows))
        blob = b"".join(vector for _, vector in rows)
        width = len(rows[0][1]) // 4 if rows else 0
        matrix = np.frombuffer(blob, dtype=np.float32).reshape(len(rows), width)
        cache = _VectorCache(version, ids, matrix)
        with self._lock:
            # One matrix per collection: an older model's matrix goes with its vectors.
            self._vectors = {k: v for k, v in self._vectors.items() if k[0] != collection_id}
            self._vectors[key] = cache
        return cache

    def _merge_neighbours(self, scored: list[tuple[StoredPassage, float]]) -> list[tuple[StoredPassage, float]]:
        """Join hits that are consecutive passages of one file at one place, keeping the best score.

        Passages at different places (another page or sheet) stay apart, so each hit's location
        stays true for all of its text.
        """
        by_key = {(item.file_id, item.passage.ordinal): n for n, (item, _) in enumerate(scored)}
        absorbed: set[int] = set()
        merged: list[tuple[StoredPassage, float]] = []
        for n, (item, score) in enumerate(scored):
            if n in absorbed:
                continue
            run = [n]
            for step in (-1, 1):
                ordinal = item.passage.ordinal + step
                while (other := by_key.get((item.file_id, ordinal))) is not None and other not in absorbed:
                    if scored[other][0].passage.location != item.passage.location:
                        break
                    run.append(other)
                    ordinal += step
            if len(run) == 1:
                merged.append((item, score))
                continue
            absorbed.update(run)
            parts = sorted((scored[i][0] for i in run), key=lambda s: s.passage.ordinal)
            merged.append((_joined(parts), max(scored[i][1] for i in run)))
        return merged


def _joined(parts: Sequence[StoredPassage]) -> StoredPassage:
    """One passage from consecutive ones of one section, their overlapping text counted once."""
    text = rejoin([part.passage for part in parts])
    end = max(part.passage.end for part in parts)
    first = parts[0]
    return StoredPassage(
        first.id, first.file_id, first.file, Passage(text, first.passage.location, first.passage.start, end,
                                                     first.passage.ordinal)
    )  # fmt: skip


def query_words(query: str) -> list[str]:
    """The words a keyword search looks for, lower-cased, once each: common words are left out when the
    query has others (the same words the search view marks in a hit)."""
    words = list(dict.fromkeys(word.lower() for word in _WORD.findall(query)))
    return [word for word in words if word not in _STOP_WORDS] or words


def keyword_query(query: str) -> str:
    """An FTS5 expression for what a person typed: each word quoted, OR-ed, so no input is read as syntax.

    ``"``, ``*``, ``-``, ``NEAR``, ``AND``, ``:`` and parentheses are plain text here.
    """
    return " OR ".join(f'"{word}"' for word in query_words(query))


def fuse(rankings: Sequence[Sequence[Candidate]], k: int = RRF_K) -> list[Candidate]:
    """Reciprocal-rank fusion: each list gives a passage 1 / (k + rank), rank from 1; best first."""
    totals: dict[int, float] = {}
    for ranking in rankings:
        for rank, candidate in enumerate(ranking, start=1):
            totals[candidate.passage_id] = totals.get(candidate.passage_id, 0.0) + 1.0 / (k + rank)
    return [Candidate(pid, score) for pid, score in sorted(totals.items(), key=lambda item: (-item[1], item[0]))]
