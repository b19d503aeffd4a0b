"""OpenAI's Chat Completions and Models API, as documented at platform.openai.com/docs/api-reference.

``POST /v1/chat/completions`` with ``stream: true`` answers server-sent
events ``data: {chat.completion.chunk}`` and a final ``data: [DONE]``; with
``stream_options.include_usage`` a last chunk with empty ``choices`` carries
``usage``. ``GET /v1/models`` lists models. The key is a Bearer token; with
``api_key=None`` the server takes any request, as local servers do.
"""

from __future__ import annotations

import time
from typing import Any

from .base import Fault, Frame, ProtocolServer, Recorded, Reply, sse, text_frames


class OpenAIServer(ProtocolServer):
    default_models = ("gpt-test", "gpt-test-mini", "text-embedding-test")

    def is_streaming(self, rec: Recorded) -> bool:
        return isinstance(rec.body, dict) and bool(rec.body.get("stream"))

    def route(self, rec: Recorded) -> Reply:
        if rec.path not in ("/v1/chat/completions", "/v1/models"):
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
        return self._chat(rec)

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
        limit = body.get("max_completion_tokens") or body.get("max_tokens") or len(self.reply)
        deltas = self.reply[:limit]
        finish = "length" if len(deltas) < len(self.reply) else "stop"
        with_usage = bool((body.get("stream_options") or {}).get("include_usage")) and self.send_usage
        base = {
            "id": "chatcmpl-test",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": model,
            "system_fingerprint": "fp_test",
        }
        extra = {"usage": None} if with_usage else {}

        def chunk(delta: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
            choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
            return {**base, "choices": [choice], **extra}

        frames = [sse(chunk({"role": "assistant", "content": ""}))]
        frames += text_frames(sse(chunk({"content": d})) for d in deltas)
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
