"""GeminiEngine over real HTTP against a server speaking the Gemini API (generativelanguage v1beta)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from servers import GeminiServer
from servers.harness import FAST, PRICES, REQUEST, SYSTEM, assert_no_secret, run

from app.core.engines.base import ChatRequest, Message
from app.core.engines.remote.base import RemoteOptions
from app.core.engines.remote.factory import list_models
from app.core.engines.remote.gemini import GeminiEngine
from app.core.errors import (
    AuthError,
    ContextTooLongError,
    ModelNotFoundError,
    NetworkError,
    NotFoundOnServerError,
    ProviderServerError,
    ProviderTimeoutError,
    RateLimitError,
)
from app.core.providers import ProviderConfig

Make = Callable[..., GeminiEngine]


@pytest.fixture
def config(gemini_server: GeminiServer) -> ProviderConfig:
    return ProviderConfig(name="gemini", kind="gemini", base_url=gemini_server.url)


@pytest.fixture
def make(gemini_server: GeminiServer, config: ProviderConfig, closing: Callable[[GeminiEngine], GeminiEngine]) -> Make:
    def build(model: str = "gemini-test", *, api_key: Any = "server", options: RemoteOptions = FAST) -> GeminiEngine:
        key = gemini_server.api_key if api_key == "server" else api_key
        return closing(GeminiEngine(config, model, api_key=key, prices=PRICES, options=options))

    return build


def test_streams_text_with_stats_from_usage_metadata(make: Make, gemini_server: GeminiServer) -> None:
    engine = make()
    assert engine.model_id == "gemini:gemini-test"
    assert engine.destination.startswith("Google Gemini")

    out = run(engine)

    assert out.error is None
    assert out.text == "Hello, world!"
    stats = out.stats
    assert stats is not None
    assert (stats.tokens_in, stats.tokens_out) == gemini_server.usage == (12, 7)
    assert stats.stop_reason == "stop"
    assert stats.ttft_s is not None and 0 < stats.ttft_s <= stats.wall_s
    assert stats.cost_usd == pytest.approx((12 * 1.25 + 7 * 10.0) / 1e6)


def test_thinking_tokens_count_as_output(make: Make, gemini_server: GeminiServer) -> None:
    gemini_server.thoughts = 30
    out = run(make())
    assert out.stats is not None and out.stats.tokens_out == 37
    assert out.stats.cost_usd == pytest.approx((12 * 1.25 + 37 * 10.0) / 1e6)


def test_system_instruction_and_roles_and_the_key_only_in_the_header(make: Make, gemini_server: GeminiServer) -> None:
    request = ChatRequest(
        (Message("system", SYSTEM), Message("user", "Hi"), Message("assistant", "Hello!"), Message("user", "Again?")),
        max_tokens=50,
        temperature=0.3,
        stop=("END",),
        seed=5,
    )
    run(make(), request)
    (chat,) = gemini_server.chats()
    assert chat.path == "/v1beta/models/gemini-test:streamGenerateContent"
    assert chat.query["alt"] == ["sse"]
    assert chat.body["systemInstruction"]["parts"] == [{"text": SYSTEM}]
    assert [(c["role"], c["parts"][0]["text"]) for c in chat.body["contents"]] == [
        ("user", "Hi"),
        ("model", "Hello!"),
        ("user", "Again?"),
    ]
    config = chat.body["generationConfig"]
    assert config["maxOutputTokens"] == 50 and config["temperature"] == 0.3
    assert config["stopSequences"] == ["END"] and config["seed"] == 5
    assert chat.headers["x-goog-api-key"] == gemini_server.api_key
    assert "key" not in chat.query and (gemini_server.api_key or "") not in chat.target
    # No server-side deadline: it would cut answers that stream for longer than the idle timeout.
    assert "x-server-timeout" not in chat.headers


def test_cost_is_unknown_without_a_price(make: Make) -> None:
    out = run(make("gemini-test-lite"))
    assert out.stats is not None and out.stats.tokens_out == 7 and out.stats.cost_usd is None


def test_max_output_tokens_is_stop_reason_length(make: Make) -> None:
    out = run(make(), replace(REQUEST, max_tokens=2))
    assert out.text == "Hello,"
    assert out.stats is not None and out.stats.stop_reason == "length"


def test_a_rejected_key_is_an_auth_error(make: Make) -> None:
    # Gemini says so with a 400 INVALID_ARGUMENT whose reason is API_KEY_INVALID.
    wrong = "AIzaWrongKey0123456789abcdefghijklmno"
    out = run(make(api_key=wrong))
    assert isinstance(out.error, AuthError)
    assert "Gemini" in out.error.message and "Providers" in out.error.hint
    assert_no_secret(out.error, wrong)


def test_no_key_is_refused_before_sending(
    make: Make, gemini_server: GeminiServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GEMINI_API_KEY", raising=False)
    out = run(make(api_key=None))
    assert isinstance(out.error, AuthError) and "GEMINI_API_KEY" in out.error.hint
    assert gemini_server.requests == []


def test_rate_limit_is_retried(make: Make, gemini_server: GeminiServer) -> None:
    gemini_server.fault("rate_limit", times=2)
    out = run(make())
    assert out.error is None and out.text == "Hello, world!"
    assert len(gemini_server.chats()) == 3


def test_rate_limit_error_says_how_long_to_wait(make: Make, gemini_server: GeminiServer) -> None:
    # Gemini says it in a google.rpc.RetryInfo detail, not a header.
    gemini_server.fault("rate_limit", times=None, retry_after=17)
    out = run(make())
    assert isinstance(out.error, RateLimitError)
    assert out.error.retry_after_s == 17 and "17 s" in str(out.error)
    assert "billing" in out.error.hint
    assert len(gemini_server.chats()) == 1 + FAST.max_retries


def test_a_server_error_is_retried(make: Make, gemini_server: GeminiServer) -> None:
    gemini_server.fault("server_error", times=1)
    out = run(make())
    assert out.error is None and out.text == "Hello, world!"
    assert len(gemini_server.chats()) == 2


def test_server_errors_after_retries(make: Make, gemini_server: GeminiServer) -> None:
    gemini_server.fault("server_error", times=None, status=503)
    out = run(make())
    assert isinstance(out.error, ProviderServerError) and "overloaded" in out.error.message
    assert len(gemini_server.chats()) == 1 + FAST.max_retries


def test_a_connection_dropped_before_the_answer_is_retried(make: Make, gemini_server: GeminiServer) -> None:
    gemini_server.fault("hang_up", times=1)
    out = run(make())
    assert out.error is None and out.text == "Hello, world!"
    assert len(gemini_server.chats()) == 2


def test_an_error_event_mid_stream_keeps_the_partial_text(make: Make, gemini_server: GeminiServer) -> None:
    gemini_server.fault("stream_error", after=2)
    out = run(make())
    assert out.text == "Hello,"
    assert isinstance(out.error, ProviderServerError) and "partial answer is kept" in out.error.hint


def test_unknown_model(make: Make) -> None:
    out = run(make("gemini-nope"))
    assert isinstance(out.error, ModelNotFoundError) and "gemini-nope" in out.error.message


def test_context_too_long(make: Make, gemini_server: GeminiServer) -> None:
    gemini_server.max_prompt_chars = 20
    out = run(make())
    assert isinstance(out.error, ContextTooLongError) and "input token count" in out.error.message


def test_a_drop_mid_stream_keeps_the_partial_text(make: Make, gemini_server: GeminiServer) -> None:
    gemini_server.fault("drop", after=2)
    out = run(make())
    assert out.text == "Hello,"
    assert isinstance(out.error, NetworkError) and "dropped" in out.error.message
    assert len(gemini_server.chats()) == 1


def test_stop_during_a_stalled_stream_ends_it_within_a_second(make: Make, gemini_server: GeminiServer) -> None:
    gemini_server.fault("stall", after=2)
    out = run(make(), cancel_after_text_s=0.2)
    assert out.error is None and out.text == "Hello,"
    assert out.stats is not None and out.stats.stop_reason == "cancelled"
    assert out.stop_s is not None and out.stop_s < 1.0
    # Gemini's usage is cumulative in every chunk, so it is known when stopped.
    assert (out.stats.tokens_in, out.stats.tokens_out) == (12, 2)
    assert gemini_server.disconnected.wait(1.0)


def test_a_stream_that_goes_quiet_times_out(make: Make, gemini_server: GeminiServer) -> None:
    gemini_server.fault("stall", after=2)
    started = time.perf_counter()
    out = run(make(options=replace(FAST, idle_timeout_s=0.3)))
    assert time.perf_counter() - started < 3.0
    assert out.text == "Hello," and isinstance(out.error, ProviderTimeoutError)


def test_closing_the_stream_early_hangs_up(make: Make, gemini_server: GeminiServer) -> None:
    gemini_server.fault("stall", after=2)
    stream = make().stream(REQUEST)
    assert next(stream).text
    stream.close()
    assert gemini_server.disconnected.wait(1.0)


def test_list_models_follows_pages_and_keeps_chat_models(gemini_server: GeminiServer, config: ProviderConfig) -> None:
    assert list_models(config, gemini_server.api_key, options=FAST) == ["gemini-test", "gemini-test-lite"]
    assert [r.query.get("pageToken") for r in gemini_server.requests] == [None, ["2"]]


def test_list_models_says_why_it_failed(gemini_server: GeminiServer, config: ProviderConfig) -> None:
    with pytest.raises(AuthError):
        list_models(config, "AIzaWrongKey0123456789abcdefghijklmno", options=FAST)
    # The base URL is the API root: the SDK adds /v1beta itself.
    with pytest.raises(NotFoundOnServerError, match="this path does not lead to the Gemini API"):
        list_models(replace(config, base_url=f"{gemini_server.url}/v1beta"), gemini_server.api_key, options=FAST)
