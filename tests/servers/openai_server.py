"""OpenAI's Chat Completions and Models API, as documented at platform.openai.com/docs/api-reference.

``POST /v1/chat/completions`` with ``stream: true`` answers server-sent
events ``data: {chat.completion.chunk}`` and a final ``data: [DONE]``; with
``stream_options.include_usage`` a last chunk with empty ``choices`` carries
``usage``. ``GET /v1/models`` lists models. The key is a Bearer token; with
``api_key=None`` the server takes any request, as local servers do.

Classification features: ``logprobs: true`` (with ``top_logprobs`` up to 20)
adds ``choices[].logprobs.content`` to each delta: the first token's
alternatives are ``top_logprobs`` when set, and that first alternative is
the token answered. ``response_format`` ``json_schema`` is checked as strict
mode requires (every property required, ``additionalProperties: false``,
in every object, and none of a few keywords strict mode refuses)
and answered with a JSON object naming ``choice`` (or the enum's first
value); ``json_object`` must have "json" in the messages, as OpenAI requires, and
answers the same way, following the request's ``schema`` when it has one (the
llama-cpp-python extension). ``structured``, when set, is the answer to both instead.

``refuse`` makes the server turn features down, as servers that lack them do:
``{"logprobs": 400}`` is OpenAI's answer for a reasoning model, ``{"json_schema":
500}`` is ``python -m llama_cpp.server``'s (a validation error dumped with a
stack trace into an HTTP 500); ``"chat"`` refuses every chat request.
``ignore_logprobs`` answers as if logprobs had not been asked for, and
``ignore_json_schema`` answers JSON mode with ``{"label": choice}`` whatever the
schema, as some servers do.
"""

from __future__ import annotations

import json
import time
from typing import Any

from .base import Fault, Frame, ProtocolServer, Recorded, Reply, embedding_of, pick, pieces, sse, text_frames


class OpenAIServer(ProtocolServer):
    default_models = ("gpt-test", "gpt-test-mini", "text-embedding-test")

    def __init__(self, api_key: str | None = "test-key-0123456789abcdef") -> None:
        super().__init__(api_key)
        #: The first answer token's alternatives (token, logprob), most likely first.
        self.top_logprobs: list[tuple[str, float]] | None = None
        #: Feature ("json_schema", "json_object", "logprobs") → the status it is refused with (400 or 500).
        self.refuse: dict[str, int] = {}
        self.ignore_logprobs = False
        self.ignore_json_schema = False

    def is_streaming(self, rec: Recorded) -> bool:
        return isinstance(rec.body, dict) and bool(rec.body.get("stream"))

    def route(self, rec: Recorded) -> Reply:
        if rec.path not in ("/v1/chat/completions", "/v1/models", "/v1/embeddings"):
            return Reply(404, b"404 page not found", {"Content-Type": "text/plain"})
        token = rec.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if self.api_key is not None and token != self.api_key:
            return _error(
                401,
                f"Incorrect API key provided: {token}. You can find your API key at "
                "https://platform.openai.com/account/api-keys.",
                "invalid_request_error",
                "invalid_api_key",
            )
        if rec.path == "/v1/models":
            data = [{"id": m, "object": "model", "created": 1700000000, "owned_by": "test"} for m in self.models]
            return Reply(body={"object": "list", "data": data})
        if rec.path == "/v1/embeddings":
            return self._embeddings(rec)
        return self._chat(rec)

    def _embeddings(self, rec: Recorded) -> Reply:
        body: dict[str, Any] = rec.body
        model = body.get("model")
        if model not in self.models:
            return _error(
                404,
                f"The model `{model}` does not exist or you do not have access to it.",
                "invalid_request_error",
                "model_not_found",
            )
        inputs = body.get("input")
        inputs = [inputs] if isinstance(inputs, str) else inputs
        if not isinstance(inputs, list) or not inputs or len(inputs) > self.max_embedding_inputs:
            return _error(400, f"'input' must hold 1 to {self.max_embedding_inputs} texts.", "invalid_request_error",
                          None, param="input")  # fmt: skip
        if body.get("encoding_format", "float") != "float":
            return _error(400, "This test server sends floats only.", "invalid_request_error", None)
        if self.malformed_embeddings:
            return Reply(body={"object": "list", "data": [{"object": "embedding", "index": 0}], "model": model})
        data = [{"object": "embedding", "index": i, "embedding": embedding_of(text)} for i, text in enumerate(inputs)]
        # Listed last first: the index, not the order, says which input a vector belongs to.
        tokens = sum(len(text) // 4 + 1 for text in inputs)
        usage = {"prompt_tokens": tokens, "total_tokens": tokens}
        return Reply(body={"object": "list", "data": data[::-1], "model": model, "usage": usage})

    def _chat(self, rec: Recorded) -> Reply:
        body: dict[str, Any] = rec.body
        model = body.get("model")
        if model not in self.models:
            return _error(
                404,
                f"The model `{model}` does not exist or you do not have access to it.",
                "invalid_request_error",
                "model_not_found",
            )
        prompt_chars = sum(len(m.get("content") or "") for m in body.get("messages", []))
        if prompt_chars > self.max_prompt_chars:
            return _error(
                400,
                f"This model's maximum context length is {self.max_prompt_chars} tokens. However, your messages "
                f"resulted in {prompt_chars} tokens. Please reduce the length of the messages.",
                "invalid_request_error",
                "context_length_exceeded",
                param="messages",
            )
        if not body.get("stream"):
            return _error(400, "This test server only streams.", "invalid_request_error", None)
        refused = _refusal(self.refuse, body)
        if refused is not None:
            return refused
        top_n = body.get("top_logprobs")
        if top_n is not None and (not body.get("logprobs") or not 0 <= top_n <= 20):
            return _error(400, "Invalid 'top_logprobs': must be between 0 and 20 and needs 'logprobs' true.",
                          "invalid_request_error", "invalid_value", param="top_logprobs")  # fmt: skip
        reply = self.reply
        token_logprobs: list[list[tuple[str, float]]] | None = None
        response_format = body.get("response_format")
        if response_format is not None:
            problem, answer = _schema_answer(self, response_format, body)
            if problem:
                return _error(400, problem, "invalid_request_error", None, param="response_format")
            reply = pieces(answer)
        elif body.get("logprobs") and not self.ignore_logprobs:
            alternatives = self.top_logprobs or [(reply[0], -0.01)]
            reply = [alternatives[0][0], *reply[1:]]
            token_logprobs = [alternatives] + [[(d, -0.01)] for d in reply[1:]]
        limit = body.get("max_completion_tokens") or body.get("max_tokens") or len(reply)
        deltas = reply[:limit]
        finish = "length" if len(deltas) < len(reply) else "stop"
        with_usage = bool((body.get("stream_options") or {}).get("include_usage")) and self.send_usage
        base = {
            "id": "chatcmpl-test",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": model,
            "system_fingerprint": "fp_test",
        }
        extra = {"usage": None} if with_usage else {}

        def chunk(
            delta: dict[str, Any], finish_reason: str | None = None, logprobs: dict[str, Any] | None = None
        ) -> dict[str, Any]:
            choice = {"index": 0, "delta": delta, "logprobs": logprobs, "finish_reason": finish_reason}
            return {**base, "choices": [choice], **extra}

        def logprobs_of(i: int) -> dict[str, Any] | None:
            if token_logprobs is None:
                return None
            alternatives = token_logprobs[i][: top_n or 0]
            token, logprob = token_logprobs[i][0]
            entry = {
                "token": token,
                "logprob": logprob,
                "bytes": list(token.encode()),
                "top_logprobs": [{"token": t, "logprob": lp, "bytes": list(t.encode())} for t, lp in alternatives],
            }
            return {"content": [entry], "refusal": None}  # fmt: skip

        frames = [sse(chunk({"role": "assistant", "content": ""}))]
        frames += text_frames(sse(chunk({"content": d}, logprobs=logprobs_of(i))) for i, d in enumerate(deltas))
        frames.append(sse(chunk({}, finish)))
        if with_usage:
            n_in, n_out = self.usage
            usage = {
                "prompt_tokens": n_in,
                "completion_tokens": n_out,
                "total_tokens": n_in + n_out,
                "prompt_tokens_details": {"cached_tokens": 0},
                "completion_tokens_details": {"reasoning_tokens": 0},
            }
            frames.append(sse({**base, "choices": [], "usage": usage}))
        frames.append(Frame(b"data: [DONE]\n\n"))
        return Reply(frames=frames)

    def error_frame(self) -> Frame:
        error = {"message": "The server is overloaded.", "type": "server_error", "param": None, "code": None}
        return sse({"error": error})

    def fault_reply(self, fault: Fault, rec: Recorded) -> Reply:
        if fault.kind == "rate_limit":
            wait = fault.retry_after
            headers = {"retry-after": f"{wait:g}"} if wait is not None else {}
            again = f" Please try again in {wait:g}s." if wait is not None else ""
            return _error(
                429,
                "Rate limit reached for gpt-test in organization org-test on requests per min (RPM): "
                f"Limit 3, Used 3, Requested 1.{again}",
                "requests",
                "rate_limit_exceeded",
                headers=headers,
            )
        return _error(
            fault.status,
            "The server had an error while processing your request. Sorry about that!",
            "server_error",
            None,
        )


def _error(
    status: int,
    message: str,
    type_: str,
    code: str | None,
    *,
    param: str | None = None,
    headers: dict[str, str] | None = None,
) -> Reply:
    return Reply(status, {"error": {"message": message, "type": type_, "param": param, "code": code}}, headers or {})


_COMPLAINTS = {
    "json_schema": ("('body', 'response_format', 'type')", "Input should be 'text' or 'json_object'"),
    "json_object": ("('body', 'response_format', 'type')", "Input should be 'text'"),
    "logprobs": ("('body', 'logprobs')", "logprobs is not supported for models created with logits_all=False"),
    "chat": ("('body', 'messages')", "This model cannot chat"),
}


def _refusal(refuse: dict[str, int], body: dict[str, Any]) -> Reply | None:
    """The answer of a server that lacks a feature this request uses; None when it has them all."""
    response_format = body.get("response_format")
    used = [body.get("logprobs") and "logprobs", isinstance(response_format, dict) and response_format.get("type"),
            "chat"]  # fmt: skip
    feature = next((f for f in used if f and f in refuse), None)
    if feature is None:
        return None
    if refuse[feature] == 500:
        # What llama_cpp.server sends: pydantic's complaint and the stack trace, as one "message".
        loc, complaint = _COMPLAINTS[feature]
        message = (
            f"1 validation error:\n  {{'type': 'literal_error', 'loc': {loc}, 'msg': \"{complaint}\", "
            f"'input': '{feature}'}}\n\n"
            '  File "/srv/venv/lib/python3.11/site-packages/llama_cpp/server/app.py", line 376, in '
            "create_chat_completion\n    POST /v1/chat/completions"
        )
        return _error(500, message, "internal_server_error", None)
    param = "logprobs" if feature == "logprobs" else "response_format"
    return _error(refuse[feature], f"'{feature}' is not supported with this model.", "invalid_request_error",
                  None, param=param)  # fmt: skip


def _schema_answer(server: OpenAIServer, response_format: Any, body: dict[str, Any]) -> tuple[str, str]:
    """(the error OpenAI would give, "") or ("", the JSON answer) for a ``response_format``."""
    if not isinstance(response_format, dict) or response_format.get("type") not in (
        "json_schema",
        "json_object",
        "text",
    ):
        return "Invalid 'response_format.type'.", ""
    if response_format["type"] == "json_object":
        if not any("json" in str(m.get("content") or "").lower() for m in body.get("messages", [])):
            return ("'messages' must contain the word 'json' in some form, to use 'response_format' of type "
                    "'json_object'."), ""  # fmt: skip
        schema = response_format.get("schema")
        if server.structured is not None:
            return "", json.dumps(server.structured)
        if not isinstance(schema, dict) or server.ignore_json_schema:
            return "", json.dumps({"label": server.choice or ""})
        return "", json.dumps(_instance(server, schema))
    if response_format["type"] != "json_schema":
        return "", json.dumps({"label": server.choice or ""})
    spec = response_format.get("json_schema") or {}
    name = spec.get("name")
    if not isinstance(name, str) or not name or not all(c.isalnum() or c in "_-" for c in name):
        return "Invalid 'response_format.json_schema.name': must match ^[a-zA-Z0-9_-]+$.", ""
    schema = spec.get("schema")
    if not isinstance(schema, dict) or schema.get("type") != "object":
        return f"Invalid schema for response_format '{name}': the root must be an object.", ""
    if spec.get("strict"):
        problem = _not_strict(schema, ())
        if problem:
            return f"Invalid schema for response_format '{name}': {problem}", ""
    if server.structured is not None:
        return "", json.dumps(server.structured)
    return "", json.dumps(_instance(server, schema))


#: Keywords strict mode refuses (a few of them: enough to catch a schema sent strict that should not be).
_NOT_STRICT = ("minLength", "maxLength", "allOf", "not", "oneOf", "patternProperties")


def _not_strict(schema: Any, context: tuple[str, ...]) -> str:
    """What strict mode refuses in ``schema`` and its subschemas, as OpenAI says it; "" when nothing."""
    if not isinstance(schema, dict):
        return ""
    where = f"In context=({', '.join(repr(c) for c in context)}{',' if len(context) == 1 else ''})"
    for key in _NOT_STRICT:
        if key in schema:
            return f"{where}, '{key}' is not permitted."
    props = schema.get("properties")
    if schema.get("type") == "object" or props is not None:
        if schema.get("additionalProperties") is not False:
            return f"{where}, 'additionalProperties' is required to be supplied and to be false."
        if sorted(schema.get("required") or []) != sorted(props or {}):
            return (
                f"{where}, 'required' is required to be supplied and to be an array including every key in properties."
            )
    subs = [(("properties", k), v) for k, v in (props or {}).items()]
    subs += [(("items",), schema.get("items"))] + [
        (("anyOf", str(i)), v) for i, v in enumerate(schema.get("anyOf") or [])
    ]
    subs += [(("$defs", k), v) for k, v in (schema.get("$defs") or {}).items()]
    for path, sub in subs:
        problem = _not_strict(sub, (*context, *path))
        if problem:
            return problem
    return ""


def _instance(server: OpenAIServer, schema: dict[str, Any]) -> dict[str, Any]:
    """An object following ``schema``'s properties: the server's ``choice`` where an enum allows it."""
    answer: dict[str, Any] = {}
    for key, prop in (schema.get("properties") or {}).items():
        if prop.get("type") == "array" and isinstance((prop.get("items") or {}).get("enum"), list):
            answer[key] = [pick(server, prop["items"]["enum"])]
        elif isinstance(prop.get("enum"), list) and prop["enum"]:
            answer[key] = pick(server, prop["enum"])
        else:
            answer[key] = server.choice or ""
    return answer
