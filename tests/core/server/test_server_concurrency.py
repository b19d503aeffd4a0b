"""Many clients at once, a full queue, a client that leaves mid-stream, a request during the model's load."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx2 as httpx
import openai
from helpers.local_api import Api

from app.core.engines.local.engine import LocalEngine
from app.core.server.app import ServerLimits

LONG = [{"role": "user", "content": "Write a long story about a dragon, a king and a sea voyage."}]


#: An answer the grammar keeps going for at least 2,000 characters: a request that surely runs a while.
LONG_ANSWER = {
    "type": "json_schema",
    "json_schema": {
        "name": "story",
        "schema": {
            "type": "object",
            "properties": {"story": {"type": "string", "minLength": 2000}},
            "required": ["story"],
        },
    },
}


def long_body(max_tokens: int) -> dict[str, object]:
    return body(max_tokens, True) | {"response_format": LONG_ANSWER}


def body(max_tokens: int, stream: bool = False, messages: list[dict[str, str]] | None = None) -> dict[str, object]:
    return {
        "model": "starter",
        "messages": messages or LONG,
        "max_tokens": max_tokens,
        "stream": stream,
        "temperature": 0,
    }


def test_many_clients_at_once_are_all_served_in_arrival_order(api: Api) -> None:
    token = api.token()
    results: dict[int, str] = {}
    errors: list[BaseException] = []

    def ask(i: int) -> None:
        sdk = openai.OpenAI(base_url=api.url, api_key=token, max_retries=0, timeout=120)
        try:
            reply = sdk.chat.completions.create(
                model="starter",
                messages=[{"role": "user", "content": f"Client {i}: say a word."}],
                max_tokens=24 if i == 0 else 6,
                temperature=0,
            )
            results[i] = reply.choices[0].message.content or ""
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            sdk.close()

    threads = []
    for i in range(6):
        thread = threading.Thread(target=ask, args=(i,))
        thread.start()
        threads.append(thread)
        time.sleep(0.15)  # arrival order is the order they were started in
    for thread in threads:
        thread.join(120)
    assert errors == [] and sorted(results) == list(range(6))
    records = api.wait_records(6)
    order = [int(r.messages[0].content.split()[1].rstrip(":")) for r in records]
    assert order == list(range(6))
    assert httpx.get(f"{api.url}/models", headers={"Authorization": f"Bearer {token}"}).status_code == 200


def test_a_full_queue_answers_429_at_once(start_api: Callable[..., Api]) -> None:
    api = start_api(ServerLimits(queue_per_model=0))
    token = api.token()
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.stream(
        "POST", f"{api.url}/chat/completions", json=long_body(1000), headers=headers, timeout=60
    ) as first:
        assert first.status_code == 200
        lines = first.iter_lines()  # kept: a dropped iterator closes the response, and the client has left
        next(lines)
        started = time.perf_counter()
        refused = httpx.post(f"{api.url}/chat/completions", json=body(4), headers=headers, timeout=60)
        assert time.perf_counter() - started < 1.0
        assert refused.status_code == 429, refused.text
        assert refused.json()["error"]["code"] == "queue_full"
    # the first left: its turn ends when its engine has stopped, and the model serves again
    deadline = time.monotonic() + 10
    while (
        answer := httpx.post(f"{api.url}/chat/completions", json=body(4), headers=headers, timeout=60)
    ).status_code == 429:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert answer.status_code == 200


def test_a_client_leaving_mid_stream_stops_the_engine(api: Api, starter_engine: LocalEngine) -> None:
    headers = {"Authorization": f"Bearer {api.token()}"}
    request = long_body(1000)
    with httpx.stream("POST", f"{api.url}/chat/completions", json=request, headers=headers, timeout=60) as response:
        lines = response.iter_lines()
        received = [next(lines) for _ in range(6)]
        assert all(line.startswith("data: ") or line == "" for line in received)
        assert starter_engine.busy
    left = time.perf_counter()
    while starter_engine.busy:
        assert time.perf_counter() - left < 2.0, "the engine kept generating after the client left"
        time.sleep(0.01)
    [record] = api.wait_records(1)
    assert record.status == 499 and 0 < record.tokens_out < 1000


def test_a_request_during_the_models_load_waits_and_is_answered(
    start_api: Callable[..., Api], starter_path: Path
) -> None:
    fresh = LocalEngine(starter_path, "starter", context_cap=512, n_threads=1)
    try:
        api = start_api(chat_engine=fresh)
        headers = {"Authorization": f"Bearer {api.token()}"}
        replies: list[httpx.Response] = []

        def ask() -> None:
            replies.append(httpx.post(f"{api.url}/chat/completions", json=body(4), headers=headers, timeout=120))

        threads = [threading.Thread(target=ask) for _ in range(3)]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 10
        while not fresh.busy:  # the first request is loading the model
            assert time.monotonic() < deadline
            time.sleep(0.005)
        late = httpx.post(f"{api.url}/chat/completions", json=body(4), headers=headers, timeout=120)
        for thread in threads:
            thread.join(120)
        assert [r.status_code for r in [*replies, late]] == [200] * 4
        assert all(r.json()["choices"][0]["message"]["content"] is not None for r in replies)
    finally:
        fresh.close()


def test_stopping_the_server_mid_stream_stops_the_engine_within_its_bound(
    api: Api, starter_engine: LocalEngine
) -> None:
    headers = {"Authorization": f"Bearer {api.token()}"}
    with httpx.stream(
        "POST", f"{api.url}/chat/completions", json=long_body(1000), headers=headers, timeout=60
    ) as response:
        lines = response.iter_lines()
        next(lines)
        started = time.perf_counter()
        api.runner.stop()
        assert time.perf_counter() - started < 6.0 and not api.runner.running
    deadline = time.monotonic() + 2.0
    while starter_engine.busy:
        assert time.monotonic() < deadline, "the engine kept generating after the server stopped"
        time.sleep(0.01)
    assert api.wait_records(1)[0].status == 499
