"""OpenAIEngine against a real OpenAI-compatible peer: ``python -m llama_cpp.server`` on the starter model.

Needs llama-cpp-python's ``server`` extra (fastapi, uvicorn, sse-starlette,
starlette-context, pydantic-settings).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from servers.harness import FAST, PRICES, run
from servers.llama_peer import ALIAS, serve_starter

from app.core.engines.base import ChatRequest, Message
from app.core.engines.remote.base import estimate_tokens
from app.core.engines.remote.factory import list_models
from app.core.engines.remote.label_methods import LabelMethods
from app.core.engines.remote.openai import OpenAIEngine
from app.core.providers import ProviderConfig
from app.core.tasks.classification import classify

pytestmark = pytest.mark.slow

#: A real llama.cpp server on two shared cores can pause for seconds between
#: tokens when the machine is busy; the protocol servers' short timeouts would
#: turn that into a flaky failure.
PATIENT = replace(FAST, idle_timeout_s=120.0, connect_timeout_s=10.0)


@pytest.fixture(scope="module")
def peer_url(starter_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serve_starter(starter_path, tmp_path_factory.mktemp("llama-server")) as url:
        yield url


@pytest.fixture
def config(peer_url: str) -> ProviderConfig:
    return ProviderConfig(name="mine", kind="openai-compatible", base_url=peer_url)


@pytest.fixture
def memory() -> LabelMethods:
    return LabelMethods()


@pytest.fixture
def engine(config: ProviderConfig, memory: LabelMethods) -> Iterator[OpenAIEngine]:
    engine = OpenAIEngine(config, ALIAS, api_key=None, prices=PRICES, options=PATIENT, label_methods=memory)
    yield engine
    engine.close()


def test_lists_the_served_model(config: ProviderConfig) -> None:
    assert list_models(config, None, options=PATIENT) == [ALIAS]


def test_chats_with_text_and_usage(engine: OpenAIEngine) -> None:
    request = ChatRequest(
        (Message("system", "You are a helpful assistant."), Message("user", "What is the capital of France?")),
        max_tokens=24,
        temperature=0.0,
        seed=7,
    )
    out = run(engine, request)
    assert out.error is None, out.error
    assert out.text.strip()
    stats = out.stats
    assert stats is not None
    assert stats.stop_reason in ("stop", "length")
    # llama_cpp.server streams no usage: tokens_out is the count of text deltas, tokens_in Plinth's estimate.
    assert 0 < stats.tokens_out <= 24
    assert stats.tokens_in == estimate_tokens(request.messages) and stats.tokens_in_estimated
    assert f"~{stats.tokens_in} in (estimated)" in stats.summary()
    assert stats.ttft_s is not None and 0 < stats.ttft_s <= stats.wall_s
    assert stats.cost_usd is None  # no price for a local server's model


def test_stop_ends_a_long_answer_within_a_second(engine: OpenAIEngine) -> None:
    counting = Message("user", "Count from 1 to 500, separated by commas.")
    request = ChatRequest((counting,), max_tokens=600, temperature=0.0)
    out = run(engine, request, cancel_after_text_s=0.1)
    assert out.error is None, out.error
    assert out.text
    assert out.stats is not None and out.stats.stop_reason == "cancelled"
    assert out.stop_s is not None and out.stop_s < 1.0
    # The server is free again for the next request.
    follow_up = run(engine, ChatRequest((Message("user", "Say OK."),), max_tokens=4, temperature=0.0))
    assert follow_up.error is None and follow_up.text


def test_classifies_although_the_server_refuses_a_json_schema(
    engine: OpenAIEngine, memory: LabelMethods, peer_url: str
) -> None:
    topics = ["bug", "billing", "praise"]
    # Multi-label has no logprobs step: a strict JSON schema is asked for first, and llama_cpp.server
    # answers it with an HTTP 500 (its request model knows only "text" and "json_object").
    multi = classify(engine, "The app crashes and I was charged twice.", topics, multi=True)

    assert multi.method == "json_object"
    # The starter model is tiny: whatever it picks (none at all is allowed), it is held to the labels.
    assert set(multi.labels) <= set(topics)
    assert memory.known("mine", ALIAS, peer_url) == {"json_schema": "refused", "json_object": "ok"}
    assert multi.stats.tokens_in > 0 and multi.stats.tokens_in_estimated

    sentiment = ["positive", "negative", "neutral"]
    single = classify(engine, "I loved it, wonderful!", sentiment)
    assert single.label in sentiment
    assert single.method in ("logprobs", "json_object")
    assert memory.known("mine", ALIAS, peer_url)["json_schema"] == "refused"


def test_structured_output_falls_back_to_json_mode_which_the_peer_enforces(
    engine: OpenAIEngine, memory: LabelMethods, peer_url: str
) -> None:
    """llama_cpp.server answers a json_schema response format with an HTTP 500; JSON mode with the schema
    alongside it takes, and holds the answer to the schema with a grammar."""
    schema = {
        "type": "object",
        "properties": {
            "city": {"type": "string", "maxLength": 30},
            "country": {"type": "string", "enum": ["FR", "DE"]},
        },
        "required": ["city", "country"],
    }
    request = ChatRequest(
        (Message("user", "Which city is the capital of France?"),), max_tokens=64, temperature=0.0, json_schema=schema
    )
    out = run(engine, request)
    assert out.error is None, out.error
    jsonschema.validate(json.loads(out.text), schema)
    assert memory.known("mine", ALIAS, peer_url) == {"json_schema": "refused", "json_object": "ok"}
