"""Embedding throughput: the local embedding engine against a raw llama-cpp-python embed loop.

Plinth: ``LocalEmbeddingEngine.embed`` on the starter model, the model in
its child process, ``TEXTS_PER_REQUEST`` chunks a request over the pipe,
vectors back as float32 bytes, normalised.

Baseline: ``Llama(embedding=True).embed(chunks, normalize=True)`` in this
process, on the same file with the same context, batch, ubatch, pooling
(mean: the starter's file names none) and threads, over the same chunks.
The test checks that both give the same vectors, so both did the same work.

Target (row "emb", >= 0.9x): chunks per second of wall time. Methods
alternate over ``REPS`` repetitions and the median is reported. One
llama.cpp thread unless PLINTH_BENCH_THREADS says otherwise (on a shared
machine more threads spin against each other). Run with ``make bench``.
"""

from __future__ import annotations

import os
import statistics
import time
from typing import Any

import numpy as np
import psutil

from app.core.engines.local.embedding_engine import TEXTS_PER_REQUEST, LocalEmbeddingEngine

REPS = 3
TARGET = 0.9
THREADS = int(os.environ.get("PLINTH_BENCH_THREADS", "1"))
#: The context, batch and ubatch of both sides: chunks of a few hundred tokens, as the indexer makes them.
CONTEXT = 512
SENTENCES = (
    "The supplier agreed to deliver the spare parts within thirty days of the purchase order.",
    "Revenue in the northern region grew by eleven percent compared with the same quarter last year.",
    "All employees must complete the safety training before they are given access to the warehouse.",
    "The invoice lists twelve items, two of which were returned because they arrived damaged.",
    "Minutes of the board meeting: the budget for the new office was approved unanimously.",
    "Customers who subscribe before the end of the month receive a discount on the first year.",
)
#: 24 chunks of 1 to 4 sentences (~20 to ~80 tokens), in no particular order: small, since llama.cpp
#: evaluates only ~100 tokens/s on one thread of these shared machines.
CHUNKS = [
    " ".join(SENTENCES[(i + j) % len(SENTENCES)] for j in range(1 + (i * 3) % 4)) + f" (section {i})" for i in range(24)
]


def test_embedding_chunks_per_second_against_a_raw_embed_loop(embedder: LocalEmbeddingEngine, raw: Any, bench) -> None:
    assert embedder.max_tokens == CONTEXT
    ours = embedder.embed(CHUNKS)
    theirs = np.asarray(raw.embed(CHUNKS, normalize=True), dtype=np.float32)
    assert ours.shape == theirs.shape == (len(CHUNKS), 576)
    # The same vectors (to the last bits that batching changes): both sides did the same work.
    assert (np.sum(ours * theirs, axis=1) > 0.9995).all()

    rates: dict[str, list[float]] = {"plinth": [], "raw": []}
    #: Chunks per CPU second of every process that works on them (the child and this one): steadier than
    #: wall time on a machine shared with other work.
    cpu_rates: dict[str, list[float]] = {"plinth": [], "raw": []}
    child = psutil.Process(embedder.pid)
    own = psutil.Process()
    for _ in range(REPS):
        for name, run in (
            ("plinth", lambda: embedder.embed(CHUNKS)),
            ("raw", lambda: raw.embed(CHUNKS, normalize=True)),
        ):
            cpu0, start = _cpu(child) + _cpu(own), time.perf_counter()
            run()
            rates[name].append(len(CHUNKS) / (time.perf_counter() - start))
            cpu_rates[name].append(len(CHUNKS) / (_cpu(child) + _cpu(own) - cpu0))

    tokens = sum(len(raw.tokenize(chunk.encode("utf-8"))) for chunk in CHUNKS)
    bench.row(
        "emb",
        f"embedding chunks/s, engine child ÷ raw Llama.embed ({len(CHUNKS)} chunks, {tokens} tokens, "
        f"{TEXTS_PER_REQUEST} a request, {THREADS} thread)",
        rates["plinth"],
        rates["raw"],
        "chunks/s",
        target=TARGET,
        notes=f"median of {REPS}; per CPU second: plinth {statistics.median(cpu_rates['plinth']):.2f}, "
        f"raw {statistics.median(cpu_rates['raw']):.2f} chunks",
    )


def _cpu(process: psutil.Process) -> float:
    times = process.cpu_times()
    return times.user + times.system
