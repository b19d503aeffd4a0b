"""What the label-choosing engines ask a provider for, and how they read its answer."""

from __future__ import annotations

import json
from typing import Any


def label_schema(labels: tuple[str, ...], multi: bool) -> dict[str, Any]:
    """A JSON schema whose only valid instances name one label (``{"label": ...}``) or several."""
    if multi:
        prop: dict[str, Any] = {"type": "array", "items": {"type": "string", "enum": list(labels)}}
        key = "labels"
    else:
        prop, key = {"type": "string", "enum": list(labels)}, "label"
    return {"type": "object", "properties": {key: prop}, "required": [key], "additionalProperties": False}


def parse_chosen(text: str, multi: bool) -> tuple[str, ...]:
    """The label(s) in a schema-constrained answer: ``{"label": ...}``, ``{"labels": [...]}``, a JSON
    string or list, or failing those the text itself (the caller matches it against the labels)."""
    try:
        value = json.loads(text)
    except ValueError:
        stripped = text.strip()
        return (stripped,) if stripped else ()
    if isinstance(value, dict):
        value = value.get("labels", value.get("label"))
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(v for v in value if isinstance(v, str))
    return ()
