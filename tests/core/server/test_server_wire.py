"""The local API's wire format over plain HTTP: SSE framing, error objects and status codes, access."""

from __future__ import annotations

import json

import httpx2 as httpx
import pytest
from helpers.local_api import PROVIDER_KEY, Api

HI = [{"role": "user", "content": "Hi"}]


def post(api: Api, path: str, body: object, token: str | None, **kwargs: object) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.post(f"{api.url}{path}", json=body, headers=headers, timeout=60, **kwargs)  # type: ignore[arg-type]


def error_of(response: httpx.Response) -> dict[str, object]:
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"message", "type", "param", "code"}
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return body["error"]


def test_sse_framing_is_data_lines_and_done(api: Api) -> None:
    body = {"model": "starter", "messages": HI, "max_tokens": 6, "temperature": 0, "stream": True}
    headers = {"Authorization": f"Bearer {api.token()}"}
    with httpx.stream("POST", f"{api.url}/chat/completions", json=body, headers=headers, timeout=60) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        raw = response.read().decode()
    events = raw.split("\n\n")
    assert events[-1] == "" and events[-2] == "data: [DONE]"
    payloads = [json.loads(e.removeprefix("data: ")) for e in events[:-2]]
    assert all(e.startswith("data: ") for e in events[:-1])
    assert all(p["object"] == "chat.completion.chunk" for p in payloads)
    assert payloads[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    assert payloads[-1]["choices"][0]["finish_reason"] in ("stop", "length")
    assert all("usage" not in p for p in payloads)  # only when stream_options.include_usage asks


def test_no_token_or_a_wrong_one_gets_401(api: Api) -> None:
    api.token()
    for token in (None, "plinth-wrong", PROVIDER_KEY):
        response = httpx.get(f"{api.url}/models", headers={"Authorization": f"Bearer {token}"} if token else {})
        assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
        assert error_of(response)["code"] == "invalid_api_key"
    response = post(api, "/chat/completions", {"model": "starter", "messages": HI}, None)
    assert response.status_code == 401


def test_a_revoked_token_stops_working(api: Api) -> None:
    token = api.token("editor")
    assert httpx.get(f"{api.url}/models", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    api.deps.tokens.revoke("editor")
    assert httpx.get(f"{api.url}/models", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_malformed_json_unknown_model_and_unknown_route(api: Api) -> None:
    token = api.token()
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    bad = httpx.post(f"{api.url}/chat/completions", content=b'{"model": "starter", ', headers=headers)
    assert bad.status_code == 400 and "parse the JSON" in str(error_of(bad)["message"])
    unknown = post(api, "/chat/completions", {"model": "local:nope", "messages": HI}, token)
    assert unknown.status_code == 404 and error_of(unknown)["code"] == "model_not_found"
    by_path = post(api, "/chat/completions", {"model": "local:/etc/passwd", "messages": HI}, token)
    assert by_path.status_code == 404  # only the models Plinth lists, never a file named by a client
    nowhere = httpx.get(f"{api.url}/nothing", headers=headers)
    assert nowhere.status_code == 404 and "/v1/chat/completions" in str(error_of(nowhere)["message"])


def test_a_huge_body_gets_413_and_the_server_stays_up(start_api) -> None:  # type: ignore[no-untyped-def]
    from app.core.server.app import ServerLimits

    api = start_api(ServerLimits(max_body_bytes=10_000))
    token = api.token()
    huge = {"model": "starter", "messages": [{"role": "user", "content": "x" * 20_000}]}
    response = post(api, "/chat/completions", huge, token)
    assert response.status_code == 413 and error_of(response)["code"] == "request_too_large"
    chunked = httpx.post(
        f"{api.url}/embeddings",
        content=iter([b'{"model": "starter", "input": "', b"y" * 12_000, b'"}']),
        headers={"Authorization": f"Bearer {token}"},
    )
    assert chunked.status_code == 413
    assert httpx.get(f"{api.url}/models", headers={"Authorization": f"Bearer {token}"}).status_code == 200


@pytest.mark.parametrize(
    ("extra", "param"),
    [
        ({"n": 2}, "n"),
        ({"tools": [{"type": "function", "function": {"name": "f"}}]}, "tools"),
        ({"logprobs": True}, "logprobs"),
        ({"presence_penalty": 0.5}, "presence_penalty"),
        ({"temperature": 3}, "temperature"),
        ({"max_tokens": 0}, "max_tokens"),
        ({"stop": 5}, "stop"),
        ({"response_format": {"type": "xml"}}, "response_format.type"),
        ({"frobnicate": 1}, "frobnicate"),
        ({"messages": [{"role": "tool", "content": "x"}]}, "messages[0].role"),
        ({"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {}}]}]}, "messages[0].content"),
        ({"messages": []}, "messages"),
    ],
)
def test_what_cannot_be_honoured_is_a_400_naming_the_field(api: Api, extra: dict[str, object], param: str) -> None:
    body = {"model": "starter", "messages": HI} | extra
    response = post(api, "/chat/completions", body, api.token())
    assert response.status_code == 400
    error = error_of(response)
    assert error["type"] == "invalid_request_error" and error["param"] == param


def test_remote_models_need_a_token_that_allows_them_and_offline_mode_off(api: Api) -> None:
    local = api.token("local")
    refused = post(api, "/chat/completions", {"model": "hosted:gpt-test", "messages": HI}, local)
    assert refused.status_code == 403 and error_of(refused)["code"] == "model_not_allowed"
    remote = api.token("remote", allow_remote=True)
    assert post(api, "/chat/completions", {"model": "hosted:gpt-test", "messages": HI}, remote).status_code == 200
    asked = len(api.provider.requests)
    api.deps.offline.set_saved(True)
    offline = post(api, "/chat/completions", {"model": "hosted:gpt-test", "messages": HI}, remote)
    assert offline.status_code == 403
    error = error_of(offline)
    assert error["code"] == "offline_mode" and str(error["message"]).startswith("Offline mode is on")
    embed = post(api, "/embeddings", {"model": "hosted:text-embedding-test", "input": "x"}, remote)
    assert embed.status_code == 403
    listed = httpx.get(f"{api.url}/models", headers={"Authorization": f"Bearer {remote}"}).json()["data"]
    assert [m["id"] for m in listed if m["id"].startswith("hosted:")] == []
    assert len(api.provider.requests) == asked  # nothing reached the provider
    local_answer = post(api, "/chat/completions", {"model": "starter", "messages": HI, "max_tokens": 4}, remote)
    assert local_answer.status_code == 200


def test_a_provider_embedding_goes_through_with_an_allowed_token(api: Api) -> None:
    remote = api.token("remote", allow_remote=True)
    response = post(api, "/embeddings", {"model": "hosted:text-embedding-test", "input": ["a", "b"]}, remote)
    assert response.status_code == 200
    assert [d["index"] for d in response.json()["data"]] == [0, 1]
    assert PROVIDER_KEY not in response.text


def test_embeddings_refuse_bad_input(api: Api) -> None:
    token = api.token()
    for body, param in [
        ({"model": "starter", "input": [1, 2, 3]}, "input"),
        ({"model": "starter", "input": ""}, "input"),
        ({"model": "starter", "input": "x", "encoding_format": "int8"}, "encoding_format"),
        ({"model": "starter", "input": "x", "dimensions": 3}, "dimensions"),
    ]:
        response = post(api, "/embeddings", body, token)
        assert response.status_code == 400 and error_of(response)["param"] == param


def test_a_failure_mid_stream_is_an_error_event_and_no_done(api: Api) -> None:
    api.provider.fault("drop", times=None, after=2)
    body = {"model": "hosted:gpt-test", "messages": HI, "stream": True}
    headers = {"Authorization": f"Bearer {api.token('remote', allow_remote=True)}"}
    with httpx.stream("POST", f"{api.url}/chat/completions", json=body, headers=headers, timeout=60) as response:
        assert response.status_code == 200
        events = [line.removeprefix("data: ") for line in response.iter_lines() if line]
    assert "[DONE]" not in events
    texts = [json.loads(e)["choices"][0]["delta"].get("content") for e in events[:-1]]
    assert texts[0] == "" and any(texts[1:])
    error = json.loads(events[-1])["error"]
    assert error["type"] == "upstream_error" and PROVIDER_KEY not in error["message"]
    [record] = api.wait_records(1)
    assert record.status == 502 and record.answer == "".join(t or "" for t in texts)
