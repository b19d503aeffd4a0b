"""`plinth compare` through real subprocesses: the starter model against an OpenAI-compatible protocol server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from servers import OpenAIServer

from app.core.compare.results import ComparisonResult
from app.core.compare.saved import open_comparisons
from app.core.history.store import Store

pytestmark = pytest.mark.slow

_SCRUBBED = ("OPENAI_API_KEY", "PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS", "HTTP_PROXY", "HTTPS_PROXY",
             "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")  # fmt: skip
#: Per million tokens, for the server's gpt-test; gpt-test-mini stays unpriced.
PRICE_IN, PRICE_OUT = 1000.0, 3000.0


def saved_comparison(home: Path, comparison_id: str) -> ComparisonResult:
    with Store.open(home / "data") as store:
        return open_comparisons(store).get(comparison_id)


def plinth(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in _SCRUBBED}
    # No keychain: the provider needs no key, and nothing may touch the developer's own.
    env.update(PLINTH_HOME=str(home), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               XDG_CONFIG_HOME=str(home.parent / "xdg-config"), XDG_DATA_HOME=str(home.parent / "xdg-data"))  # fmt: skip
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture
def server(plinth_home: Path) -> Iterator[OpenAIServer]:
    """An OpenAI-compatible provider named "mine", with a price for gpt-test."""
    with OpenAIServer(api_key=None) as server:
        added = plinth("providers", "add", "mine", "--kind", "openai-compatible", "--base-url", server.url + "/v1",
                       "--no-key", home=plinth_home)  # fmt: skip
        assert added.returncode == 0, added.stderr
        prices = {"prices": {"openai-compatible": {"gpt-test": {"input": PRICE_IN, "output": PRICE_OUT}}}}
        (plinth_home / "config" / "prices.json").write_text(json.dumps(prices), encoding="utf-8")
        yield server


def cost(tokens_in: int, tokens_out: int) -> float:
    return (tokens_in * PRICE_IN + tokens_out * PRICE_OUT) / 1e6


def test_chat_json_has_results_stats_cost_and_a_verdict(plinth_home: Path, server: OpenAIServer) -> None:
    out = plinth("compare", "-m", "starter", "-m", "mine:gpt-test", "--max-tokens", "8", "--temperature", "0",
                 "--json", "Say hello.", home=plinth_home)  # fmt: skip
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["task"] == "chat"
    local, remote = result["models"]
    assert (local["model"], remote["model"]) == ("starter", "mine:gpt-test")
    assert local["destination"] is None
    assert remote["destination"] == f"mine ({server.url}/v1)"
    assert local["error"] is None and remote["error"] is None
    assert isinstance(local["result"], str) and local["result"]
    assert remote["result"] == "Hello, world!"
    for model in (local, remote):
        assert set(model["stats"]) >= {"ttft_s", "tokens_in", "tokens_out", "tokens_per_s", "wall_s", "stop_reason",
                                       "cost_usd", "load_s", "peak_rss_bytes"}  # fmt: skip
        assert model["stats"]["ttft_s"] > 0
    assert local["stats"]["load_s"] > 0 and local["stats"]["peak_rss_bytes"] > 0
    assert 0 < local["stats"]["tokens_out"] <= 8
    assert remote["stats"]["load_s"] is None and remote["stats"]["peak_rss_bytes"] is None
    assert remote["stats"]["cost_usd"] == pytest.approx(cost(*server.usage))
    assert local["metrics"]["cost_usd"] == 0.0  # nothing to pay per token on this computer
    assert result["best"]["cost_usd"] == ["starter"]
    assert "peak_rss_bytes" not in result["best"]  # only one model has a figure: nothing to rank
    assert result["verdict"].startswith("Compared with starter, mine:gpt-test is ")
    assert "where starter costs nothing" in result["verdict"]
    assert result["privacy"] == (
        f"Sent to mine ({server.url}/v1) (mine:gpt-test): the prompt (10 characters). Stayed on this computer: starter."
    )
    saved = saved_comparison(plinth_home, result["id"])
    assert [run.model_id for run in saved.runs] == ["starter", "mine:gpt-test"]
    assert saved.runs[1].text == "Hello, world!"
    assert saved.runs[0].metrics.load_s == local["stats"]["load_s"]


def test_batch_classification_reports_accuracy_and_cost_per_model(
    plinth_home: Path, server: OpenAIServer, tmp_path: Path
) -> None:
    data = tmp_path / "reviews.csv"
    data.write_text("review,gold\nI loved it,positive\nBroke in a day,negative\nFive stars,positive\n"
                    "Waste of money,negative\n", encoding="utf-8")  # fmt: skip
    # The provider answers "positive" every time: right on half the rows.
    server.top_logprobs = [("positive", -0.1), ("negative", -2.4)]
    out = plinth("compare", "-m", "starter", "-m", "mine:gpt-test", "--task", "classify",
                 "--labels", "positive,negative", "--input", str(data), "--column", "review", "--gold", "gold",
                 "--json", home=plinth_home)  # fmt: skip
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["task"] == "batch-classify"
    local, remote = result["models"]
    for model in (local, remote):
        assert model["error"] is None
        assert model["result"]["rows_done"] == model["result"]["rows_total"] == 4
        assert 0.0 <= model["metrics"]["accuracy"] <= 1.0
        assert model["metrics"]["rows_per_min"] > 0
        assert model["evaluation"]["n"] == 4
    assert [row["label"] for row in remote["result"]["rows"]] == ["positive"] * 4
    assert remote["metrics"]["accuracy"] == 0.5
    assert remote["metrics"]["cost_usd"] == pytest.approx(4 * cost(*server.usage))
    assert remote["metrics"]["cost_per_1k_rows"] == pytest.approx(1000 * cost(*server.usage))
    assert local["metrics"]["cost_usd"] == 0.0 and local["metrics"]["cost_per_1k_rows"] == 0.0
    assert "accurate" in result["verdict"]
    assert "'review' column" in result["privacy"] and "not the 'gold' column" in result["privacy"]
    assert saved_comparison(plinth_home, result["id"]).runs[1].metrics.accuracy == 0.5


def test_plain_output_is_a_table_a_verdict_and_the_saved_id(plinth_home: Path, server: OpenAIServer) -> None:
    out = plinth("compare", "-m", "mine:gpt-test", "-m", "mine:gpt-test-mini", "hi", home=plinth_home)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].split() == ["mine:gpt-test", "mine:gpt-test-mini"]
    cost_row = next(line for line in lines if line.startswith("Cost"))
    assert "*" not in cost_row and "—" in cost_row  # one price unknown: nothing to rank
    assert "Compared with mine:gpt-test, mine:gpt-test-mini is" in out.stdout
    assert "at an unknown cost (no price is known for mine:gpt-test-mini)" in out.stdout
    saved_id = lines[-1].removeprefix("Saved as comparison ").removesuffix(".")
    assert saved_comparison(plinth_home, saved_id).spec.text == "hi"
    assert "mine:gpt-test: done" in out.stderr


def test_one_model_with_two_temperatures_is_two_columns_named_by_what_differs(
    plinth_home: Path, server: OpenAIServer
) -> None:
    out = plinth("compare", "-m", "mine:gpt-test", "--temperature", "0.2", "-m", "mine:gpt-test", "--temperature",
                 "1.0", "--json", "hi", home=plinth_home)  # fmt: skip
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    columns = ["mine:gpt-test (temperature 0.2)", "mine:gpt-test (temperature 1.0)"]
    assert [m["column"] for m in result["models"]] == columns
    assert [m["model"] for m in result["models"]] == ["mine:gpt-test"] * 2
    assert [m["settings"] for m in result["models"]] == [{"temperature": 0.2, "system": ""},
                                                         {"temperature": 1.0, "system": ""}]  # fmt: skip
    assert sorted(r.body["temperature"] for r in server.chats()) == [0.2, 1.0]
    assert all(m["status"] == "finished" for m in result["models"])
    assert result["verdict"].startswith(f"Compared with {columns[0]}, {columns[1]} is ")
    saved = saved_comparison(plinth_home, result["id"])
    assert [run.column for run in saved.runs] == columns
    plain = plinth("compare", "-m", "mine:gpt-test", "-m", "mine:gpt-test", "-s", "Be brief.", "-s", "Be kind.", "hi",
                   home=plinth_home)  # fmt: skip
    assert plain.returncode == 0, plain.stderr
    header = plain.stdout.splitlines()[0]
    assert 'mine:gpt-test (system "Be brief.")' in header and 'mine:gpt-test (system "Be kind.")' in header
    assert '── mine:gpt-test (system "Be kind.") ──' in plain.stdout
    assert 'mine:gpt-test (system "Be brief."): done' in plain.stderr


def test_the_same_model_with_the_same_settings_is_refused(plinth_home: Path) -> None:
    twice = plinth("compare", "-m", "starter", "-m", "starter", "--temperature", "0.3", "hi", home=plinth_home)
    assert twice.returncode == 1
    assert "starter appears more than once with the same settings." in twice.stderr
    assert "its own temperature or system prompt" in twice.stderr and len(twice.stderr.strip().splitlines()) == 1
    uneven = plinth("compare", "-m", "starter", "-m", "starter", "-m", "starter", "--temperature", "0.2",
                    "--temperature", "0.4", "hi", home=plinth_home)  # fmt: skip
    assert uneven.returncode == 1
    assert "--temperature was given 2 times for 3 models" in uneven.stderr
    help_text = " ".join(plinth("compare", "--help", home=plinth_home).stdout.split())
    assert "-m starter --temperature 0.2 -m starter --temperature 1.0" in help_text


def test_bad_arguments_are_one_line_that_says_what_to_do(plinth_home: Path) -> None:
    out = plinth("compare", "-m", "starter", "--task", "chat", "hi", home=plinth_home)
    assert out.returncode == 1
    assert out.stderr.strip() == "plinth: A comparison needs 2 to 4 models (got 1). Add or remove models."
    out = plinth("compare", "-m", "starter", "-m", "local:x", "--input", "f.csv", "--column", "t", home=plinth_home)
    assert out.returncode == 1
    assert "Add --task classify or --task translate." in out.stderr
