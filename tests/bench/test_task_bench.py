"""A local JSON-extraction task run against the same prompts sent one by one with no prefix reuse.

Plinth (row "task", target >= 2x): ``run_matrix`` over ``ROWS`` short
invoices generated here, on the starter model through a ``LocalEngine``:
rows one at a time in row order, so the system prompt (the extraction rules,
two worked examples and the JSON Schema) and the template's fixed start stay
evaluated in llama.cpp's KV cache, and each row evaluates only its own
invoice before answering.

Baseline: the very same requests (``chat_request``, the same rendered
prompts, greedy sampling, the same answer length) sent one by one through a
``LocalEngine(reuse_prefix=False)``, which evaluates every prompt in full in
a fresh context: what a loop over an API without prompt caching does. It
takes every ``BASELINE_EVERY``-th row (its rows/s is the same on any of
these alike rows: 25 prompts, each ~2 s evaluated in full), so the bench
takes under 3 minutes, not a quarter of an hour.

Reported beside it: how many prompt tokens each row found already evaluated
(``Stats.cached_tokens``) out of its prompt, and how many outputs match
between the two runs (greedy decoding: they should all match, which shows
the two did the same work), and how many outputs parse: the grammar keeps
each answer to the schema, but ``max_tokens`` (20, to time the prompt work
rather than decoding) cuts a few before their end; that is reported, not
asserted.

One llama.cpp thread unless PLINTH_BENCH_THREADS says otherwise;
PLINTH_BENCH_TASK_ROWS changes the row count. About 2.5 minutes here.
"""

from __future__ import annotations

import json
import os
import statistics
import time
from pathlib import Path

from helpers.task_runs import INVOICE_SCHEMA, RecordingChecker, RecordingEngine, invoice_rows

from app.core.engines.base import complete
from app.core.engines.local.engine import LocalEngine
from app.core.tasks.custom.run import chat_request, run_matrix
from app.core.tasks.custom.spec import Column, TaskSpec, Variant, render

ROWS = int(os.environ.get("PLINTH_BENCH_TASK_ROWS", "200"))
BASELINE_EVERY = 8
THREADS = int(os.environ.get("PLINTH_BENCH_THREADS", "1"))
TARGET = 2.0
SYSTEM = """You read invoices and pull out two fields.
Rules:
- vendor: the company that sent the invoice, written exactly as on the invoice, without legal suffixes.
- total: the amount to pay, as a number with a decimal point, without the currency.
- If a field is missing, use an empty string for the vendor or 0 for the total.
- Never add fields, comments or explanations.
Example invoice: Northwind, 4 x gadget, total 19.99 USD
Example answer: {"vendor": "Northwind", "total": 19.99}
Example invoice: Contoso, 1 x service plan, total 250.00 EUR
Example answer: {"vendor": "Contoso", "total": 250.00}"""
TASK = TaskSpec(
    name="invoice extraction",
    system_prompt=SYSTEM,
    template="Extract the fields from this invoice and answer with the JSON object only.\nInvoice: {{invoice}}",
    output="json",
    schema=INVOICE_SCHEMA,
    max_tokens=20,
)
COLUMN = Column("starter", "default")


def test_task_run_rows_per_s_against_no_prefix_reuse(bench, starter_path: Path) -> None:  # noqa: ANN001
    rows = invoice_rows(ROWS)
    variant = Variant("default", TASK.template)
    requests = [chat_request(TASK, variant, render(TASK.template, row)) for row in rows[::BASELINE_EVERY]]
    plinth = RecordingEngine(LocalEngine(starter_path, "starter", context_cap=1024, n_threads=THREADS))
    fresh = LocalEngine(starter_path, "starter", context_cap=1024, n_threads=THREADS, reuse_prefix=False)
    try:
        plinth.engine.load()  # type: ignore[attr-defined]
        fresh.load()
        start = time.perf_counter()
        result = run_matrix(TASK, rows, [COLUMN], lambda _m: plinth, checker=RecordingChecker())
        plinth_s = time.perf_counter() - start
        start = time.perf_counter()
        baseline = [complete(fresh, request) for request in requests]
        baseline_s = time.perf_counter() - start
    finally:
        plinth.close()
        fresh.close()

    cells = [row.cells[COLUMN] for row in result.rows]
    assert all(not c.error for c in cells) and len(cells) == ROWS
    assert all(c.stats.cached_tokens == 0 for c in baseline)
    cached = [s.cached_tokens for s in plinth.stats[1:]]
    prompt = [s.tokens_in for s in plinth.stats[1:]]
    same = sum(c.text == b.text for c, b in zip(cells[::BASELINE_EVERY], baseline))
    parsed = sum(_parses(c.text) for c in cells)
    bench.row(
        "task",
        f"own task, {ROWS}-row local JSON extraction: rows/s with the prefix kept vs each prompt in full",
        ROWS / plinth_s,
        len(requests) / baseline_s,
        "rows/s",
        target=TARGET,
        notes=f"{statistics.mean(cached):.0f} of {statistics.mean(prompt):.0f} prompt tokens per row reused; "
        f"{same}/{len(baseline)} outputs identical to the baseline's; {parsed}/{ROWS} parse as JSON (the rest cut at max_tokens)",
    )
    bench.extra("task_prefix_tokens_reused_mean", statistics.mean(cached))


def _parses(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True
