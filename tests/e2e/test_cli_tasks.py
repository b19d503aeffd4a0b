"""`plinth classify` and `plinth translate` through real subprocesses on the starter model."""

from __future__ import annotations

import csv
import io
import json
import math
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from app.bootstrap import build_services
from app.cli import run_cli
from app.core.paths import Paths

pytestmark = pytest.mark.slow

POSITIVE = ["I loved it", "Great value", "Wonderful staff", "Works perfectly", "Best purchase this year",
            "Really happy with it", "Five stars", "Fantastic quality"]  # fmt: skip
NEGATIVE = ["I hated it", "Broke in a day", "Rude staff", "Waste of money", "Never again",
            "Very disappointed", "One star", "Terrible quality"]  # fmt: skip


@pytest.fixture(autouse=True)
def one_thread(paths: Paths) -> None:
    """One llama.cpp thread and a small context: quick to load, and no spinning on a busy machine."""
    paths.settings_file.write_text(json.dumps({"n_threads": 1, "context_cap": 512}), encoding="utf-8")


def plinth_cmd(*args: str, home: Path) -> list[str]:
    return [sys.executable, "-m", "app", *args]


def env_for(home: Path) -> dict[str, str]:
    return dict(os.environ, PLINTH_HOME=str(home))


def plinth(*args: str, home: Path, stdin: str | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(plinth_cmd(*args, home=home), input=stdin, capture_output=True, text=True,
                          env=env_for(home), timeout=timeout)  # fmt: skip


def in_process(*args: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(args), build_services, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_classify_json_done_when(plinth_home: Path) -> None:
    out = plinth("classify", "-m", "starter", "--labels", "positive,negative", "--json", "I loved it", home=plinth_home)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert {"label", "labels", "probabilities", "model", "stats"} <= set(result)
    assert result["label"] in ("positive", "negative")
    assert result["labels"] == [result["label"]]
    assert result["model"] == "starter"
    assert set(result["probabilities"]) == {"positive", "negative"}
    assert math.isclose(sum(result["probabilities"].values()), 1.0, rel_tol=1e-9)
    assert result["stats"]["tokens_in"] > 0


def test_classify_plain_from_stdin_and_translate_json(plinth_home: Path) -> None:
    out = plinth("classify", "--labels", "spam,ham", "-", home=plinth_home, stdin="WIN A FREE PRIZE NOW")
    assert out.returncode == 0, out.stderr
    first, *bars = out.stdout.splitlines()
    assert first in ("spam", "ham") and len(bars) == 2 and bars[0].split()[0] == "spam"
    out = plinth("translate", "--to", "fr", "--temperature", "0", "--max-tokens", "16", "--json", "Good morning",
                 home=plinth_home)  # fmt: skip
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["target"] == "fr" and result["model"] == "starter"
    assert isinstance(result["text"], str) and isinstance(result["warnings"], list)
    assert result["stats"]["tokens_out"] <= 16


def test_translate_a_subtitle_file(plinth_home: Path, tmp_path: Path) -> None:
    (tmp_path / "in.srt").write_text("1\n00:00:01,000 --> 00:00:02,000\nHello.\n\n2\n00:00:03,000 --> 00:00:04,000\nThank you.\n",
                                     encoding="utf-8")  # fmt: skip
    out = plinth("translate", "--to", "es", "--max-tokens", "12", "--temperature", "0", "--input", str(tmp_path / "in.srt"),
                 "--output", str(tmp_path / "out.srt"), "--json", home=plinth_home)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["chunks"] == 2
    lines = (tmp_path / "out.srt").read_text(encoding="utf-8").splitlines()
    assert lines[:2] == ["1", "00:00:01,000 --> 00:00:02,000"]
    assert "2" in lines and "00:00:03,000 --> 00:00:04,000" in lines


def make_reviews(path: Path, n: int) -> None:
    rng = random.Random(5)
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "review", "sentiment"])
        for i in range(n):
            gold = rng.choice(["positive", "negative"])
            writer.writerow([i, rng.choice(POSITIVE if gold == "positive" else NEGATIVE), gold])


def without_latency(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        row.pop("latency_s")
    return rows


def test_200_rows_resume_after_kill_9_with_the_same_output(plinth_home: Path, tmp_path: Path) -> None:
    data = tmp_path / "reviews.csv"
    make_reviews(data, 200)
    args = ["classify", "-m", "starter", "--labels", "positive,negative", "--input", str(data),
            "--column", "review", "--gold", "sentiment", "--json"]  # fmt: skip

    straight = plinth(*args, "--output", str(tmp_path / "straight.csv"), home=plinth_home)
    assert straight.returncode == 0, straight.stderr
    summary = json.loads(straight.stdout)
    assert (summary["rows"], summary["done"], summary["resumed"], summary["cancelled"]) == (200, 200, 0, False)
    metrics = summary["metrics"]
    assert 0.0 <= metrics["accuracy"] <= 1.0 and 0.0 <= metrics["macro_f1"] <= 1.0
    assert metrics["confusion"]["labels"] == ["positive", "negative"]
    assert sum(map(sum, metrics["confusion"]["matrix"])) == 200
    assert "rows" in straight.stderr  # progress went to stderr

    out = tmp_path / "killed.csv"
    journal = tmp_path / "killed.csv.journal.jsonl"
    proc = subprocess.Popen(plinth_cmd(*args, "--output", str(out), home=plinth_home), env=env_for(plinth_home),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            if journal.exists() and journal.read_bytes().count(b"\n") > 40:
                break
            assert proc.poll() is None, "the run ended before it could be killed"
            time.sleep(0.02)
        children = psutil.Process(proc.pid).children(recursive=True)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert not out.exists()
    # The model process notices its parent is gone and ends.
    gone, alive = psutil.wait_procs(children, timeout=20)
    assert not alive

    resumed = plinth(*args, "--output", str(out), home=plinth_home)
    assert resumed.returncode == 0, resumed.stderr
    again = json.loads(resumed.stdout)
    assert 40 <= again["resumed"] < 200 and again["done"] == 200
    assert again["metrics"] == metrics
    assert without_latency(out) == without_latency(tmp_path / "straight.csv")


@pytest.mark.parametrize(
    "args, message",
    [
        (["classify", "--labels", " , ", "text"], "The label set is empty."),
        (["classify", "--labels", "Spam,ham,spam", "text"], "'spam' appears twice"),
        (["classify", "--labels", "a,b", "--column", "x", "text"], "--column needs --input FILE"),
        (["classify", "--labels", "a,b"], "No text to classify."),
        (
            ["classify", "--labels", "a,b", "--input", "{tmp}/nope.csv", "--column", "text", "--output", "{tmp}/o.csv"],
            "nope.csv does not exist",
        ),
        (
            ["classify", "--labels", "a,b", "--input", "{tmp}/data.csv", "--column", "body", "--output", "{tmp}/o.csv"],
            "data.csv has no text column 'body'; its columns are: 'text', 'gold'",
        ),
        (
            [
                "classify",
                "--labels",
                "a,b",
                "--input",
                "{tmp}/data.csv",
                "--column",
                "text",
                "--gold",
                "answer",
                "--output",
                "{tmp}/o.csv",
            ],
            "has no gold column 'answer'",
        ),
        (
            [
                "classify",
                "--labels",
                "a,b",
                "--input",
                "{tmp}/ragged.csv",
                "--column",
                "text",
                "--output",
                "{tmp}/o.csv",
            ],
            "ragged.csv row 2 (lines 3–4) has 3 cells but the header has 2 columns",
        ),
        (["classify", "--labels", "a,b", "--example", "no arrow", "text"], "is not TEXT=>LABEL"),
        (["translate", "Hello"], "No target language."),
        (["translate", "--to", "xx-klingon", "Hello"], "Unknown language"),
        (["translate", "--to", "de", "--input", "{tmp}/data.csv", "--output", "{tmp}/o.csv"], "say which column"),
    ],
)
def test_bad_input_is_one_clear_line(plinth_home: Path, tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "data.csv").write_text("text,gold\nhello,a\n", encoding="utf-8")
    (tmp_path / "ragged.csv").write_text('text,gold\nhello,a\n"two\nlines",b,extra\n', encoding="utf-8")
    code, out, err = in_process(*[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert code == 1
    assert message in err
    assert len(err.strip().splitlines()) == 1 and err.startswith("plinth: ")


def test_list_languages(plinth_home: Path) -> None:
    code, out, _ = in_process("translate", "--list-languages", "--json")
    assert code == 0
    languages = json.loads(out)
    assert len(languages) >= 40 and {"code": "de", "name": "German", "native": "Deutsch"} in languages
