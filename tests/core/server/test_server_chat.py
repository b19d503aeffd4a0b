"""The local API driven by the official openai SDK: the starter model through llama.cpp, streaming and not."""

from __future__ import annotations

import json

import numpy as np
import openai
import pytest
from helpers.local_api import PROVIDER_KEY, Api


def client(api: Api, token: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=api.url, api_key=token, max_retries=0, timeout=60)


def test_the_sdk_chats_with_the_starter_model_whole(api: Api) -> None:
    sdk = client(api, api.token("editor", save_history=True))
    reply = sdk.chat.completions.create(
        model="starter",
        messages=[{"role": "user", "content": "Say hello."}],
        max_tokens=8,
        temperature=0,
        seed=1,
    )
    assert reply.id.startswith("chatcmpl-") and reply.object == "chat.completion"
    assert reply.model == "starter"
    choice = reply.choices[0]
    assert choice.message.role == "assistant" and choice.message.content
    assert choice.finish_reason in ("stop", "length")
    assert reply.usage is not None and reply.usage.prompt_tokens > 0
    assert 0 < reply.usage.completion_tokens <= 8
    assert reply.usage.total_tokens == reply.usage.prompt_tokens + reply.usage.completion_tokens
    [record] = api.records
    assert (record.token, record.model, record.status, record.save_history) == ("editor", "starter", 200, True)
    assert record.answer == choice.message.content and record.tokens_out == reply.usage.completion_tokens


def test_the_sdk_streams_chunks_role_first_then_text_then_usage(api: Api) -> None:
    sdk = client(api, api.token())
    stream = sdk.chat.completions.create(
        model="starter",
        messages=[{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Name a colour."}],
        max_completion_tokens=12,
        temperature=0,
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    assert chunks[0].choices[0].delta.role == "assistant"
    assert len({c.id for c in chunks}) == 1 and chunks[0].id.startswith("chatcmpl-")
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text.strip()
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason]
    assert finishes in (["stop"], ["length"])
    last = chunks[-1]
    assert last.choices == [] and last.usage is not None
    assert 0 < last.usage.completion_tokens <= 12 and last.usage.prompt_tokens > 0
    assert api.records[-1].answer == text


def test_a_json_schema_answer_follows_the_schema(api: Api) -> None:
    sdk = client(api, api.token())
    schema = {
        "type": "object",
        "properties": {"colour": {"type": "string", "enum": ["red", "green", "blue"]}},
        "required": ["colour"],
        "additionalProperties": False,
    }
    reply = sdk.chat.completions.create(
        model="starter",
        messages=[{"role": "user", "content": "Pick a colour."}],
        response_format={"type": "json_schema", "json_schema": {"name": "pick", "schema": schema, "strict": True}},
        max_tokens=32,
        temperature=0,
    )
    answer = json.loads(reply.choices[0].message.content or "")
    assert answer["colour"] in ("red", "green", "blue") and set(answer) == {"colour"}


def test_models_list_local_for_a_local_token_and_providers_for_an_allowed_one(api: Api) -> None:
    local_only = {m.id for m in client(api, api.token("local")).models.list()}
    assert "starter" in local_only
    assert not any(m.startswith("hosted:") for m in local_only)
    allowed = client(api, api.token("remote", allow_remote=True)).models.list().data
    ids = {m.id: m.owned_by for m in allowed}
    assert ids["starter"] == "plinth" and ids["hosted:gpt-test"] == ids["hosted:gpt-test-mini"] == "hosted"


def test_the_sdk_embeds_with_the_starter_model_float_and_base64(api: Api) -> None:
    sdk = client(api, api.token())
    by_default = sdk.embeddings.create(model="starter", input=["a cat sat", "stock prices fell"])
    floats = sdk.embeddings.create(model="starter", input="a cat sat", encoding_format="float")
    assert [d.index for d in by_default.data] == [0, 1]
    first = np.asarray(by_default.data[0].embedding)
    assert first.shape == (576,) and abs(float(np.linalg.norm(first)) - 1.0) < 1e-3
    np.testing.assert_allclose(first, np.asarray(floats.data[0].embedding), atol=1e-5)
    assert not np.allclose(first, np.asarray(by_default.data[1].embedding))
    assert by_default.usage.prompt_tokens > 0 and by_default.model == "starter"


def test_a_provider_model_answers_with_the_key_from_the_keychain_and_never_shows_it(api: Api) -> None:
    sdk = client(api, api.token("remote", allow_remote=True))
    reply = sdk.chat.completions.create(model="hosted:gpt-test", messages=[{"role": "user", "content": "Hi"}])
    assert reply.choices[0].message.content
    assert api.provider.requests[-1].headers["authorization"] == f"Bearer {PROVIDER_KEY}"
    stream = sdk.chat.completions.create(
        model="hosted:gpt-test", messages=[{"role": "user", "content": "Hi"}], stream=True
    )
    assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    api.provider.api_key = "another-key"  # the provider now turns Plinth's key down, quoting it
    with pytest.raises(openai.APIStatusError) as info:
        sdk.chat.completions.create(model="hosted:gpt-test", messages=[{"role": "user", "content": "Hi"}])
    assert info.value.status_code == 502
    assert PROVIDER_KEY not in info.value.response.text and "key" in info.value.message.lower()


def test_sdk_errors_are_the_right_classes(api: Api) -> None:
    with pytest.raises(openai.AuthenticationError):
        client(api, "plinth-not-a-token").models.list()
    sdk = client(api, api.token())
    with pytest.raises(openai.NotFoundError, match="does not exist"):
        sdk.chat.completions.create(model="local:nope", messages=[{"role": "user", "content": "Hi"}])
    with pytest.raises(openai.PermissionDeniedError, match="this computer only"):
        sdk.chat.completions.create(model="hosted:gpt-test", messages=[{"role": "user", "content": "Hi"}])
    with pytest.raises(openai.BadRequestError, match="'n' must be 1"):
        sdk.chat.completions.create(model="starter", messages=[{"role": "user", "content": "Hi"}], n=2)
