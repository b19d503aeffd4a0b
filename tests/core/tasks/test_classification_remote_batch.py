"""A classification batch on an OpenAI-compatible server that refuses a strict JSON schema and sends no
usage: every row gets a label (the way that works is found once and kept), and the input count is marked
as Plinth's estimate."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from servers import OpenAIServer
from servers.harness import FAST, PRICES

from app.core.engines.remote.label_methods import LabelMethods
from app.core.engines.remote.openai import OpenAIEngine
from app.core.providers import ProviderConfig
from app.core.tasks.batch import BatchSpec, ClassifyJob, run_batch
from app.core.tasks.classification import LabelSet

LABELS = LabelSet.of(["very good", "very bad"])  # first words clash: the JSON ways are asked first


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[OpenAIServer]:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    with OpenAIServer(api_key=None) as running:
        yield running


def test_every_row_is_labelled_and_the_estimate_is_marked(server: OpenAIServer, tmp_path: Path) -> None:
    server.refuse["json_schema"] = 500
    server.send_usage = False
    server.choice = "very bad"
    source = tmp_path / "in.csv"
    with open(source, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([("text",), *[(f"review {i}",) for i in range(6)]])
    config = ProviderConfig(name="peer", kind="openai-compatible", base_url=server.url + "/v1")
    engine = OpenAIEngine(config, "gpt-test", api_key=None, prices=PRICES, options=replace(FAST, max_retries=0),
                          label_methods=LabelMethods())  # fmt: skip
    try:
        summary = run_batch(engine, BatchSpec(source, "text", tmp_path / "out.csv", ClassifyJob(LABELS),
                                              concurrency=1))  # fmt: skip
    finally:
        engine.close()

    assert summary.done == 6 and summary.errors == 0
    assert {r.label for r in summary.results} == {"very bad"}
    # One strict schema refused, then JSON mode for every row.
    kinds = [r.body["response_format"]["type"] for r in server.chats()]
    assert kinds == ["json_schema"] + ["json_object"] * 6
    assert summary.tokens_in > 0 and summary.tokens_in_estimated
    assert summary.to_dict()["tokens_in_estimated"] is True
    assert all(r.tokens_in_estimated for r in summary.results)
