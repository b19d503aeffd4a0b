"""Where a check looks inside a JSON answer: a small subset of JSONPath.

Accepted: ``$`` (the whole document), ``.key``, ``['key']`` or ``["key"]``
(for keys with dots, spaces or brackets), and ``[n]`` (a list index; negative
counts from the end), chained: ``$.items[0].name``, ``$['unit price']``. The
leading ``$`` may be left out (``total``, ``items[0]``); an empty path is the
whole document. Wildcards, slices, filters and recursive descent are not
accepted: a check compares one value, and a path that could match several
would leave it unclear which one.

Written here rather than taken from jsonpath-ng: these four forms are all a
check needs, jsonpath-ng would add a parser generator (ply) as a dependency
for them, and a check's reason must say exactly which step of the path found
nothing ("$.items[3]: the list has 2 items"), which a query library that
returns an empty match list does not tell.
"""

from __future__ import annotations

import json
import re
from typing import Any

from app.core.tasks.custom.spec import TaskError
from app.core.ui_text import ui_text


class JsonPathError(TaskError):
    title = "The JSON path cannot be used"


#: One step after ``$``: ``.key`` | ``['key']`` | ``["key"]`` | ``[n]``.
_STEP = re.compile(
    r"""\.(?P<name>[^.\[\]'"\s]+)
      | \[\s*'(?P<single>(?:[^'\\]|\\.)*)'\s*\]
      | \[\s*"(?P<double>(?:[^"\\]|\\.)*)"\s*\]
      | \[\s*(?P<index>-?\d+)\s*\]""",
    re.VERBOSE,
)

Step = str | int


def parse_path(path: str) -> tuple[Step, ...]:
    """The steps of ``path`` (keys as text, indexes as int); raises ``JsonPathError`` naming what is wrong."""
    text = path.strip()
    if text in ("", "$"):
        return ()
    if text.startswith("$"):
        text = text[1:]
    elif not text.startswith(("[", ".")):
        text = "." + text
    steps: list[Step] = []
    position = 0
    while position < len(text):
        match = _STEP.match(text, position)
        if match is None:
            raise JsonPathError(
                ui_text(
                    "The JSON path {path} cannot be read at {text}.", path=repr(path), text=repr(text[position:][:20])
                ),
                ui_text("Write it as $.key, $['key with spaces'] or $.list[0], chained: $.items[0].name."),
            )
        if match["name"] is not None:
            steps.append(match["name"])
        elif match["index"] is not None:
            steps.append(int(match["index"]))
        else:
            quoted = match["single"] if match["single"] is not None else match["double"]
            steps.append(re.sub(r"\\(.)", r"\1", quoted))
        position = match.end()
    return tuple(steps)


def format_path(steps: tuple[Step, ...]) -> str:
    """``steps`` written back as a path, for reasons: ``$.items[0]['unit price']``."""
    parts = ["$"]
    for step in steps:
        if isinstance(step, int):
            parts.append(f"[{step}]")
        elif re.fullmatch(r"[A-Za-z_][\w-]*", step):
            parts.append(f".{step}")
        else:
            parts.append(f"[{json.dumps(step)}]")
    return "".join(parts)


def resolve(document: Any, path: str) -> Any:
    """The value at ``path`` in ``document`` (parsed JSON); raises ``JsonPathError`` saying which step found
    nothing there."""
    steps = parse_path(path)
    value = document
    for i, step in enumerate(steps):
        where = format_path(steps[:i])
        if isinstance(step, int):
            if not isinstance(value, list):
                raise _missing(
                    ui_text(
                        "{where} is {kind}, not a list, so it has no [{step}]",
                        where=where,
                        kind=_kind(value),
                        step=step,
                    )
                )
            if not -len(value) <= step < len(value):
                raise _missing(
                    ui_text("{where} has 1 item, so no [{step}]", where=where, step=step)
                    if len(value) == 1
                    else ui_text("{where} has {count} items, so no [{step}]", where=where, count=len(value), step=step)
                )
            value = value[step]
        else:
            if not isinstance(value, dict):
                raise _missing(
                    ui_text(
                        "{where} is {kind}, not an object, so it has no key {key}",
                        where=where,
                        kind=_kind(value),
                        key=repr(step),
                    )
                )
            if step not in value:
                raise _missing(ui_text("{where} has no key {key}", where=where, key=repr(step)))
            value = value[step]
    return value


def _missing(message: str) -> JsonPathError:
    return JsonPathError(
        message, ui_text("Check the path against the answer's JSON, or the schema the answer follows.")
    )


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return ui_text("a boolean")
    if isinstance(value, int | float):
        return ui_text("a number")
    if isinstance(value, str):
        return ui_text("a string")
    return ui_text("an object") if isinstance(value, dict) else ui_text("a list")
