"""Batch classification with label scoring against the physical limit, and against generate-and-parse.

Plinth: ``run_batch`` over a CSV of ``ROWS`` through a LocalEngine on the
starter model (journal, output file and all), scoring each row's labels.

The limit (row 6, target >= 0.9x): scoring cannot avoid evaluating each
row's own tokens after the shared instructions, and on this model that
evaluation is nearly all of a row's time. The baseline is a raw
llama-cpp-python loop that does only that: a ``Llama`` in this process with
the same ``n_ctx``, threads and ``n_batch``, the shared prefix evaluated
once, then per row the KV cache dropped back to that prefix (``n_tokens``;
``Llama.eval`` clears the cells after it), the row's tokens evaluated and
the last logits read. Its tokens are the engine child's, found the way the
child finds them (the model's template rendered in the same sandbox, the
same tokenization, each label's tokens after the prompt, one at a time), and
the test checks that the child evaluated exactly as many for every row.

Reported beside it (row 6c, no target): a naive generate-and-parse loop
through the same engine, which samples an answer token by token (up to
``NAIVE_MAX_TOKENS``) and looks for a label in it. It evaluates the same row
tokens and then generates, so scoring is ~2.6x faster on this model and
cannot be much more.

Methods alternate over ``REPS`` repetitions and the median is reported, with
rows per second of wall time and per CPU second (steadier on a busy machine).
One llama.cpp thread unless PLINTH_BENCH_THREADS says otherwise: on a shared
machine more threads spin against each other. Run with ``make bench``; it
takes about a minute.
"""

from __future__ import annotations

import csv
import os
import statistics
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import psutil
import pytest

from app.core.engines.base import ChatRequest, Message, ScoreRequest, complete
from app.core.engines.local.child import _some_prefix_of_another
from app.core.engines.local.engine import N_BATCH, LocalEngine
from app.core.engines.local.slots import common_prefix
from app.core.tasks.batch import BatchSpec, ClassifyJob, run_batch
from app.core.tasks.classification import Classifier, LabelSet

REPS = 3
NAIVE_MAX_TOKENS = 32
#: Scoring's rows/s against the raw loop's, at least.
TARGET = 0.9
THREADS = int(os.environ.get("PLINTH_BENCH_THREADS", "1"))
LABELS = LabelSet.of(["positive", "negative", "neutral"])
ROWS = [
    ("The battery lasts all day and the screen is gorgeous.", "positive"),
    ("It stopped charging after a week and support never replied.", "negative"),
    ("Arrived on Tuesday, in a brown box.", "neutral"),
    ("Honestly the best headphones I have owned.", "positive"),
    ("Cheap plastic, it cracked the first time I dropped it.", "negative"),
    ("The manual is twelve pages long.", "neutral"),
    ("My kids love it and it was easy to set up.", "positive"),
    ("Loud fan, slow, and it overheats constantly.", "negative"),
    ("It comes in black or white.", "neutral"),
    ("Great value for the price, would buy again.", "positive"),
    ("Returned it. Complete waste of money.", "negative"),
    ("I used it twice this month.", "neutral"),
    ("Fast delivery and the quality exceeded my expectations.", "positive"),
    ("The app crashes every time I open the settings.", "negative"),
    ("The box contains a cable and a charger.", "neutral"),
    ("Wonderful customer service, they fixed everything quickly.", "positive"),
    ("Terrible sound quality, nothing like the reviews said.", "negative"),
    ("It weighs about two kilograms.", "neutral"),
    ("Comfortable, stylish and sturdy. Five stars.", "positive"),
    ("It broke after two days and the seller ignored me.", "negative"),
    ("The model number is printed on the back.", "neutral"),
    ("Exactly what I needed, works perfectly.", "positive"),
    ("Rude staff and the food was cold.", "negative"),
    ("We ordered the medium size.", "neutral"),
]


def _cpu(pid: int | None = None) -> float:
    """CPU seconds of a process (this one by default), all its threads."""
    times = psutil.Process(pid).cpu_times()
    return times.user + times.system


@dataclass
class RowTokens:
    """What the engine's child evaluates for one row: ``base[boundary:]``, then each target's tokens after
    ``start`` but its last, one at a time (the prompt's logits score a target's first token)."""

    base: list[int]
    boundary: int
    targets: list[tuple[list[int], int]]

    @property
    def evaluated(self) -> int:
        return len(self.base) - self.boundary + sum(len(tokens) - 1 - start for tokens, start in self.targets)


class RawScoring:
    """The raw loop: a ``Llama`` in this process that only evaluates each row's tokens after the cached prefix."""

    def __init__(self, model_path: Path, n_ctx: int) -> None:
        import llama_cpp
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        self.lib = llama_cpp
        self.llm = llama_cpp.Llama(str(model_path), n_ctx=n_ctx, n_threads=THREADS, n_threads_batch=THREADS,
                                   n_batch=N_BATCH, verbose=False)  # fmt: skip
        vocab = llama_cpp.llama_model_get_vocab(self.llm.model)
        self.n_vocab = self.llm.n_vocab()
        self._bos = self.llm.token_bos()
        self._add_bos = bool(llama_cpp.llama_vocab_get_add_bos(vocab))
        eot = llama_cpp.llama_vocab_eot(vocab)
        self._end = eot if eot >= 0 else self.llm.token_eos()

        def text(token: int) -> str:
            return llama_cpp.llama_vocab_get_text(vocab, token).decode("utf-8", errors="replace") if token >= 0 else ""

        # As the engine's child renders prompts, so both sides evaluate the same tokens.
        self._formatter = Jinja2ChatFormatter(
            template=self.llm.metadata["tokenizer.chat_template"], eos_token=text(self.llm.token_eos()),
            bos_token=text(self._bos),
        )  # fmt: skip

    def close(self) -> None:
        self.llm.close()

    def _render(self, messages: Sequence[Message]) -> str:
        return self._formatter(messages=[{"role": m.role, "content": m.content} for m in messages]).prompt

    def _tokens(self, text: str) -> list[int]:
        tokens = self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=True)
        if self._add_bos and self._bos >= 0 and tokens[:1] != [self._bos]:
            tokens.insert(0, self._bos)
        return tokens

    def prepare(self, request: ScoreRequest) -> RowTokens:
        """The tokens the engine's child evaluates for ``request``, found as ``engines.local.child._Runner._score`` does."""
        prompt = self._render(request.messages) + request.answer_prefix
        head = request.messages[request.shared_messages]
        shared = self._render((*request.messages[: request.shared_messages], Message(head.role, request.shared_text)))
        base = self._tokens(prompt)
        targets = []
        for branch in request.branches:
            stem = self._tokens(prompt + branch.stem) if branch.stem else base
            full = [self._tokens(prompt + branch.stem + target) for target in branch.targets]
            ends_needed = _some_prefix_of_another([f[len(stem) :] for f in full])
            for tokens in full:
                start = max(common_prefix(stem, tokens), 1)
                # Each target follows the whole prompt here; one that merged with its end would be evaluated
                # from further back, and this loop would then evaluate less than the child does.
                assert tokens[:start] == base, "a label merges with the text before it"
                if ends_needed:
                    tokens = [*tokens, self._end]
                targets.append((tokens, min(start, len(tokens) - 1)))
        boundary = min(common_prefix(self._tokens(shared), base), len(base) - 1)
        return RowTokens(base, boundary, targets)

    def start(self, prefix: list[int]) -> None:
        """Evaluates the shared prefix once, from position 0."""
        self.llm.reset()
        self.llm.eval(prefix)

    def score(self, row: RowTokens) -> None:
        """The row's tokens after the cached prefix, the last logits read after each evaluation."""
        llm = self.llm
        llm.n_tokens = row.boundary  # eval() drops every KV cell from here on: back to the prefix
        llm.eval(row.base[row.boundary :])
        self._read_logits()
        for tokens, start in row.targets:
            for i in range(start, len(tokens) - 1):
                llm.n_tokens = i  # back to the prompt, or to this target's own last token
                llm.eval(tokens[i : i + 1])
                self._read_logits()

    def _read_logits(self) -> np.ndarray:
        return np.ctypeslib.as_array(self.lib.llama_get_logits_ith(self.llm.ctx, -1), shape=(self.n_vocab,)).copy()


@pytest.fixture(scope="module")
def engine(starter_path: Path) -> Iterator[LocalEngine]:
    engine = LocalEngine(starter_path, "starter", context_cap=1024, n_threads=THREADS)
    engine.load()
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def raw(engine: LocalEngine, starter_path: Path) -> Iterator[RawScoring]:
    n_ctx = engine.capabilities.max_context
    assert n_ctx is not None
    loop = RawScoring(starter_path, n_ctx)
    yield loop
    loop.close()


def test_label_scoring_against_the_raw_loop_and_generate_and_parse(
    engine: LocalEngine, raw: RawScoring, tmp_path: Path, bench
) -> None:
    data = tmp_path / "rows.csv"
    with open(data, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["text", "gold"])
        writer.writerows(ROWS)
    classifier = Classifier(LABELS)
    assert engine.pid is not None
    model_pid = engine.pid

    # The raw loop's tokens, and a check that the engine's child evaluates exactly as many for every row.
    rows = [raw.prepare(classifier.score_request(text)) for text, _ in ROWS]
    prefix = rows[0].base[: rows[0].boundary]
    assert all(row.base[: row.boundary] == prefix for row in rows), "every row shares the instructions' prefix"
    engine.score(classifier.score_request(ROWS[0][0]))  # the prefix enters the child's cache
    for row, (text, _) in zip(rows, ROWS):
        stats = engine.score(classifier.score_request(text)).stats
        assert (stats.cached_tokens, stats.tokens_in - stats.cached_tokens) == (row.boundary, row.evaluated), text
    raw.start(prefix)

    def scored(rep: int) -> list[str | None]:
        out = tmp_path / f"scored-{rep}.csv"
        summary = run_batch(engine, BatchSpec(data, "text", out, ClassifyJob(LABELS), gold_column="gold"))
        return [r.label for r in summary.results]

    def raw_loop(_rep: int) -> None:
        for row in rows:
            raw.score(row)

    generated_tokens: list[int] = []

    def naive(_rep: int) -> list[str | None]:
        labels = []
        for text, _ in ROWS:
            request = ChatRequest(tuple(classifier._answer_messages(text)), max_tokens=NAIVE_MAX_TOKENS,
                                  temperature=0.0, top_k=1)  # fmt: skip
            completion = complete(engine, request)
            generated_tokens.append(completion.stats.tokens_out)
            found = classifier._match(completion.text)
            labels.append(found[0] if found else None)
        return labels

    names = ("scoring", "raw", "naive")
    wall: dict[str, list[float]] = {name: [] for name in names}
    #: Rows per CPU-second of the model process (the child) alone: scoring against naive, as before.
    model_cpu: dict[str, list[float]] = {name: [] for name in names}
    #: Rows per CPU-second of everything that works on them: the child and this process.
    all_cpu: dict[str, list[float]] = {name: [] for name in names}
    answers: dict[str, list[str | None]] = {}
    scored(-1)  # warm-up: the shared instructions enter the cache, as in any real batch
    for rep in range(REPS):
        for name, method in (("scoring", scored), ("raw", raw_loop), ("naive", naive)):
            child0, own0, t0 = _cpu(model_pid), _cpu(), time.perf_counter()
            labels = method(rep)
            elapsed, child, own = time.perf_counter() - t0, _cpu(model_pid) - child0, _cpu() - own0
            if labels is not None:
                answers[name] = labels
            wall[name].append(len(ROWS) / elapsed)
            model_cpu[name].append(len(ROWS) / child if child > 0 else float("inf"))
            all_cpu[name].append(len(ROWS) / (child + own))

    def med(samples: dict[str, list[float]], name: str) -> float:
        return statistics.median(samples[name])

    gold = [g for _, g in ROWS]
    accuracy = {name: sum(a == g for a, g in zip(labels, gold)) / len(gold) for name, labels in answers.items()}
    unparsed = sum(a is None for a in answers["naive"])
    per_row = statistics.mean(row.evaluated for row in rows)
    print()
    print(f"batch classification, {len(ROWS)} rows x {REPS} repetitions (median), starter model, {THREADS} thread(s)")
    for name in names:
        print(f"  {name:8} {med(wall, name):6.1f} rows/s wall   {med(all_cpu, name):6.1f} rows/CPU-s"
              + (f"   accuracy {accuracy[name]:.2f}" if name in accuracy else "")
              + f"   (wall: {', '.join(f'{x:.1f}' for x in wall[name])})")  # fmt: skip
    print(f"  each row evaluates {per_row:.1f} tokens after the {len(prefix)} of the shared prefix")
    print(f"  naive answers: {statistics.mean(generated_tokens):.1f} tokens on average (max {NAIVE_MAX_TOKENS}), "
          f"{unparsed} of {len(ROWS)} named no label")  # fmt: skip
    where = (f"{len(ROWS)} rows, starter model, {THREADS} thread(s), {per_row:.1f} tokens evaluated per row after "
             f"a {len(prefix)}-token cached prefix; raw: llama-cpp-python in this process, eval and read the last "
             f"logits; accuracy {accuracy['scoring']:.2f}")  # fmt: skip
    bench.row("6", "batch classification rows/s against a raw eval loop", wall["scoring"], wall["raw"], "rows/s",
              target=TARGET, target_text=f">= {TARGET:g}x the raw loop", notes=where)  # fmt: skip
    bench.row("6b", "batch classification rows per CPU-s against a raw eval loop", all_cpu["scoring"],
              all_cpu["raw"], "rows/CPU-s", target=TARGET, target_text=f">= {TARGET:g}x the raw loop",
              notes="CPU time of the model process and this one: steadier on a busy machine")  # fmt: skip
    bench.row("6c", "batch classification rows/s against generate-and-parse", wall["scoring"], wall["naive"],
              "rows/s", notes=f"reported, no target: naive generates {statistics.mean(generated_tokens):.1f} "
              f"tokens on average (max {NAIVE_MAX_TOKENS}) after the same row tokens; model process CPU "
              f"{med(model_cpu, 'scoring') / med(model_cpu, 'naive'):.2f}x; accuracy {accuracy['scoring']:.2f} "
              f"vs {accuracy['naive']:.2f}")  # fmt: skip
    # Reported, not enforced; but scoring must never be the slower one.
    assert med(model_cpu, "scoring") > med(model_cpu, "naive")
