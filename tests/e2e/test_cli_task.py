"""`plinth task` through the real entry: the built-in invoice task on the starter model and a loopback
OpenAI-compatible model side by side, a promptfoo config imported and run, bad input, and Ctrl+C then resume."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
from servers import OpenAIServer
from servers.base import Recorded, Reply, pieces

from app.bootstrap import build_services
from app.cli import run_cli
from app.core.history.store import Store
from app.core.paths import Paths
from app.core.tasks.custom.files import read_task
from app.core.tasks.custom.library import builtin_tasks_dir, sample_file
from app.core.tasks.custom.saved import open_task_run, saved_task_runs
from app.core.tasks.tables import read_table

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
INVOICE_FILE = builtin_tasks_dir() / "invoice-fields.yaml"
#: Per million tokens, for the server's gpt-test.
PRICE_IN, PRICE_OUT = 1000.0, 3000.0
CAPITALS = {"France": "Paris", "Spain": "Madrid", "Peru": "Lima"}
ECHO_TASK = """plinth_task: 1
name: Echo
template: 'Say {{text}}'
max_tokens: 4
variants:
- name: with context
  template: '{{context}}: {{text}}'
"""


def cli(paths: Paths, *args: str) -> tuple[int, str, str]:
    """``plinth ARGS`` in this process, through the real entry, on the data folder of ``paths``."""
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(args), lambda: build_services(paths), stdin=io.StringIO(""), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


class TaskServer(OpenAIServer):
    """Answers an invoice with the fields its sample row expects (the last one's total wrong), a question
    about a country with its capital (as JSON but for Peru), anything else with "ok"; ``delay`` per answer."""

    def __init__(self) -> None:
        super().__init__(api_key=None)
        self.delay = 0.0
        rows = read_table(sample_file(INVOICE_FILE) or Path()).rows
        self.invoices = [(r["invoice"], r) for r in rows]
        self._answering = threading.Lock()

    def route(self, rec: Recorded) -> Reply:
        if rec.method != "POST" or rec.path != "/v1/chat/completions":
            return super().route(rec)
        time.sleep(self.delay)
        prompt = rec.body["messages"][-1]["content"]
        with self._answering:  # the answer is set on the server, then built: one request at a time
            self.structured = self._invoice(prompt)
            country = next((c for c in CAPITALS if c in prompt), None)
            text = "ok" if country is None else json.dumps({"capital": CAPITALS[country]})
            self.reply = pieces(CAPITALS["Peru"] if country == "Peru" else text)
            return super().route(rec)

    def _invoice(self, prompt: str) -> dict[str, object] | None:
        for i, (text, row) in enumerate(self.invoices):
            if text in prompt:
                total = float(row["expected_total"]) + (1 if i == len(self.invoices) - 1 else 0)
                return {"number": row["expected_number"], "vendor": "V", "date": "2024-01-01", "total": total,
                        "currency": row["expected_currency"]}  # fmt: skip
        return None

    def prompts(self) -> list[str]:
        return [r.body["messages"][-1]["content"] for r in self.chats()]


class World:
    """One data folder with the starter model (one thread) and two providers on one loopback server."""

    def __init__(self, root: Path, server: TaskServer) -> None:
        self.root = root
        self.server = server
        self.paths = Paths.from_environment({"PLINTH_HOME": str(root / "home")}).ensure()
        self.paths.settings_file.write_text(json.dumps({"n_threads": 1, "context_cap": 1024}), encoding="utf-8")
        for name in ("mine", "ollama"):  # "ollama" is what promptfoo's ollama: provider ids map to
            code, _, err = cli(self.paths, "providers", "add", name, "--kind", "openai-compatible", "--base-url",
                               server.url + "/v1", "--no-key")  # fmt: skip
            assert code == 0, err
        prices = {"prices": {"openai-compatible": {"gpt-test": {"input": PRICE_IN, "output": PRICE_OUT}}}}
        (self.paths.config_dir / "prices.json").write_text(json.dumps(prices), encoding="utf-8")
        self.invoice_csv = root / "invoice-matrix.csv"
        self.invoice = cli(self.paths, "task", "run", "invoice-fields", "-m", "starter", "-m", "mine:gpt-test",
                           "--variant", "default", "--output", str(self.invoice_csv), "--json")  # fmt: skip

    def run(self, *args: str) -> tuple[int, str, str]:
        return cli(self.paths, *args)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    with pytest.MonkeyPatch.context() as patch:
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
            patch.delenv(name, raising=False)
        patch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")  # nothing touches a real keychain
        with TaskServer() as server:
            yield World(tmp_path_factory.mktemp("task-cli"), server)


def remote_cost(server: TaskServer, cells: int) -> float:
    tokens_in, tokens_out = server.usage
    return cells * (tokens_in * PRICE_IN + tokens_out * PRICE_OUT) / 1e6


def test_the_invoice_task_on_the_starter_and_a_remote_model_side_by_side(world: World) -> None:
    code, out, err = world.invoice
    assert code == 0, err
    assert "sample rows" in err and "6/6 cells" not in err and "12/12 cells" in err
    result = json.loads(out)
    assert result["task"] == "Invoice fields"
    local, remote = result["models"]
    assert (local["model"], local["variant"], remote["model"]) == ("starter", "default", "mine:gpt-test")
    schema = read_task(INVOICE_FILE).schema
    rows = result["rows"]
    assert len(rows) == 6 and all(len(row["cells"]) == 2 for row in rows)
    for row in rows:
        cell = row["cells"][0]
        assert cell["model"] == "starter" and cell["error"] is None
        assert cell["checks"][0] == {"name": "parses", "pass": True, "reason": ""}, cell["text"]
        jsonschema.validate(cell["json"], schema)  # the grammar kept every local answer within the schema
        assert json.loads(cell["text"]) == cell["json"]
    checks = ["parses", "valid JSON", "number", "total", "currency"]
    assert list(local["checks"]) == checks and list(remote["checks"]) == checks
    for column, summary in enumerate((local, remote)):
        for name in checks:  # each rate is the share of that column's cells whose check passed
            passed = [c["pass"] for row in rows for c in row["cells"][column]["checks"] if c["name"] == name]
            assert summary["checks"][name] == pytest.approx(sum(passed) / 6)
        assert summary["rows"] == 6 and summary["tokens_per_s"] > 0
    assert remote["checks"] == {"parses": 1.0, "valid JSON": 1.0, "number": 1.0, "total": pytest.approx(5 / 6),
                                "currency": 1.0}  # fmt: skip
    assert remote["pass_rate"] == pytest.approx(5 / 6)
    assert local["cost_usd"] == 0.0  # nothing to pay on this computer
    assert remote["cost_usd"] == pytest.approx(remote_cost(world.server, 6))
    asked = [r.body for r in world.server.chats()[:6]]
    assert all(b["response_format"]["json_schema"]["schema"] == schema for b in asked)  # the schema was sent

    with open(world.invoice_csv, newline="", encoding="utf-8") as f:
        exported = list(csv.DictReader(f))
    assert len(exported) == 12 and {r["model"] for r in exported} == {"starter", "mine:gpt-test"}
    with Store.open(world.paths.data_dir) as store:
        (saved,) = saved_task_runs(store)
        assert (saved.task, saved.done, saved.total, saved.models) == ("Invoice fields", 12, 12,
                                                                       ("starter", "mine:gpt-test"))  # fmt: skip
        assert open_task_run(store, saved.run_id).to_dict() == result


def test_the_same_run_again_comes_from_the_cache_and_prints_the_summary_and_failing_rows(world: World) -> None:
    assert world.invoice[0] == 0
    asked = len(world.server.chats())
    code, out, err = world.run("task", "run", "invoice-fields", "-m", "mine:gpt-test", "--variant", "default")
    assert code == 0, err
    assert len(world.server.chats()) == asked  # identical deterministic requests: answered from the cache
    lines = out.splitlines()
    assert lines[0] == "Invoice fields: 6 rows × 1 column (json output)"
    table = dict(re.split(r"\s{2,}", line, maxsplit=1) for line in lines[4 : lines.index("", 2)])
    assert table["Pass rate"] == "83.3% (5/6)"
    assert table["Check: total"] == "83.3%" and table["Check: parses"] == "100.0%"
    assert table["From the cache"] == "6" and table["Cost"] == "$0"
    failing = lines[lines.index("Failing rows (1 of 6):") + 1]
    assert failing.startswith("  row 6 · mine:gpt-test (default): failed total ($.total is 1246")


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


PROMPTFOO = """description: Capitals
prompts:
  - 'What is the capital of {{country}}? Answer in JSON.'
  - 'Capital of {{country}}, as JSON:'
providers:
  - ollama:chat:gpt-test
  - exec:./answer.sh
defaultTest:
  assert:
    - type: is-json
    - type: regex
      value: '^\\{"capital": "[A-Z]'
    - type: javascript
      value: output.length < 100
tests:
  - vars: {country: France}
    assert:
      - {type: equals, value: '{"capital": "Paris"}'}
      - {type: contains, value: Paris}
  - vars: {country: Spain}
    assert:
      - {type: equals, value: '{"capital": "Madrid"}'}
      - {type: contains, value: Madrid}
  - vars: {country: Peru}
    assert:
      - {type: equals, value: '{"capital": "Lima"}'}
      - {type: contains, value: Lima}
"""


def test_a_promptfoo_config_imports_with_its_unmapped_parts_said_and_runs(world: World) -> None:
    config = write(world.root / "promptfooconfig.yaml", PROMPTFOO)
    code, out, err = world.run("task", "import-promptfoo", str(config), "--json")
    assert code == 0, err
    made = json.loads(out)
    assert made["rows"] == 3 and made["saved"] is None
    assert made["providers"] == [{"promptfoo": "ollama:chat:gpt-test", "model": "ollama:gpt-test"},
                                 {"promptfoo": "exec:./answer.sh", "model": None}]  # fmt: skip
    assert any("javascript" in part and "no such check" in part for part in made["unmapped"]), made["unmapped"]
    assert any(part.startswith("providers[1] (exec:./answer.sh)") for part in made["unmapped"])

    code, out, err = world.run("task", "import-promptfoo", str(config), "--save")
    assert code == 0, err
    assert "  exec:./answer.sh → no Plinth model\n" in out and "Not imported (2):\n" in out
    assert "Saved as “Capitals”" in out

    code, out, err = world.run("task", "run", "Capitals", "-m", "ollama:gpt-test", "--json")
    assert code == 0, err
    assert "sample rows" in err
    result = json.loads(out)
    assert [(m["model"], m["variant"]) for m in result["models"]] == [("ollama:gpt-test", "default"),
                                                                      ("ollama:gpt-test", "prompt 2")]  # fmt: skip
    for summary in result["models"]:  # Peru is answered "Lima": not JSON, but it contains Lima
        assert summary["checks"] == {"is-json": pytest.approx(2 / 3), "regex": pytest.approx(2 / 3),
                                     "equals": pytest.approx(2 / 3), "contains": 1.0}  # fmt: skip
        assert summary["pass_rate"] == pytest.approx(2 / 3)
    assert [row["vars"]["country"] for row in result["rows"]] == ["France", "Spain", "Peru"]


def test_bad_input_is_said_per_row_or_in_one_line_and_the_run_goes_on(world: World) -> None:
    schema = write(world.root / "bad-schema.yaml", "plinth_task: 1\nname: Bad\ntemplate: '{{text}}'\noutput: json\n"
                   "schema: {type: objekt}\n")  # fmt: skip
    code, out, err = world.run("task", "run", str(schema), "-m", "mine:gpt-test", "--var", "text=hi")
    assert code == 1 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith("plinth: ") and "schema" in err, err

    task = write(world.root / "echo.yaml", ECHO_TASK)
    rows = world.root / "rows.jsonl"
    texts = ["hello", "x" * (1 << 20), "bye"]
    rows.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    code, out, err = world.run("task", "run", str(task), "--input", str(rows), "-m", "mine:gpt-test", "--json")
    assert code == 0, err
    assert "rows.jsonl has no column for {{context}}" in err
    result = json.loads(out)
    cells = [{c["variant"]: c for c in row["cells"]} for row in result["rows"]]
    assert [c["default"]["text"] for c in cells] == ["ok", "", "ok"]
    assert "too long" in cells[1]["default"]["error"].lower()  # the 1 MB row: its own error
    assert all(c["with context"]["error"].startswith("No value for {{context}}") for c in cells)
    assert [m["rows"] for m in result["models"]] == [3, 3]


def test_ctrl_c_stops_cleanly_and_the_same_command_resumes(world: World) -> None:
    task = write(world.root / "echo.yaml", ECHO_TASK)
    rows = world.root / "twelve.csv"
    rows.write_text("text,context\n" + "".join(f"word {i},ctx\n" for i in range(12)), encoding="utf-8")
    output = world.root / "echo-run.jsonl"
    journal = output.with_name(output.name + ".journal.jsonl")
    args = ["task", "run", str(task), "--input", str(rows), "-m", "mine:gpt-test", "--variant", "default",
            "--concurrency", "1", "--no-cache", "--output", str(output)]  # fmt: skip
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update(PLINTH_HOME=str(world.root / "home"), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    world.server.delay = 0.3
    try:
        child = subprocess.Popen([sys.executable, "-m", "app", *args], cwd=ROOT, env=env, text=True,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        deadline = time.monotonic() + 60
        while not (journal.exists() and len(journal.read_text(encoding="utf-8").splitlines()) >= 4):
            assert time.monotonic() < deadline and child.poll() is None, child.communicate()
            time.sleep(0.05)
        child.send_signal(signal.SIGINT)
        _, err = child.communicate(timeout=60)
        assert child.returncode == 130, err
        assert err.rstrip().endswith("run the same command again to resume."), err
        journaled = len(journal.read_text(encoding="utf-8").splitlines()) - 1
        assert 3 <= journaled < 12
        asked_before = len(world.server.chats())
        done_before = {r["row"] for r in map(json.loads, journal.read_text(encoding="utf-8").splitlines()[1:])}

        code, out, err = world.run(*args)
    finally:
        world.server.delay = 0.0
    assert code == 0, err
    assert f"12/12 cells ({journaled} resumed from an earlier run)" in err
    asked_again = world.server.prompts()[asked_before:]
    assert len(asked_again) == 12 - journaled  # no journaled cell was asked again
    assert not {f"Say word {i}" for i in done_before} & set(asked_again)
    assert len(output.read_text(encoding="utf-8").splitlines()) == 12
