"""How a comparison reads: the best values, the verdict in words, and where the text went.

``best_values`` and ``verdict`` read ``METRICS`` (whether lower or higher is
better); ``privacy_summary`` says which text goes where, before a run or
after one (``result_privacy``), passages from documents included. This module imports no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from typing import cast

from app.core.compare.results import METRIC_INFO, METRICS, ComparisonResult, ModelRun, format_metric
from app.core.compare.spec import BATCH_TASKS, Comparison
from app.core.plural import counted
from app.core.ui_text import UiText, ui_join, ui_text

#: Ratios within this of 1 read as "about the same".
SAME_RATIO = 0.1
#: Accuracies within this many percentage points read as "as accurate as".
SAME_ACCURACY_POINTS = 1.0


# -- verdict ------------------------------------------------------------------------------


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def best_values(result: ComparisonResult) -> dict[str, tuple[str, ...]]:
    """``{metric key: columns holding the best value}`` among finished runs (names, as ``ModelRun.column``).

    Several ids when they tie. A metric is left out when fewer than two
    finished models have a value for it, or when all of them tie (nothing
    stands out).
    """
    best: dict[str, tuple[str, ...]] = {}
    finished = [r for r in result.runs if r.status == "finished"]
    for info in METRICS:
        if info.better is None:
            continue
        values = [(r.column, v) for r in finished if (v := r.metrics.get(info.key)) is not None]
        if len(values) < 2:
            continue
        pick = min if info.better == "lower" else max
        top = pick(v for _, v in values)
        winners = tuple(column for column, v in values if _close(v, top))
        if len(winners) < len(values):
            best[info.key] = winners
    return best


def _times(ratio: float) -> str:
    return f"{ratio:.1f}×" if ratio < 2 else f"{ratio:.0f}×"


def _speed_key(result: ComparisonResult, a: ModelRun, b: ModelRun) -> str | None:
    """The speed figure both runs have, for this task: rows/min, tokens/s or wall time."""
    task = result.spec.task
    keys = ["rows_per_min"] if task in BATCH_TASKS else ["tokens_per_s", "wall_s"] if task != "classify" else ["wall_s"]
    for key in keys:
        if a.metrics.get(key) and b.metrics.get(key):
            return key
    return None


def _speed_clause(result: ComparisonResult, a: ModelRun, b: ModelRun) -> UiText | None:
    """How fast B is next to A ("3× slower", "about as fast"); None when unknown."""
    key = _speed_key(result, a, b)
    if key is None:
        return None
    va, vb = cast(float, a.metrics.get(key)), cast(float, b.metrics.get(key))
    ratio = vb / va if METRIC_INFO[key].better == "higher" else va / vb
    if abs(ratio - 1) <= SAME_RATIO:
        return ui_text("about as fast")
    if ratio > 1:
        return ui_text("{times} faster", times=_times(ratio))
    return ui_text("{times} slower", times=_times(1 / ratio))


def _cost_clause(a: ModelRun, b: ModelRun) -> UiText:
    """What B costs next to A ("at 1/20 of the cost", "at no cost"), honest about unknown prices."""
    ca, cb = a.metrics.cost_usd, b.metrics.cost_usd
    if ca is None and cb is None:
        return ui_text("at an unknown cost (no price is known for either)")
    if cb is None:
        return ui_text("at an unknown cost (no price is known for {model})", model=b.column)
    if ca is None:
        return ui_text("at {cost} ({model}'s cost is unknown)", cost=format_metric("cost_usd", cb), model=a.column)
    if ca == 0 and cb == 0:
        return ui_text("at no cost, like {model}", model=a.column)
    if cb == 0:
        return ui_text("at no cost")
    if ca == 0:
        return ui_text("at {cost} where {model} costs nothing", cost=format_metric("cost_usd", cb), model=a.column)
    ratio = cb / ca
    if abs(ratio - 1) <= SAME_RATIO:
        return ui_text("at about the same cost")
    if ratio < 1:
        if ratio <= 0.5:
            return ui_text("at 1/{share} of the cost", share=f"{1 / ratio:.0f}")
        return ui_text("at {percent} of the cost", percent=f"{ratio:.0%}")
    return ui_text("at {times} the cost", times=_times(ratio))


def _accuracy_clause(a: ModelRun, b: ModelRun) -> UiText:
    aa, ab = cast(float, a.metrics.accuracy), cast(float, b.metrics.accuracy)
    points = round((ab - aa) * 100, 6)  # 0.90 - 0.91 is not quite -0.01 in floating point
    if abs(points) <= SAME_ACCURACY_POINTS:
        return ui_text(
            "as accurate as {model} (within {points} point)", model=a.column, points=f"{SAME_ACCURACY_POINTS:g}"
        )
    figures = {"points": f"{abs(points):.0f}", "model": a.column, "b": f"{ab:.0%}", "a": f"{aa:.0%}"}
    if points > 0:
        return ui_text("{points} points more accurate than {model} ({b} against {a})", **figures)
    return ui_text("{points} points less accurate than {model} ({b} against {a})", **figures)


def _pair_sentence(result: ComparisonResult, a: ModelRun, b: ModelRun, with_accuracy: bool) -> UiText:
    speed = _speed_clause(result, a, b)
    cost = _cost_clause(a, b)
    if with_accuracy:
        return ui_text(
            "{model} is {accuracy} {cost}, {speed}.",
            model=b.column,
            accuracy=_accuracy_clause(a, b),
            cost=cost,
            speed=speed or ui_text("speed unknown"),
        )
    if speed is None:
        return ui_text(
            "Compared with {reference}, {model} is {cost}; speed unknown.",
            reference=a.column,
            model=b.column,
            cost=cost,
        )
    return ui_text(
        "Compared with {reference}, {model} is {speed} {cost}.",
        reference=a.column,
        model=b.column,
        speed=speed,
        cost=cost,
    )


def verdict(result: ComparisonResult) -> str:
    """A short plain-English trade-off ("B is as accurate as A (within 1 point) at 1/20 of the cost, 3× slower.").

    Rule-based: it states only what the figures show, and says when a figure
    it would need is unknown. The reference model is the most accurate one
    where accuracy is known, else the first that finished; every other
    finished model is set against it. Models that failed or were stopped
    are named, not compared. When nothing in the documents matched, no model was asked: it says so.
    """
    if result.nothing_found:
        from app.core.documents.grounding import nothing_found

        return nothing_found(result.spec.text, result.spec.collections)
    done = [r for r in result.runs if r.status == "finished"]
    sentences: list[str] = []
    if not done:
        sentences.append(ui_text("No model finished, so there is nothing to compare."))
    elif len(done) == 1:
        sentences.append(ui_text("Only {model} finished, so there is nothing to compare.", model=done[0].column))
    else:
        with_accuracy = all(r.metrics.accuracy is not None for r in done)
        ref = max(done, key=lambda r: cast(float, r.metrics.accuracy)) if with_accuracy else done[0]
        for other in done:
            if other is not ref:
                sentences.append(_pair_sentence(result, ref, other, with_accuracy))
        sentences.extend(_quality_note(result, done, with_accuracy))
    for run in result.runs:
        if run.status == "failed":
            sentences.append(ui_text("{model} failed ({error}).", model=run.column, error=_title(run.error_title)))
        elif run.status == "cancelled":
            sentences.append(ui_text("{model} was stopped.", model=run.column))
    return ui_join(sentences)


def _quality_note(result: ComparisonResult, done: list[ModelRun], with_accuracy: bool) -> list[UiText]:
    task = result.spec.task
    if task == "classify":
        chosen = [(r.column, r.text) for r in done]
        if len({text for _, text in chosen}) == 1:
            if len(done) == 2:
                return [ui_text("Both chose {label}.", label=repr(chosen[0][1]))]
            return [ui_text("All chose {label}.", label=repr(chosen[0][1]))]
        choices = ui_join([ui_text("{model} chose {label}", model=m, label=repr(t)) for m, t in chosen], "; ")
        return [ui_text("They disagree: {choices}.", choices=choices)]
    if task == "batch-classify" and not with_accuracy:
        if not result.spec.gold_column:
            return [ui_text("Accuracy is unknown: no gold column was given.")]
        return [ui_text("Accuracy is unknown for some models.")]
    if task in ("chat", "translate", "batch-translate"):
        return [ui_text("Quality is not measured: read the answers side by side.")]
    return []


# -- privacy ------------------------------------------------------------------------------


def _title(title: str) -> UiText:
    # An error's title is one of the error classes' literal titles, which scripts/i18n.py marks for translation.
    return ui_text(title)


def _sent_text(spec: Comparison) -> UiText:
    """What of the input leaves for a remote model."""
    if spec.task == "chat":
        systems = {spec.for_column(i).system for i in range(len(spec.models))}
        n = f"{len(spec.text) + max(len(system) for system in systems):,}"
        if len(systems) > 1:
            return ui_text("the prompt and each column's system prompt (up to {n} characters)", n=n)
        if spec.system.strip():
            return ui_text("the prompt and the system prompt ({n} characters)", n=n)
        return ui_text("the prompt ({n} characters)", n=n)
    if spec.task == "translate":
        return ui_text("the text to translate ({n} characters)", n=f"{len(spec.text):,}")
    if spec.task == "classify":
        n = f"{len(spec.text) + sum(len(label) for label in spec.labels):,}"
        return ui_text("the text and the labels ({n} characters)", n=n)
    figures = {
        "column": repr(spec.text_column),
        "file": Path(spec.input_path or "").name,
        "gold": repr(spec.gold_column),
    }
    if spec.task == "batch-classify":
        if spec.gold_column:
            return ui_text(
                "the {column} column of every row of {file} and the labels (not the {gold} column)", **figures
            )
        return ui_text("the {column} column of every row of {file} and the labels", **figures)
    if spec.gold_column:
        return ui_text("the {column} column of every row of {file} (not the {gold} column)", **figures)
    return ui_text("the {column} column of every row of {file}", **figures)


def privacy_summary(
    spec: Comparison, destinations: Mapping[str, str | None], passages: Mapping[str, int] | None = None
) -> str:
    """Which text goes where: "Sent to OpenAI (work:gpt-4o): the prompt (1,234 characters). Stayed on this computer: starter."

    ``destinations``: model id, or column name after a run, → ``Engine.destination``
    (None: stays here). Works before a run (for the badge) and after (``result_privacy``).
    A spec answered from documents adds the passages that leave: "5 passages from “Contracts” → OpenAI.",
    counted from ``passages`` (column → passages it was sent) when known.
    """
    sent: dict[str, list[str]] = {}
    stayed: list[str] = []
    for name, destination in destinations.items():
        if destination is None:
            stayed.append(name)
        else:
            sent.setdefault(destination, []).append(name)
    parts: list[str] = []
    if sent:
        # Each destination kept as core made it ("OpenAI via URL" is itself translatable).
        places = [
            ui_text("{destination} ({models})", destination=dest, models=", ".join(ids)) for dest, ids in sent.items()
        ]
        if len(places) == 1:
            parts.append(ui_text("Sent to {where}: {what}.", where=places[0], what=_sent_text(spec)))
        else:
            where = ui_join(places[:-1], ", ")
            parts.append(
                ui_text("Sent to {where} and {last}: {what}.", where=where, last=places[-1], what=_sent_text(spec))
            )
        if spec.collections:
            parts.append(_passages_sent(spec, sent, passages))
    if stayed:
        parts.append(ui_text("Stayed on this computer: {models}.", models=", ".join(stayed)))
    if not sent:
        parts.append(ui_text("Nothing was sent off this computer."))
    return ui_join(parts)


def _passages_sent(spec: Comparison, sent: Mapping[str, list[str]], passages: Mapping[str, int] | None) -> str:
    """ "5 passages from “Contracts” → OpenAI": per destination, the most any of its columns was sent."""
    names = ", ".join(f"“{name}”" for name in spec.collections)
    each = []
    for destination, columns in sent.items():
        if passages is None:
            each.append(f"passages from {names} → {destination}")
        else:
            each.append(f"{counted(max(passages.get(c, 0) for c in columns), 'passage')} from {names} → {destination}")
    text = "; ".join(each)
    return text[0].upper() + text[1:] + "."


def result_destinations(result: ComparisonResult) -> dict[str, str | None]:
    """column → destination, from a result's runs (for ``privacy_summary``)."""
    return {run.column: run.destination for run in result.runs}


def result_privacy(result: ComparisonResult) -> str:
    """``privacy_summary`` of a comparison that ran: with the passages each column was sent, and nothing sent at all
    when nothing in the documents matched (no model was asked)."""
    if result.nothing_found:
        return ui_text("Nothing was sent off this computer: nothing in the documents matched, so no model was asked.")
    passages = {run.column: len(run.sources.sources) for run in result.runs if run.sources is not None}
    return privacy_summary(result.spec, result_destinations(result), passages if result.spec.collections else None)
