"""Reading a row's answer: JSON checked against the task's schema, one label from the task's list, or text.

JSON is read leniently, because remote models often wrap it: pure JSON, JSON
in a Markdown code fence (```` ```json ... ``` ````), or one JSON object or
array with text around it are all accepted, and ``ParsedOutput.note`` says
when the JSON was taken out of something else. Validation uses the
``jsonschema`` library with the validator the schema's ``$schema`` names
(Draft 2020-12 when it names none).
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError, relevance
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from referencing.exceptions import Unresolvable

from app.core.tasks.custom.spec import TaskError, TaskSpec
from app.core.ui_text import ui_join, ui_text

#: How many schema violations an error lists before "and N more".
SHOWN_ERRORS = 3
#: Where to give up looking for a JSON start in text around JSON: a 1 MB answer of braces stays quick.
_MAX_STARTS = 20

_NOT_WORD = re.compile(r"[\W_]+")
#: Python's JSON reader and jsonschema both recurse, so a few thousand nested brackets exhaust the stack.
_TOO_DEEP = ui_text("The answer's JSON is nested too deeply.")
#: A Markdown code fence, with any language tag (```json, ```JSON, ```jsonc or none).
_FENCE = re.compile(r"```[ \t]*[\w-]*[ \t]*\r?\n(.*?)```", re.DOTALL)


@dataclass(frozen=True)
class ParsedOutput:
    """What a row's answer holds, read by the task's output kind."""

    #: The parsed JSON (json tasks; kept when it parsed but broke the schema). None also for the JSON ``null``.
    json: Any = None
    #: The label matched (label tasks).
    label: str | None = None
    #: Why the answer is not what the task asks for ("" when it is): not JSON, the schema's violations with
    #: their paths, no label or several.
    error: str = ""
    #: How the JSON was found when the answer was not pure JSON ("" when it was).
    note: str = ""
    #: The answer held JSON (``json`` is then its value, even when that is ``null``).
    has_json: bool = False


def parse_output(task: TaskSpec, text: str) -> ParsedOutput:
    """``text`` read as ``task.output`` says; never raises for a bad answer (the row's ``error`` says it)."""
    if task.output == "label":
        label, error = match_label(text, task.labels)
        return ParsedOutput(label=label, error=error)
    if task.output != "json":
        return ParsedOutput()
    decoded = decode_json(text)
    if not decoded.has_json:
        return decoded
    if task.schema is None:
        return decoded
    try:
        errors = schema_errors(task.schema, decoded.json)
    except TaskError as exc:
        errors = exc.message
    return ParsedOutput(json=decoded.json, error=errors, note=decoded.note, has_json=True)


def decode_json(text: str) -> ParsedOutput:
    """The JSON in ``text``: pure, fenced, or one object/array with text around it."""
    stripped = text.strip()
    try:
        return ParsedOutput(json=json.loads(stripped), has_json=True)
    except ValueError as exc:
        first_error = _json_error(exc)
    except RecursionError:
        return ParsedOutput(error=_TOO_DEEP)
    fence = _FENCE.search(text)
    if fence is not None:
        try:
            return ParsedOutput(
                json=json.loads(fence.group(1)), has_json=True, note=ui_text("JSON taken from a code fence")
            )
        except (ValueError, RecursionError):
            pass
    decoder = json.JSONDecoder()
    starts = (m.start() for m in re.finditer(r"[{\[]", stripped))
    for _, start in zip(range(_MAX_STARTS), starts):
        try:
            value, _end = decoder.raw_decode(stripped, start)
        except (ValueError, RecursionError):
            continue
        if isinstance(value, dict | list):
            return ParsedOutput(json=value, has_json=True, note=ui_text("JSON taken from the text around it"))
    return ParsedOutput(error=ui_text("The answer is not JSON: {reason}.", reason=first_error))


def _json_error(exc: ValueError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return ui_text("{reason} at line {line} column {column}", reason=exc.msg, line=exc.lineno, column=exc.colno)
    return str(exc)


def check_schema(schema: Mapping[str, Any] | bool) -> None:
    """Raises ``TaskError`` with the validator's message when ``schema`` is not a valid JSON Schema."""
    _validator(_schema_key(schema))


def schema_errors(schema: Mapping[str, Any] | bool, instance: Any) -> str:
    """The first few ways ``instance`` breaks ``schema``, each with its JSON path; "" when it matches.

    Raises ``TaskError`` when the schema itself is not valid.
    """
    validator = _validator(_schema_key(schema))
    try:
        found = sorted(validator.iter_errors(instance), key=relevance)
    except RecursionError:
        return ui_text("The answer's JSON is nested too deeply to check against the schema.")
    except Unresolvable as exc:
        raise TaskError(
            ui_text("The schema refers to {ref}, which cannot be found.", ref=repr(exc.ref)),
            ui_text("Put the definition in the schema itself ($defs) and refer to it as #/$defs/NAME."),
        ) from None
    lines = [f"{error.json_path}: {_clip(error.message, 200)}" for error in found[:SHOWN_ERRORS]]
    if len(found) > SHOWN_ERRORS:
        lines.append(ui_text("and {count} more", count=len(found) - SHOWN_ERRORS))
    return ui_join(lines, "; ") if lines else ""


def _schema_key(schema: Mapping[str, Any] | bool) -> str:
    """``schema`` as canonical JSON text: the cache key of its validator."""
    if not isinstance(schema, Mapping | bool):
        raise TaskError(
            ui_text("The JSON Schema must be an object, not {kind}.", kind=type(schema).__name__),
            ui_text(
                "Write the schema as a JSON object, e.g. {example}.", example='{"type": "object", "properties": {...}}'
            ),
        )
    try:
        return json.dumps(schema, sort_keys=True)
    except (TypeError, ValueError) as exc:
        raise TaskError(
            ui_text("The JSON Schema cannot be written as JSON: {reason}.", reason=str(exc)),
            ui_text("Use only JSON values in it."),
        ) from None


@lru_cache(maxsize=32)
def _validator(key: str) -> Validator:
    """A validator for the schema ``key`` holds, checked once however many rows use it."""
    schema = json.loads(key)
    cls: type[Validator] = Draft202012Validator
    if isinstance(schema, dict) and "$schema" in schema:
        with warnings.catch_warnings():
            # jsonschema warns (and will one day raise) when $schema names a draft it does not know.
            warnings.simplefilter("error", DeprecationWarning)
            try:
                cls = validator_for(schema)
            except DeprecationWarning:
                raise TaskError(
                    ui_text(
                        "The schema's $schema {draft} is no JSON Schema draft Plinth knows.",
                        draft=repr(schema["$schema"]),
                    ),
                    ui_text("Use https://json-schema.org/draft/2020-12/schema, or leave $schema out."),
                ) from None
    try:
        cls.check_schema(schema)
    except SchemaError as exc:
        reason = _clip(exc.message, 300)
        raise TaskError(
            ui_text("The JSON Schema is not valid: {reason}.", reason=reason)
            if exc.json_path == "$"
            else ui_text("The JSON Schema is not valid: {reason} (at {path}).", reason=reason, path=exc.json_path),
            ui_text("Fix the schema; json-schema.org describes what each keyword takes."),
        ) from None
    return cls(schema)


def match_label(text: str, labels: tuple[str, ...]) -> tuple[str | None, str]:
    """The label ``text`` gives, and "" — or None and why not.

    Case, punctuation and spacing do not matter. The answer may be a label alone,
    begin with one ("Billing. The customer asks about a refund"), or name exactly
    one label somewhere; when it names several and begins with none, or names
    none, it has no label.
    """
    if not labels:
        return None, ui_text("The task has no labels to choose from.")
    answer = fold_words(text)
    keyed = [(label, fold_words(label)) for label in labels]
    keyed = [(label, words) for label, words in keyed if words]
    for label, words in keyed:
        if answer == words:
            return label, ""
    leading = [(label, words) for label, words in keyed if answer.startswith(words + " ")]
    if leading:
        return max(leading, key=lambda pair: len(pair[1]))[0], ""
    named = [label for label, words in keyed if f" {words} " in f" {answer} "]
    if len(named) == 1:
        return named[0], ""
    listed = ", ".join(repr(label) for label in labels)
    if named:
        return None, ui_text(
            "The answer names several labels ({named}), not one of {labels}.",
            named=", ".join(repr(n) for n in named),
            labels=listed,
        )
    return None, ui_text(
        "The answer {answer} names none of the labels {labels}.", answer=repr(_clip(text.strip(), 60)), labels=listed
    )


def fold_words(text: str) -> str:
    """``text`` case-folded, with punctuation, symbols and underscores as spaces and runs of spaces as one."""
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
