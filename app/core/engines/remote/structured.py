"""A ``ChatRequest.json_schema`` in the shape each provider's structured output takes.

* OpenAI's strict mode wants every object closed (``additionalProperties:
  false``) and every property required, and takes a subset of the keywords.
  ``strict_schema`` closes the objects of a copy, which changes no answer
  the model may give (extra keys were never asked for); an optional
  property, an open-ended object or a keyword outside the subset would
  change what the schema means, and then the schema goes non-strict as is.
* Gemini's ``response_json_schema`` takes a subset of JSON Schema:
  ``gemini_schema`` drops what only annotates (``$schema``, ``examples``,
  ``default``...), turns ``const`` into a one-value ``enum`` and
  ``definitions`` into ``$defs``, and refuses what it cannot express.
* Where nothing enforces the schema (JSON mode, or a server with no
  structured output at all), ``schema_messages`` asks for it in the prompt.

The caller validates every answer whatever was enforced.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from app.core.engines.base import Message
from app.core.errors import SchemaNotSupportedError
from app.core.ui_text import ui_text

#: Keywords OpenAI's strict mode does not take (platform.openai.com/docs/guides/structured-outputs).
_NOT_STRICT = frozenset({
    "allOf", "not", "if", "then", "else", "dependentRequired", "dependentSchemas", "patternProperties",
    "unevaluatedProperties", "unevaluatedItems", "propertyNames", "minProperties", "maxProperties", "contains",
    "minContains", "maxContains", "uniqueItems", "minLength", "maxLength", "oneOf",
})  # fmt: skip
#: What Gemini's ``response_json_schema`` takes (google-genai's ``GenerateContentConfig`` documents the list).
_GEMINI_KEYWORDS = frozenset({
    "$id", "$defs", "$ref", "$anchor", "type", "format", "title", "description", "enum", "items", "prefixItems",
    "minItems", "maxItems", "minimum", "maximum", "anyOf", "oneOf", "properties", "additionalProperties",
    "required", "propertyOrdering",
})  # fmt: skip
#: Keywords that only describe; dropped for Gemini, as they change no valid answer.
_ANNOTATIONS = frozenset({
    "$schema", "$comment", "examples", "default", "deprecated", "readOnly", "writeOnly", "contentMediaType",
    "contentEncoding",
})  # fmt: skip
#: Keywords whose value is one subschema, a list of them, or a name → subschema map.
_ONE = ("items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames")
_MANY = ("anyOf", "oneOf", "allOf", "prefixItems")
_BY_NAME = ("properties", "$defs", "definitions", "patternProperties", "dependentSchemas")


def object_root(schema: Mapping[str, Any], provider: str) -> None:
    """Raise ``SchemaNotSupportedError`` unless the answer ``schema`` describes is a JSON object."""
    if schema.get("type") != "object":
        raise SchemaNotSupportedError(
            ui_text(
                '{provider}\'s structured output takes a JSON Schema whose top level is an object ("type": "object").',
                provider=provider,
            ),
            ui_text('Put the answer in a property of an object, e.g. {"type": "object", "properties": {"items": …}}.'),
        )


def strict_schema(schema: Mapping[str, Any]) -> dict[str, Any] | None:
    """A copy of ``schema`` that OpenAI's strict mode takes, meaning the same; None where there is none."""
    adapted = copy.deepcopy(dict(schema))
    ok = True

    def close(node: dict[str, Any]) -> None:
        nonlocal ok
        if _NOT_STRICT & node.keys():
            ok = False
        if node.get("type") == "object" or "properties" in node:
            props = node.get("properties")
            extra = node.get("additionalProperties", True)
            if not isinstance(props, dict) or not props or extra not in (True, False):
                ok = False  # an open-ended object: strict mode has no way to say it
            elif set(node.get("required") or ()) != set(props):
                ok = False  # an optional property: requiring it would make the model invent a value
            else:
                node["additionalProperties"] = False

    _walk(adapted, close)
    return adapted if ok else None


def gemini_schema(schema: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``schema`` in the subset Gemini takes; raises ``SchemaNotSupportedError`` naming what it cannot."""
    adapted = copy.deepcopy(dict(schema))
    refused: list[str] = []

    def convert(node: dict[str, Any]) -> None:
        for key in list(node):
            if key in _ANNOTATIONS:
                del node[key]
        if "const" in node:
            node["enum"] = [node.pop("const")]
        if "definitions" in node:
            node.setdefault("$defs", {}).update(node.pop("definitions"))
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/definitions/"):
            node["$ref"] = "#/$defs/" + ref.removeprefix("#/definitions/")
        enum = node.get("enum")
        if isinstance(enum, list) and not all(
            isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in enum
        ):
            refused.append("enum or const values other than strings and numbers")
        refused.extend(f'"{key}"' for key in node if key not in _GEMINI_KEYWORDS)
        props = node.get("properties")
        if isinstance(props, dict) and props and "propertyOrdering" not in node:
            node["propertyOrdering"] = list(props)  # the answer's keys in the order the schema gives them

    _walk(adapted, convert)
    if refused:
        what = ", ".join(dict.fromkeys(refused))
        raise SchemaNotSupportedError(
            ui_text("Gemini's structured output cannot take this JSON Schema: it does not support {what}.", what=what),
            ui_text("Leave those out of the schema (the answers are still checked against it), or pick another model."),
        )
    return adapted


def schema_messages(messages: Sequence[Message], schema: Mapping[str, Any]) -> tuple[Message, ...]:
    """``messages`` with the schema asked for in the system prompt, for servers that cannot enforce it."""
    instruction = "Answer with one JSON object only, no other text, matching this JSON Schema:\n" + json.dumps(
        schema, ensure_ascii=False
    )
    out = list(messages)
    if out and out[0].role == "system":
        out[0] = Message("system", f"{out[0].content}\n\n{instruction}")
    else:
        out.insert(0, Message("system", instruction))
    return tuple(out)


def _walk(node: Any, visit: Callable[[dict[str, Any]], None]) -> None:
    """Call ``visit`` on ``node`` and every subschema in it, parents first; ``true``/``false`` schemas skipped."""
    if not isinstance(node, dict):
        return
    visit(node)
    for key in _ONE:
        _walk(node.get(key), visit)
    for key in _MANY:
        value = node.get(key)
        for sub in value if isinstance(value, list) else ():
            _walk(sub, visit)
    for key in _BY_NAME:
        value = node.get(key)
        for sub in value.values() if isinstance(value, dict) else ():
            _walk(sub, visit)
