"""What a task is, what a check asks, and what one cell of the matrix holds: the values every part of the own-tasks
domain (files, checks, runs, the matrix, the Tasks tab, ``plinth task``) hands the others.

A task's template and its checks' values use ``{{name}}`` variables, filled
from a row of a CSV/JSONL file (its column names) or typed in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from app.core.errors import UserFacingError
from app.core.ui_text import ui_text

OutputKind = Literal["text", "label", "json"]
OUTPUT_KINDS: tuple[OutputKind, ...] = ("text", "label", "json")

CheckKind = Literal[
    "equals",  # the output (stripped) equals ``value``
    "contains",  # the output contains ``value``
    "icontains",  # ... ignoring case
    "regex",  # ``value`` (a Python regular expression) matches somewhere in the output
    "is_json",  # the output parses as JSON (and, for a json task, matches the schema)
    "json_path_equals",  # the JSON value at ``path`` (e.g. ``$.total`` or ``$.items[0].name``) equals ``value``
    "number_within",  # the number at ``path`` (or the whole output) is within ``tolerance`` of ``value``
    "length_within",  # the output's length in characters is within [``min_length``, ``max_length``]
    "similar",  # cosine similarity of ``value`` and the output, by ``model`` (an embedding model) ≥ ``threshold``
    "judge",  # ``model`` grades the output against the rubric in ``value``; passes when it says so
]
CHECK_KINDS: tuple[CheckKind, ...] = (
    "equals", "contains", "icontains", "regex", "is_json", "json_path_equals", "number_within", "length_within",
    "similar", "judge",
)  # fmt: skip

_VARIABLE = re.compile(r"\{\{\s*([A-Za-z_][\w .-]*?)\s*\}\}")


class TaskError(UserFacingError):
    title = "The task cannot run"


class MissingVariableError(TaskError):
    """A template variable the row (or what was typed) does not give."""

    title = "A template variable has no value"


def variables(template: str) -> list[str]:
    """The ``{{name}}`` variables of ``template``, in order of first use, each once."""
    return list(dict.fromkeys(m.group(1) for m in _VARIABLE.finditer(template)))


def render(template: str, values: Mapping[str, object]) -> str:
    """``template`` with each ``{{name}}`` replaced by ``values[name]`` (as text); raises ``MissingVariableError``
    naming every variable without a value."""
    missing = [name for name in variables(template) if name not in values]
    if missing:
        names = ", ".join(f"{{{{{name}}}}}" for name in missing)
        raise MissingVariableError(
            ui_text("No value for {names}.", names=names),
            ui_text("Add a column of that name to the file, or type a value for it."),
        )
    return _VARIABLE.sub(lambda m: _text(values[m.group(1)]), template)


def _text(value: object) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True)
class CheckSpec:
    """One named check on a row's output. Which fields a kind reads is said beside ``CheckKind``."""

    name: str
    kind: CheckKind
    #: The expected text, pattern, number or rubric; may use ``{{variables}}`` of the row.
    value: str = ""
    #: For ``json_path_equals`` and ``number_within``: where in the JSON output to look ("" = the whole output).
    path: str = ""
    tolerance: float = 0.0
    min_length: int | None = None
    max_length: int | None = None
    #: ``similar``: pass at or above this cosine similarity.
    threshold: float = 0.8
    #: ``similar``: the embedding model; ``judge``: the grading model (any model id).
    model: str = ""


@dataclass(frozen=True)
class Variant:
    """A prompt variant: another wording of the same task, compared side by side."""

    name: str
    template: str
    #: None: the task's system prompt.
    system_prompt: str | None = None


@dataclass(frozen=True)
class TaskSpec:
    """A task a person defined: what to ask, what shape the answer has, and how to check it."""

    name: str
    template: str
    system_prompt: str = ""
    description: str = ""
    output: OutputKind = "text"
    #: For ``output == "label"``: the labels to choose from.
    labels: tuple[str, ...] = ()
    #: For ``output == "json"``: the JSON Schema the answer must match.
    schema: Mapping[str, Any] | None = None
    temperature: float = 0.0
    max_tokens: int = 512
    seed: int | None = None
    checks: tuple[CheckSpec, ...] = ()
    #: Other wordings to compare; the task's own ``template`` is always the first variant, named "default".
    variants: tuple[Variant, ...] = ()

    def all_variants(self) -> tuple[Variant, ...]:
        return (Variant("default", self.template, None), *self.variants)

    def variables(self) -> list[str]:
        """Every variable the templates and the checks' values use, in order of first use."""
        texts = [v.template for v in self.all_variants()] + [c.value for c in self.checks]
        return list(dict.fromkeys(name for text in texts for name in variables(text)))


@dataclass(frozen=True)
class CheckResult:
    name: str
    passed: bool
    #: Why it failed (or what it measured, e.g. "similarity 0.91"); "" when there is nothing to say.
    reason: str = ""


@dataclass(frozen=True)
class Cell:
    """One row × (model, variant): the output, what was parsed, and the checks."""

    model: str
    variant: str
    text: str
    #: The parsed JSON for a json task (None when it did not parse, or for other kinds).
    json: Any = None
    #: The label chosen, for a label task.
    label: str | None = None
    checks: tuple[CheckResult, ...] = ()
    #: Set when the row could not be run (a missing variable, a refused request); the checks are then empty.
    error: str = ""
    tokens_in: int = 0
    tokens_out: int = 0
    ttft_s: float | None = None
    wall_s: float = 0.0
    cost_usd: float | None = None
    #: What the judge checks cost, counted apart from the answer.
    judge_cost_usd: float | None = None
    #: Answered from the cache of identical requests.
    cached: bool = False
    #: The prompt as sent (the rendered template), for the cell's detail view.
    prompt: str = ""

    @property
    def passed(self) -> bool:
        """Every check passed (and the row ran)."""
        return not self.error and all(c.passed for c in self.checks)

    def to_dict(self) -> dict[str, object]:
        """As ``plinth task run --json`` prints a cell."""
        return {
            "model": self.model,
            "variant": self.variant,
            "text": self.text,
            "json": self.json,
            "label": self.label,
            "error": self.error or None,
            "checks": [{"name": c.name, "pass": c.passed, "reason": c.reason} for c in self.checks],
            "tokens_in": self.tokens_in,
            "tokens_out": self.tokens_out,
            "ttft_s": self.ttft_s,
            "wall_s": self.wall_s,
            "cost_usd": self.cost_usd,
            "judge_cost_usd": self.judge_cost_usd,
            "cached": self.cached,
        }


@dataclass(frozen=True)
class Column:
    """A (model, variant) pair: one column of the matrix."""

    model: str
    variant: str


@dataclass
class MatrixRow:
    """One input row: its variables and a cell per column (None until that cell has run)."""

    index: int
    values: Mapping[str, object]
    cells: dict[Column, Cell] = field(default_factory=dict)
