"""Google's Gemini API (generativelanguage v1beta), as documented at ai.google.dev/api.

``POST /v1beta/models/{model}:streamGenerateContent?alt=sse`` answers
server-sent events, each ``data:`` a GenerateContentResponse (candidates,
cumulative usageMetadata); ``:generateContent`` answers one.
``GET /v1beta/models`` lists models a page at a time (``nextPageToken``).
The key is the ``x-goog-api-key`` header or the ``key`` query parameter; a
wrong one is a 400 INVALID_ARGUMENT with reason API_KEY_INVALID. Errors are
``{"error": {"code", "message", "status", "details"}}``; a 429 says how long
to wait in a google.rpc.RetryInfo detail.

``generationConfig.responseMimeType`` "text/x.enum" (with a STRING
``responseSchema`` carrying an ``enum``) answers ``choice`` or the enum's
first value as plain text; "application/json" with an ARRAY of such an enum
answers a JSON list of one. "application/json" with a ``responseJsonSchema``
(JSON Schema, in the subset the API documents) answers ``structured``.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .base import Fault, Frame, ProtocolServer, Recorded, Reply, embedding_of, pick, pieces, sse, text_frames

PAGE_SIZE = 2
_RPC = "type.googleapis.com/google.rpc"
_CALL = re.compile(r"^/v1beta/models/([^/:]+):(streamGenerateContent|generateContent|batchEmbedContents)$")


class GeminiServer(ProtocolServer):
    default_models = ("gemini-test", "gemini-test-lite", "embedding-test")

    def __init__(self, api_key: str | None = "test-key-0123456789abcdef") -> None:
        super().__init__(api_key)
        #: Reported as thoughtsTokenCount.
        self.thoughts = 0

    def is_streaming(self, rec: Recorded) -> bool:
        return rec.path.endswith(":streamGenerateContent")

    def route(self, rec: Recorded) -> Reply:
        call = _CALL.match(rec.path)
        if rec.path != "/v1beta/models" and call is None:
            return Reply(404, b"<!DOCTYPE html><title>Error 404 (Not Found)</title>", {"Content-Type": "text/html"})
        key = rec.headers.get("x-goog-api-key") or (rec.query.get("key") or [""])[0]
        if not key:
            return _error(
                403,
                "PERMISSION_DENIED",
                "Method doesn't allow unregistered callers (callers without established identity). "
                "Please use API Key or other form of API consumer identity to call this API.",
            )
        if key != self.api_key:
            return _error(
                400,
                "INVALID_ARGUMENT",
                "API key not valid. Please pass a valid API key.",
                [{"@type": f"{_RPC}.ErrorInfo", "reason": "API_KEY_INVALID", "domain": "googleapis.com"}],
            )
        if call is None:
            return self._list(rec)
        if call.group(2) == "batchEmbedContents":
            return self._embed(rec, call.group(1))
        return self._generate(rec, call.group(1), stream=call.group(2) == "streamGenerateContent")

    def _list(self, rec: Recorded) -> Reply:
        start = int((rec.query.get("pageToken") or ["0"])[0])
        page = self.models[start : start + PAGE_SIZE]
        body: dict[str, Any] = {
            "models": [
                {
                    "name": f"models/{m}",
                    "version": "001",
                    "displayName": m.title(),
                    "inputTokenLimit": 1048576,
                    "outputTokenLimit": 65536,
                    "supportedGenerationMethods": ["embedContent"]
                    if m.startswith("embedding")
                    else ["generateContent", "countTokens"],
                }
                for m in page
            ]
        }
        if start + PAGE_SIZE < len(self.models):
            body["nextPageToken"] = str(start + PAGE_SIZE)
        return Reply(body=body)

    def _embed(self, rec: Recorded, model: str) -> Reply:
        if model not in self.models:
            return _error(404, "NOT_FOUND", f"models/{model} is not found for API version v1beta.")
        requests = rec.body.get("requests")
        if not isinstance(requests, list) or not requests:
            return _error(400, "INVALID_ARGUMENT", "* BatchEmbedContentsRequest.requests: requests is required")
        if len(requests) > self.max_embedding_inputs:
            return _error(400, "INVALID_ARGUMENT", f"* BatchEmbedContentsRequest.requests: at most "
                          f"{self.max_embedding_inputs} requests can be in one batch")  # fmt: skip
        for request in requests:
            if request.get("model") != f"models/{model}":
                return _error(400, "INVALID_ARGUMENT", "Model in each request must match the batch's model.")
        if self.malformed_embeddings:
            return Reply(body={"embeddings": [{"value": [1.0]} for _ in requests]})
        texts = ["".join(p.get("text", "") for p in r.get("content", {}).get("parts", [])) for r in requests]
        return Reply(body={"embeddings": [{"values": embedding_of(text)} for text in texts]})

    def _generate(self, rec: Recorded, model: str, *, stream: bool) -> Reply:
        if model not in self.models:
            return _error(
                404,
                "NOT_FOUND",
                f"models/{model} is not found for API version v1beta, or is not supported for generateContent. "
                "Call ListModels to see the list of available models and their supported methods.",
            )
        body: dict[str, Any] = rec.body
        for content in body.get("contents", []):
            if content.get("role") not in ("user", "model"):
                return _error(400, "INVALID_ARGUMENT", "Please use a valid role: user, model.")
        texts = [p.get("text", "") for c in body.get("contents", []) for p in c.get("parts", [])]
        texts += [p.get("text", "") for p in (body.get("systemInstruction") or {}).get("parts", [])]
        prompt_chars = sum(len(t) for t in texts)
        if prompt_chars > self.max_prompt_chars:
            return _error(
                400,
                "INVALID_ARGUMENT",
                f"The input token count ({prompt_chars}) exceeds the maximum number of tokens allowed "
                f"({self.max_prompt_chars}).",
            )
        config = body.get("generationConfig") or {}
        problem, reply = _constrained(self, config)
        if problem:
            return _error(400, "INVALID_ARGUMENT", problem)
        reply = reply or self.reply
        limit = config.get("maxOutputTokens") or len(reply)
        deltas = reply[:limit]
        finish = "MAX_TOKENS" if len(deltas) < len(reply) else "STOP"
        n_in, n_out = self.usage

        def response(text: str, n_sent: int, last: bool) -> dict[str, Any]:
            candidate: dict[str, Any] = {"content": {"parts": [{"text": text}], "role": "model"}, "index": 0}
            if last:
                candidate["finishReason"] = finish
            out = n_out if last else n_sent
            usage: dict[str, Any] = {"promptTokenCount": n_in, "candidatesTokenCount": out}
            if self.thoughts:
                usage["thoughtsTokenCount"] = self.thoughts
            usage["totalTokenCount"] = n_in + out + self.thoughts
            result: dict[str, Any] = {"candidates": [candidate], "modelVersion": model, "responseId": "resp-test"}
            if self.send_usage:
                result["usageMetadata"] = usage
            return result

        if not stream:
            return Reply(body=response("".join(deltas), len(deltas), True))
        frames = text_frames(
            sse(response(d, i + 1, i == len(deltas) - 1), sep=b"\r\n\r\n") for i, d in enumerate(deltas)
        )
        return Reply(frames=frames)

    def error_frame(self) -> Frame:
        error = {"code": 503, "message": "The model is overloaded. Please try again later.", "status": "UNAVAILABLE"}
        return sse({"error": error}, sep=b"\r\n\r\n")

    def fault_reply(self, fault: Fault, rec: Recorded) -> Reply:
        if fault.kind == "rate_limit":
            metric = "generativelanguage.googleapis.com/generate_content_free_tier_requests"
            details = [{"@type": f"{_RPC}.QuotaFailure", "violations": [{"quotaMetric": metric}]}]
            if fault.retry_after is not None:
                details.append({"@type": f"{_RPC}.RetryInfo", "retryDelay": f"{fault.retry_after:g}s"})
            return _error(
                429,
                "RESOURCE_EXHAUSTED",
                "You exceeded your current quota, please check your plan and billing details.",
                details,
            )
        if fault.status == 503:
            return _error(503, "UNAVAILABLE", "The model is overloaded. Please try again later.")
        return _error(
            fault.status,
            "INTERNAL",
            "An internal error has occurred. Please retry or report in "
            "https://developers.generativeai.google/guide/troubleshooting",
        )


def _constrained(server: ProtocolServer, config: dict[str, Any]) -> tuple[str, list[str] | None]:
    """(the API's complaint, None), or ("", the deltas of an enum-constrained answer; None when free)."""
    mime = config.get("responseMimeType")
    schema = config.get("responseSchema")
    json_schema = config.get("responseJsonSchema")
    if mime in (None, "text/plain"):
        return "", None
    if json_schema is not None:
        return _json_schema_answer(server, mime, schema, json_schema)
    if mime not in ("text/x.enum", "application/json"):
        return f"* GenerateContentRequest.generation_config.response_mime_type: unsupported mime type {mime}", None
    if not isinstance(schema, dict):
        return "", None
    if mime == "text/x.enum":
        if schema.get("type") != "STRING" or not schema.get("enum"):
            return ("* GenerateContentRequest.generation_config.response_schema: text/x.enum needs a STRING "
                    "schema with enum values"), None  # fmt: skip
        return "", [pick(server, schema["enum"])]
    items = schema.get("items") or {}
    if schema.get("type") == "ARRAY" and items.get("enum"):
        return "", pieces(json.dumps([pick(server, items["enum"])]))
    return "", None


def _error(code: int, status: str, message: str, details: list[dict[str, Any]] | None = None) -> Reply:
    error: dict[str, Any] = {"code": code, "message": message, "status": status}
    if details:
        error["details"] = details
    return Reply(code, {"error": error})


#: What ``responseJsonSchema`` takes, as the API documents it.
_JSON_SCHEMA_KEYWORDS = {
    "$id", "$defs", "$ref", "$anchor", "type", "format", "title", "description", "enum", "items", "prefixItems",
    "minItems", "maxItems", "minimum", "maximum", "anyOf", "oneOf", "properties", "additionalProperties",
    "required", "propertyOrdering",
}  # fmt: skip


def _json_schema_answer(server: ProtocolServer, mime: str, schema: Any, json_schema: Any) -> tuple[str, list[str]]:
    """(the API's complaint, []), or ("", the deltas of ``structured`` as JSON) for a ``responseJsonSchema``."""
    field = "GenerateContentRequest.generation_config"
    if schema is not None:
        return f"* {field}: response_schema and response_json_schema cannot both be set.", []
    if mime != "application/json":
        return f"* {field}.response_mime_type: response_json_schema needs application/json.", []
    unknown = sorted(_unknown_keywords(json_schema))
    if unknown:
        return f"* {field}.response_json_schema: unsupported keyword {unknown[0]!r}.", []
    return "", pieces(json.dumps(server.structured))


def _unknown_keywords(schema: Any) -> set[str]:
    if not isinstance(schema, dict):
        return set()
    found = {key for key in schema if key not in _JSON_SCHEMA_KEYWORDS}
    subs = [*(schema.get("properties") or {}).values(), *(schema.get("$defs") or {}).values()]
    subs += [schema.get("items"), *(schema.get("anyOf") or []), *(schema.get("oneOf") or [])]
    for sub in subs:
        found |= _unknown_keywords(sub)
    return found
