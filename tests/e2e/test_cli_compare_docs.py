"""``plinth compare --docs``: the starter model at two temperatures answering from a collection of text files indexed
in the test; the same passages to both columns, each column's citations, and the sources listed once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.doc_collections import HANDBOOK, index_texts

from app.core.compare.saved import open_comparisons
from app.core.documents.store import DocumentStore
from app.core.history.store import Store
from app.core.paths import Paths

pytestmark = pytest.mark.slow

QUESTION = "How many days of annual leave does an employee get?"
TWO_TEMPERATURES = ("-m", "starter", "--temperature", "0", "-m", "starter", "--temperature", "0.9")


def plinth(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PLINTH_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture
def handbook(paths: Paths, tmp_path: Path) -> list[Path]:
    with DocumentStore.open(paths.documents_db) as store:
        return index_texts(store, "Handbook", tmp_path / "handbook")


def test_compare_with_docs_sends_both_columns_the_same_sources_and_gives_each_its_citations(
    plinth_home: Path, paths: Paths, handbook: list[Path]
) -> None:
    out = plinth("compare", *TWO_TEMPERATURES, "--docs", "Handbook", "--max-tokens", "32", "--seed", "1", "--json",
                 QUESTION, home=plinth_home)  # fmt: skip
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["found"] is True and result["collections"] == ["Handbook"]
    sources = result["sources"]
    assert sources[0]["file"] == str(handbook[0]) and sources[0]["quote"] == HANDBOOK["leave.txt"]
    assert [s["n"] for s in sources] == list(range(1, len(sources) + 1))
    by_number = {s["n"]: s for s in sources}

    columns = result["models"]
    assert [m["column"] for m in columns] == ["starter (temperature 0.0)", "starter (temperature 0.9)"]
    for column in columns:
        assert column["status"] == "finished", column["error"]
        assert column["result"].strip()
        assert column["sources_sent"] == len(sources) and column["trimmed"] == 0
        # The starter model may or may not cite; what it cites is a source it was sent, as plinth chat gives it.
        for citation in column["citations"]:
            assert set(citation) == {"n", "file", "location", "quote"}
            assert citation["file"] == by_number[citation["n"]]["file"]
            assert f"[{citation['n']}]" in column["result"]
    assert "Stayed on this computer" in result["privacy"]

    with Store.open(paths.data_dir) as history:
        saved = open_comparisons(history).get(result["id"])
    assert saved.spec.collections == ("Handbook",)
    assert all(run.sources is not None and [s.file for s in run.sources.sources] == [s["file"] for s in sources]
               for run in saved.runs)  # fmt: skip


def test_compare_with_docs_and_nothing_found_loads_no_model(plinth_home: Path, handbook: list[Path]) -> None:
    # Models that do not exist: were either loaded, its column would fail.
    out = plinth("compare", "-m", "local:no-such-model", "-m", "local:nor-this-one", "--docs", "Handbook", "--json",
                 "Quantum chromodynamics on a lattice?", home=plinth_home)  # fmt: skip
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["found"] is False and result["sources"] == []
    assert "no model was asked" in result["verdict"]
    assert [m["status"] for m in result["models"]] == ["pending", "pending"]
    assert all(m["citations"] == [] and m["sources_sent"] == 0 for m in result["models"])


def test_compare_with_docs_in_words_lists_the_sources_once(plinth_home: Path, handbook: list[Path]) -> None:
    out = plinth("compare", *TWO_TEMPERATURES, "--docs", "Handbook", "--max-tokens", "16", QUESTION,
                 home=plinth_home)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("Sources (") == 1
    assert f"[1] leave.txt — {handbook[0]}" in out.stdout
    assert out.stdout.count("cites") == 2  # "cites: [1]" or "cites no source", under each answer
