"""``plinth chat --docs``: answers from a collection of text files indexed in the test, on the real starter model."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from helpers.doc_collections import HANDBOOK, index_texts

from app.core.documents.store import DocumentStore
from app.core.history.store import Store
from app.core.paths import Paths


def plinth(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PLINTH_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, timeout=300)


def _handbook(paths: Paths, tmp_path: Path) -> list[Path]:
    with DocumentStore.open(paths.documents_db) as store:
        return index_texts(store, "Handbook", tmp_path / "handbook")


def test_chat_with_docs_sends_sources_and_cites_only_them(plinth_home: Path, paths: Paths, tmp_path: Path) -> None:
    files = _handbook(paths, tmp_path)
    out = plinth("chat", "-m", "starter", "--docs", "Handbook", "--json", "--temperature", "0", "--max-tokens",
                 "48", "How many days of annual leave does an employee get?", home=plinth_home)  # fmt: skip
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["text"].strip() and result["found"] is True
    sent = result["sources"]
    assert sent[0]["file"] == str(files[0]) and sent[0]["quote"] == HANDBOOK["leave.txt"]
    assert [s["n"] for s in sent] == list(range(1, len(sent) + 1))
    assert all(s["file"] in {str(f) for f in files} for s in sent)
    # The starter model may or may not cite; what it cites is one of the sources it was sent.
    by_number = {s["n"]: s for s in sent}
    for citation in result["citations"]:
        assert set(citation) == {"n", "file", "location", "quote"}
        assert citation["file"] == by_number[citation["n"]]["file"]
        assert f"[{citation['n']}]" in result["text"]
    assert result["source_tokens"] > 0

    with Store.open(paths.data_dir) as history:
        record = history.get_conversation(result["conversation_id"])
    assert record.settings["collections"] == ["Handbook"]
    assert [s["file"] for s in record.messages[-1].sources["sources"]] == [s["file"] for s in sent]


def test_chat_with_docs_and_nothing_found_loads_no_model(plinth_home: Path, paths: Paths, tmp_path: Path) -> None:
    _handbook(paths, tmp_path)
    # A model that does not exist: were it loaded, the command would fail.
    out = plinth("chat", "-m", "local:no-such-model", "--docs", "Handbook", "--json",
                 "Quantum chromodynamics on a lattice?", home=plinth_home)  # fmt: skip
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["found"] is False and result["citations"] == [] and result["sources"] == []
    assert "no model was asked" in result["text"] and result["stats"] is None


def test_chat_with_an_unknown_collection_says_which(plinth_home: Path, paths: Paths, tmp_path: Path) -> None:
    _handbook(paths, tmp_path)
    out = plinth("chat", "-m", "starter", "--docs", "Contracts", "hello", home=plinth_home)
    assert out.returncode != 0
    assert "Contracts" in out.stderr
