"""`plinth adapt` through the real entry: Ctrl+C mid-run, the same command resuming with --json and --save, the
saved classifier classifying through `plinth classify`, and bad input refused with what to do."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers.planted import planted_rows, write_labelled_csv

from app.bootstrap import build_services
from app.cli import run_cli
from app.core.paths import Paths

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
POINT_KEYS = {"size", "accuracy", "macro_f1", "macro_f1_std", "rows_per_s", "cost_per_1k_rows", "setup_s", "seeds"}


def cli(paths: Paths, *args: str) -> tuple[int, str, str]:
    """``plinth ARGS`` in this process, through the real entry, on the data folder of ``paths``."""
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(args), lambda: build_services(paths), stdin=io.StringIO(""), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def no_keychain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def test_ctrl_c_then_the_same_command_resumes_reports_json_and_saves_a_classifier(
    tmp_path: Path, paths: Paths, plinth_home: Path
) -> None:
    data = write_labelled_csv(tmp_path / "tickets.csv", planted_rows(5, seed=7))  # 15 rows: 12 train, 3 test
    args = ["adapt", "--input", str(data), "--text", "text", "--label", "label", "-m", "starter",
            "--methods", "zero-shot,few-shot,few-shot-knn,embed-logreg", "--sizes", "100", "--seeds", "1", "--k", "1"]  # fmt: skip
    env = dict(os.environ, PLINTH_HOME=str(plinth_home), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    child = subprocess.Popen([sys.executable, "-m", "app", *args], cwd=ROOT, env=env, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    journals = paths.adaptation_runs_dir
    deadline = time.monotonic() + 120

    def cells_journaled() -> int:
        files = list(journals.glob("*.jsonl")) if journals.exists() else []
        return sum('"cell"' in line for f in files for line in f.read_text(encoding="utf-8").splitlines())

    while cells_journaled() < 2:  # the embedding classifier's cell and zero-shot's
        assert time.monotonic() < deadline and child.poll() is None, child.communicate()
        time.sleep(0.05)
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=60)
    assert child.returncode == 130, err
    assert err.rstrip().endswith("cells; run the same command again to resume."), err
    stopped_at = cells_journaled()
    assert 2 <= stopped_at < 4

    code, out, err = cli(paths, *args, "--json", "--save", "tickets")
    assert code == 0, err
    assert f"resuming: {stopped_at} of 4 cells done already" in err  # resumed, not started over
    result = json.loads(out)
    assert set(result) == {"labels", "n_train", "n_test", "sizes", "methods", "cells", "verdict", "notes", "saved"}
    assert sorted(result["labels"]) == ["billing", "shipping", "technical"]
    assert (result["n_train"], result["n_test"], result["sizes"]) == (12, 3, [12])
    assert [(m["method"], m["kind"], m["model"]) for m in result["methods"]] == [
        ("zero-shot@starter", "zero-shot", "starter"), ("few-shot@starter", "few-shot", "starter"),
        ("few-shot-knn@starter", "few-shot-knn", "starter"), ("embed-logreg", "embed-logreg", "starter"),
    ]  # fmt: skip
    for method in result["methods"]:
        assert [p["size"] for p in method["points"]] == [12]  # every method at each size
        for point in method["points"]:
            assert set(point) == POINT_KEYS
            assert 0.0 <= point["macro_f1"] <= 1.0 and point["rows_per_s"] > 0 and point["cost_per_1k_rows"] == 0.0
    assert len(result["cells"]) == 4
    assert result["notes"] == [
        "Sizes 100 left out: a size needs one row per label (3) and fewer than the 12 training rows."
    ]
    assert {c["n_test"] for c in result["cells"]} == {3}
    assert result["verdict"].startswith("With 12 labelled rows and 3 labels, ")
    assert result["saved"] == {"model_id": "classifier:tickets", "version": 1}

    code, out, err = cli(paths, "classify", "-m", "classifier:tickets", "--json",
                         "my parcel never arrived, the courier lost the package")  # fmt: skip
    assert code == 0, err
    answer = json.loads(out)
    assert answer["label"] in ("billing", "shipping", "technical")
    assert sum(answer["probabilities"].values()) == pytest.approx(1.0)


def test_the_text_table_and_the_verdict_without_json(tmp_path: Path, paths: Paths) -> None:
    data = write_labelled_csv(tmp_path / "t.csv", planted_rows(5, seed=8))
    code, out, err = cli(paths, "adapt", "--input", str(data), "--text", "text", "--label", "label",
                         "--embedding-model", "starter", "--sizes", "3,6", "--seeds", "2")  # fmt: skip
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "12 training rows, 3 test rows, labels: " + ", ".join(
        dict.fromkeys(label for _, label in planted_rows(5, seed=8))
    )
    assert lines[1].split() == ["method", "size", "macro-F1", "accuracy", "rows/s", "$/1k", "rows", "setup", "s"]
    assert [line.split()[:2] for line in lines[2:5]] == [["embed-logreg", "3"], ["embed-logreg", "6"],
                                                          ["embed-logreg", "12"]]  # fmt: skip
    assert "±" in lines[2]  # two seeds: a spread
    assert lines[-1].startswith("With 12 labelled rows and 3 labels, the embedding classifier (starter)")


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--methods", "zero-shot,embed-logreg,magic"], "Unknown method 'magic'. Choose from: zero-shot, few-shot"),
        (["--methods", "few-shot-knn", "--embedding-model", "starter"],
         "The method few-shot-knn prompts a chat model, and no -m MODEL was given. Add -m MODEL"),
        ([], "embed-logreg needs an embedding model, and no local -m model can serve as one. Pass --embedding-model"),
        (["-m", "peer:gpt-4o"], "no local -m model can serve as one. Pass --embedding-model MODEL"),
        (["-m", "classifier:tickets"], "no local -m model can serve as one."),
        (["--embedding-model", "starter", "--sizes", "8,x"], "--sizes '8,x' is not a list of numbers."),
        (["--embedding-model", "starter", "--save", "no/slash"], "no/slash"),
        (["--embedding-model", "starter", "--labels", "billing,a"], "t.csv has labels 'shipping', 'technical' not in the label set (billing, a)"),
    ],
)  # fmt: skip
def test_bad_arguments_are_refused_with_what_to_do(
    tmp_path: Path, paths: Paths, extra: list[str], message: str
) -> None:
    data = write_labelled_csv(tmp_path / "t.csv", planted_rows(3))
    code, out, err = cli(paths, "adapt", "--input", str(data), "--text", "text", "--label", "label", *extra)
    assert code == 1 and out == ""
    assert err.startswith("plinth: ") and message in err, err


def test_bad_data_and_a_chat_only_embedding_model_are_refused(tmp_path: Path, paths: Paths) -> None:
    rows = planted_rows(3) + [("one lonely row about refunds", "refunds")]
    data = write_labelled_csv(tmp_path / "t.csv", rows)
    code, _, err = cli(paths, "adapt", "--input", str(data), "--text", "text", "--label", "label",
                       "--embedding-model", "starter")  # fmt: skip
    assert code == 1
    assert "The label 'refunds' has only one example: a stratified split needs at least two." in err
    assert "Label more rows or remove it." in err

    test = write_labelled_csv(tmp_path / "test.csv", [("a row", "billing"), ("another", "weather")])
    code, _, err = cli(paths, "adapt", "--input", str(data), "--text", "text", "--label", "label",
                       "--embedding-model", "starter", "--test", str(test))  # fmt: skip
    assert code == 1 and "test.csv has label 'weather' that no training row of t.csv has" in err

    code, _, err = cli(paths, "providers", "add", "claude", "--kind", "anthropic", "--no-key")
    assert code == 0, err
    fine = write_labelled_csv(tmp_path / "fine.csv", planted_rows(3))
    code, _, err = cli(paths, "adapt", "--input", str(fine), "--text", "text", "--label", "label",
                       "--embedding-model", "claude:claude-haiku")  # fmt: skip
    assert code == 1
    assert "offers no embeddings endpoint, so claude:claude-haiku cannot embed" in err, err
    assert "Pick a local embedding model" in err
