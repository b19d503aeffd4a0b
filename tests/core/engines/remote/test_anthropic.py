"""AnthropicEngine over real HTTP against a server speaking Anthropic's Messages protocol."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from servers import AnthropicServer
from servers.harness import FAST, PRICES, REQUEST, SYSTEM, assert_no_secret, run

from app.core.engines.base import ChatRequest, Message
from app.core.engines.remote.anthropic import AnthropicEngine, anthropic_messages
from app.core.engines.remote.base import RemoteOptions
from app.core.engines.remote.factory import list_models
from app.core.errors import (
    AuthError,
    ContextTooLongError,
    ModelNotFoundError,
    NetworkError,
    ProviderServerError,
    ProviderTimeoutError,
    RateLimitError,
)
from app.core.providers import ProviderConfig

Make = Callable[..., AnthropicEngine]


@pytest.fixture
def config(anthropic_server: AnthropicServer) -> ProviderConfig:
    return ProviderConfig(name="anthropic", kind="anthropic", base_url=anthropic_server.url)


@pytest.fixture
def make(
    anthropic_server: AnthropicServer, config: ProviderConfig, closing: Callable[[AnthropicEngine], AnthropicEngine]
) -> Make:
    def build(model: str = "claude-test", *, api_key: Any = "server", options: RemoteOptions = FAST) -> AnthropicEngine:
        key = anthropic_server.api_key if api_key == "server" else api_key
        return closing(AnthropicEngine(config, model, api_key=key, prices=PRICES, options=options))

    return build


def test_streams_text_with_stats_from_usage(make: Make, anthropic_server: AnthropicServer) -> None:
    engine = make()
    assert engine.model_id == "anthropic:claude-test"
    assert engine.destination.startswith("Anthropic")
    assert engine.capabilities.json_schema and not engine.capabilities.logprobs

    out = run(engine)

    assert out.error is None
    assert out.text == "Hello, world!"
    stats = out.stats
    assert stats is not None
    # input_tokens from message_start, output_tokens from message_delta.
    assert (stats.tokens_in, stats.tokens_out) == anthropic_server.usage == (12, 7)
    assert stats.stop_reason == "stop"
    assert stats.ttft_s is not None and 0 < stats.ttft_s <= stats.wall_s
    assert stats.cost_usd == pytest.approx((12 * 3.0 + 7 * 15.0) / 1e6)


def test_system_prompt_is_the_top_level_parameter(make: Make, anthropic_server: AnthropicServer) -> None:
    run(make())
    (chat,) = anthropic_server.chats()
    assert chat.path == "/v1/messages"
    assert chat.body["system"] == SYSTEM
    assert chat.body["messages"] == [{"role": "user", "content": "Say hello."}]
    assert chat.body["max_tokens"] == REQUEST.max_tokens and chat.body["stream"] is True
    assert "anthropic-version" in chat.headers
    key = anthropic_server.api_key or ""
    assert key in (chat.headers.get("x-api-key", ""), chat.headers.get("authorization", "").removeprefix("Bearer "))
    assert key not in chat.target
    # The Messages API of SDK 2.x has no sampling parameters.
    assert "temperature" not in chat.body and "top_p" not in chat.body


def test_same_role_turns_are_merged_so_they_alternate(make: Make, anthropic_server: AnthropicServer) -> None:
    messages = (
        Message("system", "Be brief."),
        Message("user", "First part."),
        Message("user", "Second part."),
        Message("assistant", "Noted."),
        Message("system", "Answer in French."),
        Message("user", "Now?"),
    )
    out = run(make(), ChatRequest(messages, stop=("END",)))
    assert out.error is None, out.error
    body = anthropic_server.chats()[0].body
    assert body["system"] == "Be brief.\n\nAnswer in French."
    assert body["messages"] == [
        {"role": "user", "content": "First part.\n\nSecond part."},
        {"role": "assistant", "content": "Noted."},
        {"role": "user", "content": "Now?"},
    ]
    assert body["stop_sequences"] == ["END"]


def test_anthropic_messages_without_a_system_prompt() -> None:
    assert anthropic_messages((Message("user", "Hi"),)) == ("", [{"role": "user", "content": "Hi"}])


def test_cost_is_unknown_without_a_price(make: Make) -> None:
    out = run(make("claude-test-small"))
    assert out.stats is not None and out.stats.tokens_out == 7 and out.stats.cost_usd is None


def test_max_tokens_is_stop_reason_length(make: Make) -> None:
    out = run(make(), replace(REQUEST, max_tokens=3))
    assert out.text == "Hello, world"
    assert out.stats is not None and out.stats.stop_reason == "length"


def test_a_rejected_key_is_an_auth_error(make: Make) -> None:
    wrong = "sk-ant-wrong-0123456789abcdefghij"
    out = run(make(api_key=wrong))
    assert isinstance(out.error, AuthError)
    assert "Anthropic" in out.error.message and "Providers" in out.error.hint
    assert_no_secret(out.error, wrong)


def test_no_key_is_refused_before_sending(make: Make, anthropic_server: AnthropicServer) -> None:
    out = run(make(api_key=None))
    assert isinstance(out.error, AuthError) and "ANTHROPIC_API_KEY" in out.error.hint
    assert anthropic_server.requests == []


def test_rate_limit_is_retried(make: Make, anthropic_server: AnthropicServer) -> None:
    anthropic_server.fault("rate_limit", times=2, retry_after=0.01)
    out = run(make())
    assert out.error is None and out.text == "Hello, world!"
    assert len(anthropic_server.chats()) == 3


def test_rate_limit_error_says_how_long_to_wait(make: Make, anthropic_server: AnthropicServer) -> None:
    anthropic_server.fault("rate_limit", times=None, retry_after=42)
    out = run(make(options=replace(FAST, max_retries=0)))
    assert isinstance(out.error, RateLimitError)
    assert out.error.retry_after_s == 42 and "42 s" in str(out.error)


def test_overloaded_is_retried(make: Make, anthropic_server: AnthropicServer) -> None:
    anthropic_server.fault("server_error", times=1, status=529)
    out = run(make())
    assert out.error is None and out.text == "Hello, world!"
    assert len(anthropic_server.chats()) == 2


def test_server_errors_after_retries(make: Make, anthropic_server: AnthropicServer) -> None:
    anthropic_server.fault("server_error", times=None)
    out = run(make())
    assert isinstance(out.error, ProviderServerError)
    assert "500" in out.error.message
    assert len(anthropic_server.chats()) == 1 + FAST.max_retries


def test_an_overload_event_mid_stream_keeps_the_partial_text(make: Make, anthropic_server: AnthropicServer) -> None:
    anthropic_server.fault("stream_error", after=2)
    out = run(make())
    assert out.text == "Hello,"
    assert isinstance(out.error, ProviderServerError)
    assert "Overloaded" in out.error.message and "partial answer is kept" in out.error.hint


def test_unknown_model(make: Make) -> None:
    out = run(make("claude-nope"))
    assert isinstance(out.error, ModelNotFoundError) and "claude-nope" in out.error.message


def test_context_too_long(make: Make, anthropic_server: AnthropicServer) -> None:
    anthropic_server.max_prompt_chars = 20
    out = run(make())
    assert isinstance(out.error, ContextTooLongError) and "prompt is too long" in out.error.message


def test_a_drop_mid_stream_keeps_the_partial_text(make: Make, anthropic_server: AnthropicServer) -> None:
    anthropic_server.fault("drop", after=2)
    out = run(make())
    assert out.text == "Hello,"
    assert isinstance(out.error, NetworkError) and "dropped" in out.error.message


def test_stop_during_a_stalled_stream_ends_it_within_a_second(make: Make, anthropic_server: AnthropicServer) -> None:
    anthropic_server.fault("stall", after=2)
    out = run(make(), cancel_after_text_s=0.2)
    assert out.error is None and out.text == "Hello,"
    assert out.stats is not None and out.stats.stop_reason == "cancelled"
    assert out.stop_s is not None and out.stop_s < 1.0
    # What is known when stopped: the input count from message_start.
    assert out.stats.tokens_in == 12
    assert anthropic_server.disconnected.wait(1.0)


def test_a_stream_that_goes_quiet_times_out(make: Make, anthropic_server: AnthropicServer) -> None:
    anthropic_server.fault("stall", after=2)
    started = time.perf_counter()
    out = run(make(options=replace(FAST, idle_timeout_s=0.3)))
    assert time.perf_counter() - started < 3.0
    assert out.text == "Hello," and isinstance(out.error, ProviderTimeoutError)


def test_closing_the_stream_early_hangs_up(make: Make, anthropic_server: AnthropicServer) -> None:
    anthropic_server.fault("stall", after=2)
    stream = make().stream(REQUEST)
    assert next(stream).text
    stream.close()
    assert anthropic_server.disconnected.wait(1.0)


def test_list_models(anthropic_server: AnthropicServer, config: ProviderConfig) -> None:
    assert list_models(config, anthropic_server.api_key, options=FAST) == ["claude-test", "claude-test-small"]
    with pytest.raises(AuthError):
        list_models(config, "wrong-key-0123456789abcdef", options=FAST)
