"""A task run against the loopback OpenAI-compatible server: rows at once with a 429 waited out, a missing
variable per row, cancel then resume with no cell asked twice, the cache, a failing model's columns, a
50 MB file with 1 MB cells, and the ``plinth task run --json`` shape."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.task_runs import INVOICE_TASK, RecordingChecker, invoice_rows, openai_engine
from servers import OpenAIServer
from servers.base import Recorded, Reply, pieces

from app.core.cancel import CancelToken
from app.core.engines.base import Engine
from app.core.errors import AuthError
from app.core.tasks.custom.cache import ResponseCache
from app.core.tasks.custom.run import PARSE_CHECK, run_matrix
from app.core.tasks.custom.spec import Cell, Column, TaskSpec, Variant
from app.core.tasks.tables import read_table

GPT = Column("gpt-test", "default")


class SlowServer(OpenAIServer):
    """Answers each row's invoice with its JSON after ``delay`` seconds, counting the requests in flight.

    The answer is the server's structured answer (what a request with a JSON Schema gets) and its text reply;
    both are set, then the reply built, one request at a time, so rows in flight never get each other's."""

    def __init__(self) -> None:
        super().__init__(api_key=None)
        self.delay = 0.0
        self.in_flight = 0
        self.most_in_flight = 0
        self._count = threading.Lock()
        self._answering = threading.Lock()

    def route(self, rec: Recorded) -> Reply:
        if rec.method != "POST":
            return super().route(rec)
        with self._count:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            time.sleep(self.delay)
            prompt = rec.body["messages"][-1]["content"]
            vendor, _, rest = prompt.split("Invoice: ", 1)[-1].partition(",")
            total = rest.rsplit("total ", 1)[-1].split(" ")[0]
            with self._answering:
                if len(prompt) < self.max_prompt_chars:  # a huge row is answered as the real server would: too long
                    self.structured = {"vendor": vendor, "total": float(total)}
                    self.reply = pieces(json.dumps(self.structured))
                return super().route(rec)
        finally:
            with self._count:
                self.in_flight -= 1

    def prompts(self) -> list[str]:
        return [r.body["messages"][-1]["content"] for r in self.chats()]


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[SlowServer]:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    running = SlowServer()
    with running:
        yield running


@pytest.fixture
def engine(server: SlowServer) -> Iterator[Engine]:
    made = openai_engine(server.url)
    yield made
    made.close()


def test_remote_rows_run_at_once_and_a_429_is_waited_out(server: SlowServer, engine: Engine) -> None:
    server.delay = 0.15
    server.fault("rate_limit", times=1, retry_after=0.1)
    rows = invoice_rows(6)
    checker = RecordingChecker()
    seen: list[tuple[int, Column]] = []

    result = run_matrix(INVOICE_TASK, rows, [GPT], lambda _m: engine, checker=checker, concurrency=3,
                        on_cell=lambda i, c, _cell: seen.append((i, c)))  # fmt: skip

    assert server.most_in_flight >= 2
    assert len(server.chats()) == 7  # six rows and the one refused with 429
    assert sorted(seen) == [(i, GPT) for i in range(6)]
    cells = [row.cells[GPT] for row in result.rows]
    assert all(not c.error and c.passed for c in cells)
    assert [c.json["vendor"] for c in cells] == [r["vendor"] for r in rows]
    assert [c.checks[0].name for c in cells] == [PARSE_CHECK] * 6
    # The checks saw each row's own values, and the model the rendered template under the system prompt.
    assert sorted(values["total"] for _, values in checker.calls) == sorted(r["total"] for r in rows)
    body = server.chats()[-1].body
    assert body["messages"][0]["role"] == "system" and '"total":{"type":"number"}' in body["messages"][0]["content"]
    assert {p.split("\nInvoice: ")[1] for p in server.prompts()} == {str(r["invoice"]) for r in rows}
    summary = result.summary(GPT)
    assert (summary.rows, summary.passed, summary.errors, summary.pass_rate) == (6, 6, 0, 1.0)
    assert summary.check_rates == {PARSE_CHECK: 1.0, "total": 1.0}
    assert summary.cost_usd is not None and summary.cost_usd > 0
    assert summary.cost_per_1k_rows == pytest.approx(summary.cost_usd / 6 * 1000)
    assert summary.rows_per_s is not None and summary.mean_ttft_s is not None


def test_a_missing_variable_is_that_rows_error_and_the_run_goes_on(server: SlowServer, engine: Engine) -> None:
    rows = invoice_rows(3)
    del rows[1]["invoice"]

    result = run_matrix(INVOICE_TASK, rows, [GPT], lambda _m: engine, checker=RecordingChecker(), concurrency=2)

    errors = [row.cells[GPT].error for row in result.rows]
    assert errors[0] == errors[2] == ""
    assert "{{invoice}}" in errors[1]
    assert len(server.chats()) == 2
    assert result.summary(GPT).errors == 1 and result.summary(GPT).pass_rate == pytest.approx(2 / 3)
    assert [r.index for r in result.failures()] == [1]


def test_cancel_then_resume_asks_no_cell_twice(server: SlowServer, engine: Engine, tmp_path: Path) -> None:
    rows = invoice_rows(5)
    journal = tmp_path / "run.journal.jsonl"
    cancel = CancelToken()
    finished: list[int] = []

    def on_cell(index: int, _column: Column, _cell: Cell) -> None:
        finished.append(index)
        if len(finished) == 2:
            cancel.cancel()

    stopped = run_matrix(INVOICE_TASK, rows, [GPT], lambda _m: engine, checker=RecordingChecker(), cancel=cancel,
                         on_cell=on_cell, journal=journal, concurrency=1)  # fmt: skip
    assert stopped.cancelled and stopped.done == 2
    assert len(server.chats()) == 2

    resumed = run_matrix(INVOICE_TASK, rows, [GPT], lambda _m: engine, checker=RecordingChecker(), journal=journal,
                         concurrency=1)  # fmt: skip
    assert (resumed.resumed, resumed.done, resumed.cancelled) == (2, 5, False)
    prompts = server.prompts()
    assert len(prompts) == 5 and len(set(prompts)) == 5
    assert all(row.cells[GPT].passed for row in resumed.rows)

    # Other rows: the journal is another run's, and starts over.
    again = run_matrix(INVOICE_TASK, rows[:3], [GPT], lambda _m: engine, checker=RecordingChecker(),
                       journal=journal)  # fmt: skip
    assert again.resumed == 0 and again.done == 3 and "started over" in again.notes[0]


def test_a_ctrl_c_the_kernel_hands_to_a_worker_thread_still_cancels_the_run(server: SlowServer, engine: Engine) -> None:
    """Python runs a signal's handler on the main thread, when that thread wakes: a run waiting on its lanes
    without a timeout slept through a Ctrl+C delivered to one of them (`plinth task run` then ran to the end)."""
    server.delay = 0.1
    cancel = CancelToken()

    def on_cell(index: int, _column: Column, _cell: Cell) -> None:
        if index == 2:
            signal.pthread_kill(threading.get_ident(), signal.SIGINT)  # this lane's thread, not the main one

    previous = signal.signal(signal.SIGINT, lambda *_: cancel.cancel())
    try:
        result = run_matrix(INVOICE_TASK, invoice_rows(12), [GPT], lambda _m: engine, checker=RecordingChecker(),
                            cancel=cancel, on_cell=on_cell, concurrency=1)  # fmt: skip
    finally:
        signal.signal(signal.SIGINT, previous)
    assert result.cancelled and 3 <= result.done <= 5


def test_identical_deterministic_requests_are_answered_from_the_cache(
    server: SlowServer, engine: Engine, tmp_path: Path
) -> None:
    rows = invoice_rows(3)
    cache = ResponseCache.in_folder(tmp_path / "cache")
    try:
        first = run_matrix(INVOICE_TASK, rows, [GPT], lambda _m: engine, checker=RecordingChecker(), cache=cache)
        second = run_matrix(INVOICE_TASK, rows, [GPT], lambda _m: engine, checker=RecordingChecker(), cache=cache)
        assert len(server.chats()) == 3
        assert all(not row.cells[GPT].cached for row in first.rows)
        assert all(row.cells[GPT].cached and row.cells[GPT].cost_usd == 0.0 for row in second.rows)
        assert [r.cells[GPT].json for r in second.rows] == [r.cells[GPT].json for r in first.rows]
        assert first.summary(GPT).cost_usd > 0 and second.summary(GPT).cost_usd == 0.0
        assert second.summary(GPT).cached == 3

        # Sampling without a seed answers differently each time: nothing is taken from (or put in) the cache.
        warm = TaskSpec(**{**INVOICE_TASK.__dict__, "temperature": 0.7})
        run_matrix(warm, rows, [GPT], lambda _m: engine, checker=RecordingChecker(), cache=cache)
        run_matrix(warm, rows, [GPT], lambda _m: engine, checker=RecordingChecker(), cache=cache)
        assert len(server.chats()) == 9
        seeded = TaskSpec(**{**INVOICE_TASK.__dict__, "temperature": 0.7, "seed": 7})
        run_matrix(seeded, rows, [GPT], lambda _m: engine, checker=RecordingChecker(), cache=cache)
        run_matrix(seeded, rows, [GPT], lambda _m: engine, checker=RecordingChecker(), cache=cache)
        assert len(server.chats()) == 12
        assert cache.clear() == 6  # the three answers at temperature 0 and the three seeded ones
        run_matrix(INVOICE_TASK, rows, [GPT], lambda _m: engine, checker=RecordingChecker(), cache=cache)
        assert len(server.chats()) == 15
    finally:
        cache.close()


def test_a_model_that_cannot_run_fails_its_columns_and_the_others_go_on(server: SlowServer, engine: Engine) -> None:
    task = TaskSpec(**{**INVOICE_TASK.__dict__, "variants": (Variant("terse", "JSON for: Invoice: {{invoice}}"),)})

    def engines(model: str) -> Engine:
        if model == "gpt-test":
            return engine
        raise AuthError("The key for Nowhere was rejected.", "Check it in Providers.")

    columns = [GPT, Column("gpt-test", "terse"), Column("nowhere", "default")]
    result = run_matrix(task, invoice_rows(2), columns, engines, checker=RecordingChecker())

    assert result.failed == {Column("nowhere", "default"): "The key for Nowhere was rejected. Check it in Providers."}
    assert all(len(row.cells) == 2 for row in result.rows)
    assert result.summary(Column("nowhere", "default")).error.startswith("The key")
    assert not result.cancelled and result.done == 4 and result.total == 6


def test_the_json_shape_of_plinth_task_run(server: SlowServer, engine: Engine) -> None:
    result = run_matrix(INVOICE_TASK, invoice_rows(2), [GPT], lambda _m: engine, checker=RecordingChecker())

    data = json.loads(json.dumps(result.to_dict()))
    assert set(data) == {"task", "models", "rows"} and data["task"] == "invoice fields"
    (model,) = data["models"]
    assert set(model) == {"model", "variant", "pass_rate", "checks", "rows", "cost_usd", "tokens_per_s"}
    assert (model["model"], model["variant"], model["pass_rate"], model["rows"]) == ("gpt-test", "default", 1.0, 2)
    assert model["checks"] == {PARSE_CHECK: 1.0, "total": 1.0}
    row = data["rows"][0]
    assert row["vars"] == invoice_rows(2)[0]
    (cell,) = row["cells"]
    assert {"model", "variant", "text", "json", "checks"} <= set(cell)
    assert cell["json"] == {"vendor": "Acme", "total": 10.5}
    assert cell["checks"][1] == {"name": "total", "pass": True, "reason": ""}


def test_a_50_mb_file_with_1_mb_cells_gives_each_row_its_error(
    server: SlowServer, engine: Engine, tmp_path: Path
) -> None:
    big = "x" * (1 << 20)
    source = tmp_path / "big.csv"
    with open(source, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["invoice", "vendor", "total"])
        writer.writerow(["Acme, 1 x widget, total 10.50 EUR", "Acme", "10.50"])
        writer.writerows([big, "Big", "1"] for _ in range(48))
        writer.writerow(["Globex, 2 x widget, total 17.50 EUR", "Globex", "17.50"])
    assert source.stat().st_size > 48 << 20

    rows = read_table(source).rows
    result = run_matrix(INVOICE_TASK, rows, [GPT], lambda _m: engine, checker=RecordingChecker(), concurrency=4)

    cells = [row.cells[GPT] for row in result.rows]
    assert cells[0].passed and cells[-1].passed
    assert all("262,222 tokens (1,048,859 characters)" in c.error for c in cells[1:-1])  # too long, said per row
    assert all(len(c.prompt) < 30_000 for c in cells)  # a cell keeps the start of a huge prompt, not all of it
    assert result.summary(GPT).errors == 48


KILLED_RUN = """
import sys
from pathlib import Path
from helpers.task_runs import INVOICE_TASK, RecordingChecker, invoice_rows, openai_engine
from app.core.tasks.custom.run import run_matrix
from app.core.tasks.custom.spec import Column

engine = openai_engine(sys.argv[1])
run_matrix(INVOICE_TASK, invoice_rows(12), [Column("gpt-test", "default")], lambda _m: engine,
           checker=RecordingChecker(), journal=Path(sys.argv[2]), concurrency=1)
"""


def test_a_run_killed_with_sigkill_resumes_without_asking_a_journaled_cell_again(
    server: SlowServer, engine: Engine, tmp_path: Path
) -> None:
    server.delay = 0.2
    journal = tmp_path / "run.journal.jsonl"
    root = Path(__file__).resolve().parents[4]
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env["PYTHONPATH"] = os.pathsep.join([str(root), str(root / "tests")])
    child = subprocess.Popen([sys.executable, "-c", KILLED_RUN, server.url, str(journal)], cwd=root, env=env)
    try:
        deadline = time.monotonic() + 60
        while not (journal.exists() and journal.read_bytes().count(b"\n") >= 4):  # the header and three cells
            assert child.poll() is None and time.monotonic() < deadline
            time.sleep(0.02)
    finally:
        child.kill()  # SIGKILL: no handler runs, the journal stays as the last flush left it
        child.wait()
    asked_before = len(server.chats())
    journaled = [json.loads(line)["cell"]["prompt"] for line in journal.read_bytes().splitlines()[1:]
                 if line.endswith(b"}")]  # fmt: skip
    assert 3 <= len(journaled) < 12

    result = run_matrix(INVOICE_TASK, invoice_rows(12), [GPT], lambda _m: engine, checker=RecordingChecker(),
                        journal=journal, concurrency=1)  # fmt: skip

    assert (result.resumed, result.done, result.cancelled) == (len(journaled), 12, False)
    asked_after = server.prompts()[asked_before:]
    assert not set(asked_after) & set(journaled)
    assert len(asked_after) == 12 - len(journaled)
    assert all(row.cells[GPT].passed for row in result.rows)
