"""A row's checks: each ``CheckSpec`` of the task run on the row's answer, passed or failed with a reason.

A check's ``value`` and ``path`` are rendered with the row's values first, so
``{{expected}}`` compares with the row's own column. Nothing here raises for
a bad row or a badly written check: a missing variable, a regex that does not
compile, a path that finds nothing, a tool that is missing or fails each
fail that one check with a reason a person can act on.

Numbers (``number_within``) are read from JSON numbers, or from text made of
an optional sign, an optional currency sign ($ € £ ¥), digits with optional
comma thousands separators ("1,234,567"), an optional decimal part and
exponent: "1,234.50" → 1234.5, "-$3.5" → -3.5, "2e3" → 2000.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from app.core.errors import UserFacingError
from app.core.tasks.custom.jsonpath import format_path, parse_path, resolve
from app.core.tasks.custom.judge import Judge, judge_prompt, read_verdict
from app.core.tasks.custom.outputs import ParsedOutput, decode_json, fold_words
from app.core.tasks.custom.spec import CheckResult, CheckSpec, TaskSpec, render
from app.core.ui_text import ui_text

#: Embedding model id, texts → one row per text.
Embed = Callable[[str, Sequence[str]], NDArray[np.float32]]

_NUMBER = re.compile(
    r"\s*(?P<sign>[+-]?)\s*[$€£¥]?\s*(?P<digits>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?P<exp>[eE][+-]?\d+)?\s*"
)


@dataclass(frozen=True)
class CheckTools:
    """The models some checks need, built by the run from its engines; None where it has none."""

    #: For ``judge`` checks: (model id, grading prompt) → the judge's answer and its cost.
    judge: Judge | None = None
    #: For ``similar`` checks: (embedding model id, texts) → one row per text.
    embed: Embed | None = None


@dataclass(frozen=True)
class CheckOutcome:
    """A row's check results, in the task's order, and what its judge checks cost (counted apart from the
    answer; None when no judge with a known price ran)."""

    results: tuple[CheckResult, ...]
    judge_cost_usd: float | None = None


@dataclass
class _Row:
    """What a check looks at: the answer, as text and as parsed, and what the checks have spent."""

    task: TaskSpec
    text: str
    parsed: ParsedOutput
    tools: CheckTools
    prompt: str
    judge_costs: list[float] = field(default_factory=list)


def run_checks(
    task: TaskSpec,
    text: str,
    parsed: ParsedOutput,
    values: Mapping[str, object],
    tools: CheckTools,
    *,
    prompt: str = "",
) -> CheckOutcome:
    """One result per ``task.checks`` on the answer ``text`` (``parsed`` from ``parse_output``); ``values`` are
    the row's variables, ``prompt`` the rendered prompt the answer was given (a judge sees it)."""
    row = _Row(task, text, parsed, tools, prompt)
    results = tuple(_run_one(row, check, values) for check in task.checks)
    cost = math.fsum(row.judge_costs) if row.judge_costs else None
    return CheckOutcome(results, cost)


def _run_one(row: _Row, check: CheckSpec, values: Mapping[str, object]) -> CheckResult:
    run = _CHECKS.get(check.kind)
    if run is None:
        return CheckResult(check.name, False, ui_text("unknown check kind {kind}", kind=repr(check.kind)))
    try:
        passed, reason = run(row, check, render(check.value, values), render(check.path, values))
    except UserFacingError as exc:
        return CheckResult(check.name, False, exc.message)
    except RecursionError:
        # Comparing or showing JSON recurses; an answer nested a thousand deep fails its check, not the run.
        return CheckResult(check.name, False, ui_text("the answer's JSON is nested too deeply to compare"))
    return CheckResult(check.name, passed, reason)


_Outcome = tuple[bool, str]


def _equals(row: _Row, check: CheckSpec, value: str, path: str) -> _Outcome:
    if row.task.output == "label":
        if row.parsed.label is None:
            return False, row.parsed.error or ui_text("no label in the answer")
        passed = fold_words(row.parsed.label) == fold_words(value)
        return passed, "" if passed else _expected(_quote(value), _quote(row.parsed.label))
    got = row.text.strip()
    passed = got == value.strip()
    return passed, "" if passed else _expected(_quote(value.strip()), _quote(got))


def _expected(expected: str, got: str) -> str:
    return ui_text("expected {expected}, got {got}", expected=expected, got=got)


def _contains(row: _Row, check: CheckSpec, value: str, path: str) -> _Outcome:
    if not value:
        return False, ui_text("the check has no text to look for")
    passed = value in row.text
    return passed, "" if passed else ui_text("{text} not found in the answer", text=_quote(value))


def _icontains(row: _Row, check: CheckSpec, value: str, path: str) -> _Outcome:
    if not value:
        return False, ui_text("the check has no text to look for")
    passed = value.casefold() in row.text.casefold()
    return passed, "" if passed else ui_text("{text} not found in the answer (ignoring case)", text=_quote(value))


def _regex(row: _Row, check: CheckSpec, value: str, path: str) -> _Outcome:
    if not value:
        return False, ui_text("the check has no regex to look for")
    try:
        pattern = re.compile(value)
    except re.error as exc:
        return False, ui_text("the regex /{regex}/ does not compile: {reason}", regex=value, reason=str(exc))
    match = pattern.search(row.text)
    if match is None:
        return False, ui_text("no match for /{regex}/", regex=value)
    return True, ui_text("matched {text}", text=_quote(match.group(0)))


def _is_json(row: _Row, check: CheckSpec, value: str, path: str) -> _Outcome:
    parsed = row.parsed if row.task.output == "json" else decode_json(row.text)
    if not parsed.has_json:
        return False, parsed.error
    if parsed.error:
        return False, ui_text("JSON, but not as the schema says: {reason}", reason=parsed.error)
    return True, parsed.note


def _json_path_equals(row: _Row, check: CheckSpec, value: str, path: str) -> _Outcome:
    document, problem = _answer_json(row)
    if problem:
        return False, problem
    found = resolve(document, path)
    where = format_path(parse_path(path))
    try:
        expected: Any = json.loads(value)
    except ValueError:
        expected = value
    passed = _same_json(found, expected) or (isinstance(found, str) and found.strip() == value.strip())
    return passed, "" if passed else ui_text(
        "{where} is {found}, expected {expected}", where=where, found=_show_json(found), expected=_quote(value)
    )


def _number_within(row: _Row, check: CheckSpec, value: str, path: str) -> _Outcome:
    expected = parse_number(value)
    if expected is None:
        return False, ui_text("the check's value {value} is not a number", value=_quote(value))
    if path.strip():
        document, problem = _answer_json(row)
        if problem:
            return False, problem
        where = format_path(parse_path(path))
        found: Any = resolve(document, path)
    else:
        where = ui_text("the answer")
        found = row.parsed.json if row.parsed.has_json else row.text
    got = parse_number(found)
    if got is None:
        return False, ui_text("{where} is {found}, not a number", where=where, found=_show_json(found))
    # A hair of slack for decimal fractions binary floats cannot hold: 0.3 - 0.1 is 0.19999999999999998.
    passed = abs(got - expected) <= check.tolerance + 1e-9 * max(abs(got), abs(expected), 1.0)
    return passed, ui_text(
        "{where} is {got}, expected {expected} ± {tolerance}",
        where=where,
        got=_number(got),
        expected=_number(expected),
        tolerance=_number(check.tolerance),
    )


def _length_within(row: _Row, check: CheckSpec, value: str, path: str) -> _Outcome:
    length = len(row.text)
    low, high = check.min_length, check.max_length
    passed = (low is None or length >= low) and (high is None or length <= high)
    if low is not None and high is not None:
        bounds: str = f"{low:,}–{high:,}"
    elif low is not None:
        bounds = ui_text("at least {low}", low=f"{low:,}")
    elif high is not None:
        bounds = ui_text("at most {high}", high=f"{high:,}")
    else:
        return True, ui_text("length {length}", length=f"{length:,}")
    return passed, ui_text("length {length}, expected {bounds}", length=f"{length:,}", bounds=bounds)


def _similar(row: _Row, check: CheckSpec, value: str, path: str) -> _Outcome:
    if not check.model:
        return False, ui_text("no embedding model set")
    if row.tools.embed is None:
        return False, ui_text("no embedding model available to this run")
    if not value.strip():
        return False, ui_text("the check has no expected answer to compare with")
    vectors = np.asarray(row.tools.embed(check.model, [value, row.text]), dtype=np.float64)
    norms = np.linalg.norm(vectors, axis=1)
    if vectors.shape[0] != 2 or not np.all(norms > 0):
        return False, ui_text("the embedding model gave no usable vectors")
    similarity = float(vectors[0] @ vectors[1] / (norms[0] * norms[1]))
    passed = similarity >= check.threshold
    return passed, ui_text(
        "similarity {similarity} {sign} {threshold}",
        similarity=f"{similarity:.2f}",
        sign="≥" if passed else "<",
        threshold=f"{check.threshold:.2f}",
    )


def _judge(row: _Row, check: CheckSpec, value: str, path: str) -> _Outcome:
    if not check.model:
        return False, ui_text("no judge model set")
    if row.tools.judge is None:
        return False, ui_text("no judge model available to this run")
    if not value.strip():
        return False, ui_text("the check has no rubric for the judge")
    verdict = row.tools.judge(check.model, judge_prompt(value, row.text, row.prompt))
    if verdict.cost_usd is not None:
        row.judge_costs.append(verdict.cost_usd)
    read = read_verdict(verdict.text)
    if read is None:
        return False, ui_text("judge answered off-format: {answer}", answer=_quote(verdict.text.strip() or "(nothing)"))
    passed, reason = read
    word = "PASS" if passed else "FAIL"
    if reason:
        return passed, ui_text("judge: {verdict} — {reason}", verdict=word, reason=reason)
    return passed, ui_text("judge: {verdict}", verdict=word)


_CHECKS: dict[str, Callable[[_Row, CheckSpec, str, str], _Outcome]] = {
    "equals": _equals,
    "contains": _contains,
    "icontains": _icontains,
    "regex": _regex,
    "is_json": _is_json,
    "json_path_equals": _json_path_equals,
    "number_within": _number_within,
    "length_within": _length_within,
    "similar": _similar,
    "judge": _judge,
}


def parse_number(value: Any) -> float | None:
    """``value`` as a finite number (see the module's docstring for the text accepted); None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        match = _NUMBER.fullmatch(value)
        if match is None:
            return None
        number = float(f"{match['sign']}{match['digits'].replace(',', '')}{match['exp'] or ''}")
    else:
        return None
    return number if math.isfinite(number) else None


def _answer_json(row: _Row) -> tuple[Any, str]:
    """The answer's JSON (the parsed one for a json task, read from the text otherwise), or why there is none."""
    parsed = row.parsed if row.parsed.has_json or row.task.output == "json" else decode_json(row.text)
    if not parsed.has_json:
        return None, parsed.error or ui_text("the answer is not JSON")
    return parsed.json, ""


def _same_json(a: Any, b: Any) -> bool:
    """JSON equality: 1 equals 1.0, but true is not 1 (Python says it is)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same_json(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same_json(x, y) for x, y in zip(a, b))
    return bool(type(a) is type(b) or (isinstance(a, int | float) and isinstance(b, int | float))) and a == b


def _number(x: float) -> str:
    """A number as people write it: 100, 98.5, 0.01 (not 100.0 or 1e-02); an int from a task file too."""
    x = float(x)
    return str(int(x)) if x.is_integer() and abs(x) < 1e15 else repr(x)


def _quote(text: str, limit: int = 80) -> str:
    """``text`` quoted for a reason, cut to ``limit`` characters (a 1 MB answer must not become the reason)."""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _show_json(value: Any) -> str:
    return _quote(value) if isinstance(value, str) else json.dumps(value)[:80]
