"""Google's Gemini API (generativelanguage, v1beta), streamed, through the ``google-genai`` SDK.

google-genai retries nothing unless told, so it gets ``HttpRetryOptions``
from ``RemoteOptions``; timeouts are set on its httpx2 client (see
``HttpClient``). The key travels in the ``x-goog-api-key`` header, never in
the URL. Token counts come from ``usage_metadata``, which every chunk
carries, cumulative; thinking tokens count as output, as they are billed.
"""

from __future__ import annotations

import time
from collections.abc import Generator, Iterator, Sequence
from contextlib import closing
from typing import Any

from app.core.cancel import CancelToken
from app.core.engines.base import Capabilities, ChatRequest, Choice, ChoiceRequest, Message, StopReason
from app.core.engines.remote.base import RETRY_STATUS_CODES, HttpClient, RemoteEngine, StreamEvent
from app.core.engines.remote.embeddings import RemoteEmbeddingEngine
from app.core.engines.remote.failures import ProviderFailure, retry_after
from app.core.engines.remote.labels import parse_chosen
from app.core.engines.remote.structured import gemini_schema
from app.core.ui_text import ui_text

GEMINI_BASE_URL = "https://generativelanguage.googleapis.com"
API_VERSION = "v1beta"


class GeminiEngine(RemoteEngine):
    """Gemini models over ``streamGenerateContent`` (server-sent events).

    The base URL is the API's root, without the version: the SDK appends
    ``/v1beta/models/...``.
    """

    api_name = ui_text("the Gemini API")
    url_hint = ui_text(
        "Check the base URL in Providers: the API's root, such as {url}, without /{version}.",
        url=GEMINI_BASE_URL,
        version=API_VERSION,
    )
    default_base_url = GEMINI_BASE_URL

    @property
    def capabilities(self) -> Capabilities:
        return Capabilities(streaming=True, json_schema=True, label_choice="enum")

    def _open_sdk(self, http: HttpClient) -> Any:
        from google import genai
        from google.genai import types

        options = self.options
        return genai.Client(
            api_key=self._api_key,
            # Explicit, so that GOOGLE_GENAI_USE_VERTEXAI cannot send the text elsewhere.
            vertexai=False,
            http_options=types.HttpOptions(
                base_url=self.base_url,
                api_version=API_VERSION,
                httpx_client=http.client,
                retry_options=types.HttpRetryOptions(
                    attempts=options.max_retries + 1,
                    initial_delay=options.retry_initial_s,
                    max_delay=options.retry_max_s,
                    http_status_codes=list(RETRY_STATUS_CODES),
                ),
            ),
        )

    def _events(self, sdk: Any, request: ChatRequest) -> Generator[StreamEvent, None, None]:
        from google.genai import types

        system, contents = gemini_contents(request.messages)
        structured: dict[str, Any] = {}
        if request.json_schema is not None:
            # response_json_schema takes JSON Schema (a subset); response_schema, OpenAPI's dialect, would need more.
            structured = {
                "response_mime_type": "application/json",
                "response_json_schema": gemini_schema(request.json_schema),
            }
        config = types.GenerateContentConfig(
            system_instruction=system or None,
            temperature=request.temperature,
            top_p=request.top_p,
            max_output_tokens=request.max_tokens,
            stop_sequences=list(request.stop) or None,
            seed=request.seed,
            **structured,
        )
        yield from self._generate_events(sdk, contents, config)

    def choose(self, request: ChoiceRequest, cancel: CancelToken | None = None) -> Choice:
        """An answer constrained to the labels: the ``text/x.enum`` response type with an enum
        schema (a JSON array of them for multi-label). No log-probabilities come with it."""
        from google.genai import types

        system, contents = gemini_contents(request.messages)
        item = types.Schema(type=types.Type.STRING, enum=list(request.labels))
        config = types.GenerateContentConfig(
            system_instruction=system or None,
            temperature=0.0,
            max_output_tokens=request.max_tokens,
            seed=request.seed,
            response_mime_type="application/json" if request.multi else "text/x.enum",
            response_schema=types.Schema(type=types.Type.ARRAY, items=item) if request.multi else item,
        )
        text, _, stats = self._collect(
            lambda sdk: self._generate_events(sdk, contents, config), cancel, request.messages
        )
        return Choice(parse_chosen(text, request.multi), "enum", None, stats, raw=text)

    def _generate_events(self, sdk: Any, contents: Any, config: Any) -> Generator[StreamEvent, None, None]:
        import httpx2

        for attempt in range(self.options.max_retries + 1):
            started = False
            responses = sdk.models.generate_content_stream(model=self.model, contents=contents, config=config)
            try:
                with closing(responses):
                    for response in responses:
                        started = True
                        yield _event(response)
                return
            except (httpx2.RemoteProtocolError, httpx2.ReadError, httpx2.WriteError):
                # google-genai retries failed connects and timeouts, not a
                # connection that drops before the answer starts (a stale
                # keep-alive, a proxy restart); the other SDKs retry those.
                if started or attempt == self.options.max_retries:
                    raise
            time.sleep(min(self.options.retry_initial_s * 2**attempt, self.options.retry_max_s))

    def _model_names(self, sdk: Any) -> Iterator[str]:
        for model in sdk.models.list():  # the pager follows nextPageToken
            if model.name and "generateContent" in (model.supported_actions or []):
                yield model.name.removeprefix("models/")

    def _describe(self, exc: BaseException) -> ProviderFailure | None:
        from google.genai import errors

        if not isinstance(exc, errors.APIError):
            return None
        error = exc.details.get("error", exc.details) if isinstance(exc.details, dict) else {}
        status = exc.status if isinstance(exc.status, str) else ""
        reason, delay = "", None
        for detail in error.get("details") or []:
            if not isinstance(detail, dict):
                continue
            kind = str(detail.get("@type", ""))
            if kind.endswith("google.rpc.ErrorInfo"):
                reason = str(detail.get("reason") or "")
            elif kind.endswith("google.rpc.RetryInfo"):
                delay = _duration_s(detail.get("retryDelay"))
        headers = getattr(exc.response, "headers", None)
        message = str(exc.message or "")
        return ProviderFailure(
            status=exc.code,
            message=message,
            # Gemini answers a bad key with 400 INVALID_ARGUMENT; the reason says which.
            code=reason or status,
            retry_after_s=delay if delay is not None else retry_after(headers, message),
            # Google's statuses are UPPER_SNAKE; anything else is a page from something else.
            api_shaped=status.isupper(),
        )


class GeminiEmbeddingEngine(RemoteEmbeddingEngine, GeminiEngine):
    """``batchEmbedContents``, through google-genai's ``embed_content`` (100 texts a request, the API's limit)."""

    def _batch_limit(self) -> int:
        return 100

    def _embeddings(self, sdk: Any, texts: list[str]) -> list[Any]:
        answer = sdk.models.embed_content(model=self.model, contents=texts)
        embeddings = getattr(answer, "embeddings", None)
        if not isinstance(embeddings, list):
            return []
        return [getattr(item, "values", None) for item in embeddings]


def _event(response: Any) -> StreamEvent:
    from google.genai import types

    text = ""
    stop: StopReason | None = None
    for candidate in (response.candidates or [])[:1]:
        parts = candidate.content.parts if candidate.content and candidate.content.parts else []
        text = "".join(p.text for p in parts if p.text and not p.thought)
        if candidate.finish_reason is not None:
            stop = "length" if candidate.finish_reason == types.FinishReason.MAX_TOKENS else "stop"
    usage = response.usage_metadata
    if usage is None:
        return StreamEvent(text=text, stop_reason=stop)
    return StreamEvent(
        text=text,
        tokens_in=usage.prompt_token_count,
        tokens_out=(usage.candidates_token_count or 0) + (usage.thoughts_token_count or 0),
        cached_tokens=usage.cached_content_token_count,
        stop_reason=stop,
    )


def gemini_contents(messages: Sequence[Message]) -> tuple[str, list[dict[str, Any]]]:
    """The system instruction, and the turns as Gemini ``Content``s ("assistant" is "model")."""
    system = "\n\n".join(m.content for m in messages if m.role == "system" and m.content)
    contents: list[dict[str, Any]] = []
    for m in messages:
        if m.role == "system":
            continue
        role = "model" if m.role == "assistant" else "user"
        if contents and contents[-1]["role"] == role:
            contents[-1]["parts"].append({"text": m.content})
        else:
            contents.append({"role": role, "parts": [{"text": m.content}]})
    return system, contents


def _duration_s(value: object) -> float | None:
    """A protobuf Duration in JSON ("17s", "0.5s") in seconds."""
    if isinstance(value, str) and value.endswith("s"):
        try:
            return float(value[:-1])
        except ValueError:
            return None
    return None
