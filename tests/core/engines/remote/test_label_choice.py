"""Remote classification strategies against the protocol servers: OpenAI logprobs and JSON schema,
an Anthropic tool with an enum, a Gemini enum; each through ``classify``."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest
from servers import AnthropicServer, GeminiServer, OpenAIServer
from servers.harness import FAST, PRICES

from app.core.cancel import Cancelled, CancelToken
from app.core.engines.base import ChoiceRequest, LabelChooser, Message
from app.core.engines.remote.anthropic import CLASSIFY_TOOL, AnthropicEngine
from app.core.engines.remote.base import RemoteEngine
from app.core.engines.remote.gemini import GeminiEngine
from app.core.engines.remote.openai import OpenAIEngine, distinct_first_words, label_probabilities, match_token
from app.core.errors import AuthError, RateLimitError
from app.core.providers import ProviderConfig
from app.core.tasks.classification import classify

Closing = Callable[[RemoteEngine], RemoteEngine]
SENTIMENT = ["positive", "negative", "neutral"]


def openai(server: OpenAIServer, closing: Closing, kind: str = "openai") -> OpenAIEngine:
    config = ProviderConfig(name=kind, kind=kind, base_url=server.url + "/v1")
    engine = OpenAIEngine(config, "gpt-test", api_key=server.api_key, prices=PRICES, options=FAST)
    return closing(engine)  # type: ignore[return-value]


# -- OpenAI: logprobs ----------------------------------------------------------------------------


def test_openai_logprobs_give_a_probability_per_label(openai_server: OpenAIServer, closing: Closing) -> None:
    engine = openai(openai_server, closing)
    assert isinstance(engine, LabelChooser) and engine.capabilities.label_choice == "logprobs"
    openai_server.top_logprobs = [("neg", math.log(0.6)), ("Positive", math.log(0.25)), (" positive", math.log(0.05)),
                                  ("The", math.log(0.05)), ("neutral", math.log(0.04))]  # fmt: skip

    result = classify(engine, "Not what I hoped for.", SENTIMENT)

    assert result.label == "negative" and result.method == "logprobs"
    p = result.probabilities
    assert p is not None and math.isclose(sum(p.values()), 1.0)
    # "The" starts no label; the rest are renormalised over 0.6 + 0.3 + 0.04.
    assert p["negative"] == pytest.approx(0.6 / 0.94)
    assert p["positive"] == pytest.approx(0.3 / 0.94)
    assert result.stats.tokens_in == 12 and result.stats.cost_usd is not None
    body = openai_server.chats()[-1].body
    assert body["logprobs"] is True and body["top_logprobs"] == 20
    assert body["max_completion_tokens"] == 1 and body["temperature"] == 0.0
    assert "response_format" not in body


def test_openai_falls_back_to_a_json_schema_when_first_words_clash(
    openai_server: OpenAIServer, closing: Closing
) -> None:
    engine = openai(openai_server, closing)
    openai_server.choice = "very negative"

    result = classify(engine, "Dreadful.", ["very positive", "very negative", "negative"])

    assert result.label == "very negative"
    assert result.method == "json_schema" and result.probabilities is None
    assert "No probabilities from this provider" in result.note
    body = openai_server.chats()[-1].body
    assert "logprobs" not in body
    spec = body["response_format"]["json_schema"]
    assert spec["strict"] is True
    assert spec["schema"]["properties"]["label"]["enum"] == ["very positive", "very negative", "negative"]


def test_openai_without_logprobs_support_uses_the_schema(openai_server: OpenAIServer, closing: Closing) -> None:
    engine = openai(openai_server, closing, kind="openai-compatible")
    openai_server.refuse["logprobs"] = 400
    openai_server.choice = "neutral"

    result = classify(engine, "It exists.", SENTIMENT)

    assert (result.label, result.method) == ("neutral", "json_schema")
    first, second = openai_server.chats()
    assert first.body["logprobs"] is True and first.body["max_tokens"] == 1
    assert "response_format" in second.body


def test_openai_answer_that_is_no_label_falls_back(openai_server: OpenAIServer, closing: Closing) -> None:
    engine = openai(openai_server, closing)
    openai_server.top_logprobs = [("I", -0.1), ("positive", -3.0)]
    openai_server.choice = "positive"

    result = classify(engine, "text", SENTIMENT)

    assert (result.label, result.method) == ("positive", "json_schema")


def test_openai_multi_label_is_a_schema_array(openai_server: OpenAIServer, closing: Closing) -> None:
    engine = openai(openai_server, closing)
    openai_server.choice = "bug"
    result = classify(engine, "It crashes.", ["bug", "billing"], multi=True)
    assert result.labels == ("bug",) and result.probabilities is None
    prop = openai_server.chats()[-1].body["response_format"]["json_schema"]["schema"]["properties"]["labels"]
    assert prop == {"type": "array", "items": {"type": "string", "enum": ["bug", "billing"]}}


def test_openai_errors_that_are_not_refusals_are_not_swallowed(openai_server: OpenAIServer, closing: Closing) -> None:
    engine = openai(openai_server, closing)
    openai_server.fault("rate_limit", times=None, retry_after=0.01)
    with pytest.raises(RateLimitError):
        classify(engine, "text", SENTIMENT)
    openai_server.faults.clear()
    bad_key = OpenAIEngine(ProviderConfig(name="openai", kind="openai", base_url=openai_server.url + "/v1"),
                           "gpt-test", api_key="wrong-key-000000000000", prices=PRICES, options=FAST)  # fmt: skip
    closing(bad_key)
    with pytest.raises(AuthError):
        classify(bad_key, "text", SENTIMENT)


def test_first_token_helpers() -> None:
    assert distinct_first_words(["positive", "negative", "neutral"])
    assert not distinct_first_words(["very good", "very bad"])
    assert not distinct_first_words(["pos", "positive"])
    assert match_token(" Neg", ["positive", "negative"]) == "negative"
    assert match_token("ne", ["negative", "neutral"]) is None
    assert match_token(" ", ["a"]) is None
    assert label_probabilities([("The", -0.1)], ["a", "b"]) is None
    # "b" is not among the alternatives: it gets the smallest one listed.
    p = label_probabilities([("a", math.log(0.5)), ("x", math.log(0.1))], ["a", "b"])
    assert p == {"a": pytest.approx(0.5 / 0.6), "b": pytest.approx(0.1 / 0.6)}


# -- Anthropic: a forced tool with an enum -----------------------------------------------------------


def test_anthropic_tool_enum(anthropic_server: AnthropicServer, closing: Closing) -> None:
    config = ProviderConfig(name="anthropic", kind="anthropic", base_url=anthropic_server.url)
    engine = closing(
        AnthropicEngine(config, "claude-test", api_key=anthropic_server.api_key, prices=PRICES, options=FAST)
    )
    anthropic_server.choice = "neutral"

    result = classify(engine, "It is a chair.", SENTIMENT)

    assert (result.label, result.method) == ("neutral", "tool_enum")
    assert result.probabilities is None
    assert "No probabilities from this provider" in result.note
    assert result.stats.tokens_in == 12
    body = anthropic_server.chats()[-1].body
    assert body["tool_choice"] == {"type": "tool", "name": CLASSIFY_TOOL}
    assert body["tools"][0]["input_schema"]["properties"]["label"]["enum"] == SENTIMENT
    assert body["system"].startswith("You are a text classifier.")
    assert body["messages"][-1] == {"role": "user", "content": "Text: It is a chair."}


def test_anthropic_multi_label(anthropic_server: AnthropicServer, closing: Closing) -> None:
    config = ProviderConfig(name="anthropic", kind="anthropic", base_url=anthropic_server.url)
    engine = closing(
        AnthropicEngine(config, "claude-test", api_key=anthropic_server.api_key, prices=PRICES, options=FAST)
    )
    anthropic_server.choice = "billing"
    result = classify(engine, "Charged twice", ["bug", "billing"], multi=True)
    assert result.labels == ("billing",)


# -- Gemini: the enum response type ------------------------------------------------------------------


def test_gemini_enum(gemini_server: GeminiServer, closing: Closing) -> None:
    config = ProviderConfig(name="gemini", kind="gemini", base_url=gemini_server.url)
    engine = closing(GeminiEngine(config, "gemini-test", api_key=gemini_server.api_key, prices=PRICES, options=FAST))
    gemini_server.choice = "positive"

    result = classify(engine, "Wonderful!", SENTIMENT)

    assert (result.label, result.method) == ("positive", "enum")
    assert result.probabilities is None and "No probabilities from this provider" in result.note
    generation = gemini_server.chats()[-1].body["generationConfig"]
    assert generation["responseMimeType"] == "text/x.enum"
    assert generation["responseSchema"] == {"type": "STRING", "enum": SENTIMENT}
    assert generation["temperature"] == 0.0

    multi = classify(engine, "Wonderful!", SENTIMENT, multi=True)
    assert multi.labels == ("positive",)
    generation = gemini_server.chats()[-1].body["generationConfig"]
    assert generation["responseMimeType"] == "application/json"
    assert generation["responseSchema"]["type"] == "ARRAY"


def test_choose_honours_cancel(gemini_server: GeminiServer, closing: Closing) -> None:
    config = ProviderConfig(name="gemini", kind="gemini", base_url=gemini_server.url)
    engine = closing(GeminiEngine(config, "gemini-test", api_key=gemini_server.api_key, prices=PRICES, options=FAST))
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        engine.choose(ChoiceRequest((Message("user", "x"),), ("a", "b")), cancel)
