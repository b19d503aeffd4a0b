"""Structured output through each provider's API: what goes over the wire for a ``ChatRequest.json_schema``,
recorded by the protocol servers, and the answer text that comes back."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import jsonschema
import pytest
from servers import AnthropicServer, GeminiServer, OpenAIServer
from servers.harness import FAST, PRICES, run

from app.core.engines.base import ChatRequest, Message
from app.core.engines.remote.anthropic import ANSWER_TOOL, AnthropicEngine
from app.core.engines.remote.base import RemoteEngine
from app.core.engines.remote.gemini import GeminiEngine
from app.core.engines.remote.label_methods import LabelMethods
from app.core.engines.remote.openai import OpenAIEngine
from app.core.engines.remote.structured import gemini_schema, strict_schema
from app.core.errors import ProviderServerError, SchemaNotSupportedError
from app.core.providers import ProviderConfig

Closing = Callable[[RemoteEngine], RemoteEngine]
NO_RETRY = replace(FAST, max_retries=0)

INVOICE: dict[str, Any] = {
    "type": "object",
    "properties": {
        "vendor": {"type": "string"},
        "total": {"type": "number"},
        "currency": {"type": "string", "enum": ["EUR", "USD"]},
        "lines": {
            "type": "array",
            "items": {"type": "object", "properties": {"item": {"type": "string"}}, "required": ["item"]},
        },
    },
    "required": ["vendor", "total", "currency", "lines"],
}
ANSWER = {"vendor": "ACME", "total": 12.5, "currency": "EUR", "lines": [{"item": "bolts"}]}
ASK = ChatRequest(
    (Message("system", "You read invoices."), Message("user", "ACME, 12.50 EUR for bolts.")),
    max_tokens=200,
    temperature=0.0,
    json_schema=INVOICE,
)


def openai_engine(server: OpenAIServer, closing: Closing, kind: str = "openai", **kwargs: Any) -> OpenAIEngine:
    config = ProviderConfig(name="PEER" if kind != "openai" else "openai", kind=kind, base_url=server.url + "/v1")
    options = kwargs.pop("options", NO_RETRY)
    engine = OpenAIEngine(config, "gpt-test", api_key=server.api_key, prices=PRICES, options=options, **kwargs)
    return closing(engine)  # type: ignore[return-value]


# -- OpenAI and OpenAI-compatible ------------------------------------------------------------


def test_openai_gets_a_strict_schema_with_every_object_closed(openai_server: OpenAIServer, closing: Closing) -> None:
    openai_server.structured = ANSWER

    out = run(openai_engine(openai_server, closing), ASK)

    assert out.error is None and json.loads(out.text) == ANSWER
    (rec,) = openai_server.chats()
    spec = rec.body["response_format"]
    assert spec["type"] == "json_schema" and spec["json_schema"]["name"] == "answer"
    assert spec["json_schema"]["strict"] is True
    sent = spec["json_schema"]["schema"]
    assert sent["additionalProperties"] is False
    assert sent["properties"]["lines"]["items"]["additionalProperties"] is False
    assert "additionalProperties" not in INVOICE  # a copy was adapted, not the caller's schema
    # Closing the objects changed no answer: what the strict schema allows, the original allows.
    jsonschema.validate(ANSWER, sent)
    jsonschema.validate(ANSWER, INVOICE)
    assert rec.body["messages"][0] == {"role": "system", "content": "You read invoices."}


def test_a_schema_strict_mode_would_change_goes_non_strict(openai_server: OpenAIServer, closing: Closing) -> None:
    optional = {**INVOICE, "required": ["vendor", "total"]}
    openai_server.structured = {"vendor": "ACME", "total": 3}

    out = run(openai_engine(openai_server, closing), replace(ASK, json_schema=optional))

    assert out.error is None and json.loads(out.text) == {"vendor": "ACME", "total": 3}
    spec = openai_server.chats()[0].body["response_format"]["json_schema"]
    assert spec["strict"] is False and spec["schema"] == optional


def test_strict_adaptation_keeps_the_meaning_or_gives_up() -> None:
    assert strict_schema({"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}) == {
        "type": "object",
        "properties": {"a": {"type": "string"}},
        "required": ["a"],
        "additionalProperties": False,
    }
    for schema in (
        {"type": "object", "properties": {"a": {"type": "string"}}},  # optional property
        {"type": "object"},  # any object at all
        {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"], "additionalProperties": {}},
        {"type": "object", "properties": {"a": {"type": "string", "maxLength": 3}}, "required": ["a"]},
        {"type": "object", "properties": {"a": {"oneOf": [{"type": "string"}]}}, "required": ["a"]},
    ):
        assert strict_schema(schema) is None, schema


def test_a_compatible_server_without_json_schema_gets_json_mode_and_it_is_remembered(
    openai_server: OpenAIServer, closing: Closing
) -> None:
    openai_server.refuse["json_schema"] = 500  # as llama_cpp.server answers it
    openai_server.structured = ANSWER
    memory = LabelMethods()

    first = run(openai_engine(openai_server, closing, "openai-compatible", label_methods=memory), ASK)

    assert first.error is None and json.loads(first.text) == ANSWER
    schema_try, json_mode = openai_server.chats()
    assert schema_try.body["response_format"]["type"] == "json_schema"
    assert json_mode.body["response_format"] == {"type": "json_object", "schema": INVOICE}
    system = json_mode.body["messages"][0]
    assert system["role"] == "system" and system["content"].startswith("You read invoices.")
    assert json.dumps(INVOICE) in system["content"] and "JSON" in system["content"]
    assert memory.known("PEER", "gpt-test", openai_server.url + "/v1") == {
        "json_schema": "refused",
        "json_object": "ok",
    }

    second = run(openai_engine(openai_server, closing, "openai-compatible", label_methods=memory), ASK)

    assert second.error is None and json.loads(second.text) == ANSWER
    assert [r.body["response_format"]["type"] for r in openai_server.chats()[2:]] == ["json_object"]


def test_a_server_with_no_json_output_at_all_still_answers(openai_server: OpenAIServer, closing: Closing) -> None:
    openai_server.refuse.update(json_schema=400, json_object=400)
    openai_server.reply = ['{"vendor": "ACME", ', '"total": 12.5}']

    out = run(openai_engine(openai_server, closing, "openai-compatible"), ASK)

    assert out.error is None and out.text == '{"vendor": "ACME", "total": 12.5}'
    last = openai_server.chats()[-1].body
    assert "response_format" not in last
    assert json.dumps(INVOICE) in last["messages"][0]["content"]
    assert len(openai_server.chats()) == 3


def test_openai_itself_refusing_a_schema_is_not_remembered(openai_server: OpenAIServer, closing: Closing) -> None:
    openai_server.refuse["json_schema"] = 400
    openai_server.structured = ANSWER
    memory = LabelMethods()

    out = run(openai_engine(openai_server, closing, label_methods=memory), ASK)

    assert out.error is None and json.loads(out.text) == ANSWER
    assert memory.known("openai", "gpt-test", openai_server.url + "/v1") == {}


def test_a_failure_after_the_answer_started_is_no_refusal(openai_server: OpenAIServer, closing: Closing) -> None:
    openai_server.structured = ANSWER
    openai_server.fault("stream_error", after=2)

    out = run(openai_engine(openai_server, closing, "openai-compatible"), ASK)

    assert isinstance(out.error, ProviderServerError)
    assert len(openai_server.chats()) == 1  # not asked again in another way, the text shown kept


def test_an_answer_that_does_not_parse_is_passed_through(openai_server: OpenAIServer, closing: Closing) -> None:
    openai_server.refuse.update(json_schema=400, json_object=400)
    openai_server.reply = ["Sure! ", "The vendor is ACME."]

    out = run(openai_engine(openai_server, closing, "openai-compatible"), ASK)

    assert out.error is None and out.text == "Sure! The vendor is ACME."


@pytest.mark.parametrize("engine_kind", ["openai", "anthropic"])
def test_a_schema_whose_top_is_no_object_is_refused_before_sending(
    engine_kind: str, openai_server: OpenAIServer, anthropic_server: AnthropicServer, closing: Closing
) -> None:
    if engine_kind == "openai":
        engine: RemoteEngine = openai_engine(openai_server, closing)
    else:
        engine = anthropic_engine(anthropic_server, closing)

    out = run(engine, replace(ASK, json_schema={"type": "array", "items": {"type": "string"}}))

    assert isinstance(out.error, SchemaNotSupportedError)
    assert "top level is an object" in out.error.message
    assert openai_server.chats() == [] and anthropic_server.chats() == []


# -- Anthropic --------------------------------------------------------------------------------


def anthropic_engine(server: AnthropicServer, closing: Closing) -> AnthropicEngine:
    config = ProviderConfig(name="anthropic", kind="anthropic", base_url=server.url)
    engine = AnthropicEngine(config, "claude-test", api_key=server.api_key, prices=PRICES, options=NO_RETRY)
    return closing(engine)  # type: ignore[return-value]


def test_anthropic_forces_a_tool_whose_input_is_the_answer(anthropic_server: AnthropicServer, closing: Closing) -> None:
    anthropic_server.structured = ANSWER

    out = run(anthropic_engine(anthropic_server, closing), ASK)

    assert out.error is None
    assert json.loads(out.text) == ANSWER  # the tool input, reassembled from its streamed deltas
    body = anthropic_server.chats()[0].body
    assert body["tools"] == [
        {
            "name": ANSWER_TOOL,
            "description": "Give the answer, in the shape the input schema says.",
            "input_schema": INVOICE,
        }
    ]
    assert body["tool_choice"] == {"type": "tool", "name": ANSWER_TOOL}
    assert body["system"] == "You read invoices."
    assert out.stats is not None and out.stats.stop_reason == "stop"


def test_anthropic_without_a_schema_sends_no_tool(anthropic_server: AnthropicServer, closing: Closing) -> None:
    out = run(anthropic_engine(anthropic_server, closing), replace(ASK, json_schema=None))

    assert out.text == "Hello, world!"
    assert "tools" not in anthropic_server.chats()[0].body


# -- Gemini -----------------------------------------------------------------------------------


def gemini_engine(server: GeminiServer, closing: Closing) -> GeminiEngine:
    config = ProviderConfig(name="gemini", kind="gemini", base_url=server.url)
    engine = GeminiEngine(config, "gemini-test", api_key=server.api_key, prices=PRICES, options=NO_RETRY)
    return closing(engine)  # type: ignore[return-value]


def test_gemini_gets_json_with_the_schema_in_its_subset(gemini_server: GeminiServer, closing: Closing) -> None:
    gemini_server.structured = ANSWER
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **INVOICE,
        "properties": {**INVOICE["properties"], "paid": {"const": "yes"}},
        "examples": [ANSWER],
    }

    out = run(gemini_engine(gemini_server, closing), replace(ASK, json_schema=schema))

    assert out.error is None and json.loads(out.text) == ANSWER
    config = gemini_server.chats()[0].body["generationConfig"]
    assert config["responseMimeType"] == "application/json"
    assert "responseSchema" not in config
    sent = config["responseJsonSchema"]
    assert "$schema" not in sent and "examples" not in sent
    assert sent["properties"]["paid"] == {"enum": ["yes"]}
    assert sent["propertyOrdering"] == ["vendor", "total", "currency", "lines", "paid"]
    assert sent["properties"]["lines"]["items"]["propertyOrdering"] == ["item"]


def test_gemini_refuses_clearly_what_its_subset_lacks(gemini_server: GeminiServer, closing: Closing) -> None:
    schema = {**INVOICE, "properties": {**INVOICE["properties"], "vendor": {"type": "string", "pattern": "^[A-Z]+$"}}}

    out = run(gemini_engine(gemini_server, closing), replace(ASK, json_schema=schema))

    assert isinstance(out.error, SchemaNotSupportedError)
    assert out.error.message == (
        'Gemini\'s structured output cannot take this JSON Schema: it does not support "pattern".'
    )
    assert gemini_server.chats() == []


def test_gemini_subset_conversion() -> None:
    converted = gemini_schema(
        {"definitions": {"x": {"type": "integer"}}, "type": "object", "properties": {"x": {"$ref": "#/definitions/x"}}}
    )
    assert converted["$defs"] == {"x": {"type": "integer"}}
    assert converted["properties"]["x"] == {"$ref": "#/$defs/x"}
    with pytest.raises(SchemaNotSupportedError, match='"allOf", "uniqueItems"'):
        gemini_schema({"allOf": [{"type": "array", "uniqueItems": True}]})
    with pytest.raises(SchemaNotSupportedError, match="enum or const values other than strings and numbers"):
        gemini_schema({"const": True})
