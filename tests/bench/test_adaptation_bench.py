"""Adaptation throughput: the trained classifier against zero-shot label scoring, and cached embedding against raw.

Row "adapt-1" (reported, no target): rows per second of the trained
classifier on the starter model, embedding included and nothing cached
(a new ``EmbeddingCache`` each repetition, so every text goes through
``LocalEmbeddingEngine``; then ``TrainedClassifier.predict_proba``), over
zero-shot label scoring of the same rows by the same model in a
``LocalEngine`` (``Classifier.run``, the system prompt cached, each row's
tokens evaluated and the labels scored). This is the speed side of "train
or prompt": one forward pass per row either way, but the classifier's is
the row alone, with no instructions and no label tokens.

Row "adapt-2" (target >= 0.9x): embedding rows per second through the
``EmbeddingCache`` (uncached: hashing, the SQLite lookups and writes, the
engine's child process and pipe) over a raw llama-cpp-python
``Llama(embedding=True).embed`` loop on the same texts in this process, with
the same context, batch, pooling and threads. Both give the same vectors.

Methods alternate over ``REPS`` repetitions and the median is reported.
One llama.cpp thread unless PLINTH_BENCH_THREADS says otherwise. Run with
``make bench``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from helpers.planted import planted_rows

from app.core.adaptation.embedding_cache import EmbeddingCache
from app.core.adaptation.trained import fit_classifier
from app.core.engines.local.embedding_engine import LocalEmbeddingEngine
from app.core.engines.local.engine import LocalEngine
from app.core.tasks.classification import Classifier, LabelSet

REPS = 3
TARGET = 0.9
THREADS = int(os.environ.get("PLINTH_BENCH_THREADS", "1"))
LABELS = ("billing", "technical", "shipping")
#: Short support tickets, the rows a classifier sees: 48 to classify, 30 to train on.
ROWS = planted_rows(16, LABELS, seed=21)
TRAIN = planted_rows(10, LABELS, seed=22)
TEXTS = [text for text, _ in ROWS]


@pytest.fixture(scope="module")
def chat(starter_path: Path) -> Iterator[LocalEngine]:
    engine = LocalEngine(starter_path, "starter", context_cap=1024, n_threads=THREADS)
    yield engine
    engine.close()


def test_classifier_and_cached_embedding_throughput(
    embedder: LocalEmbeddingEngine, chat: LocalEngine, raw: Any, tmp_path: Path, bench
) -> None:
    train_x = embedder.embed([text for text, _ in TRAIN])
    classifier = fit_classifier(train_x, [label for _, label in TRAIN], LABELS, embedding_model="starter")
    scorer = Classifier(LabelSet.of(LABELS))
    scorer.run(chat, TEXTS[0])  # loads the model and caches the instructions: neither is a row's cost

    caches = iter(range(10_000))

    def fresh_cache() -> EmbeddingCache:
        return EmbeddingCache(tmp_path / f"cache-{next(caches)}.sqlite3")

    def trained() -> Any:
        cache = fresh_cache()
        try:
            probabilities = classifier.predict_proba(cache.embed(embedder, TEXTS))
        finally:
            cache.close()
        return probabilities.argmax(axis=1)

    def cached_embedding() -> Any:
        cache = fresh_cache()
        try:
            return cache.embed(embedder, TEXTS)
        finally:
            cache.close()

    ours = cached_embedding()
    theirs = np.asarray(raw.embed(TEXTS, normalize=True), dtype=np.float32)
    assert ours.shape == theirs.shape == (len(TEXTS), 576)
    assert (np.sum(ours * theirs, axis=1) > 0.9995).all()  # the same vectors: both did the same work
    accuracy = float(np.mean([LABELS[i] == label for i, (_, label) in zip(trained(), ROWS)]))
    scored = [scorer.run(chat, text).label for text in TEXTS]
    zero_shot_accuracy = float(np.mean([p == label for p, (_, label) in zip(scored, ROWS)]))

    runs = {
        "trained": trained,
        "zero-shot": lambda: [scorer.run(chat, text) for text in TEXTS],
        "cached": cached_embedding,
        "raw": lambda: raw.embed(TEXTS, normalize=True),
    }
    rates: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(REPS):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            rates[name].append(len(TEXTS) / (time.perf_counter() - start))

    bench.row(
        "adapt-1",
        f"trained classifier rows/s (starter embeddings, uncached) ÷ zero-shot label scoring on starter "
        f"({len(TEXTS)} rows, {THREADS} thread)",
        rates["trained"],
        rates["zero-shot"],
        "rows/s",
        notes=f"median of {REPS}; accuracy on these rows: trained {accuracy:.2f} (30 training rows), "
        f"zero-shot {zero_shot_accuracy:.2f}",
    )
    bench.row(
        "adapt-2",
        f"embedding rows/s through the EmbeddingCache (uncached) ÷ raw Llama.embed ({len(TEXTS)} rows, "
        f"{THREADS} thread)",
        rates["cached"],
        rates["raw"],
        "rows/s",
        target=TARGET,
        notes=f"median of {REPS}",
    )
    assert accuracy > 1 / len(LABELS) + 0.2  # the classifier measured is one that works
