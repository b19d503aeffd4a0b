"""OpenAI's wire format: request bodies read into Plinth's ``ChatRequest``, answers and errors written back.

Field names, ids (``chatcmpl-…``), ``object`` names, ``finish_reason`` and error objects follow the
Chat Completions, Embeddings and Models references at platform.openai.com/docs/api-reference, so the
official SDKs and the editors built on them read them as they read OpenAI's. A field Plinth cannot honour
(``n`` above 1, tools, images, log-probabilities) is refused with a 400 naming it, never silently dropped.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.core.engines.base import ChatRequest, Message, Role, Stats
from app.core.errors import (
    AuthError,
    ContextTooLongError,
    InvalidRequestError,
    ModelNotFoundError,
    NetworkError,
    NotFoundOnServerError,
    OfflineError,
    ProviderServerError,
    ProviderTimeoutError,
    RateLimitError,
    RequestRefusedError,
    SchemaNotSupportedError,
    UserFacingError,
)


class ApiError(Exception):
    """An answer in OpenAI's error shape: ``{"error": {"message", "type", "param", "code"}}`` with ``status``."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        param: str | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.param = param
        self.code = code

    def body(self) -> dict[str, Any]:
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}


def bad_request(message: str, param: str | None = None, code: str | None = None) -> ApiError:
    return ApiError(400, message, param=param, code=code)


#: A UserFacingError's class → (status, type, code). Looked up along the class's ancestry, nearest first.
_STATUS: dict[type[UserFacingError], tuple[int, str, str | None]] = {
    InvalidRequestError: (400, "invalid_request_error", None),
    ContextTooLongError: (400, "invalid_request_error", "context_length_exceeded"),
    SchemaNotSupportedError: (400, "invalid_request_error", "unsupported_schema"),
    RequestRefusedError: (400, "invalid_request_error", "provider_refused"),
    ModelNotFoundError: (404, "invalid_request_error", "model_not_found"),
    NotFoundOnServerError: (404, "invalid_request_error", "model_not_found"),
    OfflineError: (403, "permission_error", "offline_mode"),
    RateLimitError: (429, "rate_limit_error", "provider_rate_limit"),
    # The client's token was fine: the provider turned Plinth's key down, or could not be reached.
    AuthError: (502, "upstream_error", "provider_key_rejected"),
    NetworkError: (502, "upstream_error", "provider_unreachable"),
    ProviderServerError: (502, "upstream_error", "provider_error"),
    ProviderTimeoutError: (504, "upstream_error", "provider_timeout"),
}


def from_user_facing(error: UserFacingError) -> ApiError:
    """The error a client sees for ``error``: its message and hint (which never quote a key), and a status."""
    for cls in type(error).__mro__:
        if cls in _STATUS:
            status, kind, code = _STATUS[cls]
            break
    else:
        status, kind, code = 500, "server_error", None
    return ApiError(status, str(error), type=kind, code=code)


# -- requests ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ChatCall:
    """A chat completion request as Plinth runs it."""

    model: str
    request: ChatRequest
    stream: bool
    include_usage: bool


#: Fields read into the ChatRequest, or that change nothing about the answer.
_ACCEPTED = frozenset(
    {
        "model",
        "messages",
        "stream",
        "stream_options",
        "temperature",
        "top_p",
        "max_tokens",
        "max_completion_tokens",
        "stop",
        "seed",
        "response_format",
        "n",
        "logprobs",
        "top_logprobs",
        "frequency_penalty",
        "presence_penalty",
        "tools",
        "tool_choice",
        "functions",
        "function_call",
        "parallel_tool_calls",
        # Bookkeeping for OpenAI's own dashboards: nothing to honour here.
        "user",
        "metadata",
        "store",
        "service_tier",
        # llama.cpp server's sampling extensions, which Plinth's local engine has too.
        "top_k",
        "min_p",
        "repeat_penalty",
    }
)
_ROLES: dict[str, Role] = {"system": "system", "developer": "system", "user": "user", "assistant": "assistant"}


def _number(body: Mapping[str, Any], name: str, low: float, high: float) -> float | None:
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise bad_request(f"'{name}' must be a number from {low:g} to {high:g} (got {value!r}).", name)
    return float(value)


def _integer(body: Mapping[str, Any], name: str, low: int) -> int | None:
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise bad_request(f"'{name}' must be a whole number of at least {low} (got {value!r}).", name)
    return value


def _content(content: Any, where: str) -> str:
    if isinstance(content, str):
        return content
    if content is None:
        return ""
    if isinstance(content, list):
        parts = []
        for i, part in enumerate(content):
            if not isinstance(part, dict) or part.get("type") != "text" or not isinstance(part.get("text"), str):
                kind = part.get("type") if isinstance(part, dict) else type(part).__name__
                raise bad_request(
                    f"{where}.content[{i}] is of type {kind!r}: Plinth's models take text parts only.",
                    f"{where}.content",
                )
            parts.append(part["text"])
        return "".join(parts)
    raise bad_request(f"{where}.content must be a string or a list of text parts.", f"{where}.content")


def _messages(raw: Any) -> tuple[Message, ...]:
    if not isinstance(raw, list) or not raw:
        raise bad_request("'messages' must be a non-empty list of messages.", "messages")
    out = []
    for i, item in enumerate(raw):
        where = f"messages[{i}]"
        if not isinstance(item, dict):
            raise bad_request(f"{where} must be an object with 'role' and 'content'.", where)
        role = _ROLES.get(str(item.get("role")))
        if role is None:
            raise bad_request(
                f"{where}.role {item.get('role')!r} is not supported: use system, developer, user or assistant "
                "(Plinth does not run tools).",
                f"{where}.role",
            )
        if item.get("tool_calls") or item.get("function_call"):
            raise bad_request(f"{where} carries tool calls: Plinth does not run tools.", f"{where}.tool_calls")
        out.append(Message(role, _content(item.get("content"), where)))
    return tuple(out)


def _refuse_unhonourable(body: Mapping[str, Any]) -> None:
    for name in sorted(set(body) - _ACCEPTED):
        raise bad_request(f"Unrecognized request argument supplied: {name}", name)
    if body.get("n") not in (None, 1):
        raise bad_request("'n' must be 1: Plinth answers with one choice per request.", "n")
    for name in ("tools", "functions"):
        if body.get(name):
            raise bad_request(f"'{name}' is not supported: Plinth does not run tools or functions.", name)
    for name in ("tool_choice", "function_call"):
        if body.get(name) not in (None, "none", "auto"):
            raise bad_request(f"'{name}' is not supported: Plinth does not run tools or functions.", name)
    if body.get("logprobs") or body.get("top_logprobs"):
        name = "logprobs" if body.get("logprobs") else "top_logprobs"
        raise bad_request(
            f"'{name}' is not available: Plinth's engines do not return per-token log-probabilities with answers.",
            name,
        )
    for name in ("frequency_penalty", "presence_penalty"):
        value = body.get(name)
        if value not in (None, 0, 0.0):
            raise bad_request(f"'{name}' is not supported (only 0); use 'repeat_penalty' for a local model.", name)


def _stop(raw: Any) -> tuple[str, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str):
        return (raw,) if raw else ()
    if isinstance(raw, list) and len(raw) <= 4 and all(isinstance(s, str) for s in raw):
        return tuple(s for s in raw if s)
    raise bad_request("'stop' must be a string or a list of up to 4 strings.", "stop")


def _schema(raw: Any) -> Mapping[str, Any] | None:
    if raw is None:
        return None
    kind = raw.get("type") if isinstance(raw, dict) else None
    if kind == "text":
        return None
    if kind == "json_object":
        return {"type": "object"}
    if kind == "json_schema":
        spec = raw.get("json_schema")
        schema = spec.get("schema") if isinstance(spec, dict) else None
        if not isinstance(schema, dict):
            raise bad_request(
                "response_format.json_schema.schema must be a JSON Schema object.", "response_format.json_schema"
            )
        return schema
    raise bad_request("response_format.type must be 'text', 'json_object' or 'json_schema'.", "response_format.type")


def chat_call(body: Any) -> ChatCall:
    """``body`` (parsed JSON) as a ChatCall; raises ApiError 400 naming the first field that is wrong."""
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object.")
    model = body.get("model")
    if not isinstance(model, str) or not model.strip():
        raise bad_request("'model' is required: one of the ids GET /v1/models lists.", "model")
    _refuse_unhonourable(body)
    options = body.get("stream_options")
    if options is not None and not isinstance(options, dict):
        raise bad_request("'stream_options' must be an object.", "stream_options")
    max_tokens = _integer(body, "max_completion_tokens", 1) or _integer(body, "max_tokens", 1)
    defaults = ChatRequest(messages=())
    seed = _integer(body, "seed", -(2**63))
    top_k = _integer(body, "top_k", 0)
    temperature = _number(body, "temperature", 0.0, 2.0)
    top_p = _number(body, "top_p", 0.0, 1.0)
    min_p = _number(body, "min_p", 0.0, 1.0)
    repeat_penalty = _number(body, "repeat_penalty", 0.0, 10.0)
    request = ChatRequest(
        messages=_messages(body.get("messages")),
        max_tokens=max_tokens if max_tokens is not None else defaults.max_tokens,
        temperature=temperature if temperature is not None else defaults.temperature,
        top_p=top_p if top_p is not None else defaults.top_p,
        top_k=top_k if top_k is not None else defaults.top_k,
        min_p=min_p if min_p is not None else defaults.min_p,
        repeat_penalty=repeat_penalty if repeat_penalty is not None else defaults.repeat_penalty,
        stop=_stop(body.get("stop")),
        seed=seed,
        json_schema=_schema(body.get("response_format")),
    )
    if not any(m.role == "user" and m.content.strip() for m in request.messages):
        raise bad_request("'messages' holds no user message with text.", "messages")
    stream = body.get("stream") is True
    return ChatCall(model.strip(), request, stream, stream and bool((options or {}).get("include_usage")))


def embedding_inputs(body: Any) -> tuple[str, list[str], str]:
    """``(model, texts, encoding_format)`` of an embeddings request; raises ApiError 400."""
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object.")
    model = body.get("model")
    if not isinstance(model, str) or not model.strip():
        raise bad_request("'model' is required: one of the embedding ids GET /v1/models lists.", "model")
    raw = body.get("input")
    texts = [raw] if isinstance(raw, str) else raw
    if not isinstance(texts, list) or not texts or not all(isinstance(t, str) for t in texts):
        raise bad_request(
            "'input' must be a string or a non-empty list of strings (token arrays are not taken).", "input"
        )
    if not all(t.strip() for t in texts):
        raise bad_request("'input' holds an empty string: every text must have something to embed.", "input")
    encoding = body.get("encoding_format", "float")
    if encoding not in ("float", "base64"):
        raise bad_request("'encoding_format' must be 'float' or 'base64'.", "encoding_format")
    for name in sorted(set(body) - {"model", "input", "encoding_format", "dimensions", "user"}):
        raise bad_request(f"Unrecognized request argument supplied: {name}", name)
    return model.strip(), texts, encoding


# -- answers ----------------------------------------------------------------------------


def completion_id() -> str:
    return f"chatcmpl-{uuid.uuid4().hex}"


def now() -> int:
    return int(time.time())


def finish_reason(stats: Stats) -> str:
    return "length" if stats.stop_reason == "length" else "stop"


def usage(stats: Stats) -> dict[str, int]:
    return {
        "prompt_tokens": stats.tokens_in,
        "completion_tokens": stats.tokens_out,
        "total_tokens": stats.tokens_in + stats.tokens_out,
    }


def completion(cid: str, created: int, model: str, text: str, stats: Stats) -> dict[str, Any]:
    """A whole ``chat.completion``."""
    return {
        "id": cid,
        "object": "chat.completion",
        "created": created,
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text, "refusal": None},
                "logprobs": None,
                "finish_reason": finish_reason(stats),
            }
        ],
        "usage": usage(stats),
        "system_fingerprint": None,
    }


def chunk(
    cid: str, created: int, model: str, delta: dict[str, Any], finish: str | None = None, usage_of: Stats | None = None
) -> dict[str, Any]:
    """One ``chat.completion.chunk``; with ``usage_of`` the last one, whose ``choices`` are empty."""
    out: dict[str, Any] = {
        "id": cid,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "system_fingerprint": None,
        "choices": []
        if usage_of is not None
        else [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
    }
    if usage_of is not None:
        out["usage"] = usage(usage_of)
    return out


def event(data: Mapping[str, Any] | str) -> bytes:
    """One server-sent event: ``data: …`` and a blank line."""
    text = data if isinstance(data, str) else json.dumps(data, separators=(",", ":"))
    return f"data: {text}\n\n".encode()


DONE = event("[DONE]")
