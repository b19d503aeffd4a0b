"""The local engine against a minimal llama-cpp-python loop, same model, same run (rows 1, 2, 3, 8).

Baseline: a ``Llama`` in this process, driven the shortest way there is:
``Llama.eval`` and the argmax of the last logits, no detokenization, no pipe.
Plinth: ``LocalEngine`` (llama.cpp in a child process, tokens streamed over a
pipe, incremental detokenization, stop strings, cancel checks), driven as the
app drives it. Both load the starter model with the same ``n_threads``,
``n_ctx``, ``n_batch`` and evaluate the same prompt tokens (the model's own
chat template, rendered here as the child renders it), greedy.

The generation row forces the same number of tokens on both sides: the raw
loop ignores end-of-text, and Plinth's prompt ("write a long story") runs past
``GEN_TOKENS``; the test checks that Plinth stopped on the length limit, not on
its own. Rates count the tokens after the first (the first one's time is the
prompt's): Plinth's from the first text received to the end of the stream,
as the window sees them.

Methods alternate over ``REPS`` repetitions and the median is reported, with
tokens per CPU-second (the model process, plus the parent for Plinth) in the
notes: steadier than wall time on this shared 2-core machine. One llama.cpp
thread unless PLINTH_BENCH_THREADS says otherwise: with a thread on each of
the two cores, any other runnable process (Plinth's own parent, the window,
another job) parks one of them and the other spins at ggml's barriers, so
both sides' rates swing by 10x from one run to the next.

Also measured: time to first token over a 20-turn chat (row 3, and its
scaling), the generation rate with 0, 1k and 4k tokens of context filled,
the panel switches on one model (row 8: the child's saved KV states), and the
memory-bandwidth ceiling on the generation rate. About four minutes in all.
"""

from __future__ import annotations

import dataclasses
import os
import random
import statistics
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import psutil
import pytest

from app.core.engines.base import ChatRequest, Message, ScoreRequest, Stats
from app.core.engines.local.engine import N_BATCH, LocalEngine
from app.core.models.gguf import read_gguf
from app.core.tasks.chat import ChatParams, Conversation
from app.core.tasks.classification import Classifier, ClassifyOptions, Example, Label, LabelSet
from app.core.tasks.translation import translation_request

THREADS = int(os.environ.get("PLINTH_BENCH_THREADS", "1"))
CTX = 8192
REPS = 5
GEN_TOKENS = 128
PP_TOKENS = 512
MIN_RATIO = 0.95
#: Chat turns: the conversation runs to the last one; TTFT is reported at these.
TURNS = (1, 5, 10, 20)
ANSWER_TOKENS = 32
CHAT_REPS = 2
FILLS = (1024, 4096)
FILL_TOKENS = 64
PANEL_REPS = 2

STORY = (Message("user", "Write a long story about a dragon who learns to bake bread."),)
TUTOR = (
    "You are a patient geography and history tutor for secondary-school students. Answer in two or three "
    "short sentences, in plain words, and never invent facts: say so when you are not sure. When a "
    "question is about a country, mention its capital and one thing it is known for. Do not use lists "
    "or headings; write continuous prose. If the student asks something off topic, bring them back gently."
)
QUESTIONS = [
    "What is the capital of France?", "Why is the Nile important?", "Who built the pyramids?",
    "What is the largest ocean?", "Tell me about Japan.", "Why did the Roman Empire fall?",
    "What language is spoken in Brazil?", "How tall is Mount Everest?", "What is a fjord?",
    "Tell me about Kenya.", "What was the Silk Road?", "Why is Venice built on water?",
    "Which river flows through Vienna?", "Tell me about Peru.", "What is the Sahara?",
    "Who was Genghis Khan?", "Why are there time zones?", "What is the capital of Canada?",
    "Tell me about Norway.", "What was the Renaissance?",
]  # fmt: skip
SUPPORT = (
    "You are the support assistant of Northwind Outdoor, a shop selling tents, sleeping bags and hiking "
    "gear. Be friendly and brief. Orders ship within two working days; returns are free within 30 days "
    "with the receipt; tents carry a two-year warranty, other gear one year. Never promise refunds, "
    "discounts or delivery dates you cannot confirm: offer to pass the case to a person instead. Ask for "
    "the order number when a question is about a specific order. Answer in the customer's language."
)
TICKET_LABELS = LabelSet.of(
    [
        Label("billing", "charges, refunds, invoices, payment methods"),
        Label("shipping", "delivery times, tracking, lost or damaged parcels"),
        Label("product", "how a product works, sizes, materials, defects"),
        Label("account", "log-in, passwords, personal data, newsletters"),
    ]
)
TICKET_OPTIONS = ClassifyOptions(
    instruction="The texts are customer e-mails to an outdoor equipment shop.",
    examples=(
        Example("I was charged twice for order 1182.", ("billing",)),
        Example("The tracking page has not changed for a week.", ("shipping",)),
        Example("Does the Alpine 2 tent fit two adults with backpacks?", ("product",)),
    ),
)


# -- the in-process baseline -----------------------------------------------------------


class RawLoop:
    """The minimal loop: one ``Llama`` in this process, ``eval`` and argmax."""

    def __init__(self, model_path: Path) -> None:
        import llama_cpp
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        self.lib = llama_cpp
        self.llm = llama_cpp.Llama(str(model_path), n_ctx=CTX, n_threads=THREADS, n_threads_batch=THREADS,
                                   n_batch=N_BATCH, verbose=False)  # fmt: skip
        vocab = llama_cpp.llama_model_get_vocab(self.llm.model)
        self.n_vocab = self.llm.n_vocab()
        self._bos = self.llm.token_bos()
        self._add_bos = bool(llama_cpp.llama_vocab_get_add_bos(vocab))

        def text(token: int) -> str:
            return llama_cpp.llama_vocab_get_text(vocab, token).decode("utf-8", errors="replace") if token >= 0 else ""

        # As the engine's child renders prompts, so both sides evaluate the same tokens.
        self._formatter = Jinja2ChatFormatter(
            template=self.llm.metadata["tokenizer.chat_template"], eos_token=text(self.llm.token_eos()),
            bos_token=text(self._bos),
        )  # fmt: skip

    def render(self, messages: Sequence[Message], suffix: str = "") -> list[int]:
        prompt = self._formatter(messages=[{"role": m.role, "content": m.content} for m in messages]).prompt
        tokens = self.llm.tokenize((prompt + suffix).encode("utf-8"), add_bos=False, special=True)
        if self._add_bos and self._bos >= 0 and tokens[:1] != [self._bos]:
            tokens.insert(0, self._bos)
        return tokens

    def _argmax(self) -> int:
        logits = np.ctypeslib.as_array(self.lib.llama_get_logits_ith(self.llm.ctx, -1), shape=(self.n_vocab,))
        return int(logits.argmax())

    def generate(self, prompt: list[int], n: int) -> tuple[float, float, list[int]]:
        """Tokens/s and tokens per CPU-second after the first token, and the tokens."""
        self.llm.reset()
        self.llm.eval(prompt)
        out = [self._argmax()]
        cpu0, t0 = _cpu(), time.perf_counter()
        while len(out) < n:
            self.llm.eval(out[-1:])
            out.append(self._argmax())
        wall, cpu = time.perf_counter() - t0, _cpu() - cpu0
        return (n - 1) / wall, (n - 1) / cpu, out

    def prompt_rate(self, prompt: list[int]) -> tuple[float, float]:
        """Tokens/s and tokens per CPU-second evaluating ``prompt`` from nothing, up to the first token."""
        self.llm.reset()
        cpu0, t0 = _cpu(), time.perf_counter()
        self.llm.eval(prompt)
        self._argmax()
        wall, cpu = time.perf_counter() - t0, _cpu() - cpu0
        return len(prompt) / wall, len(prompt) / cpu


# -- helpers ---------------------------------------------------------------------------------


def _cpu(pid: int | None = None) -> float:
    """CPU seconds of a process, all its threads: to the nanosecond where Linux says (schedstat)."""
    tasks = Path(f"/proc/{pid or os.getpid()}/task")
    if tasks.is_dir():
        total = 0
        for task in tasks.iterdir():
            try:
                total += int((task / "schedstat").read_text().split()[0])
            except (OSError, ValueError, IndexError):
                pass  # a thread that ended meanwhile
        if total:
            return total / 1e9
    times = psutil.Process(pid).cpu_times()  # 10 ms ticks
    return times.user + times.system


@dataclasses.dataclass
class Run:
    text: str
    stats: Stats
    first_s: float | None  # first text received, from the call
    wall_s: float  # the whole call
    cpu_s: float  # the child's and this process's CPU time over the call


def run(engine: LocalEngine, request: ChatRequest) -> Run:
    assert engine.pid is not None
    parts: list[str] = []
    stats: Stats | None = None
    first = None
    cpu0, t0 = _cpu(engine.pid) + _cpu(), time.perf_counter()
    for chunk in engine.stream(request):
        if chunk.text:
            if first is None:
                first = time.perf_counter() - t0
            parts.append(chunk.text)
        if chunk.stats is not None:
            stats = chunk.stats
    wall = time.perf_counter() - t0
    cpu = _cpu(engine.pid) + _cpu() - cpu0
    assert stats is not None
    return Run("".join(parts), stats, first, wall, cpu)


def words(n_tokens: int, raw: RawLoop, seed: int) -> str:
    """Prose-like filler of about ``n_tokens`` tokens."""
    rng = random.Random(seed)
    vocabulary = ("the river town market bread baker morning winter old road stone bridge people came every "
                  "day to buy warm loaves while children ran along walls and boats passed slowly under lamps "
                  "that glowed gold when evening fell over roofs and gardens near hills").split()  # fmt: skip
    sentences: list[str] = []
    while len(raw.llm.tokenize(" ".join(sentences).encode(), add_bos=False)) < n_tokens:
        sentences.extend(" ".join(rng.choice(vocabulary) for _ in range(12)).capitalize() + "." for _ in range(8))
    text = " ".join(sentences)
    while len(raw.llm.tokenize(text.encode(), add_bos=False)) > n_tokens:
        text = text.rsplit(" ", 1)[0]
    return text


def exactly(n_tokens: int, raw: RawLoop) -> tuple[Message, ...]:
    """A one-message conversation whose prompt is ``n_tokens`` tokens long, template included."""
    ask = "\n\nSummarise the text above in one sentence."
    overhead = len(raw.render((Message("user", ask),)))
    body = words(n_tokens - overhead + 8, raw, seed=n_tokens)
    while True:
        messages = (Message("user", body + ask),)
        n = len(raw.render(messages))
        if n <= n_tokens:
            break
        body = body.rsplit(" ", 1)[0]
    pad = 0
    while n < n_tokens:  # single words, one token each, up to the exact count
        pad += 1
        messages = (Message("user", body + " a" * pad + ask),)
        n = len(raw.render(messages))
    assert n == n_tokens, n
    return messages


def _paired(plinth: list[float], raw: list[float]) -> float:
    """The median of each repetition's own ratio: a run and its neighbour share the machine's load of the moment."""
    return statistics.median(p / r for p, r in zip(plinth, raw))


def _alternate(reps: int) -> Iterator[tuple[int, bool]]:
    """(rep, plinth_first): who goes first alternates, so a drift in machine load hits both alike."""
    for rep in range(reps):
        yield rep, rep % 2 == 0


# -- fixtures ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def raw(starter_path: Path) -> RawLoop:
    return RawLoop(starter_path)


@pytest.fixture(scope="module")
def engine(starter_path: Path) -> Iterator[LocalEngine]:
    engine = LocalEngine(starter_path, "starter", context_cap=CTX, n_threads=THREADS)
    engine.load()
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def no_reuse(starter_path: Path) -> Iterator[LocalEngine]:
    """The same engine evaluating every prompt from its first token: the baseline of row 3."""
    engine = LocalEngine(starter_path, "starter", context_cap=CTX, n_threads=THREADS, reuse_prefix=False)
    engine.load()
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def generation(raw: RawLoop, engine: LocalEngine) -> dict[str, Any]:
    """Row 1's samples, shared with the scaling and bandwidth rows."""
    prompt = raw.render(STORY)
    request = ChatRequest(STORY, max_tokens=GEN_TOKENS, temperature=0.0, seed=0)
    run(engine, request)  # warm-up: page in the weights, fill the caches
    raw.generate(prompt, 8)
    samples: dict[str, list[float]] = {"plinth": [], "plinth_cpu": [], "raw": [], "raw_cpu": []}
    same_text = True
    for _, plinth_first in _alternate(REPS):
        for side in ("plinth", "raw") if plinth_first else ("raw", "plinth"):
            if side == "plinth":
                r = run(engine, request)
                assert r.stats.tokens_in == len(prompt), "Plinth and the raw loop must see the same prompt"
                assert r.stats.tokens_out == GEN_TOKENS and r.stats.stop_reason == "length", r.stats
                assert r.first_s is not None
                samples["plinth"].append((GEN_TOKENS - 1) / (r.wall_s - r.first_s))
                samples["plinth_cpu"].append(GEN_TOKENS / r.cpu_s)
                plinth_text = r.text
            else:
                rate, per_cpu, tokens = raw.generate(prompt, GEN_TOKENS)
                samples["raw"].append(rate)
                samples["raw_cpu"].append(per_cpu)
                raw_text = raw.llm.detokenize(tokens).decode("utf-8", errors="replace")
        same_text = same_text and raw_text.strip() == plinth_text.strip()
    return {**samples, "same_text": same_text, "prompt_tokens": len(prompt)}


# -- rows 1 and 2 ----------------------------------------------------------------------------


def test_generation_rate(bench: Any, generation: dict[str, Any]) -> None:
    g = generation
    bench.row("1", f"generation, {GEN_TOKENS} tokens greedy, {THREADS} llama.cpp thread(s)", g["plinth"], g["raw"],
              "tok/s", target=MIN_RATIO,
              notes=f"paired ratio {_paired(g['plinth'], g['raw']):.2f}x; "
                    f"same text as the raw loop: {'yes' if g['same_text'] else 'no'}")  # fmt: skip
    bench.row("1b", "generation, tokens per CPU-second (Plinth: child + parent process)", g["plinth_cpu"],
              g["raw_cpu"], "tok/CPU-s", target=MIN_RATIO,
              notes="the cost of the engine itself, steadier than wall time on a shared machine")  # fmt: skip
    assert min(g["plinth"]) > 0 and min(g["raw"]) > 0


def test_prompt_processing_rate(bench: Any, raw: RawLoop, no_reuse: LocalEngine) -> None:
    messages = exactly(PP_TOKENS, raw)
    prompt = raw.render(messages)
    request = ChatRequest(messages, max_tokens=1, temperature=0.0, seed=0)
    run(no_reuse, request)
    samples: dict[str, list[float]] = {"plinth": [], "plinth_cpu": [], "raw": [], "raw_cpu": []}
    for _, plinth_first in _alternate(REPS):
        for side in ("plinth", "raw") if plinth_first else ("raw", "plinth"):
            if side == "plinth":
                r = run(no_reuse, request)
                assert r.stats.tokens_in == PP_TOKENS and r.stats.cached_tokens == 0, r.stats
                samples["plinth"].append(PP_TOKENS / r.wall_s)
                samples["plinth_cpu"].append(PP_TOKENS / r.cpu_s)
            else:
                rate, per_cpu = raw.prompt_rate(prompt)
                samples["raw"].append(rate)
                samples["raw_cpu"].append(per_cpu)
    bench.row("2", f"prompt processing, {PP_TOKENS}-token prompt to first token", samples["plinth"],
              samples["raw"], "tok/s", target=MIN_RATIO,
              notes=f"paired ratio {_paired(samples['plinth'], samples['raw']):.2f}x; Plinth's time is the whole "
                    "request: template, tokenizer, pipe, first token")  # fmt: skip
    bench.row("2b", "prompt processing, tokens per CPU-second (Plinth: child + parent)", samples["plinth_cpu"],
              samples["raw_cpu"], "tok/CPU-s", target=MIN_RATIO)  # fmt: skip


# -- row 3 and TTFT scaling ------------------------------------------------------------------


def test_time_to_first_token_over_a_conversation(bench: Any, engine: LocalEngine, no_reuse: LocalEngine) -> None:
    ttft: dict[int, list[float]] = {t: [] for t in TURNS}
    evaluated: dict[int, list[int]] = {t: [] for t in TURNS}
    cold: list[float] = []
    cold_tokens: list[int] = []
    params = ChatParams(temperature=0.0, max_tokens=ANSWER_TOKENS, seed=0)
    for rep in range(CHAT_REPS):
        # Each repetition is a new chat with its own system prompt: turn 1 finds nothing cached.
        conversation = Conversation(system_prompt=f"Session {rep + 1}. {TUTOR}")
        for turn in range(1, max(TURNS) + 1):
            conversation.add_user(QUESTIONS[turn - 1])
            request = conversation.request(params)
            if turn == 10 and rep % 2 == 0:
                c = run(no_reuse, dataclasses.replace(request, max_tokens=1))
            r = run(engine, request)
            if turn == 10 and rep % 2 == 1:
                c = run(no_reuse, dataclasses.replace(request, max_tokens=1))
            assert r.stats.ttft_s is not None and r.text, f"turn {turn} gave no answer"
            conversation.start_answer("starter").content = r.text
            if turn in ttft:
                ttft[turn].append(r.stats.ttft_s)
                evaluated[turn].append(r.stats.tokens_in - r.stats.cached_tokens)
            if turn == 10:
                assert c.stats.ttft_s is not None and c.stats.cached_tokens == 0
                cold.append(c.stats.ttft_s)
                cold_tokens.append(c.stats.tokens_in)

    def ev(turn: int) -> int:
        return int(statistics.median(evaluated[turn]))

    bench.row("3a", "TTFT, turn 10 of a chat against its turn 1", ttft[10], ttft[1], "s", higher_is_better=False,
              at_most=1.5, target_text="turn 10 <= 1.5x turn 1",
              notes=f"prompt tokens evaluated: {ev(10)} at turn 10 (of {cold_tokens[0]}), {ev(1)} at turn 1; "
                    f"{CHAT_REPS} chats, answers of up to {ANSWER_TOKENS} tokens")  # fmt: skip
    bench.row("3b", "TTFT, turn 10 against turn 10 with prefix reuse off", ttft[10], cold, "s",
              higher_is_better=False, target=3.0, target_text=">= 3x faster",
              notes=f"without reuse all {cold_tokens[0]} prompt tokens are evaluated")  # fmt: skip
    for turn in TURNS[1:]:
        bench.row("scaling", f"TTFT at turn {turn} against turn 1", ttft[turn], ttft[1], "s",
                  higher_is_better=False, notes=f"{ev(turn)} prompt tokens evaluated (turn 1: {ev(1)})")  # fmt: skip


# -- generation rate against context filled, and the bandwidth ceiling ---------------------------


def _bandwidth() -> float:
    """Bytes read and written per second by one core copying a 256 MiB array (best of 5)."""
    src = np.ones(2**28 // 8)
    dst = np.empty_like(src)
    best = 0.0
    for _ in range(5):
        t0 = time.perf_counter()
        np.copyto(dst, src)
        best = max(best, 2 * src.nbytes / (time.perf_counter() - t0))
    return best


def test_generation_rate_against_context_filled(
    bench: Any, raw: RawLoop, engine: LocalEngine, generation: dict[str, Any], starter_path: Path
) -> None:
    info = read_gguf(starter_path)
    meta = info.metadata
    arch = info.architecture
    n_embd, n_head = meta[f"{arch}.embedding_length"], meta[f"{arch}.attention.head_count"]
    n_head_kv = meta.get(f"{arch}.attention.head_count_kv", n_head)
    # K and V, f16, for every layer: what one more token of context adds to each step's reads.
    kv_per_token = 2 * meta[f"{arch}.block_count"] * (n_embd // n_head) * n_head_kv * 2
    model_bytes = info.tensor_data_size
    assert model_bytes
    bandwidth = _bandwidth()

    def ceiling(filled: int) -> float:
        return bandwidth / (model_bytes + filled * kv_per_token)

    base_tokens = generation["prompt_tokens"]
    bench.extra("memory_bandwidth_gb_s", round(bandwidth / 1e9, 2))
    bench.extra("model_bytes_per_token", model_bytes)
    bench.extra("kv_bytes_per_token_of_context", kv_per_token)
    bench.extra("llama_threads", THREADS)
    bench.row("bandwidth", "generation against the memory-bandwidth ceiling", generation["plinth"],
              ceiling(base_tokens), "tok/s",
              notes=f"ceiling = {bandwidth / 1e9:.1f} GB/s (one core, numpy copy) / "
                    f"{model_bytes / 1e6:.1f} MB of weights read per token "
                    f"(+ {kv_per_token / 1e3:.1f} kB per token of context)")  # fmt: skip
    rates: dict[int, list[float]] = {}
    overhead = len(raw.render(STORY)) + 2
    for fill in FILLS:
        messages = (Message("user", words(fill - overhead, raw, seed=fill) + "\n\n" + STORY[0].content),)
        request = ChatRequest(messages, max_tokens=FILL_TOKENS, temperature=0.0, seed=0)
        first = run(engine, request)  # evaluates the long prompt; the repetitions find it cached
        rates[fill] = []
        for _ in range(2):
            r = run(engine, request)
            assert r.first_s is not None and r.stats.tokens_out > 8, r.stats
            rates[fill].append((r.stats.tokens_out - 1) / (r.wall_s - r.first_s))
        bench.row("scaling", f"generation with {first.stats.tokens_in} tokens of context filled", rates[fill],
                  generation["plinth"], "tok/s",
                  notes=f"bandwidth ceiling {ceiling(first.stats.tokens_in):.0f} tok/s "
                        f"(with {base_tokens} filled: {ceiling(base_tokens):.0f})")  # fmt: skip


# -- row 8: panels taking turns on one model --------------------------------------------------


@dataclasses.dataclass
class PanelUse:
    evaluated: int
    cached: int
    seconds: float  # TTFT for the generating panels, the whole scoring for classification


def _panels(engine: LocalEngine) -> dict[str, list[PanelUse]]:
    """Chat, translation, classification, then each again with its next input: first use and return."""
    chat = Conversation(system_prompt=SUPPORT)
    classifier = Classifier(TICKET_LABELS, TICKET_OPTIONS)
    inputs = {
        "chat": ["Hello, can I still return a tent I bought three weeks ago?", "And who pays the postage?"],
        "translation": ["Your parcel left our warehouse this morning and should arrive on Thursday.",
                        "Please keep the receipt: the warranty on tents lasts two years."],
        "classification": ["Why was my card charged before the order shipped?",
                           "My sleeping bag's zip broke on the second night."],
    }  # fmt: skip
    uses: dict[str, list[PanelUse]] = {name: [] for name in inputs}
    for i in range(2):
        chat.add_user(inputs["chat"][i])
        r = run(engine, chat.request(ChatParams(temperature=0.0, max_tokens=24, seed=0)))
        chat.start_answer("starter").content = r.text
        assert r.stats.ttft_s is not None
        uses["chat"].append(PanelUse(r.stats.tokens_in - r.stats.cached_tokens, r.stats.cached_tokens, r.stats.ttft_s))
        r = run(engine, translation_request(inputs["translation"][i], "French", "English", temperature=0.0,
                                            seed=0, max_tokens=24))  # fmt: skip
        assert r.stats.ttft_s is not None
        uses["translation"].append(
            PanelUse(r.stats.tokens_in - r.stats.cached_tokens, r.stats.cached_tokens, r.stats.ttft_s)
        )
        scores = engine.score(classifier.score_request(inputs["classification"][i]))
        s = scores.stats
        uses["classification"].append(PanelUse(s.tokens_in - s.cached_tokens, s.cached_tokens, s.wall_s))
    return uses


def _instructions(raw: RawLoop) -> dict[str, int]:
    """Tokens each panel's prompts share from one input to the next: its system prompt and examples."""
    classifier = Classifier(TICKET_LABELS, TICKET_OPTIONS)

    def shared(a: list[int], b: list[int]) -> int:
        return next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))

    def score_tokens(request: ScoreRequest) -> list[int]:
        return raw.render(request.messages, request.answer_prefix)

    chat = [raw.render((Message("system", SUPPORT), Message("user", q))) for q in ("Hi", "Where")]
    translation = [raw.render(translation_request(t, "French", "English").messages) for t in ("Hi", "Where")]
    scoring = [score_tokens(classifier.score_request(t)) for t in ("Hi", "Where")]
    return {"chat": shared(*chat), "translation": shared(*translation), "classification": shared(*scoring)}


def test_panel_switching_keeps_each_panels_instructions(bench: Any, raw: RawLoop, starter_path: Path) -> None:
    instructions = _instructions(raw)
    results: dict[int, dict[str, list[PanelUse]]] = {}
    for slots in (3, 0):  # 0: one KV cache for every panel, as before the saved states
        runs: dict[str, list[PanelUse]] = {}
        for _ in range(PANEL_REPS):
            # A fresh model each time: "first use" finds nothing cached.
            engine = LocalEngine(starter_path, "starter", context_cap=CTX, n_threads=THREADS, kv_slots=slots)
            try:
                engine.load()
                for name, (first, back) in ((n, u) for n, u in _panels(engine).items()):
                    runs.setdefault(name, []).extend([first, back])
            finally:
                engine.close()
        results[slots] = runs
    for number, name in (("8a", "chat"), ("8b", "translation"), ("8c", "classification")):
        with_slots, without = results[3][name], results[0][name]
        first, back = with_slots[0::2], with_slots[1::2]
        holds = all(b.cached >= instructions[name] for b in back)
        what = "TTFT" if name != "classification" else "scoring time"
        bench.row(number, f"{name}: {what} on returning to the panel against its first use",
                  [b.seconds for b in back], [f.seconds for f in first], "s", higher_is_better=False,
                  holds=holds, target_text="return re-evaluates none of its instructions",
                  notes=f"tokens evaluated on return {back[0].evaluated} (first use {first[0].evaluated}), "
                        f"{back[0].cached} cached >= {instructions[name]} of instructions: {holds}; "
                        f"with one shared KV cache (kv_slots=0) the return evaluates {without[1].evaluated} "
                        f"in {statistics.median(b.seconds for b in without[1::2]):.2f} s")  # fmt: skip
