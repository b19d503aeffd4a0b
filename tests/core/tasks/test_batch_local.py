"""A batch on the real starter model: cancelled, resumed by a fresh model process, same output."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from app.core.cancel import CancelToken
from app.core.engines.local.engine import LocalEngine
from app.core.tasks.batch import BatchProgress, BatchSpec, ClassifyJob, run_batch
from app.core.tasks.classification import LabelSet

pytestmark = pytest.mark.slow

TEXTS = ["I loved it", "Broke in a day", "Great value", "Rude staff", "Five stars", "Never again", "Works", "Meh"]


def rows_without_latency(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        del row["latency_s"]
    return rows


def test_cancel_then_resume_with_a_fresh_model_gives_the_same_output(tmp_path: Path, starter_path: Path) -> None:
    with open(tmp_path / "in.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["text"])
        writer.writerows([t] for t in TEXTS)
    job = ClassifyJob(LabelSet.of(["positive", "negative", "very negative"]))

    def spec(name: str) -> BatchSpec:
        return BatchSpec(tmp_path / "in.csv", "text", tmp_path / name, job)

    engine = LocalEngine(starter_path, "starter", context_cap=512, n_threads=1)
    try:
        straight = run_batch(engine, spec("straight.csv"))
        cancel = CancelToken()

        def stop_after_three(progress: BatchProgress) -> None:
            if progress.done == 3:
                cancel.cancel()

        stopped = run_batch(engine, spec("out.csv"), on_progress=stop_after_three, cancel=cancel)
    finally:
        engine.close()
    assert not straight.cancelled and straight.done == len(TEXTS)
    assert stopped.cancelled and stopped.done == 3

    fresh = LocalEngine(starter_path, "starter", context_cap=512, n_threads=1)
    try:
        resumed = run_batch(fresh, spec("out.csv"))
    finally:
        fresh.close()
    assert (resumed.resumed, resumed.done, resumed.cancelled) == (3, len(TEXTS), False)
    out = rows_without_latency(tmp_path / "out.csv")
    assert out == rows_without_latency(tmp_path / "straight.csv")
    assert {r["label"] for r in out} <= {"positive", "negative", "very negative"}
    assert all(
        abs(sum(float(r[f"p_{label}"]) for label in ("positive", "negative", "very negative")) - 1) < 1e-5 for r in out
    )
