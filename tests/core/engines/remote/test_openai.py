"""OpenAIEngine over real HTTP against a server speaking OpenAI's Chat Completions protocol."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from servers import OpenAIServer
from servers.harness import FAST, PRICES, REQUEST, SYSTEM, assert_no_secret, run

from app.core.cancel import CancelToken
from app.core.engines.base import ChatRequest, ChoiceRequest, Engine, Message
from app.core.engines.remote.base import RemoteOptions, estimate_tokens
from app.core.engines.remote.factory import list_models
from app.core.engines.remote.openai import OpenAIEngine
from app.core.errors import (
    AuthError,
    ContextTooLongError,
    ModelNotFoundError,
    NetworkError,
    NotFoundOnServerError,
    ProviderServerError,
    ProviderTimeoutError,
    RateLimitError,
    RequestRefusedError,
)
from app.core.providers import ProviderConfig

Make = Callable[..., OpenAIEngine]


@pytest.fixture
def make(openai_server: OpenAIServer, closing: Callable[[OpenAIEngine], OpenAIEngine]) -> Make:
    def build(
        model: str = "gpt-test",
        *,
        kind: str = "openai",
        api_key: Any = "server",
        base_url: str | None = None,
        options: RemoteOptions = FAST,
    ) -> OpenAIEngine:
        url = base_url or f"{openai_server.url}/v1"
        config = ProviderConfig(name=kind, kind=kind, base_url=url)
        key = openai_server.api_key if api_key == "server" else api_key
        return closing(OpenAIEngine(config, model, api_key=key, prices=PRICES, options=options))

    return build


def test_streams_text_with_stats_from_usage(make: Make, openai_server: OpenAIServer) -> None:
    engine = make()
    assert isinstance(engine, Engine)
    assert engine.model_id == "openai:gpt-test"
    assert engine.destination.startswith("OpenAI")
    assert engine.capabilities.logprobs and engine.capabilities.json_schema and engine.capabilities.streaming

    out = run(engine)

    assert out.error is None
    assert out.text == "Hello, world!"
    stats = out.stats
    assert stats is not None
    assert (stats.tokens_in, stats.tokens_out) == openai_server.usage == (12, 7)
    assert stats.stop_reason == "stop"
    assert stats.ttft_s is not None and 0 < stats.ttft_s <= stats.wall_s
    assert stats.cost_usd == pytest.approx((12 * 2.0 + 7 * 8.0) / 1e6)


def test_request_puts_the_system_prompt_first_and_the_key_only_in_the_header(
    make: Make, openai_server: OpenAIServer
) -> None:
    run(make())

    (chat,) = openai_server.chats()
    assert chat.path == "/v1/chat/completions"
    assert chat.body["messages"] == [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": "Say hello."},
    ]
    assert chat.body["stream"] is True
    assert chat.body["stream_options"] == {"include_usage": True}
    assert chat.body["max_completion_tokens"] == REQUEST.max_tokens
    assert chat.body["temperature"] == REQUEST.temperature
    assert chat.headers["authorization"] == f"Bearer {openai_server.api_key}"
    assert openai_server.api_key not in chat.target


def test_a_keyless_compatible_server_gets_no_authorization_and_no_openai_env(
    make: Make, openai_server: OpenAIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env-key-that-belongs-to-openai-0000")
    monkeypatch.setenv("OPENAI_ORG_ID", "org-env")
    openai_server.api_key = None
    engine = make(kind="openai-compatible", api_key=None)

    out = run(engine)

    assert out.error is None and out.text == "Hello, world!"
    (chat,) = openai_server.chats()
    assert "authorization" not in chat.headers
    assert "openai-organization" not in chat.headers
    # Most compatible servers know only the classic parameter.
    assert chat.body["max_tokens"] == REQUEST.max_tokens and "max_completion_tokens" not in chat.body
    assert out.stats is not None and out.stats.cost_usd == pytest.approx((12 * 0.5 + 7 * 1.0) / 1e6)


def test_cost_is_unknown_without_a_price(make: Make) -> None:
    out = run(make("gpt-test-mini"))
    assert out.stats is not None and out.stats.tokens_out == 7
    assert out.stats.cost_usd is None


def test_without_usage_the_counts_are_plinths_and_marked_as_estimates(make: Make, openai_server: OpenAIServer) -> None:
    openai_server.send_usage = False
    out = run(make())
    assert out.text == "Hello, world!"
    # Usage was asked for; the server just does not send it.
    assert openai_server.chats()[-1].body["stream_options"] == {"include_usage": True}
    stats = out.stats
    assert stats is not None
    assert stats.tokens_out == len(openai_server.reply)
    assert stats.tokens_in == estimate_tokens(REQUEST.messages) > 0
    assert stats.tokens_in_estimated
    assert f"~{stats.tokens_in} in (estimated) / 4 out" in stats.summary()
    assert stats.cost_usd is None  # only reported counts are priced


def test_reported_usage_is_no_estimate(make: Make) -> None:
    stats = run(make()).stats
    assert stats is not None and not stats.tokens_in_estimated
    assert "12 in / 7 out" in stats.summary() and "~" not in stats.summary()


def test_a_stop_before_the_usage_arrived_still_counts_the_prompt(make: Make, openai_server: OpenAIServer) -> None:
    openai_server.fault("stall", after=1)
    out = run(make(), cancel_after_text_s=0.05)
    assert out.stats is not None and out.stats.stop_reason == "cancelled"
    assert out.stats.tokens_in == estimate_tokens(REQUEST.messages) and out.stats.tokens_in_estimated


def test_answer_length_limit_is_stop_reason_length(make: Make) -> None:
    out = run(make(), replace(REQUEST, max_tokens=2))
    assert out.text == "Hello,"
    assert out.stats is not None and out.stats.stop_reason == "length"


def test_a_rejected_key_is_an_auth_error_that_never_shows_the_key(make: Make, openai_server: OpenAIServer) -> None:
    wrong = "sk-wrong-key-0123456789abcdefghij"
    out = run(make(api_key=wrong))
    assert isinstance(out.error, AuthError)
    assert "OpenAI" in out.error.message and "Providers" in out.error.hint
    assert_no_secret(out.error, wrong)
    # The server did echo it (as careless servers do): the engine hid it.
    assert len(openai_server.chats()) == 1


def test_no_key_for_openai_is_refused_before_sending(make: Make, openai_server: OpenAIServer) -> None:
    out = run(make(api_key=None))
    assert isinstance(out.error, AuthError)
    assert "No key" in out.error.message and "OPENAI_API_KEY" in out.error.hint
    assert openai_server.requests == []


def test_rate_limit_is_retried_after_the_wait_the_server_asks(make: Make, openai_server: OpenAIServer) -> None:
    openai_server.fault("rate_limit", times=2, retry_after=0.01)
    out = run(make())
    assert out.error is None and out.text == "Hello, world!"
    assert len(openai_server.chats()) == 3


def test_rate_limit_error_says_how_long_to_wait(make: Make, openai_server: OpenAIServer) -> None:
    openai_server.fault("rate_limit", times=None, retry_after=17)
    # No retries: the SDK would otherwise honour the 17 s twice.
    out = run(make(options=replace(FAST, max_retries=0)))
    assert isinstance(out.error, RateLimitError)
    assert out.error.retry_after_s == 17
    assert "17 s" in str(out.error)
    assert_no_secret(out.error, openai_server.api_key or "")


def test_a_server_error_is_retried(make: Make, openai_server: OpenAIServer) -> None:
    openai_server.fault("server_error", times=1)
    out = run(make())
    assert out.error is None and out.text == "Hello, world!"
    assert len(openai_server.chats()) == 2


def test_server_errors_after_retries(make: Make, openai_server: OpenAIServer) -> None:
    openai_server.fault("server_error", times=None, status=503)
    out = run(make())
    assert isinstance(out.error, ProviderServerError)
    assert "503" in out.error.message and "retried" in out.error.message
    assert len(openai_server.chats()) == 1 + FAST.max_retries


def test_only_passing_server_failures_say_to_try_again_in_a_minute(make: Make, openai_server: OpenAIServer) -> None:
    openai_server.fault("server_error", times=None, status=503)
    busy = run(make(options=replace(FAST, max_retries=0))).error
    assert isinstance(busy, ProviderServerError) and "try again in a minute" in busy.hint
    openai_server.faults.clear()

    # A 500 with a stack trace in it (llama_cpp.server's answer to a field it cannot parse) fails the same way
    # every time: it is not quoted raw, and retrying is not suggested.
    openai_server.refuse["logprobs"] = 500
    engine = make(kind="openai-compatible", options=replace(FAST, max_retries=0))
    request = ChoiceRequest((Message("user", "x"),), ("a", "b"))
    params = engine._params(request.messages, 1, 0.0, None)
    params["logprobs"] = True
    with pytest.raises(ProviderServerError) as traced:
        engine._collect(lambda sdk: engine._chat_events(sdk, params), None, request.messages)
    shown = f"{traced.value.title}. {traced.value}"
    assert "logprobs: logprobs is not supported" in traced.value.message
    assert 'File "' not in shown and "line 376" not in shown and "validation error" not in shown
    assert "try again" not in shown and "will not help" in traced.value.hint

    # A 400 is a refusal, not a failure to wait out.
    openai_server.refuse["logprobs"] = 400
    with pytest.raises(RequestRefusedError) as refused:
        engine._collect(lambda sdk: engine._chat_events(sdk, params), None, request.messages)
    assert refused.value.title == "Request refused"
    assert "HTTP 400" in refused.value.message and "try again" not in str(refused.value)


def test_a_connection_dropped_before_the_answer_is_retried(make: Make, openai_server: OpenAIServer) -> None:
    openai_server.fault("hang_up", times=1)
    out = run(make())
    assert out.error is None and out.text == "Hello, world!"
    assert len(openai_server.chats()) == 2


def test_unknown_model(make: Make) -> None:
    out = run(make("gpt-nope"))
    assert isinstance(out.error, ModelNotFoundError)
    assert "gpt-nope" in out.error.message


def test_context_too_long(make: Make, openai_server: OpenAIServer) -> None:
    openai_server.max_prompt_chars = 20
    out = run(make())
    assert isinstance(out.error, ContextTooLongError)
    assert "maximum context length" in out.error.message


def test_a_drop_mid_stream_keeps_the_partial_text(make: Make, openai_server: OpenAIServer) -> None:
    openai_server.fault("drop", after=2)
    out = run(make())
    assert out.text == "Hello,"
    assert isinstance(out.error, NetworkError)
    assert "dropped" in out.error.message and "partial answer is kept" in out.error.hint
    assert len(openai_server.chats()) == 1  # not retried once text had arrived


def test_an_error_event_mid_stream_keeps_the_partial_text(make: Make, openai_server: OpenAIServer) -> None:
    openai_server.fault("stream_error", after=2)
    out = run(make())
    assert out.text == "Hello,"
    assert isinstance(out.error, ProviderServerError)
    assert "overloaded" in out.error.message and "partial answer is kept" in out.error.hint


def test_an_unreachable_server_is_a_network_error_naming_the_url(make: Make) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    out = run(make(kind="openai-compatible", api_key=None, base_url=url, options=replace(FAST, max_retries=0)))
    assert isinstance(out.error, NetworkError)
    assert out.error.message == f"No connection to {url}: the connection was refused."
    # Shown as "<title>. <message>": the message does not say the title again.
    assert "cannot reach" not in out.error.message.lower()


def test_stop_during_a_stalled_stream_ends_it_within_a_second(make: Make, openai_server: OpenAIServer) -> None:
    openai_server.fault("stall", after=2)
    out = run(make(), cancel_after_text_s=0.2)
    assert out.error is None
    assert out.text == "Hello,"
    assert out.stats is not None and out.stats.stop_reason == "cancelled"
    assert out.stop_s is not None and out.stop_s < 1.0
    assert out.stats.cost_usd is None
    # Stop hangs up on the server, so it stops generating.
    assert openai_server.disconnected.wait(1.0)


def test_a_stream_that_goes_quiet_times_out(make: Make, openai_server: OpenAIServer) -> None:
    openai_server.fault("stall", after=2)
    started = time.perf_counter()
    out = run(make(options=replace(FAST, idle_timeout_s=0.3)))
    assert time.perf_counter() - started < 3.0
    assert out.text == "Hello,"
    assert isinstance(out.error, ProviderTimeoutError)
    assert "0.3 s" in out.error.message and "partial answer is kept" in out.error.hint


def test_closing_the_stream_early_hangs_up(make: Make, openai_server: OpenAIServer) -> None:
    openai_server.fault("stall", after=2)
    stream = make().stream(REQUEST)
    assert next(stream).text
    stream.close()
    assert openai_server.disconnected.wait(1.0)


def test_closing_the_engine_stops_a_stream_in_flight(make: Make, openai_server: OpenAIServer) -> None:
    openai_server.fault("stall", after=2)
    engine = make()
    first_text = threading.Event()

    def close_when_streaming() -> None:
        first_text.wait(5)
        engine.close()

    closer = threading.Thread(target=close_when_streaming)
    closer.start()
    stream = engine.stream(REQUEST)
    chunks = []
    for chunk in stream:
        chunks.append(chunk)
        first_text.set()
    closer.join()
    assert chunks[-1].stats is not None and chunks[-1].stats.stop_reason == "cancelled"
    # A closed engine opens a fresh client for the next request.
    openai_server.faults.clear()
    assert run(engine).text == "Hello, world!"


def test_cancelled_before_the_first_byte(make: Make) -> None:
    cancel = CancelToken()
    cancel.cancel()
    chunks = list(make().stream(REQUEST, cancel))
    assert [c.text for c in chunks] == [""]
    assert chunks[0].stats is not None and chunks[0].stats.stop_reason == "cancelled"


def test_conversation_turns_keep_their_roles(make: Make, openai_server: OpenAIServer) -> None:
    request = ChatRequest(
        (Message("user", "Hi"), Message("assistant", "Hello!"), Message("user", "Again?")), stop=("\n\n",), seed=3
    )
    run(make(), request)
    body = openai_server.chats()[0].body
    assert [m["role"] for m in body["messages"]] == ["user", "assistant", "user"]
    assert body["stop"] == ["\n\n"] and body["seed"] == 3


def test_list_models(openai_server: OpenAIServer) -> None:
    config = ProviderConfig(name="openai", kind="openai", base_url=f"{openai_server.url}/v1")
    # OpenAI's list mixes in models that cannot chat.
    assert list_models(config, openai_server.api_key, options=FAST) == ["gpt-test", "gpt-test-mini"]
    compatible = ProviderConfig(name="mine", kind="openai-compatible", base_url=f"{openai_server.url}/v1")
    assert list_models(compatible, openai_server.api_key, options=FAST) == list(openai_server.default_models)


def test_list_models_says_why_it_failed(openai_server: OpenAIServer) -> None:
    config = ProviderConfig(name="mine", kind="openai-compatible", base_url=f"{openai_server.url}/v1")
    wrong = "sk-wrong-0123456789abcdef"
    with pytest.raises(AuthError) as bad_key:
        list_models(config, wrong, options=FAST)
    assert_no_secret(bad_key.value, wrong)

    # Forgetting the /v1 is the classic mistake: the server was reached, and answered 404.
    with pytest.raises(NotFoundOnServerError) as bad_url:
        list_models(replace(config, base_url=openai_server.url), openai_server.api_key, options=FAST)
    assert bad_url.value.message == (
        f"{openai_server.url} answered, but this path does not lead to an OpenAI-compatible API "
        "(HTTP 404: 404 page not found)."
    )
    assert "reach" not in f"{bad_url.value.title} {bad_url.value.message}".lower()
    assert "/v1" in bad_url.value.hint


def test_sdk_is_not_imported_until_used() -> None:
    import subprocess
    import sys

    code = (
        "import sys, app.core.engines.remote.openai, app.core.engines.remote.anthropic, app.core.engines.remote.gemini;"
        "sys.exit(any(m in sys.modules for m in ('openai', 'anthropic', 'google.genai', 'httpx2')))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
