"""OpenAI, and any server that speaks its Chat Completions API, through the ``openai`` SDK.

Kind "openai" talks to api.openai.com (or the config's base URL); kind
"openai-compatible" to Ollama, LM Studio, vLLM, OpenRouter, Groq,
``python -m llama_cpp.server``... at the config's base URL, with or without
a key. Answers stream with ``stream_options.include_usage`` so the last chunk
carries the token counts; a server that ignores it gets its output counted in
text deltas (see ``RemoteEngine``).
"""

from __future__ import annotations

from typing import Any, Generator, Iterator

from app.core.engines.base import Capabilities, ChatRequest, StopReason
from app.core.engines.remote import (
    HttpClient,
    ProviderFailure,
    RemoteEngine,
    StreamEvent,
    retry_after,
)

OPENAI_BASE_URL = "https://api.openai.com/v1"

#: Families in OpenAI's model list that cannot chat.
_NOT_CHAT = (
    "embedding", "whisper", "tts", "dall-e", "moderation", "transcribe", "davinci", "babbage", "image", "realtime",
)  # fmt: skip


class OpenAIEngine(RemoteEngine):
    """Chat Completions, streamed, for kinds "openai" and "openai-compatible".

    An OpenAI-compatible endpoint may have no key: then no Authorization
    header is sent at all (and never the OPENAI_API_KEY of the environment,
    which belongs to OpenAI, not to this server).
    """

    api_name = "an OpenAI-compatible API"
    url_hint = "Check the base URL in Providers; OpenAI-compatible servers usually need it to end in /v1."
    default_base_url = OPENAI_BASE_URL

    @property
    def capabilities(self) -> Capabilities:
        return Capabilities(streaming=True, logprobs=True, json_schema=True)

    def _open_sdk(self, http: HttpClient) -> Any:
        import openai

        headers: dict[str, Any] = {}
        if self.config.kind == "openai-compatible":
            # The SDK would fill these from OPENAI_ORG_ID / OPENAI_PROJECT_ID,
            # which describe an OpenAI account, not this server.
            headers = {"OpenAI-Organization": openai.omit, "OpenAI-Project": openai.omit}
        return openai.OpenAI(
            # The SDK insists on a key; without one, every request omits the
            # Authorization header (see _extra_headers), so this is never sent.
            api_key=self._api_key or "no-key",
            base_url=self.base_url,
            timeout=http.timeout,
            max_retries=self.options.max_retries,
            default_headers=headers,
            http_client=http.client,
        )

    def _extra_headers(self) -> dict[str, Any] | None:
        if self._api_key:
            return None
        import openai

        return {"Authorization": openai.omit}

    def _events(self, sdk: Any, request: ChatRequest) -> Generator[StreamEvent, None, None]:
        params: dict[str, Any] = {
            "model": self.model,
            "messages": [{"role": m.role, "content": m.content} for m in request.messages],
            "stream": True,
            "stream_options": {"include_usage": True},
            "temperature": request.temperature,
            "top_p": request.top_p,
        }
        # OpenAI's reasoning models refuse max_tokens; most other servers only know it.
        params["max_completion_tokens" if self.config.kind == "openai" else "max_tokens"] = request.max_tokens
        if request.stop:
            params["stop"] = list(request.stop)
        if request.seed is not None:
            params["seed"] = request.seed
        stream = sdk.chat.completions.create(**params, extra_headers=self._extra_headers())
        with stream:
            for chunk in stream:
                text, stop = "", None
                for choice in chunk.choices[:1]:
                    if choice.delta is not None and choice.delta.content:
                        text = choice.delta.content
                    if choice.finish_reason:
                        stop = _stop_reason(choice.finish_reason)
                usage = chunk.usage
                if usage is None:
                    if text or stop:
                        yield StreamEvent(text=text, stop_reason=stop)
                    continue
                details = getattr(usage, "prompt_tokens_details", None)
                yield StreamEvent(
                    text=text,
                    tokens_in=usage.prompt_tokens,
                    tokens_out=usage.completion_tokens,
                    cached_tokens=getattr(details, "cached_tokens", None),
                    stop_reason=stop,
                )

    def _model_names(self, sdk: Any) -> Iterator[str]:
        for model in sdk.models.list(extra_headers=self._extra_headers()):
            if self.config.kind == "openai" and any(part in model.id for part in _NOT_CHAT):
                continue
            yield model.id

    def _describe(self, exc: BaseException) -> ProviderFailure | None:
        import openai

        if isinstance(exc, openai.APIStatusError):
            # The SDK hands over the inner {"message", "type", "code"} of an
            # OpenAI-style error; any other body (a web framework's
            # {"detail": "Not Found"}, an HTML page) means the URL is wrong.
            body = exc.body
            if isinstance(body, dict) and ("message" in body or "code" in body):
                message, code, api_shaped = str(body.get("message") or ""), str(exc.code or exc.type or ""), True
            else:
                detail = body.get("detail", body) if isinstance(body, dict) else body
                message, code, api_shaped = str(detail or ""), "", False
            return ProviderFailure(
                status=exc.status_code,
                message=message,
                code=code,
                retry_after_s=retry_after(exc.response.headers, message),
                api_shaped=api_shaped,
            )
        if isinstance(exc, openai.APIConnectionError):
            return None  # the transport error behind it says more
        if isinstance(exc, openai.APIError):  # an error event inside a stream that had started
            body = exc.body if isinstance(exc.body, dict) else {}
            return ProviderFailure(
                status=200,
                message=str(body.get("message") or exc.message),
                code=str(body.get("code") or body.get("type") or ""),
            )
        return None


def _stop_reason(finish_reason: str) -> StopReason:
    return "length" if finish_reason == "length" else "stop"
