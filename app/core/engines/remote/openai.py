"""OpenAI, and any server that speaks its Chat Completions API, through the ``openai`` SDK.

Kind "openai" talks to api.openai.com (or the config's base URL); kind
"openai-compatible" to Ollama, LM Studio, vLLM, OpenRouter, Groq,
``python -m llama_cpp.server``... at the config's base URL, with or without
a key. Answers stream with ``stream_options.include_usage`` so the last chunk
carries the token counts; for a server that ignores it (llama_cpp.server) the
output is counted in text deltas and the input is Plinth's estimate, marked as
such (see ``RemoteEngine``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import replace
from functools import partial
from typing import Any

from app.core.cancel import CancelToken
from app.core.engines.base import (
    Capabilities,
    ChatRequest,
    Choice,
    ChoiceRequest,
    Chunk,
    Message,
    Stats,
    StopReason,
    label_answer_tokens,
)
from app.core.engines.remote.base import HttpClient, RemoteEngine, StreamEvent
from app.core.engines.remote.embeddings import RemoteEmbeddingEngine
from app.core.engines.remote.failures import ProviderFailure, retry_after
from app.core.engines.remote.label_methods import Outcome
from app.core.engines.remote.labels import label_schema, parse_chosen
from app.core.engines.remote.structured import object_root, schema_messages, strict_schema
from app.core.errors import CannotClassifyError, ProviderServerError, RequestRefusedError
from app.core.ui_text import ui_join, ui_text

OPENAI_BASE_URL = "https://api.openai.com/v1"
#: Texts in one embeddings request to OpenAI, and to another server (see ``OpenAIEmbeddingEngine``).
OPENAI_EMBED_BATCH = 256
COMPATIBLE_EMBED_BATCH = 32
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

    api_name = ui_text("an OpenAI-compatible API")
    url_hint = ui_text("Check the base URL in Providers; OpenAI-compatible servers usually need it to end in /v1.")
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
        yield from self._chat_events(sdk, self._answer_params(request))

    def _answer_params(self, request: ChatRequest) -> dict[str, Any]:
        params = self._params(request.messages, request.max_tokens, request.temperature, request.seed)
        params["top_p"] = request.top_p
        if request.stop:
            params["stop"] = list(request.stop)
        return params

    # -- structured output -----------------------------------------------------------

    def stream(self, request: ChatRequest, cancel: CancelToken | None = None) -> Iterator[Chunk]:
        """An answer; with a ``json_schema``, in the best way this server takes, found by trying them in turn:

        1. structured outputs (``json_schema``), strict where a copy of the
           schema can be made strict without changing its meaning
           (``structured.strict_schema``), non-strict otherwise;
        2. JSON mode (``json_object``), the schema alongside (llama-cpp-python
           enforces it, others ignore it) and asked for in the prompt;
        3. a plain answer, the schema asked for in the prompt.

        A way refused before any text came (see ``_is_refusal``) is skipped.
        For an OpenAI-compatible server what worked and what was refused is
        remembered, in the ``LabelMethods`` classification keeps (the same
        ``response_format``s): the next answer goes straight to what works.
        OpenAI itself takes every way; a refusal there is about this schema,
        so it is not remembered.
        """
        schema = request.json_schema
        if schema is None:
            yield from super().stream(request, cancel)
            return
        object_root(schema, self.provider_label)
        remember = self.config.kind == "openai-compatible"
        known = self._label_methods.known(self.config.name, self.model, self.base_url) if remember else {}
        ways = [method for method in ("json_schema", "json_object") if known.get(method) != "refused"]
        for method in [*ways, "prompt"]:
            asked = (
                request
                if method == "json_schema"
                else replace(request, messages=schema_messages(request.messages, schema))
            )
            shown = False
            try:
                for chunk in self._stream(asked, partial(self._structured_events, asked, method), cancel):
                    shown = shown or bool(chunk.text)
                    yield chunk
            except (RequestRefusedError, ProviderServerError) as exc:
                if shown or method == "prompt" or not _is_refusal(exc, known.get(method)):
                    raise
                if remember and known.get(method) != "ok":
                    self._label_methods.record(self.config.name, self.model, self.base_url, {method: "refused"})
                continue
            if remember and method != "prompt" and known.get(method) != "ok":
                self._label_methods.record(self.config.name, self.model, self.base_url, {method: "ok"})
            return

    def _structured_events(self, request: ChatRequest, method: str, sdk: Any) -> Generator[StreamEvent, None, None]:
        params = self._answer_params(request)
        schema = dict(request.json_schema or {})
        if method == "json_schema":
            strict = strict_schema(schema)
            params["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "answer", "schema": strict or schema, "strict": strict is not None},
            }
        elif method == "json_object":
            params["response_format"] = {"type": "json_object", "schema": schema}
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
        """A label, asked for in the best way this server takes, found by trying them in turn:

        1. logprobs (single-label, where the labels differ in their first word):
           a one-token answer, and its alternatives' logprobs give a probability
           per label, when that answer is a label;
        2. a strict JSON schema (OpenAI's structured outputs);
        3. JSON mode (``json_object``), with the schema alongside, which
           llama-cpp-python enforces and other servers ignore, and the format
           asked for in the prompt;
        4. the logprobs of step 1 when its answer was no label but some labels
           were among the alternatives: the probabilities over those;
        5. a plain answer that the caller matches to the labels ("generate").

        A method the server refuses (a 4xx that is no key, quota, size or
        model problem, or an HTTP 500/501, which some servers answer to a
        field they do not know) is skipped; what worked and what was refused
        is remembered per provider and model (``LabelMethods``) once a method
        worked, so the next call goes straight to it. A failure of a method
        that worked before is a failure, raised as such. Raises
        ``CannotClassifyError`` when even a plain answer is refused.
        """
        known = self._label_methods.known(self.config.name, self.model, self.base_url)
        learned: dict[str, Outcome] = {}
        refusals: list[str] = []
        #: The Stats of every answer received: the choice costs them all.
        spent: list[Stats] = []

        def attempt(method: str, call: Callable[[], Choice]) -> Choice | None:
            if known.get(method) == "refused":
                return None
            try:
                choice = call()
            except _NotTaken as exc:
                learned[method] = "refused"
                refusals.append(ui_text("{method}: {reason}", method=_METHOD_NAMES[method], reason=exc.args[0]))
                return None
            except (RequestRefusedError, ProviderServerError) as exc:
                if not _is_refusal(exc, known.get(method)):
                    raise
                if known.get(method) != "ok":
                    learned[method] = "refused"
                refusals.append(_refusal(method, exc.message))
                return None
            learned[method] = "ok"
            spent.append(choice.stats)
            return choice

        def done(choice: Choice) -> Choice:
            self._label_methods.record(self.config.name, self.model, self.base_url, learned)
            choice.stats = _merged(spent)
            return choice

        by_logprobs: Choice | None = None  # step 1's answer, when it was no label
        if not request.multi and distinct_first_words(request.labels):
            first = attempt("logprobs", lambda: self._choose_by_logprobs(request, cancel))
            if first is not None and first.chosen:
                return done(first)
            if first is not None and first.probabilities is not None:
                by_logprobs = first
        for method in ("json_schema", "json_object"):
            choice = attempt(method, partial(self._choose_by_format, method, request, cancel))
            if choice is None:
                continue
            named = {label.casefold() for label in request.labels} & {c.strip().casefold() for c in choice.chosen}
            if by_logprobs is not None and not named:
                # An answer in JSON that names no label: the label tokens' logprobs say more.
                return done(_best_of(by_logprobs, request.labels))
            return done(choice)
        if by_logprobs is not None:
            return done(_best_of(by_logprobs, request.labels))
        params = self._params(request.messages, label_answer_tokens(request.labels, request.multi), 0.0, request.seed)
        try:
            text, _, stats = self._collect(lambda sdk: self._chat_events(sdk, params), cancel, request.messages)
        except (RequestRefusedError, ProviderServerError) as exc:
            if not _is_refusal(exc, None):
                raise
            refusals.append(_refusal("generate", exc.message))
            refused = ui_text(
                "{provider} refused every way Plinth asks {model} for a label.",
                provider=self.provider_label,
                model=self.model,
            )
            raise CannotClassifyError(
                ui_join([refused, *refusals]),
                ui_text(
                    "Pick another model for classification; this one may still chat. "
                    "For a server you run, its log says why."
                ),
            ) from None
        spent.append(stats)
        return done(Choice((), "generate", None, stats, raw=text))

    def _choose_by_logprobs(self, request: ChoiceRequest, cancel: CancelToken | None) -> Choice:
        """Step 1: ``chosen`` holds the label answered, or nothing when the answer was no label
        (``probabilities`` then over the labels among the alternatives, if any). Raises ``_NotTaken``
        when the server sent no logprobs."""
        params = self._params(request.messages, 1, 0.0, request.seed)
        params.update(logprobs=True, top_logprobs=TOP_LOGPROBS)
        text, extras, stats = self._collect(lambda sdk: self._chat_events(sdk, params), cancel, request.messages)
        first = next((item[0] for item in extras if item), None)
        if first is None:
            raise _NotTaken(ui_text("the server answered without them."))
        alternatives = [(alt.token, alt.logprob) for alt in (first.top_logprobs or [])]
        if not alternatives:
            alternatives = [(first.token, first.logprob)]
        probabilities = label_probabilities(alternatives, request.labels)
        if probabilities is None or match_token(first.token, request.labels) is None:
            return Choice((), "logprobs", probabilities, stats, raw=text)
        best = max(request.labels, key=lambda label: probabilities[label])
        return Choice((best,), "logprobs", probabilities, stats, raw=text)

    def _choose_by_format(self, method: str, request: ChoiceRequest, cancel: CancelToken | None) -> Choice:
        """Steps 2 and 3: an answer in JSON, under a strict schema or in JSON mode."""
        schema = label_schema(request.labels, request.multi)
        messages = request.messages
        if method == "json_schema":
            response_format: dict[str, Any] = {
                "type": "json_schema",
                "json_schema": {"name": "classification", "strict": True, "schema": schema},
            }
        else:
            # JSON mode needs the format in the prompt (OpenAI refuses it without the word "JSON").
            response_format = {"type": "json_object", "schema": schema}
            messages = json_mode_messages(request)
        params = self._params(messages, request.max_tokens, 0.0, request.seed)
        params["response_format"] = response_format
        text, _, stats = self._collect(lambda sdk: self._chat_events(sdk, params), cancel, messages)
        return Choice(parse_chosen(text, request.multi), method, None, stats, raw=text)

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


#: How messages name each way of asking for a label.
_METHOD_NAMES = {
    "logprobs": ui_text("Logprobs"),
    "json_schema": ui_text("A strict JSON schema"),
    "json_object": ui_text("JSON mode"),
    "generate": ui_text("A plain answer"),
}


def _refusal(method: str, reason: str) -> str:
    """ "<method>: <reason>." for the list of ways refused, ``reason`` ending in one full stop."""
    if reason.endswith(".") and not reason.endswith(".."):
        return ui_text("{method}: {reason}", method=_METHOD_NAMES[method], reason=reason)
    return ui_text("{method}: {reason}.", method=_METHOD_NAMES[method], reason=reason.rstrip("."))


class OpenAIEmbeddingEngine(RemoteEmbeddingEngine, OpenAIEngine):
    """``POST /embeddings`` for kinds "openai" and "openai-compatible" (TEI, vLLM, Ollama, llama_cpp.server...).

    Vectors are asked for as floats: OpenAI's SDK would ask for base64,
    which not every compatible server speaks.
    """

    def _batch_limit(self) -> int:
        # OpenAI takes 2,048 inputs and 300,000 tokens a request (256 chunks of ~500 tokens fit);
        # TEI refuses more than 32 inputs unless started with a larger --max-client-batch-size.
        return OPENAI_EMBED_BATCH if self.config.kind == "openai" else COMPATIBLE_EMBED_BATCH

    def _embeddings(self, sdk: Any, texts: list[str]) -> list[Any]:
        answer = sdk.embeddings.create(
            model=self.model, input=texts, encoding_format="float", extra_headers=self._extra_headers()
        )
        data = getattr(answer, "data", None)
        if not isinstance(data, list):
            return []
        # The API sends each vector with its input's index; some servers may not keep the order.
        indexed = sorted(data, key=lambda item: getattr(item, "index", 0) or 0)
        return [getattr(item, "embedding", None) for item in indexed]


class _NotTaken(Exception):
    """The server answered, but ignored what was asked (logprobs): as good as a refusal."""


def _is_refusal(exc: RequestRefusedError | ProviderServerError, known: Outcome | None) -> bool:
    """Whether ``exc`` says that the server does not take this way of asking (rather than that it failed).

    A 4xx that is no key, quota, size or model problem always does; an HTTP
    500 or 501 does for a method not known to work, as servers such as
    llama_cpp.server answer a field they cannot parse with a 500.
    """
    if isinstance(exc, RequestRefusedError):
        return True
    return exc.status in (500, 501) and known != "ok"


def _best_of(choice: Choice, labels: Sequence[str]) -> Choice:
    """Step 4: the most probable label of a logprobs answer that was no label itself."""
    probabilities = choice.probabilities or {}
    best = max(labels, key=lambda label: probabilities.get(label, 0.0))
    return Choice((best,), "logprobs", probabilities, choice.stats, raw=choice.raw)


def _merged(spent: Sequence[Stats]) -> Stats:
    """The Stats of a choice that took several requests: the tokens and cost of them all, the times of the last."""
    last = spent[-1]
    costs = [s.cost_usd for s in spent]
    return Stats(
        ttft_s=last.ttft_s,
        tokens_in=sum(s.tokens_in for s in spent),
        tokens_out=sum(s.tokens_out for s in spent),
        tokens_per_s=last.tokens_per_s,
        wall_s=sum(s.wall_s for s in spent),
        stop_reason=last.stop_reason,
        cost_usd=None if None in costs else sum(c for c in costs if c is not None),
        cached_tokens=sum(s.cached_tokens for s in spent),
        tokens_in_estimated=any(s.tokens_in_estimated for s in spent),
    )


def json_mode_messages(request: ChoiceRequest) -> tuple[Message, ...]:
    """``request``'s messages asking for the answer as JSON: the format after the instructions, and the
    examples' answers written in it."""
    fmt = '{"labels": [every label that applies]}' if request.multi else '{"label": "<the label>"}'
    instruction = f"Answer with a JSON object only: {fmt}."
    messages = list(request.messages)
    if messages and messages[0].role == "system":
        messages[0] = Message("system", f"{messages[0].content}\n{instruction}")
    else:
        messages.insert(0, Message("system", instruction))
    for i, message in enumerate(messages):
        if message.role == "assistant":
            names = [n.strip() for n in message.content.split(",")] if request.multi else [message.content.strip()]
            answer = {"labels": names} if request.multi else {"label": names[0]}
            messages[i] = Message("assistant", json.dumps(answer, ensure_ascii=False))
    return tuple(messages)


def _stop_reason(finish_reason: str) -> StopReason:
    return "length" if finish_reason == "length" else "stop"


def distinct_first_words(labels: Sequence[str]) -> bool:
    """Whether a one-token answer can tell the labels apart: their first words differ and none
    starts another (a proxy for their first tokens, which only the provider's tokenizer knows)."""
    words = [label.split()[0].lower() if label.split() else "" for label in labels]
    return all(words) and not any(i != j and b.startswith(a) for i, a in enumerate(words) for j, b in enumerate(words))


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
