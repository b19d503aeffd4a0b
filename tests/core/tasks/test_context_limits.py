"""Text beyond a model's context is refused or trimmed with the sizes said, never cut silently.

Local: the real starter model at a 1,024-token context. Remote: the protocol
test servers, which refuse prompts over ``max_prompt_chars`` as each
provider does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from servers import AnthropicServer, GeminiServer, OpenAIServer
from servers.harness import FAST, PRICES

from app.core.engines.base import ChatRequest, Message, complete
from app.core.engines.local.engine import LocalEngine
from app.core.engines.remote.base import RemoteEngine, estimate_tokens
from app.core.engines.remote.factory import create_remote_engine
from app.core.errors import ContextTooLongError
from app.core.providers import ProviderConfig
from app.core.tasks.chat import ChatParams, Conversation
from app.core.tasks.classification import classify
from app.core.tasks.translation import TranslationOptions, translate
from app.core.tasks.translation_files import translate_file

SENTENCE = "The quick brown fox jumps over the lazy dog near the riverbank. "
MEGABYTE = (SENTENCE * (1_000_000 // len(SENTENCE) + 1))[:1_000_000]
CONTEXT = 1024


def numbers(text: str) -> list[int]:
    return [int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*\d|\d", text)]


@pytest.fixture(scope="module")
def local(starter_path: Path) -> Iterator[LocalEngine]:
    engine = LocalEngine(starter_path, "starter", context_cap=CONTEXT)
    yield engine
    engine.close()


# -- local ---------------------------------------------------------------------------


@pytest.mark.slow
def test_local_chat_refuses_a_megabyte_saying_how_many_tokens(local: LocalEngine) -> None:
    conversation = Conversation()
    conversation.add_user(MEGABYTE)
    with pytest.raises(ContextTooLongError) as caught:
        complete(local, conversation.request(ChatParams(max_tokens=64)))
    message = caught.value.message
    print(message)
    needed, fits = numbers(message)[:2]
    assert 150_000 < needed < 400_000, "the whole message was counted, not a cut-off part"
    assert fits == CONTEXT - 64
    assert "Shorten the message" in caught.value.hint


@pytest.mark.slow
def test_local_chat_says_how_many_older_messages_were_left_out(local: LocalEngine) -> None:
    conversation = Conversation()
    for turn in range(30):
        conversation.add_user(f"Question {turn}: " + SENTENCE * 2)
        answer = conversation.start_answer("starter")
        answer.content = f"Answer {turn}: " + SENTENCE * 2
    conversation.add_user("What did I ask first?")
    result = complete(local, conversation.request(ChatParams(max_tokens=8, temperature=0.0, seed=1)))
    dropped = result.stats.dropped_messages
    assert 0 < dropped < 60
    assert result.stats.tokens_in <= CONTEXT
    summary = result.stats.summary()
    print(summary)
    assert f"{dropped} earliest messages left out (context full)" in summary


@pytest.mark.slow
def test_local_translation_of_a_megabyte_is_refused_with_sizes_and_a_way_out(local: LocalEngine) -> None:
    with pytest.raises(ContextTooLongError) as caught:
        translate(local, MEGABYTE, TranslationOptions(target="fr"))
    needed, fits = numbers(caught.value.message)[:2]
    assert needed > 150_000 and fits <= CONTEXT
    assert "Translate file" in caught.value.hint


@pytest.mark.slow
def test_local_file_translation_names_the_part_that_is_too_long(local: LocalEngine, tmp_path: Path) -> None:
    source = tmp_path / "long.txt"
    source.write_text("A short first paragraph.\n\n" + SENTENCE * 200 + "\n", encoding="utf-8")
    with pytest.raises(ContextTooLongError, match=r"Part 2 of 2 of the file is too long") as caught:
        translate_file(local, source, tmp_path / "long.fr.txt", TranslationOptions(target="fr", max_tokens=16))
    assert "blank lines" in caught.value.hint
    assert not (tmp_path / "long.fr.txt").exists(), "no half-translated file is left behind"


@pytest.mark.slow
def test_local_classification_of_a_megabyte_is_refused_with_sizes(local: LocalEngine) -> None:
    with pytest.raises(ContextTooLongError) as caught:
        classify(local, MEGABYTE, ["animals", "weather"])
    message = caught.value.message
    print(message)
    needed, holds = numbers(message)[:2]
    assert needed > 150_000 and holds == CONTEXT


# -- remote --------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


SERVERS = {"openai": OpenAIServer, "anthropic": AnthropicServer, "gemini": GeminiServer}


@pytest.mark.parametrize("kind", list(SERVERS))
def test_remote_context_error_carries_both_sizes_and_the_next_one_is_not_sent(kind: str) -> None:
    with SERVERS[kind]() as server:
        model = server.default_models[0]
        base = f"{server.url}/v1" if kind == "openai" else server.url
        config = ProviderConfig(name=kind, kind=kind, base_url=base)
        engine: RemoteEngine = create_remote_engine(config, model, api_key=server.api_key, prices=PRICES, options=FAST)
        try:
            request = ChatRequest((Message("user", MEGABYTE),), max_tokens=16)
            with pytest.raises(ContextTooLongError) as caught:
                complete(engine, request)
            message = caught.value.message
            print(message)
            # The provider's own numbers (its limit, what it counted), then Plinth's estimate.
            assert f"{server.max_prompt_chars}" in message.replace(",", "")
            assert f"about {estimate_tokens(request.messages):,} tokens (1,000,000 characters)" in message
            sent = len(server.requests)

            with pytest.raises(ContextTooLongError, match="It was not sent") as again:
                complete(engine, request)
            assert len(server.requests) == sent, "a request sure to be refused stays on this computer"
            assert f"holds {server.max_prompt_chars:,}" in again.value.message

            # A request that may fit is still sent.
            short = ChatRequest((Message("user", "Say hello."),), max_tokens=16)
            assert complete(engine, short).text
        finally:
            engine.close()


@pytest.mark.parametrize("kind", list(SERVERS))
def test_remote_classification_of_a_megabyte_is_refused_with_the_providers_sizes(kind: str) -> None:
    with SERVERS[kind]() as server:
        base = f"{server.url}/v1" if kind == "openai" else server.url
        config = ProviderConfig(name=kind, kind=kind, base_url=base)
        engine = create_remote_engine(
            config, server.default_models[0], api_key=server.api_key, prices=PRICES, options=FAST
        )
        try:
            with pytest.raises(ContextTooLongError) as caught:
                classify(engine, MEGABYTE, ["animals", "weather"])
        finally:
            engine.close()
    print(caught.value.message)
    assert f"{server.max_prompt_chars}" in caught.value.message.replace(",", "")
