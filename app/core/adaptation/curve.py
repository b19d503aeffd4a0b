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
from app.core.ui_text import UiText, ui_join, ui_text

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
        return ui_text("Nothing was measured yet.")
    top = max(p.size for p in points)
    final = sorted((p for p in points if p.size == top), key=lambda p: -p.macro_f1)
    best = final[0]
    name = _Namer(embedding_model)
    lead = ui_text(
        "With {rows} labelled rows and {labels} labels, {method} scores best: {scores}.",
        rows=f"{top:,}",
        labels=len(labels),
        method=name(best),
        scores=_scores(best),
    )
    sentences: list[str] = [lead]
    chance = 1.0 / max(1, len(labels))
    if best.macro_f1 < chance + 0.05:
        sentences.append(
            ui_text(
                "No method does clearly better than guessing (about {chance} with these labels).",
                chance=f"{chance:.2f}",
            )
        )
    other = _alternative(best, final[1:])
    if other is not None:
        sentences.append(ui_text("{method} reaches {scores}.", method=name(other, start=True), scores=_scores(other)))
        sentences.append(_comparison(best, other, name, n_test))
    # How many labels it took: the trained classifier's curve if there is one, else the best one's.
    subject = next((p for p in final if p.method == "embed-logreg"), best)
    flat = _flattens(points, subject, name)
    if flat:
        sentences.append(flat)
    return ui_join(sentences)


def _alternative(best: CurvePoint, rest: Sequence[CurvePoint]) -> CurvePoint | None:
    """The method worth weighing against the best: the best of those cheaper or faster, else the runner-up."""
    cheaper = [p for p in rest if _cost(p) < _cost(best) or p.rows_per_s > best.rows_per_s]
    return cheaper[0] if cheaper else (rest[0] if rest else None)


def _comparison(best: CurvePoint, other: CurvePoint, name: _Namer, n_test: int) -> UiText:
    gap = best.macro_f1 - other.macro_f1
    spread = max(best.macro_f1_std, other.macro_f1_std)
    # What the test rows themselves can resolve: the standard error of a difference of two scores on n rows.
    mean = (best.macro_f1 + other.macro_f1) / 2
    resolution = math.sqrt(2 * mean * (1 - mean) / n_test) if n_test else 0.0
    if gap >= max(TIE, spread, resolution):
        return ui_text(
            "{method} is ahead by {gap}, more than the spread over seeds and test rows.",
            method=name(best, start=True),
            gap=f"{gap:.2f}",
        )
    tail: UiText | str = ""
    if _cost(other) <= _cost(best) and other.rows_per_s >= best.rows_per_s:
        tail = ui_text("; {method} is the cheaper and faster choice", method=name(other))
    elif _cost(best) <= _cost(other) and best.rows_per_s >= other.rows_per_s:
        tail = ui_text("; {method} is also the cheaper and faster one", method=name(best))
    if gap < TIE:
        return ui_text("The two are level{tail}.", tail=tail)
    if gap < spread:
        why = ui_text("within the spread over seeds (±{spread})", spread=f"{spread:.2f}")
    else:
        why = ui_text(
            "within what {rows} test rows can tell apart (about ±{resolution})",
            rows=f"{n_test:,}",
            resolution=f"{resolution:.2f}",
        )
    return ui_text(
        "The gap ({gap}) is {why}: these data cannot tell them apart{tail}.", gap=f"{gap:.2f}", why=why, tail=tail
    )


def _flattens(points: Sequence[CurvePoint], point: CurvePoint, name: _Namer) -> UiText | None:
    """Where ``point``'s curve comes within ``NEAR`` of its score on the full set, if it rises at all."""
    curve = sorted((p for p in points if p.method == point.method), key=lambda p: p.size)
    if len({round(p.macro_f1, 6) for p in curve}) < 2:
        return None  # zero-shot, or a single size: nothing to read
    first = next(p for p in curve if p.macro_f1 >= point.macro_f1 - NEAR)
    if first.size >= point.size:
        return ui_text(
            "More labelled rows may still help {method}: its curve is still rising at the full set.", method=name(point)
        )
    return ui_text(
        "{method} gets within {near} of its full-set score from {rows} rows.",
        method=name(point, start=True),
        near=f"{NEAR:.2f}",
        rows=f"{first.size:,}",
    )


def _cost(point: CurvePoint) -> float:
    return float("inf") if point.cost_per_1k_rows is None else point.cost_per_1k_rows


def _scores(point: CurvePoint) -> UiText:
    spread = f" ±{point.macro_f1_std:.2f}" if point.seeds > 1 else ""
    return ui_text(
        "{score} macro-F1 at {rate} rows/s and {price}",
        score=f"{point.macro_f1:.2f}{spread}",
        rate=_rate(point.rows_per_s),
        price=_price(point),
    )


def _price(point: CurvePoint) -> UiText:
    cost = point.cost_per_1k_rows
    if cost is None:
        return ui_text("an unknown price")
    if cost == 0.0:
        return ui_text("no cost")
    return ui_text("{cost} per 1,000 rows", cost=f"${cost:,.2f}" if cost >= 0.01 else f"${cost:.4f}")


def _rate(rows_per_s: float) -> str:
    if rows_per_s >= 10:
        return f"{rows_per_s:,.0f}"
    return f"{rows_per_s:.1f}" if rows_per_s >= 1 else f"{rows_per_s:.2g}"


class _Namer:
    """A curve's name in words: "the embedding classifier (starter)", "prompting starter zero-shot"."""

    def __init__(self, embedding_model: str | None) -> None:
        self.embedding_model = embedding_model

    def __call__(self, point: CurvePoint, start: bool = False) -> UiText:
        """The name mid-sentence, or capitalised to ``start`` one (two templates, so a translation can differ)."""
        kind, _, model = point.method.partition("@")
        if kind == "embed-logreg":
            if self.embedding_model:
                if start:
                    return ui_text("The embedding classifier ({model})", model=self.embedding_model)
                return ui_text("the embedding classifier ({model})", model=self.embedding_model)
            return ui_text("The embedding classifier") if start else ui_text("the embedding classifier")
        if kind == "zero-shot":
            if start:
                return ui_text("Prompting {model} zero-shot", model=model)
            return ui_text("prompting {model} zero-shot", model=model)
        if kind == "few-shot":
            if start:
                return ui_text("Prompting {model} with fixed examples", model=model)
            return ui_text("prompting {model} with fixed examples", model=model)
        if start:
            return ui_text("Prompting {model} with examples by similarity", model=model)
        return ui_text("prompting {model} with examples by similarity", model=model)
