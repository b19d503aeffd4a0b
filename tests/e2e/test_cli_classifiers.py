"""A saved classifier through the real command line: plinth classify -m classifier:NAME (one text and a batch), plinth classifiers."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

from helpers.planted import planted_rows, write_labelled_csv

from app.core.adaptation.embedding_cache import EmbeddingCache
from app.core.adaptation.library import ClassifierLibrary
from app.core.adaptation.records import LabelledRow
from app.core.adaptation.retrain import train_and_save
from app.core.engines.local.embedding_engine import LocalEmbeddingEngine
from app.core.paths import Paths


def plinth(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PLINTH_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, timeout=300)


def _train(paths: Paths, starter_path: Path, rows: list[tuple[str, str]]) -> None:
    engine = LocalEmbeddingEngine(starter_path, "starter")
    cache = EmbeddingCache(paths.embedding_cache_file)
    try:
        library = ClassifierLibrary(paths.classifiers_dir)
        labelled = [LabelledRow(text, label, i) for i, (text, label) in enumerate(rows)]
        train_and_save("tickets", labelled[:6], embedder=engine, cache=cache, library=library)
        train_and_save("tickets", labelled, embedder=engine, cache=cache, library=library,
                       training_file="tickets.csv", training_sha256="ef" * 32)  # fmt: skip
    finally:
        cache.close()
        engine.close()


def test_classify_with_a_saved_classifier(plinth_home: Path, paths: Paths, starter_path: Path, tmp_path: Path) -> None:
    _train(paths, starter_path, planted_rows(5, seed=1))

    out = plinth("classify", "-m", "classifier:tickets", "--json", "refund for the invoice payment please",
                 home=plinth_home)  # fmt: skip
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["method"] == "trained" and result["model"] == "classifier:tickets"
    assert set(result["probabilities"]) == {"billing", "technical", "shipping"}
    assert result["stats"]["cost_usd"] == 0.0

    wrong = plinth("classify", "-m", "classifier:tickets", "--labels", "billing,returns", "hi", home=plinth_home)
    assert wrong.returncode == 1 and "trained on the labels" in wrong.stderr and "billing, returns" in wrong.stderr

    test_rows = planted_rows(6, seed=9)
    data = write_labelled_csv(tmp_path / "held-out.csv", test_rows)
    output = tmp_path / "out.csv"
    batch = plinth("classify", "-m", "classifier:tickets@2", "--labels", "shipping,billing,technical", "--input",
                   str(data), "--column", "text", "--gold", "label", "--output", str(output), "--json",
                   home=plinth_home)  # fmt: skip
    assert batch.returncode == 0, batch.stderr
    summary = json.loads(batch.stdout)
    assert summary["done"] == 18 and summary["metrics"]["accuracy"] >= 0.7  # chance is 1/3
    with output.open(newline="") as f:
        written = list(csv.DictReader(f))
    assert len(written) == 18 and all(row["label"] in {"billing", "technical", "shipping"} for row in written)

    listed = plinth("classifiers", "list", "--json", home=plinth_home)
    assert listed.returncode == 0, listed.stderr
    [saved] = json.loads(listed.stdout)
    assert (saved["model_id"], saved["version"], saved["provenance"]["n_train"]) == ("classifier:tickets", 2, 15)
    shown = plinth("classifiers", "show", "tickets", home=plinth_home)
    assert shown.returncode == 0, shown.stderr
    for expected in ("embedding model: starter", "tickets.csv", "ef" * 32, "training rows:   15", "cv_macro_f1",
                     "classifier:tickets@1", "classifier:tickets@2"):  # fmt: skip
        assert expected in shown.stdout

    assert plinth("classifiers", "remove", "tickets", home=plinth_home).returncode == 0
    gone = plinth("classify", "-m", "classifier:tickets", "hello", home=plinth_home)
    assert gone.returncode == 1 and "no saved classifier named 'tickets'" in gone.stderr
