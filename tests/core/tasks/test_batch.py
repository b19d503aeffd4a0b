"""Batch runs over files: output, metrics, resume after a cancel or a crash, concurrency, back-off."""

from __future__ import annotations

import csv
import json
import threading
from pathlib import Path

import pytest
from fakes import FakeEngine, FakeLabelEngine

from app.core.cancel import CancelToken
from app.core.errors import AuthError, RateLimitError, UserFacingError
from app.core.tasks.batch import (
    BatchProgress,
    BatchSpec,
    ClassifyJob,
    TranslateJob,
    journal_path,
    run_batch,
)
from app.core.tasks.classification import LabelSet
from app.core.tasks.translation import TranslationOptions

LABELS = LabelSet.of(["positive", "negative"])
TEXTS = [
    ("a positive day", "positive"),
    ("so negative", "negative"),
    ("positive vibes", "positive"),
    ("nothing to say", "negative"),  # neither mentioned: a 50/50 tie, the first label wins
    ("negative again", "NEGATIVE"),  # gold in another case
    ("very positive", "negative"),  # wrong on purpose
    ("", "positive"),  # empty text
    ("quite negative", "negative"),
]


def write_csv(path: Path, rows: list[tuple[str, str]], header: tuple[str, ...] = ("id", "text", "gold")) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        for i, (text, gold) in enumerate(rows):
            writer.writerow([i, text, gold])
    return path


def spec(tmp_path: Path, name: str = "out.csv", **kwargs: object) -> BatchSpec:
    params: dict[str, object] = {
        "input_path": tmp_path / "in.csv",
        "text_column": "text",
        "output_path": tmp_path / name,
        "job": ClassifyJob(LABELS),
        "gold_column": "gold",
    }
    params.update(kwargs)
    return BatchSpec(**params)  # type: ignore[arg-type]


def read_rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "in.csv", TEXTS)


def test_output_columns_labels_probabilities_and_metrics(tmp_path: Path, data: Path) -> None:
    progress: list[BatchProgress] = []
    summary = run_batch(FakeLabelEngine(), spec(tmp_path), on_progress=progress.append)

    assert not summary.cancelled and summary.output_path == tmp_path / "out.csv"
    rows = read_rows(tmp_path / "out.csv")
    assert list(rows[0]) == ["id", "text", "gold", "label", "p_positive", "p_negative", "engine", "latency_s",
                             "tokens_in", "tokens_out", "cost_usd", "note", "error"]  # fmt: skip
    assert [r["label"] for r in rows] == [
        "positive",
        "negative",
        "positive",
        "positive",
        "negative",
        "positive",
        "",
        "negative",
    ]
    assert rows[0]["p_positive"] == "0.880797" and rows[0]["engine"] == "fake-labels"
    assert rows[6]["error"] == "row 7: the 'text' cell is empty"
    assert (summary.done, summary.total, summary.errors) == (8, 8, 1)
    m = summary.metrics
    assert m is not None
    # right: rows 0, 1, 2, 4, 7; wrong: 3 (neg→pos), 5 (neg→pos), 6 (pos→none).
    assert (m.n, m.correct) == (8, 5)
    assert m.classes == ("positive", "negative", "(none)")
    assert m.confusion[0] == (2, 0, 1) and m.confusion[1] == (2, 3, 0)
    assert [w.index for w in m.wrong] == [3, 5, 6]
    assert summary.wrong_rows[0] == {"index": 3, "row": "row 4", "gold": "negative", "predicted": "positive",
                                     "text": "nothing to say"}  # fmt: skip
    assert [p.done for p in progress] == list(range(9))
    assert progress[-1].eta_s is not None and progress[-1].rows_per_s is not None
    as_json = json.loads(json.dumps(summary.to_dict()))
    assert as_json["metrics"]["accuracy"] == pytest.approx(5 / 8)


def test_resume_after_cancel_gives_the_same_output(tmp_path: Path, data: Path) -> None:
    run_batch(FakeLabelEngine(), spec(tmp_path, "straight.csv"))
    cancel = CancelToken()

    def stop_after_three(progress: BatchProgress) -> None:
        if progress.done == 3:
            cancel.cancel()

    engine = FakeLabelEngine()
    first = run_batch(engine, spec(tmp_path), on_progress=stop_after_three, cancel=cancel)
    assert first.cancelled and first.done == 3 and first.output_path is None
    assert not (tmp_path / "out.csv").exists()
    engine2 = FakeLabelEngine()
    second = run_batch(engine2, spec(tmp_path))
    assert (second.resumed, second.done, second.cancelled) == (3, 8, False)
    assert engine2.calls == 4  # 8 rows - 3 done - 1 empty (never sent)
    assert (tmp_path / "out.csv").read_bytes() == (tmp_path / "straight.csv").read_bytes()


def test_resume_after_a_crash_mid_write(tmp_path: Path, data: Path) -> None:
    run_batch(FakeLabelEngine(), spec(tmp_path, "straight.csv"))
    run_batch(FakeLabelEngine(), spec(tmp_path))
    journal = journal_path(tmp_path / "out.csv")
    lines = journal.read_bytes().splitlines(keepends=True)
    # A killed process: four rows journaled, the fifth half-written, no output yet.
    journal.write_bytes(b"".join(lines[:5]) + lines[5][:20])
    (tmp_path / "out.csv").unlink()

    summary = run_batch(FakeLabelEngine(), spec(tmp_path))

    assert summary.resumed == 4
    assert (tmp_path / "out.csv").read_bytes() == (tmp_path / "straight.csv").read_bytes()
    assert all(json.loads(line) for line in journal.read_bytes().splitlines())  # no torn line left


def test_other_settings_start_over(tmp_path: Path, data: Path) -> None:
    run_batch(FakeLabelEngine(), spec(tmp_path))
    summary = run_batch(
        FakeLabelEngine(), spec(tmp_path, job=ClassifyJob(LabelSet.of(["positive", "negative", "mixed"])))
    )
    assert summary.resumed == 0
    assert "started over" in summary.notes[0]
    assert "p_mixed" in read_rows(tmp_path / "out.csv")[0]
    # A gold column added later does not change the rows: they resume.
    again = run_batch(
        FakeLabelEngine(),
        spec(tmp_path, job=ClassifyJob(LabelSet.of(["positive", "negative", "mixed"])), gold_column=None),
    )
    assert again.resumed == 8 and again.metrics is None


def test_remote_rows_run_concurrently_in_order(tmp_path: Path) -> None:
    write_csv(tmp_path / "in.csv", [(f"text {i} {'positive' if i % 2 else 'negative'}", "") for i in range(12)])
    engine = FakeLabelEngine("choose", delay=0.05)
    summary = run_batch(engine, spec(tmp_path, gold_column=None, concurrency=4))
    assert engine.max_in_flight == 4
    rows = read_rows(tmp_path / "out.csv")
    assert [r["id"] for r in rows] == [str(i) for i in range(12)]
    assert [r["label"] for r in rows] == ["negative", "positive"] * 6
    assert "p_positive" not in rows[0]  # no probabilities from this engine
    assert rows[0]["cost_usd"] == "0.00100000"
    assert summary.cost_usd == pytest.approx(0.012)
    local = FakeLabelEngine(delay=0.01)
    run_batch(local, spec(tmp_path, "local.csv", gold_column=None, concurrency=4))
    assert local.max_in_flight == 1  # local engines: one row at a time


def test_rate_limits_pause_every_row_then_retry(tmp_path: Path) -> None:
    write_csv(tmp_path / "in.csv", [(f"text {i}", "") for i in range(6)])
    engine = FakeLabelEngine("choose", delay=0.01)
    engine.errors.append(RateLimitError("Too many requests.", "Wait.", retry_after_s=0.3))
    summary = run_batch(engine, spec(tmp_path, gold_column=None, concurrency=2))
    assert summary.done == 6 and summary.errors == 0
    assert engine.calls == 7
    first_429 = engine.call_times[0]
    later = [t for t in engine.call_times[2:]]
    assert all(t - first_429 >= 0.29 for t in later)  # everyone waited for the asked pause


def test_a_failure_of_the_run_raises_and_keeps_what_was_done(tmp_path: Path, data: Path) -> None:
    engine = FakeLabelEngine("choose", delay=0.01)
    engine.errors.extend([None, None, AuthError("The key was rejected.", "Check the key.")])  # type: ignore[list-item]
    with pytest.raises(AuthError):
        run_batch(engine, spec(tmp_path, concurrency=1))
    retry = FakeLabelEngine("choose")
    summary = run_batch(retry, spec(tmp_path, concurrency=1))
    assert summary.done == 8 and summary.resumed == 2  # the two rows done before the failure


def test_cancel_while_rows_are_in_flight(tmp_path: Path) -> None:
    write_csv(tmp_path / "in.csv", [(f"text {i}", "") for i in range(40)])
    engine = FakeLabelEngine("choose", delay=0.05)
    cancel = CancelToken()
    timer = threading.Timer(0.2, cancel.cancel)
    timer.start()
    try:
        summary = run_batch(engine, spec(tmp_path, gold_column=None, concurrency=4), cancel=cancel)
    finally:
        timer.cancel()
    assert summary.cancelled and 0 < summary.done < 40
    lines = journal_path(tmp_path / "out.csv").read_text().splitlines()
    assert len(lines) == 1 + summary.done


def test_jsonl_input_and_column_clash(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps({"text": t, "label": g}) for t, g in TEXTS[:3]) + "\n", encoding="utf-8")
    summary = run_batch(FakeLabelEngine(), spec(tmp_path, input_path=path, gold_column="label"))
    rows = read_rows(tmp_path / "out.csv")
    assert list(rows[0])[:4] == ["text", "label", "plinth_label", "p_positive"]
    assert summary.metrics is not None and summary.metrics.accuracy == 1.0


@pytest.mark.parametrize("column, role", [("review", "text"), ("answer", "gold")])
def test_missing_columns_are_named(tmp_path: Path, data: Path, column: str, role: str) -> None:
    kwargs = {"text_column": column} if role == "text" else {"gold_column": column}
    with pytest.raises(
        UserFacingError, match=rf"in\.csv has no {role} column '{column}'; its columns are: 'id', 'text', 'gold'"
    ):
        run_batch(FakeLabelEngine(), spec(tmp_path, **kwargs))


def test_gold_labels_outside_the_set_are_noted(tmp_path: Path) -> None:
    write_csv(tmp_path / "in.csv", [("positive", "positive"), ("negative", "meh"), ("x", "")])
    summary = run_batch(FakeLabelEngine(), spec(tmp_path))
    assert summary.metrics is not None and summary.metrics.n == 2
    assert any("'meh'" in note for note in summary.notes)
    assert any("1 rows have no gold label" in note for note in summary.notes)


def test_translation_batch(tmp_path: Path) -> None:
    write_csv(tmp_path / "in.csv", [("Hello", ""), ("Version 2", "")])
    engine = FakeEngine()
    engine.enqueue(["Bonjour"])
    engine.enqueue(["Version"])
    job = TranslateJob(TranslationOptions(target="fr", temperature=0.0))
    summary = run_batch(engine, spec(tmp_path, job=job, gold_column=None))
    rows = read_rows(tmp_path / "out.csv")
    assert [r["translation"] for r in rows] == ["Bonjour", "Version"]
    assert "Numbers missing" in rows[1]["warnings"]
    assert summary.metrics is None
