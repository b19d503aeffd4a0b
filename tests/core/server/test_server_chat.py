"""The local API driven by the official openai SDK: the starter model through llama.cpp, streaming and not."""

from __future__ import annotations

import openai
from helpers.local_api import Api


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
