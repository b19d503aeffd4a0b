"""The learning curve's points over seeds, and the verdict's plain words: the best, the cheaper one, ties, spread."""

from __future__ import annotations

import pytest

from app.core.adaptation.curve import curve_points, verdict
from app.core.adaptation.records import CellResult, CurvePoint

LABELS = ("billing", "technical", "shipping")


def cell(method: str, size: int, seed: int, f1: float, *, rate: float = 10.0, cost: float | None = 0.0) -> CellResult:
    kind, _, model = method.partition("@")
    return CellResult(
        method=method, kind=kind, model_id=model or None, size=size, seed=seed, n_test=100, accuracy=f1 + 0.01,
        macro_f1=f1, per_label_f1={}, classes=LABELS, confusion=(), rows_per_s=rate, cost_per_1k_rows=cost,
        setup_s=0.5 * size,
    )  # type: ignore[arg-type]  # fmt: skip


def point(method: str, size: int, f1: float, std: float = 0.0, *, rate: float = 10.0, cost: float | None = 0.0,
          seeds: int = 3) -> CurvePoint:  # fmt: skip
    return CurvePoint(method, size, f1, std, f1, rate, cost, 1.0, seeds)


def test_points_average_over_seeds_per_method_and_size() -> None:
    cells = [
        cell("embed-logreg", 16, 0, 0.6),
        cell("embed-logreg", 16, 1, 0.8, rate=30.0),
        cell("embed-logreg", 8, 0, 0.5),
        cell("zero-shot@m", 8, 0, 0.7, cost=None),
        cell("zero-shot@m", 16, 0, 0.7, cost=2.0),
    ]
    points = curve_points(cells)
    assert [(p.method, p.size, p.seeds) for p in points] == [
        ("embed-logreg", 8, 1), ("embed-logreg", 16, 2), ("zero-shot@m", 8, 1), ("zero-shot@m", 16, 1),
    ]  # fmt: skip
    sixteen = points[1]
    assert sixteen.macro_f1 == pytest.approx(0.7) and sixteen.macro_f1_std == pytest.approx(0.1414, abs=1e-4)
    assert sixteen.accuracy == pytest.approx(0.71) and sixteen.rows_per_s == pytest.approx(20.0)
    assert sixteen.setup_s == pytest.approx(8.0) and points[0].macro_f1_std == 0.0
    assert points[2].cost_per_1k_rows is None and points[3].cost_per_1k_rows == 2.0


def test_the_verdict_names_the_best_and_the_cheaper_one_with_speed_and_price() -> None:
    points = [
        point("embed-logreg", 16, 0.70, 0.03, rate=350.0),
        point("embed-logreg", 64, 0.91, 0.01, rate=350.0),
        point("zero-shot@openai:gpt-4o-mini", 16, 0.97, rate=4.2, cost=1.1, seeds=1),
        point("zero-shot@openai:gpt-4o-mini", 64, 0.97, rate=4.2, cost=1.1, seeds=1),
    ]
    text = verdict(points, LABELS, embedding_model="local:nomic", n_test=400)
    assert text.startswith(
        "With 64 labelled rows and 3 labels, prompting openai:gpt-4o-mini zero-shot scores best: 0.97 macro-F1 at 4.2 rows/s "
        "and $1.10 per 1,000 rows. The embedding classifier (local:nomic) reaches 0.91 ±0.01 macro-F1 at 350 "
        "rows/s and no cost. Prompting openai:gpt-4o-mini zero-shot is ahead by 0.06"
    )
    assert "More labelled rows may still help the embedding classifier (local:nomic)" in text


def test_a_gap_inside_the_spread_is_called_a_tie() -> None:
    points = [
        point("embed-logreg", 32, 0.86, 0.02),
        point("embed-logreg", 64, 0.88, 0.06, rate=300.0),
        point("zero-shot@openai:x", 64, 0.90, rate=3.0, cost=0.5, seeds=1),
    ]
    text = verdict(points, LABELS, embedding_model="starter", n_test=1000)
    assert "The gap (0.02) is within the spread over seeds (±0.06): these data cannot tell them apart; " in text
    assert "the embedding classifier (starter) is the cheaper and faster choice." in text
    assert "The embedding classifier (starter) gets within 0.02 of its full-set score from 32 rows." in text


def test_a_gap_a_small_test_set_cannot_resolve_is_no_win() -> None:
    points = [point("embed-logreg", 30, 0.80, rate=90.0), point("few-shot@starter", 30, 0.85, rate=2.0)]
    text = verdict(points, LABELS, n_test=30)
    assert text.startswith("With 30 labelled rows and 3 labels, prompting starter with fixed examples scores best")
    assert (
        "The gap (0.05) is within what 30 test rows can tell apart (about ±0.10): these data cannot tell them "
        "apart; the embedding classifier is the cheaper and faster choice." in text
    )


def test_near_chance_is_said_and_an_empty_run_has_a_verdict() -> None:
    text = verdict([point("embed-logreg", 30, 0.30)], LABELS, n_test=100)
    assert "No method does clearly better than guessing (about 0.33 with these labels)." in text
    assert verdict([], LABELS) == "Nothing was measured yet."
