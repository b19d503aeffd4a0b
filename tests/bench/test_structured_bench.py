"""Grammar-constrained generation (a JSON Schema) against unconstrained generation, same model, same prompts.

Plinth: ``LocalEngine`` with ``ChatRequest.json_schema`` (the child samples
within a grammar, ``local/grammar.py``); baseline: the same engine, the same
prompt, no schema, for as many tokens as the constrained answer had. The
figure is the decode time per token (``1 / Stats.tokens_per_s``: the first
token's time is the prompt's), median over prompts and repetitions, who goes
first alternating. Issue 16's target: at most 1.3× the unconstrained time.

Row "grammar-first" says why the engine samples as it does: llama-cpp-python's
own ``grammar=`` path, which filters the whole vocabulary through the grammar
before every pick, against the same loop without a grammar, in this process.
Reported only.
"""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import llama_cpp
import pytest

from app.core.engines.base import ChatRequest, Message, Stats, complete
from app.core.engines.local.engine import LocalEngine

THREADS = int(os.environ.get("PLINTH_BENCH_THREADS", "1"))
REPS = 3
GEN_TOKENS = 64
SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "description": {"type": "string"},
        "price": {"type": "number"},
        "category": {"type": "string", "enum": ["food", "tool", "toy", "clothing"]},
        "tags": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["name", "description", "price", "category", "tags"],
}
SYSTEM = Message(
    "system",
    "You write product records. Answer with one JSON object with the keys name, description (two sentences), "
    "price, category (food, tool, toy or clothing) and tags.",
)
ITEMS = (
    "A red toy car with working lights, 12 dollars.",
    "A bag of long-grain rice from Thailand, 3.50.",
    "A steel claw hammer with a rubber grip, 25 euros.",
    "A dark chocolate bar with sea salt, 1.99.",
    "A wool winter scarf in grey, 30 dollars.",
)


def per_token_s(stats: Stats) -> float:
    assert stats.tokens_per_s is not None and stats.tokens_out > 8, stats
    return 1.0 / stats.tokens_per_s


@pytest.fixture(scope="module")
def engine(starter_path: Path) -> Iterator[LocalEngine]:
    engine = LocalEngine(starter_path, "starter", context_cap=2048, n_threads=THREADS)
    engine.load()
    yield engine
    engine.close()


def test_grammar_overhead(bench: Any, engine: LocalEngine) -> None:
    constrained: list[float] = []
    free: list[float] = []
    paired: list[float] = []
    tokens: list[int] = []
    parsed = 0
    for rep in range(REPS):
        for i, item in enumerate(ITEMS):
            ask = ChatRequest((SYSTEM, Message("user", item)), max_tokens=GEN_TOKENS, temperature=0.0)
            with_schema = ChatRequest(ask.messages, max_tokens=GEN_TOKENS, temperature=0.0, json_schema=SCHEMA)
            if rep == 0 or (rep + i) % 2 == 0:
                c = complete(engine, with_schema)
                f = complete(engine, ChatRequest(ask.messages, max_tokens=c.stats.tokens_out, temperature=0.0))
            else:
                # The constrained answer's length is known after the first repetition: then the free one goes first.
                f = complete(engine, ChatRequest(ask.messages, max_tokens=tokens[i], temperature=0.0))
                c = complete(engine, with_schema)
            if rep == 0:
                tokens.append(c.stats.tokens_out)
                try:
                    json.loads(c.text)
                    parsed += 1
                except ValueError:
                    assert c.stats.stop_reason == "length", c.text  # only the length limit may cut one short
            constrained.append(per_token_s(c.stats) * 1e3)
            free.append(per_token_s(f.stats) * 1e3)
            paired.append(constrained[-1] / free[-1])
    bench.row(
        "grammar",
        f"JSON Schema grammar, decode time per token, {len(ITEMS)} prompts x {REPS}, {THREADS} llama.cpp thread(s)",
        constrained,
        free,
        "ms/tok",
        at_most=1.3,
        notes=f"paired ratio {statistics.median(paired):.2f}x; tokens per answer {tokens}; "
        f"{parsed} of {len(ITEMS)} complete answers (the rest cut by the {GEN_TOKENS}-token limit)",
    )


def test_grammar_first_sampling_for_comparison(bench: Any, starter_path: Path) -> None:
    llm = llama_cpp.Llama(str(starter_path), n_ctx=1024, n_threads=THREADS, n_threads_batch=THREADS, verbose=False)
    grammar = llama_cpp.LlamaGrammar.from_json_schema(json.dumps(SCHEMA))
    template = "<|im_start|>system\n{}<|im_end|>\n<|im_start|>user\n{}<|im_end|>\n<|im_start|>assistant\n"

    def decode_ms(prompt: list[int], with_grammar: bool) -> float:
        llm.reset()
        times: list[float] = []
        last = time.perf_counter()
        for n, _ in enumerate(llm.generate(prompt, temp=0.0, grammar=grammar if with_grammar else None)):
            now = time.perf_counter()
            if n > 0:
                times.append(now - last)
            last = now
            if n == GEN_TOKENS // 2:
                break
        return statistics.mean(times) * 1e3

    filtered: list[float] = []
    free: list[float] = []
    try:
        for item in ITEMS[:3]:
            prompt = llm.tokenize(template.format(SYSTEM.content, item).encode(), add_bos=False, special=True)
            filtered.append(decode_ms(prompt, True))
            free.append(decode_ms(prompt, False))
    finally:
        llm.close()
    bench.row(
        "grammar-first",
        "llama-cpp-python's grammar= path (grammar over the whole vocabulary every token), for comparison",
        filtered,
        free,
        "ms/tok",
        notes="why the engine checks the chain's pick instead (not Plinth's path)",
    )
