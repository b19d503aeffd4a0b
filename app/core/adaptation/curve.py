"""The learning curve: each method's scores per training size over its seeds, and what they say in plain words.

The verdict compares methods at the largest size (every training row), the
way a person would use them, and says what the data cannot tell: a gap
smaller than the spread over seeds is called a tie, and one seed gives no
spread at all.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence

from app.core.adaptation.records import CellResult, CurvePoint

#: Macro-F1 differences below this are a tie whatever the spread says (a test row or two).
TIE = 0.01
#: "Gets within this of its best" for the size where a method's curve flattens.
NEAR = 0.02


def curve_points(cells: Sequence[CellResult]) -> tuple[CurvePoint, ...]:
    """One point per method and size, methods in the cells' order, sizes ascending.

    Macro-F1's mean and standard deviation over the seeds (0.0 with one
    seed); accuracy, rows/s and setup time are means; the cost is the mean,
    or None when any seed's price was unknown.
    """
    groups: dict[str, dict[int, list[CellResult]]] = {}
    for cell in cells:
        groups.setdefault(cell.method, {}).setdefault(cell.size, []).append(cell)
    points = []
    for method, by_size in groups.items():
        for size in sorted(by_size):
            group = by_size[size]
            f1s = [c.macro_f1 for c in group]
            costs = [c.cost_per_1k_rows for c in group]
            known = [c for c in costs if c is not None]
            points.append(
                CurvePoint(
                    method=method,
                    size=size,
                    macro_f1=statistics.fmean(f1s),
                    macro_f1_std=statistics.stdev(f1s) if len(f1s) > 1 else 0.0,
                    accuracy=statistics.fmean(c.accuracy for c in group),
                    rows_per_s=statistics.fmean(c.rows_per_s for c in group),
                    cost_per_1k_rows=statistics.fmean(known) if len(known) == len(costs) else None,
                    setup_s=statistics.fmean(c.setup_s for c in group),
                    seeds=len(group),
                )
            )
    return tuple(points)


def verdict(
    points: Sequence[CurvePoint], labels: Sequence[str], *, embedding_model: str | None = None, n_test: int = 0
) -> str:
    """Which method to use on these data, in a few plain sentences, honest about ties and spread.

    ``n_test``: the test rows every score came from; a gap smaller than
    they can resolve (or than the spread over seeds) is no win.
    """
    if not points:
        return "Nothing was measured yet."
    top = max(p.size for p in points)
    final = sorted((p for p in points if p.size == top), key=lambda p: -p.macro_f1)
    best = final[0]
    name = _Namer(embedding_model)
    lead = f"With {top:,} labelled rows and {len(labels)} labels, {name(best)} scores best: {_scores(best)}."
    sentences = [lead]
    chance = 1.0 / max(1, len(labels))
    if best.macro_f1 < chance + 0.05:
        sentences.append(f"No method does clearly better than guessing (about {chance:.2f} with these labels).")
    other = _alternative(best, final[1:])
    if other is not None:
        sentences.append(f"{_capital(name(other))} reaches {_scores(other)}.")
        sentences.append(_comparison(best, other, name, n_test))
    # How many labels it took: the trained classifier's curve if there is one, else the best one's.
    subject = next((p for p in final if p.method == "embed-logreg"), best)
    flat = _flattens(points, subject, name(subject))
    if flat:
        sentences.append(flat)
    return " ".join(sentences)


def _alternative(best: CurvePoint, rest: Sequence[CurvePoint]) -> CurvePoint | None:
    """The method worth weighing against the best: the best of those cheaper or faster, else the runner-up."""
    cheaper = [p for p in rest if _cost(p) < _cost(best) or p.rows_per_s > best.rows_per_s]
    return cheaper[0] if cheaper else (rest[0] if rest else None)


def _comparison(best: CurvePoint, other: CurvePoint, name: _Namer, n_test: int) -> str:
    gap = best.macro_f1 - other.macro_f1
    spread = max(best.macro_f1_std, other.macro_f1_std)
    # What the test rows themselves can resolve: the standard error of a difference of two scores on n rows.
    mean = (best.macro_f1 + other.macro_f1) / 2
    resolution = math.sqrt(2 * mean * (1 - mean) / n_test) if n_test else 0.0
    if gap >= max(TIE, spread, resolution):
        return f"{_capital(name(best))} is ahead by {gap:.2f}, more than the spread over seeds and test rows."
    tail = ""
    if _cost(other) <= _cost(best) and other.rows_per_s >= best.rows_per_s:
        tail = f"; {name(other)} is the cheaper and faster choice"
    elif _cost(best) <= _cost(other) and best.rows_per_s >= other.rows_per_s:
        tail = f"; {name(best)} is also the cheaper and faster one"
    if gap < TIE:
        return f"The two are level{tail}."
    if gap < spread:
        why = f"within the spread over seeds (±{spread:.2f})"
    else:
        why = f"within what {n_test:,} test rows can tell apart (about ±{resolution:.2f})"
    return f"The gap ({gap:.2f}) is {why}: these data cannot tell them apart{tail}."


def _flattens(points: Sequence[CurvePoint], point: CurvePoint, name: str) -> str:
    """Where ``point``'s curve comes within ``NEAR`` of its score on the full set, if it rises at all."""
    curve = sorted((p for p in points if p.method == point.method), key=lambda p: p.size)
    if len({round(p.macro_f1, 6) for p in curve}) < 2:
        return ""  # zero-shot, or a single size: nothing to read
    first = next(p for p in curve if p.macro_f1 >= point.macro_f1 - NEAR)
    if first.size >= point.size:
        return f"More labelled rows may still help {name}: its curve is still rising at the full set."
    return f"{_capital(name)} gets within {NEAR:.2f} of its full-set score from {first.size:,} rows."


def _cost(point: CurvePoint) -> float:
    return float("inf") if point.cost_per_1k_rows is None else point.cost_per_1k_rows


def _scores(point: CurvePoint) -> str:
    spread = f" ±{point.macro_f1_std:.2f}" if point.seeds > 1 else ""
    return f"{point.macro_f1:.2f}{spread} macro-F1 at {_rate(point.rows_per_s)} rows/s and {_price(point)}"


def _price(point: CurvePoint) -> str:
    cost = point.cost_per_1k_rows
    if cost is None:
        return "an unknown price"
    if cost == 0.0:
        return "no cost"
    return f"${cost:,.2f} per 1,000 rows" if cost >= 0.01 else f"${cost:.4f} per 1,000 rows"


def _rate(rows_per_s: float) -> str:
    if rows_per_s >= 10:
        return f"{rows_per_s:,.0f}"
    return f"{rows_per_s:.1f}" if rows_per_s >= 1 else f"{rows_per_s:.2g}"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Namer:
    """A curve's name in words: "the embedding classifier (starter)", "prompting starter zero-shot"."""

    def __init__(self, embedding_model: str | None) -> None:
        self.embedding_model = embedding_model

    def __call__(self, point: CurvePoint) -> str:
        kind, _, model = point.method.partition("@")
        if kind == "embed-logreg":
            return (
                f"the embedding classifier ({self.embedding_model})"
                if self.embedding_model
                else "the embedding classifier"
            )
        if kind == "zero-shot":
            return f"prompting {model} zero-shot"
        if kind == "few-shot":
            return f"prompting {model} with fixed examples"
        return f"prompting {model} with examples by similarity"
