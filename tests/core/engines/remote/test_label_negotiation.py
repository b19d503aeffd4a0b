"""An OpenAI-compatible server that lacks a way of asking for a label: ``OpenAIEngine.choose`` finds one
that works (strict JSON schema → JSON mode → the label tokens' logprobs → a plain answer), remembers it,
and says "this server cannot classify" only when nothing works."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from servers import OpenAIServer
from servers.harness import FAST, PRICES

from app.core.engines.base import Message
from app.core.engines.remote.base import RemoteEngine, estimate_tokens
from app.core.engines.remote.label_methods import REPROBE_AFTER_S, LabelMethods
from app.core.engines.remote.openai import OpenAIEngine
from app.core.errors import CannotClassifyError, ProviderServerError, RateLimitError
from app.core.providers import ProviderConfig
from app.core.tasks.classification import Classifier, ClassifyOptions, Example, LabelSet, classify

Closing = Callable[[RemoteEngine], RemoteEngine]
SENTIMENT = ["positive", "negative", "neutral"]
#: Labels whose first words clash: no logprobs step, the JSON steps come first.
CLASHING = ["very good", "very bad"]
#: A refused method costs one request, not three: these tests are about what comes after.
NO_RETRY = replace(FAST, max_retries=0)


@pytest.fixture
def memory() -> LabelMethods:
    return LabelMethods()


@pytest.fixture
def make(openai_server: OpenAIServer, closing: Closing, memory: LabelMethods) -> Callable[..., OpenAIEngine]:
    def build(methods: LabelMethods | None = None, base_url: str | None = None, options=NO_RETRY) -> OpenAIEngine:
        config = ProviderConfig(name="PEER", kind="openai-compatible", base_url=base_url or openai_server.url + "/v1")
        engine = OpenAIEngine(config, "gpt-test", api_key=openai_server.api_key, prices=PRICES, options=options,
                              label_methods=methods or memory)  # fmt: skip
        return closing(engine)  # type: ignore[return-value]

    return build


def formats(server: OpenAIServer) -> list[str | None]:
    """What each request asked for: the response format's type, "logprobs", or None for a plain answer."""
    asked = []
    for rec in server.chats():
        fmt = rec.body.get("response_format")
        asked.append(fmt["type"] if fmt else "logprobs" if rec.body.get("logprobs") else None)
    return asked


def test_a_server_that_fails_json_schema_with_a_500_gets_json_mode(openai_server: OpenAIServer, make) -> None:
    openai_server.refuse["json_schema"] = 500  # as llama_cpp.server answers it
    openai_server.choice = "very bad"

    result = classify(make(options=FAST), "Dreadful.", CLASHING)

    assert (result.label, result.method) == ("very bad", "json_object")
    assert "JSON mode" in result.note
    schema_tries, json_mode = openai_server.chats()[:-1], openai_server.chats()[-1]
    assert [r.body["response_format"]["type"] for r in schema_tries] == ["json_schema"] * (1 + FAST.max_retries)
    body = json_mode.body
    # The schema goes along (llama-cpp-python holds the answer to it), and the prompt asks for JSON.
    assert body["response_format"] == {"type": "json_object", "schema": {
        "type": "object", "properties": {"label": {"type": "string", "enum": CLASHING}},
        "required": ["label"], "additionalProperties": False}}  # fmt: skip
    assert body["messages"][0]["content"].endswith('Answer with a JSON object only: {"label": "<the label>"}.')


def test_json_mode_writes_the_examples_answers_as_json(openai_server: OpenAIServer, make) -> None:
    openai_server.refuse["json_schema"] = 400
    openai_server.choice = "bug"

    classifier = Classifier(LabelSet.of(["bug", "billing"]), ClassifyOptions(
        multi=True, examples=(Example("Charged twice and it crashed", ("bug", "billing")),)))  # fmt: skip
    result = classifier.run(make(), "It crashes.")

    assert result.labels == ("bug",)
    messages = openai_server.chats()[-1].body["messages"]
    assert messages[0]["content"].endswith('{"labels": [every label that applies]}.')
    assert messages[2] == {"role": "assistant", "content": '{"labels": ["bug", "billing"]}'}


def test_without_json_the_label_tokens_logprobs_decide(openai_server: OpenAIServer, make) -> None:
    openai_server.refuse.update(json_schema=500, json_object=500)
    # The model would start its answer with "I"; among the alternatives, "negative" leads.
    openai_server.top_logprobs = [("I", math.log(0.5)), ("Negative", math.log(0.3)), ("positive", math.log(0.1))]

    result = classify(make(), "Not what I hoped for.", SENTIMENT)

    assert (result.label, result.method) == ("negative", "logprobs")
    assert result.probabilities is not None
    assert result.probabilities["negative"] == pytest.approx(0.3 / 0.5)
    assert formats(openai_server) == ["logprobs", "json_schema", "json_object"]


def test_json_that_names_no_label_gives_way_to_the_logprobs(openai_server: OpenAIServer, make) -> None:
    openai_server.refuse["json_schema"] = 500
    openai_server.ignore_json_schema = True
    openai_server.choice = "a chair"
    openai_server.top_logprobs = [("I", math.log(0.5)), ("neutral", math.log(0.2)), ("The", math.log(0.01))]

    result = classify(make(), "A chair.", SENTIMENT)

    assert (result.label, result.method) == ("neutral", "logprobs")
    assert formats(openai_server) == ["logprobs", "json_schema", "json_object"]


def test_with_nothing_else_a_plain_answer_is_matched_to_the_labels(openai_server: OpenAIServer, make) -> None:
    openai_server.refuse.update(json_schema=500, json_object=500, logprobs=500)
    openai_server.reply = ["Negative", "."]

    result = classify(make(), "Not what I hoped for.", SENTIMENT)

    assert (result.label, result.method) == ("negative", "generate")
    assert result.probabilities is None
    assert result.note == "No probabilities from this provider: its answer was matched to the labels."
    assert formats(openai_server) == ["logprobs", "json_schema", "json_object", None]
    plain = openai_server.chats()[-1].body
    assert plain["temperature"] == 0.0 and plain["max_tokens"] < 64


def test_a_server_that_ignores_logprobs_is_not_asked_again(openai_server: OpenAIServer, make) -> None:
    openai_server.ignore_logprobs = True
    openai_server.choice = "neutral"
    engine = make()

    assert classify(engine, "It exists.", SENTIMENT).method == "json_schema"
    assert classify(engine, "It exists.", SENTIMENT).method == "json_schema"

    assert formats(openai_server) == ["logprobs", "json_schema", "json_schema"]


def test_what_worked_is_remembered_across_engines_and_runs(openai_server: OpenAIServer, make, tmp_path: Path) -> None:
    path = tmp_path / "label-methods.json"
    openai_server.refuse["json_schema"] = 500
    openai_server.choice = "very good"

    assert classify(make(LabelMethods(path)), "Lovely.", CLASHING).method == "json_object"
    openai_server.requests.clear()
    # A new engine and a new memory, as after a restart: straight to JSON mode.
    assert classify(make(LabelMethods(path)), "Lovely.", CLASHING).method == "json_object"
    assert formats(openai_server) == ["json_object"]

    # Another base URL is another server: it is asked afresh.
    openai_server.requests.clear()
    other = make(LabelMethods(path), base_url=openai_server.url + "/v1/")
    assert classify(other, "Lovely.", CLASHING).method == "json_object"
    assert formats(openai_server) == ["json_schema", "json_object"]


def test_a_refusal_is_tried_again_after_a_while(openai_server: OpenAIServer, make) -> None:
    now = [1_000_000.0]
    memory = LabelMethods(clock=lambda: now[0])
    openai_server.refuse["json_schema"] = 500
    openai_server.choice = "very good"
    assert classify(make(memory), "Lovely.", CLASHING).method == "json_object"

    del openai_server.refuse["json_schema"]  # the server was upgraded
    now[0] += REPROBE_AFTER_S + 1
    openai_server.requests.clear()
    assert classify(make(memory), "Lovely.", CLASHING).method == "json_schema"


def test_a_method_that_worked_before_and_now_fails_is_a_failure(openai_server: OpenAIServer, make) -> None:
    openai_server.refuse["json_schema"] = 500
    openai_server.choice = "very good"
    engine = make()
    assert classify(engine, "Lovely.", CLASHING).method == "json_object"

    openai_server.fault("server_error", times=None, status=500)
    with pytest.raises(ProviderServerError) as failed:
        classify(engine, "Lovely.", CLASHING)
    assert "try again in a minute" not in failed.value.hint


def test_errors_that_are_no_refusal_stop_the_negotiation(openai_server: OpenAIServer, make) -> None:
    openai_server.refuse["json_schema"] = 500
    openai_server.fault("rate_limit", times=None, retry_after=0.01)
    with pytest.raises(RateLimitError):
        classify(make(), "Lovely.", CLASHING)
    assert formats(openai_server) == ["json_schema"]


def test_only_when_nothing_works_this_server_cannot_classify(
    openai_server: OpenAIServer, make, memory: LabelMethods
) -> None:
    openai_server.refuse.update(json_schema=500, json_object=500, logprobs=500)
    openai_server.refuse["chat"] = 400  # and even a plain answer is turned down

    with pytest.raises(CannotClassifyError) as cannot:
        classify(make(), "Lovely.", SENTIMENT)

    error = cannot.value
    assert error.title == "This server cannot classify"
    assert error.message.startswith("PEER refused every way Plinth asks gpt-test for a label.")
    for way in ("Logprobs:", "A strict JSON schema:", "JSON mode:", "A plain answer:"):
        assert way in error.message
    assert 'File "' not in error.message and "try again" not in str(error)
    assert "Pick another model" in error.hint
    # Nothing worked, so nothing is known: a failing server is asked afresh next time.
    assert memory.known("PEER", "gpt-test", openai_server.url + "/v1") == {}


def test_the_stats_count_every_request_and_mark_the_estimate(openai_server: OpenAIServer, make) -> None:
    openai_server.send_usage = False
    openai_server.refuse["json_schema"] = 500
    openai_server.top_logprobs = [("I", -0.1), ("positive", -3.0)]
    openai_server.choice = "positive"

    result = classify(make(), "Lovely.", SENTIMENT)

    assert result.method == "json_object"
    stats = result.stats
    assert stats.tokens_in_estimated and stats.cost_usd is None
    prompts = [estimate_tokens_of(r.body["messages"]) for r in openai_server.chats() if r.body.get("stream")]
    # The refused request was answered with an error: only the two answers count.
    assert stats.tokens_in == prompts[0] + prompts[2]
    assert stats.summary().startswith("TTFT") and f"~{stats.tokens_in} in (estimated)" in stats.summary()


def estimate_tokens_of(messages: list[dict[str, str]]) -> int:
    return estimate_tokens([Message(m["role"], m["content"]) for m in messages])  # type: ignore[arg-type]
