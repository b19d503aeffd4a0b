"""OpenAI, and any server that speaks its Chat Completions API, through the ``openai`` SDK.

Kind "openai" talks to api.openai.com (or the config's base URL); kind
"openai-compatible" to Ollama, LM Studio, vLLM, OpenRouter, Groq,
``python -m llama_cpp.server``... at the config's base URL, with or without
a key. Answers stream with ``stream_options.include_usage`` so the last chunk
carries the token counts; a server that ignores it gets its output counted in
text deltas (see ``RemoteEngine``).
"""

from __future__ import annotations

import math
from typing import Any, Generator, Iterator, Sequence

from app.core.engines.base import (
    Capabilities,
    CancelToken,
    ChatRequest,
    Choice,
    ChoiceRequest,
    Message,
    StopReason,
)
from app.core.engines.remote import (
    HttpClient,
    ProviderFailure,
    RemoteEngine,
    StreamEvent,
    label_schema,
    parse_chosen,
    retry_after,
)
from app.core.errors import UserFacingError

OPENAI_BASE_URL = "https://api.openai.com/v1"
#: How many alternatives to the answer's first token are asked for (OpenAI's maximum).
TOP_LOGPROBS = 20

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
        return Capabilities(streaming=True, logprobs=True, json_schema=True, label_choice="logprobs")

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
        params = self._params(request.messages, request.max_tokens, request.temperature, request.seed)
        params["top_p"] = request.top_p
        if request.stop:
            params["stop"] = list(request.stop)
        yield from self._chat_events(sdk, params)

    def _params(
        self, messages: Sequence[Message], max_tokens: int, temperature: float, seed: int | None
    ) -> dict[str, Any]:
        params: dict[str, Any] = {
            "model": self.model,
            "messages": [{"role": m.role, "content": m.content} for m in messages],
            "stream": True,
            "stream_options": {"include_usage": True},
            "temperature": temperature,
        }
        # OpenAI's reasoning models refuse max_tokens; most other servers only know it.
        params["max_completion_tokens" if self.config.kind == "openai" else "max_tokens"] = max_tokens
        if seed is not None:
            params["seed"] = seed
        return params

    def _chat_events(self, sdk: Any, params: dict[str, Any]) -> Generator[StreamEvent, None, None]:
        """The stream of one Chat Completions call; each delta's logprobs, when asked for, as ``extra``."""
        stream = sdk.chat.completions.create(**params, extra_headers=self._extra_headers())
        with stream:
            for chunk in stream:
                text, stop, logprobs = "", None, None
                for choice in chunk.choices[:1]:
                    if choice.delta is not None and choice.delta.content:
                        text = choice.delta.content
                    if choice.finish_reason:
                        stop = _stop_reason(choice.finish_reason)
                    if choice.logprobs is not None and choice.logprobs.content:
                        logprobs = list(choice.logprobs.content)
                usage = chunk.usage
                if usage is None:
                    if text or stop or logprobs:
                        yield StreamEvent(text=text, stop_reason=stop, extra=logprobs)
                    continue
                details = getattr(usage, "prompt_tokens_details", None)
                yield StreamEvent(
                    text=text,
                    tokens_in=usage.prompt_tokens,
                    tokens_out=usage.completion_tokens,
                    cached_tokens=getattr(details, "cached_tokens", None),
                    stop_reason=stop,
                    extra=logprobs,
                )

    # -- classification ------------------------------------------------------------

    def choose(self, request: ChoiceRequest, cancel: CancelToken | None = None) -> Choice:
        """Single-label, where the labels differ in their first word: a one-token answer and the
        logprobs of its alternatives, which give a probability per label. Otherwise (or when the
        server gives no logprobs): an answer constrained by a JSON schema, without probabilities.
        """
        if not request.multi and distinct_first_words(request.labels):
            try:
                choice = self._choose_by_logprobs(request, cancel)
            except UserFacingError as exc:
                # A plain refusal (a model or server without logprobs); rate
                # limits, keys and the network are the caller's business.
                if type(exc) is not UserFacingError:
                    raise
                choice = None
            if choice is not None:
                return choice
        return self._choose_by_schema(request, cancel)

    def _choose_by_logprobs(self, request: ChoiceRequest, cancel: CancelToken | None) -> Choice | None:
        params = self._params(request.messages, 1, 0.0, request.seed)
        params.update(logprobs=True, top_logprobs=TOP_LOGPROBS)
        text, extras, stats = self._collect(lambda sdk: self._chat_events(sdk, params), cancel)
        first = next((item[0] for item in extras if item), None)
        if first is None:
            return None
        alternatives = [(alt.token, alt.logprob) for alt in (first.top_logprobs or [])]
        if not alternatives:
            alternatives = [(first.token, first.logprob)]
        probabilities = label_probabilities(alternatives, request.labels)
        if probabilities is None or match_token(first.token, request.labels) is None:
            return None
        best = max(request.labels, key=lambda label: probabilities[label])
        return Choice((best,), "logprobs", probabilities, stats, raw=text)

    def _choose_by_schema(self, request: ChoiceRequest, cancel: CancelToken | None) -> Choice:
        params = self._params(request.messages, request.max_tokens, 0.0, request.seed)
        params["response_format"] = {
            "type": "json_schema",
            "json_schema": {
                "name": "classification",
                "strict": True,
                "schema": label_schema(request.labels, request.multi),
            },
        }
        text, _, stats = self._collect(lambda sdk: self._chat_events(sdk, params), cancel)
        return Choice(parse_chosen(text, request.multi), "json_schema", None, stats, raw=text)

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


def distinct_first_words(labels: Sequence[str]) -> bool:
    """Whether a one-token answer can tell the labels apart: their first words differ and none
    starts another (a proxy for their first tokens, which only the provider's tokenizer knows)."""
    words = [label.split()[0].lower() if label.split() else "" for label in labels]
    return all(words) and not any(
        i != j and b.startswith(a) for i, a in enumerate(words) for j, b in enumerate(words)
    )


def match_token(token: str, labels: Sequence[str]) -> str | None:
    """The one label that ``token`` (an answer's first token) can be the start of, or None."""
    start = token.strip().lower()
    if not start:
        return None
    hits = [label for label in labels if label.lower().startswith(start)]
    return hits[0] if len(hits) == 1 else None


def label_probabilities(alternatives: Sequence[tuple[str, float]], labels: Sequence[str]) -> dict[str, float] | None:
    """A distribution over ``labels`` from a first token's top alternatives (token, logprob).

    Each alternative's probability goes to the one label it starts; tokens
    that start none or several count for nothing. A label absent from the
    alternatives gets the smallest probability listed, an upper bound of
    what it really has. None when no alternative starts any label.
    """
    mass = dict.fromkeys(labels, 0.0)
    for token, logprob in alternatives:
        label = match_token(token, labels)
        if label is not None:
            mass[label] += math.exp(logprob)
    if not any(mass.values()):
        return None
    floor = min(math.exp(logprob) for _, logprob in alternatives)
    for label, value in mass.items():
        if value == 0.0:
            mass[label] = floor
    total = sum(mass.values())
    return {label: value / total for label, value in mass.items()}
